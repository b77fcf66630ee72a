import Foundation
import Yams

/// Reads one file of each kind into its model value, reporting problems.
struct DateiLeser {
    let ordner: URL
    var diagnosen: Diagnosen
    /// Known ids for reference checks at the exact line of each reference.
    var kategorien: [String: Kategorie] = [:]
    var kategorieReihenfolge: [String] = []
    var gemeindeIDs: [String] = []
    /// Ids that a Gemeinde folder with a name that is no id would have (`Kranzberg Süd`:
    /// `kranzberg-sued`, `kranzberg`): a reference to them is no error of its own (the folder's is).
    var ungelesen: Set<String> = []
    /// `gemeindegruppen` of region.yaml: group id → Gemeinde ids.
    var gruppen: [String: [String]] = [:]
    /// The day of the check (`--today`): what a missing or unreadable `geprueft` should say.
    var heute: Datum?

    // MARK: shared steps

    /// A YAML file whose top level is a mapping or a list.
    private func yaml(_ e: Ordnerplan.Eintrag) -> (Node, Quelldatei)? {
        guard let datei = Quelldatei.lies(url: e.url, pfad: e.pfad, diagnosen: diagnosen),
              let node = YAMLLeser.lies(datei.text, datei: datei, versatz: 0, diagnosen: diagnosen) else { return nil }
        return (node, datei)
    }

    /// A Markdown file: its front matter as fields and its body.
    private func markdown(_ e: Ordnerplan.Eintrag) -> (Felder, String)? {
        guard let datei = Quelldatei.lies(url: e.url, pfad: e.pfad, diagnosen: diagnosen),
              let fm = FrontMatter.zerlege(datei, diagnosen: diagnosen) else { return nil }
        guard let node = YAMLLeser.lies(fm.yaml, datei: datei, versatz: fm.versatz, diagnosen: diagnosen) else { return nil }
        guard case .mapping(let m) = node else {
            diagnosen.melde(Diagnose(.fehler, datei: e.pfad, zeile: 2, spalte: 1, code: "kopf-keine-angaben",
                meldung: "Zwischen den beiden `---` werden Angaben in der Form `schlüssel: wert` erwartet.",
                vorschlag: "z. B.\n---\ntitel: Nachbarschaftshilfe Zolling\n---", quelltext: datei.zeile(2)))
            return nil
        }
        Textpruefung.tabellen(fm.inhalt, ab: fm.inhaltAb, datei: datei, diagnosen: diagnosen)
        Textpruefung.stellen(fm.inhalt, ab: fm.inhaltAb, datei: datei, diagnosen: diagnosen)
        let f = Felder(m, datei: datei, versatz: fm.versatz, diagnosen: diagnosen, zeile: 1)
        f.wohin = "Im Kopf der Datei (zwischen den beiden `---`)"
        return (f, fm.inhalt)
    }

    private func quelle(_ e: Ordnerplan.Eintrag) -> Quelle { Quelle(datei: e.pfad, zeile: 1) }

    func adresse(_ f: Felder?, mitName: Bool = false) -> Adresse? {
        guard let f else { return nil }
        f.pruefeUnbekannte(mitName ? ["name", "strasse", "plz", "ort"] : ["strasse", "plz", "ort"])
        let plz = f.text("plz")
        if let plz, !Formate.istPLZ(plz) {
            f.fehler("plz", "ungueltige-plz", "„\(plz)“ ist keine gültige Postleitzahl (5 Ziffern).", vorschlag: "`plz: \"85391\"`")
        }
        return Adresse(name: mitName ? f.text("name") : nil, strasse: f.text("strasse"), plz: plz, ort: f.text("ort"))
    }

    /// A number or address written in typographic quotes (`„0123 456“`, as a word processor
    /// writes them): the quotes are not part of it.
    static func ohneAnfuehrungszeichen(_ s: String) -> String {
        let zeichen: Set<Character> = ["„", "“", "”", "‚", "‘", "’", "»", "«", "\""]
        guard let a = s.first, let e = s.last, s.count > 2, zeichen.contains(a), zeichen.contains(e) else { return s }
        return String(s.dropFirst().dropLast()).getrimmt(zeilen: false)
    }

    func kontakt(_ f: Felder) -> Kontakt {
        var k = Kontakt()
        for (roh, n) in f.eintraege("telefon") {
            let t = Self.ohneAnfuehrungszeichen(roh)
            if let ziffern = Formate.buchstabenInDerNummer(t) {
                f.fehler(an: n, "ungueltige-telefonnummer", "In der Telefonnummer „\(t)“ stehen Buchstaben statt Ziffern (ein kleines l oder großes O statt 1 oder 0?).",
                         vorschlag: "Nur Ziffern schreiben: `telefon: \"\(ziffern)\"`")
            } else if Formate.istTelefon(t) { k.telefon.append(t) } else {
                f.fehler(an: n, "ungueltige-telefonnummer", "„\(t)“ ist keine Telefonnummer, die man anrufen kann.",
                         vorschlag: "Mit Vorwahl und nur Ziffern, Leerzeichen, `-` oder `/` schreiben, z. B. `telefon: \"08166 1234-56\"`")
            }
        }
        _ = f.textListe("telefon") // reports wrong types
        for (schluessel, wofuer) in [("sms", "für SMS"), ("fax", "für Faxe")] {
            for (roh, n) in f.eintraege(schluessel) {
                let t = Self.ohneAnfuehrungszeichen(roh)
                if Formate.istTelefon(t) {
                    if schluessel == "sms" { k.sms.append(t) } else { k.fax.append(t) }
                } else {
                    f.fehler(an: n, "ungueltige-telefonnummer", "„\(t)“ ist keine Nummer \(wofuer).",
                             vorschlag: "Mit Vorwahl und nur Ziffern, Leerzeichen, `-` oder `/` schreiben, z. B. `\(schluessel): \"0170 1234567\"`")
                }
            }
            _ = f.textListe(schluessel)
        }
        if let e = f.text("email").map(Self.ohneAnfuehrungszeichen) {
            if Formate.istEmail(e) { k.email = e } else {
                let (grund, vorschlag) = Formate.emailKorrektur(e)
                f.fehler("email", "ungueltige-email", "„\(e)“ ist keine gültige E-Mail-Adresse." + (grund.isEmpty ? "" : " " + grund),
                         vorschlag: vorschlag.map { "`email: \($0)`" }
                            ?? "Die Adresse genau so abschreiben, wie der Träger sie angibt: Name@Anbieter.de.")
            }
        }
        if let w = f.text("web").map(Self.ohneAnfuehrungszeichen) {
            if let korrektur = Formate.webKorrektur(w) {
                if korrektur.nurAnfang, let v = korrektur.vorschlag {
                    // (only `https://` missing: linked so, with a warning)
                    k.web = v
                    f.fehler("web", "webadresse-ohne-https", "Der Webadresse „\(w)“ fehlt der Anfang `https://`; sie wird als „\(v)“ verlinkt.",
                             vorschlag: "`web: \(v)`", schwere: .warnung)
                } else {
                    f.fehler("web", "ungueltige-webadresse", "„\(w)“ ist keine gültige Webadresse. \(korrektur.grund)",
                             vorschlag: korrektur.vorschlag.map { "`web: \($0)`" }
                                ?? "Die Adresse so abschreiben, wie sie oben im Browser steht, mit `https://` am Anfang (oft steht statt eines Leerzeichens ein `-`).")
                }
            } else {
                k.web = w
            }
        }
        return k
    }

    func oeffnungszeiten(_ f: Felder) -> Oeffnungszeiten? {
        guard let s = f.text("oeffnungszeiten") else { return nil }
        var ergebnis = OeffnungszeitenParser.parse(s)
        // `oeffnungszeiten: "nach Vereinbarung"` in YAML loses its quotes: a comment alone is meant
        if case .failure = ergebnis, !s.contains(where: \.isNumber), !s.contains("\""),
           case .success(let o) = OeffnungszeitenParser.parse("\"\(s)\"") {
            ergebnis = .success(o)
            oeffnungszeitenNurText(s, f)
        }
        switch ergebnis {
        case .success(let o): return o
        case .failure(let fehler):
            let (z, sp) = f.wertPosition("oeffnungszeiten")
            let zeile = f.datei.zeile(z) ?? ""
            // point at the character inside the value where parsing stopped
            let wertStart = zeile.range(of: s).map { zeile.distance(from: zeile.startIndex, to: $0.lowerBound) + 1 } ?? sp
            diagnosen.melde(Diagnose(.fehler, datei: f.datei.pfad, zeile: z, spalte: wertStart + fehler.spalte,
                code: "oeffnungszeiten", meldung: "Öffnungszeiten „\(s)“ nicht verständlich: \(fehler.meldung)",
                vorschlag: zeileMitSchluessel(fehler.vorschlag), quelltext: zeile))
            return nil
        }
    }

    /// "Schreiben Sie: Mo-Fr 08:00-12:00" as the whole line to write, so that nobody puts the
    /// quotes of a comment inside quotes of YAML: `oeffnungszeiten: Mo-Fr 08:00-12:00 "Telefon"`.
    private func zeileMitSchluessel(_ vorschlag: String?) -> String? {
        let anfang = "Schreiben Sie: "
        guard let v = vorschlag, v.hasPrefix(anfang) else { return vorschlag }
        return anfang + "`oeffnungszeiten: " + v.dropFirst(anfang.count) + "`"
    }

    // MARK: region.yaml

    func region(_ e: Ordnerplan.Eintrag) -> Region? {
        guard let (node, datei) = yaml(e) else { return nil }
        guard case .mapping(let m) = node else {
            diagnosen.melde(Diagnose(.fehler, datei: e.pfad, zeile: 1, spalte: 1, code: "falscher-typ",
                meldung: "`region.yaml` muss Angaben der Form `schlüssel: wert` enthalten.", vorschlag: "z. B. `titel: Seniorenwegweiser …`"))
            return nil
        }
        let f = Felder(m, datei: datei, versatz: 0, diagnosen: diagnosen, zeile: 1)
        f.pruefeUnbekannte(["titel", "region", "beschreibung", "basis_url", "sprache", "zeitzone", "herausgeber",
                            "grundversorgung", "pruefintervall_monate", "gemeindegruppen"])
        let titel = f.text("titel", pflicht: true, beispiel: "Seniorenwegweiser Kulturraum Ampertal")
        let name = f.text("region", pflicht: true, beispiel: "Kulturraum Ampertal")
        let beschreibung = f.text("beschreibung", pflicht: true, beispiel: "Hilfen und Angebote für ältere Menschen in …")
        var basis = f.text("basis_url")
        if let b = basis, !Formate.istWeb(b) {
            f.fehler("basis_url", "ungueltige-webadresse", "„\(b)“ ist keine vollständige Webadresse.", vorschlag: "`basis_url: https://www.beispiel.de/wegweiser/`")
            basis = nil
        }
        if let b = basis, !b.hasSuffix("/") { basis = b + "/" }
        var sprache = Sprache.de
        if let s = f.text("sprache") {
            if let sp = Sprache(rawValue: s.lowercased()) { sprache = sp } else {
                f.fehler("sprache", "unbekannte-sprache", "Die Sprache „\(s)“ wird nicht unterstützt.", vorschlag: "`sprache: de` oder `sprache: en`")
            }
        }
        let zeitzone = f.text("zeitzone") ?? "Europe/Berlin"
        if TimeZone(identifier: zeitzone) == nil {
            f.fehler("zeitzone", "unbekannte-zeitzone", "Die Zeitzone „\(zeitzone)“ ist unbekannt.", vorschlag: "`zeitzone: Europe/Berlin`")
        }
        var herausgeber: Herausgeber?
        if let h = f.gruppe("herausgeber", pflicht: true, beispiel: "\n  name: Gemeinde …\n  email: info@beispiel.de") {
            h.pruefeUnbekannte(["name", "adresse", "email", "telefon"])
            let k = kontakt(h)
            // (every missing value at once: a new region.yaml leaves several empty)
            let n = h.text("name", pflicht: true, beispiel: "Arbeitskreis Soziales")
            if !h.hat("email") {
                h.fehler(h.werte["email"] == nil ? nil : "email", "pflichtfeld-fehlt", "Beim Herausgeber fehlt `email`.",
                         vorschlag: "`email: info@beispiel.de`", amWert: false)
            }
            let anschrift = adresse(h.gruppe("adresse"))
            if let n { herausgeber = Herausgeber(name: n, adresse: anschrift, email: k.email, telefon: k.telefon.first) }
        }
        let grund = f.textListe("grundversorgung")
        var intervall = 12
        if f.hat("pruefintervall_monate") {
            if let n = f.ganzzahl("pruefintervall_monate"), n > 0 { intervall = n }
        }
        let gruppen = gemeindegruppen(f)
        guard let titel, let name, let beschreibung, let herausgeber else { return nil }
        return Region(titel: titel, region: name, beschreibung: beschreibung, basisURL: basis, sprache: sprache,
                      zeitzone: zeitzone, herausgeber: herausgeber, grundversorgung: grund, pruefintervallMonate: intervall,
                      gemeindegruppen: gruppen)
    }

    /// `gemeindegruppen:` with a line per group, `samtgemeinde-geestrand: [ahlerstedt, bargstedt]`:
    /// every member must be a Gemeinde, no group may have a Gemeinde's id.
    private func gemeindegruppen(_ f: Felder) -> [String: [String]] {
        guard let g = f.gruppe("gemeindegruppen") else { return [:] }
        var aus: [String: [String]] = [:]
        for id in g.werte.keys.sorted() {
            if gemeindeIDs.contains(id) {
                g.fehler(id, "gruppe-wie-gemeinde", "Die Gruppe „\(id)“ heißt wie eine Gemeinde.",
                         vorschlag: "Der Gruppe eine eigene Kennung geben, z. B. `samtgemeinde-\(id)`.", amWert: false)
                continue
            }
            var mitglieder: [String] = []
            for (m, n) in g.eintraege(id) {
                let kennung = gemeindeIDs.contains(m) ? m : Id.vorschlag(m)
                if gemeindeIDs.contains(kennung) { mitglieder.append(kennung); continue }
                if ungelesen.contains(kennung) { continue }
                let v = Vorschlag.naechster(zu: kennung, aus: gemeindeIDs)
                g.fehler(an: n, "unbekannte-gemeinde", "In der Gruppe „\(id)“ steht „\(m)“, eine solche Gemeinde gibt es nicht."
                         + (v.map { " Meinten Sie `\($0)`?" } ?? ""),
                         vorschlag: v.map { "`\($0)` schreiben." } ?? "Bekannte Gemeinden: \(gemeindeIDs.joined(separator: ", ")).")
            }
            _ = g.textListe(id)
            if !mitglieder.isEmpty { aus[id] = mitglieder }
        }
        return aus
    }

    // MARK: kategorien.yaml

    func kategorienLesen(_ e: Ordnerplan.Eintrag) -> [Kategorie] {
        guard let (node, datei) = yaml(e) else { return [] }
        guard case .sequence(let seq) = node else {
            diagnosen.melde(Diagnose(.fehler, datei: e.pfad, zeile: 1, spalte: 1, code: "falscher-typ",
                meldung: "`kategorien.yaml` muss eine Liste sein: jede Kategorie beginnt mit `- id: …`.",
                vorschlag: "- id: nachbarschaftshilfe\n  name: Nachbarschaftshilfe\n  beschreibung: …", quelltext: datei.zeile(1)))
            return []
        }
        var out: [Kategorie] = []
        for n in seq {
            guard case .mapping(let m) = n else {
                let z = (n.mark?.line ?? 1)
                diagnosen.melde(Diagnose(.fehler, datei: e.pfad, zeile: z, spalte: n.mark?.column ?? 1, code: "falscher-typ",
                    meldung: "Jede Kategorie braucht eigene Angaben (`id:`, `name:`, `beschreibung:`).", quelltext: datei.zeile(z)))
                continue
            }
            let f = Felder(m, datei: datei, versatz: 0, diagnosen: diagnosen)
            f.pruefeUnbekannte(["id", "name", "beschreibung", "suchbegriffe", "pflichtfelder"])
            var id = f.text("id", pflicht: true, beispiel: "nachbarschaftshilfe")
            let name = f.text("name", pflicht: true, beispiel: "Nachbarschaftshilfe")
            let beschreibung = f.text("beschreibung", pflicht: true, beispiel: "Ehrenamtliche helfen im Alltag.")
            if let roh = id, !Id.istGueltig(roh) {
                f.fehler("id", "ungueltige-id", "Die Kategorie-Kennung „\(roh)“ ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und Bindestriche.",
                         vorschlag: "`id: \(Id.vorschlag(roh))`")
                // (read as the id it should be: the entries that name it so get no errors of their own;
                // the error above keeps the site from being built)
                id = Id.vorschlag(roh)
                if id?.isEmpty != false || !Id.istGueltig(id!) { continue }
            }
            let pflicht = f.textListe("pflichtfelder").map(Felder.normalisiere)
            for (p, pn) in f.eintraege("pflichtfelder") where !DateiLeser.angebotSchluessel.contains(Felder.normalisiere(p)) {
                f.fehler(an: pn, "unbekanntes-pflichtfeld", "„\(p)“ ist keine Angabe, die ein Angebot haben kann.",
                         vorschlag: Vorschlag.naechster(zu: p, aus: DateiLeser.angebotSchluessel).map { "`\($0)`" })
            }
            guard let id, let name, let beschreibung else { continue }
            out.append(Kategorie(id: id, name: name, beschreibung: beschreibung, suchbegriffe: f.textListe("suchbegriffe"),
                                 pflichtfelder: pflicht, quelle: Quelle(datei: e.pfad, zeile: f.zeile)))
        }
        return out
    }

    // MARK: gemeinden/<g>/index.md

    func gemeinde(_ e: Ordnerplan.Eintrag) -> Gemeinde? {
        guard let (f, body) = markdown(e) else { return nil }
        f.pruefeUnbekannte(["name", "landkreis", "plz", "einwohner", "ansprechpartner"])
        let name = f.text("name", pflicht: true, beispiel: "Haag a.d. Amper")
        var plz: [String] = []
        for (p, n) in f.eintraege("plz") {
            if Formate.istPLZ(p) { plz.append(p) } else {
                f.fehler(an: n, "ungueltige-plz", "„\(p)“ ist keine gültige Postleitzahl (5 Ziffern).", vorschlag: "`plz: [\"85410\"]`")
            }
        }
        let personen = f.gruppen("ansprechpartner").compactMap { a -> Ansprechpartner? in
            a.pruefeUnbekannte(["name", "rolle", "telefon", "email"])
            guard let n = a.text("name", pflicht: true, beispiel: "Maria Muster") else { return nil }
            return Ansprechpartner(name: n, rolle: a.text("rolle"), kontakt: kontakt(a))
        }
        guard let name else { return nil }
        return Gemeinde(id: e.id, name: name, landkreis: f.text("landkreis"), plz: plz, einwohner: f.ganzzahl("einwohner"),
                        ansprechpartner: personen, inhalt: body, quelle: quelle(e))
    }

    // MARK: angebote

    static let angebotSchluessel = ["titel", "kategorien", "traeger", "kurzbeschreibung", "adresse", "telefon", "email", "web", "sms", "fax",
                                    "oeffnungszeiten", "einzugsgebiet", "kosten", "barrierefrei", "zielgruppen", "stichworte",
                                    "telefonisch", "geprueft"]

    func angebot(_ e: Ordnerplan.Eintrag) -> Angebot? {
        guard let (f, body) = markdown(e), !gehoertInAnderenOrdner(f, e, alsTermin: false) else { return nil }
        // `strasse:`, `plz:`, `ort:` not indented below an empty `adresse:`: said as that, not as
        // unknown keys and a missing address
        let adresseLeer = f.werte["adresse"].map { Felder.skalar($0.wert) == nil && $0.wert.scalar != nil } ?? true
        let lose = adresseLeer ? ["strasse", "plz", "ort"].filter { f.werte[$0] != nil } : []
        f.pruefeUnbekannte(DateiLeser.angebotSchluessel + lose)
        if let erste = lose.first {
            f.fehler(erste, "adresse-nicht-eingerueckt",
                     "\(lose.map { "`\($0):`" }.joined(separator: ", ")) \(lose.count == 1 ? "gehört" : "gehören") zur Adresse und \(lose.count == 1 ? "muss" : "müssen") eingerückt unter einer Zeile `adresse:` stehen.",
                     vorschlag: "So schreiben (zwei Leerzeichen vor jeder Zeile der Adresse):\nadresse:\n" + lose.map { key in
                        let wert = f.werte[key].flatMap { Felder.skalar($0.wert) } ?? "…"
                        return "  \(key): " + (key == "plz" && wert != "…" ? "\"\(wert)\"" : wert)
                     }.joined(separator: "\n"),
                     amWert: false)
        }
        let titel = f.text("titel", pflicht: true, beispiel: "Nachbarschaftshilfe Zolling")
        f.pruefeTitellaenge(titel)
        let kategorien = f.textListe("kategorien", pflicht: true, beispiel: "[nachbarschaftshilfe]")
        let traeger = f.text("traeger", pflicht: true, beispiel: "Nachbarschaftshilfe Zolling e.V.")
        let kurz = f.text("kurzbeschreibung", pflicht: true, beispiel: "Ehrenamtliche helfen beim Einkaufen und bei Fahrten zum Arzt.")
        if let k = kurz, k.count > 300 {
            f.fehler("kurzbeschreibung", "zu-lang", "Die Kurzbeschreibung hat \(k.count) Zeichen; vorgesehen sind höchstens 300.",
                     vorschlag: "Kürzen und Einzelheiten unter den Kopfbereich in den Beschreibungstext schreiben.", schwere: .warnung)
        }
        let telefonisch = f.janein("telefonisch") ?? false
        let adr = adresse(f.gruppe("adresse", pflicht: !telefonisch && lose.isEmpty,
                                   beispiel: "\n  strasse: Hauptstraße 1\n  plz: \"85406\"\n  ort: Zolling\n(Ein reines Telefonangebot ohne Adresse schreibt statt dessen `telefonisch: ja`.)"))
        if let a = adr, !telefonisch {
            for key in ["strasse", "plz", "ort"] where (key == "strasse" ? a.strasse : key == "plz" ? a.plz : a.ort) == nil {
                f.fehler("adresse", "adresse-unvollstaendig", "In der Adresse fehlt `\(key)`; so ist der Ort schwer zu finden.",
                         vorschlag: "`  \(key): …` unter `adresse:` ergänzen.", amWert: false, schwere: .warnung)
            }
        }
        let k = kontakt(f)
        if !["telefon", "email", "web", "sms", "fax"].contains(where: f.hat),
           !["telefon", "email", "web"].contains(where: { f.fehltVerschrieben($0, sonst: "Sonst fehlt eine Möglichkeit, das Angebot zu erreichen.") }) {
            f.fehler(nil, "kontakt-fehlt", "Es fehlt eine Möglichkeit, das Angebot zu erreichen: mindestens `telefon`, `email` oder `web` angeben.",
                     vorschlag: "Im Kopfbereich (zwischen den beiden `---`) eine Zeile ergänzen, z. B. `telefon: \"08166 1234-56\"`")
        }
        let geprueft = f.datum("geprueft", pflicht: true, beispiel: heute?.description ?? "2026-03-15")
        var barrierefrei: Barrierefreiheit?
        if let b = f.text("barrierefrei") {
            switch b.lowercased() {
            case "yes", "true", "wahr": barrierefrei = .ja
            case "no", "false", "falsch": barrierefrei = .nein
            case "teils", "eingeschraenkt", "eingeschränkt", "partial", "partly": barrierefrei = .teilweise
            default: barrierefrei = Barrierefreiheit(rawValue: b.lowercased())
            }
            if barrierefrei == nil {
                // (`Ja, mit Rampe`: ja, and the ramp in the text)
                let anfang = b.lowercased().prefix { $0.isLetter }
                let wert = ["ja", "nein"].contains(String(anfang)) ? String(anfang) : "teilweise"
                f.fehler("barrierefrei", "ungueltiger-wert", "Bei `barrierefrei` bitte `ja`, `nein` oder `teilweise` schreiben, nicht „\(b)“.",
                         vorschlag: "`barrierefrei: \(wert)`; Einzelheiten (eine Rampe, ein Aufzug) in den Text unter der Angabenliste.")
            }
        }
        let gebiet = einzugsgebiet(f, standard: e.gemeinde)
        pruefeKategorien(f)
        pruefeEinzugsgebiet(f, gebiet)
        for kat in kategorien {
            for p in self.kategorien[kat]?.pflichtfelder ?? [] where !f.hat(p) {
                f.fehler(nil, "pflichtfeld-der-kategorie",
                         "Angebote der Kategorie „\(self.kategorien[kat]?.name ?? kat)“ brauchen die Angabe `\(p)`.",
                         vorschlag: "Eine Zeile `\(p): …` ergänzen.")
            }
        }
        // (read before a missing required field ends the entry, so that every problem of the file is said at once)
        let zeiten = oeffnungszeiten(f), kosten = f.text("kosten")
        let zielgruppen = f.textListe("zielgruppen"), stichworte = f.textListe("stichworte")
        guard let titel, let traeger, let kurz, !kategorien.isEmpty else { return nil }
        return Angebot(id: e.id, gemeinde: e.gemeinde, titel: titel, kategorien: kategorien, traeger: traeger,
                       kurzbeschreibung: kurz, adresse: adr, kontakt: k, oeffnungszeiten: zeiten,
                       einzugsgebiet: gebiet, kosten: kosten, barrierefrei: barrierefrei,
                       zielgruppen: zielgruppen, stichworte: stichworte,
                       telefonisch: telefonisch, geprueft: geprueft, inhalt: body,
                       schluessel: Set(f.schluessel.filter { f.hat($0) }), quelle: quelle(e))
    }

    private func pruefeEinzugsgebiet(_ f: Felder, _ gebiet: Einzugsgebiet) {
        guard case .gemeinden = gebiet else { return }
        for (g, n) in f.eintraege("einzugsgebiet") where !gemeindeIDs.contains(g) && !gemeindeIDs.contains(Id.vorschlag(g)) && gruppe(g) == nil
                                                      && !ungelesen.contains(Id.vorschlag(g)) {
            if g.lowercased() == "alle" {
                f.fehler(an: n, "alle-in-liste", "`alle` kann nicht mit einzelnen Gemeinden gemischt werden.",
                         vorschlag: "Entweder `einzugsgebiet: alle` oder eine Liste von Gemeinden.")
                continue
            }
            let v = Vorschlag.naechster(zu: Id.vorschlag(g), aus: gemeindeIDs)
            f.fehler(an: n, "unbekannte-gemeinde", "Im Einzugsgebiet steht „\(g)“, eine solche Gemeinde gibt es nicht."
                     + (v.map { " Meinten Sie `\($0)`?" } ?? ""),
                     vorschlag: v.map { "`\($0)` schreiben." } ?? "Bekannte Gemeinden: \(gemeindeIDs.joined(separator: ", ")).")
        }
    }

    private func einzugsgebiet(_ f: Felder, standard: String?) -> Einzugsgebiet {
        let liste = f.textListe("einzugsgebiet")
        if liste.isEmpty { return standard.map { .gemeinden([$0]) } ?? .alle }
        if liste.count == 1, liste[0].lowercased() == "alle" { return .alle }
        // a Gemeinde's name for its id (`Bad Ellenau` for `bad-ellenau`: an extension of the format)
        // a group of region.yaml stands for its Gemeinden (`samtgemeinde-geestrand`)
        var ids: [String] = []
        for g in liste {
            let eins = gemeindeIDs.contains(g) || !gemeindeIDs.contains(Id.vorschlag(g)) ? g : Id.vorschlag(g)
            for id in gemeindeIDs.contains(eins) ? [eins] : (gruppe(g) ?? [eins]) where !ids.contains(id) { ids.append(id) }
        }
        return .gemeinden(ids)
    }

    /// The members of the group `name` names (its id, or its name written out), or nil.
    private func gruppe(_ name: String) -> [String]? {
        gruppen[name] ?? gruppen[Id.vorschlag(name)]
    }

    private func pruefeKategorien(_ f: Felder) {
        for (k, n) in f.eintraege("kategorien") where kategorien[k] == nil {
            let v = kategorie(genannt: k) ?? Vorschlag.naechster(zu: Id.vorschlag(k), aus: kategorieReihenfolge)
            f.fehler(an: n, "unbekannte-kategorie", "Die Kategorie „\(k)“ gibt es nicht in `kategorien.yaml`."
                     + (v.map { " Meinten Sie `\($0)`?" } ?? ""),
                     vorschlag: v.map { "`\($0)` schreiben." } ?? (kategorieReihenfolge.isEmpty
                        ? "Zuerst `kategorien.yaml` in Ordnung bringen: Von dort ist keine Kategorie gelesen worden."
                        : "Bekannte Kategorien: \(kategorieReihenfolge.joined(separator: ", "))."))
        }
    }

    /// The category whose name or search word is written instead of its id (`Fahr- und Begleitdienste`,
    /// `Mittagstisch`): what a volunteer reads on the site.
    private func kategorie(genannt k: String) -> String? {
        let wort = Id.vorschlag(k)
        return kategorieReihenfolge.first { Id.vorschlag(kategorien[$0]?.name ?? "") == wort }
            ?? kategorieReihenfolge.first { kategorien[$0]?.suchbegriffe.contains { Id.vorschlag($0) == wort } == true }
    }

    // MARK: termine

    func termin(_ e: Ordnerplan.Eintrag) -> Termin? {
        guard let (f, body) = markdown(e), !gehoertInAnderenOrdner(f, e, alsTermin: true) else { return nil }
        f.pruefeUnbekannte(["titel", "beginn", "ende", "ort", "veranstalter", "kurzbeschreibung", "kategorien", "anmeldung",
                            "kosten", "telefon", "email", "web", "sms", "fax", "wiederholung", "bis", "einzugsgebiet"]
                           + Self.entfaelltSchluessel)
        let titel = f.text("titel", pflicht: true, beispiel: "Seniorennachmittag")
        f.pruefeTitellaenge(titel)
        let beginn = f.zeitpunkt("beginn", pflicht: true)
        let ende = f.zeitpunkt("ende", tag: beginn?.datum)
        if let b = beginn, let en = ende, !(b < en) {
            f.fehler("ende", "ende-vor-beginn", "Das Ende (\(en)) liegt nicht nach dem Beginn (\(b)).",
                     vorschlag: "`ende: \"\(Zeitpunkt(datum: b.datum, minuten: min(b.minuten + 120, 23 * 60 + 59)))\"`")
        }
        var ort: Adresse?
        if let w = f.werte["ort"]?.wert, case .scalar = w, let name = Felder.skalar(w) {
            ort = Adresse(name: name)
        } else {
            ort = adresse(f.gruppe("ort", pflicht: true, beispiel: "\n  name: Pfarrheim St. Martin\n  strasse: Kirchplatz 1\n  plz: \"85391\"\n  ort: Allershausen"), mitName: true)
            if let o = ort, o.name == nil, o.strasse == nil {
                f.fehler("ort", "pflichtfeld-fehlt", "Beim Ort fehlt `name` oder `strasse`.", vorschlag: "`  name: Pfarrheim St. Georg`", amWert: false)
            }
        }
        let veranstalter = f.text("veranstalter", pflicht: true, beispiel: "Seniorenbeirat Zolling")
        let kurz = f.text("kurzbeschreibung", pflicht: true, beispiel: "Kaffee, Kuchen und ein Vortrag.")
        if let k = kurz, k.count > 300 {
            f.fehler("kurzbeschreibung", "zu-lang", "Die Kurzbeschreibung hat \(k.count) Zeichen; vorgesehen sind höchstens 300.",
                     vorschlag: "Kürzen und Einzelheiten in den Beschreibungstext schreiben.", schwere: .warnung)
        }
        var wiederholung: Wiederholung?
        if let w = f.text("wiederholung") {
            let n = Felder.normalisiere(w).replacingOccurrences(of: "_", with: "-")
            wiederholung = Wiederholung(rawValue: n) ?? Self.wiederholungAusText(n)
            if wiederholung == nil {
                f.fehler("wiederholung", "ungueltiger-wert", "„\(w)“ ist keine bekannte Wiederholung.",
                         vorschlag: "`woechentlich`, `14-taeglich` oder `monatlich` schreiben.")
            }
        }
        let bis = f.datum("bis")
        if wiederholung != nil, bis == nil, !f.hat("bis") {
            f.fehler("wiederholung", "bis-fehlt", "Ein wiederkehrender Termin braucht ein Enddatum der Reihe (`bis`).",
                     vorschlag: "`bis: \(beginn.map { Datum(jahr: $0.datum.jahr, monat: 12, tag: 31)?.description ?? "" } ?? "2026-12-31")`", amWert: false)
        }
        if let b = beginn, let bis, bis < b.datum {
            f.fehler("bis", "bis-vor-beginn", "`bis` (\(bis)) liegt vor dem Beginn (\(b.datum)).", vorschlag: "Ein Datum nach dem Beginn angeben.")
        }
        // (after a misspelt `wiederholung` its own message says what to write)
        if bis != nil, wiederholung == nil, !f.hat("wiederholung") {
            f.fehler("bis", "bis-ohne-wiederholung", "`bis` hat nur mit `wiederholung` eine Wirkung.",
                     vorschlag: "`wiederholung: monatlich` ergänzen oder `bis` löschen.", amWert: false, schwere: .warnung)
        }
        let k = kontakt(f)
        let kategorien = f.textListe("kategorien")
        pruefeKategorien(f)
        // (an extension of the format: an event for several Gemeinden, as a service's)
        let gebiet: Einzugsgebiet? = f.hat("einzugsgebiet") ? einzugsgebiet(f, standard: e.gemeinde) : nil
        if let gebiet { pruefeEinzugsgebiet(f, gebiet) }
        let anmeldung = f.text("anmeldung"), kosten = f.text("kosten")
        let ausfaelle = entfaellt(f)
        guard let titel, let beginn, let ort, let veranstalter, let kurz else { return nil }
        var t = Termin(id: e.id, gemeinde: e.gemeinde, titel: titel, beginn: beginn, ende: ende, ort: ort,
                       veranstalter: veranstalter, kurzbeschreibung: kurz, kategorien: kategorien,
                       anmeldung: anmeldung, kosten: kosten, kontakt: k,
                       wiederholung: wiederholung, bis: bis, inhalt: body, quelle: quelle(e), einzugsgebiet: gebiet)
        t.entfaellt = ausfaelle.map(\.0)
        // (a series whose repetition or end is unreadable has its own message: its dates are not known)
        if (wiederholung != nil || !f.hat("wiederholung")) && (bis != nil || !f.hat("bis")) && !(wiederholung != nil && bis == nil) {
            pruefeAusfaelle(f, t, ausfaelle)
        }
        return t
    }

    // MARK: seiten

    func seite(_ e: Ordnerplan.Eintrag) -> Seite? {
        guard let (f, body) = markdown(e) else { return nil }
        f.pruefeUnbekannte(["titel"])
        guard let titel = f.text("titel", pflicht: true, beispiel: "Impressum") else { return nil }
        return Seite(id: e.id, titel: titel, inhalt: body, quelle: quelle(e))
    }
}


extension DateiLeser {
    /// A `wiederholung` as volunteers write it besides the format's words: `14-tägig`, `alle 14 Tage`,
    /// `zweiwöchentlich`, `alle zwei Wochen`, `jede Woche`, `jeden Monat` (normalised: `ä` as `ae`).
    static func wiederholungAusText(_ n: String) -> Wiederholung? {
        let k = n.filter { $0 != "-" && $0 != " " && $0 != "." }
        switch k {
        case "woechentlich", "jedewoche", "einmalprowoche", "wochentlich": return .woechentlich
        case "14taeglich", "14taegig", "14taegl", "vierzehntaeglich", "vierzehntaegig", "zweiwoechentlich",
             "alle14tage", "allezweiwochen", "alle2wochen", "jedezweitewoche": return .vierzehntaeglich
        case "monatlich", "jedenmonat", "einmalimmonat", "einmalpromonat": return .monatlich
        default: return nil
        }
    }
}
