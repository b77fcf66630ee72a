/// A set of words (UTF-8 byte strings) numbered in the order they were first seen:
/// an open-addressing hash table over one byte buffer, so the index build does not
/// create a `String` per word it reads.
struct Wortschatz {
    private(set) var bytes: [UInt8] = []
    private var anfang: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var tabelle: [Int32]
    private var maske: Int

    init(kapazitaet: Int = 1024) {
        var groesse = 16
        while groesse < kapazitaet * 2 { groesse <<= 1 }
        tabelle = Array(repeating: -1, count: groesse)
        maske = groesse - 1
    }

    var anzahl: Int { anfang.count - 1 }

    func laenge(_ id: Int32) -> Int { Int(anfang[Int(id) + 1] - anfang[Int(id)]) }

    func wort(_ id: Int32) -> String {
        String(decoding: bytes[Int(anfang[Int(id)])..<Int(anfang[Int(id) + 1])], as: UTF8.self)
    }

    func mitWort<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let a = Int(anfang[Int(id)]), e = Int(anfang[Int(id) + 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[a..<e])) }
    }

    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        bytes[Int(anfang[Int(id)])..<Int(anfang[Int(id) + 1])]
    }

    @inline(__always)
    static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in w { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The id of `w`, or nil.
    func finde(_ w: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Self.hash(w)
        var i = Int(truncatingIfNeeded: h) & maske
        while true {
            let id = tabelle[i]
            if id < 0 { return nil }
            if hashes[Int(id)] == h, gleich(id, w) { return id }
            i = (i + 1) & maske
        }
    }

    func finde(_ w: String) -> Int32? {
        var w = w
        return w.withUTF8 { finde($0) }
    }

    /// The id of `w`, adding it if new.
    @discardableResult
    mutating func id(_ w: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(w)
        var i = Int(truncatingIfNeeded: h) & maske
        while true {
            let id = tabelle[i]
            if id < 0 { break }
            if hashes[Int(id)] == h, gleich(id, w) { return id }
            i = (i + 1) & maske
        }
        let neu = Int32(anzahl)
        bytes.append(contentsOf: w)
        anfang.append(Int32(bytes.count))
        hashes.append(h)
        tabelle[i] = neu
        if anzahl * 2 > tabelle.count { wachse() }
        return neu
    }

    @discardableResult
    mutating func id(_ w: String) -> Int32 {
        var w = w
        return w.withUTF8 { id($0) }
    }

    @discardableResult
    mutating func id(_ w: ArraySlice<UInt8>) -> Int32 {
        w.withUnsafeBufferPointer { id($0) }
    }

    @inline(__always)
    private func gleich(_ id: Int32, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(anfang[Int(id)]), e = Int(anfang[Int(id) + 1])
        guard e - a == w.count else { return false }
        return bytes.withUnsafeBufferPointer { puffer in
            for k in 0..<w.count where puffer[a + k] != w[k] { return false }
            return true
        }
    }

    private mutating func wachse() {
        let groesse = tabelle.count * 2
        tabelle = Array(repeating: -1, count: groesse)
        maske = groesse - 1
        for id in 0..<anzahl {
            var i = Int(truncatingIfNeeded: hashes[id]) & maske
            while tabelle[i] >= 0 { i = (i + 1) & maske }
            tabelle[i] = Int32(id)
        }
    }
}
