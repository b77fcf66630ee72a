/// What to write instead of a date or date-time the format does not read, from the way German
/// writes them: `15.3.26`, `24. Dezember 2026`, `2.12.2026, 15 Uhr`, `2026-12-02 14.30`.
/// A suggestion never makes up a date or a time the text does not give.
extension Datum {
    /// The German names of the months, January first.
    static let monatsnamen = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                              "Oktober", "November", "Dezember"]

    private static let monate: [(String, Int)] = [
        ("jan", 1), ("feb", 2), ("mär", 3), ("maer", 3), ("mar", 3), ("mrz", 3), ("apr", 4), ("mai", 5),
        ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("okt", 10), ("nov", 11), ("dez", 12),
    ]

    /// `Dezember`, `Dez`, `März`, `Maerz` → the month's number.
    static func monat(_ wort: Substring) -> Int? {
        let w = wort.lowercased()
        guard w.count >= 3, w.allSatisfy(\.isLetter) else { return nil }
        return monate.first { w.hasPrefix($0.0) }?.1
    }

    /// Suggests the ISO form for common German spellings (`15.03.2026`, `15.3.26`, `15. März 2026`).
    static func vorschlag(fuer text: String) -> String? { gelesen(text)?.datum.description }

    /// A German date at the start of `text` (day, month as number or name, year) and the words after it.
    static func gelesen(_ text: String) -> (datum: Datum, rest: [Substring])? {
        // year first with single digits or other separators: `2026-9-1`, `2026/09/01`, `2026.9.1`
        let iso = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " })
        if iso.count >= 3, iso[0].count == 4, let j = Int(iso[0]), let m = Int(iso[1]), let tg = Int(iso[2]),
           let d = Datum(jahr: j, monat: m, tag: tg) {
            return (d, Array(iso.dropFirst(3)))
        }
        let t = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == " " || $0 == "," })
        guard t.count >= 3, let tg = Int(t[0]), let m = Int(t[1]) ?? monat(t[1]), var j = Int(t[2]) else { return nil }
        // (`9. Dezember 14 Uhr`: the number is the hour, not the year)
        if t.count > 3, ["uhr", "h"].contains(t[3].lowercased()) { return nil }
        if j < 100 { j += 2000 }
        guard let d = Datum(jahr: j, monat: m, tag: tg) else { return nil }
        return (d, Array(t.dropFirst(3)))
    }
}

extension Datum {
    /// A day and month written without a year (`Mittwoch, 9.12.`, `9. Dezember 14 Uhr`), and the
    /// words after them; nil when the text has none or gives a year.
    static func ohneJahr(_ text: String) -> (tag: Int, monat: Int, rest: [Substring])? {
        let woerter = text.split(whereSeparator: { $0 == " " || $0 == "," })
        for (i, w) in woerter.enumerated() {
            let teile = w.split(separator: ".", omittingEmptySubsequences: false)
            // `9.12.` in one word (`9.12` without the dot may be a time)
            if teile.count == 3, teile[2].isEmpty, let tg = Int(teile[0]), let m = Int(teile[1]),
               (1...31).contains(tg), (1...12).contains(m) {
                return (tg, m, Array(woerter.dropFirst(i + 1)))
            }
            // `9. Dezember`
            if teile.count == 2, teile[1].isEmpty, let tg = Int(teile[0]), (1...31).contains(tg), i + 1 < woerter.count,
               let m = monat(woerter[i + 1].filter { $0 != "." }[...]) {
                let rest = Array(woerter.dropFirst(i + 2))
                if let j = rest.first, j.count == 4, Int(j) != nil { return nil }
                return (tg, m, rest)
            }
        }
        return nil
    }
}

extension Zeitpunkt {
    /// The date and, when the text gives one, the time (`HH:MM`) it means; nil without a readable date.
    static func vorschlag(fuer text: String) -> (datum: Datum, uhrzeit: String?)? {
        let woerter = text.split(separator: " ")
        if let erstes = woerter.first, let d = Datum(String(erstes.filter { $0 != "," })) {
            let rest = woerter.dropFirst().flatMap { $0.split(whereSeparator: { $0 == "." || $0 == "," }) }
            return (d, uhrzeit(rest))
        }
        guard let (d, rest) = Datum.gelesen(text) else { return nil }
        return (d, uhrzeit(rest))
    }

    /// `14:30`, `14.30` (read as two words), `15 Uhr`, `15h`, `um 15 Uhr` → `HH:MM`.
    static func uhrzeit(_ woerter: [Substring]) -> String? {
        guard let i = woerter.firstIndex(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let wort = woerter[i].prefix { $0.isNumber || $0 == ":" }
        let hm = wort.split(separator: ":", omittingEmptySubsequences: false)
        guard let h = Int(hm[0]), (0...23).contains(h) else { return nil }
        var m = 0
        if hm.count == 2 {
            guard hm[1].count == 2, let mm = Int(hm[1]) else { return nil }
            m = mm
        } else if hm.count == 1, wort.count == woerter[i].count, i + 1 < woerter.count,
                  woerter[i + 1].count == 2, let mm = Int(woerter[i + 1]) {
            m = mm // `14.30`
        } else if hm.count != 1 {
            return nil
        }
        guard (0...59).contains(m) else { return nil }
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
