/// Whole numbers in the head (`einwohner`, `pruefintervall_monate`), as volunteers write them.
extension Felder {
    func ganzzahl(_ key: String) -> Int? {
        guard let s = text(key) else { return nil }
        let bereinigt = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        if let n = Int(bereinigt), n >= 0 { return n }
        let (zahlen, rest) = Self.zahlenUndRest(s)
        // `ca. 4700`, `rund 4.700`: the number is meant; the page shows it without the word
        if zahlen.count == 1, let n = zahlen.first, Self.ungefaehr.contains(rest.lowercased()) {
            fehler(key, "zahl-ungefaehr", "Bei `\(key)` steht „\(s)“. Gelesen wird \(n); die Website zeigt die Zahl ohne „\(rest)“.",
                   vorschlag: "`\(key): \(n)`", schwere: .warnung)
            return n
        }
        fehler(key, "keine-zahl", "Bei `\(key)` wird eine ganze Zahl erwartet, hier steht „\(s)“.",
               vorschlag: "`\(key): \(zahlen.first.map(String.init) ?? "4200")`" + (zahlen.isEmpty ? " (mit der richtigen Zahl)" : " (nur die Zahl, ohne weiteren Text)"))
        return nil
    }

    /// The whole numbers of a text (`5.900` and `5 900` are one) and its other words, joined by spaces.
    static func zahlenUndRest(_ text: String) -> (zahlen: [Int], rest: String) {
        var zahlen: [Int] = [], rest: [Substring] = [], letzteWarZahl = false
        for wort in text.replacingOccurrences(of: "~", with: "~ ").split(separator: " ") {
            let ziffern = wort.filter { $0 != "." }
            guard !ziffern.isEmpty, ziffern.allSatisfy({ $0.isASCII && $0.isNumber }), wort.first != ".", let n = Int(ziffern) else {
                rest.append(wort)
                letzteWarZahl = false
                continue
            }
            if letzteWarZahl && wort.count == 3, let vorher = zahlen.popLast() { zahlen.append(vorher * 1000 + n) } else { zahlen.append(n) }
            letzteWarZahl = true
        }
        return (zahlen, rest.joined(separator: " "))
    }

    /// Words that say a number is about right (`ca.`, `rund`, `etwa`, `~`, `knapp`).
    static let ungefaehr: Set<String> = ["ca.", "ca", "circa", "zirka", "etwa", "rund", "ungefähr", "ungefaehr", "~", "knapp", "fast",
                                         "über", "ueber", "gut", "mehr als"]
}
