import FlyingFox
import Foundation
import Wegweiser

/// `wegweiser serve`: builds the site, serves it on this computer only (127.0.0.1) and builds
/// it again whenever a file of the content or the theme changes. The pages it serves reload
/// themselves after each build and show the content's errors while there are any; the built
/// folder itself stays as `build` writes it (nothing of the preview in it), and a build with
/// errors leaves the last good site in place, as `build` does.
public final class Vorschau: Sendable {
    /// What happened, for the command line to say.
    public enum Ereignis: Sendable {
        /// The server listens at this port.
        case bereit(port: UInt16)
        /// A build finished: its diagnostics, the pages written (0: nothing published), how long it took.
        case gebaut(diagnosen: [Diagnose], seiten: Int, sekunden: Double)
        /// The build could not start (the content folder is gone, the theme is broken …).
        case gescheitert(String)
    }

    let optionen: Wegweiser.Optionen
    let port: UInt16
    let intervall: Duration
    let melde: @Sendable (Ereignis) -> Void
    let stand = Vorschaustand()

    /// `port` 0: any free port (`Ereignis.bereit` tells which).
    public init(optionen: Wegweiser.Optionen, port: UInt16, intervall: Duration = .milliseconds(400),
                melde: @escaping @Sendable (Ereignis) -> Void) {
        self.optionen = optionen
        self.port = port
        self.intervall = intervall
        self.melde = melde
    }

    /// Builds, serves and watches until the task is cancelled. Throws when the port cannot be used,
    /// and when the first build cannot start because of the folders (`InhaltsordnerFehler`,
    /// `AusgabeFehler`: nothing a later save would change); a broken theme is shown like a content error.
    public func laufe() async throws {
        if let f = await baue(erstes: true) { throw f }
        // (IPv4's loopback: the address the command line names works in every browser)
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled)
        await server.appendRoute("GET,HEAD /_wegweiser/stand") { [stand] anfrage in
            let seit = anfrage.query.first { $0.name == "seit" }.flatMap { Int($0.value) } ?? -1
            let s = await stand.warte(seit: seit, hoechstens: .seconds(25))
            return Self.antwort(.ok, typ: "application/json; charset=utf-8", Self.json(s))
        }
        await server.appendRoute("GET,HEAD /_wegweiser/vorschau.js") { _ in
            Self.antwort(.ok, typ: "text/javascript; charset=utf-8", Data(Vorschauskript.skript.utf8))
        }
        await server.appendRoute("GET,HEAD /_wegweiser/vorschau.css") { _ in
            Self.antwort(.ok, typ: "text/css; charset=utf-8", Data(Vorschauskript.stil.utf8))
        }
        let wurzel = optionen.ausgabe.standardizedFileURL
        await server.appendRoute("GET,HEAD *") { [stand] anfrage in
            await Self.datei(anfrage.target.rawValue, wurzel: wurzel, nummer: stand.stand.nummer)
        }
        try await withThrowingTaskGroup(of: Void.self) { gruppe in
            gruppe.addTask { try await server.run() }
            gruppe.addTask { [self] in
                try await server.waitUntilListening(timeout: 10)
                if case .ip4(_, let p)? = await server.listeningAddress { melde(.bereit(port: p)) }
                else if case .ip6(_, let p)? = await server.listeningAddress { melde(.bereit(port: p)) }
                try await beobachte()
            }
            // (the first to end, by an error or by cancellation, ends the other)
            try await gruppe.next()
            gruppe.cancelAll()
        }
    }

    /// Polls the content and theme folders; builds again once a change has settled.
    private func beobachte() async throws {
        let ordner = [optionen.inhalt, optionen.theme]
        var zuletzt = Fingerabdruck(ordner)
        var pause = intervall
        while true {
            try await Task.sleep(for: pause)
            let start = ContinuousClock.now
            var jetzt = Fingerabdruck(ordner)
            // (a region of many thousand files: looking costs time; look less often, at most a fifth of the time)
            pause = max(intervall, (ContinuousClock.now - start) * 4)
            guard jetzt != zuletzt else { continue }
            // (an editor that saves in several steps, or a folder copied in: wait until it is quiet)
            while true {
                try await Task.sleep(for: .milliseconds(150))
                let danach = Fingerabdruck(ordner)
                if danach == jetzt { break }
                jetzt = danach
            }
            zuletzt = jetzt
            await baue()
        }
    }

    /// One build, as `wegweiser build` does it (the previous site stays when it fails).
    /// `erstes`: returns the folders' errors instead of reporting them.
    @discardableResult
    func baue(erstes: Bool = false) async -> (any Error)? {
        let start = ContinuousClock.now
        let optionen = self.optionen
        // (the build is long, synchronous work: off the server's threads)
        let ergebnis: Result<Wegweiser.Ergebnis, any Error> = await withCheckedContinuation { fertig in
            DispatchQueue.global().async { fertig.resume(returning: Result { try Wegweiser.baue(optionen) }) }
        }
        let dauer = ContinuousClock.now - start
        let sekunden = Double(dauer.components.seconds) + Double(dauer.components.attoseconds) / 1e18
        switch ergebnis {
        case .success(let e):
            let liste = e.diagnosen.sortiert
            await stand.neu(fehler: liste.filter { $0.schwere == .fehler }, warnungen: liste.filter { $0.schwere == .warnung }.count)
            melde(.gebaut(diagnosen: liste, seiten: e.seiten, sekunden: sekunden))
            return nil
        case .failure(let f):
            if erstes && (f is InhaltsordnerFehler || f is AusgabeFehler) { return f }
            let text = String(describing: f)
            await stand.neu(fehler: [Diagnose(.fehler, datei: "", code: "bau-gescheitert", meldung: text)], warnungen: 0)
            melde(.gescheitert(text))
            return f
        }
    }

    static func datei(_ target: String, wurzel: URL, nummer: Int) -> HTTPResponse {
        switch Auslieferung.ziel(fuer: target, in: wurzel) {
        case .umleitung(let ziel):
            var kopf = HTTPHeaders()
            kopf[.location] = ziel
            kopf[.cacheControl] = "no-store"
            return HTTPResponse(statusCode: .movedPermanently, headers: kopf)
        case .datei(let url):
            guard let daten = try? Data(contentsOf: url) else { return seite(.notFound, Vorschauseiten.nichtGefunden, nummer) }
            let typ = Auslieferung.inhaltstyp(url)
            if typ.hasPrefix("text/html") { return antwort(.ok, typ: typ, Auslieferung.mitVorschau(daten, nummer: nummer)) }
            return antwort(.ok, typ: typ, daten)
        case .fehlt:
            let startseite = wurzel.appendingPathComponent("index.html")
            if !FileManager.default.fileExists(atPath: startseite.path) {
                return seite(.serviceUnavailable, Vorschauseiten.nochKeine, nummer)
            }
            return seite(.notFound, Vorschauseiten.nichtGefunden, nummer)
        }
    }

    private static func seite(_ status: HTTPStatusCode, _ html: String, _ nummer: Int) -> HTTPResponse {
        antwort(status, typ: "text/html; charset=utf-8", Auslieferung.mitVorschau(Data(html.utf8), nummer: nummer))
    }

    private static func antwort(_ status: HTTPStatusCode, typ: String, _ daten: Data) -> HTTPResponse {
        // (never from a cache: after a build every file may be new)
        var kopf = HTTPHeaders()
        kopf[.contentType] = typ
        kopf[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: status, headers: kopf, body: daten)
    }

    static func json(_ s: Vorschaustand.Stand) -> Data {
        struct Fehler: Encodable { let datei: String; let zeile: Int; let spalte: Int; let meldung: String; let vorschlag: String? }
        struct Antwort: Encodable { let nummer: Int; let fehler: [Fehler]; let warnungen: Int }
        let a = Antwort(nummer: s.nummer, fehler: s.fehler.map {
            Fehler(datei: $0.datei, zeile: $0.zeile, spalte: $0.spalte, meldung: $0.meldung, vorschlag: $0.vorschlag)
        }, warnungen: s.warnungen)
        let kodierer = JSONEncoder()
        kodierer.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? kodierer.encode(a)) ?? Data("{\"nummer\":\(s.nummer),\"fehler\":[],\"warnungen\":0}".utf8)
    }
}
