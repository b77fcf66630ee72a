import Foundation
import Yams
// libyaml, which Yams is built on: its event parser is iterative, Yams' composer is recursive.
import CYaml

/// Parses YAML into Yams nodes, guarded against hostile input, reporting errors with file lines.
///
/// Before Yams composes a tree, libyaml's event stream (the same parser, iterative, no
/// recursion) is read once to measure the nesting depth, the size the tree would have with
/// every alias expanded, and duplicate keys. Only input within the limits reaches Yams, whose
/// composer recurses once per level and copies the target of each alias.
enum YAMLLeser {
    /// Nesting levels (collections inside collections); content needs three or four.
    static let hoechsteTiefe = 40
    /// Nodes of the tree with every alias expanded ("billion laughs" stops here).
    static let hoechsteKnoten = 50_000

    /// `versatz`: file lines before YAML line 1.
    static func istFremdesLeerzeichen(_ u: Unicode.Scalar) -> Bool {
        u == "\u{00A0}" || u == "\u{2007}" || u == "\u{202F}" || u == "\u{2009}" || u == "\u{2002}" || u == "\u{2003}"
    }

    static func lies(_ roh: String, datei: Quelldatei, versatz: Int, diagnosen: Diagnosen) -> Node? {
        // Spaces copied from a web page or a word processor (no-break, narrow, thin) look like
        // spaces and are read as spaces: YAML's messages about them were cryptic, and a telephone
        // number with one was no number. (One character for one: lines and columns stay.)
        let yaml = roh.unicodeScalars.contains(where: Self.istFremdesLeerzeichen)
            ? String(String.UnicodeScalarView(roh.unicodeScalars.map { Self.istFremdesLeerzeichen($0) ? " " : $0 })) : roh
        var gut = true
        func melde(_ zeile: Int, _ spalte: Int, _ code: String, _ meldung: String, _ vorschlag: String?) {
            diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: zeile, spalte: spalte, code: code,
                                     meldung: meldung, vorschlag: vorschlag, quelltext: datei.zeile(zeile)))
            gut = false
        }
        // Tabs in indentation: YAML forbids them, libyaml's message is cryptic.
        for (i, zeile) in (yaml.utf8.contains(0x09) ? yaml.zeilen : []).enumerated() {
            let einzug = zeile.prefix { $0 == " " || $0 == "\t" }
            if let tab = einzug.firstIndex(of: "\t") {
                melde(i + 1 + versatz, einzug.distance(from: einzug.startIndex, to: tab) + 1,
                      "tabulator", "Die Zeile ist mit einem Tabulator eingerückt; erlaubt sind nur Leerzeichen.",
                      "Den Tabulator durch zwei Leerzeichen ersetzen.")
            }
        }
        guard gut else { return nil }

        switch vorpruefe(yaml) {
        case .gut:
            break
        case let .zuTief(zeile, spalte):
            melde(zeile + versatz, spalte, "zu-tief",
                  "Die Angaben sind zu tief verschachtelt (mehr als \(hoechsteTiefe) Ebenen von Listen und Gruppen ineinander).",
                  "Angaben einfach halten: `schlüssel: wert`, Listen mit `- ` oder `[a, b]`, höchstens wenige Ebenen eingerückt.")
            return nil
        case let .zuGross(zeile, spalte):
            melde(zeile + versatz, spalte, "zu-gross",
                  "Die Angaben ergeben zu viele Einträge (mehr als \(Quelldatei.tausender(hoechsteKnoten))); meist kommt das von YAML-Verweisen (`*name`), die auf andere Verweise zeigen.",
                  "Die Angaben ausschreiben statt mit `&name` und `*name` zu verweisen.")
            return nil
        case let .doppelt(liste):
            for d in liste {
                melde(d.zeile + versatz, d.spalte, "doppelter-schluessel",
                      "Die Angabe `\(d.schluessel)` steht zweimal da (zuerst in Zeile \(d.ersteZeile + versatz)); es gilt aber nur eine.",
                      "Eine der beiden Zeilen löschen oder beide Werte in einer Angabe zusammenführen.")
            }
            return nil
        }

        do {
            // (the encoding given: its default reads the process environment on every call,
            // a tenth of reading a large folder, and may print to stdout)
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                // nothing but comments or blank lines: no entries, reported as missing by the readers
                return .mapping(Node.Mapping([]))
            }
            var budget = hoechsteKnoten
            if !begrenzt(node, tiefe: 0, budget: &budget) {
                melde(1 + versatz, 1, "zu-gross", "Die Angaben ergeben zu viele Einträge (mehr als \(Quelldatei.tausender(hoechsteKnoten))).",
                      "YAML-Verweise (`*name`) nicht verschachteln.")
                return nil
            }
            if yaml.contains(" #") { notizenImWert(node, yaml: yaml, datei: datei, versatz: versatz, diagnosen: diagnosen) }
            return node
        } catch let fehler as YamlError {
            let (zeile, spalte, text) = beschreibe(fehler, yaml: yaml)
            // A quote left open runs on into the next lines until some later quote closes it:
            // libyaml stumbles further down. The line where it was opened is the one to fix.
            if let offen = offenesAnfuehrungszeichen(yaml, vor: zeile) {
                melde(offen.zeile + versatz, offen.spalte, "yaml-syntax",
                      "Die Angaben sind nicht lesbar: das Anführungszeichen \(offen.zeichen) wird in dieser Zeile nicht geschlossen.",
                      "Den Text mit \(offen.zeichen) am Zeilenende schließen, z. B. `\(offen.besser)`")
                return nil
            }
            // `titel:Hilfe`, `-Fahrdienst`, `kosten = 5 €`: libyaml stumbles a line later, in English.
            if let t = ohneTrenner(yaml, bis: zeile) {
                melde(t.zeile + versatz, t.spalte, "yaml-syntax", "Die Angaben sind nicht lesbar: \(t.meldung)",
                      "\(t.tun): `\(t.besser)`")
                return nil
            }
            // Text after a closing quote: two values in one line, or quotes inside quotes.
            let zeilen = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            if zeilen.indices.contains(zeile - 1), let n = textNachZitat(zeilen[zeile - 1]) {
                let (meldung, vorschlag) = meldung(nachZitat: n)
                melde(zeile + versatz, n.spalte, "yaml-syntax", meldung, vorschlag)
                return nil
            }
            // A list in brackets left open: libyaml stumbles on the next key, a line late.
            if let (problem, zeile, beginn) = rohstelle(fehler),
               let offen = offeneKlammer(yaml, problem: problem, fehlerZeile: zeile, beginn: beginn) {
                let (meldung, vorschlag) = meldung(offen: offen, versatz: versatz)
                melde(offen.zeile + versatz, offen.spalte, "yaml-syntax", meldung, vorschlag)
                return nil
            }
            // A value broken onto a next line that is not indented (a web editor wraps a long
            // `kurzbeschreibung`): that line has no key, libyaml stumbles a line later.
            if let z = zeileOhneSchluessel(yaml, bis: zeile) {
                melde(z.zeile + versatz, 1, "yaml-syntax",
                      "Die Angaben sind nicht lesbar: diese Zeile hat keinen Namen mit Doppelpunkt. Gehört sie noch zum Text von `\(z.schluessel)` in der Zeile davor?",
                      "Dann die Zeile mit zwei Leerzeichen einrücken: `  \(z.text)` (oder den Text in einer Zeile hinter `\(z.schluessel):` schreiben).")
                return nil
            }
            var vorschlag = vorschlagFuer(text)
            var stelle = spalte
            // (the line itself in quotes, where the value is what needs them)
            if text.contains("Doppelpunkt") || text.contains("`*` oder `&`") || text.contains("Zeichen wie") || text.contains("`!`"),
               let z = datei.zeile(zeile + versatz), let besser = inAnfuehrungszeichen(z) {
                vorschlag = "Den Wert in Anführungszeichen setzen: `\(besser)`"
                // (libyaml stops at the end of `*kostenlos*`; the mark goes where the value begins)
                if !text.contains("Doppelpunkt"), let trenner = z.range(of: ": "),
                   let wert = z[trenner.upperBound...].firstIndex(where: { $0 != " " }) {
                    stelle = z.distance(from: z.startIndex, to: wert) + 1
                }
            }
            melde(zeile + versatz, stelle, "yaml-syntax", "Die Angaben sind nicht lesbar: \(text).", vorschlag)
            return nil
        } catch {
            melde(1 + versatz, 1, "yaml-syntax", "Die Angaben sind nicht lesbar.", nil)
            return nil
        }
    }

    /// `kosten: Spende erbeten #freiwillig, ab 5 €`: YAML reads everything from ` #` on as a note
    /// and drops it, without a word; the guide knows notes only as lines that begin with `#`.
    /// A warning for each value without quotes that a note follows on its line, with the line
    /// to write if the text is meant.
    static func notizenImWert(_ node: Node, yaml: String, datei: Quelldatei, versatz: Int, diagnosen: Diagnosen) {
        let zeilen = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func geh(_ n: Node) {
            switch n {
            case .mapping(let m): for (k, v) in m { geh(k); geh(v) }
            case .sequence(let s): for e in s { geh(e) }
            case .scalar(let sk):
                guard sk.style == .plain, let mark = n.mark, zeilen.indices.contains(mark.line - 1) else { return }
                let zeile = zeilen[mark.line - 1]
                let skalare = Array(zeile.unicodeScalars)
                let ab = mark.column - 1
                let wert = Array(sk.string.unicodeScalars)
                guard ab >= 0, ab + wert.count <= skalare.count, Array(skalare[ab..<(ab + wert.count)]) == wert else { return }
                let rest = String(String.UnicodeScalarView(skalare[(ab + wert.count)...]))
                let notiz = rest.getrimmt(zeilen: false)
                guard notiz.hasPrefix("#"), rest.hasPrefix(" ") || rest.hasPrefix("\t"), notiz.count > 1 else { return }
                let vorn = String(String.UnicodeScalarView(skalare[..<ab]))
                let besser = vorn + zitiert(sk.string + " " + notiz)
                diagnosen.melde(Diagnose(.warnung, datei: datei.pfad, zeile: mark.line + versatz, spalte: mark.column + wert.count + 1,
                                         code: "notiz-im-wert",
                                         meldung: "Alles ab `#` in dieser Zeile gilt als Notiz und wird nicht angezeigt: „\(notiz)“.",
                                         vorschlag: "Soll es angezeigt werden, den ganzen Text in Anführungszeichen setzen: `\(besser)`",
                                         quelltext: datei.zeile(mark.line + versatz)))
            case .alias: return
            }
        }
        geh(node)
    }

    // MARK: pre-check on libyaml events

    struct Doppelt: Equatable {
        let schluessel: String
        let zeile: Int, spalte: Int
        let ersteZeile: Int
    }

    enum Vorpruefung: Equatable {
        case gut
        case zuTief(Int, Int)
        case zuGross(Int, Int)
        case doppelt([Doppelt])
    }

    /// Reads the event stream once, without building anything. A syntax error ends the check
    /// as `.gut`: Yams then stops at the same place (no deeper than measured) and reports it.
    static func vorpruefe(_ yaml: String) -> Vorpruefung {
        struct Rahmen {
            let istMapping: Bool
            let anker: String?
            var knoten = 1
            var hoehe = 1
            var nochSchluessel = true
            var schluessel: [String: Int] = [:]
        }
        var bytes = Array(yaml.utf8)
        let laenge = bytes.count
        bytes.append(0) // never an empty buffer: libyaml asserts on a null input pointer

        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .gut }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        return bytes.withUnsafeBufferPointer { puffer -> Vorpruefung in
            yaml_parser_set_input_string(&parser, puffer.baseAddress, laenge)
            var stapel: [Rahmen] = []
            /// Expanded size and height of each anchor (a later anchor of the same name wins, as in Yams).
            var anker: [String: (knoten: Int, hoehe: Int)] = [:]
            var doppelt: [Doppelt] = []
            var ergebnis: Vorpruefung { doppelt.isEmpty ? .gut : .doppelt(doppelt) }

            func name(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                p.map { String(cString: UnsafePointer($0)) }
            }
            /// The next node of the innermost mapping is a key.
            var schluesselFolgt: Bool { stapel.last.map { $0.istMapping && $0.nochSchluessel } ?? false }
            /// A finished node of `knoten` (expanded) nodes and `hoehe` levels joins its parent.
            /// Returns false when the tree grows too large.
            func fertig(knoten: Int, hoehe: Int, schluessel: String?, zeile: Int, spalte: Int) -> Bool {
                guard var eltern = stapel.popLast() else { return knoten <= hoechsteKnoten }
                eltern.knoten += knoten
                eltern.hoehe = max(eltern.hoehe, hoehe + 1)
                if eltern.istMapping {
                    if eltern.nochSchluessel, let s = schluessel {
                        if let erste = eltern.schluessel[s] {
                            doppelt.append(Doppelt(schluessel: s, zeile: zeile, spalte: spalte, ersteZeile: erste))
                        } else {
                            eltern.schluessel[s] = zeile
                        }
                    }
                    eltern.nochSchluessel.toggle()
                }
                stapel.append(eltern)
                return eltern.knoten <= hoechsteKnoten
            }

            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own nesting limit (1000) can be hit while its scanner looks ahead
                    if let p = parser.problem, String(cString: p).contains("nesting level") {
                        return .zuTief(Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1)
                    }
                    return ergebnis
                }
                defer { yaml_event_delete(&event) }
                let zeile = Int(event.start_mark.line) + 1, spalte = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return ergebnis
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    var schluessel: String?
                    if schluesselFolgt, let p = s.value {
                        schluessel = String(decoding: UnsafeBufferPointer(start: p, count: Int(s.length)), as: UTF8.self)
                    }
                    if let a = name(s.anchor) { anker[a] = (1, 1) }
                    guard fertig(knoten: 1, hoehe: 1, schluessel: schluessel, zeile: zeile, spalte: spalte) else {
                        return .zuGross(zeile, spalte)
                    }
                case YAML_ALIAS_EVENT:
                    // an unknown anchor is Yams' error to report
                    let ziel = name(event.data.alias.anchor).flatMap { anker[$0] } ?? (1, 1)
                    // the copy Yams puts here is as deep as its anchor
                    if stapel.count + ziel.hoehe > hoechsteTiefe + 1 { return .zuTief(zeile, spalte) }
                    guard fertig(knoten: ziel.knoten, hoehe: ziel.hoehe, schluessel: nil, zeile: zeile, spalte: spalte) else {
                        return .zuGross(zeile, spalte)
                    }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let istMapping = event.type == YAML_MAPPING_START_EVENT
                    let a = istMapping ? name(event.data.mapping_start.anchor) : name(event.data.sequence_start.anchor)
                    stapel.append(Rahmen(istMapping: istMapping, anker: a))
                    if stapel.count > hoechsteTiefe { return .zuTief(zeile, spalte) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let r = stapel.popLast() else { return ergebnis }
                    if let a = r.anker { anker[a] = (r.knoten, r.hoehe) }
                    guard fertig(knoten: r.knoten, hoehe: r.hoehe, schluessel: nil, zeile: zeile, spalte: spalte) else {
                        return .zuGross(zeile, spalte)
                    }
                default:
                    break
                }
            }
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

    // MARK: messages

    /// YAML line (1-based), column, and a German description.
    static func beschreibe(_ f: YamlError, yaml: String) -> (Int, Int, String) {
        switch f {
        case let .scanner(kontext, problem, mark, _), let .parser(kontext, problem, mark, _), let .composer(kontext, problem, mark, _):
            // an unclosed quote or bracket is found only at the end: point at where it was opened
            if problem.contains("end of stream"), let k = kontext, k.mark.line >= 1 {
                return (k.mark.line, k.mark.column, uebersetze(problem, kontext: k.text))
            }
            return (max(1, mark.line), max(1, mark.column), uebersetze(problem, kontext: kontext?.text ?? ""))
        case let .duplicatedKeysInMapping(duplicates, context):
            return (max(1, context.mark.line), max(1, context.mark.column),
                    "die Angabe „\(duplicates.joined(separator: ", "))“ steht zweimal da")
        case let .reader(problem, offset, _, _):
            // `offset` counts bytes before the problem
            let vorher = yaml.utf8.prefix(max(0, offset ?? 0))
            let zeile = vorher.lazy.filter { $0 == 0x0A }.count + 1
            return (zeile, 1, uebersetze(problem, kontext: ""))
        default:
            return (1, 1, "unbekannter Fehler")
        }
    }

    /// libyaml's problem, its line and the line of its context (where it began reading what failed).
    static func rohstelle(_ f: YamlError) -> (problem: String, zeile: Int, kontextZeile: Int)? {
        switch f {
        case let .scanner(k?, problem, mark, _), let .parser(k?, problem, mark, _), let .composer(k?, problem, mark, _):
            return (problem, mark.line, k.mark.line)
        default:
            return nil
        }
    }

    static func uebersetze(_ problem: String, kontext: String) -> String {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "ein Doppelpunkt steht an einer Stelle, an der er nicht stehen darf (Text mit `: ` bitte in Anführungszeichen setzen)"
        case let p where p.contains("could not find expected ':'"):
            return "eine Zeile hat nicht die Form `schlüssel: wert`"
        case let p where p.contains("did not find expected key"):
            return "die Einrückung passt nicht zu den Zeilen davor"
        case let p where p.contains("found character that cannot start any token"):
            return "ein Zeichen wie `@` oder `%` darf so nicht am Anfang eines Werts stehen"
        case let p where p.contains("did not find expected '-' indicator"):
            return "in einer Liste fehlt vor einem Eintrag der Strich `- ` oder die Einrückung passt nicht"
        case let p where p.contains("did not find expected ',' or ']'"):
            return "in der Liste in eckigen Klammern fehlt ein Komma oder die schließende Klammer `]`"
        case let p where p.contains("did not find expected ',' or '}'"):
            return "in der Gruppe in geschweiften Klammern fehlt ein Komma oder die schließende Klammer `}`"
        case let p where p.contains("end of stream") && kontext.contains("quoted"):
            return "ein Anführungszeichen wird nicht geschlossen"
        case let p where p.contains("end of stream"):
            return "ein Anführungszeichen oder eine Klammer wird nicht geschlossen"
        case let p where p.contains("undefined alias"):
            return "ein Verweis `*name` zeigt auf nichts"
        case let p where p.contains("found another document"):
            return "die Datei enthält eine zweite Zeile `---` und damit mehrere Abschnitte; erlaubt ist nur einer"
        case let p where p.contains("did not find expected alphabetic or numeric character"):
            return "ein Wert, der mit `*` oder `&` beginnt (wie `*kostenlos*`), muss in Anführungszeichen stehen"
        case let p where p.contains("found unknown escape character"):
            return "in Text mit doppelten Anführungszeichen steht ein `\\`, der kein gültiges Steuerzeichen einleitet"
        case let p where p.contains("found a tab character"):
            return "ein Tabulator steht an einer Stelle, an der nur Leerzeichen erlaubt sind"
        case let p where p.contains("block sequence entries are not allowed"):
            return "ein Listeneintrag `- ` steht an einer Stelle, an der er nicht stehen darf"
        case let p where p.contains("found undefined tag handle"), let p where p.contains("did not find expected tag URI"):
            return "ein `!` am Anfang eines Werts wird als YAML-Typangabe gelesen"
        case let p where p.contains("control characters are not allowed"), let p where p.contains("invalid"):
            return "die Angaben enthalten ein Zeichen, das in YAML nicht erlaubt ist"
        case let p where p.contains("nesting level"):
            return "die Angaben sind zu tief verschachtelt"
        case let p where p.contains("duplicate"):
            return "ein Schlüssel steht zweimal da"
        default:
            return "„\(problem)“"
        }
    }

    /// The first line up to `fehlerZeile` (1-based) that has no colon, is neither a list entry nor
    /// a comment, and is not indented more than the key line before it, which has a value:
    /// the rest of that value, broken onto a line of its own.
    static func zeileOhneSchluessel(_ yaml: String, bis fehlerZeile: Int) -> (zeile: Int, schluessel: String, text: String)? {
        var vorige: (einzug: Int, schluessel: String)? = nil
        for (i, roh) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 <= fehlerZeile {
            let zeile = roh.hasSuffix("\r") ? roh.dropLast() : roh
            let text = zeile.drop { $0 == " " }
            let einzug = zeile.count - text.count
            if text.isEmpty || text.hasPrefix("#") { continue }
            if let trenner = text.range(of: ": ") ?? (text.hasSuffix(":") ? text.index(before: text.endIndex)..<text.endIndex : nil) {
                let wert = text[trenner.upperBound...].drop { $0 == " " }
                let schluessel = String(text[..<trenner.lowerBound])
                vorige = wert.isEmpty || wert.hasPrefix("|") || wert.hasPrefix(">") || schluessel.hasPrefix("-") ? nil : (einzug, schluessel)
                continue
            }
            if let v = vorige, einzug <= v.einzug, !text.hasPrefix("-"), !text.contains(":") {
                return (i + 1, v.schluessel, String(text))
            }
            vorige = nil
        }
        return nil
    }

    /// The first line before `fehlerZeile` (1-based) whose value opens a quote (`titel: "Text`)
    /// and does not close it on that line: where it was opened (column of the quote), the quote,
    /// and the line with the quote closed.
    static func offenesAnfuehrungszeichen(_ yaml: String, vor fehlerZeile: Int) -> (zeile: Int, spalte: Int, zeichen: String, besser: String)? {
        for (i, zeile) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 < fehlerZeile {
            let text = zeile.hasSuffix("\r") ? zeile.dropLast() : zeile
            let ohneEinzug = text.drop { $0 == " " }
            guard !ohneEinzug.hasPrefix("#"), let trenner = ohneEinzug.range(of: ": ") else { continue }
            let wert = ohneEinzug[trenner.upperBound...].drop { $0 == " " }
            guard let q = wert.first, q == "\"" || q == "'" else { continue }
            // is the quote closed on this line? (`\"` inside "…", `''` inside '…' do not close it)
            if zitat(wert) != nil { continue }
            let spalte = text.distance(from: text.startIndex, to: wert.startIndex) + 1
            let besser = String(text).getrimmt(zeilen: false) + String(q)
            return (i + 1, spalte, "\(q)", besser)
        }
        return nil
    }

    /// `kosten: Hinweis: frei` → `kosten: "Hinweis: frei"` (nil when the line is not `schlüssel: wert`).
    static func inAnfuehrungszeichen(_ zeile: String) -> String? {
        let einzug = zeile.prefix { $0 == " " }
        let rest = zeile.dropFirst(einzug.count)
        guard let trenner = rest.range(of: ": ") else { return nil }
        let schluessel = rest[..<trenner.lowerBound]
        let wert = rest[trenner.upperBound...].getrimmt(zeilen: false)
        guard !schluessel.isEmpty, !schluessel.contains(where: { "\"'[]{}#&*!|>%@`".contains($0) }),
              !wert.isEmpty, !wert.hasPrefix("\""), !wert.hasPrefix("'") else { return nil }
        let zitiert = wert.contains("\"") ? "'" + wert.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + wert + "\""
        return "\(einzug)\(schluessel): \(zitiert)"
    }

    private static func vorschlagFuer(_ text: String) -> String? {
        if text.contains("`schlüssel: wert`") { return "Jede Angabe in eine eigene Zeile: Name, Doppelpunkt, Leerzeichen, Wert, z. B. `titel: Nachbarschaftshilfe`." }
        if text.contains("Doppelpunkt") { return "Den Wert in Anführungszeichen setzen, z. B. `kosten: \"Hinweis: kostenlos\"`." }
        if text.contains("Einrückung") { return "Alle Schlüssel einer Ebene gleich weit einrücken, mit Leerzeichen." }
        if text.contains("Anführungszeichen wird nicht") { return "Jedes Anführungszeichen braucht ein schließendes derselben Art in derselben Angabe: `\"…\"` oder `'…'`." }
        if text.contains("Klammer") { return "Jede `[` braucht ein schließendes `]`, jede `{` ein `}`; die Einträge dazwischen mit Komma trennen." }
        if text.contains("zweimal") { return "Den doppelten Schlüssel löschen oder die Werte zusammenführen." }
        if text.contains("`*` oder `&`") || text.contains("`!`") || text.contains("`\\`") || text.contains("Zeichen wie") {
            return "Den ganzen Wert in Anführungszeichen setzen, z. B. `kosten: \"* nach Vereinbarung\"`."
        }
        if text.contains("`---`") { return "Die zweite Zeile `---` löschen oder die Abschnitte zusammenführen." }
        return nil
    }
}
