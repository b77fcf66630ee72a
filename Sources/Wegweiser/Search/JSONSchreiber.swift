/// Writes the index files: JSON inside a JavaScript call, ASCII only (everything else
/// as `\uXXXX`), so the files read the same whatever encoding a browser assumes.
struct JSONSchreiber {
    private(set) var bytes: [UInt8] = []

    init(kapazitaet: Int = 1024) { bytes.reserveCapacity(kapazitaet) }

    mutating func roh(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func zeichen(_ b: UInt8) { bytes.append(b) }

    mutating func zahl(_ n: Int) {
        if n < 0 { bytes.append(0x2D) }
        let m = n.magnitude
        var teiler: UInt = 1
        while teiler <= m / 10 { teiler *= 10 }
        repeat {
            bytes.append(UInt8((m / teiler) % 10) + 0x30)
            teiler /= 10
        } while teiler > 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func text(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                switch b {
                case 0x22: roh("\\\"")
                case 0x5C: roh("\\\\")
                case 0x0A: roh("\\n")
                case 0x0D: roh("\\r")
                case 0x09: roh("\\t")
                case 0x20...0x7E: bytes.append(b)
                case 0..<0x80: escape(UInt16(b))
                default:
                    // a scalar of 2 to 4 bytes (valid UTF-8: it is a Swift string), as UTF-16 units
                    let laenge = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var wert = UInt32(b) & (laenge == 4 ? 0x07 : laenge == 3 ? 0x0F : 0x1F)
                    for j in 1..<laenge { wert = wert << 6 | UInt32(utf8[i + j] & 0x3F) }
                    if let skalar = Unicode.Scalar(wert) { for einheit in skalar.utf16 { escape(einheit) } }
                    i += laenge - 1
                }
                i += 1
            }
        }
        bytes.append(0x22)
    }

    /// `\uXXXX`
    private mutating func escape(_ einheit: UInt16) {
        roh("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(Self.hex[Int((einheit >> UInt16(shift)) & 0xF)])
        }
    }

    mutating func texte(_ liste: [String]) {
        bytes.append(0x5B)
        for (i, s) in liste.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            text(s)
        }
        bytes.append(0x5D)
    }

    mutating func zahlen(_ liste: [Int]) {
        bytes.append(0x5B)
        for (i, n) in liste.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            zahl(n)
        }
        bytes.append(0x5D)
    }

    mutating func anhaengen(_ andere: [UInt8]) { bytes.append(contentsOf: andere) }

    /// The JSON inside a file that `datei(name, …)` wrote, or nil if it is not such a file.
    static func inhalt(_ name: String, ausDatei datei: [UInt8]) -> ArraySlice<UInt8>? {
        var kopf = JSONSchreiber(kapazitaet: 64)
        kopf.roh("wegweiserSuche(")
        kopf.text(name)
        kopf.roh(",")
        let ende = Array(");\n".utf8)
        guard datei.starts(with: kopf.bytes), datei.count >= kopf.bytes.count + ende.count,
              datei.suffix(ende.count).elementsEqual(ende) else { return nil }
        return datei[kopf.bytes.count ..< datei.count - ende.count]
    }

    /// `wegweiserSuche("name",` … `);`
    static func datei(_ name: String, _ inhalt: [UInt8]) -> [UInt8] {
        var s = JSONSchreiber(kapazitaet: inhalt.count + 40)
        s.roh("wegweiserSuche(")
        s.text(name)
        s.roh(",")
        s.anhaengen(inhalt)
        s.roh(");\n")
        return s.bytes
    }
}

/// Numbers as base-64 characters that need no escaping in JSON: 5 bits per character,
/// the sixth bit says "more follows" (least significant group first).
enum Zahlenkodierung {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func zahl(_ n: Int, in ausgabe: inout [UInt8]) {
        var m = n
        repeat {
            var teil = m & 31
            m >>= 5
            if m > 0 { teil |= 32 }
            ausgabe.append(alphabet[teil])
        } while m > 0
    }

    /// Postings: for each document the gap to the one before (minus one), then its weight (0–63).
    static func treffer(_ docs: [Int32], _ gewichte: [UInt8]) -> [UInt8] {
        var aus: [UInt8] = []
        aus.reserveCapacity(docs.count * 2)
        var vorher: Int32 = -1
        for i in 0..<docs.count {
            zahl(Int(docs[i] - vorher - 1), in: &aus)
            aus.append(alphabet[Int(gewichte[i] & 63)])
            vorher = docs[i]
        }
        return aus
    }
}
