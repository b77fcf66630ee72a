import Foundation

/// Renders every page through the theme, in parallel, in a stable order.
struct Seitenwerk {
    let site: Website
    let theme: Theme
    let dateiLinks: Bool
    /// The search index's head for the search page (`SuchIndex.kopfFuerSeite`), if it is split.
    var suchkopf: String? = nil

    func dateien() throws -> [(String, [UInt8])] {
        var bauer = Seitenbauer(site: site, texte: theme.texte, dateiLinks: dateiLinks)
        bauer.suchkopf = suchkopf
        bauer.suchskript = Suchskript(theme: theme)
        bauer.eintraege = try Eintraege.erzeuge(site: site, theme: theme, dateiLinks: dateiLinks)
        let auftraege = Unchecked(bauer.auftraege())
        let ergebnisse = Ablage<[(String, [UInt8])]>(anzahl: auftraege.wert.count)
        DispatchQueue.concurrentPerform(iterations: auftraege.wert.count) { i in
            do {
                let seiten = try auftraege.wert[i]().map { a in
                    (a.pfad.datei, Array(try theme.render(a.vorlage, a.kontext).utf8))
                }
                ergebnisse.setze(i, .success(seiten))
            } catch {
                ergebnisse.setze(i, .failure(error))
            }
        }
        return try ergebnisse.alle().flatMap { $0 }
    }
}
