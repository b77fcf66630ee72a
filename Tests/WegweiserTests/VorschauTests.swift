import Foundation
import Testing
@testable import Vorschau

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

    @Test func werWartetErfaehrtDenNaechstenBau() async throws {
        let stand = Vorschaustand()
        // the state is newer than what the page knows: at once
        #expect(await stand.warte(seit: -1, hoechstens: .seconds(30)).nummer == 0)
        // nothing new: after the time
        let start = ContinuousClock.now
        #expect(await stand.warte(seit: 0, hoechstens: .milliseconds(200)).nummer == 0)
        #expect(ContinuousClock.now - start >= .milliseconds(150))
        // a build while waiting: its state, long before the time
        async let spaeter = stand.warte(seit: 0, hoechstens: .seconds(30))
        try await Task.sleep(for: .milliseconds(100))
        await stand.neu(fehler: [.init(.fehler, datei: "a.md", zeile: 2, code: "x", meldung: "kaputt")], warnungen: 1)
        let s = await spaeter
        #expect(s.nummer == 1 && s.fehler.map(\.datei) == ["a.md"] && s.warnungen == 1)
        let json = String(decoding: Vorschau.json(s), as: UTF8.self)
        #expect(json.contains("\"nummer\":1") && json.contains("\"meldung\":\"kaputt\"") && json.contains("\"zeile\":2"))
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
        // removed
        try FileManager.default.removeItem(at: w.appendingPathComponent("stil2.css"))
        #expect(Fingerabdruck([w]).anzahl == 2)
    }
}
