/// A list in brackets left open (`kategorien: [pflege, beratung`): libyaml reads on into the next
/// line and stumbles there (`traeger:`), or at the end. The line to fix is the list's last line.
extension YAMLLeser {
    struct OffeneKlammer: Equatable {
        /// YAML line (1-based) of the list's last line, where the bracket is missing, and the column after its text.
        let zeile: Int, spalte: Int
        /// YAML line where the list begins.
        let beginn: Int
        /// `]` or `}`.
        let zeichen: Character
        /// That line with the bracket added.
        let besser: String
    }

    /// `problem` and `fehlerZeile` (1-based) as libyaml reports them; `beginn`: the line where it
    /// began reading the list (its context mark). Nil unless the list is followed by a new
    /// `schlüssel:` no further indented than the list's own line, or by the end.
    static func offeneKlammer(_ yaml: String, problem: String, fehlerZeile: Int, beginn: Int) -> OffeneKlammer? {
        let zeichen: Character
        if problem.contains("did not find expected ',' or ']'") { zeichen = "]" }
        else if problem.contains("did not find expected ',' or '}'") { zeichen = "}" }
        else { return nil }
        let zeilen = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard beginn >= 1, beginn < fehlerZeile, beginn <= zeilen.count else { return nil }
        func einzug(_ z: Substring) -> Int { z.prefix { $0 == " " }.count }
        if fehlerZeile <= zeilen.count {
            let z = zeilen[fehlerZeile - 1]
            let text = z.drop { $0 == " " }
            guard einzug(z) <= einzug(zeilen[beginn - 1]), let doppelpunkt = text.firstIndex(of: ":"),
                  !text[..<doppelpunkt].contains(where: { " \"'[]{},#".contains($0) }) else { return nil }
        }
        // the last line of the list: the last one before the error that says something
        guard let letzte = (beginn...min(fehlerZeile - 1, zeilen.count)).last(where: { i in
            let t = zeilen[i - 1].drop { $0 == " " }
            return !t.isEmpty && !t.hasPrefix("#")
        }) else { return nil }
        // (a comment at the end stays behind the bracket)
        let zeile = zeilen[letzte - 1]
        let text = (zeile.range(of: " #").map { zeile[..<$0.lowerBound] } ?? zeile).getrimmt(zeilen: false)
        return OffeneKlammer(zeile: letzte, spalte: einzug(zeile) + text.count + 1, beginn: beginn,
                             zeichen: zeichen, besser: String(zeile.prefix(einzug(zeile))) + text + String(zeichen))
    }

    /// The message and the suggestion for a list left open.
    static func meldung(offen k: OffeneKlammer, versatz: Int) -> (String, String) {
        let art = k.zeichen == "]" ? "die Liste in eckigen Klammern" : "die Gruppe in geschweiften Klammern"
        let wo = k.beginn == k.zeile ? "" : " (sie beginnt in Zeile \(k.beginn + versatz))"
        return ("Die Angaben sind nicht lesbar: \(art)\(wo) wird nicht mit `\(k.zeichen)` geschlossen.",
                "Am Ende der Zeile `\(k.zeichen)` ergänzen: `\(k.besser.getrimmt(zeilen: false))`")
    }
}
