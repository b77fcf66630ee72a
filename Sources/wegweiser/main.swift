import ArgumentParser
import Foundation
import Wegweiser

struct WegweiserCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wegweiser",
        abstract: "Baut einen Seniorenwegweiser aus einem Ordner mit Markdown-Dateien.",
        subcommands: [Build.self, Check.self, Serve.self, Report.self, New.self],
        defaultSubcommand: nil
    )
}

/// Exit codes: 0 clean, 1 content errors, 2 wrong usage or unreadable content folder.
/// swift-argument-parser uses 64 for usage errors; Wegweiser promises 2.
do {
    var befehl = try WegweiserCLI.parseAsRoot()
    if let vorschau = befehl as? Serve {
        try await vorschau.laufe()
    } else {
        try befehl.run()
    }
} catch {
    // (help and the messages about a wrong call in German: `Aufrufhilfe`)
    let code = WegweiserCLI.exitCode(for: error)
    let text = Aufrufhilfe.deutsch(WegweiserCLI.fullMessage(for: error))
    if code == .success {
        if !text.isEmpty { print(text) }
        exit(0)
    }
    if !text.isEmpty { Konsole.fehler(text) }
    exit(code == .validationFailure ? Ausgang.bedienung.rawValue : code.rawValue)
}
