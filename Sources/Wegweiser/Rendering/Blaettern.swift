/// Long lists are split over several pages (`…/`, `…/2/`, `…/3/`), so that every page stays
/// small (the theme promises at most 30 KB of HTML and CSS) and quick on an old phone.
enum Blaettern {
    static let proSeite = 50

    static func teile<T>(_ liste: [T], pro: Int = proSeite) -> [[T]] {
        guard liste.count > pro else { return [liste] }
        return stride(from: 0, to: liste.count, by: pro).map { Array(liste[$0..<min($0 + pro, liste.count)]) }
    }

    static func pfad(_ basis: Seitenpfad, seite: Int) -> Seitenpfad {
        seite <= 1 ? basis : Seitenpfad(ordner: basis.ordner + "\(seite)/")
    }

    /// Navigation between the pages of one list, as seen from page `aktuell` (1-based).
    static func navigation(_ basis: Seitenpfad, seiten: Int, aktuell: Int, dateiLinks: Bool, texte: Texte) -> [String: Any] {
        guard seiten > 1 else { return [:] }
        let v = Verweise(von: pfad(basis, seite: aktuell), dateiLinks: dateiLinks)
        var c: [String: Any] = [
            "seiten": (1...seiten).map { n -> [String: Any] in
                ["nummer": n, "url": v.zu(pfad(basis, seite: n)), "aktuell": n == aktuell] },
            "text": texte.format("seite_von", ["n": "\(aktuell)", "von": "\(seiten)"]),
        ]
        if aktuell > 1 { c["zurueck"] = v.zu(pfad(basis, seite: aktuell - 1)) }
        if aktuell < seiten { c["weiter"] = v.zu(pfad(basis, seite: aktuell + 1)) }
        return ["blaettern": c]
    }
}
