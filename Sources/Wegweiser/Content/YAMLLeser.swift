import Yams

/// Parses YAML into Yams nodes, guarded against hostile input, reporting errors with file lines.
enum YAMLLeser {
    static let hoechsteTiefe = 40
    static let hoechsteAliase = 10
    static let hoechsteKnoten = 50_000

    /// `versatz`: file lines before YAML line 1.
    static func lies(_ yaml: String, datei: Quelldatei, versatz: Int, diagnosen: Diagnosen) -> Node? {
        var gut = true
        func melde(_ zeile: Int, _ spalte: Int, _ code: String, _ meldung: String, _ vorschlag: String?) {
            diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: zeile, spalte: spalte, code: code,
                                     meldung: meldung, vorschlag: vorschlag, quelltext: datei.zeile(zeile)))
            gut = false
        }
        // Tabs in indentation: YAML forbids them, libyaml's message is cryptic.
        var aliase = 0
        var tiefe = 0, tiefsteZeile = 0
        for (i, zeile) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let einzug = zeile.prefix { $0 == " " || $0 == "\t" }
            if einzug.contains("\t") {
                melde(i + 1 + versatz, (einzug.firstIndex(of: "\t").map { einzug.distance(from: einzug.startIndex, to: $0) } ?? 0) + 1,
                      "tabulator", "Die Zeile ist mit einem Tabulator eingerückt; erlaubt sind nur Leerzeichen.",
                      "Den Tabulator durch zwei Leerzeichen ersetzen.")
            }
            // nesting: block indentation plus flow brackets on the line
            var ebene = einzug.count / 2, inText: Character? = nil, vorher: Character = " "
            for c in zeile {
                if let q = inText { if c == q { inText = nil } ; continue }
                switch c {
                case "\"", "'": if vorher == " " || vorher == "[" || vorher == "," || vorher == ":" || vorher == "{" { inText = c }
                case "[", "{": ebene += 1
                case "-" where vorher == " " || vorher == "-": ebene += 1
                case "*" where vorher == " " || vorher == "[" || vorher == "," || vorher == "{" || vorher == ":": aliase += 1
                case "#" where vorher == " ": break
                default: break
                }
                vorher = c
            }
            if ebene > tiefe { tiefe = ebene; tiefsteZeile = i + 1 }
        }
        if tiefe > hoechsteTiefe {
            melde(tiefsteZeile + versatz, 1, "zu-tief", "Die Angaben sind zu tief verschachtelt (mehr als \(hoechsteTiefe) Ebenen).",
                  "Angaben einfach halten: Schlüssel, Text, Listen mit `- `.")
        }
        if aliase > hoechsteAliase {
            melde(1 + versatz, 1, "zu-viele-aliase", "Der Kopfbereich verwendet \(aliase) YAML-Verweise (`*name`); erlaubt sind höchstens \(hoechsteAliase).",
                  "Die Angaben ausschreiben statt mit `&name` und `*name` zu verweisen.")
        }
        guard gut else { return nil }
        do {
            let node = try Yams.compose(yaml: yaml)
            var budget = hoechsteKnoten
            if let node, !begrenzt(node, tiefe: 0, budget: &budget) {
                melde(1 + versatz, 1, "zu-gross", "Die Angaben ergeben zu viele Einträge (mehr als \(hoechsteKnoten)).",
                      "YAML-Verweise (`*name`) nicht verschachteln.")
                return nil
            }
            return node
        } catch let fehler as YamlError {
            let (zeile, spalte, text) = beschreibe(fehler)
            melde(zeile + versatz, spalte, "yaml-syntax", "Die Angaben sind nicht lesbar (YAML): \(text).", vorschlagFuer(text))
            return nil
        } catch {
            melde(1 + versatz, 1, "yaml-syntax", "Die Angaben sind nicht lesbar (YAML).", nil)
            return nil
        }
    }

    private static func begrenzt(_ node: Node, tiefe: Int, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 || tiefe > hoechsteTiefe * 2 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let s):
            for n in s where !begrenzt(n, tiefe: tiefe + 1, budget: &budget) { return false }
        case .mapping(let m):
            for (k, v) in m where !begrenzt(k, tiefe: tiefe + 1, budget: &budget) || !begrenzt(v, tiefe: tiefe + 1, budget: &budget) { return false }
        }
        return true
    }

    private static func beschreibe(_ f: YamlError) -> (Int, Int, String) {
        switch f {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (mark.line, mark.column, uebersetze(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, context.mark.column, "der Schlüssel „\(duplicates.joined(separator: ", "))“ steht zweimal da")
        case let .reader(problem, _, _, _):
            return (1, 1, uebersetze(problem))
        default:
            return (1, 1, "\(f)")
        }
    }

    private static func uebersetze(_ problem: String) -> String {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "ein Doppelpunkt steht an einer Stelle, an der er nicht stehen darf (Text mit `: ` bitte in Anführungszeichen setzen)"
        case let p where p.contains("did not find expected key"):
            return "die Einrückung passt nicht zu den Zeilen davor"
        case let p where p.contains("found character that cannot start any token"):
            return "ein Zeichen (z. B. ` @ oder %) darf so nicht am Anfang eines Werts stehen"
        case let p where p.contains("did not find expected '-' indicator"):
            return "in einer Liste fehlt vor einem Eintrag der Strich `- ` oder die Einrückung passt nicht"
        case let p where p.contains("found unexpected end of stream"):
            return "ein Anführungszeichen oder eine Klammer wird nicht geschlossen"
        case let p where p.contains("undefined alias"):
            return "ein Verweis `*name` zeigt auf nichts"
        case let p where p.contains("found duplicate") || p.contains("duplicate"):
            return "ein Schlüssel steht zweimal da"
        default:
            return problem
        }
    }

    private static func vorschlagFuer(_ text: String) -> String? {
        if text.contains("Doppelpunkt") { return "Den Wert in Anführungszeichen setzen, z. B. `kosten: \"Hinweis: kostenlos\"`." }
        if text.contains("Einrückung") { return "Alle Schlüssel einer Ebene gleich weit einrücken, mit Leerzeichen." }
        if text.contains("Anführungszeichen") { return "Jedes `\"` und jede `[` braucht ein schließendes Gegenstück in derselben Angabe." }
        if text.contains("zweimal") { return "Den doppelten Schlüssel löschen oder die Werte zusammenführen." }
        return nil
    }
}
