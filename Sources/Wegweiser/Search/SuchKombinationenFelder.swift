extension SuchKombinationen {
    /// Pairs of a key that says what a service is (a word of its title or of its categories'
    /// names and search terms) and a key that says what it offers (a word of its title or short
    /// description), shared by at least `mindestens` documents, the most frequent first, at most
    /// `hoechstens`: `Seniorentreff Kaffee` (the category's search term, "Ein geselliger
    /// Nachmittag mit Kaffee …"), `Tagespflege Fahrdienst`. Without them, such a query loads the
    /// postings of both words and the document shards of its first page (at 100 000 services
    /// 5 to 9 requests). In a large region every `jeder`-th document is read (measured at
    /// 100 000 services: about 900 pairs not made otherwise, 0.2 s of the index phase, 2 % of its size).
    static func ausFeldern(_ bau: SuchIndexBau, kategorien: [(id: String, name: String)], suchbegriffe: [String: [String]],
                           mindestens: Int = 3, hoechstens: Int = 1000, stichprobe: Int = 5000) -> [[String]] {
        var leser = SchluesselLeser(bau)
        let grenze = bau.dokumente.count / 2
        // (a key in more than half of the documents is left out: its answers cost the most to compute, and
        // it says little; compound parts are not added: `haus` and `dien` crowded out what people ask for)
        func dazu(_ ids: [Int], in aus: inout [Int]) {
            for k in ids where !aus.contains(k) && bau.trefferDocs[k].count <= grenze { aus.append(k) }
        }
        var vonKategorie: [String: [Int]] = [:]
        for k in kategorien {
            var ids: [Int] = []
            for text in [k.name] + (suchbegriffe[k.id] ?? []) { dazu(leser.schluessel(text), in: &ids) }
            vonKategorie[k.id] = ids
        }
        let jeder = max(1, bau.dokumente.count / stichprobe)
        var zahl: [UInt64: Int32] = [:]
        var d = 0
        var was: [Int] = [], wie: [Int] = []
        while d < bau.dokumente.count {
            defer { d += jeder }
            let dokument = bau.dokumente[d]
            var titel: [Int] = []
            dazu(leser.schluessel(dokument.titel), in: &titel)
            was = titel
            for k in dokument.kategorien { for n in vonKategorie[k] ?? [] where !was.contains(n) { was.append(n) } }
            wie = titel
            dazu(leser.schluessel(dokument.kurzbeschreibung), in: &wie)
            var gezaehlt = Set<UInt64>()
            for a in was {
                for b in wie where a != b {
                    let paar = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                    if gezaehlt.insert(paar).inserted { zahl[paar, default: 0] += 1 }
                }
            }
        }
        let haeufig = zahl.filter { $0.value >= Int32(mindestens) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(hoechstens)
        return haeufig.map { eintrag in
            [bau.schluessel[Int(eintrag.key >> 32)], bau.schluessel[Int(eintrag.key & 0xFFFF_FFFF)]]
                .sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
        }
    }
}
