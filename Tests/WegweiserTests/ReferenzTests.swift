import Foundation
import Testing
@testable import Wegweiser

@Suite struct ReferenzTests {
    @Test func unbekannteKategorieMitVorschlagUndZeile() throws {
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflegge]
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        telefonisch: ja
        telefon: "08166 1234"
        geprueft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let (_, d) = try w.pruefe()
        let f = try #require(d.mit(code: "unbekannte-kategorie").first)
        #expect(f.datei == "gemeinden/audorf/angebote/pflege-audorf.md")
        #expect(f.zeile == 3)
        #expect(f.spalte == 14)
        #expect(f.meldung.contains("pflegge"))
        #expect(f.vorschlag?.contains("`pflege`") == true)
        #expect(d.hatFehler)
    }

    @Test func unbekannteGemeindeImEinzugsgebiet() throws {
        let w = try Werkstatt(["region/angebote/nachbarschaftshilfe-tal.md": """
        ---
        titel: Nachbarschaftshilfe im Tal
        kategorien: [nachbarschaftshilfe]
        traeger: Helferkreis Testtal
        kurzbeschreibung: Hilfe.
        telefonisch: ja
        telefon: "08166 9999"
        einzugsgebiet: [audorf, beedorf]
        geprueft: 2026-09-01
        ---
        """])
        defer { w.aufraeumen() }
        let f = try #require(try w.pruefe().1.mit(code: "unbekannte-gemeinde").first)
        #expect(f.zeile == 8)
        #expect(f.meldung.contains("beedorf"))
        #expect(f.vorschlag?.contains("`bedorf`") == true)
    }

    @Test func doppelteIdNenntBeideDateien() throws {
        let w = try Werkstatt(["gemeinden/bedorf/angebote/pflege-audorf.md": Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!])
        defer { w.aufraeumen() }
        let f = try w.pruefe().1.mit(code: "doppelte-id")
        #expect(f.count == 2)
        #expect(Set(f.map(\.datei)) == ["gemeinden/audorf/angebote/pflege-audorf.md", "gemeinden/bedorf/angebote/pflege-audorf.md"])
        #expect(f.allSatisfy { $0.meldung.contains("gemeinden/") })
    }

    @Test func unbekannteKategorieInGrundversorgungUndTermin() throws {
        var region = Werkstatt.grundlage["region.yaml"]!
        region = region.replacingOccurrences(of: "[pflege, nachbarschaftshilfe]", with: "[pflege, essen]")
        let w = try Werkstatt(["region.yaml": region, "region/termine/netzwerktreffen.md": """
        ---
        titel: Netzwerktreffen
        beginn: "2026-11-10 19:00"
        ort: Rathaus
        veranstalter: AK Soziales
        kurzbeschreibung: Austausch.
        kategorien: [nachbarschaftshilfen]
        ---
        """])
        defer { w.aufraeumen() }
        let f = try w.pruefe().1.mit(code: "unbekannte-kategorie")
        #expect(f.contains { $0.datei == "region.yaml" && $0.meldung.contains("essen") })
        #expect(f.contains { $0.datei == "region/termine/netzwerktreffen.md" && $0.vorschlag?.contains("`nachbarschaftshilfe`") == true })
    }

    @Test func pflichtfelderFehlenMitZeile() throws {
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        telefon: "08166 1234"
        oeffnungszeiten: Mo-Fr 8-12
        ---
        """])
        defer { w.aufraeumen() }
        let d = try w.pruefe().1
        let f = d.mit(code: "pflichtfeld-fehlt").map(\.meldung).joined(separator: "\n")
        for key in ["traeger", "kurzbeschreibung", "geprueft", "adresse"] { #expect(f.contains("`\(key)`"), "\(key) fehlt nicht in: \(f)") }
        // the opening hours in the same file are checked too, not only once the rest is there
        #expect(d.mit(code: "oeffnungszeiten").first?.zeile == 5, "\(d.alle)")
    }

    /// A misspelt required key (`titl:`) is one error at its line that names both the misspelling
    /// and the missing key, before any other message of the file; not a missing key at line 1
    /// and a warning further down.
    @Test func verschriebenePflichtangabe() throws {
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        kategorien: [pflege]
        Titl: Pflegedienst Audorf
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        telefonisch: ja
        telfon: "08166 1234"
        geprueft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let d = try w.pruefe().1.sortiert.filter { $0.datei == "gemeinden/audorf/angebote/pflege-audorf.md" }
        #expect(d.count == 2, "\(d.map(\.meldung))")
        let titel = try #require(d.first)
        #expect(titel.schwere == .fehler && titel.code == "pflichtfeld-fehlt" && titel.zeile == 3, "\(titel)")
        #expect(titel.meldung == "Die Angabe `Titl` ist unbekannt – meinten Sie `titel`? Die Pflichtangabe `titel` fehlt sonst.")
        #expect(titel.vorschlag == "`titel:` schreiben: `titel: Pflegedienst Audorf`")
        // (the same for the one way to reach a service)
        let telefon = try #require(d.last)
        #expect(telefon.schwere == .fehler && telefon.zeile == 7 && telefon.meldung.contains("meinten Sie `telefon`?"), "\(telefon)")
        // a misspelt key whose right spelling is there too stays a warning
        let beide = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
            .replacingOccurrences(of: "traeger:", with: "titl: Pflege\ntraeger:")])
        defer { beide.aufraeumen() }
        let b = try beide.pruefe().1
        #expect(!b.hatFehler && b.mit(code: "unbekannter-schluessel").count == 1, "\(b.alle)")
        // and a word that only contains a missing key is no misspelling of it (`stichworte`, `ort`)
        let termin = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": """
        ---
        titel: Seniorennachmittag
        beginn: "2026-12-02 14:00"
        stichworte: [Kaffee]
        veranstalter: Seniorenkreis Bedorf
        kurzbeschreibung: Kaffee und Kuchen.
        ---
        """])
        defer { termin.aufraeumen() }
        let t = try termin.pruefe().1
        #expect(t.mit(code: "pflichtfeld-fehlt").map(\.zeile) == [1] && t.mit(code: "unbekannter-schluessel").count == 1, "\(t.alle)")
    }

    @Test func ungueltigeDatenUndZeiten() throws {
        let w = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": """
        ---
        titel: Seniorennachmittag
        beginn: "02.12.26 14:00"
        ende: "2026-12-02 25:00"
        ort: Pfarrheim
        veranstalter: Seniorenkreis
        kurzbeschreibung: Kaffee.
        ---
        """])
        defer { w.aufraeumen() }
        let f = try w.pruefe().1.mit(code: "ungueltige-zeit")
        #expect(f.count == 2)
        #expect(f.first { $0.zeile == 3 }?.vorschlag?.contains("2026-12-02 14:00") == true)
    }

    /// A date as German writes it, with the year in full, is read (an extension of the format).
    @Test func deutschesDatumMitJahrGilt() throws {
        let w = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": """
        ---
        titel: Seniorennachmittag
        beginn: "2.12.2026 14:00"
        ort: Pfarrheim
        veranstalter: Seniorenkreis
        kurzbeschreibung: Kaffee.
        ---
        """])
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.mit(code: "ungueltige-zeit").isEmpty, "\(d.alle)")
        #expect(inhalt?.termine.first { $0.id == "seniorennachmittag" }?.beginn.description == "2026-12-02 14:00")
        #expect(Datum("22.11.2026")?.description == "2026-11-22")
        #expect(Datum("31.2.2026") == nil)
        #expect(Datum("22.11.26") == nil)
        #expect(Datum("22.11.") == nil)
    }

    @Test func ordnerOhneIndexUndUngueltigerDateiname() throws {
        let w = try Werkstatt(["gemeinden/cedorf/angebote/hilfe.md": Werkstatt.grundlage["region/angebote/nachbarschaftshilfe-tal.md"]!,
                               "region/angebote/Essen auf Rädern.md": Werkstatt.grundlage["region/angebote/nachbarschaftshilfe-tal.md"]!])
        defer { w.aufraeumen() }
        let d = try w.pruefe().1
        #expect(d.mit(code: "gemeinde-index-fehlt").first?.datei == "gemeinden/cedorf/index.md")
        #expect(d.mit(code: "ungueltiger-dateiname").first?.vorschlag?.contains("essen-auf-raedern.md") == true)
    }

    /// `hilfe.md.md`: the ending typed twice; the name to write is the one without it.
    @Test func endungDoppelt() throws {
        let w = try Werkstatt(["region/angebote/hilfe.md.md": Werkstatt.grundlage["region/angebote/nachbarschaftshilfe-tal.md"]!])
        defer { w.aufraeumen() }
        let m = try #require(try w.pruefe().1.mit(code: "ungueltiger-dateiname").first)
        #expect(m.datei == "region/angebote/hilfe.md.md" && m.meldung.contains("mehrmals auf `.md`"), "\(m)")
        #expect(m.vorschlag == "Die Datei umbenennen in „hilfe.md“.", "\(m.vorschlag ?? "")")
    }
}
