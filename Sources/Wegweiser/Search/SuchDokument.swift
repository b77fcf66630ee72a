/// Searchable text with a weight: a match in a field with a higher weight ranks higher.
///
/// Suggested weights: titel 10, kategorie names 6, suchbegriffe and stichworte 5,
/// traeger 4, kurzbeschreibung and Gemeinde names 3, body 1. Weights above 15 count as 15.
public struct SuchFeld: Sendable {
    public var text: String
    public var gewicht: Int

    public init(_ text: String, gewicht: Int) {
        self.text = text
        self.gewicht = gewicht
    }
}

/// One service or event as the search sees it.
public struct SuchDokument: Sendable {
    /// Relative to the site root, e.g. `angebote/essen-auf-raedern-zolling/`.
    public var url: String
    /// `angebot` or `termin`.
    public var art: String
    public var titel: String
    public var kurzbeschreibung: String
    /// Gemeinde ids it serves (region-wide already expanded to all).
    public var gemeinden: [String]
    /// For display: the Gemeinde it is based in, or e.g. `ganze Region`.
    public var ort: String?
    /// Category ids.
    public var kategorien: [String]
    /// Weighted searchable text.
    public var felder: [SuchFeld]
    /// For display, an event's date: `Mittwoch, 9. Dezember 2026, 14:00 bis 17:00 Uhr`.
    public var wann: String?
    /// For display, the first phone number, as the list entries of the site show it (who
    /// searches for a Pflegedienst can call without opening its page).
    public var telefon: String?

    public init(url: String, art: String, titel: String, kurzbeschreibung: String,
                gemeinden: [String], ort: String?, kategorien: [String], felder: [SuchFeld], wann: String? = nil, telefon: String? = nil) {
        self.url = url
        self.art = art
        self.titel = titel
        self.kurzbeschreibung = kurzbeschreibung
        self.gemeinden = gemeinden
        self.ort = ort
        self.kategorien = kategorien
        self.felder = felder
        self.wann = wann
        self.telefon = telefon
    }
}
