/// The language of the site's own words.
public enum Sprache: String, Sendable, CaseIterable {
    case de, en
}

/// Where a model value was read from.
public struct Quelle: Sendable, Hashable {
    public let datei: String
    public let zeile: Int
}

public struct Adresse: Sendable, Hashable {
    public var name: String?
    public var strasse: String?
    public var plz: String?
    public var ort: String?

    /// One line for display and for the map search.
    public var zeile: String {
        [strasse, [plz, ort].compactMap { $0 }.joined(separator: " ")].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// How to reach a service, an event's organiser or a person.
public struct Kontakt: Sendable, Hashable {
    public var telefon: [String] = []
    public var email: String?
    public var web: String?
    /// Numbers for text messages and faxes (an extension of the format: a service for the
    /// deaf is reached by SMS or fax, not by calling).
    public var sms: [String] = []
    public var fax: [String] = []
    public var istLeer: Bool { telefon.isEmpty && email == nil && web == nil && sms.isEmpty && fax.isEmpty }
}

public struct Herausgeber: Sendable {
    public var name: String
    public var adresse: Adresse?
    public var email: String?
    public var telefon: String?
}

public struct Region: Sendable {
    public var titel: String
    public var region: String
    public var beschreibung: String
    public var basisURL: String?
    public var sprache: Sprache
    public var zeitzone: String
    public var herausgeber: Herausgeber
    public var grundversorgung: [String]
    public var pruefintervallMonate: Int
    /// Groups of Gemeinden that `einzugsgebiet` may name for all of them (a Samtgemeinde, a
    /// Verwaltungsgemeinschaft; an extension of the format): group id → Gemeinde ids.
    public var gemeindegruppen: [String: [String]] = [:]
}

public struct Kategorie: Sendable {
    public var id: String
    public var name: String
    public var beschreibung: String
    public var suchbegriffe: [String]
    public var pflichtfelder: [String]
    public var quelle: Quelle
}

public struct Ansprechpartner: Sendable {
    public var name: String
    public var rolle: String?
    public var kontakt: Kontakt
}

public struct Gemeinde: Sendable {
    public var id: String
    public var name: String
    public var landkreis: String?
    public var plz: [String]
    public var einwohner: Int?
    public var ansprechpartner: [Ansprechpartner]
    public var inhalt: String
    public var quelle: Quelle
}

public enum Einzugsgebiet: Sendable, Hashable {
    case alle
    case gemeinden([String])

    /// Whether it takes in the Gemeinde: `alle`, or a list that names it.
    public func umfasst(_ gemeinde: String) -> Bool {
        switch self {
        case .alle: return true
        case .gemeinden(let ids): return ids.contains(gemeinde)
        }
    }

    /// Whether it names the Gemeinde (not only takes it in as one of all).
    public func nennt(_ gemeinde: String) -> Bool {
        if case .gemeinden(let ids) = self { return ids.contains(gemeinde) }
        return false
    }
}

public enum Barrierefreiheit: String, Sendable {
    case ja, nein, teilweise
}

public struct Angebot: Sendable {
    public var id: String
    /// The Gemeinde it is based in; nil for `region/`.
    public var gemeinde: String?
    public var titel: String
    public var kategorien: [String]
    public var traeger: String
    public var kurzbeschreibung: String
    public var adresse: Adresse?
    public var kontakt: Kontakt
    public var oeffnungszeiten: Oeffnungszeiten?
    public var einzugsgebiet: Einzugsgebiet
    public var kosten: String?
    public var barrierefrei: Barrierefreiheit?
    public var zielgruppen: [String]
    public var stichworte: [String]
    public var telefonisch: Bool
    public var geprueft: Datum?
    public var inhalt: String
    /// Every key the file set (normalised), for `pflichtfelder`.
    public var schluessel: Set<String>
    public var quelle: Quelle
}

public enum Wiederholung: String, Sendable {
    case woechentlich
    case vierzehntaeglich = "14-taeglich"
    case monatlich
}

public struct Termin: Sendable {
    public var id: String
    public var gemeinde: String?
    public var titel: String
    public var beginn: Zeitpunkt
    public var ende: Zeitpunkt?
    public var ort: Adresse
    public var veranstalter: String
    public var kurzbeschreibung: String
    public var kategorien: [String]
    public var anmeldung: String?
    public var kosten: String?
    public var kontakt: Kontakt
    public var wiederholung: Wiederholung?
    public var bis: Datum?
    public var inhalt: String
    public var quelle: Quelle
    /// The Gemeinden it is for (an extension of the format); nil: its own Gemeinde, or the
    /// whole region for `region/termine/`.
    public var einzugsgebiet: Einzugsgebiet? = nil
    /// Days on which it does not take place (`entfaellt`, an extension of the format).
    public var entfaellt: [Ausfall] = []
}

public struct Seite: Sendable {
    public var id: String
    public var titel: String
    public var inhalt: String
    public var quelle: Quelle
}

/// A whole region's content folder, read and checked.
public struct Inhalt: Sendable {
    public var region: Region
    public var kategorien: [Kategorie]
    public var gemeinden: [Gemeinde]
    public var angebote: [Angebot]
    public var termine: [Termin]
    public var seiten: [Seite]
}
