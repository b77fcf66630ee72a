/// The file `p/<n>.js` of a key whose postings are long: `{"p": postings, "e": entry, …}`. A
/// query of several words loads it to compute its answer in the browser (`rechne` in suche.js),
/// and finds in it what the key's word needs besides its own postings, so that the entries and
/// postings of other keys need not be loaded:
/// - `e`: the key's entry without its answer, `[key, forms, documentCount, n, parts]`, and `d`:
///   the display records of its first page, as its term shard has them: the head names the keys
///   that have such a file (`Nummern`), so such a word needs no term shard;
/// - `u`, `x`: for a compound, the documents with all its parts (`teilTreffer`);
/// - `o`: the key's umlaut spelling (`umlautSchreibung`).
enum TrefferDatei {
    /// Which keys have a postings file, and its number n, so that the head can name them in a
    /// few bytes: a key of `haeufig` (its position there, i) has file `i`, the head marks it in
    /// the bits `ph` (six to a base-64 digit, least significant first); every other key
    /// (`px`, in key order, position j) has file `haeufig.count + j`.
    struct Nummern {
        var nummer: [Int: Int] = [:]
        var haeufigBits = ""
        var andere: [String] = []

        init(_ bau: SuchIndexBau, treffer: [[UInt8]], ab: Int, haeufig: [String]) {
            var stelle: [String: Int] = [:]
            for (i, k) in haeufig.enumerated() { stelle[k] = i }
            var bits = [Bool](repeating: false, count: haeufig.count)
            for i in 0..<bau.schluessel.count where treffer[i].count > ab {
                if let h = stelle[bau.schluessel[i]] {
                    nummer[i] = h
                    bits[h] = true
                } else {
                    nummer[i] = haeufig.count + andere.count
                    andere.append(bau.schluessel[i])
                }
            }
            var ziffern: [UInt8] = []
            for anfang in stride(from: 0, to: bits.count, by: 6) {
                var wert = 0
                for b in 0..<6 where anfang + b < bits.count && bits[anfang + b] { wert |= 1 << b }
                ziffern.append(Zahlenkodierung.alphabet[wert])
            }
            while ziffern.last == Zahlenkodierung.alphabet[0] { ziffern.removeLast() }
            haeufigBits = String(decoding: ziffern, as: UTF8.self)
        }
    }

    static func datei(_ bau: SuchIndexBau, _ i: Int, nummer: Int, treffer: [UInt8],
                      datensaetze: [[UInt8]]) -> (pfad: String, inhalt: [UInt8]) {
        let name = "p/\(nummer)"
        var s = JSONSchreiber(kapazitaet: treffer.count + 64)
        s.roh("{\"p\":\"")
        s.anhaengen(treffer)
        s.roh("\",\"e\":")
        s.anhaengen(SuchIndex.eintrag(bau, i, treffer: .datei(nummer)))
        s.roh(",\"d\":[")
        for (n, d) in datensaetze.enumerated() {
            if n > 0 { s.roh(",\n") }
            s.anhaengen(d)
        }
        s.roh("]")
        if let t = teilTreffer(bau, i) {
            s.roh(",\"u\":\"")
            s.anhaengen(t.ausgerichtet)
            s.roh("\",\"x\":\"")
            s.anhaengen(t.andere)
            s.roh("\"")
        }
        if let o = umlautSchreibung(bau, i) {
            s.roh(",\"o\":")
            s.anhaengen(o)
        }
        s.roh("}")
        return (name + ".js", JSONSchreiber.datei(name, s.bytes))
    }

    /// For a compound: the documents with all its parts, with their parts' mean weight
    /// (`SuchAntworten.alleTeile`, undoubled). A query of several words then finds them here
    /// instead of loading every part's entry and postings (at 100 000 services
    /// `Hausnotruf kostenlos`: 4 requests and 77 KB fewer). Nearly all of them have the
    /// compound itself, so they are written as a weight for each of the key's postings (`u`,
    /// `.` where a document lacks a part), the others as postings of their own (`x`): half
    /// the bytes of a second list.
    static func teilTreffer(_ bau: SuchIndexBau, _ i: Int) -> (ausgerichtet: [UInt8], andere: [UInt8])? {
        guard let teile = SuchAntworten.wirksameTeile(bau, i) else { return nil }
        let alle = SuchAntworten.alleTeile(bau, teile)
        let docs = bau.trefferDocs[i]
        var ausgerichtet: [UInt8] = []
        ausgerichtet.reserveCapacity(docs.count)
        var andereDocs: [Int32] = [], andereGewichte: [UInt8] = []
        var j = 0
        for d in docs {
            while j < alle.count && alle[j].0 < d {
                andereDocs.append(alle[j].0)
                andereGewichte.append(UInt8(alle[j].1))
                j += 1
            }
            if j < alle.count && alle[j].0 == d {
                ausgerichtet.append(Zahlenkodierung.alphabet[Int(alle[j].1 & 63)])
                j += 1
            } else {
                ausgerichtet.append(UInt8(ascii: "."))
            }
        }
        for (d, g) in alle[j...] {
            andereDocs.append(d)
            andereGewichte.append(UInt8(g))
        }
        return (ausgerichtet, Zahlenkodierung.treffer(andereDocs, andereGewichte))
    }

    /// For a key with an umlaut spelling that is a key too (`angehoer`, `angehor`): that key's
    /// entry, `[key, forms, documentCount, postings]`, with only the postings that can change
    /// an answer: a query word matches the key × 4 and its umlaut spelling × 3, a document
    /// scores the better of the two, so a document whose × 3 is not better than its × 4 is left
    /// out (at 100 000 services all 46 986 of `angehor`: one term shard and 27 KB fewer for
    /// `Beratung für Angehörige`).
    static func umlautSchreibung(_ bau: SuchIndexBau, _ i: Int) -> [UInt8]? {
        let ohne = SuchIndexBau.umlautfrei(bau.schluessel[i])
        guard ohne != bau.schluessel[i], let u = bau.nummer[ohne] else { return nil }
        let docs = bau.trefferDocs[i], gewichte = bau.trefferGewichte[i]
        var bleibenDocs: [Int32] = [], bleibenGewichte: [UInt8] = []
        var j = 0
        for (d, g) in zip(bau.trefferDocs[u], bau.trefferGewichte[u]) {
            while j < docs.count && docs[j] < d { j += 1 }
            if j < docs.count && docs[j] == d && 3 * Int(g) <= 4 * Int(gewichte[j]) { continue }
            bleibenDocs.append(d)
            bleibenGewichte.append(g)
        }
        var s = JSONSchreiber(kapazitaet: 64 + bleibenDocs.count * 2)
        s.roh("[")
        s.text(ohne)
        s.roh(",")
        s.text(SuchIndex.formenText(bau, u))
        s.roh(",")
        s.zahl(bau.trefferDocs[u].count)
        s.roh(",\"")
        s.anhaengen(Zahlenkodierung.treffer(bleibenDocs, bleibenGewichte))
        s.roh("\"]")
        return s.bytes
    }
}
