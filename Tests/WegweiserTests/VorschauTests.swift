import Foundation
import Testing
@testable import Vorschau
import Wegweiser

/// The pieces of `wegweiser serve` (the whole preview runs in Chromium: Tests/browser/test_vorschau.py).
@Suite struct VorschauTests {
    private func ordner() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("vorschau-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u.appendingPathComponent("angebote/hilfe"), withIntermediateDirectories: true)
        try Data("<html><head></head><body><p>x</p></body></html>".utf8).write(to: u.appendingPathComponent("index.html"))
        try Data("<html><body>Hilfe</body></html>".utf8).write(to: u.appendingPathComponent("angebote/hilfe/index.html"))
        try Data("a{}".utf8).write(to: u.appendingPathComponent("stil.css"))
        try Data("geheim".utf8).write(to: u.appendingPathComponent(".wegweiser-ausgabe"))
        return u
    }

    @Test func nurDateienDerWebsiteWerdenAusgeliefert() throws {
        let w = try ordner(); defer { try? FileManager.default.removeItem(at: w) }
        // a secret beside the site
        let nebenan = w.deletingLastPathComponent().appendingPathComponent("geheim-\(UUID().uuidString).txt")
        try Data("geheim".utf8).write(to: nebenan); defer { try? FileManager.default.removeItem(at: nebenan) }
        try FileManager.default.createSymbolicLink(at: w.appendingPathComponent("raus.txt"), withDestinationURL: nebenan)
        func ziel(_ t: String) -> Auslieferung.Ziel { Auslieferung.ziel(fuer: t, in: w) }
        #expect(ziel("/") == .datei(w.appendingPathComponent("index.html")))
        #expect(ziel("/angebote/hilfe/?q=1#oben") == .datei(w.appendingPathComponent("angebote/hilfe/index.html")))
        #expect(ziel("/stil.css") == .datei(w.appendingPathComponent("stil.css")))
        #expect(ziel("/angebote/hilfe?q=1") == .umleitung("/angebote/hilfe/?q=1"))
        for boese in ["/../" + nebenan.lastPathComponent, "/%2e%2e/" + nebenan.lastPathComponent,
                      "/angebote/..%2F..%2F" + nebenan.lastPathComponent, "/.wegweiser-ausgabe", "/raus.txt",
                      "/angebote/", "/gibt-es-nicht", "kein-schraegstrich", "/a%00b"] {
            #expect(ziel(boese) == .fehlt, "\(boese)")
        }
    }

    @Test func seitenBekommenSkriptUndStilDerVorschau() {
        let html = Data("<html><head><title>t</title></head><body><p>ein </body> im Text</p></body></html>".utf8)
        let neu = String(decoding: Auslieferung.mitVorschau(html, nummer: 7), as: UTF8.self)
        #expect(neu == "<html><head><title>t</title><link rel=\"stylesheet\" href=\"/_wegweiser/vorschau.css\"></head>"
                + "<body><p>ein </body> im Text</p><script src=\"/_wegweiser/vorschau.js?stand=7\"></script></body></html>")
        // (a fragment without body: the script at the end)
        #expect(String(decoding: Auslieferung.mitVorschau(Data("x".utf8), nummer: 1), as: UTF8.self)
                == "x<script src=\"/_wegweiser/vorschau.js?stand=1\"></script>")
    }

    @Test func derStandSagtFehlerHinweiseUndObEsEineSeiteGibt() async throws {
        let stand = Vorschaustand()
        #expect(await stand.stand.nummer == 0)
        await stand.neu(fehler: [.init(.fehler, datei: "a.md", zeile: 2, code: "x", meldung: "kaputt", vorschlag: "`titel: …`")],
                        hinweise: [.init(.warnung, datei: "b.md", zeile: 3, code: "y", meldung: "Tippfehler")], warnungen: 4)
        let s = await stand.stand
        #expect(s.nummer == 1 && s.fehler.map(\.datei) == ["a.md"] && s.hinweise.map(\.datei) == ["b.md"] && s.warnungen == 4)
        let json = String(decoding: Vorschau.json(s, seite: false, praefix: "content/"), as: UTF8.self)
        #expect(json.contains("\"nummer\":1") && json.contains("\"datei\":\"content/a.md\"") && json.contains("\"zeile\":2")
                && json.contains("\"meldung\":\"kaputt\"") && json.contains("\"datei\":\"content/b.md\"") && json.contains("\"seite\":false"), "\(json)")
        await stand.neu(fehler: [], hinweise: [], warnungen: 0)
        #expect(await stand.stand.nummer == 2)
    }

    /// One slip in `kategorien.yaml` makes every entry's category unknown: the slip comes first.
    @Test func fehlerDerGrunddateienZuerst() {
        func f(_ datei: String) -> Diagnose { Diagnose(.fehler, datei: datei, code: "x", meldung: datei) }
        let liste = [f("gemeinden/a/angebote/x.md"), f("gemeinden/a/index.md"), f("gemeinden/b/angebote/y.md"),
                     f("kategorien.yaml"), f("gemeinden/b/termine/index.md"), f("region.yaml")]
        #expect(Vorschau.reihenfolge(liste).map(\.datei) == ["kategorien.yaml", "region.yaml", "gemeinden/a/index.md",
                                                           "gemeinden/a/angebote/x.md", "gemeinden/b/angebote/y.md",
                                                           "gemeinden/b/termine/index.md"])
    }

    @Test func derFingerabdruckSiehtJedeGespeicherteAenderung() throws {
        let w = try ordner(); defer { try? FileManager.default.removeItem(at: w) }
        let a = Fingerabdruck([w])
        #expect(a == Fingerabdruck([w]))
        #expect(a.anzahl == 3)  // (the hidden file is not content)
        // an editor's backup copy is no change
        try Data("alt".utf8).write(to: w.appendingPathComponent("stil.css~"))
        #expect(Fingerabdruck([w]) == a)
        // saved with other content (another size)
        try Data("a{color:red}".utf8).write(to: w.appendingPathComponent("stil.css"))
        let b = Fingerabdruck([w])
        #expect(b != a)
        // the same size, a later time
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: w.appendingPathComponent("index.html").path)
        let c = Fingerabdruck([w])
        #expect(c != b)
        // renamed
        try FileManager.default.moveItem(at: w.appendingPathComponent("stil.css"), to: w.appendingPathComponent("stil2.css"))
        let d = Fingerabdruck([w])
        #expect(d != c && d.anzahl == c.anzahl)
        #expect(d.geaendert(seit: c) == [w.appendingPathComponent("stil2.css").path])
        #expect(c.geaendert(seit: b) == [w.appendingPathComponent("index.html").path])
        // removed
        try FileManager.default.removeItem(at: w.appendingPathComponent("stil2.css"))
        #expect(Fingerabdruck([w]).anzahl == 2)
        #expect(Fingerabdruck([w]).geaendert(seit: d).isEmpty)
    }
}
