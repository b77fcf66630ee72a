import Foundation
import Testing
@testable import Wegweiser

/// Mistakes a volunteer makes typing in a web editor: the message names the line that has the
/// mistake and the suggestion is the line as meant, never a made-up value.
@Suite struct SchreibfehlerTests {
    static let angebotPfad = "gemeinden/audorf/angebote/pflege-audorf.md"
    static let terminPfad = "gemeinden/bedorf/termine/seniorennachmittag.md"
    static let angebot = Werkstatt.grundlage[angebotPfad]!
    static let termin = Werkstatt.grundlage[terminPfad]!

    /// The only error of `datei` after replacing `alt` by `neu`.
    func einzigerFehler(_ datei: String, _ alt: String, _ neu: String, _ quelle: SourceLocation = #_sourceLocation) throws -> Diagnose {
        let text = Werkstatt.grundlage[datei]!
        #expect(text.contains(alt), sourceLocation: quelle)
        let w = try Werkstatt([datei: text.replacingOccurrences(of: alt, with: neu)]); defer { w.aufraeumen() }
        let d = try w.pruefe().1
        #expect(d.fehler.count == 1, "\(d.alle)", sourceLocation: quelle)
        return try #require(d.fehler.first, sourceLocation: quelle)
    }

    // MARK: a line that is not `schlüssel: wert`

    /// `titel:Pflegedienst` was reported a line later, at `kategorien:`, with the advice to put the
    /// list in quotes; at the end of the block it was libyaml's English "could not find expected ':'".
    @Test func doppelpunktOhneLeerzeichen() throws {
        let m = try einzigerFehler(Self.angebotPfad, "titel: Pflegedienst", "titel:Pflegedienst")
        #expect(m.zeile == 2 && m.spalte == 7)
        #expect(m.meldung.contains("nach dem Doppelpunkt hinter `titel` fehlt ein Leerzeichen"))
        #expect(m.vorschlag?.hasSuffix("`titel: Pflegedienst Audorf`") == true)

        let letzte = try einzigerFehler(Self.angebotPfad, "geprueft: 2026", "geprueft:2026")
        #expect(letzte.zeile == 12)
        #expect(letzte.vorschlag?.hasSuffix("`geprueft: 2026-10-01`") == true)
        #expect(!letzte.meldung.contains("could not"))

        // (`https://` and a time are no missing space)
        let web = try einzigerFehler(Self.angebotPfad, "telefon: \"08166 1234\"", "telefon: \"08166 1234\"\nweb:https://www.example.org/")
        #expect(web.zeile == 11 && web.vorschlag?.hasSuffix("`web: https://www.example.org/`") == true)
    }

    @Test func strichOhneLeerzeichenUndFehlenderDoppelpunkt() throws {
        let liste = try einzigerFehler(Self.angebotPfad, "kategorien: [pflege]", "kategorien:\n-pflege")
        #expect(liste.zeile == 4)
        #expect(liste.meldung.contains("nach dem Strich `-`"))
        #expect(liste.vorschlag?.hasSuffix("`- pflege`") == true)

        let gleich = try einzigerFehler(Self.angebotPfad, "traeger: Sozialstation Audorf", "traeger = Sozialstation Audorf")
        #expect(gleich.zeile == 4 && gleich.meldung.contains("nach dem Namen `traeger` fehlt der Doppelpunkt"))
        #expect(gleich.vorschlag?.hasSuffix("`traeger: Sozialstation Audorf`") == true)

        // a known key and its value with a space only; before, the line was taken for the rest of `oeffnungszeiten`
        let ohne = try einzigerFehler(Self.angebotPfad, "geprueft: 2026-10-01", "kosten kostenlos\ngeprueft: 2026-10-01")
        #expect(ohne.zeile == 12 && ohne.vorschlag?.hasSuffix("`kosten: kostenlos`") == true)
    }

    // MARK: dates and times

    /// The suggestion was today for `24. Dezember 2025`, and 14:00 for `15.00` or `14.30`.
    @Test func datumUndUhrzeitWieGeschrieben() throws {
        let datum = try einzigerFehler(Self.angebotPfad, "geprueft: 2026-10-01", "geprueft: 1. Okt. 2026")
        #expect(datum.vorschlag?.hasSuffix("`geprueft: 2026-10-01`") == true)

        for (geschrieben, gemeint) in [("02.12.2026 15.00", "2026-12-02 15:00"), ("\"2026-12-02 14.30\"", "2026-12-02 14:30"),
                                       ("2. Dezember 2026, 15 Uhr", "2026-12-02 15:00"), ("2026-12-02 15:00 Uhr", "2026-12-02 15:00"),
                                       ("2.12.26 um 9 Uhr", "2026-12-02 09:00")] {
            let m = try einzigerFehler(Self.terminPfad, "beginn: \"2026-12-02 14:00\"", "beginn: \(geschrieben)")
            #expect(m.zeile == 3)
            #expect(m.vorschlag == "Datum und Uhrzeit so schreiben: `beginn: \"\(gemeint)\"`", "\(geschrieben)")
        }
    }

    /// A date without a time, or a time without a date, says which is missing; the end's day is the beginning's.
    @Test func fehlendeUhrzeitOderFehlendesDatum() throws {
        let ohneZeit = try einzigerFehler(Self.terminPfad, "beginn: \"2026-12-02 14:00\"", "beginn: 2026-12-02")
        #expect(ohneZeit.meldung == "Bei „2026-12-02“ fehlt die Uhrzeit.")
        #expect(ohneZeit.vorschlag?.contains("mit der richtigen Uhrzeit") == true)

        let ende = try einzigerFehler(Self.terminPfad, "ende: \"2026-12-02 16:00\"", "ende: 16.30 Uhr")
        #expect(ende.vorschlag == "Datum und Uhrzeit so schreiben: `ende: \"2026-12-02 16:30\"`")

        let ohneDatum = try einzigerFehler(Self.terminPfad, "beginn: \"2026-12-02 14:00\"\nende: \"2026-12-02 16:00\"", "beginn: 14:00")
        #expect(ohneDatum.meldung == "Bei „14:00“ fehlt das Datum.")
        #expect(ohneDatum.vorschlag?.contains("mit dem richtigen Datum") == true)

        // a day and month without a year: not 09:12, not the year 2014; the year is said to be made up
        for (geschrieben, meldung, gemeint, hinweis) in [
            ("Mittwoch, 9.12.", "fehlen das Jahr und die Uhrzeit", "2026-12-09 14:00", "mit dem richtigen Jahr und der richtigen Uhrzeit"),
            ("9. Dezember 14 Uhr", "fehlt das Jahr", "2026-12-09 14:00", "mit dem richtigen Jahr"),
            ("Mi 9.12. um 15.30", "fehlt das Jahr", "2026-12-09 15:30", "mit dem richtigen Jahr")] {
            let m = try einzigerFehler(Self.terminPfad, "beginn: \"2026-12-02 14:00\"\nende: \"2026-12-02 16:00\"", "beginn: \(geschrieben)")
            #expect(m.meldung == "Bei „\(geschrieben)“ \(meldung).", "\(geschrieben)")
            #expect(m.vorschlag == "Datum und Uhrzeit so schreiben: `beginn: \"\(gemeint)\"` (\(hinweis))", "\(geschrieben)")
        }
    }
}

/// A category or Gemeinde written as the site shows it: the suggestion is its id.
@Suite struct GenannteKennungenTests {
    @Test func kategorieUnterIhremNamenOderSuchbegriff() throws {
        let text = SchreibfehlerTests.angebot.replacingOccurrences(of: "kategorien: [pflege]",
                                                                   with: "kategorien: [Fahr- und Begleitdienste, Pflegedienst]")
        let w = try Werkstatt([SchreibfehlerTests.angebotPfad: text]); defer { w.aufraeumen() }
        let d = try w.pruefe().1.mit(code: "unbekannte-kategorie")
        #expect(d.map(\.vorschlag) == ["`fahrdienste` schreiben.", "`pflege` schreiben."])
    }

    @Test func gemeindeMitDemErstenTeilIhresNamens() {
        #expect(Vorschlag.naechster(zu: "kirchdorf", aus: ["kranzberg", "kirchdorf-an-der-amper", "zolling"]) == "kirchdorf-an-der-amper")
        #expect(Vorschlag.naechster(zu: "eching", aus: ["kranzberg", "zolling"]) == nil)
    }
}
