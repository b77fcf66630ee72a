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
            if Self.siehtAusWieTrennlinie(zeilen.first ?? "") {
                diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-fehlt",
                    meldung: "Die erste Zeile sieht aus wie die Trennlinie, ist aber keine: Sie muss genau `---` sein (drei Minuszeichen, ohne Leerzeichen, keine anderen Striche).",
                    vorschlag: "Die erste Zeile durch `---` ersetzen.", quelltext: datei.zeile(1)))
                return nil
            }
            // a heading or a note above the `---` (`# Nachbarschaftshilfe`): the `---` a few lines down
            if let k = zeilen.indices.prefix(6).dropFirst().first(where: { zeilen[$0].trimmingTrailingWhitespace() == "---" }),
               zeilen[..<k].allSatisfy({ z in !z.contains(":") }) {
                diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: 1, spalte: 1, code: "kopf-fehlt",
                    meldung: "Vor der Zeile `---` (Zeile \(k + 1)) \(k == 1 ? "steht eine Zeile" : "stehen \(k) Zeilen"); `---` muss ganz oben in Zeile 1 stehen.",
                    vorschlag: k == 1 ? "Die Zeile 1 löschen (der Titel steht als `titel:` in den Angaben; Text gehört unter die zweite Zeile `---`)."
                                      : "Die Zeilen 1 bis \(k) löschen (der Titel steht als `titel:` in den Angaben; Text gehört unter die zweite Zeile `---`).",
                    quelltext: datei.zeile(1)))
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
            // a closing line written with other dashes or a number of them (`- - -`, `----`, `–––`)
            if let i = zeilen.indices.dropFirst().first(where: { Self.siehtAusWieTrennlinie(zeilen[$0]) }) {
                diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: i + 1, spalte: 1, code: "kopf-offen",
                    meldung: "Zeile \(i + 1) sieht aus wie die Trennlinie, die den Kopfbereich abschließt, ist aber keine: Sie muss genau `---` sein (drei Minuszeichen, ohne Leerzeichen, keine anderen Striche).",
                    vorschlag: "Die Zeile \(i + 1) durch `---` ersetzen.", quelltext: datei.zeile(i + 1)))
                return nil
            }
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

extension FrontMatter {
    /// A line meant as `---` but written otherwise: only dashes (`-`, `–`, `—`), underscores or
    /// `=`, with or without spaces between, at least two of them (`- - -`, `----`, `–––`, `___`, `--`).
    static func siehtAusWieTrennlinie(_ zeile: Substring) -> Bool {
        let t = zeile.filter { $0 != " " && $0 != "\t" }
        guard t.count >= 2 else { return false }
        // (`---` with spaces before it is not `---` either)
        if t == "---" { return zeile.trimmingTrailingWhitespace() != "---" }
        return t.allSatisfy { "-–—_=".contains($0) }
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
