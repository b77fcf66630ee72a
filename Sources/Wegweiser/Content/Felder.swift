import Yams

/// Reads typed values out of one YAML mapping, reporting every problem with its file line.
/// Keys written with umlauts or capitals (`Öffnungszeiten`) are read as their ASCII form.
final class Felder {
    let datei: Quelldatei
    let versatz: Int
    let diagnosen: Diagnosen
    /// Position of the mapping itself (file line), for "key missing" messages.
    let zeile: Int
    let spalte: Int
    /// Where a missing line goes, for "key missing" messages ("Im Kopf der Datei (zwischen den
    /// beiden `---`)", "Unter `adresse:`"); nil in a file of YAML alone.
    var wohin: String?
    /// Its keys stand indented under another key.
    var eingerueckt = false
    private(set) var werte: [String: (schluessel: Node, wert: Node)] = [:]
    private var reihenfolge: [String] = []
    /// Unknown keys whose nearest known key is missing (`titl:` without `titel:`): the known key,
    /// the unknown one as written and the warning reported about it.
    private var vertipper: [String: (roh: String, warnung: Diagnose)] = [:]

    init(_ mapping: Node.Mapping, datei: Quelldatei, versatz: Int, diagnosen: Diagnosen, zeile: Int? = nil) {
        self.datei = datei
        self.versatz = versatz
        self.diagnosen = diagnosen
        self.zeile = zeile ?? ((mapping.mark?.line ?? 1) + versatz)
        self.spalte = mapping.mark?.column ?? 1
        for (k, v) in mapping {
            guard let roh = k.scalar?.string else {
                melde(an: k, "falscher-schluessel",
                      "Vor dem Doppelpunkt steht \(Felder.art(k)) statt eines Namens wie `titel`; diese Angabe wird nicht verwendet.",
                      vorschlag: "Jede Angabe beginnt mit einem einfachen Namen: `titel: …`.")
                continue
            }
            let name = Felder.normalisiere(roh)
            if let frueher = werte[name]?.schluessel {
                // `öffnungszeiten` and `oeffnungszeiten` (or `Titel` and `titel`) are the same key
                let z = frueher.mark.map { $0.line + versatz }
                melde(an: k, "doppelter-schluessel",
                      "Die Angabe `\(roh)` steht zweimal da" + (z.map { " (zuerst in Zeile \($0)" } ?? " (")
                      + ((frueher.scalar?.string).map { $0 == roh ? ")" : " als `\($0)`)" } ?? ")")
                      + "; es gilt aber nur eine.",
                      vorschlag: "Eine der beiden Zeilen löschen oder beide Werte in einer Angabe zusammenführen.")
            } else {
                reihenfolge.append(name)
            }
            werte[name] = (k, v)
        }
    }

    /// Reports once: the same mapping may be read more than once.
    private func melde(an node: Node, _ code: String, _ meldung: String, vorschlag: String?) {
        let (z, s) = node.mark.map { ($0.line + versatz, $0.column) } ?? (zeile, spalte)
        let d = Diagnose(.fehler, datei: datei.pfad, zeile: z, spalte: s, code: code,
                         meldung: meldung, vorschlag: vorschlag, quelltext: datei.zeile(z))
        if !diagnosen.alle.contains(d) { diagnosen.melde(d) }
    }

    /// `Öffnungszeiten` → `oeffnungszeiten`.
    static func normalisiere(_ schluessel: String) -> String {
        // (most keys are written as meant: nothing to do, and no character compared)
        if !schluessel.isEmpty, schluessel.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }) {
            return schluessel
        }
        var s = ""
        for c in schluessel.getrimmt(zeilen: false).lowercased() {
            switch c {
            case "ä": s += "ae"
            case "ö": s += "oe"
            case "ü": s += "ue"
            case "ß": s += "ss"
            case " ": s += "_"
            default: s.append(c)
            }
        }
        return s
    }

    var schluessel: [String] { reihenfolge }
    func hat(_ key: String) -> Bool {
        guard let v = werte[key]?.wert else { return false }
        if case .scalar(let s) = v, s.string.isEmpty || s.string == "~" || s.string == "null" { return s.style != .plain }
        return true
    }

    func position(_ key: String) -> (Int, Int) {
        guard let m = werte[key]?.schluessel.mark else { return (zeile, spalte) }
        return (m.line + versatz, m.column)
    }
    func wertPosition(_ key: String) -> (Int, Int) {
        guard let m = werte[key]?.wert.mark else { return position(key) }
        return (m.line + versatz, m.column)
    }
    func position(of node: Node) -> (Int, Int) {
        guard let m = node.mark else { return (zeile, spalte) }
        return (m.line + versatz, m.column)
    }

    // MARK: reporting

    func fehler(_ key: String?, _ code: String, _ meldung: String, vorschlag: String? = nil, amWert: Bool = true,
                schwere: Diagnose.Schwere = .fehler) {
        let (z, s) = key.map { amWert ? wertPosition($0) : position($0) } ?? (zeile, spalte)
        diagnosen.melde(Diagnose(schwere, datei: datei.pfad, zeile: z, spalte: s, code: code,
                                 meldung: meldung, vorschlag: vorschlag, quelltext: datei.zeile(z)))
    }
    func fehler(an node: Node, _ code: String, _ meldung: String, vorschlag: String? = nil, schwere: Diagnose.Schwere = .fehler) {
        let (z, s) = position(of: node)
        diagnosen.melde(Diagnose(schwere, datei: datei.pfad, zeile: z, spalte: s, code: code,
                                 meldung: meldung, vorschlag: vorschlag, quelltext: datei.zeile(z)))
    }

    private func fehlt(_ key: String, _ beispiel: String?) {
        if fehltVerschrieben(key, sonst: "Die Pflichtangabe `\(key)` fehlt sonst.") { return }
        diagnosen.melde(Diagnose(.fehler, datei: datei.pfad, zeile: zeile, spalte: 0, code: "pflichtfeld-fehlt",
            meldung: "Die Pflichtangabe `\(key)` fehlt.",
            vorschlag: Self.ergaenzen(key, beispiel, wohin: wohin, eingerueckt: eingerueckt)))
    }

    /// "Im Kopf der Datei (…) eine Zeile ergänzen, z. B. `titel: …`"; an example that begins
    /// with a line break is a group of indented lines, written below its key.
    static func ergaenzen(_ key: String, _ beispiel: String?, wohin: String?, eingerueckt: Bool) -> String {
        let block = beispiel?.hasPrefix("\n") == true
        let was = block ? "diese Zeilen" : (eingerueckt ? "eine eingerückte Zeile" : "eine Zeile")
        let anfang = wohin.map { "\($0) \(was)" } ?? (was.prefix(1).uppercased() + was.dropFirst())
        guard let beispiel else { return "\(anfang) `\(key): …` ergänzen." }
        if block { return "\(anfang) ergänzen, z. B.\n\(key):\(beispiel)" }
        return "\(anfang) ergänzen, z. B. `\(key): \(beispiel)`"
    }

    /// Warns about every key not in `bekannt`, suggesting the nearest known one.
    func pruefeUnbekannte(_ bekannt: [String]) {
        for key in reihenfolge where !bekannt.contains(key) {
            let vorschlag = Vorschlag.naechster(zu: key, aus: bekannt)
            let roh = werte[key]?.schluessel.scalar?.string ?? key
            fehler(key, "unbekannter-schluessel",
                   "Die Angabe `\(roh)` ist unbekannt und wird nicht verwendet."
                   + (vorschlag.map { " Meinten Sie `\($0)`?" } ?? ""),
                   vorschlag: vorschlag.map { "`\($0):` schreiben." } ?? "Erlaubt sind: \(bekannt.joined(separator: ", ")).",
                   amWert: false, schwere: .warnung)
            if let v = vorschlag, werte[v] == nil, vertipper[v] == nil, Vorschlag.istVertipper(key, von: v), let warnung = diagnosen.alle.last {
                vertipper[v] = (roh, warnung)
            }
        }
    }

    /// When `key` is missing because it was misspelt (`titl:`), the warning about the misspelt
    /// key becomes an error at its line that says both (`sonst`: what is missing without it).
    /// Returns whether it did.
    func fehltVerschrieben(_ key: String, sonst: String) -> Bool {
        guard let (roh, warnung) = vertipper[key] else { return false }
        let zeile = warnung.quelltext.flatMap { q in q.range(of: roh).map { q.replacingCharacters(in: $0, with: key) } }
        var neu = warnung
        neu.schwere = .fehler
        neu.code = "pflichtfeld-fehlt"
        neu.meldung = "Die Angabe `\(roh)` ist unbekannt – meinten Sie `\(key)`? \(sonst)"
        // (the whole corrected line, unless it is just the key: `herausgeber:` above indented lines)
        let ganz = zeile.map { $0.getrimmt() }.flatMap { $0 == "\(key):" ? nil : $0 }
        neu.vorschlag = "`\(key):` schreiben" + (ganz.map { ": `\($0)`" } ?? ".")
        diagnosen.ersetze(warnung, durch: neu)
        vertipper[key] = nil
        return true
    }

    // MARK: typed access

    static func art(_ n: Node) -> String {
        switch n {
        case .scalar: "ein einzelner Wert"
        case .mapping: "eine Gruppe von Angaben (mit `schlüssel: wert`)"
        case .sequence: "eine Liste (mit `- `)"
        case .alias: "ein Verweis"
        }
    }

    static func skalar(_ n: Node) -> String? {
        guard case .scalar(let s) = n else { return nil }
        if s.style == .plain, s.string == "~" || s.string == "null" || s.string.isEmpty { return nil }
        return s.string.getrimmt()
    }

    /// A single line of text.
    func text(_ key: String, pflicht: Bool = false, beispiel: String? = nil) -> String? {
        guard let (_, n) = werte[key] else { if pflicht { fehlt(key, beispiel) }; return nil }
        guard case .scalar = n else {
            fehler(key, "falscher-typ", "Bei `\(key)` wird ein Text erwartet, hier steht aber \(Felder.art(n)).",
                   vorschlag: beispiel.map { "z. B. `\(key): \($0)`" })
            return nil
        }
        guard let s = Felder.skalar(n), !s.isEmpty else {
            if pflicht {
                fehler(key, "leerer-wert", "Die Pflichtangabe `\(key)` ist leer.", vorschlag: beispiel.map { "z. B. `\(key): \($0)`" }, amWert: false)
            }
            return nil
        }
        return s
    }

    /// A list of texts; a single text is accepted as a list of one.
    func textListe(_ key: String, pflicht: Bool = false, beispiel: String? = nil) -> [String] {
        guard let (_, n) = werte[key] else { if pflicht { fehlt(key, beispiel) }; return [] }
        switch n {
        case .scalar:
            guard let s = Felder.skalar(n), !s.isEmpty else {
                if pflicht { fehler(key, "leerer-wert", "Die Pflichtangabe `\(key)` ist leer.", vorschlag: beispiel.map { "z. B. `\(key): \($0)`" }, amWert: false) }
                return []
            }
            if strichOhneLeerzeichen(key, n, s) { return [] }
            return Felder.kennungsliste(key) ? Felder.teile(s) : [s]
        case .sequence(let seq):
            var out: [String] = []
            for e in seq {
                if let s = Felder.skalar(e), !s.isEmpty { out += Felder.kennungsliste(key) ? Felder.teile(s) : [s] }
                else if case .scalar = e {} else {
                    fehler(an: e, "falscher-typ", "In der Liste `\(key)` wird je Eintrag ein Text erwartet, hier steht \(Felder.art(e)).")
                }
            }
            if out.isEmpty, pflicht { fehler(key, "leerer-wert", "Die Liste `\(key)` ist leer.", vorschlag: beispiel.map { "z. B. `\(key): \($0)`" }) }
            return out
        default:
            fehler(key, "falscher-typ", "Bei `\(key)` wird ein Text oder eine Liste erwartet, hier steht \(Felder.art(n)).",
                   vorschlag: beispiel.map { "z. B. `\(key): \($0)`" })
            return []
        }
    }

    /// Each list entry as its own text with its node (for per-entry positions).
    func eintraege(_ key: String) -> [(String, Node)] {
        guard let (_, n) = werte[key] else { return [] }
        switch n {
        case .scalar:
            guard let s = Felder.skalar(n) else { return [] }
            if strichOhneLeerzeichen(key, n, s) { return [] }
            return Felder.kennungsliste(key) ? Felder.teile(s).map { ($0, n) } : [(s, n)]
        case .sequence(let seq):
            return seq.flatMap { e in
                Felder.skalar(e).map { s in Felder.kennungsliste(key) ? Felder.teile(s).map { ($0, e) } : [(s, e)] } ?? []
            }
        default: return []
        }
    }

    /// A list written with `-` but no space after it (`  -nachbarschaftshilfe` on lines of their
    /// own) is one text to YAML, `-nachbarschaftshilfe -fahrdienste`: reported as the missing
    /// space (once per key), not as an unknown value.
    private var strichGemeldet: Set<String> = []
    func strichOhneLeerzeichen(_ key: String, _ n: Node, _ s: String) -> Bool {
        guard n.scalar?.style == .plain else { return false }
        let woerter = s.split(separator: " ")
        guard !woerter.isEmpty, woerter.allSatisfy({ $0.count > 1 && $0.hasPrefix("-") && !$0.dropFirst().hasPrefix("-")
                                                     && !($0.dropFirst().first?.isNumber ?? false) }) else { return false }
        if strichGemeldet.insert(key).inserted {
            fehler(key, "liste-ohne-leerzeichen",
                   "In der Liste `\(key)` fehlt nach dem `-` das Leerzeichen; so ist „\(s)“ ein einziger Text statt \(woerter.count == 1 ? "eines Eintrags" : "\(woerter.count) Einträgen").",
                   vorschlag: "Jeden Eintrag so schreiben (zwei Leerzeichen, `-`, ein Leerzeichen): `  - \(woerter[0].dropFirst())`")
        }
        return true
    }

    /// Lists of ids and postcodes may also be written as one line: `kategorien: pflege, beratung`;
    /// so may lists of words (`stichworte: Boßeln, Klönschnack` is two, as `[Boßeln, Klönschnack]`).
    static func kennungsliste(_ key: String) -> Bool {
        ["kategorien", "einzugsgebiet", "plz", "grundversorgung", "pflichtfelder", "stichworte", "zielgruppen"].contains(key)
            || DateiLeser.entfaelltSchluessel.contains(key)
    }

    /// Keys whose value may be a list (`telefon`, `kategorien`, …): what a message about two values
    /// in one line suggests.
    static func erlaubtListe(_ key: String) -> Bool {
        kennungsliste(key) || ["telefon", "sms", "fax", "suchbegriffe"].contains(key)
    }

    /// At commas, and at semicolons as people also separate a list (`[pflege; beratung]`).
    static func teile(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.getrimmt(zeilen: false) }.filter { !$0.isEmpty }
    }

    /// A nested mapping (`adresse:`).
    func gruppe(_ key: String, pflicht: Bool = false, beispiel: String? = nil) -> Felder? {
        guard let (_, n) = werte[key] else { if pflicht { fehlt(key, beispiel) }; return nil }
        guard case .mapping(let m) = n else {
            if Felder.skalar(n) == nil, case .scalar = n {
                if pflicht { fehlt(key, beispiel) }
                return nil
            }
            fehler(key, "falscher-typ", "Bei `\(key)` werden eingerückte Angaben erwartet (z. B. `strasse:`, `plz:`, `ort:` in eigenen Zeilen), hier steht \(Felder.art(n)).",
                   vorschlag: beispiel.map { $0.hasPrefix("\n") ? "So schreiben, z. B.\n\(key):\($0)" : $0 })
            return nil
        }
        let f = Felder(m, datei: datei, versatz: versatz, diagnosen: diagnosen, zeile: position(key).0)
        f.wohin = "Unter `\(werte[key]?.schluessel.scalar?.string ?? key):`"
        f.eingerueckt = true
        return f
    }

    /// A list of nested mappings (`ansprechpartner:`).
    func gruppen(_ key: String) -> [Felder] {
        guard let (_, n) = werte[key] else { return [] }
        guard case .sequence(let seq) = n else {
            if Felder.skalar(n) == nil, case .scalar = n { return [] }
            fehler(key, "falscher-typ", "Bei `\(key)` wird eine Liste erwartet (jeder Eintrag beginnt mit `- `), hier steht \(Felder.art(n)).")
            return []
        }
        var out: [Felder] = []
        for e in seq {
            if case .mapping(let m) = e { out.append(Felder(m, datei: datei, versatz: versatz, diagnosen: diagnosen)) }
            else { fehler(an: e, "falscher-typ", "Jeder Eintrag von `\(key)` braucht eigene Angaben wie `name:`, hier steht \(Felder.art(e)).") }
        }
        return out
    }

    /// `beispiel`: the date a suggestion names when the text gives none (for `geprueft`: today).
    func datum(_ key: String, pflicht: Bool = false, beispiel: String = "2026-03-15") -> Datum? {
        guard let s = text(key, pflicht: pflicht, beispiel: beispiel) else { return nil }
        guard let d = Datum(s) else {
            // a day the month does not have (`2026-11-31`): said so, no date suggested
            let teile = s.split(separator: "-")
            if teile.count == 3, teile[0].count == 4, let j = Int(teile[0]), let m = Int(teile[1]), let tg = Int(teile[2]),
               (1...12).contains(m), tg > Datum.tageImMonat(j, m), tg <= 31 {
                fehler(key, "ungueltiges-datum", "„\(s)“ gibt es nicht: Der \(Datum.monatsnamen[m - 1]) \(j) hat nur \(Datum.tageImMonat(j, m)) Tage.",
                       vorschlag: "Den Tag prüfen und als Jahr-Monat-Tag schreiben, z. B. `\(key): \(teile[0])-\(teile[1])-\(Datum.tageImMonat(j, m))`")
                return nil
            }
            fehler(key, "ungueltiges-datum", "„\(s)“ ist kein gültiges Datum.",
                   vorschlag: "Datum als Jahr-Monat-Tag schreiben: `\(key): \(Datum.vorschlag(fuer: s) ?? beispiel)`")
            return nil
        }
        return d
    }

    /// `tag`: the date a time alone (`ende: 17:00`) belongs to, the day of `beginn`.
    func zeitpunkt(_ key: String, pflicht: Bool = false, tag: Datum? = nil) -> Zeitpunkt? {
        guard let s = text(key, pflicht: pflicht, beispiel: "\"2026-03-15 14:00\"") else { return nil }
        guard let z = Zeitpunkt(s) else {
            let gelesen = Zeitpunkt.vorschlag(fuer: s)
                ?? tag.flatMap { t in Zeitpunkt.uhrzeit(s.split(whereSeparator: { $0 == " " || $0 == "." })).map { (t, $0) } }
            var meldung = "„\(s)“ ist kein gültiger Zeitpunkt."
            var vorschlag = "Datum und Uhrzeit so schreiben: `\(key): \"2026-03-15 14:00\"`"
            if let (d, uhr) = gelesen {
                // (a made-up time is said to be one)
                if uhr == nil { meldung = "Bei „\(s)“ fehlt die Uhrzeit." }
                vorschlag = "Datum und Uhrzeit so schreiben: `\(key): \"\(d) \(uhr ?? "14:00")\"`"
                    + (uhr == nil ? " (mit der richtigen Uhrzeit)" : "")
            } else if tag == nil, !s.contains("-"), let (tg, m, rest) = Datum.ohneJahr(s) {
                // (`Mittwoch, 9.12.` is a day, not 09:12; the year is said to be made up)
                let uhr = Zeitpunkt.uhrzeit(rest.flatMap { $0.split(separator: ".") })
                meldung = uhr == nil ? "Bei „\(s)“ fehlen das Jahr und die Uhrzeit." : "Bei „\(s)“ fehlt das Jahr."
                let datum = "2026-\(m < 10 ? "0" : "")\(m)-\(tg < 10 ? "0" : "")\(tg)"
                vorschlag = "Datum und Uhrzeit so schreiben: `\(key): \"\(datum) \(uhr ?? "14:00")\"`"
                    + (uhr == nil ? " (mit dem richtigen Jahr und der richtigen Uhrzeit)" : " (mit dem richtigen Jahr)")
            } else if tag == nil, !s.contains("-"), let uhr = Zeitpunkt.uhrzeit(s.split(whereSeparator: { $0 == " " || $0 == "." })) {
                meldung = "Bei „\(s)“ fehlt das Datum."
                vorschlag = "Datum und Uhrzeit so schreiben: `\(key): \"2026-03-15 \(uhr)\"` (mit dem richtigen Datum)"
            }
            fehler(key, "ungueltige-zeit", meldung, vorschlag: vorschlag)
            return nil
        }
        return z
    }

    /// A title longer than `titelGrenze` characters fills lines of lists, search results and the
    /// browser's tab: a warning, with its first part (before ` – `, `:` or `,`) as the shorter title.
    static let titelGrenze = 100

    func pruefeTitellaenge(_ titel: String?) {
        guard let titel, titel.count > Self.titelGrenze else { return }
        let teil = [" – ", " - ", ": ", ", ", " ("].compactMap { titel.range(of: $0).map { String(titel[..<$0.lowerBound]) } }
            .filter { $0.count >= 8 }.min { $0.count < $1.count }
        fehler("titel", "titel-zu-lang", "Der Titel hat \(titel.count) Zeichen; gut lesbar sind Titel bis etwa 80 Zeichen (in Listen, in der Suche und im Browser).",
               vorschlag: "Den Titel kürzen" + (teil.map { ", z. B. `titel: \"\($0)\"`," } ?? "") + " und das Weitere in `kurzbeschreibung` oder den Text schreiben.",
               schwere: .warnung)
    }

    /// `ja`/`nein` (also `true`/`false`, `yes`/`no`).
    func janein(_ key: String) -> Bool? {
        guard let s = text(key) else { return nil }
        switch s.lowercased() {
        case "ja", "true", "yes", "wahr", "on": return true
        case "nein", "false", "no", "falsch", "off": return false
        default:
            fehler(key, "ja-nein", "Bei `\(key)` bitte `ja` oder `nein` schreiben, nicht „\(s)“.", vorschlag: "`\(key): ja`")
            return nil
        }
    }
}
