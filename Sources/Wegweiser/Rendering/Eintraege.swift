import Foundation

/// Service list entries rendered once and reused: an entry looks the same on every list page two
/// folders deep (Gemeinde, category, provider), except that on its own Gemeinde's page it
/// does not say where it is based.
struct Eintraege {
    private var mitSitz: [String: String] = [:]
    private var ohneSitz: [String: String] = [:]

    /// Renders both variants of every service's card, in parallel.
    static func erzeuge(site: Website, theme: Theme, dateiLinks: Bool) throws -> Eintraege {
        let b = Bausteine(site: site, texte: theme.texte, sprache: site.inhalt.region.sprache,
                          v: Verweise(von: .kategorie("x"), dateiLinks: dateiLinks))
        let angebote = site.inhalt.angebote
        let ergebnis = Ablage<(String, String)>(anzahl: angebote.count)
        DispatchQueue.concurrentPerform(iterations: angebote.count) { i in
            let a = angebote[i]
            do {
                let mit = try theme.render("angebot-eintrag", b.kontext(b.angebotEintrag(a)))
                let ohne = a.gemeinde == nil ? mit : try theme.render("angebot-eintrag", b.kontext(b.angebotEintrag(a, aufGemeinde: a.gemeinde)))
                ergebnis.setze(i, .success((mit, ohne)))
            } catch { ergebnis.setze(i, .failure(error)) }
        }
        var k = Eintraege()
        for (a, r) in zip(angebote, try ergebnis.alle()) {
            k.mitSitz[a.id] = r.0
            k.ohneSitz[a.id] = r.1
        }
        return k
    }

    /// The entry for a list page `tiefe` folders deep (entries are rendered for two).
    func html(_ a: Angebot, aufGemeinde g: String? = nil, tiefe: Int = 2) -> String {
        let h = (g != nil && a.gemeinde == g ? ohneSitz[a.id] : mitSitz[a.id]) ?? ""
        guard tiefe != 2 else { return h }
        return h.ersetzt("href=\"../../", durch: "href=\"" + String(repeating: "../", count: tiefe))
    }
}

extension Bausteine {
    /// A partial rendered on its own sees the strings as `t`, like every page.
    func kontext(_ c: [String: Any]) -> [String: Any] {
        c.merging(["t": texte.werte, "sprache": sprache.rawValue]) { a, _ in a }
    }
}
