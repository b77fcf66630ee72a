import Foundation

/// Turns services and events into search documents and writes the index below `suchindex/`.
struct Suchwerk {
    let site: Website
    /// The theme's texts, for an event's date in the results (as on its page); nil: none.
    var texte: Texte? = nil
    /// The plain text of every service's and event's body (in that order), as the pages made it
    /// (`Seitenwerk.koerper`); nil: made here.
    var koerper: [String]? = nil

    /// Field weights: a title match outranks a match in the body. A category's search terms
    /// (`suchbegriffe`) stand in every document of the category, so they weigh less than its
    /// name and the document's own words (measured on bench/suche/blind: 115 -> 116 of 117,
    /// MRR 0.96 -> 0.98; example region one query rank 1 -> 2).
    enum Gewicht {
        static let titel = 10, kategorie = 6, suchbegriff = 3, stichwort = 6, traeger = 4, gemeinde = 4, kurz = 3, inhalt = 1
        /// The Gemeinde a service belongs to (its folder), among all it serves: `Pflegeheim Zell`
        /// puts the home in Zell before the region's others that also take people from Zell.
        static let eigeneGemeinde = 8
        /// An event's title weighs a little less than a service's: `Tagespflege` finds the
        /// Tagespflegen before the open day held in one of them.
        static let termintitel = 9
        /// The Ortsteile of a Gemeinde it serves (learnt from the addresses of the entries in the
        /// Gemeinde's folder): `Nachbarschaftshilfe Altenhornach` finds the one of Hornach.
        static let ortsteil = 3
    }

    /// The search documents of every service and event, in that order; made on every core
    /// (the body text goes through cmark).
    func dokumente() -> [SuchDokument] {
        let ortsteile = Self.ortsteile(site)
        return inStueckenJeEins(site.inhalt.angebote.count + site.inhalt.termine.count, mindestens: 200) { dokumente($0, ortsteile, $1) }
    }

    /// Per Gemeinde (in the order of `inhalt.gemeinden`): the places of the addresses in its folder
    /// that are no Gemeinde's name (its Ortsteile, as people name them), one text; nil when none.
    /// (Sorted: the same text whatever the order of the files.)
    static func ortsteile(_ site: Website) -> [String?] {
        let gemeinden = site.inhalt.gemeinden
        let stelle = Dictionary(gemeinden.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let namen = Set(gemeinden.compactMap { site.gemeindeName[$0.id] })
        var orte = [Set<String>](repeating: [], count: gemeinden.count)
        func merke(_ gemeinde: String?, _ ort: String?) {
            guard let g = gemeinde.flatMap({ stelle[$0] }), let o = ort?.getrimmt(zeilen: false), !o.isEmpty,
                  !namen.contains(o) else { return }
            orte[g].insert(o)
        }
        // (by position: `for a in` copied every service whole)
        let angebote = site.inhalt.angebote
        for i in angebote.indices {
            merke(angebote[i].gemeinde, angebote[i].adresse?.ort)
            merke(angebote[i].gemeinde, ortsteil(ausStrasse: angebote[i].adresse?.strasse))
        }
        for t in site.inhalt.termine {
            merke(t.gemeinde, t.ort.ort)
            merke(t.gemeinde, ortsteil(ausStrasse: t.ort.strasse))
        }
        return orte.map { $0.isEmpty ? nil : $0.sorted().joined(separator: " ") }
    }

    /// A village's part named as the street (`Siekholm 4`, in the north and in the country
    /// often so): one word and a house number, the word no street's (`Dorfstraße 8`, `Kirchweg 2`,
    /// `Dörpstraat 3`) nor one named after what stands there (`Schloßberg`, `Kirchberg`, `Pfarrhof`).
    static func ortsteil(ausStrasse strasse: String?) -> String? {
        // (on the bytes, for every entry of a region: one space, a digit after it, a capital first)
        guard let s = strasse, let leer = s.utf8.firstIndex(of: 0x20), s.utf8.lastIndex(of: 0x20) == leer else { return nil }
        let nach = s.utf8.index(after: leer)
        guard nach < s.utf8.endIndex, (0x30...0x39).contains(s.utf8[nach]) else { return nil }
        let name = s.utf8[..<leer]
        guard name.count >= 4, let erstes = name.first, (0x41...0x5A).contains(erstes) || erstes == 0xC3 else { return nil }
        if strassenEndungen.contains(where: { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }) { return nil }
        if strassenAnfaenge.contains(where: { name.count >= $0.count && name.prefix($0.count).elementsEqual($0) }) { return nil }
        return String(s[..<leer])
    }

    static let strassenEndungen = ["straße", "strasse", "str.", "straat", "straß", "weg", "gasse", "platz", "allee", "ring",
                                   "damm", "ufer", "steig", "stieg", "pfad", "chaussee", "zeile", "markt", "kamp", "twiete",
                                   "redder", "wall", "graben", "promenade", "passage", "brücke", "tor", "gang", "park",
                                   "zentrum", "anger", "hang"].map { Array($0.utf8) }
    static let strassenAnfaenge = ["Schloss", "Schloß", "Kirch", "Kloster", "Pfarr", "Schul", "Rathaus", "Bahnhof", "Kur",
                                   "Markt", "Post", "Friedhof", "Sportplatz"].map { Array($0.utf8) }

    /// Documents `bereich` of the services followed by the events.
    /// (each handed to `gib`, in order)
    private func dokumente(_ bereich: Range<Int>, _ ortsteile: [String?], _ gib: (consuming SuchDokument) -> Void) {
        let inhalt = site.inhalt
        let texte = Gemeinsam(site, ortsteile: ortsteile)
        let nA = inhalt.angebote.count
        // through buffers: the model is passed borrowed, not copied field by field
        inhalt.angebote.withUnsafeBufferPointer { angebote in
            for i in bereich.clamped(to: 0..<nA) { gib(dokument(angebote.baseAddress! + i, text(i, angebote[i].inhalt), texte)) }
        }
        // (few events: passing them whole does not matter)
        for i in (bereich.lowerBound - nA ..< bereich.upperBound - nA).clamped(to: 0..<inhalt.termine.count) {
            gib(dokument(inhalt.termine[i], text(nA + i, inhalt.termine[i].inhalt), texte))
        }
    }

    /// The texts many documents share (Gemeinde ids and names, category fields), copied for
    /// one slice of documents: each core then counts references on texts of its own (on
    /// shared ones, two cores wait for each other at every retain; measured at 100 000
    /// services: a third of this step).
    private struct Gemeinsam {
        let alleGemeinden: [String]
        let position: [String: Int]
        let gemeindeName: [String?]
        let gemeindeNamen: Set<String>
        let kategorieFelder: [String: [SuchFeld]]
        let region: String
        /// Per Gemeinde (by position): its Ortsteile (`Suchwerk.ortsteile`), one text; nil when none.
        let ortsteile: [String?]
        /// The fields of the Ortsteile of every Gemeinde (for what serves them all), made once.
        let alleOrtsteile: [SuchFeld]

        init(_ site: Website, ortsteile: [String?]) {
            func eigen(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }
            let gemeinden = site.inhalt.gemeinden
            alleGemeinden = gemeinden.map { eigen($0.id) }
            position = Dictionary(gemeinden.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            gemeindeName = gemeinden.map { site.gemeindeName[$0.id].map(eigen) }
            gemeindeNamen = Set(gemeindeName.compactMap { $0 })
            var felder: [String: [SuchFeld]] = [:]
            for k in site.inhalt.kategorien where felder[k.id] == nil {
                felder[k.id] = [SuchFeld(eigen(k.name), gewicht: Gewicht.kategorie)]
                    + k.suchbegriffe.map { SuchFeld(eigen($0), gewicht: Gewicht.suchbegriff) }
            }
            kategorieFelder = felder
            region = eigen(site.inhalt.region.region)
            self.ortsteile = ortsteile.map { $0.map(eigen) }
            alleOrtsteile = self.ortsteile.compactMap { $0.map { SuchFeld($0, gewicht: Gewicht.ortsteil) } }
        }

        /// The Gemeinden among `ids` (and `eigene`), in the order of all Gemeinden.
        func gemeinden(_ ids: [String], eigene: String?) -> [String] {
            var stellen = ids.compactMap { position[$0] }
            if let e = eigene, let p = position[e] { stellen.append(p) }
            stellen.sort()
            var aus: [String] = []
            aus.reserveCapacity(stellen.count)
            for p in stellen where aus.last != alleGemeinden[p] { aus.append(alleGemeinden[p]) }
            return aus
        }

        func namen(_ ids: [String], eigene: String? = nil) -> [SuchFeld] {
            ids.compactMap { id in
                position[id].flatMap { gemeindeName[$0] }.map { SuchFeld($0, gewicht: id == eigene ? Gewicht.eigeneGemeinde : Gewicht.gemeinde) }
            }
        }

        /// The Ortsteile of the Gemeinden among `ids`, a field each.
        func ortsteilFelder(_ ids: [String]) -> [SuchFeld] {
            // (most regions' addresses name only Gemeinden: nothing to look up)
            if alleOrtsteile.isEmpty { return [] }
            if ids.count == alleGemeinden.count { return alleOrtsteile }
            return ids.compactMap { id in position[id].flatMap { ortsteile[$0] }.map { SuchFeld($0, gewicht: Gewicht.ortsteil) } }
        }

        func ort(_ g: String?) -> String { g.flatMap { position[$0] }.flatMap { gemeindeName[$0] } ?? region }
    }

    private func kategorieFelder(_ ids: [String], _ texte: Gemeinsam) -> [SuchFeld] {
        ids.flatMap { texte.kategorieFelder[$0] ?? [] }
    }

    /// (`a` points at the service: its fields are read where it stands, not from a copy of all of them)
    /// The body's text: as the page made it, else made here.
    private func text(_ nr: Int, _ markdown: String) -> String {
        if let koerper, koerper.indices.contains(nr) { return koerper[nr] }
        return Markdown.text(markdown)
    }

    private func dokument(_ a: UnsafePointer<Angebot>, _ body: String, _ texte: Gemeinsam) -> SuchDokument {
        let gemeinden: [String]
        switch a.pointee.einzugsgebiet {
        case .alle: gemeinden = texte.alleGemeinden
        // (as `Angebot.erreicht`)
        case .gemeinden(let ids): gemeinden = texte.gemeinden(ids, eigene: a.pointee.gemeinde)
        }
        var felder = [SuchFeld(a.pointee.titel, gewicht: Gewicht.titel)] + kategorieFelder(a.pointee.kategorien, texte)
        felder += (a.pointee.stichworte + a.pointee.zielgruppen).map { SuchFeld($0, gewicht: Gewicht.stichwort) }
        felder.append(SuchFeld(a.pointee.traeger, gewicht: Gewicht.traeger))
        felder += texte.namen(gemeinden, eigene: a.pointee.gemeinde)
        felder += texte.ortsteilFelder(gemeinden)
        felder.append(SuchFeld(a.pointee.kurzbeschreibung, gewicht: Gewicht.kurz))
        let merkmale = SuchMerkmale(a, gemeindeNamen: texte.gemeindeNamen)
        merkmale.felder(in: &felder)
        felder.append(SuchFeld(body, gewicht: Gewicht.inhalt))
        return SuchDokument(url: Seitenpfad.angebot(a.pointee.id).ordner, art: "angebot", titel: a.pointee.titel,
                            kurzbeschreibung: a.pointee.kurzbeschreibung, gemeinden: gemeinden, ort: texte.ort(a.pointee.gemeinde),
                            kategorien: a.pointee.kategorien, felder: felder, telefon: a.pointee.kontakt.telefon.first)
    }

    private func dokument(_ t: Termin, _ body: String, _ texte: Gemeinsam) -> SuchDokument {
        let gemeinden: [String]
        switch t.gebiet {
        case .alle: gemeinden = texte.alleGemeinden
        case .gemeinden(let ids): gemeinden = texte.gemeinden(ids, eigene: t.gemeinde)
        }
        var felder = [SuchFeld(t.titel, gewicht: Gewicht.termintitel)] + kategorieFelder(t.kategorien, texte)
        felder.append(SuchFeld(t.veranstalter, gewicht: Gewicht.traeger))
        felder += texte.namen(gemeinden)
        felder += texte.ortsteilFelder(gemeinden)
        felder += [t.ort.name, t.ort.ort].compactMap { $0 }.map { SuchFeld($0, gewicht: Gewicht.gemeinde) }
        felder.append(SuchFeld(Self.wann(t, heute: site.heute), gewicht: Gewicht.kurz))
        felder.append(SuchFeld(Self.tage(t, heute: site.heute), gewicht: Gewicht.kurz))
        felder.append(SuchFeld(t.kurzbeschreibung, gewicht: Gewicht.kurz))
        let merkmale = SuchMerkmale(t)
        merkmale.felder(in: &felder)
        felder.append(SuchFeld(body, gewicht: Gewicht.inhalt))
        // A past event stays findable, but after everything current: each of its words
        // weighs as a word of a body (`Tagespflege` → the Tagespflegen, then last month's open day).
        if t.naechstes(ab: site.heute) == nil {
            for i in felder.indices { felder[i].gewicht = Gewicht.inhalt }
        }
        // the next date, else the first (a past event comes last)
        let wann = self.texte.map { tx -> String in
            let z = t.naechstes(ab: site.heute) ?? t.beginn
            // (a cancelled event says so where it is found)
            return (t.istAbgesagt ? tx["termin_entfaellt_kurz"] + ": " : "")
                + tx.zeitraum(z, bis: t.dauer.map { Zeitpunkt(datum: z.datum, minuten: z.minuten + $0) })
        }
        return SuchDokument(url: Seitenpfad.termin(t.id).ordner, art: "termin", titel: t.titel,
                            kurzbeschreibung: t.kurzbeschreibung, gemeinden: gemeinden, ort: texte.ort(t.gemeinde),
                            kategorien: t.kategorien, felder: felder, wann: wann, telefon: t.kontakt.telefon.first)
    }

    /// How many days ahead the days of events are searchable (`tage`).
    static let tageVoraus = 92

    /// The days an event takes place on from today to `tageVoraus` days ahead, as keys
    /// (`t20261122`) that suche.js reads `heute`, `morgen`, `am Wochenende`, `nächste Woche`,
    /// `nächsten Samstag` as (its `datumsWoerter`). An event of several days has each of them.
    static func tage(_ t: Termin, heute: Datum) -> String {
        let grenze = heute.plus(tage: tageVoraus)
        let dauer = min(max((t.ende?.datum.tageszahl ?? t.beginn.datum.tageszahl) - t.beginn.datum.tageszahl, 0), 31)
        var aus: [String] = []
        for z in t.vorkommen(ab: heute.plus(tage: -dauer), hoechstens: 120) where !(grenze < z.datum) {
            for n in 0...dauer {
                let d = z.datum.plus(tage: n)
                if !(d < heute) && !(grenze < d) { aus.append(tagSchluessel(d)) }
            }
        }
        return aus.joined(separator: " ")
    }

    /// `t` and the date's eight digits: `t20261122`.
    static func tagSchluessel(_ d: Datum) -> String {
        func zwei(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "t\(d.jahr)\(zwei(d.monat))\(zwei(d.tag))"
    }

    static let monate = Datum.monatsnamen

    /// What people add to a query for an event (`Adventsfeier Dezember`, `Handykurs Termin`):
    /// "Termin Veranstaltung", the months and years it takes place in (a repeating event: those
    /// from today, at most a year ahead, in which it meets: not the summer break it is cancelled
    /// in, `entfaellt: 2027-08`, nor the months a series every few months skips).
    static func wann(_ t: Termin, heute: Datum) -> String {
        let tage = t.wiederholung == nil ? nil : t.vorkommen(ab: heute, hoechstens: 400).map(\.datum)
        return wann(beginn: t.beginn.datum, ende: t.ende?.datum, wiederholt: t.wiederholung != nil, bis: t.bis, heute: heute, tage: tage)
    }

    /// `tage`: of a repeating event, the days it meets from today (when given, only their months count).
    static func wann(beginn: Datum, ende: Datum?, wiederholt: Bool, bis letzter: Datum?, heute: Datum, tage: [Datum]? = nil) -> String {
        var von = beginn, bis = ende ?? beginn
        if wiederholt {
            von = max(von, heute)
            let inEinemJahr = Datum(jahr: heute.jahr + 1, monat: heute.monat, tag: 1) ?? heute
            bis = min(letzter ?? inEinemJahr, inEinemJahr)
        }
        let trifft = tage.map { Set($0.filter { !($0 < von) && !(bis < $0) }.map { $0.jahr * 12 + $0.monat - 1 }) }
        var teile = ["Termin", "Veranstaltung"]
        var (jahr, monat) = (von.jahr, von.monat)
        var schritte = 0
        while (jahr, monat) <= (bis.jahr, bis.monat) && schritte < 13 {
            defer { (jahr, monat) = monat == 12 ? (jahr + 1, 1) : (jahr, monat + 1); schritte += 1 }
            if let trifft, !trifft.contains(jahr * 12 + monat - 1) { continue }
            teile.append(monate[monat - 1])
            if !teile.contains(String(jahr)) { teile.append(String(jahr)) }
        }
        return teile.joined(separator: " ")
    }

    func dateien() -> [(String, [UInt8])] {
        let inhalt = site.inhalt
        var uhr = SuchMessung()
        let docs = dokumente()
        uhr.schritt("dokumente")
        return SuchIndex.dateien(dokumente: consume docs,
                                 gemeinden: inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }.map { (id: $0.id, name: $0.name) },
                                 kategorien: inhalt.kategorien.map { (id: $0.id, name: $0.name) },
                                 suchbegriffe: Dictionary(inhalt.kategorien.map { ($0.id, $0.suchbegriffe) }, uniquingKeysWith: { a, _ in a }))
            .map { ("suchindex/" + $0.pfad, $0.inhalt) }
    }
}
