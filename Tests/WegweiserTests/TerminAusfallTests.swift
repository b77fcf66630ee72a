import Foundation
import Testing
@testable import Wegweiser

/// `entfaellt:` (an extension of the format): the days a series or an event does not take place.
@Suite struct TerminAusfallTests {
    /// The workshop's monthly Netzwerktreffen (second Tuesday, 2026-11-10 to 2027-03-31) with one more line.
    static func netzwerktreffen(_ zeile: String) throws -> Werkstatt {
        try Werkstatt(["region/termine/netzwerktreffen.md": """
            ---
            titel: Netzwerktreffen
            beginn: "2026-11-10 19:00"
            ende: "2026-11-10 21:00"
            ort: Rathaus Audorf
            veranstalter: AK Soziales
            kurzbeschreibung: Austausch der Nachbarschaftshilfen.
            wiederholung: monatlich
            bis: 2027-03-31
            \(zeile)
            ---
            """])
    }

    /// A month the series is cancelled in is no word of it in the search (`Netzwerktreffen Januar`).
    @Test func abgesagterMonatNichtImSuchindex() throws {
        let w = try Self.netzwerktreffen("entfaellt: 2027-01"); defer { w.aufraeumen() }
        let (inhalt, _) = try w.pruefe()
        let t = try #require(inhalt?.termine.first { $0.id == "netzwerktreffen" })
        let wann = Suchwerk.wann(t, heute: Werkstatt.heute)
        #expect(wann.contains("Dezember") && wann.contains("Februar") && !wann.contains("Januar"), "\(wann)")
        let ohne = try Self.netzwerktreffen(""); defer { ohne.aufraeumen() }
        let u = try #require(try ohne.pruefe().0?.termine.first { $0.id == "netzwerktreffen" })
        #expect(Suchwerk.wann(u, heute: Werkstatt.heute).contains("Januar"))
    }

    @Test func eintraegeWieManSieSchreibt() {
        #expect(Ausfall("2027-01-12") == Ausfall(von: Datum("2027-01-12")!, bis: Datum("2027-01-12")!))
        #expect(Ausfall("12.1.2027") == Ausfall("2027-01-12"))
        for monat in ["2027-08", "8.2027", "08/2027", "August 2027", "Aug 2027"] {
            #expect(Ausfall(monat) == Ausfall(von: Datum("2027-08-01")!, bis: Datum("2027-08-31")!), "\(monat)")
        }
        #expect(Ausfall("Februar 2028")?.bis == Datum("2028-02-29"))
        #expect(Ausfall("Maerz 2027")?.von == Datum("2027-03-01"))
        #expect(Ausfall("2026-12-22 bis 2027-01-06") == Ausfall(von: Datum("2026-12-22")!, bis: Datum("2027-01-06")!))
        #expect(Ausfall("2027-07 – 2027-08") == Ausfall(von: Datum("2027-07-01")!, bis: Datum("2027-08-31")!))
        // as German writes a span: the year once, at the end
        #expect(Ausfall("22.03.-02.04.2027") == Ausfall(von: Datum("2027-03-22")!, bis: Datum("2027-04-02")!))
        #expect(Ausfall("22.3. bis 2.4.2027") == Ausfall("22.03.-02.04.2027"))
        for falsch in ["2027-13-01", "nächste Woche", "2027-01-06 bis 2026-12-22", "12.1.27", "", "Ju 2027"] {
            #expect(Ausfall(falsch) == nil, "\(falsch)")
        }
    }

    /// Days, a month and a span leave the series; the next date skips them; the page says which
    /// upcoming dates are cancelled.
    @Test func eineReiheEntfaelltAnTagenUndMonaten() throws {
        let w = try Self.netzwerktreffen("entfaellt: [2026-12-08, 2027-02]"); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler && d.alle.filter { $0.datei.hasSuffix("netzwerktreffen.md") }.isEmpty, "\(d.alle)")
        let t = try #require(inhalt?.termine.first { $0.id == "netzwerktreffen" })
        #expect(t.alleVorkommen().map(\.datum.description) == ["2026-11-10", "2027-01-12", "2027-03-09"])
        #expect(t.planmaessig().count == 5)
        #expect(t.naechstes(ab: Werkstatt.heute)?.datum.description == "2027-01-12")
        #expect(t.ausfaelle(ab: Werkstatt.heute).map(\.datum.description) == ["2026-12-08", "2027-02-09"])
        #expect(!t.istAbgesagt)
        _ = try w.baue()
        let seite = try w.lies("termine/netzwerktreffen/index.html")
        #expect(seite.contains("Entfällt am"))
        #expect(seite.contains(#"<time datetime="2026-12-08">Dienstag, 8. Dezember 2026</time>"#))
        #expect(seite.contains(#"<time datetime="2027-02-09">Dienstag, 9. Februar 2027</time>"#))
        // the date shown first is the next one that takes place; the series says its day
        #expect(seite.contains(#"<time datetime="2027-01-12T19:00">"#))
        #expect(seite.contains("jeden zweiten Dienstag im Monat bis"), "\(seite)")
    }

    /// `entfällt` with the umlaut, and the words volunteers also use, in one line with commas.
    @Test func auchAusfallUndAusserInEinerZeile() throws {
        for zeile in ["entfällt: 2026-12-08, 2027-01-12", "Ausfall: 2026-12-08, 2027-01-12", "außer: 8.12.2026, 12.1.2027"] {
            let w = try Self.netzwerktreffen(zeile); defer { w.aufraeumen() }
            let (inhalt, d) = try w.pruefe()
            #expect(d.alle.filter { $0.datei.hasSuffix("netzwerktreffen.md") }.isEmpty, "\(zeile): \(d.alle)")
            let t = try #require(inhalt?.termine.first { $0.id == "netzwerktreffen" })
            #expect(t.alleVorkommen().map(\.datum.description) == ["2026-11-10", "2027-02-09", "2027-03-09"], "\(zeile)")
        }
    }

    /// Not a date: an error at its line with the forms to write; a day the series does not
    /// meet anyway (a Wednesday for a Tuesday series): a warning with the dates near it.
    @Test func falscheUndUnnoetigeEintraege() throws {
        let w = try Self.netzwerktreffen("entfaellt:\n  - 2026-12-09\n  - Weihnachten"); defer { w.aufraeumen() }
        let (_, d) = try w.pruefe()
        let fehler = d.mit(code: "ungueltiges-datum").filter { $0.datei.hasSuffix("netzwerktreffen.md") }
        #expect(fehler.count == 1 && fehler.first?.schwere == .fehler, "\(d.alle)")
        #expect(fehler.first?.zeile == 12 && fehler.first?.meldung.contains("Weihnachten") == true, "\(fehler)")
        #expect(fehler.first?.vorschlag?.contains("2027-07-26 bis 2027-09-05") == true)
        let unnoetig = d.mit(code: "entfaellt-kein-termin")
        #expect(unnoetig.count == 1 && unnoetig.first?.schwere == .warnung && unnoetig.first?.zeile == 11, "\(d.alle)")
        #expect(unnoetig.first?.meldung.contains("Mittwoch, 9.12.2026") == true, "\(unnoetig)")
        #expect(unnoetig.first?.vorschlag?.contains("`2026-12-08` (Dienstag, 8.12.2026)") == true, "\(unnoetig)")
    }

    /// A series whose end is unreadable has that message only, not also one per `entfaellt` day.
    @Test func keineFolgemeldungenBeiUnlesbaremEnde() throws {
        let w = try Self.netzwerktreffen("entfaellt: 2026-12-08").schreibeUm("bis: 2027-03-31", "bis: 2027-02-30")
        defer { w.aufraeumen() }
        let d = try w.pruefe().1
        #expect(d.mit(code: "ungueltiges-datum").count == 1 && d.mit(code: "entfaellt-kein-termin").isEmpty, "\(d.alle)")
    }

    /// A single event whose day is named is cancelled: its page says so, it is in no list of
    /// upcoming or past events, and it offers no calendar file.
    @Test func einEinzelnerTerminWirdAbgesagt() throws {
        let pfad = "gemeinden/bedorf/termine/seniorennachmittag.md"
        let text = try #require(Werkstatt.grundlage[pfad]).replacingOccurrences(of: "kurzbeschreibung:", with: "entfaellt: 2026-12-02\nkurzbeschreibung:")
        let w = try Werkstatt([pfad: text]); defer { w.aufraeumen() }
        let ergebnis = try w.baue()
        #expect(!ergebnis.diagnosen.hatFehler)
        let t = try #require(ergebnis.inhalt?.termine.first { $0.id == "seniorennachmittag" })
        #expect(t.istAbgesagt && t.naechstes(ab: Werkstatt.heute) == nil)
        let seite = try w.lies("termine/seniorennachmittag/index.html")
        #expect(seite.contains("Dieser Termin entfällt."))
        #expect(!seite.contains("bereits stattgefunden") && !seite.contains("termin.ics"))
        #expect(!(try w.lies("termine/index.html")).contains("seniorennachmittag"))
        #expect(!(try w.lies("gemeinden/bedorf/index.html")).contains("seniorennachmittag"))
        #expect(try w.lies("termine/seniorennachmittag/termin.ics").contains("STATUS:CANCELLED"))
        // the search, which still finds it, says so beside its date
        let index = try w.lies("suchindex/index.js").replacingOccurrences(of: "\\u00e4", with: "ä")
        #expect(index.contains("Entfällt: Mittwoch, 2. Dezember 2026"), "\(index.prefix(300))")
    }

    /// A cancelled event offers no registration, on its page or in its calendar file; the file
    /// has a higher SEQUENCE than before the cancellation, so that a calendar that has the event
    /// takes the change over (1 when cancelled, 0 otherwise: the same content gives the same bytes).
    @Test func abgesagterTerminOhneAnmeldungMitSequenz() throws {
        let pfad = "gemeinden/bedorf/termine/seniorennachmittag.md"
        let text = try #require(Werkstatt.grundlage[pfad]).replacingOccurrences(of: "kurzbeschreibung:", with: "anmeldung: Bei Frau Huber bis Montag\nkurzbeschreibung:")
        let offen = try Werkstatt([pfad: text]); defer { offen.aufraeumen() }
        _ = try offen.baue()
        #expect(try offen.lies("termine/seniorennachmittag/index.html").contains("Bei Frau Huber bis Montag"))
        let vorher = KalenderTests.zeilen(try offen.lies("termine/seniorennachmittag/termin.ics"))
        #expect(vorher.contains("SEQUENCE:0") && !vorher.contains("STATUS:CANCELLED"), "\(vorher)")
        #expect(vorher.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("Anmeldung: Bei Frau Huber") }, "\(vorher)")

        let w = try Werkstatt([pfad: text.replacingOccurrences(of: "kurzbeschreibung:", with: "entfaellt: 2026-12-02\nkurzbeschreibung:")])
        defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("termine/seniorennachmittag/index.html")
        #expect(seite.contains("Dieser Termin entfällt.") && !seite.contains("Frau Huber") && !seite.contains("Anmeldung"), "\(seite)")
        let ics = try w.lies("termine/seniorennachmittag/termin.ics")
        let z = KalenderTests.zeilen(ics)
        #expect(z.contains("SEQUENCE:1") && z.contains("STATUS:CANCELLED") && !ics.contains("Frau Huber"), "\(z)")
        // the same content again: the same bytes
        let zweiter = w.ordner.appendingPathComponent("zweiter")
        _ = try w.baue(ausgabe: zweiter)
        #expect(try String(contentsOf: zweiter.appendingPathComponent("termine/seniorennachmittag/termin.ics"), encoding: .utf8) == ics)
    }
}

extension Werkstatt {
    /// The same workshop with one text replaced in the Netzwerktreffen's file.
    func schreibeUm(_ alt: String, _ neu: String) throws -> Werkstatt {
        let pfad = "region/termine/netzwerktreffen.md"
        let text = try String(contentsOf: inhalt.appendingPathComponent(pfad), encoding: .utf8)
        try schreibe(pfad, text.replacingOccurrences(of: alt, with: neu))
        return self
    }
}
