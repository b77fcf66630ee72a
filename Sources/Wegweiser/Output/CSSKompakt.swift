/// Removes comments and needless whitespace from a style sheet as it is copied, so that every
/// page stays within its size budget; strings and everything else are left as they are.
enum CSSKompakt {
    static func verdichte(_ css: String) -> String {
        var out: [Character] = []
        out.reserveCapacity(css.count)
        let z = Array(css)
        var i = 0
        var leerstelle = false
        func istTrenner(_ c: Character?) -> Bool { c.map { "{};,>".contains($0) } ?? true }
        while i < z.count {
            let c = z[i]
            if c == "/", i + 1 < z.count, z[i + 1] == "*" {
                i += 2
                while i + 1 < z.count, !(z[i] == "*" && z[i + 1] == "/") { i += 1 }
                i += 2
                leerstelle = true
                continue
            }
            if c == "\"" || c == "'" {
                if leerstelle, !istTrenner(out.last), !out.isEmpty { out.append(" ") }
                leerstelle = false
                out.append(c); i += 1
                while i < z.count, z[i] != c {
                    if z[i] == "\\", i + 1 < z.count { out.append(z[i]); i += 1 }
                    out.append(z[i]); i += 1
                }
                if i < z.count { out.append(z[i]); i += 1 }
                continue
            }
            if c.isWhitespace { leerstelle = true; i += 1; continue }
            if leerstelle, !out.isEmpty, !istTrenner(out.last), !istTrenner(c), out.last != ":" { out.append(" ") }
            leerstelle = false
            out.append(c)
            i += 1
        }
        return String(out) + "\n"
    }
}
