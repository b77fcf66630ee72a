import Foundation

/// The theme's own words written into the templates once, when the theme is loaded:
/// `{{t.kontakt}}` becomes the escaped text of `kontakt`, `{{{t.kontakt}}}` the text as it is.
///
/// Each `{{t.…}}` was looked up on every page through the whole stack of sections it stands
/// in (swift-mustache casts each level's object to its protocols on the way); at 10 000
/// services that was a good part of rendering the pages. The output is the same: the words
/// are the same for every page of a site.
enum FesteTexte {
    /// `text` with every `{{t.name}}` and `{{{t.name}}}` whose value is a text replaced by it.
    /// Left as they are: tags of another form (`{{#t.name}}`, `{{&t.name}}`), names without a
    /// text, values that contain braces or line breaks (they would become tags, or move the
    /// line numbers of errors), and a template that sets other delimiters (`{{=<% %>=}}`).
    static func einsetzen(_ text: String, _ werte: [String: Any]) -> String {
        guard text.contains("{{t.") || text.contains("{{{t."), !text.contains("{{=") else { return text }
        var aus = ""
        aus.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let auf = rest.range(of: "{{") {
            aus += rest[..<auf.lowerBound]
            let nach = rest[auf.upperBound...]
            let dreifach = nach.hasPrefix("{")
            let name = dreifach ? nach.dropFirst() : nach
            let ende = dreifach ? "}}}" : "}}"
            if name.hasPrefix("t."), let zu = name.range(of: ende) {
                let schluessel = String(name[name.index(name.startIndex, offsetBy: 2)..<zu.lowerBound])
                if istName(schluessel), let wert = werte[schluessel] as? String, passt(wert) {
                    aus += dreifach ? wert : SicheresHTML.maskiere(wert)
                    rest = name[zu.upperBound...]
                    continue
                }
            }
            aus += "{{"
            rest = nach
        }
        aus += rest
        return aus
    }

    private static func istName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static func passt(_ wert: String) -> Bool {
        !wert.contains("{") && !wert.contains("}") && !wert.contains("\n") && !wert.contains("\r")
    }
}
