/// Answers to queries of several words from candidates: the documents of the word with
/// the fewest, each looked up in the other words' postings (galloping search, postings
/// are ascending). The same rules and results as `antwortDurchZaehlen`, which walks every
/// posting of every word; at 100 000 documents a Gemeinde with a frequent word
/// (`pflege kranzberg`) costs a few thousand lookups instead of tens of thousands of postings.
extension SuchAntworten {
    /// Every key's postings in one array each, so that lookups touch no reference counts.
    /// Allocated first, filled in ranges of keys (`stuecke`, each on any core: `fuelle`),
    /// so that filling can run beside other steps of the build.
    final class Flach: @unchecked Sendable {
        /// Key k: `anfang[k] ..< anfang[k + 1]`.
        let anfang: [Int]
        /// Frequent keys also have their weights by document (0: not there) at
        /// `dicht[dichtAb[k] + d]`, for lookups without search; -1 for the others.
        let dichtAb: [Int]
        let docs: UnsafeBufferPointer<Int32>
        let gewichte: UnsafeBufferPointer<UInt8>
        let dicht: UnsafeBufferPointer<UInt8>
        /// Ranges of keys of about the same work, to fill each on a core.
        let stuecke: [Range<Int>]
        private let bau: SuchIndexBau

        /// Keys with at least `dichtAbAnzahl` documents get dense weights (default: a 32nd of all).
        /// Not filled yet: `fuelle` every range of `stuecke` before use.
        init(leer bau: SuchIndexBau, dichtAbAnzahl: Int? = nil) {
            self.bau = bau
            let n = bau.dokumente.count
            var anfang = [0], dichtAb = Array(repeating: -1, count: bau.trefferDocs.count)
            anfang.reserveCapacity(bau.trefferDocs.count + 1)
            var dichtAnzahl = 0
            for k in 0..<bau.trefferDocs.count {
                anfang.append(anfang[k] + bau.trefferDocs[k].count)
                if bau.trefferDocs[k].count >= (dichtAbAnzahl ?? max(64, n / 32)) && dichtAnzahl + n <= 64 << 20 {
                    dichtAb[k] = dichtAnzahl
                    dichtAnzahl += n
                }
            }
            self.anfang = anfang
            self.dichtAb = dichtAb
            docs = UnsafeBufferPointer(UnsafeMutableBufferPointer<Int32>.allocate(capacity: anfang.last!))
            gewichte = UnsafeBufferPointer(UnsafeMutableBufferPointer<UInt8>.allocate(capacity: anfang.last!))
            dicht = UnsafeBufferPointer(UnsafeMutableBufferPointer<UInt8>.allocate(capacity: dichtAnzahl))
            // ranges of about an eighth of the bytes each (a dense key writes n bytes)
            let gesamt = anfang.last! * 5 + dichtAnzahl
            var stuecke: [Range<Int>] = [], von = 0, bisher = 0
            for k in 0..<bau.trefferDocs.count {
                bisher += bau.trefferDocs[k].count * 5 + (dichtAb[k] >= 0 ? n : 0)
                if bisher * 8 >= gesamt * (stuecke.count + 1) { stuecke.append(von..<(k + 1)); von = k + 1 }
            }
            if von < bau.trefferDocs.count || stuecke.isEmpty { stuecke.append(von..<bau.trefferDocs.count) }
            self.stuecke = stuecke
        }

        /// Allocated and filled.
        convenience init(_ bau: SuchIndexBau, dichtAbAnzahl: Int? = nil) {
            self.init(leer: bau, dichtAbAnzahl: dichtAbAnzahl)
            let stuecke = self.stuecke
            fuerJedes(stuecke.count) { self.fuelle(stuecke[$0]) }
        }

        /// Writes the postings (and dense weights) of `schluessel`; ranges may be filled at the same time.
        func fuelle(_ schluessel: Range<Int>) {
            let docsM = UnsafeMutablePointer(mutating: docs.baseAddress), gewichteM = UnsafeMutablePointer(mutating: gewichte.baseAddress)
            let dichtM = UnsafeMutablePointer(mutating: dicht.baseAddress)
            let n = bau.dokumente.count
            for k in schluessel {
                let ds = bau.trefferDocs[k], gs = bau.trefferGewichte[k]
                ds.withUnsafeBufferPointer { if let q = $0.baseAddress, let z = docsM { (z + anfang[k]).initialize(from: q, count: ds.count) } }
                gs.withUnsafeBufferPointer { if let q = $0.baseAddress, let z = gewichteM { (z + anfang[k]).initialize(from: q, count: gs.count) } }
                if dichtAb[k] >= 0, let z = dichtM {
                    let ziel = z + dichtAb[k]
                    ziel.initialize(repeating: 0, count: n)
                    for (d, g) in zip(ds, gs) { ziel[Int(d)] = g }
                }
            }
        }

        deinit {
            docs.deallocate()
            gewichte.deallocate()
            dicht.deallocate()
        }
    }

    /// One query word: the postings ranges of its key (× 4), of the key without umlaut e (× 3)
    /// and, for a compound, of all its parts (ranges into `Flach`).
    private struct Wort {
        var schluessel: Range<Int>
        var umlautfrei: Range<Int>?
        var teile: [Range<Int>]
        /// `Flach.dichtAb` of the key, the umlaut-free key and the parts.
        var dicht: Int, umlautfreiDicht: Int, teileDicht: [Int]
        /// At most this many documents match the word.
        var obergrenze: Int
        /// How much the word counts (`SuchAntworten.gewichtung`).
        var gewichtung: Int32
        /// Its documents and scores in `SuchAntworten.wortlisten`, or -1.
        var liste: Int
    }

    /// Words with an umlaut spelling or compound parts match more than their key's postings.
    /// Their documents (ascending) and scores, merged once for the many queries answered in
    /// advance that share such a word (`pflegeberat` with every Gemeinde).
    struct Wortlisten {
        var nummer: [Int: Int] = [:]
        var docs: [[Int32]] = []
        var punkte: [[Int32]] = []
    }

    /// The lists of those `schluessel` that are more than their postings, made on every core.
    func wortlisten(_ schluessel: [Int]) -> Wortlisten {
        let komplex = schluessel.filter { k in
            let w = wort(k)
            return w.umlautfrei != nil || !w.teile.isEmpty
        }
        let listen = parallelMap(komplex.count, mindestens: 8) { i in
            Postings(docs: flach.docs, gewichte: flach.gewichte, dicht: flach.dicht).alleDokumente(wort(komplex[i]))
        }
        var aus = Wortlisten()
        for (i, k) in komplex.enumerated() {
            aus.nummer[k] = i
            aus.docs.append(listen[i].0)
            aus.punkte.append(listen[i].1)
        }
        return aus
    }

    private func wort(_ k: Int) -> Wort {
        let f = flach
        func bereich(_ k: Int) -> Range<Int> { f.anfang[k]..<f.anfang[k + 1] }
        let s = bau.schluessel[k]
        let ohne = SuchIndexBau.umlautfrei(s)
        let uNummer = ohne != s ? bau.nummer[ohne] : nil
        let teilNummern = SuchAntworten.wirksameTeile(bau, k) ?? []
        let u = uNummer.map(bereich), teile = teilNummern.map(bereich)
        var grenze = bereich(k).count + (u?.count ?? 0)
        if let kleinster = teile.map(\.count).min() { grenze += kleinster }
        let liste = wortlisten?.nummer[k] ?? -1
        if liste >= 0 { grenze = wortlisten!.docs[liste].count }
        return Wort(schluessel: bereich(k), umlautfrei: u, teile: teile,
                    dicht: f.dichtAb[k], umlautfreiDicht: uNummer.map { f.dichtAb[$0] } ?? -1, teileDicht: teilNummern.map { f.dichtAb[$0] },
                    obergrenze: grenze, gewichtung: Int32(Self.gewichtung(bereich(k).count, bau.dokumente.count)), liste: liste)
    }

    /// Words marked in `neben` add to the score of the candidates that have them, but are not needed.
    func antwortUeberKandidaten(_ woerter: [Int], neben: [Bool] = [], ersteSeite: Int) -> Antwort? {
        let liste = woerter.indices.filter { neben.isEmpty || !neben[$0] }.map { wort(woerter[$0]) }
            .sorted { $0.obergrenze < $1.obergrenze }
        let nurRang = woerter.indices.filter { !neben.isEmpty && neben[$0] }.map { wort(woerter[$0]) }
        let p = Postings(docs: flach.docs, gewichte: flach.gewichte, dicht: flach.dicht), dichtP = flach.dicht
        // the rarest word: every document it matches, with its score
        var (docs, summe) = liste[0].liste >= 0 ? (wortlisten!.docs[liste[0].liste], wortlisten!.punkte[liste[0].liste])
                                                : p.alleDokumente(liste[0])
        var anzahl = docs.count
        docs.withUnsafeMutableBufferPointer { docs in
        summe.withUnsafeMutableBufferPointer { summe in
            // keeps the candidates that `punkte` gives a score (in place, ascending)
            // (a word that only ranks adds its score and keeps every candidate)
            var nurPunkte = false
            func behalte(_ punkte: (Int32) -> Int32?) {
                var behalten = 0
                for i in 0..<anzahl {
                    if let s = punkte(docs[i]) {
                        docs[behalten] = docs[i]
                        summe[behalten] = summe[i] + s
                        behalten += 1
                    } else if nurPunkte {
                        docs[behalten] = docs[i]
                        summe[behalten] = summe[i]
                        behalten += 1
                    }
                }
                anzahl = behalten
            }
            for (nummer, w) in (Array(liste.dropFirst()) + nurRang).enumerated() where anzahl > 0 {
                nurPunkte = nummer >= liste.count - 1
                if w.liste >= 0 {
                    // a word merged in advance: its list, searched like postings
                    wortlisten!.docs[w.liste].withUnsafeBufferPointer { ld in
                        wortlisten!.punkte[w.liste].withUnsafeBufferPointer { lp in
                            var ab = 0
                            behalte { Self.finde($0, in: ld, bis: ld.count, ab: &ab) ? lp[ab] : nil }
                        }
                    }
                } else if w.umlautfrei == nil && w.teile.isEmpty && w.dicht >= 0 {
                    // a plain frequent key: its dense weights, nothing else to look at
                    let ab = w.dicht, faktor = 4 * w.gewichtung
                    behalte { d in
                        let g = dichtP[ab + Int(d)]
                        return g == 0 ? nil : Int32(g) * faktor
                    }
                } else {
                    var cursor = Cursor(w)
                    behalte { p.punkte(w, $0, &cursor) }
                }
            }
        }
        }
        if anzahl == 0 { return nil }
        docs.removeLast(docs.count - anzahl)
        // the first page: score descending, then document number (`docs` is ascending)
        let erste = summe.withUnsafeBufferPointer { summe in
            Self.beste(anzahl, ersteSeite) { i, j in summe[i] > summe[j] || (summe[i] == summe[j] && i < j) }
        }
        return Antwort(docs: docs, erste: erste.map { docs[$0] })
    }

    /// Search positions of one word's ranges (documents are asked in ascending order).
    private struct Cursor {
        var schluessel: Int
        var umlautfrei: Int
        var teile: [Int]
        init(_ w: Wort) {
            schluessel = w.schluessel.lowerBound
            umlautfrei = w.umlautfrei?.lowerBound ?? 0
            teile = w.teile.map(\.lowerBound)
        }
    }

    private struct Postings {
        let docs: UnsafeBufferPointer<Int32>
        let gewichte: UnsafeBufferPointer<UInt8>
        let dicht: UnsafeBufferPointer<UInt8>

        /// Every document of one word, ascending, with the word's score.
        func alleDokumente(_ w: Wort) -> ([Int32], [Int32]) {
            if w.umlautfrei == nil && w.teile.isEmpty {
                return (Array(docs[w.schluessel]), gewichte[w.schluessel].map { Int32($0) * 4 * w.gewichtung })
            }
            var cursor = Cursor(w)
            // candidates: the key's, the umlaut-free key's and the rarest part's documents
            var quellen = [w.schluessel]
            if let u = w.umlautfrei { quellen.append(u) }
            if let t = w.teile.min(by: { $0.count < $1.count }) { quellen.append(t) }
            var pos = quellen.map(\.lowerBound)
            var aus: [Int32] = [], werte: [Int32] = []
            aus.reserveCapacity(w.obergrenze)
            werte.reserveCapacity(w.obergrenze)
            while true {
                var naechster = Int32.max
                for q in 0..<quellen.count where pos[q] < quellen[q].upperBound { naechster = min(naechster, docs[pos[q]]) }
                if naechster == .max { break }
                for q in 0..<quellen.count where pos[q] < quellen[q].upperBound && docs[pos[q]] == naechster { pos[q] += 1 }
                if let s = punkte(w, naechster, &cursor) {
                    aus.append(naechster)
                    werte.append(s)
                }
            }
            return (aus, werte)
        }

        /// The word's score for document d, or nil when the word does not match it.
        func punkte(_ w: Wort, _ d: Int32, _ cursor: inout Cursor) -> Int32? {
            var getroffen = false
            var beste: Int32 = 0
            if let g = gewicht(d, w.dicht, bis: w.schluessel.upperBound, &cursor.schluessel) {
                getroffen = true
                beste = g * 4
            }
            if let u = w.umlautfrei, let g = gewicht(d, w.umlautfreiDicht, bis: u.upperBound, &cursor.umlautfrei) {
                getroffen = true
                beste = max(beste, g * 3)
            }
            if !w.teile.isEmpty {
                var summe: Int32 = 0
                for j in 0..<w.teile.count {
                    guard let g = gewicht(d, w.teileDicht[j], bis: w.teile[j].upperBound, &cursor.teile[j]) else { return getroffen ? beste * w.gewichtung : nil }
                    summe += g
                }
                getroffen = true
                beste += summe / Int32(w.teile.count) * 2
            }
            return getroffen ? beste * w.gewichtung : nil
        }

        /// The weight of document d: from the dense weights at `dichtAb` when the key has
        /// them, else from ascending postings `ab ..< bis`, searching from `ab` (galloping)
        /// and leaving `ab` at the first document ≥ d.
        @inline(__always)
        func gewicht(_ d: Int32, _ dichtAb: Int, bis n: Int, _ ab: inout Int) -> Int32? {
            if dichtAb >= 0 {
                let g = dicht[dichtAb + Int(d)]
                return g == 0 ? nil : Int32(g)
            }
            return SuchAntworten.finde(d, in: docs, bis: n, ab: &ab) ? Int32(gewichte[ab]) : nil
        }
    }

    /// Whether document d is in the ascending `docs[ab ..< n]`: searches from `ab` (galloping)
    /// and leaves `ab` at the first document ≥ d.
    @inline(__always)
    static func finde(_ d: Int32, in docs: UnsafeBufferPointer<Int32>, bis n: Int, ab: inout Int) -> Bool {
        var lo = ab
        if lo >= n { return false }
        if docs[lo] < d {
            var schritt = 1
            var hi = lo + 1
            while hi < n && docs[hi] < d {
                lo = hi
                schritt <<= 1
                hi = lo + schritt
            }
            // docs[lo] < d; the first ≥ d is in (lo, min(hi, n)]
            var l = lo + 1, h = min(hi, n)
            while l < h {
                let m = (l + h) >> 1
                if docs[m] < d { l = m + 1 } else { h = m }
            }
            lo = l
        }
        ab = lo
        return lo < n && docs[lo] == d
    }
}
