/// What the filters need: for every document the Gemeinden it serves and its categories,
/// as numbers into the lists in `index.js`; and the counts per Gemeinde and category
/// for any set of documents.
struct SuchFacetten {
    /// Distinct Gemeinde sets; nil means every Gemeinde (region-wide).
    private(set) var gemeindeMengen: [[Int]?] = []
    private(set) var kategorieMengen: [[Int]] = []
    /// Per document: index into `gemeindeMengen` and `kategorieMengen`.
    private(set) var docGemeinden: [Int32] = []
    private(set) var docKategorien: [Int32] = []
    let gemeindeAnzahl: Int
    let kategorieAnzahl: Int

    init(_ dokumente: [SuchDokument], gemeinden: [(id: String, name: String)], kategorien: [(id: String, name: String)]) {
        gemeindeAnzahl = gemeinden.count
        kategorieAnzahl = kategorien.count
        let gNummer = Dictionary(gemeinden.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let kNummer = Dictionary(kategorien.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var gIndex: [[String]: Int32] = [:], kIndex: [[Int]: Int32] = [:]
        var gNachMenge: [[Int]?: Int32] = [:]
        docGemeinden.reserveCapacity(dokumente.count)
        docKategorien.reserveCapacity(dokumente.count)
        var kRoh: [[String]: Int32] = [:]
        // (documents of the same lists stand together: the last list is compared before any lookup)
        var letzteG: [String] = [], letzteK: [String] = []
        for d in dokumente.indices {
            // the same list (e.g. all Gemeinden) is read once
            let roh = dokumente[d].gemeinden
            if d > 0 && roh == letzteG {
                docGemeinden.append(docGemeinden[d - 1])
            } else if let i = gIndex[roh] {
                docGemeinden.append(i)
            } else {
                var g: [Int]? = Array(Set(roh.compactMap { gNummer[$0] })).sorted()
                if !gemeinden.isEmpty && g!.count == gemeinden.count { g = nil }
                let i: Int32
                if let bekannt = gNachMenge[g] {
                    i = bekannt
                } else {
                    gemeindeMengen.append(g)
                    i = Int32(gemeindeMengen.count - 1)
                    gNachMenge[g] = i
                }
                gIndex[roh] = i
                docGemeinden.append(i)
            }
            letzteG = roh
            let kListe = dokumente[d].kategorien
            if d > 0 && kListe == letzteK {
                docKategorien.append(docKategorien[d - 1])
                continue
            }
            letzteK = kListe
            if let ki = kRoh[kListe] {
                docKategorien.append(ki)
                continue
            }
            let k = Array(Set(kListe.compactMap { kNummer[$0] })).sorted()
            let ki: Int32
            if let bekannt = kIndex[k] {
                ki = bekannt
            } else {
                kategorieMengen.append(k)
                ki = Int32(kategorieMengen.count - 1)
                kIndex[k] = ki
            }
            kRoh[kListe] = ki
            docKategorien.append(ki)
        }
    }

    struct Zaehler {
        /// Documents that serve every Gemeinde.
        var ueberall = 0
        var gemeinden: [Int]
        var kategorien: [Int]
    }

    /// Counts per Gemeinde (a region-wide document counts for each) and per category.
    func zaehle<S: Sequence>(_ docs: S) -> Zaehler where S.Element == Int32 {
        var z = Zaehler(gemeinden: Array(repeating: 0, count: gemeindeAnzahl), kategorien: Array(repeating: 0, count: kategorieAnzahl))
        for d in docs {
            if let g = gemeindeMengen[Int(docGemeinden[Int(d)])] {
                for i in g { z.gemeinden[i] += 1 }
            } else {
                z.ueberall += 1
            }
            for k in kategorieMengen[Int(docKategorien[Int(d)])] { z.kategorien[k] += 1 }
        }
        return z
    }

    /// `{"g": [Gemeinde sets, -1 = all], "gr": runs (count, set), "k": [category sets], "kd": set per document}`.
    /// Documents are ordered by the Gemeinden they serve, so those come in runs.
    /// Runs of equal values: length, value, length, value … (`Zahlenkodierung`).
    static func laeufe<Z: BinaryInteger>(_ werte: [Z]) -> [UInt8] {
        var r: [UInt8] = []
        var i = 0
        while i < werte.count {
            var j = i
            while j < werte.count && werte[j] == werte[i] { j += 1 }
            Zahlenkodierung.zahl(j - i, in: &r)
            Zahlenkodierung.zahl(Int(werte[i]), in: &r)
            i = j
        }
        return r
    }

    func json() -> [UInt8] {
        var s = JSONSchreiber()
        s.roh("{\"g\":[")
        for (i, g) in gemeindeMengen.enumerated() {
            if i > 0 { s.roh(",") }
            if let g { s.zahlen(g) } else { s.roh("-1") }
        }
        s.roh("],\"gr\":\"")
        s.anhaengen(Self.laeufe(docGemeinden))
        s.roh("\",\"k\":[")
        for (i, k) in kategorieMengen.enumerated() {
            if i > 0 { s.roh(",") }
            s.zahlen(k)
        }
        s.roh("],\"kr\":\"")
        s.anhaengen(Self.laeufe(docKategorien))
        s.roh("\"}")
        return s.bytes
    }
}
