import Foundation

/// Removes comment lines, indentation and empty lines from a script as it is copied: the search
/// script is read by every first query (a third fewer bytes, gzipped). Only what is safe
/// without parsing JavaScript: lines that are a `//` comment, block comments that begin a line
/// and end one, the whitespace around lines. A script with a template literal (a backtick in
/// its code), a line continued by a backslash, or a block comment followed by code on its last
/// line is copied unchanged.
enum JSKompakt {
    static func verdichte(_ js: String) -> String {
        var aus: [Substring] = []
        var imKommentar = false
        for zeile in js.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = zeile.trimmingCharacters(in: .whitespaces)
            if imKommentar {
                if t.hasSuffix("*/") { imKommentar = false } else if t.contains("*/") { return js }
                continue
            }
            if t.hasPrefix("//") || t.isEmpty { continue }
            if t.hasPrefix("/*") {
                let rest = t.dropFirst(2)
                if !rest.contains("*/") { imKommentar = true; continue }
                if rest.hasSuffix("*/") && rest.components(separatedBy: "*/").count == 2 { continue }
            }
            if t.contains("`") || t.hasSuffix("\\") { return js }
            aus.append(Substring(t))
        }
        if imKommentar { return js }
        return aus.joined(separator: "\n") + "\n"
    }
}
