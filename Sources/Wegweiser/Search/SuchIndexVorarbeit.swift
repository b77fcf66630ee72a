/// What the files of an index are made from, besides the index itself (`SuchIndexBau`): the
/// filters' data, the display records, the encoded postings, the queries answered in advance
/// and the flat postings for computing answers. All made at once (`nebeneinander`): the steps
/// of one core (the combinations from categories and short descriptions, the filters) run
/// between the slices of the others.
struct Vorarbeit {
    let facetten: SuchFacetten
    /// The display record of every document, in index order.
    let dokumente: [[UInt8]]
    /// The encoded postings of every key.
    let treffer: [[UInt8]]
    /// Queries of several words answered in advance (`SuchKombinationen`); empty without `mitKombinationen`.
    let kombinationen: [[String]]
    let flach: SuchAntworten.Flach

    init(bau: SuchIndexBau, gemeinden: [(id: String, name: String)], kategorien: [(id: String, name: String)],
         suchbegriffe: [String: [String]], kombinationen mitKombinationen: Bool) {
        let kategorieNummer = Dictionary(kategorien.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nD = bau.dokumente.count, nS = bau.schluessel.count
        let scheibenD = max(1, min(8, nD / 4000)), scheibenS = max(1, min(8, nS / 4000))
        let facettenFach = Fach<SuchFacetten>(), listeFach = Fach<(namen: [[String]], mitOrt: [[String]])>(), kurzFach = Fach<[[String]]>(), felderFach = Fach<[[String]]>()
        let titelFaecher = (0..<scheibenD).map { _ in Fach<[UInt64: Int32]>() }
        let dokumenteFaecher = (0..<scheibenD).map { _ in Fach<[[UInt8]]>() }
        let trefferFaecher = (0..<scheibenS).map { _ in Fach<[[UInt8]]>() }
        func scheibe(_ n: Int, _ i: Int, von anzahl: Int) -> Range<Int> { anzahl * i / n ..< anzahl * (i + 1) / n }
        var schritte: [() -> Void] = []
        if mitKombinationen {
            schritte.append {
                listeFach.wert = SuchKombinationen.liste(dokumente: bau.dokumente, kategorien: kategorien, suchbegriffe: suchbegriffe,
                                                         gemeinden: gemeinden, istSchluessel: { bau.nummer[$0] != nil },
                                                         haeufigkeit: { bau.nummer[$0].map { bau.trefferDocs[$0].count } ?? 0 })
                kurzFach.wert = SuchKombinationen.ausKurzbeschreibungen(bau)
            }
            schritte.append { felderFach.wert = SuchKombinationen.ausFeldern(bau, kategorien: kategorien, suchbegriffe: suchbegriffe) }
            for i in 0..<scheibenD {
                schritte.append { titelFaecher[i].wert = SuchKombinationen.titelZaehlung(bau, scheibe(scheibenD, i, von: nD)) }
            }
        }
        for i in 0..<scheibenD {
            // through a buffer: each document is borrowed, not copied (retaining every text)
            schritte.append {
                dokumenteFaecher[i].wert = bau.dokumente.withUnsafeBufferPointer { docs in
                    scheibe(scheibenD, i, von: nD).map { SuchIndex.dokument(docs[$0], nummer: $0, kategorieNummer) }
                }
            }
        }
        schritte.append { facettenFach.wert = SuchFacetten(bau.dokumente, gemeinden: gemeinden, kategorien: kategorien) }
        // the postings in one array, for computing the answers of a split index
        let flach = SuchAntworten.Flach(leer: bau)
        self.flach = flach
        for r in flach.stuecke { schritte.append { flach.fuelle(r) } }
        for i in 0..<scheibenS {
            schritte.append {
                trefferFaecher[i].wert = scheibe(scheibenS, i, von: nS).map { Zahlenkodierung.treffer(bau.trefferDocs[$0], bau.trefferGewichte[$0]) }
            }
        }
        nebeneinander(schritte)
        // every step ran above: no Fach is empty
        facetten = facettenFach.wert!
        dokumente = dokumenteFaecher.flatMap { $0.wert! }
        treffer = trefferFaecher.flatMap { $0.wert! }
        kombinationen = mitKombinationen
            ? SuchIndex.kombinationenFuer(bau, liste: listeFach.wert!, titel: titelFaecher.map { $0.wert! }, paare: kurzFach.wert! + felderFach.wert!) : []
    }
}
