import Foundation
import Testing
@testable import Wegweiser

@Suite struct BerichtTests {
    /// The matrix as (Gemeinde id, category id, count), for compact expectations.
    private func zellen(_ i: Inhalt) -> [String] {
        Versorgung(inhalt: i).zeilen.flatMap { z in z.zellen.map { "\(z.gemeinde.id)/\($0.kategorie.id)=\($0.angebote.count)" } }
    }

    private func luecken(_ i: Inhalt) -> [String] {
        Versorgung(inhalt: i).luecken.map { "\($0.gemeinde.id)–\($0.kategorie.id)" }
    }

    @Test func matrixZaehltJedeGemeindeUndKategorie() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler, "\(d.alle)")
        let i = try #require(inhalt)
        // grundversorgung [pflege, nachbarschaftshilfe]; the region-wide help reaches both Gemeinden,
        // the Pflegedienst only Audorf: Bedorf without Pflege is the one real gap.
        #expect(zellen(i) == ["audorf/pflege=1", "audorf/nachbarschaftshilfe=1",
                              "bedorf/pflege=0", "bedorf/nachbarschaftshilfe=1"])
        #expect(luecken(i) == ["bedorf–pflege"])
        let text = Bericht.text(inhalt: i, heute: Werkstatt.heute)
        #expect(text.contains("Bedorf erreicht kein Angebot der Kategorie „Ambulante Pflege“."))
        #expect(!text.contains("Audorf erreicht kein"))
        #expect(!text.contains("Nachbarschaftshilfe“."))
        #expect(text.contains("Lücken (1)"))
        #expect(text.contains("Nur regionsweit versorgt (2)\n"))
        let zeile = try #require(text.split(separator: "\n").first { $0.hasPrefix("Bedorf") })
        #expect(zeile.split(separator: " ") == ["Bedorf", "LÜCKE", "1*"])
        let audorf = try #require(text.split(separator: "\n").first { $0.hasPrefix("Audorf") })
        #expect(audorf.split(separator: " ") == ["Audorf", "1", "1*"])
    }

    @Test func nurRegionsweitVersorgtIstMarkiert() throws {
        // Bedorf's own Nachbarschaftshilfe: only Audorf is left with the region-wide help alone.
        let w = try Werkstatt(["gemeinden/bedorf/angebote/nachbarn-bedorf.md": """
                               ---
                               titel: Nachbarn helfen Bedorf
                               kategorien: [nachbarschaftshilfe]
                               traeger: Nachbarn e.V.
                               kurzbeschreibung: Einkaufen und Begleitung.
                               telefonisch: ja
                               telefon: "08166 4321"
                               geprueft: 2026-10-01
                               ---
                               """])
        defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        let v = Versorgung(inhalt: i)
        #expect(v.zeilen.flatMap { z in z.zellen.map { "\(z.gemeinde.id)/\($0.kategorie.id)=\($0.angebote.count)/\($0.vorOrt)\($0.nurRegionsweit ? "*" : "")" } }
                == ["audorf/pflege=1/1", "audorf/nachbarschaftshilfe=1/0*", "bedorf/pflege=0/0", "bedorf/nachbarschaftshilfe=2/1"])
        let text = Bericht.text(inhalt: i, heute: Werkstatt.heute)
        #expect(text.contains("Nur regionsweit versorgt (1)"))
        #expect(text.contains("- Audorf: Nachbarschaftshilfe\n"))
        #expect(!text.contains("- Bedorf:"))
        let bedorf = try #require(text.split(separator: "\n").first { $0.hasPrefix("Bedorf") })
        #expect(bedorf.split(separator: " ") == ["Bedorf", "LÜCKE", "2"])
        let md = Bericht.markdown(inhalt: i, heute: Werkstatt.heute)
        #expect(md.contains("| Audorf | 1 | 1\\* |"))
        #expect(md.contains("## Nur regionsweit versorgt (1)"))
        let csv = Bericht.csv(inhalt: i, heute: Werkstatt.heute)
        #expect(csv.contains("Versorgung,Audorf,audorf,Nachbarschaftshilfe,nachbarschaftshilfe,1,versorgt,,,,0\r\n"))
        #expect(csv.contains("Versorgung,Bedorf,bedorf,Nachbarschaftshilfe,nachbarschaftshilfe,2,versorgt,,,,1\r\n"))
    }

    /// Gemeinden in German alphabetical order (ö as o): Köhlerhain before Kuttenhain, Ödhof
    /// before Pfarrdorf, in the report as on the site (blind set 21 found Köhlerhain after Kuttenhain).
    @Test func deutscheReihenfolge() throws {
        #expect(Sortierung.vor("Köhlerhain", "Kuttenhain") && !Sortierung.vor("Kuttenhain", "Köhlerhain"))
        #expect(Sortierung.vor("Ärztehaus am Park", "Beratungsstelle") && Sortierung.vor("apfel", "Äpfel"))
        #expect(Sortierung.schluessel("Großhammerau") == "grosshammerau")
        #expect(Sortierung.schluessel("Ko\u{0308}hlerhain") == "kohlerhain")
        let w = try Werkstatt(["gemeinden/oedhof/index.md": "---\nname: Ödhof\n---\n", "gemeinden/zell/index.md": "---\nname: Zell\n---\n"])
        defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        #expect(Versorgung(inhalt: i).zeilen.map(\.gemeinde.name) == ["Audorf", "Bedorf", "Ödhof", "Zell"])
        _ = try w.baue()
        let start = try w.lies("index.html")
        let oed = try #require(start.range(of: ">Ödhof<")), zell = try #require(start.range(of: ">Zell<"))
        #expect(oed.lowerBound < zell.lowerBound)
    }

    @Test func gelesenNenntWasGelesenWurde() throws {
        let w = try Werkstatt(["gemeinden/cedorf/index.md": "---\nname: Cedorf\n---\n"]); defer { w.aufraeumen() }
        let (inhalt, _) = try w.pruefe()
        let i = try #require(inhalt)
        // Three Gemeinden (Cedorf new), three categories, the workshop's two services, two events
        // and three free pages; one of a kind is named in the singular.
        #expect(Meldungen.gelesen(i) == "Gelesen: 3 Gemeinden, 3 Kategorien, 2 Angebote, 2 Termine, 3 Seiten.")
        var eins = i
        eins.angebote.removeLast()
        #expect(Meldungen.gelesen(eins).contains(" 1 Angebot, "))
    }

    /// An event whose year was written wrong (`2025-12-02` for the coming December) is over and
    /// leaves the upcoming lists without an error; the summary of `check` and `build` names the
    /// events that ended lately, with date and file, the latest first; not those long past.
    @Test func vorbeiNenntKuerzlichVergangeneTermine() throws {
        let nachmittag = Werkstatt.grundlage["gemeinden/bedorf/termine/seniorennachmittag.md"]!
        let w = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": nachmittag.replacingOccurrences(of: "2026-12-02", with: "2025-12-02"),
                               "gemeinden/bedorf/termine/fasching.md": nachmittag.replacingOccurrences(of: "Seniorennachmittag", with: "Fasching")
                                   .replacingOccurrences(of: "2026-12-02", with: "2026-02-10"),
                               "gemeinden/bedorf/termine/alt.md": nachmittag.replacingOccurrences(of: "Seniorennachmittag", with: "Sommerfest 2024")
                                   .replacingOccurrences(of: "2026-12-02", with: "2024-07-01")])
        defer { w.aufraeumen() }
        let (inhalt, diagnosen) = try w.pruefe()
        let i = try #require(inhalt)
        #expect(!diagnosen.hatFehler, "\(diagnosen.alle)")
        let satz = try #require(Meldungen.vorbei(i, heute: Werkstatt.heute, praefix: "inhalt/"))
        #expect(satz.hasPrefix("Vorbei, nicht mehr bei den kommenden Terminen:\n  - „Fasching“ am 2026-02-10: inhalt/gemeinden/bedorf/termine/fasching.md\n"
                               + "  - „Seniorennachmittag“ am 2025-12-02: inhalt/gemeinden/bedorf/termine/seniorennachmittag.md\nIst einer"), "\(satz)")
        #expect(satz.contains("`beginn`") && !satz.contains("Sommerfest"), "\(satz)")
        // nothing over: nothing said
        let leer = try Werkstatt(); defer { leer.aufraeumen() }
        #expect(Meldungen.vorbei(try #require(try leer.pruefe().0), heute: Werkstatt.heute) == nil)
        // more than it names: the latest and how many more
        let kurz = Meldungen.vorbei(i, heute: Werkstatt.heute, tage: 2000, hoechstens: 1)
        #expect(kurz?.contains("„Fasching“") == true && kurz?.contains("\n  und 2 weitere\n") == true, "\(kurz ?? "")")
    }

    @Test func neueGemeindeOhnePflegeIstEineLuecke() throws {
        let w = try Werkstatt(["gemeinden/cedorf/index.md": "---\nname: Cedorf\n---\n",
                               "gemeinden/bedorf/angebote/pflege-bedorf.md": """
                               ---
                               titel: Pflege Bedorf
                               kategorien: [pflege]
                               traeger: Pflege e.V.
                               kurzbeschreibung: Pflege zu Hause.
                               telefonisch: ja
                               telefon: "08166 4321"
                               geprueft: 2026-10-01
                               ---
                               """])
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler, "\(d.alle)")
        let i = try #require(inhalt)
        #expect(luecken(i) == ["cedorf–pflege"])
        #expect(Bericht.lueckenSaetze(Versorgung(inhalt: i)) == ["Cedorf erreicht kein Angebot der Kategorie „Ambulante Pflege“."])
        let md = Bericht.markdown(inhalt: i, heute: Werkstatt.heute)
        #expect(md.contains("| Gemeinde | Ambulante Pflege | Nachbarschaftshilfe |\n|---|---:|---:|\n"))
        #expect(md.contains("| Cedorf | **LÜCKE** | 1\\* |"))
        #expect(md.contains("| Bedorf | 1 | 1\\* |"))
        #expect(md.contains("- Cedorf erreicht kein Angebot der Kategorie „Ambulante Pflege“."))
    }

    @Test func faelligeEintraegeMitDateiTitelUndDatum() throws {
        let w = try Werkstatt(["region/angebote/alt.md": """
        ---
        titel: Alter Eintrag
        kategorien: [fahrdienste]
        traeger: Verein
        kurzbeschreibung: Lange nicht geprüft.
        telefonisch: ja
        telefon: "08166 1111"
        geprueft: 2025-01-15
        ---
        """])
        defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        #expect(Bericht.faellig(i, heute: Werkstatt.heute).map(\.id) == ["alt"])
        let text = Bericht.text(inhalt: i, heute: Werkstatt.heute, praefix: "content/")
        #expect(text.contains("Fällige Prüfungen (1)"))
        #expect(text.contains("- 2025-01-15  Alter Eintrag\n  content/region/angebote/alt.md"))
        let md = Bericht.markdown(inhalt: i, heute: Werkstatt.heute, praefix: "content/")
        #expect(md.contains("| 2025-01-15 | Alter Eintrag | `content/region/angebote/alt.md` |"))
        let csv = Bericht.csv(inhalt: i, heute: Werkstatt.heute, praefix: "content/")
        #expect(csv.contains("Prüfung fällig,ganze Region,,Fahr- und Begleitdienste,fahrdienste,,fällig,content/region/angebote/alt.md,Alter Eintrag,2025-01-15,\r\n"))
    }

    @Test func csvQuotetNachRFC4180() throws {
        let w = try Werkstatt(["gemeinden/audorf/index.md": "---\nname: 'Audorf, \"am Bach\"'\n---\n"])
        defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        let csv = Bericht.csv(inhalt: i, heute: Werkstatt.heute)
        #expect(csv == Bericht.csv(inhalt: i, heute: Werkstatt.heute))
        #expect(csv.hasPrefix("Abschnitt,Gemeinde,Gemeinde-Kennung,Kategorie,Kategorie-Kennung,Anzahl,Status,Datei,Titel,Geprüft,Vor Ort\r\n"))
        #expect(csv.contains("Versorgung,\"Audorf, \"\"am Bach\"\"\",audorf,Ambulante Pflege,pflege,1,versorgt,,,,1\r\n"))
        #expect(csv.contains("Versorgung,Bedorf,bedorf,Ambulante Pflege,pflege,0,LÜCKE,,,,0\r\n"))
        // Every record has as many fields as the header once the quoting is undone.
        let saetze = try CSV.lies(csv)
        #expect(saetze.count == 5)
        #expect(saetze.allSatisfy { $0.count == Bericht.csvSpalten.count })
        #expect(saetze[1][1] == "Audorf, \"am Bach\"")
        #expect(Bericht.csvFeld("a\nb") == "\"a\nb\"")
        #expect(Bericht.csvFeld("schlicht") == "schlicht")
    }

    @Test func markdownMaskiertTabellenzeichen() throws {
        let w = try Werkstatt(["gemeinden/audorf/index.md": "---\nname: 'Audorf | Oberdorf *neu*'\n---\n"])
        defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        let md = Bericht.markdown(inhalt: i, heute: Werkstatt.heute)
        #expect(md.contains("| Audorf \\| Oberdorf \\*neu\\* | 1 | 1\\* |"))
    }

    @Test func ohneGrundversorgungKeineMatrixAberEinHinweis() throws {
        let region = Werkstatt.grundlage["region.yaml"]!.replacingOccurrences(of: "grundversorgung: [pflege, nachbarschaftshilfe]", with: "")
        let w = try Werkstatt(["region.yaml": region]); defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        #expect(Versorgung(inhalt: i).luecken.isEmpty)
        let text = Bericht.text(inhalt: i, heute: Werkstatt.heute)
        #expect(text.contains("keine `grundversorgung` festgelegt"))
        #expect(!text.contains("Nur regionsweit"))
        #expect(!text.contains("LÜCKE heißt"))
        #expect(Bericht.csv(inhalt: i, heute: Werkstatt.heute) == Bericht.csvSpalten.joined(separator: ",") + "\r\n")
    }

    @Test func fehlerWerdenImBerichtAngekuendigt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        #expect(Bericht.text(inhalt: i, heute: Werkstatt.heute, fehler: 2).contains("Der Inhalt hat 2 Fehler."))
        #expect(Bericht.markdown(inhalt: i, heute: Werkstatt.heute, fehler: 1).contains("> **Achtung:** Der Inhalt hat 1 Fehler."))
        #expect(!Bericht.text(inhalt: i, heute: Werkstatt.heute).contains("Achtung"))
    }

    /// The example region in `content/`: checks clean and has exactly these gaps.
    @Test func beispielregionHatGenauDieseLuecken() throws {
        let (inhalt, d) = try Wegweiser.pruefe(inhalt: Werkstatt.repo.appendingPathComponent("content"), heute: Werkstatt.heute)
        #expect(d.fehler.isEmpty, "\(d.fehler)")
        let i = try #require(inhalt)
        #expect(Set(luecken(i)) == ["paunzhausen–nachbarschaftshilfe", "wolfersdorf–fahrdienste", "langenbach–essen-auf-raedern",
                                    "hohenkammer–essen-auf-raedern", "attenkirchen–hauswirtschaft"])
        #expect(luecken(i).count == 5)
        let text = Bericht.text(inhalt: i, heute: Werkstatt.heute)
        #expect(text.contains("Paunzhausen erreicht kein Angebot der Kategorie „Nachbarschaftshilfe“."))
        #expect(text.components(separatedBy: "LÜCKE").count - 1 == 5 + 1) // five cells and the legend
    }
}

/// A strict RFC 4180 reader for the tests.
enum CSV {
    struct Fehler: Error {}
    static func lies(_ s: String) throws -> [[String]] {
        var saetze: [[String]] = [], satz: [String] = [], feld = ""
        var i = s.unicodeScalars.makeIterator()
        var zeichen = i.next()
        while let c = zeichen {
            if c == "\"" {
                guard feld.isEmpty else { throw Fehler() }
                while true {
                    guard let q = i.next() else { throw Fehler() }
                    if q == "\"" {
                        zeichen = i.next()
                        if zeichen == "\"" { feld.unicodeScalars.append("\"") } else { break }
                    } else { feld.unicodeScalars.append(q) }
                }
                continue
            }
            if c == "," { satz.append(feld); feld = "" }
            else if c == "\r" {
                guard i.next() == "\n" else { throw Fehler() }
                satz.append(feld); feld = ""; saetze.append(satz); satz = []
            } else if c == "\n" { throw Fehler() }
            else { feld.unicodeScalars.append(c) }
            zeichen = i.next()
        }
        guard satz.isEmpty, feld.isEmpty else { throw Fehler() }
        return saetze
    }
}
