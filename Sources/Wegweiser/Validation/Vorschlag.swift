/// Finds the nearest known word to an unknown one (`telfon` → `telefon`).
enum Vorschlag {
    static func naechster(zu wort: String, aus kandidaten: some Sequence<String>) -> String? {
        let w = Array(wort.lowercased())
        guard !w.isEmpty, w.count < 200 else { return nil }
        var best: (String, Int)?
        for k in kandidaten {
            let d = abstand(w, Array(k.lowercased()))
            if best == nil || d < best!.1 || (d == best!.1 && k < best!.0) { best = (k, d) }
        }
        guard let (k, d) = best else { return nil }
        // accept up to a third of the word's length as edits, at least 2
        let grenze = max(2, w.count / 3)
        if d <= grenze { return k }
        // or when one contains the other (`pflege` for `ambulante-pflege`)
        if let (k2, _) = best, k2.contains(wort.lowercased()) || wort.lowercased().contains(k2) { return k2 }
        // or the only one of which it is the first or last part (`kirchdorf` for `kirchdorf-an-der-amper`)
        let teil = kandidaten.filter { $0.lowercased().hasPrefix(wort.lowercased() + "-") || $0.lowercased().hasSuffix("-" + wort.lowercased()) }
        return teil.count == 1 ? teil[0] : nil
    }

    /// Whether `wort` is `bekannt` misspelt (a few letters off), not merely a word that contains
    /// it (`stichworte` is no misspelt `ort`).
    static func istVertipper(_ wort: String, von bekannt: String) -> Bool {
        let w = Array(wort.lowercased())
        return w.count < 200 && abstand(w, Array(bekannt.lowercased())) <= max(2, w.count / 3)
    }

    /// Damerau-Levenshtein distance (optimal string alignment).
    static func abstand(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
