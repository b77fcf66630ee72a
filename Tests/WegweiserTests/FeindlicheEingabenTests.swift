import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import Wegweiser

/// Hostile and broken input: every case ends in a diagnostic (file, line, German message),
/// never in a crash, a hang or runaway memory, and nothing is published.
@Suite(.timeLimit(.minutes(2)))
struct FeindlicheEingabenTests {
    static let seite = "seiten/impressum.md"
    static let angebot = "gemeinden/audorf/angebote/pflege-audorf.md"

    /// Checks and builds `w`: errors, nothing published. Returns the diagnostics of `pruefe`.
    @discardableResult
    func scheitert(_ w: Werkstatt, _ quelle: SourceLocation = #_sourceLocation) throws -> Diagnosen {
        let (_, d) = try w.pruefe()
        #expect(d.hatFehler, "keine Fehler: \(d.alle)", sourceLocation: quelle)
        let e = try w.baue()
        #expect(e.diagnosen.hatFehler, sourceLocation: quelle)
        #expect(e.seiten == 0, sourceLocation: quelle)
        #expect(!FileManager.default.fileExists(atPath: w.site.path), "Ausgabe trotz Fehler angelegt", sourceLocation: quelle)
        for f in d.fehler {
            #expect(!f.meldung.isEmpty, sourceLocation: quelle)
        }
        return d
    }

    /// The single diagnostic with `code` in `datei`, checked for line (and column when given).
    @discardableResult
    func meldung(_ d: Diagnosen, _ code: String, _ datei: String, zeile: Int, spalte: Int? = nil,
                 _ quelle: SourceLocation = #_sourceLocation) throws -> Diagnose {
        let treffer = d.mit(code: code).filter { $0.datei == datei }
        let m = try #require(treffer.first, "keine Meldung \(code) für \(datei); gemeldet: \(d.alle.map { "\($0.datei):\($0.zeile) \($0.code)" })",
                             sourceLocation: quelle)
        #expect(m.schwere == .fehler, sourceLocation: quelle)
        #expect(m.zeile == zeile, "Zeile von \(code)", sourceLocation: quelle)
        if let spalte { #expect(m.spalte == spalte, "Spalte von \(code)", sourceLocation: quelle) }
        return m
    }

    func dauer(_ block: () throws -> Void) rethrows -> Duration {
        let uhr = ContinuousClock()
        let start = uhr.now
        try block()
        return uhr.now - start
    }

    // MARK: encoding and bytes

    @Test func ungueltigesUTF8() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        // „Straße“ in Windows-1252: ß is the single byte 0xDF
        try w.schreibe(Self.seite, bytes: Array("---\ntitel: Impressum\nText: Stra".utf8) + [0xDF] + Array("e 1\n---\n".utf8))
        let m = try meldung(try scheitert(w), "kein-utf8", Self.seite, zeile: 3, spalte: 11)
        #expect(m.meldung.contains("UTF-8"))
        #expect(m.vorschlag?.contains("UTF-8") == true)
        #expect(m.quelltext == "Text: Stra\u{FFFD}e 1")
    }

    @Test func ueberlangeUTF8Folgen() throws {
        // overlong encodings and surrogates are not UTF-8 either
        for falsch: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8]] {
            let w = try Werkstatt(); defer { w.aufraeumen() }
            try w.schreibe(Self.seite, bytes: Array("---\ntitel: A".utf8) + falsch + Array("\n---\n".utf8))
            try meldung(try scheitert(w), "kein-utf8", Self.seite, zeile: 2, spalte: 9)
        }
    }

    @Test func utf16() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "---\ntitel: Impressum\n---\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try w.schreibe(Self.seite, bytes: bytes)
        let m = try meldung(try scheitert(w), "kein-utf8", Self.seite, zeile: 0)
        #expect(m.meldung.contains("UTF-16"))
    }

    @Test func utf16OhneBOM() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        var bytes: [UInt8] = []
        for u in "---\ntitel: Impressum\n---\nText über das Impressum.\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try w.schreibe(Self.seite, bytes: bytes)
        let m = try meldung(try scheitert(w), "kein-utf8", Self.seite, zeile: 0)
        #expect(m.meldung.contains("UTF-16"))
    }

    @Test func binaerdateien() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0, count: 64)
        let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)
        let zufall: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        for (bytes, wort) in [(png, "PNG"), (docx, "Word"), (zufall, "Binärdatei")] {
            let w = try Werkstatt(); defer { w.aufraeumen() }
            try w.schreibe(Self.angebot, bytes: bytes)
            let d = try scheitert(w)
            let m = try #require(d.alle.first { $0.datei == Self.angebot && ($0.code == "binaerdatei" || $0.code == "kein-utf8") },
                                 "\(d.alle)")
            if m.code == "binaerdatei" { #expect(m.meldung.contains(wort), "\(m.meldung)") }
        }
    }

    @Test func nulByte() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        try w.schreibe(Self.seite, bytes: Array("---\ntitel: Imp".utf8) + [0] + Array("ressum\n---\nText\n".utf8))
        let m = try meldung(try scheitert(w), "steuerzeichen", Self.seite, zeile: 2, spalte: 11)
        #expect(m.meldung.contains("U+0000"))
        #expect(m.quelltext == "titel: Imp\u{2400}ressum", "Steuerzeichen sichtbar gemacht")
    }

    @Test func steuerzeichen() throws {
        let w = try Werkstatt([Self.seite: "---\ntitel: Impres\u{1B}[31msum\n---\nZeile mit\u{0B}Umbruch aus Word\nund \u{85}C1\n"])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let alle = d.mit(code: "steuerzeichen").filter { $0.datei == Self.seite }
        #expect(alle.map(\.zeile) == [2, 4, 5])
        #expect(alle.map(\.spalte) == [14, 10, 5])
        #expect(alle[1].meldung.contains("Word"))
        for m in alle {
            #expect(!(m.quelltext ?? "").unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                    "kein Steuerzeichen in der angezeigten Zeile")
        }
    }

    @Test func vieleSteuerzeichenWerdenZusammengefasst() throws {
        let w = try Werkstatt([Self.seite: "---\ntitel: Impressum\n---\n" + String(repeating: "a\u{07}", count: 10_000)])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let alle = d.mit(code: "steuerzeichen")
        #expect(alle.count == Quelldatei.hoechsteSteuerzeichenMeldungen + 1)
        #expect(alle.last?.meldung.contains("9995") == true)
    }

    @Test func leereDateien() throws {
        for (pfad, bytes) in [(Self.seite, [UInt8]()), (Self.angebot, Array("  \n\n\t\n".utf8)), ("region.yaml", [0xEF, 0xBB, 0xBF])] {
            let w = try Werkstatt(); defer { w.aufraeumen() }
            try w.schreibe(pfad, bytes: bytes)
            let m = try meldung(try scheitert(w), "leere-datei", pfad, zeile: 0)
            #expect(m.meldung == "Die Datei ist leer.")
        }
    }

    // MARK: front matter

    @Test func kopfOhneAbschluss() throws {
        let w = try Werkstatt([Self.seite: "---\ntitel: Impressum\n\nHerausgeber ist der Arbeitskreis.\n"])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "kopf-offen", Self.seite, zeile: 1)
        #expect(m.vorschlag?.contains("Zeile 4") == true, "\(m.vorschlag ?? "")")
    }

    @Test func nurStriche() throws {
        for text in ["---", "---\n", "---\r\n", "\u{FEFF}---"] {
            let w = try Werkstatt([Self.seite: text]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "kopf-offen", Self.seite, zeile: 1)
            #expect(m.meldung.contains("nur die Zeile `---`"))
        }
    }

    @Test func leererKopfWirdNichtStillUebergangen() throws {
        for text in ["---\n---\n", "---\n# nur ein Kommentar\n---\nText\n"] {
            let w = try Werkstatt([Self.seite: text]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "pflichtfeld-fehlt", Self.seite, zeile: 1)
            #expect(m.meldung.contains("titel"))
            // where the line goes: between the two `---`
            #expect(m.vorschlag?.hasPrefix("Im Kopf der Datei (zwischen den beiden `---`) eine Zeile ergänzen") == true, "\(m.vorschlag ?? "")")
        }
    }

    @Test func fehlendeGruppeMitEingeruecktemBeispiel() throws {
        // a missing group: its indented lines as the example, below its key
        let ohne = try Werkstatt(["region.yaml": "titel: Wegweiser\nregion: Testtal\nbeschreibung: Hilfen.\ngrundversorgung: [pflege]\n"])
        defer { ohne.aufraeumen() }
        let m = try meldung(try scheitert(ohne), "pflichtfeld-fehlt", "region.yaml", zeile: 1)
        #expect(m.vorschlag?.hasPrefix("Diese Zeilen ergänzen, z. B.\nherausgeber:\n  name: ") == true, "\(m.vorschlag ?? "")")
        // a misspelt group key: the key to write, not the bare line again
        let vertippt = try Werkstatt(["region.yaml": "titel: Wegweiser\nregion: Testtal\nbeschreibung: Hilfen.\nherausgeberx:\n  name: AK\n  email: a@example.org\ngrundversorgung: [pflege]\n"])
        defer { vertippt.aufraeumen() }
        let v = try meldung(try scheitert(vertippt), "pflichtfeld-fehlt", "region.yaml", zeile: 4)
        #expect(v.vorschlag == "`herausgeber:` schreiben.", "\(v.vorschlag ?? "")")
        // a missing key of a group: indented, below the group's key
        let name = try Werkstatt(["region.yaml": "titel: Wegweiser\nregion: Testtal\nbeschreibung: Hilfen.\nherausgeber:\n  email: a@example.org\ngrundversorgung: [pflege]\n"])
        defer { name.aufraeumen() }
        let n = try meldung(try scheitert(name), "pflichtfeld-fehlt", "region.yaml", zeile: 4)
        #expect(n.vorschlag?.hasPrefix("Unter `herausgeber:` eine eingerückte Zeile ergänzen, z. B. `name: ") == true, "\(n.vorschlag ?? "")")
    }

    /// The service of the base with one line of its head replaced (or added before the closing `---`).
    static func angebotMit(_ zeile: String) -> String {
        let basis = Werkstatt.grundlage[angebot]!
        let schluessel = String(zeile.prefix { $0 != ":" }) + ":"
        var zeilen = basis.components(separatedBy: "\n")
        if let i = zeilen.firstIndex(where: { $0.hasPrefix(schluessel) }) { zeilen[i] = zeile }
        else if let i = zeilen.lastIndex(of: "---") { zeilen.insert(zeile, at: i) }
        return zeilen.joined(separator: "\n")
    }

    /// A web address typed wrong is an error with the address to write where it is clear, and
    /// never linked as a placeholder; only a missing `https://` is added (with a warning).
    @Test func webadressenFalschGeschrieben() throws {
        for (zeile, vorschlag) in [("web: https://www.nh zolling.de", nil), ("web: http//nh-zolling.de", "`web: https://nh-zolling.de`"),
                                   ("web: https:/nh-zolling.de", "`web: https://nh-zolling.de`"), ("web: nh-zolling", nil)] {
            let w = try Werkstatt([Self.angebot: Self.angebotMit(zeile)]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "ungueltige-webadresse", Self.angebot, zeile: 13)
            if let vorschlag { #expect(m.vorschlag == vorschlag, "\(zeile): \(m.vorschlag ?? "")") }
            else { #expect(m.vorschlag?.contains("beispiel") == false && m.vorschlag?.contains("`-`") == true, "\(zeile): \(m.vorschlag ?? "")") }
        }
        let w = try Werkstatt([Self.angebot: Self.angebotMit("web: www.nh-zolling.de")]); defer { w.aufraeumen() }
        let (_, d) = try w.pruefe()
        #expect(!d.hatFehler && d.mit(code: "webadresse-ohne-https").first?.vorschlag == "`web: https://www.nh-zolling.de`", "\(d.alle)")
    }

    /// `einwohner: ca. 4700` is read as 4700 with a warning (the page shows the number alone);
    /// a text with a number and more is an error that names the number to write.
    @Test func einwohnerUngefaehr() throws {
        let pfad = "gemeinden/audorf/index.md"
        func mit(_ wert: String) -> String { "---\nname: Audorf\neinwohner: \(wert)\n---\n" }
        for (wert, zahl) in [("ca. 4700", 4700), ("rund 4.700", 4700), ("~4700", 4700), ("etwa 4 700", 4700), ("4.700", 4700)] {
            let w = try Werkstatt([pfad: mit(wert)]); defer { w.aufraeumen() }
            let (inhalt, d) = try w.pruefe()
            #expect(!d.hatFehler && inhalt?.gemeinden.first { $0.id == "audorf" }?.einwohner == zahl, "\(wert): \(d.alle)")
            if wert != "4.700" {
                #expect(d.mit(code: "zahl-ungefaehr").first?.vorschlag == "`einwohner: 4700`", "\(wert): \(d.alle)")
            }
        }
        for (wert, vorschlag) in [("4700 (2023)", "`einwohner: 4700` (nur die Zahl, ohne weiteren Text)"),
                                  ("viele", "`einwohner: 4200` (mit der richtigen Zahl)")] {
            let w = try Werkstatt([pfad: mit(wert)]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "keine-zahl", pfad, zeile: 3)
            #expect(m.vorschlag == vorschlag, "\(wert): \(m.vorschlag ?? "")")
        }
    }

    /// A title of a whole sentence fills the lists and the search: a warning with its first part.
    @Test func langerTitel() throws {
        let titel = "Pflegedienst Audorf – wir kommen zu Ihnen nach Hause, pflegen, beraten, helfen im Haushalt und vermitteln Essen auf Rädern"
        let w = try Werkstatt([Self.angebot: Self.angebotMit("titel: \"\(titel)\"")]); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        let m = try #require(d.mit(code: "titel-zu-lang").first, "\(d.alle)")
        #expect(inhalt != nil && !d.hatFehler && m.schwere == .warnung && m.zeile == 2)
        #expect(m.vorschlag?.contains("`titel: \"Pflegedienst Audorf\"`") == true, "\(m.vorschlag ?? "")")
        let kurz = try Werkstatt([Self.angebot: Self.angebotMit("titel: \"Pflegedienst Audorf – wir kommen zu Ihnen nach Hause\"")])
        defer { kurz.aufraeumen() }
        #expect(try kurz.pruefe().1.mit(code: "titel-zu-lang").isEmpty)
    }

    /// A value that begins with `*` (a YAML alias) or `@`: the mark is where the value begins,
    /// not where libyaml stopped.
    @Test func sternAmWertanfang() throws {
        for (zeile, text) in [("kosten: *kostenlos*", "`*` oder `&`"), ("kosten: @Mitglieder frei", "`@`")] {
            let w = try Werkstatt([Self.angebot: Self.angebotMit(zeile)]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: 13, spalte: 9)
            #expect(m.meldung.contains(text) && m.vorschlag?.contains("`kosten: \"") == true, "\(m)")
        }
    }

    /// A small l or a capital O typed for 1 or 0 would link a wrong number: an error with the digits.
    @Test func telefonnummerMitBuchstaben() throws {
        let w = try Werkstatt([Self.angebot: Self.angebotMit("telefon: \"08167 l234O\"")]); defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "ungueltige-telefonnummer", Self.angebot, zeile: 10)
        #expect(m.vorschlag == "Nur Ziffern schreiben: `telefon: \"08167 12340\"`", "\(m.vorschlag ?? "")")
        // a note after the number stays a note
        let notiz = try Werkstatt([Self.angebot: Self.angebotMit("telefon: \"08166 1234 (Büro)\"")]); defer { notiz.aufraeumen() }
        #expect(try !notiz.pruefe().1.hatFehler)
    }

    /// Text after ` #` is a note to YAML and would vanish from the page without a word: a warning
    /// with the line in quotes (indented as it stands); quoted values and block texts keep their `#`.
    @Test func notizImWertWirdGemeldet() throws {
        var text = Self.angebotMit("kosten: Spende erbeten #freiwillig, ab 5 €")
        text = text.replacingOccurrences(of: "  strasse: Hauptstraße 1", with: "  strasse: Hauptstraße 1 # Eingang hinten")
        text = text.replacingOccurrences(of: "traeger: Sozialstation Audorf", with: "traeger: \"Sozialstation #1\" # unser Träger")
        let w = try Werkstatt([Self.angebot: text]); defer { w.aufraeumen() }
        let (_, d) = try w.pruefe()
        let notizen = d.mit(code: "notiz-im-wert").filter { $0.datei == Self.angebot }
        #expect(notizen.map(\.zeile) == [7, 13], "\(notizen)")
        #expect(notizen.first?.vorschlag?.hasSuffix("`  strasse: \"Hauptstraße 1 # Eingang hinten\"`") == true, "\(notizen.first?.vorschlag ?? "")")
        #expect(notizen.last?.meldung.contains("„#freiwillig, ab 5 €“") == true)
        #expect(!d.hatFehler, "\(d.alle)")
        // a note on a line of its own, and `#` inside a block text, are no such thing
        let block = try Werkstatt([Self.angebot: Self.angebotMit("kurzbeschreibung: >-\n  Pflege zu Hause #1 im Tal\n# eine Notiz")])
        defer { block.aufraeumen() }
        #expect(try block.pruefe().1.mit(code: "notiz-im-wert").isEmpty)
    }

    /// A line meant as `---` but written with other dashes or another number of them, and a
    /// heading above the `---`: the line to replace or delete, not a rule that sends one round.
    @Test func trennlinienAndersGeschrieben() throws {
        let basis = Werkstatt.grundlage[Self.angebot]!
        let zeilen = basis.components(separatedBy: "\n")
        let schluss = try #require(zeilen.lastIndex(of: "---"))
        for falsch in ["- - -", "----", "–––", "___", "— — —"] {
            var z = zeilen; z[schluss] = falsch
            let w = try Werkstatt([Self.angebot: z.joined(separator: "\n")]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "kopf-offen", Self.angebot, zeile: schluss + 1)
            #expect(m.vorschlag == "Die Zeile \(schluss + 1) durch `---` ersetzen.", "\(falsch): \(m.vorschlag ?? "")")
            var a = zeilen; a[0] = falsch
            let anfang = try Werkstatt([Self.angebot: a.joined(separator: "\n")]); defer { anfang.aufraeumen() }
            let n = try meldung(try scheitert(anfang), "kopf-fehlt", Self.angebot, zeile: 1)
            #expect(n.vorschlag == "Die erste Zeile durch `---` ersetzen.", "\(falsch): \(n.vorschlag ?? "")")
        }
        let eingerueckt = try Werkstatt([Self.angebot: "  " + basis]); defer { eingerueckt.aufraeumen() }
        #expect(try meldung(try scheitert(eingerueckt), "kopf-fehlt", Self.angebot, zeile: 1).vorschlag == "Die erste Zeile durch `---` ersetzen.")
        // a heading above the `---`: delete it
        let ueberschrift = try Werkstatt([Self.angebot: "# Pflegedienst Audorf\n" + basis]); defer { ueberschrift.aufraeumen() }
        let u = try meldung(try scheitert(ueberschrift), "kopf-fehlt", Self.angebot, zeile: 1)
        #expect(u.vorschlag?.hasPrefix("Die Zeile 1 löschen") == true, "\(u.vorschlag ?? "")")
    }

    /// `  -pflege` without a space is one text to YAML: the missing space is the message, once.
    @Test func listeOhneLeerzeichenNachDemStrich() throws {
        let w = try Werkstatt([Self.angebot: Self.angebotMit("kategorien:\n  -pflege\n  -nachbarschaftshilfe")]); defer { w.aufraeumen() }
        let d = try scheitert(w)
        let m = try meldung(d, "liste-ohne-leerzeichen", Self.angebot, zeile: 4)
        #expect(m.vorschlag?.hasSuffix("`  - pflege`") == true, "\(m.vorschlag ?? "")")
        #expect(d.alle.filter { $0.datei == Self.angebot && $0.schwere == .fehler }.count == 1, "\(d.alle)")
        // a negative number or a dash of its own is no such list
        let zahl = try Werkstatt([Self.angebot: Self.angebotMit("stichworte: -5 %")]); defer { zahl.aufraeumen() }
        #expect(try zahl.pruefe().1.mit(code: "liste-ohne-leerzeichen").isEmpty)
    }

    /// `strasse:`, `plz:`, `ort:` not indented below `adresse:`: one error that shows the block
    /// with their values, no unknown keys and no missing address.
    @Test func adresseNichtEingerueckt() throws {
        let text = Werkstatt.grundlage[Self.angebot]!.replacingOccurrences(of: "\n  strasse:", with: "\nstrasse:")
            .replacingOccurrences(of: "\n  plz:", with: "\nplz:").replacingOccurrences(of: "\n  ort:", with: "\nort:")
        let w = try Werkstatt([Self.angebot: text]); defer { w.aufraeumen() }
        let d = try scheitert(w)
        let m = try meldung(d, "adresse-nicht-eingerueckt", Self.angebot, zeile: 7)
        #expect(m.vorschlag?.hasSuffix("adresse:\n  strasse: Hauptstraße 1\n  plz: \"85391\"\n  ort: Audorf") == true, "\(m.vorschlag ?? "")")
        #expect(d.alle.filter { $0.datei == Self.angebot }.count == 1, "\(d.alle)")
    }

    /// A date with single digits is written out (not replaced by today's); a day the month does
    /// not have is said so.
    @Test func datumKurzOderOhneDiesenTag() throws {
        let kurz = try Werkstatt([Self.angebot: Self.angebotMit("geprueft: 2026-9-1")]); defer { kurz.aufraeumen() }
        let k = try meldung(try scheitert(kurz), "ungueltiges-datum", Self.angebot, zeile: 12)
        #expect(k.vorschlag == "Datum als Jahr-Monat-Tag schreiben: `geprueft: 2026-09-01`", "\(k.vorschlag ?? "")")
        let tag = try Werkstatt([Self.angebot: Self.angebotMit("geprueft: 2026-11-31")]); defer { tag.aufraeumen() }
        let t = try meldung(try scheitert(tag), "ungueltiges-datum", Self.angebot, zeile: 12)
        #expect(t.meldung.contains("Der November 2026 hat nur 30 Tage."), "\(t.meldung)")
    }

    /// An e-mail address written wrong gets the address to write when it is clear, never a
    /// placeholder that would pass the check and be published.
    @Test func emailFalschGeschrieben() throws {
        for (zeile, vorschlag) in [("email: mailto:a@example.org", "`email: a@example.org`"), ("email: a@example.org, b@example.org", "`email: a@example.org`"),
                                   ("email: a @example.org", "`email: a@example.org`"), ("email: nh-zolling.example.org", nil)] {
            let w = try Werkstatt([Self.angebot: Self.angebotMit(zeile)]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "ungueltige-email", Self.angebot, zeile: 13)
            if let vorschlag { #expect(m.vorschlag == vorschlag, "\(zeile): \(m.vorschlag ?? "")") }
            else { #expect(m.vorschlag?.contains("`email:") == false && m.meldung.contains("`@`"), "\(zeile): \(m.meldung) \(m.vorschlag ?? "")") }
        }
    }

    /// A Gemeinde folder renamed to its display name (`Bedorf Süd`): one error for the folder, with
    /// the id the other entries still use; their references are no errors of their own.
    @Test func gemeindeOrdnerMitAnzeigenamen() throws {
        var aenderungen: [String: String?] = ["gemeinden/bedorf/index.md": nil, "gemeinden/bedorf/termine/seniorennachmittag.md": nil,
                                              Self.angebot: Self.angebotMit("einzugsgebiet: [audorf, bedorf]")]
        aenderungen["gemeinden/Bedorf Süd/index.md"] = Werkstatt.grundlage["gemeinden/bedorf/index.md"]!
        aenderungen["gemeinden/Bedorf Süd/termine/seniorennachmittag.md"] = Werkstatt.grundlage["gemeinden/bedorf/termine/seniorennachmittag.md"]!
        let w = try Werkstatt(aenderungen); defer { w.aufraeumen() }
        let d = try scheitert(w)
        let fehler = d.alle.filter { $0.schwere == .fehler }
        #expect(fehler.count == 1, "\(fehler)")
        let m = try #require(fehler.first)
        #expect(m.code == "ungueltiger-ordnername" && m.datei == "gemeinden/Bedorf Süd/" && m.meldung.contains("Die 2 Dateien darin werden nicht gelesen."), "\(m)")
        #expect(m.vorschlag?.contains("„bedorf-sued“") == true && m.vorschlag?.contains("„bedorf“") == true, "\(m.vorschlag ?? "")")
        // a Gemeinde folder without its index.md: one error, likewise
        let ohne = try Werkstatt(["gemeinden/bedorf/index.md": nil, Self.angebot: Self.angebotMit("einzugsgebiet: [audorf, bedorf]")])
        defer { ohne.aufraeumen() }
        let f = try scheitert(ohne).alle.filter { $0.schwere == .fehler }
        #expect(f.map(\.code) == ["gemeinde-index-fehlt"], "\(f)")
    }

    /// A category id with capitals is one error in `kategorien.yaml`; the entries that name the
    /// category as it should be get no errors of their own.
    @Test func kategorieKennungMitGrossbuchstaben() throws {
        let kategorien = Werkstatt.grundlage["kategorien.yaml"]!.replacingOccurrences(of: "- id: pflege\n", with: "- id: Pflege\n")
        let w = try Werkstatt(["kategorien.yaml": kategorien]); defer { w.aufraeumen() }
        let fehler = try scheitert(w).alle.filter { $0.schwere == .fehler }
        #expect(fehler.count == 1 && fehler.first?.code == "ungueltige-id" && fehler.first?.vorschlag == "`id: pflege`", "\(fehler)")
    }

    @Test func leereZeilenVorDemKopf() throws {
        let w = try Werkstatt([Self.seite: "\n\n---\ntitel: Impressum\n---\n"]); defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "kopf-fehlt", Self.seite, zeile: 1)
        #expect(m.meldung.contains("2 leere Zeilen"))
    }

    // MARK: YAML syntax

    @Test func yamlFehlerMitDateizeile() throws {
        let w = try Werkstatt([Self.angebot: """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        kurzbeschreibung: Hinweis: Pflege zu Hause.
        ---
        """])
        defer { w.aufraeumen() }
        // YAML line 3 + one line of `---` = file line 4
        let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: 4, spalte: 26)
        #expect(m.meldung.contains("Doppelpunkt"))
        #expect(m.vorschlag == "Den Wert in Anführungszeichen setzen: `kurzbeschreibung: \"Hinweis: Pflege zu Hause.\"`")
        #expect(m.quelltext == "kurzbeschreibung: Hinweis: Pflege zu Hause.")
    }

    @Test func offenesAnfuehrungszeichenZeigtAufDenAnfang() throws {
        let w = try Werkstatt([Self.angebot: """
        ---
        titel: "Pflegedienst Audorf
        kategorien: [pflege]
        traeger: Sozialstation
        ---
        """])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: 2, spalte: 8)
        #expect(m.meldung.contains("Anführungszeichen"))
    }

    /// A quote left open that a later quote "closes" (`plz: "85391"`): libyaml fails lines
    /// further down; the message points at the line where the quote was opened.
    @Test func offenesAnfuehrungszeichenVorEinemSpaeterenZeigtAufDenAnfang() throws {
        let w = try Werkstatt([Self.angebot: #"""
        ---
        titel: "Pflegedienst Audorf
        kategorien: [pflege]
        traeger: 'Sozialstation ''Am Bach'''
        kurzbeschreibung: "Pflege \"zu Hause\""
        adresse:
          strasse: Hauptstr. 1
          plz: "85391"
          ort: Audorf
        ---
        """#])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: 2, spalte: 8)
        #expect(m.meldung.contains("wird in dieser Zeile nicht geschlossen"), "\(m.meldung)")
        #expect(m.vorschlag?.contains(#"`titel: "Pflegedienst Audorf"`"#) == true, "\(m.vorschlag ?? "")")
    }

    /// Quotes closed on their line (with `\"` and `''` inside) are not taken for open ones.
    @Test func geschlosseneAnfuehrungszeichenSindNichtOffen() {
        let yaml = #"titel: "Pflege \"daheim\""\#ntraeger: 'Haus ''Am Bach'''\#nkosten: frei\#nort: x: y\#n"#
        #expect(YAMLLeser.offenesAnfuehrungszeichen(yaml, vor: 4) == nil)
        #expect(YAMLLeser.offenesAnfuehrungszeichen("a: b\ntitel: 'offen\nc: d\n", vor: 3)?.zeile == 2)
    }

    /// A list in brackets left open: libyaml stumbles on the next key; the message points at the
    /// line that lacks the `]` (the last line of a list written over several lines) and says so.
    @Test func offeneKlammer() throws {
        let w = try Werkstatt([Self.angebot: "---\ntitel: Pflege\nkategorien: [pflege, fahrdienste\ntraeger: X\n---\n"])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: 3, spalte: 33)
        #expect(m.meldung.contains("nicht mit `]` geschlossen"), "\(m.meldung)")
        #expect(m.vorschlag == "Am Ende der Zeile `]` ergänzen: `kategorien: [pflege, fahrdienste]`", "\(m.vorschlag ?? "")")
        for (text, zeile, beginn) in [
            ("---\ntitel: Pflege\nkategorien: [pflege,\n  fahrdienste   # zwei\n\ntraeger: X\n---\n", 4, "beginnt in Zeile 3"),
            ("---\ntitel: Pflege\nkategorien: [pflege, fahrdienste\n---\n", 3, "wird nicht"),
        ] {
            let w = try Werkstatt([Self.angebot: text]); defer { w.aufraeumen() }
            let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: zeile)
            #expect(m.meldung.contains("nicht mit `]` geschlossen") && m.meldung.contains(beginn), "\(m.meldung)")
            #expect(m.vorschlag?.contains("fahrdienste]`") == true, "\(m.vorschlag ?? "")")
        }
        let gruppe = try Werkstatt(["region.yaml": "titel: Wegweiser\nregion: Testtal\nbeschreibung: Hilfen.\nherausgeber: {name: AK, email: a@example.org\ngrundversorgung: [pflege]\n"])
        defer { gruppe.aufraeumen() }
        let g = try meldung(try scheitert(gruppe), "yaml-syntax", "region.yaml", zeile: 4)
        #expect(g.meldung.contains("nicht mit `}` geschlossen"), "\(g.meldung)")
    }

    /// Two values in one line and quotes inside quotes: libyaml says only that it expected a key
    /// ("die Einrückung passt nicht"); the message says what is wrong and what to write instead.
    @Test func textNachDemSchliessendenAnfuehrungszeichen() throws {
        func pruefe(_ zeile: String, spalte: Int, _ meldungTeil: String, _ vorschlag: String, _ quelle: SourceLocation = #_sourceLocation) throws {
            let text = Werkstatt.grundlage[Self.angebot]!.replacingOccurrences(of: "telefon: \"08166 1234\"", with: zeile)
            let w = try Werkstatt([Self.angebot: text]); defer { w.aufraeumen() }
            let z = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(zeile.split(separator: "\n").last!) }! + 1
            let m = try meldung(try scheitert(w), "yaml-syntax", Self.angebot, zeile: z, spalte: spalte, quelle)
            #expect(m.meldung.contains(meldungTeil) && !m.meldung.contains("Einrückung"), "\(m.meldung)", sourceLocation: quelle)
            #expect(m.vorschlag?.contains(vorschlag) == true, "\(m.vorschlag ?? "")", sourceLocation: quelle)
        }
        try pruefe(#"telefon: "08166 1234", "08166 5678""#, spalte: 22, "2 Werte in einer Zeile",
                   "jeden in einer eigenen Zeile mit `- `:\ntelefon:\n  - \"08166 1234\"\n  - \"08166 5678\"")
        try pruefe(#"telefon: '08166 1234', 08166 5678, "08166 9999"  # drei"#, spalte: 22, "3 Werte",
                   "telefon:\n  - \"08166 1234\"\n  - \"08166 5678\"\n  - \"08166 9999\"")
        // (a key that takes no list: one text)
        try pruefe("telefon: \"08166 1234\"\nkosten: \"5 €\", ermäßigt 3 €", spalte: 14, "weiterer Text", #"`kosten: "5 €, ermäßigt 3 €"`"#)
        try pruefe("telefon: \"08166 1234\"\nkosten: \"Spende \"nach Wunsch\" erbeten\"", spalte: 17, "enthält selbst Anführungszeichen",
                   #"`kosten: 'Spende "nach Wunsch" erbeten'`"#)
        try pruefe("telefon: \"08166 1234\"\nkosten: 'Tarif 'Basis''", spalte: 16, "enthält selbst Anführungszeichen",
                   #"`kosten: "Tarif 'Basis'"`"#)
        try pruefe("telefon: \"08166 1234\"\nkosten: \"5 €\" pro Fahrt  # ab Audorf", spalte: 15, "weiterer Text", #"`kosten: "5 € pro Fahrt"`"#)
        // (a quoted word before a colon is the colon's matter)
        #expect(YAMLLeser.textNachZitat(#"kosten: "Hinweis": frei"#) == nil)
    }

    @Test func yamlFehlerInYamlDatei() throws {
        let w = try Werkstatt(["region.yaml": "titel: Wegweiser\nregion: Testtal\nbeschreibung: [Hilfen\nherausgeber: x: y\n"])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let m = try #require(d.mit(code: "yaml-syntax").first { $0.datei == "region.yaml" })
        #expect((3...5).contains(m.zeile), "\(m)")
    }

    @Test func zweiDokumenteInYamlDatei() throws {
        let w = try Werkstatt(["kategorien.yaml": "- id: pflege\n  name: Pflege\n  beschreibung: P.\n---\n- id: x\n"])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "yaml-syntax", "kategorien.yaml", zeile: 4)
        #expect(m.meldung.contains("`---`"))
    }

    @Test func tabulatorImEinzug() throws {
        let w = try Werkstatt([Self.angebot: "---\ntitel: Pflegedienst\nadresse:\n\tstrasse: Hauptstraße 1\n  \tort: Audorf\n---\n"])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let tabs = d.mit(code: "tabulator").filter { $0.datei == Self.angebot }
        #expect(tabs.map(\.zeile) == [4, 5])
        #expect(tabs.map(\.spalte) == [1, 3])
        #expect(tabs[0].vorschlag?.contains("Leerzeichen") == true)
    }

    // MARK: resource exhaustion

    @Test func aliasBombe() throws {
        var yaml = "---\ntitel: Impressum\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, vorher) in zip(["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"]) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(vorher)", count: 9).joined(separator: ",") + "]\n"
        }
        let w = try Werkstatt([Self.seite: yaml + "---\n"]); defer { w.aufraeumen() }
        var d: Diagnosen?
        let zeit = try dauer { d = try scheitert(w) }
        #expect(zeit < .seconds(5), "\(zeit)")
        // 1 + 9·7381 nodes pass the limit in the line of `e` (file line 7)
        let m = try meldung(try #require(d), "zu-gross", Self.seite, zeile: 7)
        #expect(m.meldung.contains("Verweise"))
    }

    @Test func aliasBombeAlsSchluessel() throws {
        // keys are hashed whole by Yams' duplicate check: expanded keys must be refused first
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, vorher) in zip(["b", "c", "d", "e", "f"], ["a", "b", "c", "d", "e"]) {
            yaml += "\(name): &\(name) {? *\(vorher) : 1, ? [*\(vorher), *\(vorher)] : 2, ? [*\(vorher), *\(vorher), *\(vorher), *\(vorher)] : 3, ? [[*\(vorher), *\(vorher)], *\(vorher), *\(vorher), *\(vorher), *\(vorher)] : 4}\n"
        }
        let w = try Werkstatt(["region.yaml": yaml]); defer { w.aufraeumen() }
        let zeit = try dauer {
            let d = try scheitert(w)
            #expect(!d.mit(code: "zu-gross").isEmpty, "\(d.alle)")
        }
        #expect(zeit < .seconds(5), "\(zeit)")
    }

    @Test func tiefVerschachtelteKlammern() throws {
        for (yaml, zeile) in [
            ("titel: " + String(repeating: "[", count: 10_000) + "\n" + String(repeating: "]", count: 10_000), 2),
            ("titel: " + String(repeating: "[", count: 10_000), 2),
            ("titel: Impressum\nx: " + String(repeating: "[", count: 45) + String(repeating: "]", count: 45), 3),
            ("titel: " + String(repeating: "{a: ", count: 4_000) + "\n" + String(repeating: "}", count: 4_000), 2),
            ("titel: Impressum\nx: [\"\\\" \", " + String(repeating: "[", count: 10_000), 3),
            ("titel: Impressum\nx:\n" + String(repeating: "  [\n", count: 10_000), 43),
        ] {
            let w = try Werkstatt([Self.seite: "---\n" + yaml + "\n---\n"]); defer { w.aufraeumen() }
            var d: Diagnosen?
            let zeit = try dauer { d = try scheitert(w) }
            #expect(zeit < .seconds(5), "\(zeit)")
            try meldung(try #require(d), "zu-tief", Self.seite, zeile: zeile)
        }
    }

    @Test func maessigeVerschachtelungIstErlaubt() throws {
        let w = try Werkstatt([Self.seite: "---\ntitel: Impressum\n_x: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30) + "\n---\n"])
        defer { w.aufraeumen() }
        let (_, d) = try w.pruefe()
        #expect(d.mit(code: "zu-tief").isEmpty)
        #expect(d.mit(code: "yaml-syntax").isEmpty)
    }

    @Test func tiefEingerueckteBloecke() throws {
        // `a:` / ` a:` / `  a:` …: collection number k starts in YAML line k
        var yaml = ""
        for i in 0..<1_000 { yaml += String(repeating: " ", count: i) + "a:\n" }
        var liste = "x:\n  " + String(repeating: "- ", count: 5_000) + "a\n"
        liste += "titel: Impressum\n"
        for (text, zeile) in [(yaml, 42), (liste, 3)] {
            let w = try Werkstatt([Self.seite: "---\n" + text + "---\n"]); defer { w.aufraeumen() }
            var d: Diagnosen?
            let zeit = try dauer { d = try scheitert(w) }
            #expect(zeit < .seconds(5), "\(zeit)")
            try meldung(try #require(d), "zu-tief", Self.seite, zeile: zeile)
        }
    }

    @Test func tiefVerschachteltInYamlDatei() throws {
        let w = try Werkstatt(["kategorien.yaml": String(repeating: "- ", count: 9_000) + "x\n"]); defer { w.aufraeumen() }
        let zeit = try dauer { try meldung(try scheitert(w), "zu-tief", "kategorien.yaml", zeile: 1) }
        #expect(zeit < .seconds(5), "\(zeit)")
    }

    @Test func zwanzigMegabyte() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let gross = Array("---\ntitel: Impressum\n---\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 20_000_000)
        try w.schreibe(Self.seite, bytes: gross)
        var d: Diagnosen?
        let zeit = try dauer { d = try scheitert(w) }
        #expect(zeit < .seconds(5), "\(zeit)")
        let m = try meldung(try #require(d), "datei-zu-gross", Self.seite, zeile: 0)
        #expect(m.meldung.contains("20 MB"), "\(m.meldung)")
    }

    @Test func knappUeberDerGrenze() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        try w.schreibe(Self.seite, bytes: [UInt8](repeating: UInt8(ascii: "\n"), count: Quelldatei.hoechstgroesse + 1))
        let m = try meldung(try scheitert(w), "datei-zu-gross", Self.seite, zeile: 0)
        #expect(m.meldung.contains("etwas mehr als 1 MB"), "\(m.meldung)")
    }

    @Test func riesigeEinzelneZeile() throws {
        for (text, zeile) in [
            ("---\ntitel: Impressum\n---\n" + String(repeating: "x", count: 900_000), 4),
            ("---\ntitel: " + String(repeating: "Ä", count: 300_000) + "\n---\n", 2),
        ] {
            let w = try Werkstatt([Self.seite: text]); defer { w.aufraeumen() }
            var d: Diagnosen?
            let zeit = try dauer { d = try scheitert(w) }
            #expect(zeit < .seconds(5), "\(zeit)")
            let m = try meldung(try #require(d), "zeile-zu-lang", Self.seite, zeile: zeile)
            #expect((m.quelltext ?? "").count < 1_000, "die angezeigte Zeile ist gekürzt")
        }
    }

    @Test func langeZeileMitVielenFehlernBleibtKlein() throws {
        // each diagnostic quotes its line: the quote is cut, so 2,000 of them stay small
        let eintraege = (0..<2_000).map { "k\($0)" }.joined(separator: ", ")
        let w = try Werkstatt([Self.angebot: "---\ntitel: P\nkategorien: [\(eintraege)]\ntraeger: T\nkurzbeschreibung: K\ntelefonisch: ja\ntelefon: \"08166 1\"\ngeprueft: 2026-10-01\n---\n"])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let unbekannt = d.mit(code: "unbekannte-kategorie")
        #expect(unbekannt.count == 2_000)
        #expect(unbekannt.allSatisfy { $0.zeile == 3 && ($0.quelltext ?? "").count <= Quelldatei.hoechsteAnzeigelaenge + 2 })
    }

    // MARK: types and keys

    @Test func falscheTypen() throws {
        let w = try Werkstatt([Self.angebot: """
        ---
        titel:
          - Pflegedienst
          - Audorf
        kategorien: {pflege: ja}
        traeger: Sozialstation Audorf
        kurzbeschreibung: [Pflege, zu Hause]
        adresse: Hauptstraße 1
        telefon: "08166 1234"
        geprueft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let falsch = d.mit(code: "falscher-typ").filter { $0.datei == Self.angebot }
        #expect(falsch.map(\.zeile).sorted() == [3, 5, 7, 8], "\(falsch)")
        let titel = try #require(falsch.first { $0.zeile == 3 })
        #expect(titel.meldung.contains("Text") && titel.meldung.contains("Liste"))
        let kategorien = try #require(falsch.first { $0.zeile == 5 })
        #expect(kategorien.meldung.contains("Gruppe"))
    }

    @Test func doppelteSchluessel() throws {
        let w = try Werkstatt([Self.angebot: """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        titel: Pflegedienst Bedorf
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        adresse:
          strasse: Hauptstraße 1
          plz: "85391"
          ort: Audorf
          ort: Bedorf
        telefon: "08166 1234"
        geprueft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let d = try scheitert(w)
        let doppelt = d.mit(code: "doppelter-schluessel").filter { $0.datei == Self.angebot }
        #expect(doppelt.map(\.zeile) == [4, 11], "\(d.alle)")
        #expect(doppelt[0].meldung.contains("`titel`") && doppelt[0].meldung.contains("Zeile 2"))
    }

    @Test func doppelteSchluesselNachUmlautSchreibweise() throws {
        let w = try Werkstatt([Self.angebot: """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        telefonisch: ja
        telefon: "08166 1234"
        oeffnungszeiten: Mo-Fr 08:00-12:00
        Öffnungszeiten: Mo-Fr 09:00-12:00
        geprueft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let m = try meldung(try scheitert(w), "doppelter-schluessel", Self.angebot, zeile: 9)
        #expect(m.meldung.contains("Zeile 8"))
    }

    @Test func schluesselIstKeinName() throws {
        let w = try Werkstatt([Self.seite: "---\ntitel: Impressum\n[a, b]: c\n---\n"]); defer { w.aufraeumen() }
        try meldung(try scheitert(w), "falscher-schluessel", Self.seite, zeile: 3)
    }

    // MARK: the file system

    @Test func linkNachAussenWirdNichtGefolgt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let geheim = w.ordner.appendingPathComponent("geheim.md")
        try Data("---\ntitel: GEHEIMNIS\n---\nGEHEIMNIS\n".utf8).write(to: geheim)
        let draussen = w.ordner.appendingPathComponent("draussen")
        try FileManager.default.createDirectory(at: draussen.appendingPathComponent("angebote"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: w.inhalt.appendingPathComponent("seiten/geheim.md").path,
                                                   withDestinationPath: "../../geheim.md")
        try FileManager.default.createSymbolicLink(atPath: w.inhalt.appendingPathComponent("seiten/absolut.md").path,
                                                   withDestinationPath: geheim.path)
        try FileManager.default.createSymbolicLink(atPath: w.inhalt.appendingPathComponent("gemeinden/cedorf").path,
                                                   withDestinationPath: draussen.path)
        let (inhalt, d) = try w.pruefe()
        #expect(d.hatFehler)
        for pfad in ["seiten/geheim.md", "seiten/absolut.md", "gemeinden/cedorf"] {
            try meldung(d, "link-nach-aussen", pfad, zeile: 0)
        }
        #expect(inhalt?.seiten.contains { $0.titel.contains("GEHEIMNIS") } == false)
        try scheitert(w)
    }

    @Test func linkInnerhalbWirdGefolgt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        try w.schreibe("_entwuerfe/kontakt.md", "---\ntitel: Kontakt\n---\n")
        try FileManager.default.createSymbolicLink(atPath: w.inhalt.appendingPathComponent("seiten/kontakt.md").path,
                                                   withDestinationPath: "../_entwuerfe/kontakt.md")
        try FileManager.default.createSymbolicLink(atPath: w.inhalt.appendingPathComponent("seiten/schleife.md").path,
                                                   withDestinationPath: "schleife.md")
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler, "\(d.alle)")
        #expect(inhalt?.seiten.contains { $0.id == "kontakt" } == true)
        #expect(!d.mit(code: "link-kaputt").isEmpty)
    }

    @Test func inhaltsordnerFehlt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let fehlt = w.ordner.appendingPathComponent("gibt-es-nicht")
        #expect(throws: InhaltsordnerFehler.self) { try Wegweiser.pruefe(inhalt: fehlt, heute: Werkstatt.heute) }
        #expect(throws: InhaltsordnerFehler.self) {
            try Wegweiser.baue(.init(inhalt: fehlt, ausgabe: w.site, theme: Werkstatt.theme, heute: Werkstatt.heute))
        }
        #expect(!FileManager.default.fileExists(atPath: w.site.path))
        // a file instead of a folder
        let datei = w.ordner.appendingPathComponent("datei")
        try Data("x".utf8).write(to: datei)
        #expect(throws: InhaltsordnerFehler.self) { try Wegweiser.pruefe(inhalt: datei, heute: Werkstatt.heute) }
    }

    static var programm: URL? {
        var ordner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            let kandidat = ordner.appendingPathComponent("wegweiser")
            var istOrdner: ObjCBool = false
            if FileManager.default.fileExists(atPath: kandidat.path, isDirectory: &istOrdner), !istOrdner.boolValue,
               FileManager.default.isExecutableFile(atPath: kandidat.path) {
                return kandidat
            }
            ordner = ordner.deletingLastPathComponent()
        }
        return nil
    }

    @Test(.enabled(if: programm != nil, "das Programm `wegweiser` liegt nicht neben den Tests"))
    func kommandozeileOhneInhaltsordnerEndetMitCode2() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        guard let programm = Self.programm else { return }
        for argumente in [["check"], ["build", "--output", w.site.path, "--theme", Werkstatt.theme.path]] {
            let p = Process()
            p.executableURL = programm
            p.arguments = argumente + ["--content", w.ordner.appendingPathComponent("gibt-es-nicht").path, "--today", "2026-11-21"]
            let fehler = Pipe()
            p.standardError = fehler
            p.standardOutput = Pipe()
            try p.run()
            let text = String(decoding: fehler.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 2, "\(argumente[0]): \(p.terminationStatus) \(text)")
            #expect(text.contains("existiert nicht"), "\(text)")
        }
        // broken content is exit code 1, not a crash
        try w.schreibe(Self.seite, bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
        let p = Process()
        p.executableURL = programm
        p.arguments = ["check", "--content", w.inhalt.path, "--today", "2026-11-21"]
        let aus = Pipe(), fehlerAus = Pipe()
        p.standardOutput = aus; p.standardError = fehlerAus
        try p.run()
        let gedruckt = String(decoding: aus.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = fehlerAus.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        // what check found goes to stdout: `wegweiser check > meldungen.txt` keeps it
        #expect(gedruckt.contains(Self.seite) && gedruckt.contains("1 Fehler"), "\(gedruckt)")
    }

    /// The parser's own words (help, a misspelt option) are German too; a wrong call exits with 2.
    @Test func aufrufFehlerUndHilfeAufDeutsch() throws {
        let programm = try #require(Self.programm, "the wegweiser binary beside the tests (swift build)")
        func rufe(_ argumente: [String]) throws -> (Int32, aus: String, fehler: String) {
            let p = Process()
            p.executableURL = programm
            p.arguments = argumente
            let aus = Pipe(), fehler = Pipe()
            p.standardOutput = aus; p.standardError = fehler
            try p.run()
            let a = String(decoding: aus.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let f = String(decoding: fehler.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, a, f)
        }
        let vertippt = try rufe(["build", "--contnet", "x"])
        #expect(vertippt.0 == 2)
        #expect(vertippt.fehler.hasPrefix("Fehler: Die Option `--contnet` gibt es nicht. Gemeint ist wohl `--content`."), "\(vertippt.fehler)")
        #expect(vertippt.fehler.contains("Aufruf: wegweiser build") && vertippt.fehler.contains("Mehr dazu: `wegweiser build --help`."), "\(vertippt.fehler)")
        let befehl = try rufe(["bild"])
        #expect(befehl.0 == 2 && befehl.fehler.hasPrefix("Fehler: Mit `bild` kann wegweiser nichts anfangen."), "\(befehl.fehler)")
        let wert = try rufe(["check", "--format", "yaml"])
        #expect(wert.0 == 2 && wert.fehler.contains("Möglich sind: 'text', 'json' oder 'github'."), "\(wert.fehler)")
        let hilfe = try rufe(["help", "build"])
        #expect(hilfe.0 == 0 && hilfe.fehler.isEmpty)
        for wort in ["ÜBERSICHT:", "AUFRUF:", "OPTIONEN:", "Zeigt diese Hilfe.", "(Vorgabe: site)"] {
            #expect(hilfe.aus.contains(wort), "\(wort): \(hilfe.aus)")
        }
        for englisch in ["USAGE", "OPTIONS", "default:", "Show help"] {
            #expect(!hilfe.aus.contains(englisch), "\(englisch): \(hilfe.aus)")
        }
    }

    @Test func mdDateiIstEinOrdner() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        try FileManager.default.createDirectory(at: w.inhalt.appendingPathComponent("seiten/kontakt.md"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: w.inhalt.appendingPathComponent("gemeinden/audorf/angebote/leer.md"), withIntermediateDirectories: true)
        try w.schreibe("region/angebote/voll.md/inhalt.md", "---\ntitel: x\n---\n")
        let d = try scheitert(w)
        for pfad in ["seiten/kontakt.md", "gemeinden/audorf/angebote/leer.md", "region/angebote/voll.md"] {
            let m = try meldung(d, "ordner-statt-datei", pfad, zeile: 0)
            #expect(m.meldung.contains("Ordner"))
        }
    }

    @Test func dateinamenMitSteuerzeichenOderFremderKodierung() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let seiten = w.inhalt.appendingPathComponent("seiten").path
        for name in [Array("a\u{1B}[31mrot.md".utf8), Array("zeile\numbruch.md".utf8), Array("caf".utf8) + [0xE9] + Array(".md".utf8)] {
            let pfad = Array(seiten.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = pfad.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
            }
            #expect(fd >= 0)
            close(fd)
        }
        let d = try scheitert(w)
        let namen = d.mit(code: "ungueltiger-dateiname")
        #expect(namen.count == 3, "\(d.alle)")
        for m in namen {
            #expect(!m.datei.unicodeScalars.contains { $0.value < 0x20 }, "\(m.datei)")
            #expect(!m.meldung.unicodeScalars.contains { $0.value < 0x20 }, "\(m.meldung)")
        }
        #expect(namen.contains { $0.vorschlag?.contains("„caf.md“") == true }, "\(namen.map(\.vorschlag))")
    }

    @Test func pipeBlockiertNicht() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let pfad = w.inhalt.appendingPathComponent("seiten/pipe.md").path
        #expect(mkfifo(pfad, 0o644) == 0)
        let zeit = try dauer { try meldung(try scheitert(w), "keine-datei", "seiten/pipe.md", zeile: 0) }
        #expect(zeit < .seconds(5))
    }

    @Test func pipeDirektGelesen() {
        // Quelldatei itself refuses anything but a regular file, even when asked directly
        let ordner = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-pipe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: ordner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: ordner) }
        let pipe = ordner.appendingPathComponent("x.md")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let d = Diagnosen()
        #expect(Quelldatei.lies(url: pipe, pfad: "x.md", diagnosen: d) == nil)
        #expect(d.alle.map(\.code) == ["keine-datei"])
        let d2 = Diagnosen()
        #expect(Quelldatei.lies(url: ordner, pfad: "o.md", diagnosen: d2) == nil)
        #expect(d2.alle.map(\.code) == ["ordner-statt-datei"])
    }

    static var istRoot: Bool { geteuid() == 0 }

    @Test(.enabled(if: !istRoot, "als root ist jede Datei lesbar"))
    func keineLeseberechtigung() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let datei = w.inhalt.appendingPathComponent(Self.seite)
        let ordner = w.inhalt.appendingPathComponent("gemeinden/bedorf/termine")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: datei.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: ordner.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: datei.path)
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ordner.path)
        }
        let d = try scheitert(w)
        try meldung(d, "nicht-lesbar", Self.seite, zeile: 0)
        try meldung(d, "ordner-nicht-lesbar", "gemeinden/bedorf/termine", zeile: 0)
    }

    // MARK: the fuzz entry points

    /// The checks the fuzz target makes (`Fuzzing` traps when a promise is broken), on the
    /// hostile inputs above and on every file of the example region.
    @Test func fuzzEinstiegHaeltSeineZusagen() throws {
        defer { Fuzzing.aufraeumen() }
        var eingaben: [[UInt8]] = [
            [], Array("---".utf8), Array("---\n---\n".utf8), [0xFF, 0xFE, 0x2D, 0], [0xC0, 0xAF],
            Array("---\ntitel: Imp".utf8) + [0] + Array("ressum\n---\n".utf8),
            Array("---\ntitel: \u{1B}[31m\u{0B}\u{85}\u{2028}x\n---\n".utf8),
            Array(("---\ntitel: " + String(repeating: "[", count: 10_000) + "\n---\n").utf8),
            Array(("---\nx:\n  " + String(repeating: "- ", count: 5_000) + "a\n---\n").utf8),
            Array("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n".utf8),
            Array("---\ntitel: A\ntitel: B\nÖffnungszeiten: Mo\noeffnungszeiten: Di\n[a]: b\n---\n".utf8),
            Array("---\ntitel: \"offen\nkategorien: [pflege\n---\n".utf8),
            Array("---\ntitel: [1, 2]\nkategorien: {a: b}\nadresse: x\nort: [x]\nbeginn: 2026-13-45 25:61\n---\n".utf8),
            Array(("---\ntitel: x\n---\n" + String(repeating: "y", count: 30_000)).utf8),
        ]
        let beispiel = Werkstatt.repo.appendingPathComponent("content")
        if let alle = FileManager.default.enumerator(atPath: beispiel.path) {
            for case let pfad as String in alle {
                if let d = FileManager.default.contents(atPath: beispiel.appendingPathComponent(pfad).path), !d.isEmpty { eingaben.append([UInt8](d)) }
            }
        }
        for e in eingaben { Fuzzing.frontMatter(e) }
        for s in ["Mo-Fr 08:00-12:00", "Mo[1] 14:00-16:00", "24/7", "\"nach Vereinbarung\"", "", "Mo-", "25:00-26:00",
                  String(repeating: "Mo,", count: 2_000), "Mo[-9] 8:00-7:00; PH off; ;;", "„offen", "\u{0}\u{1B}"] {
            Fuzzing.oeffnungszeiten(s)
        }
    }

    // MARK: the published site stays as it was

    @Test func vorhandeneAusgabeBleibtUnveraendert() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        #expect(try w.baue().seiten > 0)
        let vorher = try FileManager.default.subpathsOfDirectory(atPath: w.site.path).sorted()
        let startseite = try w.lies("index.html")
        for (pfad, bytes) in [(Self.seite, Array("---\ntitel: [".utf8) + Array(repeating: UInt8(ascii: "["), count: 50_000)),
                              (Self.angebot, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0])] {
            try w.schreibe(pfad, bytes: bytes)
            let e = try w.baue()
            #expect(e.diagnosen.hatFehler)
            #expect(e.seiten == 0)
            #expect(try FileManager.default.subpathsOfDirectory(atPath: w.site.path).sorted() == vorher)
            #expect(try w.lies("index.html") == startseite)
        }
    }
}
