/// Builds the inverted index: for every search key (a Snowball stem) the documents
/// that contain it, each with a weight.
///
/// A word of a field gives its document the weight `4 × field weight` (+1 for each
/// further occurrence, up to +3) under the word's stem. Besides the words themselves:
/// - hyphen chains are also indexed joined (`PC-Kurs` → `pckurs`);
/// - open hyphens are completed (`Fahr- und Begleitdienste` → `fahrdienste`);
/// - compounds are split against the corpus' own vocabulary: every tail is a key with
///   three quarters of the weight (`seniorenbegleitservice` → `begleitservice`, `service`:
///   the last part names what the thing is), every part before the last with half
///   (`senioren`, `begleit`); the key remembers its parts (`teile`) for queries that
///   write them apart;
/// - a stem with `ae`, `oe`, `ue` (from ä, ö, ü) is also indexed without the `e`, with
///   three quarters of the weight (`vortraeg` → `vortrag`): plurals with umlaut
///   (Vorträge, Ärzte) meet their singular (`SuchIndexBau.umlautfrei`).
struct SuchIndexBau {
    /// Documents in index order.
    let dokumente: [SuchDokument]
    /// Keys in index order (sorted by UTF-16, as JavaScript compares strings).
    private(set) var schluessel: [String] = []
    /// Per key: its surface forms.
    private(set) var formen: [[String]] = []
    /// Per key: documents (ascending) and weights.
    private(set) var trefferDocs: [[Int32]] = []
    private(set) var trefferGewichte: [[UInt8]] = []
    /// Per key: the keys of its parts when it is a compound (`pflegeberat` → `pfleg`, `berat`), else empty.
    private(set) var teile: [[String]] = []
    /// Key → its index.
    private(set) var nummer: [String: Int] = [:]
    /// Keys no document writes, only made for a word of a `Wortfelder` field (`altersheim`).
    private(set) var nurWortfeld: Set<String> = []

    init(dokumente eingabe: consuming [SuchDokument]) {
        var u = SuchMessung()
        dokumente = SuchIndexBau.geordnet(eingabe)
        u.schritt("geordnet")
        baue()
    }

    /// Documents of the same categories that serve the same Gemeinden stay together, so filter
    /// data, postings and result pages compress and load well (the order: `SuchIndexFormat`).
    static func geordnet(_ eingabe: consuming [SuchDokument]) -> [SuchDokument] {
        let ordnung = Self.ordnung(eingabe)
        // in place, cycle by cycle: the documents are moved, not copied (no reference counting)
        var liste = eingabe
        liste.withUnsafeMutableBufferPointer { p in
            var fertig = [Bool](repeating: false, count: p.count)
            for start in 0..<p.count where !fertig[start] {
                var k = start
                while true {
                    fertig[k] = true
                    let von = ordnung[k]
                    if von == start { break }
                    p.swapAt(k, von)
                    k = von
                }
            }
        }
        return liste
    }

    /// The positions of the documents in that order.
    private static func ordnung(_ eingabe: [SuchDokument]) -> [Int] {
        // Each distinct list is written out and ranked once (region-wide documents all
        // have the same long list of Gemeinden).
        func rang(_ liste: (Int) -> [String], _ text: ([String]) -> String) -> [Int] {
            var nummer: [[String]: Int] = [:]
            var texte: [String] = []
            // (neighbours often have the same list: it is compared before it is looked up)
            var letzte: [String] = [], letzteNummer = -1
            let vonDoc = eingabe.indices.map { d -> Int in
                let l = liste(d)
                if letzteNummer >= 0 && l == letzte { return letzteNummer }
                letzte = l
                if let k = nummer[l] { letzteNummer = k; return k }
                nummer[l] = texte.count
                texte.append(text(l))
                letzteNummer = texte.count - 1
                return letzteNummer
            }
            let sortiert = Array(Set(texte)).sorted()
            let rangVon = Dictionary(uniqueKeysWithValues: sortiert.enumerated().map { ($1, $0) })
            let rangDerListe = texte.map { rangVon[$0]! }
            return vonDoc.map { rangDerListe[$0] }
        }
        // (by index and field: a document passed whole would be copied)
        let (gemeinden, kategorien) = zugleich({ rang({ eingabe[$0].gemeinden }) { $0.sorted().joined(separator: ",") } },
                                               { rang({ eingabe[$0].kategorien }) { $0.joined(separator: ",") } })
        let anzahl = eingabe.indices.map { eingabe[$0].gemeinden.count }
        func vor(_ i: Int, _ j: Int) -> Bool {
            if anzahl[i] != anzahl[j] { return anzahl[i] < anzahl[j] }
            if kategorien[i] != kategorien[j] { return kategorien[i] < kategorien[j] }
            if gemeinden[i] != gemeinden[j] { return gemeinden[i] < gemeinden[j] }
            if eingabe[i].titel != eingabe[j].titel { return eingabe[i].titel < eingabe[j].titel }
            return eingabe[i].url < eingabe[j].url
        }
        // (a total order, the url last: both halves sorted at the same time, then merged)
        let mitte = eingabe.count / 2
        let (a, b) = zugleich({ (0..<mitte).sorted(by: vor) }, { (mitte..<eingabe.count).sorted(by: vor) })
        var ordnung: [Int] = []
        ordnung.reserveCapacity(eingabe.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if vor(b[j], a[i]) { ordnung.append(b[j]); j += 1 } else { ordnung.append(a[i]); i += 1 }
        }
        ordnung += a[i...]
        ordnung += b[j...]
        return ordnung
    }

    // MARK: - Reading the documents

    private var woerter = Wortschatz(kapazitaet: 4096)
    private var stoppAnzahl: Int32 = 0
    // (word, document, weight), in document order, in slices
    private var scheiben: [SuchLeser.Scheibe] = []
    private var ergaenzungen: [SuchLeser.Ergaenzung] = []

    private mutating func baue() {
        var uhr = SuchMessung()
        let gelesen = SuchLeser.lies(dokumente)
        woerter = gelesen.woerter
        stoppAnzahl = SuchLeser.stoppAnzahl
        scheiben = gelesen.scheiben
        ergaenzungen = gelesen.ergaenzungen
        uhr.schritt("lesen")
        let echteWoerter = woerter.anzahl
        let stemmer = Stemmer()
        var stammIds = Wortschatz(kapazitaet: echteWoerter)
        var stammVon = [Int32](repeating: -1, count: echteWoerter)
        for id in Int(stoppAnzahl)..<echteWoerter {
            stammVon[id] = woerter.mitWort(Int32(id)) { stammIds.id(stemmer.stamm($0)) }
        }
        uhr.schritt("stemmen")
        // Compounds: parts of every word, against words and stems of the corpus.
        var abgeleitetAnfang = [Int32](repeating: 0, count: echteWoerter + 1)
        var abgeleitet: [Int32] = []
        var zusatzSchluessel: [Int32: Int32] = [:] // word id of a stem-only part → its key id
        var abgeleitetSchwanz: [Bool] = [] // a tail (¾ of the weight) or a part before the last (½)
        var letzterTeil = [Int16](repeating: -1, count: echteWoerter) // where the last part starts
        var zerlegtIn: [Int32: [Int32]] = [:] // word → the words of its parts (the last one as its tail)
        var puffer: [UInt8] = []
        for id in 0..<echteWoerter {
            if id >= Int(stoppAnzahl), woerter.laenge(Int32(id)) >= 6 {
                let teile: [Range<Int>]? = woerter.mitWort(Int32(id)) { wort in
                    Zerlegung.teile(wort) { teil in
                        if let w = woerter.finde(teil), w >= stoppAnzahl, Int(w) < echteWoerter { return true }
                        // the one stop word that begins compounds (Mehrgenerationenhaus, Mehrzweckhalle)
                        if teil.elementsEqual(Zerlegung.mehr) { return true }
                        guard teil.count >= 4 else { return false }
                        if stammIds.finde(teil) != nil { return true }
                        // the front of a verb in -eln, whose stem keeps its n: Boßel·club (boßeln), Bastel·kreis (basteln)
                        if Zerlegung.istElFront(teil), Zerlegung.mitN(teil, puffer: &puffer, { stammIds.finde($0) != nil }) { return true }
                        // a front without the umlaut of its plural or verb: Sturz·prophylaxe (stürzen), Arzt·termin (Ärzte)
                        return Zerlegung.mitUmlaut(teil, puffer: &puffer) { stammIds.finde($0) != nil }
                    }
                }
                if let teile {
                    letzterTeil[id] = Int16(teile[teile.count - 1].lowerBound)
                    let wortBytes = Array(woerter.bytes(Int32(id)))
                    var teilWoerter: [Int32] = []
                    for (nummer, teil) in teile.enumerated() {
                        // every tail: begleitservice, service
                        if nummer > 0 {
                            let ende = wortBytes[teil.lowerBound...]
                            let t = woerter.id(ende)
                            if t >= stoppAnzahl {
                                abgeleitet.append(t)
                                abgeleitetSchwanz.append(true)
                                if nummer == teile.count - 1 { teilWoerter.append(t) }
                            }
                        }
                        // every part before the last: senioren, begleit
                        if nummer < teile.count - 1 {
                            let stueck = wortBytes[teil]
                            let t = woerter.id(stueck)
                            if t < stoppAnzahl { continue }
                            if Int(t) >= echteWoerter, zusatzSchluessel[t] == nil {
                                zusatzSchluessel[t] = stueck.withUnsafeBufferPointer { stammIds.finde($0) }
                                    ?? (Array(stueck) + [UInt8(ascii: "n")]).withUnsafeBufferPointer { stammIds.finde($0) }
                                    ?? stammIds.id(stueck)
                            }
                            abgeleitet.append(t)
                            abgeleitetSchwanz.append(false)
                            teilWoerter.append(t)
                        }
                    }
                    if teilWoerter.count == teile.count { zerlegtIn[Int32(id)] = teilWoerter }
                }
            }
            abgeleitetAnfang[id + 1] = Int32(abgeleitet.count)
        }
        uhr.schritt("zerlegen")
        // Open hyphens: "fahr" + the last part of "begleitdienste".
        var ergaenzungsWoerter: [Int32] = []
        for e in ergaenzungen {
            let voll = Array(woerter.bytes(e.wort))
            var ende: Int? = letzterTeil[Int(e.wort)] >= 0 ? Int(letzterTeil[Int(e.wort)]) : nil
            var s = 3
            while ende == nil && s + 4 <= voll.count {
                let gefunden = voll[s...].withUnsafeBufferPointer { teil -> Bool in
                    if let w = woerter.finde(teil), w >= stoppAnzahl, Int(w) < echteWoerter { return true }
                    return stammIds.finde(teil) != nil
                }
                if gefunden { ende = s }
                s += 1
            }
            guard let ende else { ergaenzungsWoerter.append(-1); continue }
            var neu = Array(woerter.bytes(e.vorn))
            neu.append(contentsOf: voll[ende...])
            let t = woerter.id(neu[...])
            ergaenzungsWoerter.append(t >= stoppAnzahl ? t : -1)
        }
        // Keys for words added since (tails, parts, completed words).
        let alleWoerter = woerter.anzahl
        stammVon.append(contentsOf: repeatElement(-1, count: alleWoerter - echteWoerter))
        for id in echteWoerter..<alleWoerter {
            if let s = zusatzSchluessel[Int32(id)] {
                stammVon[id] = s
            } else {
                stammVon[id] = woerter.mitWort(Int32(id)) { stammIds.id(stemmer.stamm($0)) }
            }
        }
        // Umlaut plurals: the stem without the e of ae, oe, ue is a key as well.
        var faltVon = [Int32](repeating: -1, count: stammIds.anzahl)
        for k in 0..<stammIds.anzahl {
            let stamm = stammIds.wort(Int32(k))
            let ohne = Self.umlautfrei(stamm)
            if ohne != stamm { faltVon[k] = stammIds.id(ohne) }
        }
        faltVon.append(contentsOf: repeatElement(-1, count: stammIds.anzahl - faltVon.count))
        uhr.schritt("ergaenzen")
        sammle(stammIds: stammIds, stammVon: stammVon, echteWoerter: echteWoerter,
               abgeleitetAnfang: abgeleitetAnfang, abgeleitet: abgeleitet, abgeleitetSchwanz: abgeleitetSchwanz,
               ergaenzungsWoerter: ergaenzungsWoerter, faltVon: faltVon, zerlegtIn: zerlegtIn)
        uhr.schritt("sammeln")
    }

    // MARK: - Collecting postings per key

    /// `ae`, `oe`, `ue` → `a`, `o`, `u` (not in `aue`, `eue`, `que`: Bauer, Steuer, Quelle).
    /// The same rule as `umlautfrei` in suche.js.
    static func umlautfrei(_ stamm: String) -> String {
        let b = Array(stamm.utf8)
        guard b.count >= 3 else { return stamm }
        var aus: [UInt8] = []
        aus.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if i + 1 < b.count, b[i + 1] == 0x65, c == 0x61 || c == 0x6F || c == 0x75 {
                let davor: UInt8 = i > 0 ? b[i - 1] : 0
                if !(c == 0x75 && (davor == 0x61 || davor == 0x65 || davor == 0x71)) {
                    aus.append(c)
                    i += 2
                    continue
                }
            }
            aus.append(c)
            i += 1
        }
        return String(decoding: aus, as: UTF8.self)
    }

    private mutating func sammle(stammIds: Wortschatz, stammVon: [Int32], echteWoerter: Int,
                                 abgeleitetAnfang: [Int32], abgeleitet: [Int32], abgeleitetSchwanz: [Bool],
                                 ergaenzungsWoerter: [Int32], faltVon: [Int32], zerlegtIn: [Int32: [Int32]]) {
        let schluesselAnzahl = stammIds.anzahl
        // Completed open hyphens become postings of their own, merged in document order.
        var zusatz: [(doc: Int32, wort: Int32, gewicht: UInt8)] = []
        for (i, e) in ergaenzungen.enumerated() where ergaenzungsWoerter[i] >= 0 {
            zusatz.append((e.doc, ergaenzungsWoerter[i], min(63, e.gewicht * 4)))
        }
        // Each slice of documents on a core of its own. Pass 1: count per key (each document
        // once) and mark the words used. Pass 2: fill, each slice behind the slices before it
        // in every key's range, so that each key's documents stay ascending.
        let scheiben = self.scheiben
        var zusatzVon: [Range<Int>] = []
        var z0 = 0
        for sc in scheiben {
            let a = z0
            while z0 < zusatz.count && Int(zusatz[z0].doc) < sc.bereich.upperBound { z0 += 1 }
            zusatzVon.append(a..<z0)
        }
        /// Every posting of slice `n` under its keys: `roh(key, document, weight)`.
        func jede(_ n: Int, _ roh: (Int32, Int32, UInt8) -> Void) {
            let sc = scheiben[n]
            func body(_ s: Int32, _ doc: Int32, _ g: UInt8) {
                roh(s, doc, g)
                let f = faltVon[Int(s)]
                if f >= 0 { roh(f, doc, max(1, (g * 3 + 2) / 4)) }
            }
            var z = zusatzVon[n].lowerBound
            let zEnde = zusatzVon[n].upperBound
            for p in 0..<sc.pWort.count {
                let doc = sc.pDoc[p]
                while z < zEnde && zusatz[z].doc <= doc {
                    body(stammVon[Int(zusatz[z].wort)], zusatz[z].doc, zusatz[z].gewicht)
                    z += 1
                }
                let w = Int(sc.neu[Int(sc.pWort[p])])
                let g = sc.pGewicht[p]
                body(stammVon[w], doc, g)
                if w < echteWoerter {
                    let halb = max(1, (g + 1) / 2), dreiviertel = max(1, (g * 3 + 2) / 4)
                    for k in Int(abgeleitetAnfang[w])..<Int(abgeleitetAnfang[w + 1]) {
                        body(stammVon[Int(abgeleitet[k])], doc, abgeleitetSchwanz[k] ? dreiviertel : halb)
                    }
                }
            }
            while z < zEnde {
                body(stammVon[Int(zusatz[z].wort)], zusatz[z].doc, zusatz[z].gewicht)
                z += 1
            }
        }
        let gezaehlt: [(zahl: [Int32], benutzt: [Bool])] = parallelMap(scheiben.count, mindestens: 1) { n in
            var zahl = [Int32](repeating: 0, count: schluesselAnzahl)
            var zuletzt = [Int32](repeating: -1, count: schluesselAnzahl)
            jede(n) { s, doc, _ in
                if zuletzt[Int(s)] != doc { zuletzt[Int(s)] = doc; zahl[Int(s)] += 1 }
            }
            var benutzt = [Bool](repeating: false, count: scheiben[n].neu.count)
            for w in scheiben[n].pWort { benutzt[Int(w)] = true }
            return (zahl, benutzt)
        }
        // key k: anfang[k] ..< anfang[k + 1]; slice n from ab[n][k]
        var anfang = [Int](repeating: 0, count: schluesselAnzahl + 1)
        var ab = [[Int]](repeating: [], count: scheiben.count)
        for n in scheiben.indices { ab[n] = [Int](repeating: 0, count: schluesselAnzahl) }
        var summe = 0
        for k in 0..<schluesselAnzahl {
            anfang[k] = summe
            for n in scheiben.indices {
                ab[n][k] = summe
                summe += Int(gezaehlt[n].zahl[k])
            }
        }
        anfang[schluesselAnzahl] = summe
        var docs = [Int32](repeating: 0, count: summe)
        var gewichte = [UInt8](repeating: 0, count: summe)
        docs.withUnsafeMutableBufferPointer { d in
            gewichte.withUnsafeMutableBufferPointer { g in
                // (each slice writes only its own ranges)
                let ziel = Unchecked((d, g))
                fuerJedes(scheiben.count) { n in
                    let (docs, gewichte) = ziel.wert
                    var pos = ab[n]
                    let start = ab[n]
                    jede(n) { s, doc, gew in
                        let k = Int(s)
                        let p = pos[k]
                        if p > start[k] && docs[p - 1] == doc {
                            let alt = gewichte[p - 1]
                            gewichte[p - 1] = min(63, max(alt, gew) + min(alt, gew) / 8)
                        } else {
                            docs[p] = doc
                            gewichte[p] = gew
                            pos[k] = p + 1
                        }
                    }
                }
            }
        }
        // Surface forms per key: every word that has postings under it.
        var formenVon = [[Int32]](repeating: [], count: schluesselAnzahl)
        var benutzt = [Bool](repeating: false, count: woerter.anzahl)
        for n in scheiben.indices {
            for (w, ja) in gezaehlt[n].benutzt.enumerated() where ja { benutzt[Int(scheiben[n].neu[w])] = true }
        }
        for w in abgeleitet { benutzt[Int(w)] = true }
        for w in ergaenzungsWoerter where w >= 0 { benutzt[Int(w)] = true }
        for w in 0..<woerter.anzahl where benutzt[w] && stammVon[w] >= 0 {
            formenVon[Int(stammVon[w])].append(Int32(w))
            let f = faltVon[Int(stammVon[w])]
            if f >= 0 { formenVon[Int(f)].append(Int32(w)) }
        }
        // Parts per key: those of its first form (in reading order) that is a compound.
        var teileVon = [[Int32]](repeating: [], count: schluesselAnzahl)
        for w in 0..<woerter.anzahl where benutzt[w] && stammVon[w] >= 0 {
            let k = Int(stammVon[w])
            guard teileVon[k].isEmpty, let ws = zerlegtIn[Int32(w)] else { continue }
            let ks = ws.map { stammVon[Int($0)] }
            if ks.allSatisfy({ $0 >= 0 && Int($0) != k }) { teileVon[k] = ks }
        }
        // Keys in JavaScript string order.
        var ordnung: [(utf16: [UInt16], id: Int)] = []
        ordnung.reserveCapacity(schluesselAnzahl)
        for k in 0..<schluesselAnzahl where anfang[k + 1] > anfang[k] {
            ordnung.append((Array(stammIds.wort(Int32(k)).utf16), k))
        }
        ordnung.sort { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        schluessel.reserveCapacity(ordnung.count)
        for (_, k) in ordnung {
            teile.append(teileVon[k].map { stammIds.wort($0) })
            schluessel.append(stammIds.wort(Int32(k)))
            formen.append(formenVon[k].map { woerter.wort($0) }.sorted())
            trefferDocs.append(Array(docs[anfang[k]..<anfang[k + 1]]))
            trefferGewichte.append(Array(gewichte[anfang[k]..<anfang[k + 1]]))
        }
        nurWortfeld = Wortfelder.ergaenze(schluessel: &schluessel, formen: &formen, docs: &trefferDocs,
                            gewichte: &trefferGewichte, teile: &teile, dokumente: dokumente.count)
        nummer = Dictionary(uniqueKeysWithValues: schluessel.enumerated().map { ($1, $0) })
    }
}
