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
        var m = n.magnitude
        var ziffern: [UInt8] = []
        repeat { ziffern.append(UInt8(m % 10) + 0x30); m /= 10 } while m > 0
        bytes.append(contentsOf: ziffern.reversed())
    }

    mutating func text(_ s: String) {
        bytes.append(0x22)
        for einheit in s.utf16 {
            switch einheit {
            case 0x22: roh("\\\"")
            case 0x5C: roh("\\\\")
            case 0x0A: roh("\\n")
            case 0x0D: roh("\\r")
            case 0x09: roh("\\t")
            case 0x20...0x7E: bytes.append(UInt8(einheit))
            default:
                roh("\\u")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                for shift in stride(from: 12, through: 0, by: -4) {
                    bytes.append(hex[Int((einheit >> UInt16(shift)) & 0xF)])
                }
            }
        }
        bytes.append(0x22)
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
