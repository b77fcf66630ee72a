import CStemmer

/// The Snowball German stemmer from libstemmer, applied to normalised words
/// (`pflegediensten` → `pflegedien`). `suche.js` carries a port of the same
/// algorithm; `Tests/search-vectors.json` and `Tests/js/fixtures/stammformen.json`
/// check that both agree.
///
/// An `sb_stemmer` is not thread-safe: use one `Stemmer` per thread.
final class Stemmer {
    private let stemmer: OpaquePointer

    init() {
        guard let s = sb_stemmer_new("german", "UTF_8") else {
            fatalError("libstemmer has no German stemmer")
        }
        stemmer = s
    }

    deinit { sb_stemmer_delete(stemmer) }

    func stamm(_ wort: String) -> String {
        var wort = wort
        return wort.withUTF8 { String(decoding: stamm($0), as: UTF8.self) }
    }

    /// The stem of a UTF-8 word; the result is valid until the next call.
    func stamm(_ wort: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let basis = wort.baseAddress, !wort.isEmpty,
              let ergebnis = sb_stemmer_stem(stemmer, basis, Int32(wort.count)) else {
            return wort
        }
        let aus = UnsafeBufferPointer(start: ergebnis, count: Int(sb_stemmer_length(stemmer)))
        return Self.ohneDoppelS(aus)
    }

    /// Snowball keeps the s that German doubles before an ending: `Ergebnisse` → `ergebniss`
    /// but `Ergebnis` → `ergebnis`, `Bürgerbusse` → `buergerbuss` but `Bürgerbus` → `buergerbus`.
    /// A stem ending in `niss` or `buss` loses one s, so that both forms are one key. (The same
    /// in `stamm` in suche.js.)
    static func ohneDoppelS(_ s: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let n = s.count
        guard n >= 4, s[n - 1] == 0x73, s[n - 2] == 0x73,
              (s[n - 4] == 0x6E && s[n - 3] == 0x69) || (s[n - 4] == 0x62 && s[n - 3] == 0x75) else { return s }
        return UnsafeBufferPointer(rebasing: s[..<(n - 1)])
    }
}
