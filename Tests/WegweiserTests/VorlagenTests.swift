import Foundation
import Testing
@testable import Wegweiser

@Suite struct VorlagenTests {
    /// Writes a value behind each placeholder line (`key:` alone on its line, possibly indented).
    private func fuelleAus(_ text: String, _ werte: [String: String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { zeile -> String in
            let z = String(zeile)
            for (k, v) in werte where z.trimmingCharacters(in: .whitespaces) == k + ":" || z.trimmingCharacters(in: .whitespaces) == "- " + k + ":" {
                return z + " " + v
            }
            return z
        }.joined(separator: "\n")
    }

    private func diagnosen(_ d: Diagnosen, datei: String) -> [Diagnose] { d.alle.filter { $0.datei == datei } }

    /// Codes a placeholder left empty may produce; anything else (a YAML error) means the template is broken.
    private let platzhalterCodes: Set<String> = ["leerer-wert", "pflichtfeld-fehlt", "kontakt-fehlt", "pflichtfeld-der-kategorie",
                                                 "adresse-unvollstaendig"]

    @Test func dateinameAusDemTitel() {
        #expect(Vorlagen.kennung(fuer: "Essen auf Rädern Zolling") == "essen-auf-raedern-zolling")
        #expect(Vorlagen.kennung(fuer: "Öffentliche Sprechstunde für Süßes & Größeres") == "oeffentliche-sprechstunde-fuer-suesses-groesseres")
        #expect(Vorlagen.kennung(fuer: "Haag a.d. Amper") == "haag-a-d-amper")
        #expect(Vorlagen.kennung(fuer: "  „Über 60“: Treff!  ") == "ueber-60-treff")
        #expect(Vorlagen.pfad(.angebot, kennung: "x", gemeinde: "zolling") == "gemeinden/zolling/angebote/x.md")
        #expect(Vorlagen.pfad(.termin, kennung: "x", gemeinde: nil) == "region/termine/x.md")
        #expect(Vorlagen.pfad(.gemeinde, kennung: "haag", gemeinde: nil) == "gemeinden/haag/index.md")
    }

    @Test func neuesAngebotAusgefuelltOhneFehler() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let e = try Vorlagen.lege(.init(art: .angebot, titel: "Essen auf Rädern Audorf", gemeinde: "audorf", kategorien: ["pflege"]),
                                  inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(e.pfad == "gemeinden/audorf/angebote/essen-auf-raedern-audorf.md")
        let roh = try String(contentsOf: e.url, encoding: .utf8)
        #expect(roh.hasPrefix("---\n# "))
        #expect(roh.contains("\ngeprueft: 2026-11-21\n"))
        #expect(roh.contains("\nkategorien: [pflege]\n"))

        // As generated: valid YAML, and every unfilled required key is reported, nothing else.
        let (_, vorher) = try w.pruefe()
        let offen = diagnosen(vorher, datei: e.pfad)
        #expect(!offen.isEmpty)
        #expect(offen.allSatisfy { platzhalterCodes.contains($0.code) }, "\(offen)")
        #expect(offen.contains { $0.code == "leerer-wert" && $0.quelltext == "traeger:" })

        let voll = fuelleAus(roh, ["traeger": "Sozialstation Audorf", "kurzbeschreibung": "Warmes Essen jeden Mittag.",
                                   "strasse": "Hauptstraße 3", "plz": "\"85391\"", "ort": "Audorf", "telefon": "\"08166 5555\""])
        try Data(voll.utf8).write(to: e.url)
        let (inhalt, d) = try w.pruefe()
        #expect(diagnosen(d, datei: e.pfad).isEmpty, "\(diagnosen(d, datei: e.pfad))")
        #expect(!d.hatFehler, "\(d.alle)")
        let a = try #require(inhalt?.angebote.first { $0.id == "essen-auf-raedern-audorf" })
        #expect(a.titel == "Essen auf Rädern Audorf")
        #expect(a.geprueft == Werkstatt.heute)
        #expect(a.einzugsgebiet == .gemeinden(["audorf"]))
    }

    @Test func titelMitSonderzeichenBleibtGueltigesYAML() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let titel = "Treff: \"Kaffee & Kuchen\" #1"
        let e = try Vorlagen.lege(.init(art: .angebot, titel: titel, kategorien: ["Nachbarschaftshilfe"]), inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(e.pfad == "region/angebote/treff-kaffee-kuchen-1.md")
        let voll = fuelleAus(try String(contentsOf: e.url, encoding: .utf8),
                             ["traeger": "Verein", "kurzbeschreibung": "Kaffee.", "telefonisch": "ja", "email": "treff@example.org"])
        try Data(voll.utf8).write(to: e.url)
        let (inhalt, d) = try w.pruefe()
        #expect(diagnosen(d, datei: e.pfad).isEmpty, "\(diagnosen(d, datei: e.pfad))")
        let a = try #require(inhalt?.angebote.first { $0.id == "treff-kaffee-kuchen-1" })
        #expect(a.titel == titel)
        #expect(a.kategorien == ["nachbarschaftshilfe"])
        #expect(a.einzugsgebiet == .alle)
        for t in ["yes", "No", "null", "2026", "- Liste", "a: b", "Ende:", "[eckig]", "x #y", "\"zitiert\""] {
            #expect(Vorlagen.yamlText(t).hasPrefix("\""), "\(t)")
        }
        #expect(Vorlagen.yamlText("Essen auf Rädern, Zolling (BRK)") == "Essen auf Rädern, Zolling (BRK)")
        #expect(Vorlagen.yamlText("Sag \"Hallo\"\\") == "\"Sag \\\"Hallo\\\"\\\\\"")
    }

    @Test func neuerTerminUndNeueGemeindeAusgefuelltOhneFehler() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let t = try Vorlagen.lege(.init(art: .termin, titel: "Seniorennachmittag im Advent", gemeinde: "Bedorf"), inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(t.pfad == "gemeinden/bedorf/termine/seniorennachmittag-im-advent.md")
        let g = try Vorlagen.lege(.init(art: .gemeinde, titel: "Cedorf a.d. Amper"), inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(g.pfad == "gemeinden/cedorf-a-d-amper/index.md")
        let (_, vorher) = try w.pruefe()
        #expect(diagnosen(vorher, datei: t.pfad).allSatisfy { platzhalterCodes.contains($0.code) || $0.code == "pflichtfeld-fehlt" }, "\(vorher.alle)")
        #expect(!diagnosen(vorher, datei: t.pfad).isEmpty)

        try Data(fuelleAus(try String(contentsOf: t.url, encoding: .utf8),
                           ["beginn": "\"2026-12-09 14:00\"", "name": "Pfarrheim", "veranstalter": "Seniorenkreis",
                            "kurzbeschreibung": "Plätzchen und Lieder."]).utf8).write(to: t.url)
        try Data(fuelleAus(try String(contentsOf: g.url, encoding: .utf8), ["name": "Maria Muster"]).utf8).write(to: g.url)
        let (inhalt, d) = try w.pruefe()
        #expect(diagnosen(d, datei: t.pfad).isEmpty, "\(diagnosen(d, datei: t.pfad))")
        #expect(diagnosen(d, datei: g.pfad).isEmpty, "\(diagnosen(d, datei: g.pfad))")
        let i = try #require(inhalt)
        #expect(i.termine.first { $0.id == "seniorennachmittag-im-advent" }?.beginn == Zeitpunkt("2026-12-09 14:00"))
        let gemeinde = try #require(i.gemeinden.first { $0.id == "cedorf-a-d-amper" })
        #expect(gemeinde.name == "Cedorf a.d. Amper")
        #expect(gemeinde.ansprechpartner.map(\.name) == ["Maria Muster"])
    }

    /// A Gemeinde typed in small letters is written as names are, and the volunteer is told.
    @Test func gemeindeKleinGeschrieben() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let g = try Vorlagen.lege(.init(art: .gemeinde, titel: "haag an der amper"), inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(try String(contentsOf: g.url, encoding: .utf8).contains("\nname: Haag an der Amper\n"))
        #expect(g.hinweise.contains { $0.contains("„Haag an der Amper“") }, "\(g.hinweise)")
        #expect(Vorlagen.grossgeschrieben("st. leonhard am forst") == "St. Leonhard am Forst")
        #expect(Vorlagen.grossgeschrieben("groß-gerau") == "Groß-Gerau")
        #expect(Vorlagen.grossgeschrieben("vöttingmoos") == "Vöttingmoos")
        // (a name with a capital stays as typed)
        #expect(Vorlagen.grossgeschrieben("Kirchdorf a.d. Amper") == "Kirchdorf a.d. Amper")
    }

    @Test func ueberschreibtNie() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let vorher = try String(contentsOf: w.inhalt.appendingPathComponent("gemeinden/audorf/angebote/pflege-audorf.md"), encoding: .utf8)
        let f = try #require(throws: Vorlagen.Fehler.self) {
            try Vorlagen.lege(.init(art: .angebot, titel: "Pflege Audorf", gemeinde: "audorf"), inhalt: w.inhalt, heute: Werkstatt.heute)
        }
        #expect(f.art == .gibtEsSchon)
        #expect(f.description.contains("gemeinden/audorf/angebote/pflege-audorf.md"))
        #expect(f.description.contains("„Pflege Audorf 2“"))
        #expect(try String(contentsOf: w.inhalt.appendingPathComponent("gemeinden/audorf/angebote/pflege-audorf.md"), encoding: .utf8) == vorher)

        // The same file name in another folder would be a duplicate id: refused as well.
        let anderswo = try #require(throws: Vorlagen.Fehler.self) {
            try Vorlagen.lege(.init(art: .angebot, titel: "Pflege Audorf", gemeinde: "bedorf"), inhalt: w.inhalt, heute: Werkstatt.heute)
        }
        #expect(anderswo.art == .gibtEsSchon)
        #expect(anderswo.description.contains("gemeinden/audorf/angebote/pflege-audorf.md"))
        #expect(anderswo.description.contains("„Pflege Audorf Bedorf“"))
        #expect(!FileManager.default.fileExists(atPath: w.inhalt.appendingPathComponent("gemeinden/bedorf/angebote/pflege-audorf.md").path))

        // A Gemeinde: its index.md, or one with the same name.
        #expect(throws: Vorlagen.Fehler.self) { try Vorlagen.lege(.init(art: .gemeinde, titel: "Audorf"), inhalt: w.inhalt, heute: Werkstatt.heute) }
        #expect(throws: Vorlagen.Fehler.self) { try Vorlagen.lege(.init(art: .gemeinde, titel: "bedorf"), inhalt: w.inhalt, heute: Werkstatt.heute) }
        // A second run of the same command.
        _ = try Vorlagen.lege(.init(art: .termin, titel: "Neu"), inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(throws: Vorlagen.Fehler.self) { try Vorlagen.lege(.init(art: .termin, titel: "Neu"), inhalt: w.inhalt, heute: Werkstatt.heute) }
    }

    @Test func unbekannteGemeindeOderKategorieMitVorschlag() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let g = try #require(throws: Vorlagen.Fehler.self) {
            try Vorlagen.lege(.init(art: .angebot, titel: "X", gemeinde: "Audorff"), inhalt: w.inhalt, heute: Werkstatt.heute)
        }
        #expect(g.art == .unbekannteGemeinde)
        #expect(g.description.contains("Meinten Sie `--gemeinde audorf`"))
        let k = try #require(throws: Vorlagen.Fehler.self) {
            try Vorlagen.lege(.init(art: .angebot, titel: "X", kategorien: ["pflge"]), inhalt: w.inhalt, heute: Werkstatt.heute)
        }
        #expect(k.art == .unbekannteKategorie)
        #expect(k.description.contains("Meinten Sie `--kategorie pflege`"))
        // Names are accepted as well as ids.
        let e = try Vorlagen.lege(.init(art: .angebot, titel: "Fahrdienst", gemeinde: "Bedorf", kategorien: ["Fahr- und Begleitdienste"]),
                                  inhalt: w.inhalt, heute: Werkstatt.heute)
        #expect(e.pfad == "gemeinden/bedorf/angebote/fahrdienst.md")
        #expect(try String(contentsOf: e.url, encoding: .utf8).contains("\nkategorien: [fahrdienste]\n"))
        #expect(throws: InhaltsordnerFehler.self) {
            try Vorlagen.lege(.init(art: .gemeinde, titel: "Z"), inhalt: w.ordner.appendingPathComponent("fehlt"), heute: Werkstatt.heute)
        }
    }

    /// Every wrong argument at once (one line each), not only the first: nothing is written.
    @Test func alleFalschenAngabenAufEinmal() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let f = try #require(throws: Vorlagen.Fehler.self) {
            try Vorlagen.lege(.init(art: .angebot, titel: "Fahrdienst", gemeinde: "Audorff", kategorien: ["pflge", "pflege", "fahrdinste"]),
                              inhalt: w.inhalt, heute: Werkstatt.heute)
        }
        let zeilen = f.description.split(separator: "\n")
        #expect(f.art == .unbekannteGemeinde)
        try #require(zeilen.count == 3, "\(f.description)")
        #expect(zeilen[0].contains("`--gemeinde audorf`") && zeilen[1].contains("`--kategorie pflege`")
                && zeilen[2].contains("`--kategorie fahrdienste`"), "\(f.description)")
        #expect(!FileManager.default.fileExists(atPath: w.inhalt.appendingPathComponent("region/angebote/fahrdienst.md").path))
        // the command says each on its own line and ends with code 1
        guard let programm = FeindlicheEingabenTests.programm else { return }
        let p = Process()
        p.executableURL = programm
        p.arguments = ["new", "angebot", "  ", "--gemeinde", "Audorff", "--kategorie", "pflge", "--content", w.inhalt.path]
        let fehler = Pipe()
        p.standardError = fehler
        p.standardOutput = Pipe()
        try p.run()
        let text = String(decoding: fehler.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("Fehler: ") }.count == 3, "\(text)")
    }

    /// A new region: `check` names exactly the values only the working group knows; filled in,
    /// the folder checks without errors and a Gemeinde and a service can be added with `new`.
    /// A folder that is not empty is refused, and nothing in it changes.
    @Test func neueRegion() throws {
        let ordner = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-region-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: ordner) }
        let inhalt = ordner.appendingPathComponent("sulztal")
        #expect(try Vorlagen.legeRegion(name: "Oberes Sulztal", inhalt: inhalt) == ["region.yaml", "kategorien.yaml"])
        let region = inhalt.appendingPathComponent("region.yaml")
        let (_, d) = try Wegweiser.pruefe(inhalt: inhalt, heute: Werkstatt.heute)
        let fehler = diagnosen(d, datei: "region.yaml").filter { $0.schwere == .fehler }
        let roh0 = try String(contentsOf: region, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        // description, publisher's name and e-mail, each at its own line
        #expect(fehler.map { String(roh0[$0.zeile - 1]).trimmingCharacters(in: .whitespaces) } == ["beschreibung:", "name:", "email:"], "\(d.alle)")
        #expect(fehler.allSatisfy { platzhalterCodes.contains($0.code) }, "\(d.alle)")
        #expect(d.alle.filter { $0.schwere == .fehler }.count == 3, "\(d.alle)")
        let roh = try String(contentsOf: region, encoding: .utf8)
        #expect(roh.contains("\ntitel: Seniorenwegweiser Oberes Sulztal\n") && roh.contains("\nregion: Oberes Sulztal\n"), "\(roh)")
        let fertig = fuelleAus(roh, ["beschreibung": "Hilfen im Sulztal.", "name": "AK Soziales Sulztal", "email": "ak@example.org"])
        try Data(fertig.utf8).write(to: region)
        let g = try Vorlagen.lege(.init(art: .gemeinde, titel: "Sulzbach"), inhalt: inhalt, heute: Werkstatt.heute)
        try Data(fuelleAus(try String(contentsOf: g.url, encoding: .utf8), ["name": "Maria Muster"]).utf8).write(to: g.url)
        let (gelesen, d2) = try Wegweiser.pruefe(inhalt: inhalt, heute: Werkstatt.heute)
        #expect(!d2.hatFehler, "\(d2.alle.map { "\($0.datei):\($0.zeile) \($0.meldung)" })")
        let i = try #require(gelesen)
        #expect(i.region.region == "Oberes Sulztal" && i.gemeinden.map(\.id) == ["sulzbach"])
        #expect(i.kategorien.count == 10 && i.region.grundversorgung.allSatisfy { g in i.kategorien.contains { $0.id == g } })
        // a folder with something in it: refused, unchanged
        #expect(throws: Vorlagen.Fehler.self) { try Vorlagen.legeRegion(name: "Anderes Tal", inhalt: inhalt) }
        #expect(try String(contentsOf: region, encoding: .utf8) == fertig)
        #expect(throws: Vorlagen.Fehler.self) { try Vorlagen.legeRegion(name: " 123 ", inhalt: ordner.appendingPathComponent("x")) }
    }
}
