/// Raw HTML, images, links without an address and links to scripts or files in a body: the page shows them otherwise than
/// the volunteer meant (a tag dropped, a line gone, a link that leads nowhere). A warning at the
/// line with what to write instead; the site is built all the same.
extension Textpruefung {
    static func stellen(_ inhalt: String, ab erste: Int, datei: Quelldatei, diagnosen: Diagnosen) {
        let stellen = Markdown.stellen(inhalt)
        guard !stellen.isEmpty else { return }
        let zeilen = inhalt.zeilen
        // each place at the line in its block that holds it (cmark gives the block's first line)
        var jeZeile: [(Int, [Markdown.Stelle])] = []
        for (stelle, block) in stellen {
            let suche = text([stelle]).0
            let i = (max(0, block - 1)..<zeilen.count).first { zeilen[$0].contains(suche) } ?? max(0, block - 1)
            guard i < zeilen.count else { continue }
            if let j = jeZeile.firstIndex(where: { $0.0 == i }) { jeZeile[j].1.append(stelle) } else { jeZeile.append((i, [stelle])) }
        }
        for (i, stellen) in jeZeile {
            // (one message a line: `<b>Wichtig</b> <br>` is one mistake; a link beside it another)
            let html = stellen.filter {
                switch $0 {
                case .htmlImText, .htmlBlock: true
                case .bild, .linkOhneAdresse, .linkUnsicher: false
                }
            }
            let gruppen = (html.isEmpty ? [] : [html]) + stellen.filter({ !html.contains($0) }).map({ [$0] })
            for gruppe in gruppen {
                let (suche, meldung, vorschlag) = text(gruppe)
                let spalte = zeilen[i].range(of: suche).map { zeilen[i].distance(from: zeilen[i].startIndex, to: $0.lowerBound) + 1 } ?? 1
                diagnosen.melde(Diagnose(.warnung, datei: datei.pfad, zeile: erste + i, spalte: spalte, code: "text-wird-anders-angezeigt",
                                         meldung: meldung, vorschlag: vorschlag, quelltext: String(zeilen[i])))
            }
        }
    }

    /// What to look for in the line, the message and the suggestion.
    private static func text(_ gruppe: [Markdown.Stelle]) -> (String, String, String) {
        switch gruppe[0] {
        case .htmlImText, .htmlBlock:
            var tags: [String] = [], namen: [String] = []
            var block = false
            for case let s in gruppe {
                guard case .htmlImText(let tag) = s else {
                    if case .htmlBlock(let tag) = s { block = true; tags.append(tag) }
                    continue
                }
                tags.append(tag)
            }
            let ersteTags = tags.map { String($0.prefix { $0 != "\n" && $0 != ">" }) + ($0.contains(">") ? ">" : "") }
            for t in ersteTags {
                let name = t.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if !namen.contains(name) { namen.append(name) }
            }
            let wegfall = block ? " Was in diesem HTML-Abschnitt steht, fehlt auf der Website ganz."
                : " Der Text dazwischen erscheint ohne diese Auszeichnung."
            let vorschlaege = namen.map(ersatz(fuer:)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return (ersteTags[0], "HTML-Befehle wie \(namen.map { "`<\($0)>`" }.joined(separator: ", ")) zeigt die Website nicht an." + wegfall,
                    vorschlaege.joined(separator: " "))
        case .bild(let url):
            return ("](\(url)", "Bilder zeigt die Website nicht an; hier stünde nur ein Link auf die Datei „\(url)“, die es auf der Website nicht gibt.",
                    "Das Bild entfernen. Steht es auf einer anderen Website, dorthin verlinken: `[Bildbeschreibung](https://…)`.")
        case .linkOhneAdresse(let url):
            let besser = url.lowercased().hasPrefix("www.") ? "`(https://\(url))`" : "mit `https://` am Anfang, z. B. `(https://www.beispiel.de/)`"
            return ("](\(url)", "Der Link auf „\(url)“ führt auf der Website ins Leere: das ist keine vollständige Adresse.",
                    "In den runden Klammern die ganze Adresse angeben, \(besser). Für eine Seite dieses Wegweisers die Adresse, die oben im Browser steht.")
        case .linkUnsicher(let url):
            let schema = url.prefix { $0 != ":" }
            return ("](\(url)", "Ein Link auf „\(schema):“ wird auf der Website nicht angezeigt, nur sein Text: verlinkt werden Web-Adressen, E-Mail-Adressen und Telefonnummern.",
                    "In den runden Klammern eine Web-Adresse angeben, z. B. `(https://www.beispiel.de/)`, eine E-Mail-Adresse `(mailto:name@beispiel.de)` oder eine Telefonnummer `(tel:+4981611234)`.")
        }
    }

    private static func ersatz(fuer tag: String) -> String {
        switch tag {
        case "b", "strong": "Fett so schreiben: `**Wichtig**`."
        case "i", "em": "Schräg so schreiben: `*Wort*`."
        case "br", "p": "Für einen neuen Absatz eine leere Zeile lassen."
        case "a": "Einen Link so schreiben: `[Text](https://www.beispiel.de/)`."
        case "h1", "h2", "h3", "h4", "h5", "h6": "Eine Zwischenüberschrift so schreiben: `### Überschrift`."
        case "ul", "ol", "li": "Eine Aufzählung so schreiben: jede Zeile beginnt mit `- `."
        default: "Den HTML-Befehl löschen und nur den Text stehen lassen."
        }
    }
}
