/// Queries of several words that a sharded index answers in advance, so that they need
/// no more files than a one-word query (the head and one term shard):
///
/// - the names of the categories and their search terms that have several words
///   (`Essen auf Rädern`, `betreutes Wohnen`);
/// - a word of those names or search terms together with a Gemeinde (`Pflege Kranzberg`,
///   `Mahlzeitendienst Zolling`), and such a name together with a Gemeinde
///   (`Essen auf Rädern Zolling`);
/// - two or three keys that many titles share (`Erste Hilfe für Senioren`, `Hilfe im Haushalt`
///   from the titles "Haushaltshilfe …"), the most frequent first (`ausTiteln`);
/// - two keys that stand close together in many short descriptions (`Wohnung umbauen` from
///   "Umbau der eigenen Wohnung", `ausKurzbeschreibungen`).
/// - a key of what many services are (title, category name or search term) with a key of what
///   they offer (title, short description): `Seniorentreff Kaffee` (`ausFeldern`).
///
/// A Gemeinde is the word of its name that no other Gemeinde has (`Haag` of `Haag a.d. Amper`),
/// or all the words of its name. A category's search terms are its `suchbegriffe` and the
/// texts of heavy fields (split at commas) that every document of the category carries.
///
/// Each combination is the sorted set of its keys, written `key key …` in a term shard
/// (`SuchIndexFormat`). Only combinations whose words are all keys and that some document
/// matches in full are kept.
enum SuchKombinationen {
    /// At most this many combinations (the most likely first: names, then those of titles and
    /// descriptions, then words with a Gemeinde: `SuchIndex.kombinationenFuer`).
    static let hoechstens = 40_000

    /// `namen`: the names and search terms of several words; `mitOrt`: words and names with a
    /// Gemeinde, word by word (the most frequent word with every Gemeinde first, `haeufigkeit`), so
    /// that where a region has more Gemeinden than the budget (`hoechstens`) holds, the rarer words
    /// are left out for all of them, not every word for the Gemeinden late in the alphabet (at
    /// 2 000 Gemeinden `Pflege Grubing` loaded 8 files: only Gemeinden from A to E had combinations).
    static func liste(dokumente: [SuchDokument], kategorien: [(id: String, name: String)],
                      suchbegriffe: [String: [String]] = [:], gemeinden: [(id: String, name: String)], istSchluessel: (String) -> Bool,
                      haeufigkeit: (String) -> Int = { _ in 0 }) -> (namen: [[String]], mitOrt: [[String]]) {
        let stemmer = Stemmer()
        let stopp = Set(Stoppwoerter.liste)
        func schluessel(_ text: String) -> [String] {
            var aus: [String] = []
            for w in SuchNormalisierung.tokens(text) where !stopp.contains(w) {
                if w.unicodeScalars.count == 1, let u = w.unicodeScalars.first, !(u.value >= 0x30 && u.value <= 0x39) { continue }
                let s = stemmer.stamm(w)
                if !aus.contains(s) { aus.append(s) }
            }
            return aus
        }

        // Category names and search terms.
        var begriffe: [String] = []
        var gesehen = Set<String>()
        func merke(_ text: String) {
            let t = text.getrimmt(zeilen: false)
            if !t.isEmpty, t.count <= 60, gesehen.insert(t).inserted { begriffe.append(t) }
        }
        for k in kategorien {
            merke(k.name)
            for t in suchbegriffe[k.id] ?? [] { merke(t) }
            var gemeinsam: Set<String>? = nil
            var geprueft = 0
            for i in dokumente.indices where dokumente[i].kategorien.contains(k.id) {
                var texte = Set<String>()
                for f in dokumente[i].felder where f.gewicht >= 5 {
                    for teil in f.text.split(separator: ",") { texte.insert(teil.getrimmt(zeilen: false)) }
                }
                gemeinsam = gemeinsam.map { $0.intersection(texte) } ?? texte
                geprueft += 1
                if geprueft >= 64 || gemeinsam?.isEmpty == true { break }
            }
            // one document alone does not show what its category has in common
            if geprueft >= 2 { for t in (gemeinsam ?? []).sorted() { merke(t) } }
        }
        let phrasen = begriffe.map(schluessel).filter { $0.count >= 2 && $0.allSatisfy(istSchluessel) }
        var woerter: [String] = []
        for b in begriffe { for s in schluessel(b) where istSchluessel(s) && !woerter.contains(s) { woerter.append(s) } }

        // Gemeinden: the word only it has, and all its words.
        let namen = gemeinden.map { schluessel($0.name) }
        var wieOft: [String: Int] = [:]
        for n in namen { for s in n { wieOft[s, default: 0] += 1 } }
        var orte: [[String]] = []
        for n in namen where !n.isEmpty && n.allSatisfy(istSchluessel) {
            for s in n where wieOft[s] == 1 && !orte.contains([s]) { orte.append([s]) }
            // (a name the query reduces to its own word needs no combination of all its words: `ortsnamen`)
            let vertreten = n.count >= 2 && n.contains { wieOft[$0] == 1 && !ortsvorsaetze.contains($0) }
            if !vertreten && !orte.contains(n) { orte.append(n) }
        }

        var schon = Set<[String]>()
        func neu(_ teile: [String], _ aus: inout [[String]]) {
            var menge: [String] = []
            for t in teile where !menge.contains(t) { menge.append(t) }
            guard menge.count >= 2 else { return }
            menge.sort { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            if schon.insert(menge).inserted { aus.append(menge) }
        }
        var mehrwortig: [[String]] = [], mitOrt: [[String]] = []
        for p in phrasen { neu(p, &mehrwortig) }
        let zahl = woerter.map(haeufigkeit)
        let nachHaeufigkeit = woerter.indices.sorted { zahl[$0] != zahl[$1] ? zahl[$0] > zahl[$1] : $0 < $1 }.map { woerter[$0] }
        for w in nachHaeufigkeit { for o in orte { neu([w] + o, &mitOrt) } }
        for p in phrasen { for o in orte { neu(p + o, &mitOrt) } }
        return (mehrwortig, mitOrt)
    }

    /// Gemeinde names of several keys (`St. Leonhard am Forst` → st, leonhard, forst) and the key
    /// that stands for the name in a query: the first that no other Gemeinde's name has and that
    /// is not a word many place names begin with (`leonhard`; `guenzach` of `Bad Günzach`). A query that writes the name out counts it once
    /// (`tagespflege st. leonhard`: "Nachbarschaftshilfe St. Leonhard" matches the place twice,
    /// the Tagespflege serving St. Leonhard its kind). Names without such a key are left out.
    /// Stems of words that begin many place names (Bad, Markt, St., Sankt, Maria, Groß, Ober …).
    static let ortsvorsaetze: Set<String> = ["bad", "markt", "st", "sankt", "stadt", "maria", "gross", "klein",
                                             "ober", "unter", "nieder", "alt", "neu", "hoh", "hohen", "dorf"]

    static func ortsnamen(_ gemeinden: [(id: String, name: String)], _ bau: SuchIndexBau) -> [(steht: String, schluessel: [String])] {
        let stemmer = Stemmer()
        let stopp = Set(Stoppwoerter.liste)
        let namen: [[String]] = gemeinden.map { g in
            var aus: [String] = []
            for w in SuchNormalisierung.tokens(g.name) where !stopp.contains(w) {
                if w.unicodeScalars.count == 1, let u = w.unicodeScalars.first, !(u.value >= 0x30 && u.value <= 0x39) { continue }
                aus.append(stemmer.stamm(w))
            }
            return aus
        }
        var wieOft: [String: Int] = [:]
        for n in namen { for s in n { wieOft[s, default: 0] += 1 } }
        var aus: [(steht: String, schluessel: [String])] = []
        var schon = Set<[String]>()
        for n in namen where n.count >= 2 && schon.insert(n).inserted {
            guard let steht = n.first(where: { wieOft[$0] == 1 && bau.nummer[$0] != nil && !ortsvorsaetze.contains($0) }) else { continue }
            aus.append((steht, n))
        }
        return aus
    }

    /// Sets of two or three keys that at least `mindestens` titles share (counting the
    /// parts of compounds), the most frequent first, at most `hoechstens`.
    static func ausTiteln(_ bau: SuchIndexBau, mindestens: Int = 3, hoechstens: Int = 4000) -> [[String]] {
        ausTiteln(bau, gezaehlt: [titelZaehlung(bau, bau.dokumente.indices)], mindestens: mindestens, hoechstens: hoechstens)
    }

    /// The same from the counts of slices of the documents (`titelZaehlung`, made on every core).
    static func ausTiteln(_ bau: SuchIndexBau, gezaehlt: [[UInt64: Int32]], mindestens: Int = 3, hoechstens: Int = 4000) -> [[String]] {
        var zahl = gezaehlt.first ?? [:]
        for z in gezaehlt.dropFirst() { zahl.merge(z, uniquingKeysWith: +) }
        let haeufig = zahl.filter { $0.value >= Int32(mindestens) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(hoechstens)
        return haeufig.map { eintrag in
            let c = Int(eintrag.key & 0x1F_FFFF)
            var teile = [bau.schluessel[Int(eintrag.key >> 42)], bau.schluessel[Int((eintrag.key >> 21) & 0x1F_FFFF)]]
            if c != 0x1F_FFFF { teile.append(bau.schluessel[c]) }
            return teile.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
        }
    }

    /// How many titles of `bereich` share each set of two or three keys.
    static func titelZaehlung(_ bau: SuchIndexBau, _ bereich: Range<Int>) -> [UInt64: Int32] {
        var zahl: [UInt64: Int32] = [:]
        var leser = SchluesselLeser(bau)
        for d in bereich {
            var ids: [Int] = []
            for k in leser.schluessel(bau.dokumente[d].titel) {
                if !ids.contains(k) { ids.append(k) }
                for t in bau.teile[k] { if let n = bau.nummer[t], !ids.contains(n) { ids.append(n) } }
                if ids.count >= 8 { break }
            }
            guard ids.count >= 2 else { continue }
            ids.sort()
            for a in 0..<ids.count {
                for b in (a + 1)..<ids.count {
                    zahl[UInt64(ids[a]) << 42 | UInt64(ids[b]) << 21 | 0x1F_FFFF, default: 0] += 1
                    for c in (b + 1)..<ids.count {
                        zahl[UInt64(ids[a]) << 42 | UInt64(ids[b]) << 21 | UInt64(ids[c]), default: 0] += 1
                    }
                }
            }
        }
        return zahl
    }

    /// Pairs of keys that stand close together (at most `abstand` keys apart) in the short
    /// descriptions of at least `mindestens` documents, the most frequent first, at most
    /// `hoechstens`: how services describe themselves is how people ask for them
    /// (`Umbau der eigenen Wohnung` → `Wohnung umbauen`). In a large region every
    /// `jeder`-th document is read (the frequent pairs show in a sample). In a large region,
    /// pairs in more than `bisAnteil` of all documents (and more than 2 000) are left out: their
    /// answers cost the most to compute (measured at 100 000 services: 570 pairs, 0.1 s).
    static func ausKurzbeschreibungen(_ bau: SuchIndexBau, mindestens: Int = 3, hoechstens: Int = 1000,
                                      abstand: Int = 3, stichprobe: Int = 20_000, bisAnteil: Double = 1.0 / 16) -> [[String]] {
        let jeder = max(1, bau.dokumente.count / stichprobe)
        var zahl: [UInt64: Int32] = [:]
        var leser = SchluesselLeser(bau)
        var d = 0
        while d < bau.dokumente.count {
            defer { d += jeder }
            let ids = leser.schluessel(bau.dokumente[d].kurzbeschreibung)
            var gezaehlt = Set<UInt64>()
            for a in 0..<ids.count {
                for b in (a + 1)..<min(ids.count, a + 1 + abstand) where ids[a] != ids[b] {
                    let paar = UInt64(min(ids[a], ids[b])) << 32 | UInt64(max(ids[a], ids[b]))
                    // a pair counts once per document
                    if gezaehlt.insert(paar).inserted { zahl[paar, default: 0] += 1 }
                }
            }
        }
        let hoechstensZahl = Int32(max(2000, Double(bau.dokumente.count) * bisAnteil) / Double(jeder))
        let haeufig = zahl.filter { $0.value >= Int32(mindestens) && $0.value <= hoechstensZahl }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(hoechstens)
        return haeufig.map { eintrag in
            [bau.schluessel[Int(eintrag.key >> 32)], bau.schluessel[Int(eintrag.key & 0xFFFF_FFFF)]]
                .sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
        }
    }

    /// The keys of a text's words, in order (stop words and single letters left out; words
    /// whose stem is no key left out); the stem of each distinct word is made once.
    struct SchluesselLeser {
        let bau: SuchIndexBau
        private let stemmer = Stemmer()
        private let stopp = Set(Stoppwoerter.liste)
        private var stammCache: [String: Int] = [:]
        private var zerleger = SuchZerleger()

        init(_ bau: SuchIndexBau) { self.bau = bau }

        mutating func schluessel(_ text: String) -> [Int] {
            zerleger.zerlege(text)
            var aus: [Int] = []
            for i in 0..<zerleger.woerter.count {
                let w = zerleger.text(i)
                guard !stopp.contains(w) && w.utf8.count > 1 else { continue }
                let k: Int
                if let c = stammCache[w] { k = c } else {
                    k = bau.nummer[stemmer.stamm(w)] ?? -1
                    stammCache[w] = k
                }
                if k >= 0 { aus.append(k) }
            }
            return aus
        }
    }

    /// The key of a combination as it stands in a term shard.
    static func schluessel(_ teile: [String]) -> String { teile.joined(separator: " ") }
}
