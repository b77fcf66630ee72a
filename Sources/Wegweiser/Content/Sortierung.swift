/// German alphabetical order as in a telephone book (DIN 5007, variant 1): `ä` as `a`, `ö`
/// as `o`, `ü` as `u`, `ß` as `ss`, capitals as small letters. `Köhlerhain` comes before
/// `Kuttenhain`, `Ärztehaus` among the A, not after the Z (as bytes would sort them).
public enum Sortierung {
    public static func schluessel(_ s: String) -> String {
        var aus = String.UnicodeScalarView()
        for u in s.lowercased().unicodeScalars {
            switch u {
            case "ä": aus.append("a")
            case "ö": aus.append("o")
            case "ü": aus.append("u")
            case "ß": aus.append("s"); aus.append("s")
            case "\u{0308}": continue // a decomposed umlaut's dots
            default: aus.append(u)
            }
        }
        return String(aus)
    }

    /// Whether `a` comes before `b` (equal keys: by the text itself, so the order is total).
    public static func vor(_ a: String, _ b: String) -> Bool {
        let x = schluessel(a), y = schluessel(b)
        return x == y ? a < b : x < y
    }

    /// `liste` sorted by `text` of each element, each key worked out once; ties by `danach`.
    public static func sortiert<T>(_ liste: [T], nach text: (T) -> String, danach: (T, T) -> Bool) -> [T] {
        liste.map { (schluessel(text($0)), $0) }
            .sorted { $0.0 == $1.0 ? danach($0.1, $1.1) : $0.0 < $1.0 }
            .map(\.1)
    }
}
