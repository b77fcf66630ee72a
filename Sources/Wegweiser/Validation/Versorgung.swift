/// The coverage matrix: for every Gemeinde and every category of `grundversorgung`,
/// the services that reach it. A gap is a cell with none; a cell reached only by services
/// for the whole region (none based in the Gemeinde or naming it) is marked as such: the
/// working group asks where help close by is missing, not only where there is none at all.
public struct Versorgung: Sendable {
    public struct Zelle: Sendable {
        public let kategorie: Kategorie
        public let angebote: [Angebot]
        /// The services based in the Gemeinde or naming it in their `einzugsgebiet`.
        public let vorOrt: Int
        /// Reached, but only by services for the whole region.
        public var nurRegionsweit: Bool { !angebote.isEmpty && vorOrt == 0 }
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
        zeilen = inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }.map { g in
            let erreichbar = inhalt.angebote.filter { $0.erreicht(g.id) }
            return Zeile(gemeinde: g, zellen: kats.map { k in
                let angebote = erreichbar.filter { $0.kategorien.contains(k.id) }
                return Zelle(kategorie: k, angebote: angebote, vorOrt: angebote.filter { $0.istVorOrt(g.id) }.count)
            })
        }
    }

    public var luecken: [Luecke] {
        zeilen.flatMap { z in z.zellen.filter { $0.angebote.isEmpty }.map { Luecke(gemeinde: z.gemeinde, kategorie: $0.kategorie) } }
    }
}

extension Angebot {
    /// Based in the Gemeinde, or naming it in its `einzugsgebiet` (not only reaching it as a
    /// service for the whole region).
    func istVorOrt(_ gemeinde: String) -> Bool { self.gemeinde == gemeinde || einzugsgebiet.nennt(gemeinde) }
}
