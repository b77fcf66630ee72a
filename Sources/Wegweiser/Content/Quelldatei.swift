import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A content file as text: decoded, with its lines kept for diagnostics.
struct Quelldatei: Sendable {
    /// Path relative to the content folder, `/`-separated.
    let pfad: String
    let text: String
    let zeilen: [Substring]

    /// Files larger than this are refused before they are read whole.
    static let hoechstgroesse = 1_000_000
    /// Lines longer than this (in characters) are refused: no person writes them, and every
    /// diagnostic that quotes such a line would copy it.
    static let hoechsteZeilenlaenge = 20_000
    /// `zeile(_:)` (the source line shown in a diagnostic) is cut to this many characters.
    static let hoechsteAnzeigelaenge = 500
    /// At most this many invisible control characters are reported one by one per file.
    static let hoechsteSteuerzeichenMeldungen = 5

    init(pfad: String, text: String) {
        self.pfad = pfad
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        if t.utf8.contains(0x0D) {
            t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        self.text = t
        self.zeilen = t.zeilen
    }

    // MARK: reading

    /// Reads a file, reporting (not throwing) every way this can fail. Never blocks on a
    /// FIFO or device, never reads more than `hoechstgroesse + 1` bytes.
    static func lies(url: URL, pfad: String, diagnosen: Diagnosen) -> Quelldatei? {
        func fehler(_ code: String, _ meldung: String, _ vorschlag: String?, zeile: Int = 0, spalte: Int = 0, quelltext: String? = nil) {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, zeile: zeile, spalte: spalte, code: code,
                                     meldung: meldung, vorschlag: vorschlag, quelltext: quelltext))
        }
        let data: [UInt8]
        switch leseBytes(url.path, grenze: hoechstgroesse) {
        case .ok(let d): data = d
        case .zuGross(let groesse):
            fehler("datei-zu-gross",
                   "Die Datei ist \(megabyte(groesse)) groß; erlaubt ist höchstens 1 MB. Wurde vielleicht ein Bild, eine PDF-Datei oder ein anderes Dokument hier abgelegt?",
                   "Lange Texte kürzen oder auf mehrere Seiten verteilen; Bilder und PDF-Dateien gehören nicht in den Inhaltsordner.")
            return nil
        case .ordner:
            fehler("ordner-statt-datei", "Hier steht ein Ordner, wo eine Datei erwartet wird.",
                   "Den Ordner umbenennen (ohne `.md` oder `.yaml` am Ende) oder löschen.")
            return nil
        case .keineDatei:
            fehler("keine-datei", "Das ist keine gewöhnliche Datei (sondern z. B. eine Gerätedatei oder eine Pipe) und wird nicht gelesen.",
                   "Den Eintrag aus dem Inhaltsordner entfernen.")
            return nil
        case .verknuepfung:
            fehler("link-nach-aussen", "Diese Datei ist eine Verknüpfung (symbolischer Link); ihr wird nicht gefolgt.",
                   "Die Datei selbst in den Inhaltsordner kopieren statt sie zu verknüpfen.")
            return nil
        case .keineBerechtigung:
            fehler("nicht-lesbar", "Die Datei darf nicht gelesen werden (fehlende Leseberechtigung).",
                   "Die Berechtigungen der Datei ändern, sodass sie gelesen werden darf (z. B. `chmod a+r \(pfad)`), oder die Datei neu speichern.")
            return nil
        case .fehlt:
            fehler("nicht-lesbar", "Die Datei ist verschwunden, während sie gelesen werden sollte.",
                   "Die Prüfung noch einmal starten.")
            return nil
        case .anderer(let nummer):
            fehler("nicht-lesbar", "Die Datei kann nicht gelesen werden (Systemfehler \(nummer)).",
                   "Prüfen, ob die Datei in einem Editor geöffnet werden kann, und sie gegebenenfalls neu speichern.")
            return nil
        }
        return aus(bytes: data, pfad: pfad, diagnosen: diagnosen)
    }

    /// Decodes the bytes of a file: refuses empty files, binary files, other encodings and
    /// overlong lines; reports control characters and replaces them with spaces.
    static func aus(bytes data: [UInt8], pfad: String, diagnosen: Diagnosen) -> Quelldatei? {
        func fehler(_ code: String, _ meldung: String, _ vorschlag: String?, zeile: Int = 0, spalte: Int = 0, quelltext: String? = nil) {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, zeile: zeile, spalte: spalte, code: code,
                                     meldung: meldung, vorschlag: vorschlag, quelltext: quelltext))
        }
        if data.count > hoechstgroesse {
            fehler("datei-zu-gross", "Die Datei ist \(megabyte(data.count)) groß; erlaubt ist höchstens 1 MB.",
                   "Lange Texte kürzen oder auf mehrere Seiten verteilen.")
            return nil
        }

        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) || data == [0xEF, 0xBB, 0xBF] {
            fehler("leere-datei", "Die Datei ist leer.",
                   pfad.hasSuffix(".md")
                       ? "Die Datei löschen oder mit `wegweiser new` eine Vorlage anlegen. Eine Seite beginnt so:\n---\ntitel: …\n---"
                       : "Die Datei löschen oder die Angaben eintragen, z. B. `titel: …`.")
            return nil
        }
        if let art = binaerart(data) {
            fehler("binaerdatei", "Das ist keine Textdatei, sondern \(art).",
                   "Nur Markdown-Dateien (.md) und YAML-Dateien (.yaml) als reinen Text im Format UTF-8 ablegen; die Datei aus dem Inhaltsordner entfernen.")
            return nil
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) || istUTF16OhneBOM(data) {
            fehler("kein-utf8", "Die Datei ist im Zeichensatz UTF-16 („Unicode“) gespeichert; erwartet wird UTF-8.",
                   "Im Editor „Speichern unter“ wählen und als Kodierung „UTF-8“ einstellen.")
            return nil
        }
        guard let roh = String(validating: data, as: UTF8.self) else {
            let (zeile, spalte, text) = ersteUngueltigeStelle(data)
            fehler("kein-utf8",
                   "Die Datei ist nicht im Zeichensatz UTF-8 gespeichert. Die erste Stelle, die so nicht lesbar ist, ist markiert: meist ein Umlaut, ein ß oder ein Zeichen wie „ oder €, gespeichert als „ANSI“ bzw. „Windows-1252“.",
                   "Im Editor „Speichern unter“ wählen und als Kodierung „UTF-8“ einstellen.",
                   zeile: zeile, spalte: spalte, quelltext: text)
            return nil
        }
        var datei = Quelldatei(pfad: pfad, text: roh)
        // (a line has at most as many characters as bytes: only long ones are counted)
        if let (nr, laenge) = datei.zeilen.enumerated().lazy
            .filter({ $0.element.utf8.count > hoechsteZeilenlaenge })
            .map({ ($0.offset + 1, $0.element.unicodeScalars.count) })
            .first(where: { $0.1 > hoechsteZeilenlaenge }) {
            fehler("zeile-zu-lang",
                   "Diese Zeile ist \(tausender(laenge)) Zeichen lang; erlaubt sind höchstens \(tausender(hoechsteZeilenlaenge)). So lange Zeilen entstehen meist, wenn ein Bild oder eine ganze Datei als Text eingefügt wurde.",
                   "Lange Texte durch Zeilenumbrüche in Absätze teilen; eingefügte Bilder oder Dateien entfernen.",
                   zeile: nr, spalte: hoechsteZeilenlaenge + 1, quelltext: datei.zeile(nr))
            return nil
        }
        if let bereinigt = datei.ohneSteuerzeichen(diagnosen: diagnosen) { datei = bereinigt }
        return datei
    }

    // MARK: control characters

    /// Characters no editor shows and that YAML, HTML and terminals do not accept:
    /// C0 controls except tab and line breaks, DEL, C1 controls (often Windows-1252 text read as
    /// Latin-1), the Unicode line and paragraph separators (YAML counts them as line breaks,
    /// which would shift every line number) and the non-characters U+FFFE and U+FFFF.
    static func istSteuerzeichen(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    static func name(_ u: Unicode.Scalar) -> String {
        let nummer = "U+" + String(format: "%04X", u.value)
        let name: String? = switch u.value {
        case 0x00: "Nullzeichen"
        case 0x08: "Rückschritt"
        case 0x0B: "vertikaler Tabulator, entsteht oft beim Kopieren aus Word"
        case 0x0C: "Seitenumbruch"
        case 0x1B: "Escape"
        case 0x7F: "Löschzeichen"
        case 0x85: "Zeilenende-Zeichen"
        case 0x2028: "Zeilentrenner"
        case 0x2029: "Absatztrenner"
        default: nil
        }
        return name.map { "\(nummer), \($0)" } ?? nummer
    }

    /// The same file with control characters replaced by spaces and each one reported,
    /// or nil when there are none.
    func ohneSteuerzeichen(diagnosen: Diagnosen) -> Quelldatei? {
        guard text.unicodeScalars.contains(where: Quelldatei.istSteuerzeichen) else { return nil }
        var gemeldet = 0, weitere = 0
        for (i, zeile) in zeilen.enumerated() {
            for (spalte, u) in zeile.unicodeScalars.enumerated() where Quelldatei.istSteuerzeichen(u) {
                guard gemeldet < Quelldatei.hoechsteSteuerzeichenMeldungen else { weitere += 1; continue }
                gemeldet += 1
                diagnosen.melde(Diagnose(.fehler, datei: pfad, zeile: i + 1, spalte: spalte + 1, code: "steuerzeichen",
                    meldung: "Hier steht ein unsichtbares Steuerzeichen (\(Quelldatei.name(u))), das in einem Text nicht vorkommen darf.",
                    vorschlag: "Das Zeichen löschen: die Stelle im Editor markieren und den Text dort neu tippen.",
                    quelltext: self.zeile(i + 1)))
            }
        }
        if weitere > 0 {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, code: "steuerzeichen",
                meldung: "Die Datei enthält noch \(weitere) weitere unsichtbare Steuerzeichen.",
                vorschlag: "Den Text in einen neuen, leeren Editor kopieren, prüfen und als UTF-8 speichern."))
        }
        var bereinigt = String.UnicodeScalarView()
        for u in text.unicodeScalars { bereinigt.append(Quelldatei.istSteuerzeichen(u) ? " " : u) }
        return Quelldatei(pfad: pfad, text: String(bereinigt))
    }

    // MARK: diagnostics helpers

    /// Line and column (in characters) of the first byte sequence that is not UTF-8, and that
    /// line made readable (the broken bytes shown as `�`).
    static func ersteUngueltigeStelle(_ data: some Collection<UInt8>) -> (Int, Int, String) {
        let b = Array(data)
        var zeile = 1, zeilenstart = 0, i = 0
        func ergebnis() -> (Int, Int, String) {
            let spalte = String(decoding: b[zeilenstart..<i], as: UTF8.self).unicodeScalars.count + 1
            var ende = i
            while ende < b.count, b[ende] != 0x0A { ende += 1 }
            return (zeile, spalte, sichtbar(Substring(String(decoding: b[zeilenstart..<ende], as: UTF8.self))))
        }
        while i < b.count {
            let c = b[i]
            // lengths and second-byte ranges from the Unicode standard, table 3-7
            let laenge: Int, zweites: ClosedRange<UInt8>
            switch c {
            case 0x00...0x7F: laenge = 1; zweites = 0x80...0xBF
            case 0xC2...0xDF: laenge = 2; zweites = 0x80...0xBF
            case 0xE0: laenge = 3; zweites = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: laenge = 3; zweites = 0x80...0xBF
            case 0xED: laenge = 3; zweites = 0x80...0x9F
            case 0xF0: laenge = 4; zweites = 0x90...0xBF
            case 0xF1...0xF3: laenge = 4; zweites = 0x80...0xBF
            case 0xF4: laenge = 4; zweites = 0x80...0x8F
            default: return ergebnis()
            }
            if i + laenge > b.count { return ergebnis() }
            if laenge > 1 {
                if !zweites.contains(b[i + 1]) { return ergebnis() }
                for k in 2..<max(2, laenge) where b[i + k] & 0xC0 != 0x80 { return ergebnis() }
            }
            if c == 0x0A { zeile += 1; zeilenstart = i + 1 }
            i += laenge
        }
        return ergebnis()
    }

    /// What kind of non-text file this is, if it clearly is one.
    static func binaerart(_ b: [UInt8]) -> String? {
        let signaturen: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "ein Bild (PNG)"),
            ([0xFF, 0xD8, 0xFF], "ein Foto (JPEG)"),
            (Array("GIF8".utf8), "ein Bild (GIF)"),
            (Array("%PDF".utf8), "ein PDF-Dokument"),
            ([0x50, 0x4B, 0x03, 0x04], "ein gepacktes Dokument (etwa Word .docx, Excel .xlsx oder ZIP)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "ein altes Office-Dokument (etwa Word .doc)"),
            (Array("{\\rtf".utf8), "ein RTF-Dokument (Word)"),
        ]
        for (s, art) in signaturen where b.starts(with: s) { return art }
        // UTF-16 text has a zero byte in every other position: that is reported as a wrong encoding
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) || istUTF16OhneBOM(b) { return nil }
        // a stray zero byte in a text is reported as a control character, with its line
        let nullen = b.lazy.filter { $0 == 0 }.count
        if nullen > 8 || (nullen > 1 && nullen * 20 >= b.count) {
            return "eine Binärdatei (etwa ein Bild oder ein Office-Dokument)"
        }
        return nil
    }

    /// Mostly ASCII text saved as UTF-16 without a byte-order mark: every second byte is zero.
    static func istUTF16OhneBOM(_ b: [UInt8]) -> Bool {
        guard b.count >= 4, b.count % 2 == 0 else { return false }
        for start in 0...1 {
            let paare = stride(from: start, to: b.count, by: 2)
            let nullen = paare.lazy.filter { b[$0] == 0 }.count
            if nullen * 10 >= (b.count / 2) * 9, !stride(from: 1 - start, to: b.count, by: 2).contains(where: { b[$0] == 0 }) {
                return true
            }
        }
        return false
    }

    static func megabyte(_ bytes: Int) -> String {
        let zehntel = (bytes + 50_000) / 100_000
        if zehntel <= 10 { return "etwas mehr als 1 MB" }
        return zehntel % 10 == 0 ? "\(zehntel / 10) MB" : "\(zehntel / 10),\(zehntel % 10) MB"
    }

    static func tausender(_ n: Int) -> String {
        var s = String(n), out = ""
        while s.count > 3 { out = "." + s.suffix(3) + out; s.removeLast(3) }
        return s + out
    }

    /// Line `n` (1-based) for display: cut to `hoechsteAnzeigelaenge` characters, control
    /// characters shown as visible symbols (so a diagnostic never sends them to a terminal).
    func zeile(_ n: Int) -> String? {
        guard n >= 1, n <= zeilen.count else { return nil }
        return Quelldatei.sichtbar(zeilen[n - 1])
    }

    /// `s` cut to `hoechsteAnzeigelaenge` characters, each control character replaced by its
    /// symbol (U+0007 → ␇), one scalar for one, so columns stay right.
    static func sichtbar(_ s: Substring, auchUmbrueche: Bool = false) -> String {
        let istSteuerzeichen = { (u: Unicode.Scalar) in Quelldatei.istSteuerzeichen(u) || (auchUmbrueche && u.value < 0x20) }
        var z = s
        var gekuerzt = false
        if z.utf8.count > hoechsteAnzeigelaenge {
            let kurz = z.prefix(hoechsteAnzeigelaenge)
            gekuerzt = kurz.endIndex < z.endIndex
            z = kurz
        }
        guard z.unicodeScalars.contains(where: istSteuerzeichen) else { return String(z) + (gekuerzt ? " …" : "") }
        var out = String.UnicodeScalarView()
        for u in z.unicodeScalars {
            if !istSteuerzeichen(u) { out.append(u) }
            else if u.value < 0x20 { out.append(Unicode.Scalar(0x2400 + u.value)!) }
            else if u.value == 0x7F { out.append("\u{2421}") }
            else { out.append("\u{FFFD}") }
        }
        return String(out) + (gekuerzt ? " …" : "")
    }

    // MARK: bytes

    enum Lesen {
        case ok([UInt8]), zuGross(Int), ordner, keineDatei, verknuepfung, keineBerechtigung, fehlt, anderer(Int32)
    }

    /// Opens without following a final symbolic link and without blocking (FIFOs), checks
    /// that it is a regular file, and reads at most `grenze + 1` bytes.
    static func leseBytes(_ pfad: String, grenze: Int) -> Lesen {
        let fd = open(pfad, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            switch e {
            case ELOOP: return .verknuepfung
            case EACCES, EPERM: return .keineBerechtigung
            case ENOENT: return .fehlt
            case EISDIR: return .ordner
            default: return .anderer(e)
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .anderer(errno) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .ordner
        default: return .keineDatei
        }
        if Int(st.st_size) > grenze { return .zuGross(Int(st.st_size)) }
        // the file may grow while being read: never read more than `grenze + 1`
        var puffer = [UInt8](repeating: 0, count: max(Int(st.st_size), 0) + 1)
        var gelesen = 0
        while true {
            if gelesen == puffer.count {
                guard puffer.count <= grenze else { return .zuGross(gelesen) }
                puffer += [UInt8](repeating: 0, count: min(puffer.count, grenze + 1 - puffer.count))
            }
            let n = puffer.withUnsafeMutableBytes { p in
                read(fd, p.baseAddress! + gelesen, p.count - gelesen)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .anderer(errno)
            }
            if n == 0 { break }
            gelesen += n
        }
        if gelesen > grenze { return .zuGross(gelesen) }
        return .ok(Array(puffer[..<gelesen]))
    }
}

extension String {
    init?(validatingUTF8 data: some Collection<UInt8>) {
        guard let s = String(validating: data, as: UTF8.self) else { return nil }
        self = s
    }
}
