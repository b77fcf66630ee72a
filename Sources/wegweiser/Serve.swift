import ArgumentParser
import Foundation
import Vorschau
import Wegweiser

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Zeigt die Website auf diesem Computer an und baut sie bei jeder Änderung neu (Vorschau).",
        discussion: """
        Baut die Website wie „build“ und zeigt sie unter http://127.0.0.1:<port>/ an, nur auf diesem Computer. \
        Jede gespeicherte Änderung im Inhalt oder im Theme baut die Website neu; offene Seiten laden dann von \
        selbst neu. Hat der Inhalt Fehler, stehen sie oben auf der Seite und hier im Fenster; die Vorschau \
        zeigt so lange den letzten Stand ohne Fehler. Beenden mit Strg+C.
        """)

    @OptionGroup var optionen: InhaltOptionen

    @OptionGroup var seite: SeitenOptionen

    @Option(name: .long, help: "Der Port auf diesem Computer (0: ein freier).")
    var port: UInt16 = 8000

    /// (`main.swift` calls this: the preview runs until it is stopped)
    func laufe() async throws {
        let o = Wegweiser.Optionen(inhalt: optionen.inhaltURL, ausgabe: seite.ausgabeURL,
                                   theme: seite.themeURL, heute: try optionen.heute())
        let content = optionen.content
        let praefix = content.hasSuffix("/") ? content : content + "/"
        let vorschau = Vorschau(optionen: o, port: port, inhalt: content) { ereignis in
            switch ereignis {
            case .bereit(let p):
                Konsole.fehler("Vorschau: http://127.0.0.1:\(p)/ (nur auf diesem Computer). Änderungen in „\(content)“ "
                               + "und im Theme werden sofort übernommen. Beenden mit Strg+C.")
            case .gebaut(let diagnosen, let seiten, let sekunden, let geaendert):
                let farbe = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                var s = ""
                if !geaendert.isEmpty {
                    // (a line that says what this round is about: the rounds before stay readable)
                    let namen = geaendert.prefix(3).map { praefix + $0 }.joined(separator: ", ")
                    s += "\n── \(Self.uhrzeit()) gespeichert: \(namen)\(geaendert.count > 3 ? " und \(geaendert.count - 3) weitere" : "") ──\n"
                }
                let text = Meldungen.text(diagnosen, praefix: praefix, farbe: farbe)
                if !text.isEmpty { s += text + "\n" }
                s += Meldungen.zusammenfassung(diagnosen)
                let zeit = String(format: "%.1f", sekunden).replacingOccurrences(of: ".", with: ",")
                let gibtEsSchon = FileManager.default.fileExists(atPath: o.ausgabe.appendingPathComponent("index.html").path)
                s += seiten > 0 ? " \(seiten) Seiten gebaut (\(zeit) s)."
                    : gibtEsSchon ? " Nicht neu gebaut: Die Vorschau zeigt den letzten Stand ohne Fehler."
                    : " Noch keine Vorschau: Bitte zuerst die Fehler oben beheben und die Datei speichern."
                Konsole.fehler(s)
            case .gescheitert(let text):
                Konsole.fehler("\n── \(Self.uhrzeit()) ──\nFehler: \(text)\nNicht neu gebaut: Die Vorschau zeigt den letzten Stand ohne Fehler.")
            }
        }
        do {
            try await vorschau.laufe()
        } catch {
            throw Ausgang.bedienung(error)
        }
    }

    static func uhrzeit() -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f.string(from: Date())
    }
}
