import ArgumentParser
import Foundation
import Wegweiser

enum Berichtsformat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Versorgungsbericht für den Arbeitskreis: Übersicht je Gemeinde und Kategorie, Lücken, fällige Prüfungen.",
        discussion: """
        Der Bericht geht auf die Standardausgabe; speichern Sie ihn z. B. mit
          wegweiser report --format markdown > bericht.md
        Lücken sind kein Fehler: Der Exit-Code ist 0, solange ein Bericht möglich ist.
        Fehler im Inhalt werden (auf der Fehlerausgabe) gemeldet; Einträge mit Fehlern fehlen im Bericht.
        Exit-Codes: 0 Bericht geschrieben, 1 Inhalt so fehlerhaft, dass kein Bericht möglich ist, 2 Inhaltsordner nicht lesbar.
        """)

    @OptionGroup var optionen: InhaltOptionen

    @Option(name: .long, help: "Ausgabeformat: text (zum Ausdrucken), markdown (Tabelle für GitHub) oder csv (für Tabellenkalkulation).")
    var format: Berichtsformat = .text

    func run() throws {
        let heute = try optionen.heute()
        let inhalt: Inhalt?, diagnosen: Diagnosen
        do {
            (inhalt, diagnosen) = try Wegweiser.pruefe(inhalt: optionen.inhaltURL, heute: heute)
        } catch {
            throw Ausgang.bedienung(error)
        }
        // Only errors: warnings such as „bitte prüfen“ are part of the report itself.
        let fehler = Diagnosen()
        for d in diagnosen.fehler { fehler.melde(d) }
        if fehler.hatFehler { Ausdruck.drucke(fehler, format: .text, inhalt: optionen.content) }
        guard let inhalt else {
            Konsole.fehler("Kein Bericht möglich: Ohne eine lesbare `region.yaml` gibt es keine Region. Bitte zuerst die Fehler oben beheben.")
            throw Ausgang.fehler
        }
        let praefix = optionen.content.hasSuffix("/") ? optionen.content : optionen.content + "/"
        let n = fehler.fehler.count
        let bericht: String
        switch format {
        case .text: bericht = Bericht.text(inhalt: inhalt, heute: heute, praefix: praefix, fehler: n)
        case .markdown: bericht = Bericht.markdown(inhalt: inhalt, heute: heute, praefix: praefix, fehler: n)
        case .csv: bericht = Bericht.csv(inhalt: inhalt, heute: heute, praefix: praefix, fehler: n)
        }
        FileHandle.standardOutput.write(Data(bericht.utf8))
        if n > 0 {
            Konsole.fehler("Achtung: Der Bericht ist unvollständig, weil der Inhalt \(n) Fehler hat (siehe oben).")
        }
    }
}
