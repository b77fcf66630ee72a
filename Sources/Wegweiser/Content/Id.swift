/// Identifiers come from file and folder names: `a-z`, `0-9`, `-`, starting with a letter.
enum Id {
    static func istGueltig(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, ("a"..."z").contains(f), s.count <= 120 else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `Essen auf Rädern` → `essen-auf-raedern`.
    static func vorschlag(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() {
            switch c {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "a"..."z", "0"..."9": out.append(c)
            default:
                let basis = String(c).folding(options: .diacriticInsensitive, locale: nil)
                if basis.count == 1, let b = basis.first, ("a"..."z").contains(b) { out.append(b) }
                else if !out.hasSuffix("-") { out += "-" }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while let f = out.first, !("a"..."z").contains(f) { out.removeFirst() }
        return out.isEmpty ? "eintrag" : String(out.prefix(80))
    }
}
