/// Splits a German compound into parts that the corpus itself uses
/// (`seniorenbegleitservice` → `senioren` `begleit` `service`), allowing the usual
/// linking elements (Fugen: `nachbarschaft·s·hilfe`). Fewest parts win.
///
/// When only the front is made of known words, the rest (at least 4 letters, and not a
/// mere derivational ending like `ung` or `erin`) counts as the last part:
/// `begleitdienste` → `begleit` `dienste` even if `dienste` occurs nowhere alone.
/// A known last part has four letters or more, or is one of a few short nouns that end
/// compounds in this domain (`buerger·bus`, `sozial·amt`, `tanz·tee`), not any stem of three
/// letters (`lesest·off`, `frei·tag`).
enum Zerlegung {
    static let kurzeEnden: Set<[UInt8]> = Set(["amt", "bad", "bus", "hof", "rat", "tee"].map { Array($0.utf8) })

    static let fugen: [[UInt8]] = ["s", "es", "n", "en", "ens"].map { Array($0.utf8) }
    /// A stop word that is also the first part of compounds: `mehr·generationen·haus`.
    static let mehr: [UInt8] = Array("mehr".utf8)

    static let endungen: Set<[UInt8]> = Set([
        "ung", "ungen", "erin", "erinnen", "innen", "lich", "liche", "lichen", "licher", "liches",
        "keit", "keiten", "heit", "heiten", "schaft", "schaften", "chen", "isch", "ische", "ischen",
        "ismus", "ierung", "ierungen", "bar", "bare", "baren", "sam", "same", "samen", "los", "lose",
        "losen", "ende", "enden", "ender", "endes", "ern", "ernde", "erung", "erungen", "igkeit",
        "ige", "igen", "iger", "iges", "ten", "tet", "test", "tete", "teten", "nis", "nisse", "nissen",
    ].map { Array($0.utf8) })

    /// The parts of `wort` as byte ranges, or nil when it is not a compound of known words.
    /// `istTeil(range, laenge)` says whether a stretch of the word is a known word.
    static func teile(_ wort: UnsafeBufferPointer<UInt8>,
                      istTeil: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Range<Int>]? {
        let n = wort.count
        guard n >= 6, n <= 64 else { return nil }
        for b in wort where !(b >= 0x61 && b <= 0x7A) { return nil }
        // teileBis[i]: fewest parts so that a new part can start at i.
        var teileBis = [Int](repeating: Int.max, count: n + 1)
        var vorher = [(start: Int, ende: Int)](repeating: (0, 0), count: n + 1)
        // positions right after a known part, or after a part and a genitive s
        var sicher = [Bool](repeating: false, count: n + 1)
        teileBis[0] = 0
        for a in 0..<n where teileBis[a] != Int.max {
            var b = a + 3
            while b <= n {
                if b - a == n { break }
                let letztes = b == n
                if letztes && b - a < 4 && !(b - a == 3 && kurzeEnden.contains(Array(wort[a..<b]))) { b += 1; continue }
                if istTeil(UnsafeBufferPointer(rebasing: wort[a..<b])) {
                    let zahl = teileBis[a] + 1
                    if letztes {
                        if zahl < teileBis[n] { teileBis[n] = zahl; vorher[n] = (a, b) }
                    } else {
                        if zahl < teileBis[b] { teileBis[b] = zahl; vorher[b] = (a, b) }
                        sicher[b] = true
                        for fuge in fugen where b + fuge.count < n {
                            var passt = true
                            for k in 0..<fuge.count where wort[b + k] != fuge[k] { passt = false; break }
                            if passt, zahl < teileBis[b + fuge.count] {
                                teileBis[b + fuge.count] = zahl
                                vorher[b + fuge.count] = (a, b)
                            }
                            if passt, fuge.first == 0x73 || fuge == [0x65, 0x73], fugenS(wort, teil: a..<b, rest: b + fuge.count) {
                                sicher[b + fuge.count] = true
                            }
                        }
                    }
                }
                b += 1
            }
        }
        var teile: [Range<Int>] = []
        var i = n
        if teileBis[n] == Int.max {
            // Known front, unknown last part: the shortest such rest.
            var a = n - 4
            while a >= 3 {
                if teileBis[a] != Int.max && teileBis[a] >= 1 && sicher[a],
                   !endungen.contains(Array(wort[a..<n])), !endungen.contains(Array(wort[(a + 1)..<n])) {
                    break
                }
                a -= 1
            }
            guard a >= 3 else { return nil }
            teile.append(a..<n)
            i = a
        } else if teileBis[n] < 2 {
            return nil
        }
        while i > 0 {
            let (a, e) = vorher[i]
            teile.append(a..<e)
            i = a
        }
        return teile.reversed()
    }

    /// Whether `gefunden` holds for `teil` with one `a`, `o` or `u` written as umlaut
    /// (`sturz` → `stuerz`, `arzt` → `aerzt`, `haus` → `haeus`). `puffer` is reused.
    static func mitUmlaut(_ teil: UnsafeBufferPointer<UInt8>, puffer: inout [UInt8],
                          _ gefunden: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        for i in teil.indices where teil[i] == 0x61 || teil[i] == 0x6F || teil[i] == 0x75 {
            if i + 1 < teil.count && teil[i + 1] == 0x65 { continue }
            puffer.removeAll(keepingCapacity: true)
            puffer.append(contentsOf: teil[...i])
            puffer.append(0x65)
            puffer.append(contentsOf: teil[(i + 1)...])
            if puffer.withUnsafeBufferPointer(gefunden) { return true }
        }
        return false
    }

    /// A front of five letters or more in -el (`bossel`, `bastel`, `haekel`): the stem of a verb
    /// in -eln keeps its n (the stemmer leaves `bosseln`), its compounds drop it (`Boßelclub`).
    static func istElFront(_ teil: UnsafeBufferPointer<UInt8>) -> Bool {
        teil.count >= 5 && teil[teil.count - 2] == 0x65 && teil[teil.count - 1] == 0x6C
    }

    /// Whether `teil` with an `n` after it is found.
    static func mitN(_ teil: UnsafeBufferPointer<UInt8>, puffer: inout [UInt8],
                     _ gefunden: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        puffer.removeAll(keepingCapacity: true)
        puffer.append(contentsOf: teil)
        puffer.append(0x6E)
        return puffer.withUnsafeBufferPointer(gefunden)
    }

    static let vokale: Set<UInt8> = Set("aeiouy".utf8)
    static let fugenSNach: [[UInt8]] = ["ung", "heit", "keit", "schaft", "ion", "taet", "ling", "tum", "ts", "at"].map { Array($0.utf8) }

    /// Whether an `s` after a part is a linking element when what follows is unknown:
    /// always after -ung, -heit, -keit, -schaft, -ion …; otherwise only before a consonant
    /// (`einkauf·s·dienste`, but not `begleit·s·ervice`), and not after a plural in -en
    /// (`senioren·stammtisch`, not `senioren·s·tammtisch`).
    static func fugenS(_ wort: UnsafeBufferPointer<UInt8>, teil: Range<Int>, rest: Int) -> Bool {
        for endung in fugenSNach where teil.count >= endung.count {
            if Array(wort[(teil.upperBound - endung.count)..<teil.upperBound]) == endung { return true }
        }
        if teil.count >= 4 && wort[teil.upperBound - 2] == 0x65 && wort[teil.upperBound - 1] == 0x6E { return false }
        return rest < wort.count && !vokale.contains(wort[rest]) && wort[rest] != 0x73
    }
}
