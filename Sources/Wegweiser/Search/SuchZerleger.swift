/// Fast tokenizer for building the index: the same words as `SuchNormalisierung.woerter`,
/// read straight from UTF-8, with what it learned about each non-ASCII character cached.
/// Text it cannot handle character by character (combining marks, characters that
/// expand into several words) goes through the reference implementation.
///
/// Not thread-safe: one per thread.
struct SuchZerleger {
    struct Wort {
        var start: Int
        var ende: Int
        var verbindung: SuchWort.Verbindung
    }

    /// The bytes of all words of the last text, one after the other (the words' ranges; the
    /// array is longer, it is written through a pointer).
    private(set) var bytes: [UInt8] = []
    /// The words of the last text, as ranges of `bytes`.
    private(set) var woerter: [Wort] = []

    private enum Aktion {
        case wort([UInt8])
        case ignorieren
        case trenner(bindestrich: Bool, leer: Bool)
        case komplex
    }

    private var aktionen: [UInt32: Aktion] = [:]

    init() {
        bytes = Array(repeating: 0, count: 4096)
        woerter.reserveCapacity(512)
    }

    mutating func zerlege(_ text: String) {
        woerter.removeAll(keepingCapacity: true)
        // room for every byte twice: an ASCII byte gives at most one, a character of two bytes or
        // more at most four (`schnell` gives up on any that would need more)
        let platz = text.utf8.count * 2 + 16
        if bytes.count < platz { bytes = Array(repeating: 0, count: max(platz, bytes.count * 2)) }
        // (taken out while written through its pointer: `schnell` adds to `woerter`)
        var puffer = bytes
        bytes = []
        // the string's own storage, not a copy
        let geschafft = text.utf8.withContiguousStorageIfAvailable { utf8 in
            puffer.withUnsafeMutableBufferPointer { aus in
                Self.ascii.withUnsafeBufferPointer { schnell(utf8, in: aus.baseAddress!, platz: aus.count, tabelle: $0) }
            }
        } ?? false
        bytes = puffer
        if !geschafft {
            bytes.removeAll(keepingCapacity: true)
            woerter.removeAll(keepingCapacity: true)
            for wort in SuchNormalisierung.woerter(text) {
                let start = bytes.count
                bytes.append(contentsOf: wort.text.utf8)
                woerter.append(Wort(start: start, ende: bytes.count, verbindung: wort.verbindung))
            }
        }
    }

    /// The text of word `i` (for tests and rare paths).
    func text(_ i: Int) -> String {
        String(decoding: bytes[woerter[i].start..<woerter[i].ende], as: UTF8.self)
    }

    // MARK: -

    /// What an ASCII byte is: a word's byte (lower case) below 0x80, or one of these.
    private static let ignorieren: UInt8 = 0x80, bindestrich: UInt8 = 0x81, leer: UInt8 = 0x82, anderer: UInt8 = 0x83
    private static let ascii: [UInt8] = (0..<128).map { b -> UInt8 in
        switch b {
        case 0x61...0x7A, 0x30...0x39: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 32)
        case 0x27, 0x60: return ignorieren
        case 0x2D: return bindestrich
        case 0x09...0x0D, 0x20: return leer
        default: return anderer
        }
    }

    /// Writes the words' bytes to `aus` (room for `platz`), their ranges to `woerter`; false when
    /// the text needs the reference implementation.
    private mutating func schnell(_ utf8: UnsafeBufferPointer<UInt8>, in aus: UnsafeMutablePointer<UInt8>, platz: Int,
                                  tabelle: UnsafeBufferPointer<UInt8>) -> Bool {
        var imWort = false
        var wortStart = 0
        var laenge = 0
        var trennerAnzahl = 0
        var ersterIstBindestrich = false
        var leer = false
        var i = 0
        let n = utf8.count

        @inline(__always) func beginneWort(_ selbst: inout SuchZerleger) {
            if !selbst.woerter.isEmpty {
                let v: SuchWort.Verbindung
                if ersterIstBindestrich {
                    v = trennerAnzahl == 1 ? .bindestrich : (leer ? .offen : .keine)
                } else {
                    v = .keine
                }
                selbst.woerter[selbst.woerter.count - 1].verbindung = v
            }
            trennerAnzahl = 0
            ersterIstBindestrich = false
            leer = false
            wortStart = laenge
            imWort = true
        }

        @inline(__always) func trenner(_ selbst: inout SuchZerleger, bindestrich: Bool, istLeer: Bool) {
            if imWort {
                selbst.woerter.append(Wort(start: wortStart, ende: laenge, verbindung: .keine))
                imWort = false
            }
            if trennerAnzahl == 0 { ersterIstBindestrich = bindestrich }
            trennerAnzahl += 1
            if istLeer { leer = true }
        }

        do {
            while i < n {
                let b = utf8[i]
                if b < 0x80 {
                    i += 1
                    let k = tabelle[Int(b)]
                    if k < 0x80 {
                        if !imWort { beginneWort(&self) }
                        aus[laenge] = k
                        laenge += 1
                        // the rest of an ASCII word, in a loop of its own
                        while i < n {
                            let c = utf8[i]
                            guard c < 0x80 else { break }
                            let kk = tabelle[Int(c)]
                            guard kk < 0x80 else { break }
                            aus[laenge] = kk
                            laenge += 1
                            i += 1
                        }
                    } else if k != Self.ignorieren {
                        trenner(&self, bindestrich: k == Self.bindestrich, istLeer: k == Self.leer)
                    }
                    continue
                }
                // Decode one non-ASCII scalar.
                var wert: UInt32
                var laengeZeichen: Int
                if b & 0xE0 == 0xC0 { wert = UInt32(b & 0x1F); laengeZeichen = 2 }
                else if b & 0xF0 == 0xE0 { wert = UInt32(b & 0x0F); laengeZeichen = 3 }
                else { wert = UInt32(b & 0x07); laengeZeichen = 4 }
                guard i + laengeZeichen <= n else { return false }
                for k in 1..<laengeZeichen { wert = (wert << 6) | UInt32(utf8[i + k] & 0x3F) }
                i += laengeZeichen
                switch aktion(wert) {
                case .wort(let zeichen):
                    guard zeichen.count <= 2 * laengeZeichen, laenge + zeichen.count <= platz else { return false }
                    if !imWort { beginneWort(&self) }
                    for z in zeichen { aus[laenge] = z; laenge += 1 }
                case .ignorieren:
                    continue
                case let .trenner(bindestrich, istLeer):
                    trenner(&self, bindestrich: bindestrich, istLeer: istLeer)
                case .komplex:
                    return false
                }
            }
            if imWort {
                woerter.append(Wort(start: wortStart, ende: laenge, verbindung: .keine))
            }
            return true
        }
    }

    private mutating func aktion(_ wert: UInt32) -> Aktion {
        if let a = aktionen[wert] { return a }
        let a = Self.bestimme(wert)
        aktionen[wert] = a
        return a
    }

    /// What the reference rules do with this character when it stands alone.
    private static func bestimme(_ wert: UInt32) -> Aktion {
        guard let u = Unicode.Scalar(wert) else { return .komplex }
        if SuchNormalisierung.istApostroph(u) { return .ignorieren }
        let teile = Array(SuchNormalisierung.vorbereitet(String(Character(u))).unicodeScalars)
        guard let erstes = teile.first else { return .ignorieren }
        let arten = teile.map(SuchNormalisierung.art)
        if arten.contains(.trenner) {
            if teile.count == 1 {
                return .trenner(bindestrich: SuchNormalisierung.istBindestrich(erstes),
                                leer: erstes.properties.isWhitespace)
            }
            return .komplex
        }
        if arten.allSatisfy({ $0 == .ignorieren }) { return .ignorieren }
        if arten.first(where: { $0 != .ignorieren }) == .zeichen { return .komplex }
        let woerter = SuchNormalisierung.woerter(String(Character(u)))
        guard woerter.count == 1 else { return .komplex }
        return .wort(Array(woerter[0].text.utf8))
    }
}
