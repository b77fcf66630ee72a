import Foundation

/// swift-argument-parser writes its help and its messages about a wrong call in English
/// ("Unknown option", "USAGE:"). The descriptions of the commands and options are German, so
/// the words around them are put into German as well, phrase by phrase; what is not known
/// here stays as the parser wrote it.
enum Aufrufhilfe {
    /// (pattern, replacement) in order; `$1`, `$2` are the pattern's groups.
    private static let saetze: [(String, String)] = [
        (#"^Error: "#, "Fehler: "),
        (#"^Help: "#, "Hilfe: "),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "Die Option `$1` gibt es nicht. Gemeint ist wohl `$2`."),
        (#"Unknown option '([^']+)'"#, "Die Option `$1` gibt es nicht."),
        (#"Unexpected argument '([^']+)'"#, "Mit `$1` kann wegweiser nichts anfangen."),
        (#"\d+ unexpected arguments: (.+)$"#, "Mit $1 kann wegweiser nichts anfangen."),
        (#"Missing value for '([^']+)'"#, "Nach `$1` fehlt der Wert."),
        (#"Missing expected argument '([^']+)'"#, "Es fehlt die Angabe `$1`."),
        (#"Please provide one of (.+) or ('[^']+')\."#, "Möglich sind: $1 oder $2."),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "Der Wert „$1“ passt nicht zu `$2`"),
        (#"^Usage: "#, "Aufruf: "),
        (#"^([ \t]*)See '([^']+) help <subcommand>' for detailed help\."#, "$1Mehr zu einem Befehl: `$2 help <befehl>`."),
        (#"^([ \t]*)See '([^']+)' for more information\."#, "$1Mehr dazu: `$2`."),
        (#"^OVERVIEW:"#, "ÜBERSICHT:"),
        (#"^USAGE:"#, "AUFRUF:"),
        (#"^ARGUMENTS:"#, "ARGUMENTE:"),
        (#"^OPTIONS:"#, "OPTIONEN:"),
        (#"^SUBCOMMANDS:"#, "BEFEHLE:"),
        (#"Show help information\."#, "Zeigt diese Hilfe."),
        (#"\(values: "#, "(Werte: "),
        (#"\(default: "#, "(Vorgabe: "),
        (#"; default: "#, "; Vorgabe: "),
        (#"<subcommand>"#, "<befehl>"),
    ]

    private static let ausdruecke: [(NSRegularExpression, String)] = saetze.map {
        // (the patterns above are constant and valid)
        (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1)
    }

    /// The parser's text with its own words in German.
    static func deutsch(_ text: String) -> String {
        var aus = text
        for (ausdruck, ersatz) in ausdruecke {
            aus = ausdruck.stringByReplacingMatches(in: aus, range: NSRange(aus.startIndex..., in: aus), withTemplate: ersatz)
        }
        return aus
    }
}
