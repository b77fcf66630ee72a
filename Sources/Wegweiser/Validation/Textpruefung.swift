import Foundation

/// Checks of a page's Markdown text that the format allows but readers would not see as meant.
enum Textpruefung {
    /// A table (`| Was | Wann |` over `|---|---|`): CommonMark has none, so the page would show
    /// the lines with their bars as text. A warning with the line and a list to write instead;
    /// the site is built all the same.
    static func tabellen(_ inhalt: String, ab erste: Int, datei: Quelldatei, diagnosen: Diagnosen) {
        // (no bar, no table)
        guard inhalt.utf8.contains(0x7C) else { return }
        var imCode = false
        for (i, zeile) in inhalt.zeilen.enumerated() {
            let z = zeile.drop { $0 == " " || $0 == "\t" }
            if z.hasPrefix("```") || z.hasPrefix("~~~") { imCode.toggle(); continue }
            guard !imCode, istTrennzeile(z) else { continue }
            diagnosen.melde(Diagnose(.warnung, datei: datei.pfad, zeile: erste + i, spalte: 1, code: "tabelle",
                meldung: "Tabellen zeigt die Website nicht als Tabelle an, sondern als Zeilen mit senkrechten Strichen.",
                vorschlag: "Die Tabelle als Liste schreiben, eine Zeile je Eintrag, z. B.\n- Offenes Café: Mo–Fr 14–17 Uhr\n- Sitztanz: jeden 1. Montag, 10 Uhr",
                quelltext: String(zeile)))
            return
        }
    }

    /// The line under a table's head: cells of `-` (at least three, `:` at either end allowed)
    /// between `|`, at least two cells or a leading `|`.
    static func istTrennzeile(_ z: Substring) -> Bool {
        let s = z.trimmingTrailingWhitespace()
        guard s.utf8.contains(0x7C), s.contains("---") else { return false }
        var zellen = s.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if s.hasPrefix("|") { zellen.removeFirst() }
        if s.hasSuffix("|") { zellen.removeLast() }
        guard !zellen.isEmpty, zellen.count >= 2 || s.hasPrefix("|") else { return false }
        return zellen.allSatisfy { zelle in
            var c = Substring(zelle)
            if c.hasPrefix(":") { c = c.dropFirst() }
            if c.hasSuffix(":") { c = c.dropLast() }
            return c.count >= 3 && c.allSatisfy { $0 == "-" }
        }
    }
}
