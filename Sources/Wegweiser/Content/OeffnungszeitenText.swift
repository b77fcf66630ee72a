import Foundation

/// Opening hours for people: table rows, one line, and plain data for structured data.
///
/// Weekdays with the same times (and the same comment) are shown together, whatever
/// rules they came from: runs of three or more days as a range ("Montag bis Freitag"),
/// others listed ("Montag und Mittwoch", "Montag sowie Mittwoch bis Freitag"); ranges may wrap ("Freitag bis Montag"); all
/// seven days are "täglich". Public holidays join the group with the same times or come
/// last; `Mo[1]`-style rules get their own rows after the weekly ones; a standalone
/// comment is the last row, with empty `tage`.
///
/// A rule's comment is appended to its times: with a space when it starts in lower case
/// (`"und nach Vereinbarung"` → "9:00–12:00 Uhr und nach Vereinbarung"), otherwise in
/// brackets (`"Termine nur telefonisch"` → "9:00–12:00 Uhr (Termine nur telefonisch)").
extension Oeffnungszeiten {
    /// Rows for a table with the headers days and times, in the site language.
    /// The days cell starts with a capital letter ("Täglich", "Am 1. Montag im Monat").
    public func zeilen(_ sprache: Sprache) -> [(tage: String, zeiten: String)] {
        roheZeilen(sprache).map { (Self.gross($0.tage), $0.zeiten) }
    }

    /// One line, e.g. "Montag bis Freitag 8:00–12:00 Uhr" / "Monday to Friday 8:00–12:00".
    public func text(_ sprache: Sprache) -> String {
        if rundUmDieUhr {
            return Self.anhaengen(kommentar, an: sprache == .de ? "rund um die Uhr" : "around the clock")
        }
        return roheZeilen(sprache)
            .map { $0.tage.isEmpty ? $0.zeiten : "\($0.tage) \($0.zeiten)" }
            .joined(separator: "; ")
    }

    /// Like schema.org `OpeningHoursSpecification`: English day names ("Monday" …,
    /// "PublicHolidays"), times as "08:00"; an end of 24:00 is given as "23:59", and
    /// 24/7 as every day "00:00"–"23:59". One entry per time span. Closed days, comments
    /// and `Mo[1]`-style rules cannot be expressed and are left out.
    public var spezifikation: [(tage: [String], von: String, bis: String)] {
        if rundUmDieUhr { return [(Self.schemaTage, "00:00", "23:59")] }
        var ergebnis: [(tage: [String], von: String, bis: String)] = []
        for gruppe in gruppen() where !gruppe.eintrag.geschlossen {
            let tage = gruppe.tage.sorted().map { Self.schemaTage[$0.rawValue] } + (gruppe.feiertage ? ["PublicHolidays"] : [])
            for spanne in gruppe.eintrag.zeiten {
                ergebnis.append((tage, OeffnungszeitenLeser.uhrzeitText(spanne.von),
                                 OeffnungszeitenLeser.uhrzeitText(min(spanne.bis, 24 * 60 - 1))))
            }
        }
        return ergebnis
    }

    private static let schemaTage = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    // MARK: rows

    private func roheZeilen(_ sprache: Sprache) -> [(tage: String, zeiten: String)] {
        if rundUmDieUhr {
            return [(sprache == .de ? "täglich" : "daily", text(sprache))]
        }
        var zeilen = gruppen().filter { !$0.tage.isEmpty }.map {
            (Self.tageText($0.tage, feiertage: $0.feiertage, sprache), Self.zeitenText($0.eintrag, sprache))
        }
        for regel in regeln where !regel.tage.imMonat.isEmpty {
            zeilen.append((Self.imMonatText(regel.tage, sprache), Self.zeitenText(Eintrag(regel), sprache)))
        }
        for gruppe in gruppen() where gruppe.tage.isEmpty {
            zeilen.append((Self.tageText([], feiertage: true, sprache), Self.zeitenText(gruppe.eintrag, sprache)))
        }
        if let kommentar { zeilen.append(("", kommentar)) }
        return zeilen
    }

    /// What a day shows; days with equal entries are grouped.
    private struct Eintrag: Hashable {
        var zeiten: [Zeitspanne]
        var geschlossen: Bool
        var kommentar: String?

        init(_ regel: Regel) {
            zeiten = regel.zeiten
            geschlossen = regel.geschlossen
            kommentar = regel.kommentar
        }
    }

    private struct Gruppe {
        var eintrag: Eintrag
        var tage: Set<Wochentag> = []
        var feiertage = false
    }

    /// Weekly rules and public holidays grouped by equal entries, in the order of their first day.
    private func gruppen() -> [Gruppe] {
        var proTag: [Wochentag: Eintrag] = [:]
        var feiertag: Eintrag?
        for regel in regeln where regel.tage.imMonat.isEmpty {
            for tag in regel.tage.wochentage { proTag[tag] = Eintrag(regel) }
            if regel.tage.feiertage { feiertag = Eintrag(regel) }
        }
        var gruppen: [Gruppe] = []
        for tag in Wochentag.allCases {
            guard let eintrag = proTag[tag] else { continue }
            if let k = gruppen.firstIndex(where: { $0.eintrag == eintrag }) {
                gruppen[k].tage.insert(tag)
            } else {
                gruppen.append(Gruppe(eintrag: eintrag, tage: [tag]))
            }
        }
        if let feiertag {
            if let k = gruppen.firstIndex(where: { $0.eintrag == feiertag }) {
                gruppen[k].feiertage = true
            } else {
                gruppen.append(Gruppe(eintrag: feiertag, feiertage: true))
            }
        }
        return gruppen.sorted { Self.beginn($0.tage) < Self.beginn($1.tage) }
    }

    private static func beginn(_ tage: Set<Wochentag>) -> Int {
        laeufe(tage).first?.first?.rawValue ?? 7
    }

    /// Runs of consecutive days, wrapping from Sunday to Monday, ordered by first day.
    private static func laeufe(_ tage: Set<Wochentag>) -> [[Wochentag]] {
        if tage.count == 7 { return [Wochentag.allCases] }
        var laeufe: [[Wochentag]] = []
        for tag in Wochentag.allCases where tage.contains(tag) && !tage.contains(tag.vorheriger) {
            var lauf = [tag]
            var naechster = tag.naechster
            while tage.contains(naechster), lauf.count < 7 {
                lauf.append(naechster)
                naechster = naechster.naechster
            }
            laeufe.append(lauf)
        }
        return laeufe
    }

    // MARK: words

    private static let tagNamen: [Sprache: [String]] = [
        .de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]

    static func name(_ tag: Wochentag, _ sprache: Sprache) -> String {
        tagNamen[sprache]?[tag.rawValue] ?? ""
    }

    private static func tageText(_ tage: Set<Wochentag>, feiertage: Bool, _ sprache: Sprache) -> String {
        var teile: [String] = []
        if tage.count == 7 {
            teile.append(sprache == .de ? "täglich" : "daily")
        } else {
            for lauf in laeufe(tage) {
                if lauf.count >= 3, let erster = lauf.first, let letzter = lauf.last {
                    teile.append("\(name(erster, sprache)) \(sprache == .de ? "bis" : "to") \(name(letzter, sprache))")
                } else {
                    teile += lauf.map { name($0, sprache) }
                }
            }
        }
        if feiertage { teile.append(sprache == .de ? "Feiertage" : "public holidays") }
        // "Montag sowie Mittwoch bis Freitag": with "und", the range could be read as starting at Montag
        if teile.count > 1, let letzter = teile.last, letzter.contains(sprache == .de ? " bis " : " to ") {
            return teile.dropLast().joined(separator: ", ") + (sprache == .de ? " sowie " : " as well as ") + letzter
        }
        return liste(teile, sprache)
    }

    /// "am 1. und 3. Montag im Monat", "on the last Monday of the month".
    private static func imMonatText(_ tage: Tagesauswahl, _ sprache: Sprache) -> String {
        let namen = liste(tage.wochentage.sorted().map { name($0, sprache) }, sprache)
        switch sprache {
        case .de:
            let letzte = ["letzten", "vorletzten", "drittletzten", "viertletzten", "fünftletzten"]
            let zahlen = tage.imMonat.map { $0 > 0 ? "\($0)." : letzte[min(-$0, 5) - 1] }
            return "am \(liste(zahlen, sprache)) \(namen) im Monat"
        case .en:
            let ordnung = ["first", "second", "third", "fourth", "fifth"]
            let zahlen = tage.imMonat.map { $0 > 0 ? ordnung[min($0, 5) - 1] : ($0 == -1 ? "last" : "\(ordnung[min(-$0, 5) - 1]) to last") }
            return "on the \(liste(zahlen, sprache)) \(namen) of the month"
        }
    }

    private static func zeitenText(_ eintrag: Eintrag, _ sprache: Sprache) -> String {
        let basis: String
        if eintrag.geschlossen {
            basis = sprache == .de ? "geschlossen" : "closed"
        } else if eintrag.zeiten.isEmpty {
            basis = ""
        } else {
            let spannen = liste(eintrag.zeiten.map { "\(uhrzeit($0.von))–\(uhrzeit($0.bis))" }, sprache)
            basis = sprache == .de ? spannen + " Uhr" : spannen
        }
        return anhaengen(eintrag.kommentar, an: basis)
    }

    /// "8:00", "24:00": no leading zero on the hour.
    private static func uhrzeit(_ minuten: Int) -> String {
        let m = minuten % 60
        return "\(minuten / 60):\(m < 10 ? "0" : "")\(m)"
    }

    private static func anhaengen(_ kommentar: String?, an basis: String) -> String {
        guard let kommentar, !kommentar.isEmpty else { return basis }
        if basis.isEmpty { return kommentar }
        if kommentar.first?.isLowercase == true { return "\(basis) \(kommentar)" }
        return "\(basis) (\(kommentar))"
    }

    /// "a", "a und b", "a, b und c".
    private static func liste(_ teile: [String], _ sprache: Sprache) -> String {
        guard let letzter = teile.last else { return "" }
        if teile.count == 1 { return letzter }
        return teile.dropLast().joined(separator: ", ") + (sprache == .de ? " und " : " and ") + letzter
    }

    private static func gross(_ s: String) -> String {
        guard let erster = s.first else { return s }
        return erster.uppercased() + s.dropFirst()
    }
}
