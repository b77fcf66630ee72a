import Foundation

/// Writes a large index as shards, so that the browser loads only what a query needs:
///
/// - `t/<n>.js`: consecutive keys. Each key carries the answer to a one-word query
///   (`SuchAntworten`): its best documents (the first page, with their display records in
///   the same file) and the counts per Gemeinde and category, so a one-word query needs
///   no other file. Between the keys stand the combinations (`SuchKombinationen`), likely
///   queries of several words, with their answers.
/// - `p/<n>.js`: the postings of a key when they are long (`TrefferDatei`; n as the head finds it:
///   `TrefferDatei.Nummern`).
/// - `d/<n>.js`: display records, a fixed number of documents per file (later pages,
///   queries of several words).
struct SuchIndexTeile {
    let bau: SuchIndexBau
    let facetten: SuchFacetten
    let dokumente: [[UInt8]]
    let treffer: [[UInt8]]
    let aufteilung: SuchIndex.Aufteilung
    /// Queries of several words answered in advance (`SuchKombinationen`).
    let kombinationen: [[String]]
    /// Every key's postings in one array (made here when not given).
    let flach: SuchAntworten.Flach?
    /// The number of the postings file `p/<n>.js` of each key whose postings are long (key → n).
    let trefferDateien: [Int: Int]

    /// The first key of every term shard (the first is "").
    private(set) var grenzen: [String] = []
    private(set) var dateien: [(pfad: String, inhalt: [UInt8])] = []
    private(set) var dokumenteProTeil = 1

    init(bau: SuchIndexBau, facetten: SuchFacetten, dokumente: [[UInt8]], treffer: [[UInt8]],
         aufteilung: SuchIndex.Aufteilung, kombinationen: [[String]] = [], flach: SuchAntworten.Flach? = nil,
         trefferDateien: [Int: Int]) {
        self.bau = bau
        self.trefferDateien = trefferDateien
        self.flach = flach
        self.kombinationen = kombinationen
        self.facetten = facetten
        self.dokumente = dokumente
        self.treffer = treffer
        self.aufteilung = aufteilung
    }

    mutating func schreibe() {
        schreibeBegriffe()
        let mittel = max(1, dokumente.reduce(0) { $0 + $1.count } / max(1, dokumente.count))
        dokumenteProTeil = max(1, aufteilung.dokumenteZiel / mittel)
        let proTeil = dokumenteProTeil, dokumente = dokumente
        let teile = (dokumente.count + proTeil - 1) / proTeil
        dateien += parallelMap(teile, mindestens: 16) { teil -> (pfad: String, inhalt: [UInt8]) in
            let name = "d/\(teil)"
            let stueck = Array(dokumente[(teil * proTeil)..<min(dokumente.count, (teil + 1) * proTeil)])
            return (name + ".js", JSONSchreiber.datei(name, SuchIndex.liste("d", stueck)))
        }
    }

    /// One entry of a term shard, before the shards are cut.
    private struct Stueck {
        var schluessel: [UInt16]
        var eintrag: [UInt8]
        var beste: [Int32]
        /// Estimated compressed size without the display records.
        var schaetzung: Double
    }

    private mutating func schreibeBegriffe() {
        let stuecke = sammleStuecke()
        // Cut into shards of about `begriffeZiel` compressed bytes. Where a shard is full, the cut
        // goes where neighbouring keys share the shortest beginning (in the second half of the
        // shard), so that a word typed in part or with a late typo finds its keys in one shard.
        var anfang = 0
        var schnitte: [Range<Int>] = []
        var imTeil = Set<Int32>()
        var geschaetzt = 0.0
        func kosten(_ st: Stueck, _ imTeil: Set<Int32>) -> Double {
            var k = st.schaetzung
            for d in st.beste where !imTeil.contains(d) { k += Double(dokumente[Int(d)].count) / 3.0 }
            return k
        }
        var i = 0
        while i < stuecke.count {
            let k = kosten(stuecke[i], imTeil)
            if i > anfang && geschaetzt + k > Double(aufteilung.begriffeZiel) {
                var schnitt = i
                var kuerzeste = Int.max
                var j = i
                while j >= max(anfang + 1, anfang + (i - anfang + 1) / 2) {
                    let l = Self.gemeinsam(stuecke[j - 1].schluessel, stuecke[j].schluessel)
                    if l < kuerzeste { kuerzeste = l; schnitt = j }
                    if l == 0 { break }
                    j -= 1
                }
                schnitte.append(anfang..<schnitt)
                anfang = schnitt
                imTeil.removeAll()
                geschaetzt = 0
                for st in stuecke[schnitt..<i] {
                    geschaetzt += kosten(st, imTeil)
                    for d in st.beste { imTeil.insert(d) }
                }
                continue
            }
            geschaetzt += k
            for d in stuecke[i].beste { imTeil.insert(d) }
            i += 1
        }
        if anfang < stuecke.count { schnitte.append(anfang..<stuecke.count) }
        // the files of the shards, on every core
        let datensaetze = dokumente
        let teile = parallelMap(schnitte.count, mindestens: 8) { n in
            Self.teil(stuecke[schnitte[n]], name: "t/\(n)", datensaetze)
        }
        for (n, bereich) in schnitte.enumerated() {
            grenzen.append(n == 0 ? "" : String(decoding: stuecke[bereich.lowerBound].schluessel, as: UTF16.self))
        }
        dateien += teile
        if grenzen.isEmpty {
            grenzen = [""]
            dateien.append(("t/0.js", JSONSchreiber.datei("t/0", Array("{\"b\":[],\"d\":[]}".utf8))))
        }
    }

    private static func gemeinsam(_ a: [UInt16], _ b: [UInt16]) -> Int {
        var n = 0
        while n < a.count && n < b.count && a[n] == b[n] { n += 1 }
        return n
    }

    /// The file of one term shard: its entries, then the display records of their first pages.
    private static func teil(_ stuecke: ArraySlice<Stueck>, name: String, _ dokumente: [[UInt8]]) -> (pfad: String, inhalt: [UInt8]) {
        var docs: [Int32] = []
        var gesehen = Set<Int32>()
        var s = JSONSchreiber()
        s.roh("{\"b\":[")
        for (i, st) in stuecke.enumerated() {
            if i > 0 { s.roh(",\n") }
            s.anhaengen(st.eintrag)
            for d in st.beste where gesehen.insert(d).inserted { docs.append(d) }
        }
        s.roh("],\"d\":[")
        for (i, d) in docs.sorted().enumerated() {
            if i > 0 { s.roh(",\n") }
            s.anhaengen(dokumente[Int(d)])
        }
        s.roh("]}")
        return (name + ".js", JSONSchreiber.datei(name, s.bytes))
    }

    /// One line of a term shard: a key (its number) or a combination (its keys' numbers).
    private enum Zeile {
        case schluessel(Int)
        case kombination([UInt16], [Int])
    }

    /// A computed answer: the first page and the encoded counts.
    private struct Berechnet {
        var anzahl: Int
        var erste: [Int32]
        /// A key with a postings file: its best documents after the first page (`Aufteilung.trefferDateiSeite`).
        var weitere: [Int32] = []
        var zaehler: [UInt8]
        var ergaenzt: Bool
    }

    /// Keys and combinations, in JavaScript string order, with their answers (the entries and
    /// the postings files made on every core, kept in that order).
    private mutating func sammleStuecke() -> [Stueck] {
        let zeilen = ordneZeilen()
        let antworten = berechne(zeilen)
        let bau = bau, treffer = treffer, nummern = trefferDateien, dokumente = dokumente
        let fertig = parallelMap(zeilen.count, mindestens: 512) { n -> (Stueck, datei: (pfad: String, inhalt: [UInt8])?)? in
            guard let a = antworten[n] else { return nil }
            var erste: [UInt8] = []
            for d in a.erste { Zahlenkodierung.zahl(Int(d), in: &erste) }
            switch zeilen[n] {
            case .kombination(let text, _):
                let eintrag = SuchIndex.kombination(String(decoding: text, as: UTF16.self), anzahl: a.anzahl, erste: erste,
                                                    zaehler: a.zaehler, ergaenzt: a.ergaenzt)
                return (Stueck(schluessel: text, eintrag: eintrag, beste: a.erste, schaetzung: Double(eintrag.count) / 3.0), nil)
            case .schluessel(let i):
                let nummer = nummern[i]
                let eigeneDatei = nummer != nil
                var datei: (pfad: String, inhalt: [UInt8])? = nil
                if let nummer {
                    datei = TrefferDatei.datei(bau, i, nummer: nummer, treffer: treffer[i],
                                               datensaetze: (a.erste + a.weitere).sorted().map { dokumente[Int($0)] })
                }
                let eintrag = SuchIndex.eintrag(bau, i, treffer: nummer.map { .datei($0) } ?? .text(treffer[i]), erste: erste, zaehler: a.zaehler)
                // Postings hardly compress, text and counts about threefold.
                var schaetzung = Double(eintrag.count - (eigeneDatei ? 0 : treffer[i].count)) / 3.0
                if !eigeneDatei { schaetzung += Double(treffer[i].count) / 1.35 }
                return (Stueck(schluessel: Array(bau.schluessel[i].utf16), eintrag: eintrag, beste: a.erste, schaetzung: schaetzung), datei)
            }
        }
        var stuecke: [Stueck] = []
        stuecke.reserveCapacity(zeilen.count)
        for case let (stueck, datei)? in fertig {
            if let datei { dateien.append(datei) }
            stuecke.append(stueck)
        }
        return stuecke
    }

    /// Keys and combinations merged in JavaScript string order.
    private func ordneZeilen() -> [Zeile] {
        let kombis = kombinationen.map { (Array(SuchKombinationen.schluessel($0).utf16), $0.compactMap { bau.nummer[$0] }) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
        var zeilen: [Zeile] = []
        zeilen.reserveCapacity(bau.schluessel.count + kombis.count)
        var k = 0
        for i in 0..<bau.schluessel.count {
            let schluessel = Array(bau.schluessel[i].utf16)
            while k < kombis.count && kombis[k].0.lexicographicallyPrecedes(schluessel) {
                zeilen.append(.kombination(kombis[k].0, kombis[k].1))
                k += 1
            }
            zeilen.append(.schluessel(i))
        }
        while k < kombis.count {
            zeilen.append(.kombination(kombis[k].0, kombis[k].1))
            k += 1
        }
        return zeilen
    }

    /// The answer of every line, on every core (each works on slices with its own scratch arrays).
    private func berechne(_ zeilen: [Zeile]) -> [Berechnet?] {
        let flach = self.flach ?? SuchAntworten.Flach(bau)
        var inKombinationen = Set<Int>()
        for case .kombination(_, let n) in zeilen { inKombinationen.formUnion(n) }
        let wortlisten = SuchAntworten(bau, flach: flach).wortlisten(inKombinationen.sorted())
        // scratch arrays (four per document) for each core, not for each of the up to 64 slices
        let vorrat = Vorrat { [bau, facetten] in (SuchAntworten(bau, flach: flach, wortlisten: wortlisten), Zaehlwerk(facetten)) }
        return inStuecken(zeilen.count, mindestens: 256) { bereich in
            vorrat.mit { werk in
                zeilen[bereich].map { zeile -> Berechnet? in
                    let woerter: [Int]
                    switch zeile {
                    case .schluessel(let i): woerter = [i]
                    case .kombination(_, let n): woerter = n
                    }
                    var seite = aufteilung.ersteSeite
                    if case .schluessel(let i) = zeile, trefferDateien[i] != nil { seite = max(seite, aufteilung.trefferDateiSeite) }
                    guard let a = werk.0.antwort(woerter, ersteSeite: seite) else { return nil }
                    let erste = Array(a.erste.prefix(aufteilung.ersteSeite))
                    return Berechnet(anzahl: a.docs.count, erste: erste, weitere: Array(a.erste.dropFirst(erste.count)),
                                     zaehler: werk.1.kodiere(a.docs), ergaenzt: a.ergaenzt)
                }
            }
        }
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
        /// Documents per Gemeinde set and per category set, and the sets met (in the order met).
        private var gZahl: [Int32], kZahl: [Int32]
        private var gMengen: [Int32] = [], kMengen: [Int32] = []

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
            gZahl = Array(repeating: 0, count: f.gemeindeMengen.count)
            kZahl = Array(repeating: 0, count: f.kategorieMengen.count)
            gMengen.reserveCapacity(gZahl.count)
            kMengen.reserveCapacity(kZahl.count)
        }

        mutating func kodiere(_ docs: [Int32]) -> [UInt8] {
            // Each document counts for its sets; each set met then counts for its members, once
            // (many documents share a set: the members of all Gemeinden's sets are far more).
            gMengen.removeAll(keepingCapacity: true)
            kMengen.removeAll(keepingCapacity: true)
            docs.withUnsafeBufferPointer { docs in
                docG.withUnsafeBufferPointer { docG in
                    docK.withUnsafeBufferPointer { docK in
                        gZahl.withUnsafeMutableBufferPointer { gZahl in
                            kZahl.withUnsafeMutableBufferPointer { kZahl in
                                for d in docs {
                                    let gs = Int(docG[Int(d)]), ks = Int(docK[Int(d)])
                                    if gZahl[gs] == 0 { gMengen.append(Int32(gs)) }
                                    gZahl[gs] &+= 1
                                    if kZahl[ks] == 0 { kMengen.append(Int32(ks)) }
                                    kZahl[ks] &+= 1
                                }
                            }
                        }
                    }
                }
            }
            var ueberall = 0
            beruehrt.removeAll(keepingCapacity: true)
            for gs in gMengen.map(Int.init) {
                let anzahl = Int(gZahl[gs])
                gZahl[gs] = 0
                if gUeberall[gs] {
                    ueberall += anzahl
                    continue
                }
                for j in Int(gAnfang[gs])..<Int(gAnfang[gs + 1]) {
                    let g = Int(gFlach[j])
                    if gemeinden[g] == 0 { beruehrt.append(g) }
                    gemeinden[g] += anzahl
                }
            }
            for ks in kMengen.map(Int.init) {
                let anzahl = Int(kZahl[ks])
                kZahl[ks] = 0
                for j in Int(kAnfang[ks])..<Int(kAnfang[ks + 1]) { kategorien[Int(kFlach[j])] += anzahl }
            }
            beruehrt.sort()
            var aus: [UInt8] = []
            Zahlenkodierung.zahl(docs.count, in: &aus)
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
