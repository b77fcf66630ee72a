/// Writes a large index as shards, so that the browser loads only what a query needs:
///
/// - `t/<n>.js`: consecutive keys. Each key carries its best documents (the first page,
///   with their display records in the same file) and its counts per Gemeinde and
///   category, so a one-word query needs no other file.
/// - `p/<n>.js`: the postings of key number n when they are long.
/// - `d/<n>.js`: display records, a fixed number of documents per file (later pages,
///   queries of several words).
struct SuchIndexTeile {
    let bau: SuchIndexBau
    let facetten: SuchFacetten
    let dokumente: [[UInt8]]
    let treffer: [[UInt8]]
    let aufteilung: SuchIndex.Aufteilung

    /// The first key of every term shard (the first is "").
    private(set) var grenzen: [String] = []
    private(set) var dateien: [(pfad: String, inhalt: [UInt8])] = []
    private(set) var dokumenteProTeil = 1

    init(bau: SuchIndexBau, facetten: SuchFacetten, dokumente: [[UInt8]], treffer: [[UInt8]], aufteilung: SuchIndex.Aufteilung) {
        self.bau = bau
        self.facetten = facetten
        self.dokumente = dokumente
        self.treffer = treffer
        self.aufteilung = aufteilung
    }

    mutating func schreibe() {
        schreibeBegriffe()
        let mittel = max(1, dokumente.reduce(0) { $0 + $1.count } / max(1, dokumente.count))
        dokumenteProTeil = max(1, aufteilung.dokumenteZiel / mittel)
        var teil = 0
        while teil * dokumenteProTeil < dokumente.count {
            let name = "d/\(teil)"
            let stueck = Array(dokumente[(teil * dokumenteProTeil)..<min(dokumente.count, (teil + 1) * dokumenteProTeil)])
            dateien.append((name + ".js", JSONSchreiber.datei(name, SuchIndex.liste("d", stueck))))
            teil += 1
        }
    }

    private mutating func schreibeBegriffe() {
        var zaehlwerk = Zaehlwerk(facetten)
        var eintraege: [[UInt8]] = []
        var docsImTeil: [Int32] = []
        var imTeil = Set<Int32>()
        var geschaetzt = 0.0
        var erster = 0

        func schliesse(_ selbst: inout SuchIndexTeile, bis ende: Int) {
            guard !eintraege.isEmpty else { return }
            selbst.grenzen.append(selbst.grenzen.isEmpty ? "" : selbst.bau.schluessel[erster])
            let name = "t/\(selbst.grenzen.count - 1)"
            var s = JSONSchreiber()
            s.roh("{\"b\":[")
            for (i, e) in eintraege.enumerated() {
                if i > 0 { s.roh(",\n") }
                s.anhaengen(e)
            }
            s.roh("],\"d\":[")
            for (i, d) in docsImTeil.sorted().enumerated() {
                if i > 0 { s.roh(",\n") }
                s.anhaengen(selbst.dokumente[Int(d)])
            }
            s.roh("]}")
            selbst.dateien.append((name + ".js", JSONSchreiber.datei(name, s.bytes)))
            eintraege.removeAll()
            docsImTeil.removeAll()
            imTeil.removeAll()
            geschaetzt = 0
            erster = ende
        }

        for i in 0..<bau.schluessel.count {
            let docs = bau.trefferDocs[i]
            let beste = Self.beste(docs, bau.trefferGewichte[i], aufteilung.ersteSeite)
            var erste: [UInt8] = []
            for d in beste { Zahlenkodierung.zahl(Int(d), in: &erste) }
            let zaehler = zaehlwerk.kodiere(docs)
            let eigeneDatei = treffer[i].count > aufteilung.trefferEigeneDateiAb
            if eigeneDatei {
                let name = "p/\(i)"
                var s = JSONSchreiber(kapazitaet: treffer[i].count + 16)
                s.roh("{\"p\":\"")
                s.anhaengen(treffer[i])
                s.roh("\"}")
                dateien.append((name + ".js", JSONSchreiber.datei(name, s.bytes)))
            }
            let eintrag = SuchIndex.eintrag(bau, i, treffer: eigeneDatei ? .datei(i) : .text(treffer[i]), erste: erste, zaehler: zaehler)
            // Postings hardly compress, text and counts about threefold.
            var schaetzung = Double(eintrag.count - (eigeneDatei ? 0 : treffer[i].count)) / 3.0
            if !eigeneDatei { schaetzung += Double(treffer[i].count) / 1.35 }
            let neueDocs = beste.filter { !imTeil.contains($0) }
            for d in neueDocs { schaetzung += Double(dokumente[Int(d)].count) / 3.0 }
            if !eintraege.isEmpty && geschaetzt + schaetzung > Double(aufteilung.begriffeZiel) {
                schliesse(&self, bis: i)
            }
            eintraege.append(eintrag)
            for d in beste where imTeil.insert(d).inserted { docsImTeil.append(d) }
            geschaetzt += schaetzung
        }
        schliesse(&self, bis: bau.schluessel.count)
        if grenzen.isEmpty {
            grenzen = [""]
            dateien.append(("t/0.js", JSONSchreiber.datei("t/0", Array("{\"b\":[],\"d\":[]}".utf8))))
        }
    }

    /// The best `anzahl` documents: highest weight first, then lowest number (as suche.js ranks).
    static func beste(_ docs: [Int32], _ gewichte: [UInt8], _ anzahl: Int) -> [Int32] {
        var beste: [(d: Int32, g: UInt8)] = []
        beste.reserveCapacity(anzahl + 1)
        for i in 0..<docs.count {
            let g = gewichte[i]
            if beste.count == anzahl, let letzter = beste.last, g <= letzter.g { continue }
            var pos = beste.count
            while pos > 0 && beste[pos - 1].g < g { pos -= 1 }
            beste.insert((docs[i], g), at: pos)
            if beste.count > anzahl { beste.removeLast() }
        }
        return beste.map(\.d)
    }

    /// Counts per Gemeinde and category for one key, with scratch arrays reused across keys
    /// and the sets flattened (no array copies in the loop over documents).
    struct Zaehlwerk {
        private let docG: [Int32], docK: [Int32]
        /// Set i: members `gFlach[gAnfang[i]..<gAnfang[i+1]]`; region-wide sets are empty and flagged.
        private var gAnfang: [Int32] = [0], gFlach: [Int32] = [], gUeberall: [Bool] = []
        private var kAnfang: [Int32] = [0], kFlach: [Int32] = []
        private var gemeinden: [Int], kategorien: [Int]
        private var beruehrt: [Int] = []

        init(_ f: SuchFacetten) {
            docG = f.docGemeinden
            docK = f.docKategorien
            for m in f.gemeindeMengen {
                gUeberall.append(m == nil)
                for g in m ?? [] { gFlach.append(Int32(g)) }
                gAnfang.append(Int32(gFlach.count))
            }
            for m in f.kategorieMengen {
                for k in m { kFlach.append(Int32(k)) }
                kAnfang.append(Int32(kFlach.count))
            }
            gemeinden = Array(repeating: 0, count: f.gemeindeAnzahl)
            kategorien = Array(repeating: 0, count: f.kategorieAnzahl)
        }

        mutating func kodiere(_ docs: [Int32]) -> [UInt8] {
            var ueberall = 0
            beruehrt.removeAll(keepingCapacity: true)
            for d in docs {
                let gs = Int(docG[Int(d)])
                if gUeberall[gs] {
                    ueberall += 1
                } else {
                    for j in Int(gAnfang[gs])..<Int(gAnfang[gs + 1]) {
                        let g = Int(gFlach[j])
                        if gemeinden[g] == 0 { beruehrt.append(g) }
                        gemeinden[g] += 1
                    }
                }
                let ks = Int(docK[Int(d)])
                for j in Int(kAnfang[ks])..<Int(kAnfang[ks + 1]) { kategorien[Int(kFlach[j])] += 1 }
            }
            beruehrt.sort()
            var aus: [UInt8] = []
            Zahlenkodierung.zahl(ueberall, in: &aus)
            Zahlenkodierung.zahl(beruehrt.count, in: &aus)
            var vorher = -1
            for g in beruehrt {
                Zahlenkodierung.zahl(g - vorher - 1, in: &aus)
                Zahlenkodierung.zahl(gemeinden[g], in: &aus)
                gemeinden[g] = 0
                vorher = g
            }
            Zahlenkodierung.zahl(kategorien.lazy.filter { $0 > 0 }.count, in: &aus)
            for k in 0..<kategorien.count where kategorien[k] > 0 {
                Zahlenkodierung.zahl(k, in: &aus)
                Zahlenkodierung.zahl(kategorien[k], in: &aus)
                kategorien[k] = 0
            }
            return aus
        }
    }
}
