import Foundation

/// One page of the site: its address, the template that renders it and its context.
struct Seitenauftrag {
    let pfad: Seitenpfad
    let vorlage: String
    let kontext: [String: Any]
}

/// Builds the context of every page of the address table.
struct Seitenbauer {
    let site: Website
    let texte: Texte
    let dateiLinks: Bool
    /// Service entries rendered once, shared by every list page (all lists sit two folders deep).
    var eintraege = Eintraege()
    /// The head of a split search index, JSON safe inside a script element (`SuchIndex.kopfFuerSeite`).
    var suchkopf: String? = nil
    /// The search script the search page carries (`Suchskript`); nil: it loads `assets/suche.js`.
    var suchskript: Suchskript? = nil
    /// Where the bodies' plain text goes for the search index (services first, then events, by
    /// position): the body is parsed once, for its page and for the index. Nil: not kept.
    var koerper: Ablage<String>? = nil

    var inhalt: Inhalt { site.inhalt }
    var sprache: Sprache { inhalt.region.sprache }

    func bausteine(_ p: Seitenpfad) -> Bausteine {
        Bausteine(site: site, texte: texte, sprache: sprache, v: Verweise(von: p, dateiLinks: dateiLinks))
    }

    /// Every page, in address order, as units of work: each unit makes the contexts of one or
    /// a few pages (a Gemeinde's, a list's pages). `Seitenwerk` runs the units on every core,
    /// so the contexts (with each body rendered by cmark) are made in parallel and each lives
    /// only until its page is rendered.
    /// The search page is not among them: it carries the search index's head, and the index
    /// is made from the bodies' text that these pages leave in `koerper` (`suche()`).
    func auftraege() -> [() -> [Seitenauftrag]] {
        var out: [() -> [Seitenauftrag]] = [{ [start()] }, { versorgung() }, { termine() }, { netzwerk() }]
        out += inhalt.gemeinden.map { g in { gemeinde(g) } }
        out += inhalt.angebote.enumerated().map { i, a in { [angebot(a, nr: i)] } }
        let n = inhalt.angebote.count
        out += inhalt.termine.enumerated().map { i, t in { [termin(t, nr: n + i)] } }
        out += inhalt.kategorien.map { k in { kategorie(k) } }
        out += inhalt.seiten.map { s in { [seite(s)] } }
        out += site.traeger.map { t in { traeger(t) } }
        return out
    }

    // MARK: the frame every page shares

    func basis(_ p: Seitenpfad, titel: String, beschreibung: String? = nil, aktiv: String? = nil,
               krumen: [(String, Seitenpfad)] = []) -> [String: Any] {
        let v = Verweise(von: p, dateiLinks: dateiLinks)
        let r = inhalt.region
        let nav: [(String, String, Seitenpfad)] = [
            ("start", texte["nav_start"], .start), ("termine", texte["nav_termine"], .termine),
            ("suche", texte["nav_suche"], .suche), ("versorgung", texte["nav_versorgung"], .versorgung),
        ]
        var herausgeber: [String: Any] = ["name": r.herausgeber.name]
        if let e = r.herausgeber.email { herausgeber["email"] = e; herausgeber["email_uri"] = "mailto:" + e }
        if let t = r.herausgeber.telefon { herausgeber["telefon"] = t; herausgeber["telefon_uri"] = Formate.telURI(t) }
        if let a = r.herausgeber.adresse { herausgeber["adresse"] = a.zeile }
        let seiten = inhalt.seiten.map { s -> [String: Any] in ["titel": s.titel, "url": v.zu(.seite(s.id))] }
        var krumenListe: [[String: Any]] = []
        if p != .start {
            krumenListe = [["text": texte["startseite"], "url": v.zu(.start)]]
            krumenListe += krumen.map { ["text": $0.0, "url": v.zu($0.1), "aktuell": $0.1 == p] }
        }
        return [
            "t": texte.werte, "sprache": sprache.rawValue, "wurzel": v.wurzel,
            "titel": titel,
            "seitentitel": p == .start ? r.titel : "\(titel) – \(r.titel)",
            "beschreibung": beschreibung ?? r.beschreibung,
            "region": ["titel": r.titel, "region": r.region, "beschreibung": r.beschreibung],
            "css": v.asset("assets/style.css"), "start_url": v.zu(.start), "suche_url": v.zu(.suche),
            "nav": nav.map { ["id": $0.0, "text": $0.1, "url": v.zu($0.2), "aktuell": $0.0 == aktiv] },
            "krumen": krumenListe, "hat_krumen": !krumenListe.isEmpty,
            "herausgeber": herausgeber, "seiten": seiten,
            // the page's own address, printed at its foot (`basis_url` in region.yaml)
            "seiten_adresse": r.basisURL.map { $0 + p.ordner } ?? "",
        ]
    }

    func mit(_ a: [String: Any], _ b: [String: Any]) -> [String: Any] { a.merging(b) { _, n in n } }

    // MARK: pages

    func start() -> Seitenauftrag {
        let p = Seitenpfad.start, b = bausteine(p)
        let termine = site.kommendeTermine { $0.istRegionweit }.prefix(5).map { b.terminKarte($0.0, am: $0.1) }
        return Seitenauftrag(pfad: p, vorlage: "start", kontext: mit(basis(p, titel: inhalt.region.titel, aktiv: "start"), [
            "gemeinden": inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }.map { g in
                ["name": g.name, "url": b.v.zu(.gemeinde(g.id)), "anzahl": texte.anzahlAngebote(site.angebote(fuer: g.id).count)] },
            "kategorien": inhalt.kategorien.map { k in
                ["name": k.name, "beschreibung": k.beschreibung, "url": b.v.zu(.kategorie(k.id)),
                 "anzahl": texte.anzahlAngebote(site.angebote(inKategorie: k.id).count)] },
            "termine": Array(termine), "hat_termine": !termine.isEmpty, "termine_url": b.v.zu(.termine),
            "netzwerk_url": b.v.zu(.netzwerk), "versorgung_url": b.v.zu(.versorgung),
        ]))
    }

    /// How many entries a category shows on a large Gemeinde's page; the rest are on the
    /// Gemeinde's page for that category (`gemeinden/<g>/<kategorie>/`).
    static let vorschau = 3

    func gemeinde(_ g: Gemeinde) -> [Seitenauftrag] {
        let p = Seitenpfad.gemeinde(g.id), b = bausteine(p)
        let angebote = site.angebote(fuer: g.id)
        let gross = angebote.count > Blaettern.proSeite
        var unterseiten: [Seitenauftrag] = []
        let gruppen = inhalt.kategorien.compactMap { k -> [String: Any]? in
            let liste = angebote.filter { $0.kategorien.contains(k.id) }
            guard !liste.isEmpty else { return nil }
            var gruppe: [String: Any] = ["name": k.name, "id": k.id, "url": b.v.zu(.kategorie(k.id)),
                                         "angebote": (gross ? Array(liste.prefix(Self.vorschau)) : liste).map { ["eintrag": eintraege.html($0, aufGemeinde: g.id)] }]
            if gross && liste.count > Self.vorschau {
                let basis = Seitenpfad(ordner: p.ordner + k.id + "/")
                gruppe["alle"] = ["url": b.v.zu(basis), "text": texte.format("alle_angebote_in", ["n": "\(liste.count)", "kategorie": k.name, "gemeinde": g.name])]
                unterseiten += self.liste(basis, titel: "\(k.name): \(g.name)", vorlage: "liste", angebote: liste, aufGemeinde: g.id,
                                     krumen: [(g.name, p)], extra: ["einleitung": k.beschreibung])
            }
            return gruppe
        }
        let termine = site.kommendeTermine { $0.erreicht(g.id) }.prefix(Self.termineBis).map { b.terminKarte($0.0, am: $0.1) }
        let seite = Seitenauftrag(pfad: p, vorlage: "gemeinde", kontext: mit(basis(p, titel: g.name, krumen: [(g.name, p)]), [
            "gemeinde": [
                "name": g.name, "landkreis": g.landkreis.map(Self.ohneWortLandkreis) ?? "", "plz": g.plz.joined(separator: ", "),
                "einwohner": g.einwohner.map { Self.tausender($0) } ?? "",
                "inhalt": Markdown.html(g.inhalt),
                "hat_ansprechpartner": !g.ansprechpartner.isEmpty,
                "ansprechpartner": g.ansprechpartner.map { ["name": $0.name, "rolle": $0.rolle ?? "", "kontakt": b.kontakt($0.kontakt)] },
            ],
            "gruppen": gruppen, "hat_angebote": !gruppen.isEmpty, "anzahl": texte.anzahlAngebote(angebote.count),
            "termine": Array(termine), "hat_termine": !termine.isEmpty, "termine_url": b.v.zu(.termine),
            // (the Gemeinde's calendar file beside its page: Kalender writes it when an event reaches it)
            "kalender_url": termine.isEmpty ? "" : Kalender.dateiAlle,
        ]))
        return [seite] + unterseiten
    }

    /// A list of services over as many pages as it needs.
    func liste(_ basis: Seitenpfad, titel: String, vorlage: String, angebote: [Angebot], aufGemeinde: String? = nil,
               krumen: [(String, Seitenpfad)] = [], extra: [String: Any] = [:], ersteSeite: [String: Any] = [:]) -> [Seitenauftrag] {
        let teile = Blaettern.teile(angebote)
        return teile.enumerated().map { i, teil in
            let p = Blaettern.pfad(basis, seite: i + 1)
            var c = mit(self.basis(p, titel: titel, krumen: krumen + [(titel, basis)]), extra)
            c = mit(c, Blaettern.navigation(basis, seiten: teile.count, aktuell: i + 1, dateiLinks: dateiLinks, texte: texte))
            c["angebote"] = teil.map { ["eintrag": eintraege.html($0, aufGemeinde: aufGemeinde, tiefe: p.tiefe)] }
            c["hat_angebote"] = !teil.isEmpty
            c["anzahl"] = texte.anzahlAngebote(angebote.count)
            if i == 0 { c = mit(c, ersteSeite) }
            return Seitenauftrag(pfad: p, vorlage: vorlage, kontext: c)
        }
    }

    func angebot(_ a: Angebot, nr: Int = 0) -> Seitenauftrag {
        let p = Seitenpfad.angebot(a.id), b = bausteine(p)
        var c = b.angebotEintrag(a)
        // (no heading over an empty description: a template's section shows for "")
        if let html = koerper(a.inhalt, nr: nr) { c["inhalt"] = html }
        if let adr = a.adresse, !a.telefonisch || adr.strasse != nil { c["adresse"] = b.adresse(adr) }
        c["telefonisch"] = a.telefonisch
        if let o = a.oeffnungszeiten { c["oeffnungszeiten"] = b.oeffnungszeiten(o) }
        if let k = a.kosten { c["kosten"] = k }
        if let bf = a.barrierefrei { c["barrierefrei"] = texte["barrierefrei_\(bf.rawValue)"] }
        if !a.zielgruppen.isEmpty { c["zielgruppen"] = a.zielgruppen.joined(separator: ", ") }
        c["traeger_url"] = b.v.zu(.traeger(site.traegerSlug[a.traeger] ?? Slug.traeger(a.traeger)))
        if a.istRegionweit {
            c["einzugsgebiet_alle"] = true
        } else {
            var ids = [String]()
            if let g = a.gemeinde { ids.append(g) }
            if case .gemeinden(let liste) = a.einzugsgebiet { ids += liste.filter { !ids.contains($0) } }
            c["einzugsgebiet"] = ids.compactMap { id in site.gemeindeName[id].map { ["name": $0, "url": b.v.zu(.gemeinde(id))] } }
        }
        if let g = a.geprueft { c["geprueft"] = texte.datum(g); c["geprueft_iso"] = g.description }
        let erste = a.kategorien.first.flatMap { site.kategorieNach[$0] }
        var krumen: [(String, Seitenpfad)] = []
        if let erste { krumen.append((erste.name, .kategorie(erste.id))) }
        krumen.append((a.titel, p))
        return Seitenauftrag(pfad: p, vorlage: "angebot", kontext: mit(basis(p, titel: a.titel, beschreibung: a.kurzbeschreibung, krumen: krumen), ["angebot": c]))
    }

    /// Upcoming events, 40 to a page; the most recent past events on the first page.
    func termine() -> [Seitenauftrag] {
        let basis = Seitenpfad.termine
        let kommend = site.kommendeTermine()
        let teile = Blaettern.teile(kommend, pro: 40)
        return teile.enumerated().map { i, teil in
            let p = Blaettern.pfad(basis, seite: i + 1), b = bausteine(p)
            let liste = teil.map { b.terminKarte($0.0, am: $0.1) }
            var c = mit(self.basis(p, titel: texte["alle_termine"], aktiv: "termine", krumen: [(texte["alle_termine"], basis)]), [
                "termine": liste, "hat_termine": !liste.isEmpty,
            ])
            if i == 0 {
                if !kommend.isEmpty { c["kalender_url"] = b.v.wurzel + basis.ordner + Kalender.dateiAlle }
                let vergangen = site.vergangeneTermine().prefix(Self.vergangeneBis).map { t in
                    ["titel": t.titel, "url": b.v.zu(.termin(t.id)), "wann": texte.datum(t.beginn.datum)] }
                c["vergangen"] = Array(vergangen)
                c["hat_vergangen"] = !vergangen.isEmpty
            }
            return Seitenauftrag(pfad: p, vorlage: "termine",
                                 kontext: mit(c, Blaettern.navigation(basis, seiten: teile.count, aktuell: i + 1, dateiLinks: dateiLinks, texte: texte)))
        }
    }

    /// Lists of upcoming events on Gemeinde and category pages show the next ones only.
    static let termineBis = 8
    static let vergangeneBis = 20

    func termin(_ t: Termin, nr: Int = 0) -> Seitenauftrag {
        let p = Seitenpfad.termin(t.id), b = bausteine(p)
        let naechstes = t.naechstes(ab: site.heute)
        var c = b.terminKarte(t, am: naechstes ?? t.beginn)
        c["veranstalter"] = t.veranstalter
        c["ort"] = b.adresse(t.ort)
        if let html = koerper(t.inhalt, nr: nr) { c["inhalt"] = html }
        c["kontakt"] = b.kontakt(t.kontakt)
        // (nobody should register for what does not take place)
        if let a = t.anmeldung, !t.istAbgesagt { c["anmeldung"] = a }
        if let k = t.kosten { c["kosten"] = k }
        c["kategorien"] = b.kategorieLinks(t.kategorien)
        c["hat_kategorien"] = !t.kategorien.isEmpty
        c["vorbei"] = naechstes == nil && !t.istAbgesagt
        if naechstes != nil { c["kalender_url"] = Kalender.dateiTermin }
        c["abgesagt"] = t.istAbgesagt
        let ausfaelle = t.ausfaelle(ab: site.heute, hoechstens: 50).map { z in ["wann": texte.datum(z.datum), "datetime": z.datum.description] }
        c["ausfaelle"] = ausfaelle
        c["hat_ausfaelle"] = !ausfaelle.isEmpty && !t.istAbgesagt
        if t.wiederholung != nil {
            // (one more than shown: the list says when the series goes on after it)
            let kommende = t.vorkommen(ab: site.heute, hoechstens: 14)
            let weitere = kommende.prefix(13).dropFirst().map { z in
                ["wann": texte.zeitraum(z, bis: t.dauer.map { Zeitpunkt(datum: z.datum, minuten: z.minuten + $0) }), "datetime": b.iso(z)] }
            c["weitere"] = Array(weitere)
            c["hat_weitere"] = !weitere.isEmpty
            if let bis = t.bis { c["bis"] = texte.datum(bis) }
            if kommende.count > 13, let letzter = t.alleVorkommen().last {
                c["weitere_danach"] = texte["weitere_danach"] + " " + texte.datum(letzter.datum)
            }
        }
        if let g = t.gemeinde, let name = site.gemeindeName[g] { c["gemeinde"] = ["name": name, "url": b.v.zu(.gemeinde(g))] }
        // its own Gemeinde first, then those its `einzugsgebiet` names
        if case .gemeinden(let ids) = t.gebiet {
            let alle = (t.gemeinde.map { [$0] } ?? []) + ids.filter { $0 != t.gemeinde }
            let gemeinden = alle.compactMap { id in site.gemeindeName[id].map { ["name": $0, "url": b.v.zu(.gemeinde(id))] } }
            c["gemeinden"] = gemeinden
            c["hat_gemeinden"] = !gemeinden.isEmpty
        }
        return Seitenauftrag(pfad: p, vorlage: "termin", kontext: mit(basis(p, titel: t.titel, beschreibung: t.kurzbeschreibung,
                                                                             krumen: [(texte["alle_termine"], .termine), (t.titel, p)]), ["termin": c]))
    }

    func kategorie(_ k: Kategorie) -> [Seitenauftrag] {
        let p = Seitenpfad.kategorie(k.id), b = bausteine(p)
        let termine = site.kommendeTermine { $0.kategorien.contains(k.id) }.prefix(Self.termineBis).map { b.terminKarte($0.0, am: $0.1) }
        return liste(p, titel: k.name, vorlage: "kategorie", angebote: site.angebote(inKategorie: k.id),
                     extra: ["kategorie": ["name": k.name, "beschreibung": k.beschreibung], "beschreibung": k.beschreibung],
                     ersteSeite: ["termine": Array(termine), "hat_termine": !termine.isEmpty, "termine_url": b.v.zu(.termine)])
    }

    /// The body as HTML, or nil when it says nothing; its text kept at `nr` of `koerper`.
    func koerper(_ markdown: String, nr: Int) -> String? {
        let html: String
        if let koerper {
            let beides = Markdown.htmlUndText(markdown)
            koerper.setze(nr, .success(beides.text))
            html = beides.html
        } else {
            html = Markdown.html(markdown)
        }
        return html.allSatisfy(\.isWhitespace) ? nil : html
    }

    func seite(_ s: Seite) -> Seitenauftrag {
        let p = Seitenpfad.seite(s.id)
        return Seitenauftrag(pfad: p, vorlage: "seite", kontext: mit(basis(p, titel: s.titel, krumen: [(s.titel, p)]), [
            "inhalt": Markdown.html(s.inhalt),
        ]))
    }

    /// Up to this many Gemeinden the search page links each (for a browser without JavaScript).
    static let gemeindenAufSucheHoechstens = 100

    func suche() -> Seitenauftrag {
        let p = Seitenpfad.suche, b = bausteine(p)
        var kontext: [String: Any] = [
            "gemeinden": inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }.map { ["id": $0.id, "name": $0.name, "url": b.v.zu(.gemeinde($0.id))] },
            "kategorien": inhalt.kategorien.map { ["id": $0.id, "name": $0.name, "url": b.v.zu(.kategorie($0.id))] },
        ]
        // A region of many Gemeinden (a whole federal state) does not list them all again on
        // the search page: 2 000 links made the first query's page 13 KB larger (compressed);
        // the start page lists them all.
        if inhalt.gemeinden.count <= Self.gemeindenAufSucheHoechstens {
            kontext["gemeinden_liste"] = true
        } else {
            kontext["gemeinden_auf_start"] = texte.format("suche_alle_gemeinden_start", ["anzahl": String(inhalt.gemeinden.count)])
        }
        let beispiele = Suchbeispiele(site).text
        if !beispiele.isEmpty { kontext["suche_beispiele"] = texte.format("suche_beispiele", ["beispiele": beispiele]) }
        // raw in the template ({{{suchkopf}}}): JSON in ASCII with every `<` escaped
        if let suchkopf { kontext["suchkopf"] = suchkopf }
        // raw as well ({{{suchskript}}}); the layout's Content Security Policy names its hash
        if let suchskript { kontext["suchskript"] = suchskript.text; kontext["skript_hash"] = suchskript.hash }
        return Seitenauftrag(pfad: p, vorlage: "suche", kontext: mit(basis(p, titel: texte["nav_suche"], aktiv: "suche", krumen: [(texte["nav_suche"], p)]), kontext))
    }

    /// The coverage table, 30 Gemeinden to a page; the gaps in sentences on the first page.
    func versorgung() -> [Seitenauftrag] {
        let basis = Seitenpfad.versorgung
        let matrix = Versorgung(inhalt: inhalt)
        let teile = Blaettern.teile(matrix.zeilen, pro: 30)
        return teile.enumerated().map { i, teil in
            let p = Blaettern.pfad(basis, seite: i + 1), b = bausteine(p)
            let zeilen = teil.map { z -> [String: Any] in
                ["name": z.gemeinde.name, "url": b.v.zu(.gemeinde(z.gemeinde.id)),
                 "zellen": z.zellen.map { zelle -> [String: Any] in
                     ["anzahl": zelle.angebote.count, "luecke": zelle.angebote.isEmpty, "regionsweit": zelle.nurRegionsweit,
                      "url": b.v.zu(.gemeinde(z.gemeinde.id)) + "#kategorie-" + zelle.kategorie.id] }]
            }
            var c = mit(self.basis(p, titel: texte["versorgung"], aktiv: "versorgung", krumen: [(texte["versorgung"], basis)]), [
                "spalten": matrix.kategorien.map { ["name": $0.name, "url": b.v.zu(.kategorie($0.id))] },
                "zeilen": zeilen, "hat_grundversorgung": !matrix.kategorien.isEmpty,
            ])
            if i == 0 {
                let luecken = matrix.luecken.map { l in
                    ["satz": texte.format("luecke_satz", ["gemeinde": l.gemeinde.name, "kategorie": l.kategorie.name])] }
                c["luecken"] = luecken
                c["hat_luecken"] = !luecken.isEmpty
                c["erste_seite"] = true
            }
            return Seitenauftrag(pfad: p, vorlage: "versorgung",
                                 kontext: mit(c, Blaettern.navigation(basis, seiten: teile.count, aktuell: i + 1, dateiLinks: dateiLinks, texte: texte)))
        }
    }

    func traeger(_ t: Website.TraegerEintrag) -> [Seitenauftrag] {
        let p = Seitenpfad.traeger(t.slug), b = bausteine(p)
        let gemeinden = inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }.filter { g in t.angebote.contains { $0.erreicht(g.id) } }
        var erste: [String: Any] = [:]
        if gemeinden.count == inhalt.gemeinden.count, !gemeinden.isEmpty { erste["alle_gemeinden"] = true }
        else {
            erste["gemeinden"] = gemeinden.map { ["name": $0.name, "url": b.v.zu(.gemeinde($0.id))] }
            erste["hat_gemeinden"] = !gemeinden.isEmpty
        }
        return liste(p, titel: t.name, vorlage: "traeger", angebote: t.angebote, krumen: [(texte["nav_netzwerk"], .netzwerk)],
                     ersteSeite: erste)
    }

    /// Every provider with the Gemeinden its services reach (a list, not a matrix: it stays
    /// readable on a phone). Providers that reach many Gemeinden show the number here and the
    /// names on their own page; long lists are split over several pages.
    static let namenBis = 12

    func netzwerk() -> [Seitenauftrag] {
        let basis = Seitenpfad.netzwerk
        let gemeinden = inhalt.gemeinden.sorted { Sortierung.vor($0.name, $1.name) }
        let teile = Blaettern.teile(site.traeger, pro: 40)
        return teile.enumerated().map { i, teil in
            let p = Blaettern.pfad(basis, seite: i + 1), b = bausteine(p)
            let zeilen = teil.map { t -> [String: Any] in
                let erreicht = gemeinden.filter { g in t.angebote.contains { $0.erreicht(g.id) } }
                var z: [String: Any] = ["name": t.name, "url": b.v.zu(.traeger(t.slug)), "gesamt": texte.anzahlAngebote(t.angebote.count)]
                if erreicht.count == gemeinden.count, !gemeinden.isEmpty { z["alle"] = true }
                else if erreicht.count > Self.namenBis {
                    z["viele"] = texte.format("gemeinden_von", ["n": "\(erreicht.count)", "von": "\(gemeinden.count)"])
                } else {
                    z["gemeinden"] = erreicht.map { ["name": $0.name, "url": b.v.zu(.gemeinde($0.id))] }
                    z["hat_gemeinden"] = !erreicht.isEmpty
                }
                return z
            }
            var c = mit(self.basis(p, titel: texte["netzwerk"], krumen: [(texte["netzwerk"], basis)]), ["zeilen": zeilen])
            c = mit(c, Blaettern.navigation(basis, seiten: teile.count, aktuell: i + 1, dateiLinks: dateiLinks, texte: texte))
            return Seitenauftrag(pfad: p, vorlage: "netzwerk", kontext: c)
        }
    }

    /// `Landkreis Freising` → `Freising` (also `Lkr. Freising`, `Landkr. Freising`): the page says
    /// „Landkreis“ before it already.
    static func ohneWortLandkreis(_ s: String) -> String {
        for wort in ["landkreis", "landkr.", "lkr."] where s.lowercased().hasPrefix(wort) {
            let rest = s.dropFirst(wort.count)
            guard let c = rest.first, c.isWhitespace || wort.hasSuffix(".") else { continue }
            let name = rest.getrimmt(zeilen: false)
            if !name.isEmpty { return name }
        }
        return s
    }

    static func tausender(_ n: Int) -> String {
        let s = String(n)
        guard s.count > 4 else { return s }
        var out = ""
        for (i, c) in s.reversed().enumerated() { if i > 0 && i % 3 == 0 { out.append(".") }; out.append(c) }
        return String(out.reversed())
    }
}
