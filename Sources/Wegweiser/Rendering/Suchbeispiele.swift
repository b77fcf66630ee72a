/// The examples under the search field, from the region's own categories and Gemeinden
/// (`Ambulante Pflege, Nachbarschaftshilfe, Begleitdienste Allershausen`): another region's
/// words would send a reader looking for a service or place that is not there.
///
/// Two short parts of category names (the basic services first; names are split at `&`,
/// `–`, `,` and `und`), then a search term of one word of the next category (else a part of
/// its name) with the first Gemeinde, by name, that a service of that category reaches.
struct Suchbeispiele {
    let text: String

    init(_ site: Website) {
        let inhalt = site.inhalt
        let grund = inhalt.region.grundversorgung
        let kategorien = grund.compactMap { id in inhalt.kategorien.first { $0.id == id } }
            + inhalt.kategorien.filter { !grund.contains($0.id) }
        var beispiele: [String] = []
        var ort: String? = nil
        for k in kategorien {
            let teile = Self.teile(k.name)
            if beispiele.count < 2 {
                if let t = teile.first(where: { !beispiele.contains($0) }) { beispiele.append(t) }
            } else if let t = (k.suchbegriffe + teile).first(where: { !$0.contains(" ") && $0.count <= 22 && !beispiele.contains($0) }),
                      let g = Self.ersteGemeinde(von: k.id, site) {
                ort = "\(t) \(g)"
                break
            }
        }
        if let ort { beispiele.append(ort) }
        text = beispiele.joined(separator: ", ")
    }

    /// The first Gemeinde, by name, that a service of category `id` reaches.
    static func ersteGemeinde(von id: String, _ site: Website) -> String? {
        var erreicht = Set<String>()
        for a in site.inhalt.angebote where a.kategorien.contains(id) {
            if a.istRegionweit { erreicht = Set(site.inhalt.gemeinden.map(\.id)); break }
            if let g = a.gemeinde { erreicht.insert(g) }
            if case .gemeinden(let ids) = a.einzugsgebiet { erreicht.formUnion(ids) }
        }
        return site.inhalt.gemeinden.filter { erreicht.contains($0.id) }.map { site.gemeindeName[$0.id] ?? $0.name }.min()
    }

    /// The parts of a category name short enough to type (`Essen & Mittagstisch` → Essen,
    /// Mittagstisch; `Fahr- und Begleitdienste` → Begleitdienste).
    static func teile(_ name: String) -> [String] {
        var teile = [name]
        for trenner in ["&", "–", ",", " und ", "/"] {
            teile = teile.flatMap { $0.components(separatedBy: trenner) }
        }
        return teile.map { $0.getrimmt(zeilen: false) }
            .filter { !$0.isEmpty && $0.count <= 22 && !$0.hasSuffix("-") }
    }
}
