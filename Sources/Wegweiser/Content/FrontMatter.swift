/// Splits a Markdown file into its front matter (YAML) and body.
struct FrontMatter {
    /// The YAML text between the two `---` lines.
    let yaml: String
    /// Number of file lines before the first YAML line (YAML line 1 is file line `versatz + 1`).
    let versatz: Int
    /// The Markdown body after the closing `---`.
    let inhalt: String

    static func zerlege(_ datei: Quelldatei, diagnosen: Diagnosen) -> FrontMatter? {
        let zeilen = datei.zeilen
        guard let erste = zeilen.first, erste.trimmingTrailingWhitespace() == "---" else {
            diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-fehlt",
                meldung: "Die Datei muss mit einer Zeile `---` beginnen, danach folgen die Angaben (Titel, Kategorien, …) und wieder eine Zeile `---`.",
                vorschlag: "Als erste Zeile `---` einfügen, z. B.\n---\ntitel: …\n---",
                quelltext: datei.zeile(1)))
            return nil
        }
        var ende: Int?
        for i in 1..<zeilen.count {
            let z = zeilen[i].trimmingTrailingWhitespace()
            if z == "---" || z == "..." { ende = i; break }
        }
        guard let ende else {
            diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-offen",
                meldung: "Der Kopfbereich, der in Zeile 1 mit `---` beginnt, wird nie mit einer zweiten Zeile `---` abgeschlossen.",
                vorschlag: "Nach der letzten Angabe (vor dem Beschreibungstext) eine Zeile mit genau `---` einfügen.",
                quelltext: datei.zeile(1)))
            return nil
        }
        let yaml = zeilen[1..<ende].joined(separator: "\n")
        let inhalt = ende + 1 < zeilen.count ? zeilen[(ende + 1)...].joined(separator: "\n") : ""
        return FrontMatter(yaml: yaml, versatz: 1, inhalt: inhalt)
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
