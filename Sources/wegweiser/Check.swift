import ArgumentParser
import Foundation
import Wegweiser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Prüft den Inhaltsordner und meldet alle Probleme, ohne etwas zu bauen.")

    @OptionGroup var optionen: InhaltOptionen

    @Option(name: .long, help: "Ausgabeformat: text, json oder github (GitHub-Actions-Meldungen).")
    var format: Meldungsformat = .text

    @Flag(name: .long, help: "Auch Warnungen als Fehler werten (Exit-Code 1).")
    var strict = false

    func run() throws {
        let diagnosen: Diagnosen, inhalt: Inhalt?
        let heute = try optionen.heute()
        do {
            (inhalt, diagnosen) = try Wegweiser.pruefe(inhalt: optionen.inhaltURL, heute: heute)
        } catch {
            throw Ausgang.bedienung(error)
        }
        Ausdruck.drucke(diagnosen, format: format, inhalt: optionen.content, zusammenfassung: true, gelesen: inhalt,
                         heute: heute, textNachStdout: true)
        if diagnosen.hatFehler || (strict && !diagnosen.alle.isEmpty) { throw Ausgang.fehler }
    }
}
