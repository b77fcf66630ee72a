import Foundation

/// The whole pipeline: files → model → diagnostics → pages → folder.
public enum Wegweiser {
    public struct Optionen: Sendable {
        public var inhalt: URL
        public var ausgabe: URL
        public var theme: URL
        public var heute: Datum
        /// Link to `…/index.html` so the site also works opened from a folder.
        public var dateiLinks: Bool

        public init(inhalt: URL, ausgabe: URL, theme: URL, heute: Datum, dateiLinks: Bool = false) {
            self.inhalt = inhalt; self.ausgabe = ausgabe; self.theme = theme; self.heute = heute; self.dateiLinks = dateiLinks
        }
    }

    public struct Ergebnis {
        public let diagnosen: Diagnosen
        public let inhalt: Inhalt?
        /// Number of pages written; 0 when nothing was published.
        public let seiten: Int
    }

    /// Reads and checks a content folder. Throws only when the folder itself cannot be read.
    public static func pruefe(inhalt: URL, heute: Datum) throws -> (Inhalt?, Diagnosen) {
        let d = Diagnosen()
        let i = try InhaltLeser.lies(ordner: inhalt, heute: heute, diagnosen: d)
        return (i, d)
    }

    /// Reads, checks and, when there are no errors, publishes the site atomically.
    public static func baue(_ o: Optionen) throws -> Ergebnis {
        let uhr = Stoppuhr()
        let ausgabe = Ausgabeordner(ziel: o.ausgabe)
        try ausgabe.pruefe(inhalt: o.inhalt, theme: o.theme)
        let (inhalt, diagnosen) = try pruefe(inhalt: o.inhalt, heute: o.heute)
        uhr.runde("lesen und prüfen")
        guard let inhalt, !diagnosen.hatFehler else { return Ergebnis(diagnosen: diagnosen, inhalt: inhalt, seiten: 0) }
        let theme = try Theme(ordner: o.theme, sprache: inhalt.region.sprache)
        let site = Website(inhalt: inhalt, heute: o.heute)
        uhr.runde("Website vorbereiten")
        // the pages first (they leave the bodies' text for the index), then the index, then the
        // search page, which carries the index's head (after the start page, as in the address table)
        let werk = Seitenwerk(site: site, theme: theme, dateiLinks: o.dateiLinks)
        var seiten = try werk.dateien()
        uhr.runde("Seiten darstellen")
        let suchindex = Suchwerk(site: site, texte: theme.texte, koerper: try werk.koerper.alle()).dateien()
        uhr.runde("Suchindex")
        let suchkopf = SuchIndex.kopfFuerSeite(suchindex.map { (pfad: String($0.0.dropFirst("suchindex/".count)), inhalt: $0.1) })
        seiten.insert(try werk.suchseite(suchkopf: suchkopf), at: min(1, seiten.count))
        var dateien = seiten
        dateien += suchindex
        dateien += Nebendateien(site: site, pfade: seiten.map(\.0)).dateien()
        dateien += Kalender(site: site, texte: theme.texte).dateien()
        var kopien: [(String, URL)] = []
        for (rel, url) in theme.assets() {
            if rel.hasSuffix(".css"), let css = try? String(contentsOf: url, encoding: .utf8) {
                dateien.append(("assets/" + rel, Array(CSSKompakt.verdichte(css).utf8)))
            } else if rel.hasSuffix(".js"), let js = try? String(contentsOf: url, encoding: .utf8) {
                dateien.append(("assets/" + rel, Array(JSKompakt.verdichte(js).utf8)))
            } else {
                kopien.append(("assets/" + rel, url))
            }
        }
        try ausgabe.schreibe(dateien: dateien, kopien: kopien)
        uhr.runde("schreiben")
        return Ergebnis(diagnosen: diagnosen, inhalt: inhalt, seiten: seiten.count)
    }

    /// The search index of a checked content folder: the files below `suchindex/`
    /// (paths relative to the site). `build` writes the same files.
    public static func suchindex(_ inhalt: Inhalt, heute: Datum) -> [(pfad: String, inhalt: [UInt8])] {
        Suche(inhalt, heute: heute).dateien()
    }

    /// The search index of a site whose model is prepared once (for timing the index alone, as
    /// the build's phase "Suchindex" makes it: from the bodies' plain text, which the build's
    /// pages leave and `init` makes here).
    public struct Suche {
        private let site: Website
        private let texte: Texte?
        private let koerper: [String]
        /// `theme`: for the events' dates in the results, as the build writes them.
        public init(_ inhalt: Inhalt, heute: Datum, theme: URL? = nil) {
            site = Website(inhalt: inhalt, heute: heute)
            texte = theme.flatMap { try? Theme(ordner: $0, sprache: inhalt.region.sprache).texte }
            let nA = inhalt.angebote.count
            koerper = parallelMap(nA + inhalt.termine.count) { i in
                Markdown.text(i < nA ? inhalt.angebote[i].inhalt : inhalt.termine[i - nA].inhalt)
            }
        }
        public func dateien() -> [(pfad: String, inhalt: [UInt8])] {
            Suchwerk(site: site, texte: texte, koerper: koerper).dateien().map { (pfad: $0.0, inhalt: $0.1) }
        }
    }

    /// `--today`, else `SOURCE_DATE_EPOCH`, else the current date in the region's time zone.
    public static func heute(angegeben: String?, zeitzone: String = "Europe/Berlin") -> Datum? {
        if let a = angegeben { return Datum(a) }
        var sekunden = Date().timeIntervalSince1970
        if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Double(e) { sekunden = s }
        let tz = TimeZone(identifier: zeitzone) ?? TimeZone(identifier: "Europe/Berlin")!
        let lokal = sekunden + Double(tz.secondsFromGMT(for: Date(timeIntervalSince1970: sekunden)))
        return Datum(tageszahl: Int((lokal / 86400).rounded(.down)))
    }
}
