import ArgumentParser
import Foundation
import Wegweiser

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Prüft den Inhalt und baut die Website (nur wenn es keine Fehler gibt).")

    @OptionGroup var optionen: InhaltOptionen

    @OptionGroup var seite: SeitenOptionen

    @Flag(name: .long, help: "Links auf …/index.html setzen, damit die Seite auch ohne Webserver direkt aus dem Ordner funktioniert.")
    var dateiLinks = false

    @Option(name: .long, help: "Ausgabeformat der Meldungen: text, json oder github.")
    var format: Meldungsformat = .text

    func run() throws {
        let o = Wegweiser.Optionen(inhalt: optionen.inhaltURL, ausgabe: seite.ausgabeURL,
                                   theme: seite.themeURL, heute: try optionen.heute(), dateiLinks: dateiLinks)
        let ergebnis: Wegweiser.Ergebnis
        do {
            ergebnis = try Wegweiser.baue(o)
        } catch {
            throw Ausgang.bedienung(error)
        }
        Ausdruck.drucke(ergebnis.diagnosen, format: format, inhalt: optionen.content, zusammenfassung: true, gelesen: ergebnis.inhalt, heute: o.heute)
        if ergebnis.diagnosen.hatFehler {
            Konsole.fehler("Nichts veröffentlicht: Bitte zuerst die Fehler oben beheben. Der bisherige Ordner „\(seite.output)“ bleibt unverändert.")
            throw Ausgang.fehler
        }
        Konsole.fehler("\(ergebnis.seiten) Seiten nach „\(seite.output)“ geschrieben.")
    }
}
