/// A line whose key and value are not separated as YAML wants: no space after the colon
/// (`titel:Hilfe`, as a web editor makes it easy to type), no space after a list's dash
/// (`-Fahrdienst`), or no colon at all (`kosten = 5 €`, `kosten 5 €` for a key the format knows).
/// libyaml reads such a line as text running on into the next one and stumbles a line later,
/// in English ("could not find expected ':'"); these name the line and write it as meant.
extension YAMLLeser {
    struct OhneTrenner: Equatable {
        /// YAML line (1-based) and the column where the space or colon is missing.
        let zeile: Int, spalte: Int
        let meldung: String
        /// What to do, before the line as meant.
        let tun: String
        /// The line as meant.
        let besser: String
    }

    /// Every key of every file kind: `kosten 5 €` is a missing colon only after one of these.
    static let bekannteSchluessel: Set<String> = Set(DateiLeser.angebotSchluessel + [
        "beginn", "ende", "ort", "veranstalter", "anmeldung", "wiederholung", "bis", "entfaellt",
        "name", "landkreis", "plz", "einwohner", "ansprechpartner", "rolle", "strasse",
        "region", "beschreibung", "herausgeber", "grundversorgung", "id", "suchbegriffe", "pflichtfelder",
    ])

    /// The first such line up to `fehlerZeile` (1-based), outside block texts (`>-`, `|`) and comments.
    static func ohneTrenner(_ yaml: String, bis fehlerZeile: Int) -> OhneTrenner? {
        var blockEinzug: Int?
        for (i, roh) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 <= fehlerZeile {
            let zeile = roh.hasSuffix("\r") ? roh.dropLast() : roh
            let text = zeile.drop { $0 == " " }
            let einzug = zeile.count - text.count
            if text.isEmpty || text.hasPrefix("#") { continue }
            if let b = blockEinzug, einzug > b { continue }
            blockEinzug = nil
            let ohne = text.trimmingTrailingWhitespace()
            if ohne.hasSuffix("|") || ohne.hasSuffix(">") || ohne.hasSuffix("|-") || ohne.hasSuffix(">-") { blockEinzug = einzug; continue }
            if let t = ohneTrenner(text, einzug: einzug) {
                return OhneTrenner(zeile: i + 1, spalte: t.spalte, meldung: t.meldung, tun: t.tun, besser: t.besser)
            }
        }
        return nil
    }

    /// One line without its indentation (`einzug` spaces).
    private static func ohneTrenner(_ text: Substring, einzug: Int) -> (spalte: Int, meldung: String, tun: String, besser: String)? {
        let vorne = String(repeating: " ", count: einzug)
        // `-Fahrdienst`
        if text.hasPrefix("-"), let zweites = text.dropFirst().first, zweites.isLetter || zweites == "\"" {
            return (einzug + 2, "nach dem Strich `-` am Anfang eines Listeneintrags fehlt ein Leerzeichen.",
                    "Ein Leerzeichen nach dem Strich einfügen", vorne + "- " + text.dropFirst().getrimmt(zeilen: false))
        }
        let name = text.prefix { $0.isLetter || $0 == "_" }
        guard !name.isEmpty, !text.contains(": "), !text.hasSuffix(":") else { return nil }
        let rest = text.dropFirst(name.count)
        // `titel:Hilfe` (not `https://…`, nor a time `14:00`)
        if rest.hasPrefix(":"), let c = rest.dropFirst().first, c != "/", c != ":" {
            return (einzug + name.count + 2, "nach dem Doppelpunkt hinter `\(name)` fehlt ein Leerzeichen.",
                    "Ein Leerzeichen nach dem Doppelpunkt einfügen", vorne + name + ": " + rest.dropFirst())
        }
        // `kosten = 5 €`, `kosten 5 €`
        let wert = rest.drop { $0 == " " }
        if wert.hasPrefix("=") || (wert.startIndex != rest.startIndex && bekannteSchluessel.contains(Felder.normalisiere(String(name)))) {
            let w = wert.hasPrefix("=") ? wert.dropFirst().drop { $0 == " " } : wert
            guard !w.isEmpty else { return nil }
            return (einzug + name.count + 1, "nach dem Namen `\(name)` fehlt der Doppelpunkt.",
                    "Den Doppelpunkt direkt hinter den Namen setzen", vorne + name + ": " + w)
        }
        return nil
    }
}
