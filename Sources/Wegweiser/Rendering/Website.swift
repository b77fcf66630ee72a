/// The content with the lookups every page needs, computed once.
struct Website {
    let inhalt: Inhalt
    let heute: Datum
    let gemeindeName: [String: String]
    let kategorieNach: [String: Kategorie]
    let traeger: [TraegerEintrag]
    let traegerSlug: [String: String]

    struct TraegerEintrag {
        let slug: String
        let name: String
        let angebote: [Angebot]
    }

    init(inhalt: Inhalt, heute: Datum) {
        self.inhalt = inhalt
        self.heute = heute
        gemeindeName = Dictionary(inhalt.gemeinden.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        kategorieNach = Dictionary(inhalt.kategorien.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var nachSlug: [String: (String, [Angebot])] = [:]
        var slugs: [String: String] = [:]
        for a in inhalt.angebote {
            let s = Slug.traeger(a.traeger)
            slugs[a.traeger] = s
            nachSlug[s, default: (a.traeger, [])].1.append(a)
        }
        traeger = Sortierung.sortiert(nachSlug.map { TraegerEintrag(slug: $0.key, name: $0.value.0, angebote: Website.nachTitel($0.value.1)) },
                                      nach: \.name, danach: { $0.slug < $1.slug })
        traegerSlug = slugs
    }

    /// Services in German alphabetical order of their titles (`Sortierung`), equal titles by id.
    static func nachTitel(_ liste: [Angebot]) -> [Angebot] {
        Sortierung.sortiert(liste, nach: \.titel, danach: { $0.id < $1.id })
    }

    /// Categories in the order of `kategorien.yaml`, known ones only.
    func kategorien(von ids: [String]) -> [Kategorie] { ids.compactMap { kategorieNach[$0] } }

    /// The services that reach a Gemeinde, nearest first: its own, then those of other
    /// Gemeinden that serve it, then those for the whole region; each group by title. (A page
    /// that shows three per category shows the village's own Fahrdienst, not three for the
    /// whole Landkreis that come earlier in the alphabet.)
    func angebote(fuer gemeinde: String) -> [Angebot] {
        var gruppen: [[Angebot]] = [[], [], []]
        for a in Website.nachTitel(inhalt.angebote.filter { $0.erreicht(gemeinde) }) {
            gruppen[a.gemeinde == gemeinde ? 0 : a.istRegionweit ? 2 : 1].append(a)
        }
        return gruppen.flatMap { $0 }
    }

    func angebote(inKategorie k: String) -> [Angebot] {
        Website.nachTitel(inhalt.angebote.filter { $0.kategorien.contains(k) })
    }

    /// Upcoming events (next date from today on), soonest first.
    func kommendeTermine(_ filter: (Termin) -> Bool = { _ in true }) -> [(Termin, Zeitpunkt)] {
        inhalt.termine.filter(filter).compactMap { t in t.naechstes(ab: heute).map { (t, $0) } }
            .sorted { $0.1 == $1.1 ? $0.0.id < $1.0.id : $0.1 < $1.1 }
    }

    func vergangeneTermine() -> [Termin] {
        // (a cancelled event is no past event)
        inhalt.termine.filter { $0.istVorbei(heute: heute) }.sorted { $1.beginn < $0.beginn }
    }
}
