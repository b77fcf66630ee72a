import FlyingFox
import FlyingSocks
import Foundation
import Wegweiser

/// What keeps the preview from starting at all; said as it is, exit code 2.
public struct VorschauFehler: Error, CustomStringConvertible {
    public let description: String
}

/// `wegweiser serve`: builds the site, serves it on this computer only (127.0.0.1) and builds
/// it again whenever a file of the content or the theme changes. The pages it serves reload
/// themselves after each build and show the content's errors while there are any; the built
/// folder itself stays as `build` writes it (nothing of the preview in it), and a build with
/// errors leaves the last good site in place, as `build` does.
public final class Vorschau: Sendable {
    /// What happened, for the command line to say.
    public enum Ereignis: Sendable {
        /// The server listens at this port (said once the first build could start).
        case bereit(port: UInt16)
        /// A build finished: its diagnostics, the pages written (0: nothing published), how long it
        /// took, and the files saved just before it (relative to the content folder; empty: the first).
        case gebaut(diagnosen: [Diagnose], seiten: Int, sekunden: Double, geaendert: [String])
        /// The build could not start (the theme cannot be read …).
        case gescheitert(String)
    }

    let optionen: Wegweiser.Optionen
    let port: UInt16
    let intervall: Duration
    let melde: @Sendable (Ereignis) -> Void
    let stand = Vorschaustand()
    /// Put before the files' paths on the pages, as the terminal shows them (`content/…`).
    let praefix: String

    /// `port` 0: any free port (`Ereignis.bereit` tells which). `inhalt`: the content folder as
    /// the user wrote it (for the paths on the pages).
    public init(optionen: Wegweiser.Optionen, port: UInt16, inhalt: String? = nil, intervall: Duration = .milliseconds(400),
                melde: @escaping @Sendable (Ereignis) -> Void) {
        let name = inhalt ?? optionen.inhalt.lastPathComponent
        self.praefix = name.hasSuffix("/") ? name : name + "/"
        self.optionen = optionen
        self.port = port
        self.intervall = intervall
        self.melde = melde
    }

    /// Serves, builds and watches until the task is cancelled. The port is taken first: a second
    /// preview on the same port stops before it builds anything (`VorschauFehler`). Throws too
    /// when the first build cannot start because of the folders (`InhaltsordnerFehler`,
    /// `AusgabeFehler`, a theme without `templates/`: nothing a later save would change); a
    /// template with a mistake is shown like a content error.
    public func laufe() async throws {
        let adresse: sockaddr_in
        do { adresse = try sockaddr_in.inet(ip4: "127.0.0.1", port: port) } catch {
            throw VorschauFehler(description: "Port \(port) ist keine gültige Angabe.")
        }
        // (IPv4's loopback: the address the command line names works in every browser)
        let server = HTTPServer(address: adresse, timeout: 60, logger: .disabled)
        await server.appendRoute("GET,HEAD /_wegweiser/stand") { [stand, optionen, praefix] _ in
            let s = await stand.stand
            let gibtEsSeite = FileManager.default.fileExists(atPath: optionen.ausgabe.appendingPathComponent("index.html").path)
            return Self.antwort(.ok, typ: "application/json; charset=utf-8", Self.json(s, seite: gibtEsSeite, praefix: praefix))
        }
        await server.appendRoute("GET,HEAD /_wegweiser/vorschau.js") { _ in
            Self.antwort(.ok, typ: "text/javascript; charset=utf-8", Data(Vorschauskript.skript.utf8))
        }
        await server.appendRoute("GET,HEAD /_wegweiser/vorschau.css") { _ in
            Self.antwort(.ok, typ: "text/css; charset=utf-8", Data(Vorschauskript.stil.utf8))
        }
        let wurzel = optionen.ausgabe.standardizedFileURL
        await server.appendRoute("GET,HEAD *") { [stand] anfrage in
            let s = await stand.stand
            return Self.datei(anfrage.target.rawValue, wurzel: wurzel, stand: s)
        }
        let port = self.port
        try await withThrowingTaskGroup(of: Void.self) { gruppe in
            gruppe.addTask {
                do { try await server.run() } catch SocketError.failed(_, let nummer, let text) {
                    throw VorschauFehler(description: nummer == EADDRINUSE
                        ? "Port \(port) ist schon belegt. Läuft die Vorschau schon in einem anderen Fenster? "
                          + "Sonst bitte einen anderen Port wählen, z. B. --port \(port == 8000 ? 8001 : 8000)."
                        : "Die Vorschau kann Port \(port) nicht öffnen: \(text).")
                }
            }
            gruppe.addTask { [self] in
                try await server.waitUntilListening(timeout: 10)
                let templates = optionen.theme.appendingPathComponent("templates")
                var ordner: ObjCBool = false
                guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &ordner), ordner.boolValue else {
                    throw VorschauFehler(description: "Das Theme „\(optionen.theme.path)“ hat keinen Ordner `templates/`. Bitte --theme prüfen.")
                }
                if let f = await baue(erstes: true) { throw f }
                if case .ip4(_, let p)? = await server.listeningAddress { melde(.bereit(port: p)) }
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
            // (a region of many thousand files: looking costs time; look less often, at most a tenth of the time)
            pause = max(intervall, (ContinuousClock.now - start) * 9)
            guard jetzt != zuletzt else { continue }
            // (an editor that saves in several steps, or a folder copied in: wait until it is quiet)
            while true {
                try await Task.sleep(for: .milliseconds(150))
                let danach = Fingerabdruck(ordner)
                if danach == jetzt { break }
                jetzt = danach
            }
            let geaendert = jetzt.geaendert(seit: zuletzt)
            zuletzt = jetzt
            await baue(geaendert: geaendert)
        }
    }

    /// One build, as `wegweiser build` does it (the previous site stays when it fails).
    /// `geaendert`: the files saved just before (their warnings are shown on the pages).
    /// `erstes`: returns the folders' errors instead of reporting them.
    @discardableResult
    func baue(geaendert: Set<String> = [], erstes: Bool = false) async -> (any Error)? {
        let start = ContinuousClock.now
        let optionen = self.optionen
        // (the build is long, synchronous work: off the server's threads)
        let ergebnis: Result<Wegweiser.Ergebnis, any Error> = await withCheckedContinuation { fertig in
            DispatchQueue.global().async { fertig.resume(returning: Result { try Wegweiser.baue(optionen) }) }
        }
        let dauer = ContinuousClock.now - start
        let sekunden = Double(dauer.components.seconds) + Double(dauer.components.attoseconds) / 1e18
        let inhalt = optionen.inhalt.standardizedFileURL.path + "/"
        let relativ = geaendert.compactMap { $0.hasPrefix(inhalt) ? String($0.dropFirst(inhalt.count)) : nil }.sorted()
        switch ergebnis {
        case .success(let e):
            let liste = e.diagnosen.sortiert
            let warnungen = liste.filter { $0.schwere == .warnung }
            await stand.neu(fehler: Self.reihenfolge(liste.filter { $0.schwere == .fehler }),
                            hinweise: warnungen.filter { relativ.contains($0.datei) }, warnungen: warnungen.count)
            melde(.gebaut(diagnosen: liste, seiten: e.seiten, sekunden: sekunden, geaendert: relativ))
            return nil
        case .failure(let f):
            if erstes && (f is InhaltsordnerFehler || f is AusgabeFehler) { return f }
            let text = String(describing: f).trimmingCharacters(in: .whitespacesAndNewlines)
            await stand.neu(fehler: [Diagnose(.fehler, datei: "", code: "bau-gescheitert", meldung: text)], hinweise: [], warnungen: 0)
            melde(.gescheitert(text))
            return nil
        }
    }

    /// The errors as a volunteer should read them: those of the files everything else depends on
    /// (`region.yaml`, `kategorien.yaml`, a Gemeinde's `index.md`) first, since one slip there
    /// causes many errors elsewhere; within that, as `check` sorts them.
    static func reihenfolge(_ fehler: [Diagnose]) -> [Diagnose] {
        func rang(_ d: Diagnose) -> Int {
            if !d.datei.contains("/") { return 0 }
            if d.datei.hasPrefix("gemeinden/") && d.datei.hasSuffix("/index.md") && d.datei.split(separator: "/").count == 3 { return 1 }
            return 2
        }
        return fehler.enumerated().sorted { (rang($0.element), $0.offset) < (rang($1.element), $1.offset) }.map(\.element)
    }

    static func datei(_ target: String, wurzel: URL, stand: Vorschaustand.Stand) -> HTTPResponse {
        switch Auslieferung.ziel(fuer: target, in: wurzel) {
        case .umleitung(let ziel):
            var kopf = HTTPHeaders()
            kopf[.location] = ziel
            kopf[.cacheControl] = "no-store"
            return HTTPResponse(statusCode: .movedPermanently, headers: kopf)
        case .datei(let url):
            guard let daten = try? Data(contentsOf: url) else { return seite(.notFound, Vorschauseiten.nichtGefunden, stand.nummer) }
            let typ = Auslieferung.inhaltstyp(url)
            if typ.hasPrefix("text/html") { return antwort(.ok, typ: typ, Auslieferung.mitVorschau(daten, nummer: stand.nummer)) }
            return antwort(.ok, typ: typ, daten)
        case .fehlt:
            let startseite = wurzel.appendingPathComponent("index.html")
            if !FileManager.default.fileExists(atPath: startseite.path) {
                // (no site: being built, held back by errors, or removed while the preview runs)
                let text = stand.nummer == 0 ? Vorschauseiten.wirdGebaut
                    : stand.fehler.isEmpty ? Vorschauseiten.weg : Vorschauseiten.nochKeine
                return seite(.serviceUnavailable, text, stand.nummer)
            }
            return seite(.notFound, Vorschauseiten.nichtGefunden, stand.nummer)
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

    /// The state for the pages' script. `seite`: whether there is a built site to show.
    static func json(_ s: Vorschaustand.Stand, seite: Bool, praefix: String = "") -> Data {
        struct Meldung: Encodable { let datei: String; let zeile: Int; let meldung: String; let vorschlag: String? }
        struct Antwort: Encodable { let nummer: Int; let fehler: [Meldung]; let hinweise: [Meldung]; let warnungen: Int; let seite: Bool }
        func m(_ d: Diagnose) -> Meldung {
            Meldung(datei: d.datei.isEmpty ? "" : praefix + d.datei, zeile: d.zeile, meldung: d.meldung, vorschlag: d.vorschlag)
        }
        let a = Antwort(nummer: s.nummer, fehler: s.fehler.map(m), hinweise: s.hinweise.map(m), warnungen: s.warnungen, seite: seite)
        let kodierer = JSONEncoder()
        kodierer.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? kodierer.encode(a)) ?? Data("{\"nummer\":\(s.nummer),\"fehler\":[],\"hinweise\":[],\"warnungen\":0,\"seite\":\(seite)}".utf8)
    }
}
