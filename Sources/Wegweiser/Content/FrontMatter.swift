/// Splits a Markdown file into its front matter (YAML) and body.
struct FrontMatter {
    /// The YAML text between the two `---` lines.
    let yaml: String
    /// Number of file lines before the first YAML line (YAML line 1 is file line `versatz + 1`).
    let versatz: Int
    /// The Markdown body after the closing `---`.
    let inhalt: String
    /// The file line (1-based) of the body's first line.
    var inhaltAb: Int = 0

    static func zerlege(_ datei: Quelldatei, diagnosen: Diagnosen) -> FrontMatter? {
        let zeilen = datei.zeilen
        guard let erste = zeilen.first, erste.trimmingTrailingWhitespace() == "---" else {
            // `---` further down after blank lines, or indented: say exactly that
            let leer = zeilen.prefix { $0.allSatisfy { $0 == " " || $0 == "\t" } }.count
            if leer < zeilen.count, leer > 0, zeilen[leer].trimmingTrailingWhitespace() == "---" {
                diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-fehlt",
                    meldung: "Vor der ersten Zeile `---` \(leer == 1 ? "steht eine leere Zeile" : "stehen \(leer) leere Zeilen"); `---` muss ganz oben in Zeile 1 stehen.",
                    vorschlag: "Die leeren Zeilen am Anfang der Datei löschen.", quelltext: datei.zeile(1)))
                return nil
            }
            let ohneRand = (zeilen.first ?? "").drop { $0 == " " || $0 == "\t" }.trimmingTrailingWhitespace()
            if ohneRand.hasPrefix("---"), ohneRand.allSatisfy({ $0 == "-" }) {
                diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-fehlt",
                    meldung: "Die erste Zeile muss genau `---` sein (drei Striche, ohne Leerzeichen davor).",
                    vorschlag: "Die erste Zeile durch `---` ersetzen.", quelltext: datei.zeile(1)))
                return nil
            }
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
            let nurKopf = zeilen.dropFirst().allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } }
            // the first line that cannot be an entry (`schlüssel: wert`, `- eintrag`, indented) is
            // probably where the description begins
            let textbeginn = nurKopf ? nil : zeilen.indices.dropFirst().first { i in
                let z = zeilen[i]
                guard let c = z.first, c != " ", c != "\t", c != "#", c != "-" else { return false }
                return !z.contains(":")
            }
            diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-offen",
                meldung: nurKopf
                    ? "Die Datei enthält nur die Zeile `---`; es fehlen die Angaben und die abschließende Zeile `---`."
                    : "Der Kopfbereich, der in Zeile 1 mit `---` beginnt, wird nie mit einer zweiten Zeile `---` abgeschlossen.",
                vorschlag: nurKopf
                    ? "Die Angaben ergänzen, z. B.\n---\ntitel: …\n---"
                    : textbeginn.map { "Vermutlich beginnt in Zeile \($0 + 1) der Beschreibungstext: davor eine Zeile mit genau `---` einfügen." }
                        ?? "Nach der letzten Angabe (vor dem Beschreibungstext) eine Zeile mit genau `---` einfügen.",
                quelltext: datei.zeile(1)))
            return nil
        }
        let yaml = zeilen[1..<ende].joined(separator: "\n")
        let inhalt = ende + 1 < zeilen.count ? zeilen[(ende + 1)...].joined(separator: "\n") : ""
        return FrontMatter(yaml: yaml, versatz: 1, inhalt: inhalt, inhaltAb: ende + 2)
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
