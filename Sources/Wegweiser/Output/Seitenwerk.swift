import Foundation

/// Renders every page through the theme, in parallel, in a stable order: first every page but
/// the search page (`dateien`), keeping each body's plain text for the search index; then the
/// search page, which carries the index's head (`suchseite`).
struct Seitenwerk {
    let site: Website
    let theme: Theme
    let dateiLinks: Bool
    /// The plain text of every service's and event's body (in that order), left by `dateien()`.
    let koerper: Ablage<String>

    init(site: Website, theme: Theme, dateiLinks: Bool) {
        self.site = site; self.theme = theme; self.dateiLinks = dateiLinks
        koerper = Ablage(anzahl: site.inhalt.angebote.count + site.inhalt.termine.count)
    }

    private var bauer: Seitenbauer {
        var b = Seitenbauer(site: site, texte: theme.texte, dateiLinks: dateiLinks)
        b.suchskript = Suchskript(theme: theme)
        b.koerper = koerper
        return b
    }

    /// Every page but the search page.
    func dateien() throws -> [(String, [UInt8])] {
        var bauer = self.bauer
        bauer.eintraege = try Eintraege.erzeuge(site: site, theme: theme, dateiLinks: dateiLinks)
        let auftraege = Unchecked(bauer.auftraege())
        let ergebnisse = Ablage<[(String, [UInt8])]>(anzahl: auftraege.wert.count)
        DispatchQueue.concurrentPerform(iterations: auftraege.wert.count) { i in
            do {
                ergebnisse.setze(i, .success(try auftraege.wert[i]().map(render)))
            } catch {
                ergebnisse.setze(i, .failure(error))
            }
        }
        return try ergebnisse.alle().flatMap { $0 }
    }

    /// The search page, with the search index's head (`SuchIndex.kopfFuerSeite`) if it is split.
    func suchseite(suchkopf: String?) throws -> (String, [UInt8]) {
        var bauer = self.bauer
        bauer.suchkopf = suchkopf
        return try render(bauer.suche())
    }

    private func render(_ a: Seitenauftrag) throws -> (String, [UInt8]) {
        (a.pfad.datei, Array(try theme.render(a.vorlage, a.kontext).utf8))
    }
}
