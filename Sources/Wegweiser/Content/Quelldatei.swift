import Foundation

/// A content file as text: decoded, with its lines kept for diagnostics.
struct Quelldatei: Sendable {
    /// Path relative to the content folder, `/`-separated.
    let pfad: String
    let text: String
    let zeilen: [Substring]

    /// Files larger than this are refused before they are read whole.
    static let hoechstgroesse = 1_000_000

    init(pfad: String, text: String) {
        self.pfad = pfad
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        self.text = t
        self.zeilen = t.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Reads a file, reporting (not throwing) every way this can fail.
    static func lies(url: URL, pfad: String, diagnosen: Diagnosen) -> Quelldatei? {
        let attrs = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attrs?[.size] as? NSNumber, size.intValue > hoechstgroesse {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, code: "datei-zu-gross",
                meldung: "Die Datei ist \(size.intValue / 1_000_000) MB groß; erlaubt ist höchstens 1 MB. Wurde vielleicht ein Bild oder ein anderes Dokument hier abgelegt?",
                vorschlag: "Lange Texte kürzen; Bilder und PDF-Dateien gehören nicht in den Inhaltsordner."))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, code: "nicht-lesbar",
                meldung: "Die Datei kann nicht gelesen werden."))
            return nil
        }
        if data.isEmpty {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, code: "leere-datei",
                meldung: "Die Datei ist leer.",
                vorschlag: "Die Datei löschen oder mit `wegweiser new` eine Vorlage anlegen."))
            return nil
        }
        if data.contains(0) {
            diagnosen.melde(Diagnose(.fehler, datei: pfad, code: "binaerdatei",
                meldung: "Das ist keine Textdatei (sie enthält Binärdaten, etwa ein Bild oder ein Word-Dokument).",
                vorschlag: "Nur Markdown-Dateien (.md) und YAML-Dateien (.yaml) als reinen Text im UTF-8-Format ablegen."))
            return nil
        }
        guard let text = String(validatingUTF8: data) else {
            let (zeile, spalte) = ersteUngueltigeStelle(data)
            diagnosen.melde(Diagnose(.fehler, datei: pfad, zeile: zeile, spalte: spalte, code: "kein-utf8",
                meldung: "Die Datei ist nicht im Zeichensatz UTF-8 gespeichert (Zeile \(zeile) enthält ein ungültiges Zeichen).",
                vorschlag: "Im Editor „Speichern unter“ wählen und als Kodierung „UTF-8“ einstellen."))
            return nil
        }
        return Quelldatei(pfad: pfad, text: text)
    }

    /// Line and column (in bytes) of the first byte sequence that is not UTF-8.
    static func ersteUngueltigeStelle(_ data: Data) -> (Int, Int) {
        let b = [UInt8](data)
        var zeile = 1, zeilenstart = 0, i = 0
        while i < b.count {
            let c = b[i]
            let laenge: Int
            switch c {
            case 0x00...0x7F: laenge = 1
            case 0xC2...0xDF: laenge = 2
            case 0xE0...0xEF: laenge = 3
            case 0xF0...0xF4: laenge = 4
            default: return (zeile, i - zeilenstart + 1)
            }
            if i + laenge > b.count { return (zeile, i - zeilenstart + 1) }
            for k in 1..<laenge where b[i + k] & 0xC0 != 0x80 { return (zeile, i - zeilenstart + 1) }
            if c == 0x0A { zeile += 1; zeilenstart = i + 1 }
            i += laenge
        }
        return (zeile, 1)
    }

    func zeile(_ n: Int) -> String? {
        guard n >= 1, n <= zeilen.count else { return nil }
        return String(zeilen[n - 1])
    }
}

extension String {
    init?(validatingUTF8 data: some Collection<UInt8>) {
        guard let s = String(validating: data, as: UTF8.self) else { return nil }
        self = s
    }
}
