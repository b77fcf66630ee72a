/// The coverage matrix: for every Gemeinde and every category of `grundversorgung`,
/// the services that reach it. A gap is a cell with none.
public struct Versorgung: Sendable {
    public struct Zelle: Sendable {
        public let kategorie: Kategorie
        public let angebote: [Angebot]
    }
    public struct Zeile: Sendable {
        public let gemeinde: Gemeinde
        public let zellen: [Zelle]
    }
    public struct Luecke: Sendable, Equatable {
        public let gemeinde: Gemeinde
        public let kategorie: Kategorie
        public static func == (a: Luecke, b: Luecke) -> Bool { a.gemeinde.id == b.gemeinde.id && a.kategorie.id == b.kategorie.id }
    }

    public let kategorien: [Kategorie]
    public let zeilen: [Zeile]

    public init(inhalt: Inhalt) {
        let nach = Dictionary(inhalt.kategorien.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        kategorien = inhalt.region.grundversorgung.compactMap { nach[$0] }
        let kats = kategorien
        zeilen = inhalt.gemeinden.sorted { $0.name < $1.name }.map { g in
            let erreichbar = inhalt.angebote.filter { $0.erreicht(g.id) }
            return Zeile(gemeinde: g, zellen: kats.map { k in
                Zelle(kategorie: k, angebote: erreichbar.filter { $0.kategorien.contains(k.id) })
            })
        }
    }

    public var luecken: [Luecke] {
        zeilen.flatMap { z in z.zellen.filter { $0.angebote.isEmpty }.map { Luecke(gemeinde: z.gemeinde, kategorie: $0.kategorie) } }
    }
}
