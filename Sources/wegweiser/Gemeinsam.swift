import ArgumentParser
import Foundation
import Vorschau
import Wegweiser

/// Exit codes: 0 clean (warnings allowed), 1 content errors, 2 wrong usage or unreadable content folder.
enum Ausgang {
    static let fehler = ExitCode(1)
    static let bedienung = ExitCode(2)

    /// What concerns the folders or the call, not the content (the content folder is missing, the
    /// output folder is someone else's, the theme cannot be read, the port is taken): said as it
    /// is, exit code 2. Any other error is handed back as it was.
    static func bedienung(_ f: any Error) -> any Error {
        switch f {
        case let f as InhaltsordnerFehler: Konsole.fehler("Fehler: \(f.description)")
        case let f as AusgabeFehler: Konsole.fehler("Fehler: \(f.description)")
        case let f as VorschauFehler: Konsole.fehler("Fehler: \(f.description)")
        case let f as ThemeFehler: Konsole.fehler("Fehler im Theme: \(f.description)")
        default: return f
        }
        return bedienung
    }
}

struct InhaltOptionen: ParsableArguments {
    @Option(name: .long, help: "Der Inhaltsordner der Region.")
    var content: String = "content"

    @Option(name: .long, help: "Das heutige Datum (JJJJ-MM-TT) für kommende Termine und fällige Prüfungen; sonst SOURCE_DATE_EPOCH oder die Uhr.")
    var today: String?

    var inhaltURL: URL { URL(fileURLWithPath: content) }

    func heute() throws -> Datum {
        guard let d = Wegweiser.heute(angegeben: today) else {
            throw ValidationError("--today „\(today ?? "")“ ist kein Datum; bitte JJJJ-MM-TT schreiben, z. B. 2026-11-21.")
        }
        return d
    }
}

/// Where the site goes and which theme makes it (`build`, `serve`).
struct SeitenOptionen: ParsableArguments {
    @Option(name: .long, help: "Der Ausgabeordner; er wird erst ersetzt, wenn der Bau gelungen ist.")
    var output: String = "site"

    @Option(name: .long, help: "Der Theme-Ordner.")
    var theme: String = "themes/default"

    var ausgabeURL: URL { URL(fileURLWithPath: output) }
    var themeURL: URL { URL(fileURLWithPath: theme) }
}

enum Konsole {
    static func fehler(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
