import ArgumentParser
import Foundation
import Wegweiser

struct WegweiserCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wegweiser",
        abstract: "Baut einen Seniorenwegweiser aus einem Ordner mit Markdown-Dateien.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: nil
    )
}

WegweiserCLI.main()
