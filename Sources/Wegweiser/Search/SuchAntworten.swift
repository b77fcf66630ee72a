/// Answers to queries, computed at build time the way `suche.js` computes them in the
/// browser (`Suchmaschine.prototype.rechne`), for queries whose words are all keys:
/// the first page and the counts of a one-word query (every key), and of likely
/// queries of several words (`SuchKombinationen`). A sharded index ships them, so such
/// a query needs the head and one term shard, nothing else.
///
/// The rules (the contract with suche.js, function `kandidaten` and `rechne`):
/// - a query word whose stem is the key k matches k (weight × 4) and, when the stem
///   has an umlaut spelling, `umlautfrei(k)` (weight × 3); a document scores the best of these;
/// - when k is a compound, a document that has all its parts scores in addition
///   (sum of the parts' weights ÷ number of parts, rounded down) × 2; a part for older people
///   is left out when others remain (`wirksameTeile`);
/// - the word's score counts double unless k is in more than half of the documents (`gewichtung`);
/// - a document must match every word; its score is the sum over the words; ranked by
///   score, then by document number (suche.js lets a number beside other words rank, not
///   filter: combinations have no numbers, `SuchIndex.kombinationenFuer`);
/// - except: a query of three words or more that only one or two documents match in full also
///   gets the documents with every word but one, ranked after them (`ergaenzt`).
struct SuchAntworten {
    let bau: SuchIndexBau
    private var summe: [Int32]
    private var beste: [Int32]
    private var zahl: [Int32]
    private var stempel: [Int32]
    private var runde: Int32 = 0
    private var beruehrt: [Int32] = []
    let flach: Flach
    /// Words merged in advance (`wortlisten(_:)`), if any.
    let wortlisten: Wortlisten?

    init(_ bau: SuchIndexBau, flach: Flach? = nil, wortlisten: Wortlisten? = nil) {
        self.bau = bau
        self.flach = flach ?? Flach(bau)
        self.wortlisten = wortlisten
        let n = bau.dokumente.count
        summe = Array(repeating: 0, count: n)
        beste = Array(repeating: 0, count: n)
        zahl = Array(repeating: 0, count: n)
        stempel = Array(repeating: -1, count: n)
    }

    struct Antwort {
        /// Every document of the answer (ascending) …
        var docs: [Int32]
        /// … and the best `ersteSeite` of them, ranked.
        var erste: [Int32]
        /// Documents with every word but one follow those with every word (`mehrwort`).
        var ergaenzt = false
    }

    /// A query of `mehrwort` words or more that only 1 to `wenige` − 1 documents match in full
    /// also gets those with every word but one, after them (`wer bringt Essen nach Hause`:
    /// the delivery services say "Essen" and "nach Hause", not "bringt"). As `MEHRWORT` and
    /// `WENIGE` in suche.js.
    static let mehrwort = 3, wenige = 3

    /// The answer to a query of these keys (one per word), or nil when no document has
    /// every word (the browser then shows partial matches, which it computes itself).
    mutating func antwort(_ woerter: [Int], ersteSeite: Int) -> Antwort? {
        if woerter.count == 1, let einfach = einfacheAntwort(woerter[0], ersteSeite: ersteSeite) { return einfach }
        let neben = nebenWoerter(woerter)
        let a = woerter.count >= 2 ? antwortUeberKandidaten(woerter, neben: neben, ersteSeite: ersteSeite)
                                   : antwortDurchZaehlen(woerter, ersteSeite: ersteSeite)
        if let a, neben.filter({ !$0 }).count >= Self.mehrwort, a.docs.count < Self.wenige,
           let mehr = antwortDurchZaehlen(woerter, neben: neben, ersteSeite: ersteSeite, fehlen: 1), mehr.docs.count > a.docs.count {
            return Antwort(docs: mehr.docs, erste: mehr.erste, ergaenzt: true)
        }
        return a
    }

    /// A key with no umlaut spelling and no known parts is answered by its own postings
    /// (ascending), ranked by weight, then document number: what `antwortDurchZaehlen`
    /// gives for it, without touching the arrays of every document (most keys are such).
    private func einfacheAntwort(_ k: Int, ersteSeite: Int) -> Antwort? {
        let schluessel = bau.schluessel[k]
        let ohne = SuchIndexBau.umlautfrei(schluessel)
        if ohne != schluessel && bau.nummer[ohne] != nil { return nil }
        if Self.wirksameTeile(bau, k) != nil { return nil }
        let docs = bau.trefferDocs[k], gewichte = bau.trefferGewichte[k]
        guard !docs.isEmpty else { return nil }
        let erste = gewichte.withUnsafeBufferPointer { g in
            Self.beste(docs.count, ersteSeite) { i, j in g[i] > g[j] || (g[i] == g[j] && i < j) }
        }
        return Antwort(docs: docs, erste: erste.map { docs[$0] })
    }

    /// The keys of the words for older people (`Stoppwoerter.zielgruppe`).
    static let zielgruppe = Set(Stoppwoerter.zielgruppenSchluessel)

    /// The parts (key numbers) whose documents a query word of compound key k also matches, or
    /// nil: a compound of two parts or more, each a key; without the parts for older people when
    /// others remain (`Seniorengymnastik` is Gymnastik). As `wirksameTeile` in suche.js.
    static func wirksameTeile(_ bau: SuchIndexBau, _ k: Int) -> [Int]? {
        let teile = bau.teile[k]
        guard teile.count >= 2 else { return nil }
        let sache = teile.filter { !zielgruppe.contains($0) }
        let gewaehlt = !sache.isEmpty && sache.count < teile.count ? sache : teile
        let nummern = gewaehlt.compactMap { bau.nummer[$0] }
        return nummern.count == gewaehlt.count ? nummern : nil
    }

    /// Which words only rank (`neben`): those for older people beside other words, as
    /// `pflichtWoerter` in suche.js.
    func nebenWoerter(_ woerter: [Int]) -> [Bool] {
        let neben = woerter.map { Self.zielgruppe.contains(bau.schluessel[$0]) }
        return neben.contains(false) ? neben : neben.map { _ in false }
    }

    /// Walks every posting of every word: simple, and the reference for
    /// `antwortUeberKandidaten` (a test compares the two). With `fehlen` > 0, documents that
    /// miss up to that many words count too, ranked after those with more words. Words marked
    /// in `neben` add to the score but are not needed.
    mutating func antwortDurchZaehlen(_ woerter: [Int], neben: [Bool] = [], ersteSeite: Int, fehlen: Int = 0) -> Antwort? {
        guard !woerter.isEmpty else { return nil }
        let pflicht = neben.isEmpty ? woerter.count : neben.filter { !$0 }.count
        runde += 1
        let basis = runde &* 64
        beruehrt.removeAll(keepingCapacity: true)
        let n = bau.dokumente.count
        for (w, k) in woerter.enumerated() {
            let marke = basis + 1 + Int32(min(w, 60))
            let g = Int32(Self.gewichtung(bau.trefferDocs[k].count, n))
            let zaehlt: Int32 = neben.isEmpty || !neben[w] ? 1 : 0
            func nimm(_ schluessel: Int, _ faktor: Int32) {
                let docs = bau.trefferDocs[schluessel], gewichte = bau.trefferGewichte[schluessel]
                for p in 0..<docs.count {
                    let d = Int(docs[p]), s = Int32(gewichte[p]) * faktor
                    if stempel[d] != marke {
                        if stempel[d] < basis { summe[d] = 0; zahl[d] = 0; beruehrt.append(Int32(d)) }
                        stempel[d] = marke
                        beste[d] = s
                        summe[d] += s
                        zahl[d] += zaehlt
                    } else if s > beste[d] {
                        summe[d] += s - beste[d]
                        beste[d] = s
                    }
                }
            }
            nimm(k, 4 * g)
            let schluessel = bau.schluessel[k]
            let ohne = SuchIndexBau.umlautfrei(schluessel)
            if ohne != schluessel, let f = bau.nummer[ohne] { nimm(f, 3 * g) }
            if let teile = Self.wirksameTeile(bau, k) {
                for (d, mittel) in Self.alleTeile(bau, teile) {
                    let s = mittel * 2
                    if stempel[Int(d)] != marke {
                        if stempel[Int(d)] < basis { summe[Int(d)] = 0; zahl[Int(d)] = 0; beruehrt.append(d) }
                        stempel[Int(d)] = marke
                        beste[Int(d)] = 0
                        zahl[Int(d)] += zaehlt
                    }
                    summe[Int(d)] += s * g
                }
            }
        }
        let mindestens = Int32(max(1, pflicht - fehlen))
        var docs: [Int32] = []
        docs.reserveCapacity(beruehrt.count)
        for d in beruehrt where zahl[Int(d)] >= mindestens { docs.append(d) }
        // (touched word by word: ascending only within each word's postings)
        docs.sort()
        return docs.isEmpty ? nil : Antwort(docs: docs, erste: erste(docs, summe, zahl, ersteSeite))
    }

    /// How much a query word counts: a word in more than half of the n documents counts half
    /// as much as the others. The same as `gewichtung` in suche.js.
    static func gewichtung(_ df: Int, _ n: Int) -> Int {
        df * 2 <= n ? 2 : 1
    }

    /// The best `ersteSeite` documents: more words first, then score descending, then document number.
    private func erste(_ docs: [Int32], _ summe: [Int32], _ zahl: [Int32], _ ersteSeite: Int) -> [Int32] {
        Self.beste(docs.count, ersteSeite) { i, j in
            let a = zahl[Int(docs[i])], b = zahl[Int(docs[j])]
            if a != b { return a > b }
            let s = summe[Int(docs[i])], t = summe[Int(docs[j])]
            return s > t || (s == t && docs[i] < docs[j])
        }.map { docs[$0] }
    }

    /// The `anzahl` best of positions `0..<n`, best first, by `besser(i, j)` (a strict order).
    static func beste(_ n: Int, _ anzahl: Int, besser: (Int, Int) -> Bool) -> [Int] {
        var erste: [Int] = []
        erste.reserveCapacity(anzahl + 1)
        for i in 0..<n {
            if erste.count == anzahl, let letzter = erste.last, !besser(i, letzter) { continue }
            var pos = erste.count
            while pos > 0 && besser(i, erste[pos - 1]) { pos -= 1 }
            erste.insert(i, at: pos)
            if erste.count > anzahl { erste.removeLast() }
        }
        return erste
    }

    /// Documents that have every part, with the sum of the parts' weights ÷ parts (rounded
    /// down; a compound's parts score twice that).
    static func alleTeile(_ bau: SuchIndexBau, _ teile: [Int]) -> [(Int32, Int32)] {
        let ordnung = teile.sorted { bau.trefferDocs[$0].count < bau.trefferDocs[$1].count }
        var aus: [(Int32, Int32)] = zip(bau.trefferDocs[ordnung[0]], bau.trefferGewichte[ordnung[0]]).map { ($0, Int32($1)) }
        for k in ordnung.dropFirst() {
            let docs = bau.trefferDocs[k], gewichte = bau.trefferGewichte[k]
            var neu: [(Int32, Int32)] = []
            var j = 0
            for (d, s) in aus {
                // galloping would be faster for very unequal lists; binary search is enough here
                var lo = j, hi = docs.count
                while lo < hi {
                    let m = (lo + hi) >> 1
                    if docs[m] < d { lo = m + 1 } else { hi = m }
                }
                j = lo
                if j < docs.count && docs[j] == d { neu.append((d, s + Int32(gewichte[j]))) }
            }
            aus = neu
            if aus.isEmpty { break }
        }
        let n = Int32(teile.count)
        return aus.map { ($0.0, $0.1 / n) }
    }
}
