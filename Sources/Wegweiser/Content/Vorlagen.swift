import Foundation

/// Templates for new content files (`wegweiser new`): every required key, each with a German
/// comment that says what to write and gives an example.
///
/// A value a volunteer still has to write is left empty (`traeger:`): the file is valid YAML as
/// generated, and until it is filled in `wegweiser check` reports exactly that line, so a
/// forgotten placeholder can never be published.
public enum Vorlagen {
    public enum Art: String, Sendable, CaseIterable {
        case angebot, termin, gemeinde
    }

    /// What to create.
    public struct Auftrag: Sendable {
        public var art: Art
        /// The title (for a Gemeinde: its name). The file name is made from it.
        public var titel: String
        /// The Gemeinde the service or event belongs to; nil for `region/`. Id or name.
        public var gemeinde: String?
        /// Category ids or names.
        public var kategorien: [String]

        public init(art: Art, titel: String, gemeinde: String? = nil, kategorien: [String] = []) {
            self.art = art; self.titel = titel; self.gemeinde = gemeinde; self.kategorien = kategorien
        }
    }

    /// A file that was written.
    public struct Ergebnis: Sendable {
        /// Relative to the content folder, with `/` separators.
        public let pfad: String
        public let url: URL
        /// Things worth saying that are not errors (a similar Gemeinde already exists, …).
        public let hinweise: [String]
    }

    /// Why nothing was written. The description is a German sentence for a volunteer, one line
    /// per problem when there are several (a wrong title, `--gemeinde` and `--kategorie` at once).
    public struct Fehler: Error, CustomStringConvertible, Sendable {
        public enum Art: Sendable { case gibtEsSchon, unbekannteGemeinde, unbekannteKategorie, ungueltigerTitel, schreiben }
        /// The first problem's.
        public let art: Art
        public let description: String

        /// All of them in one, in order; nil when there are none.
        static func zusammen(_ alle: [Fehler]) -> Fehler? {
            guard let erster = alle.first else { return nil }
            return Fehler(art: erster.art, description: alle.map(\.description).joined(separator: "\n"))
        }
    }

    /// The file name (without `.md`) made from a title: lowercase, `ä`→`ae`, `ö`→`oe`, `ü`→`ue`,
    /// `ß`→`ss`, every other character → `-`. `Essen auf Rädern` → `essen-auf-raedern`.
    public static func kennung(fuer titel: String) -> String { Id.vorschlag(titel) }

    /// Whether a text is a valid identifier (file or folder name).
    public static func istGueltigeKennung(_ s: String) -> Bool { Id.istGueltig(s) }

    /// Where the file for `art` goes, relative to the content folder.
    public static func pfad(_ art: Art, kennung: String, gemeinde: String?) -> String {
        switch art {
        case .gemeinde: return "gemeinden/\(kennung)/index.md"
        case .angebot, .termin:
            let ordner = art == .angebot ? "angebote" : "termine"
            return gemeinde.map { "gemeinden/\($0)/\(ordner)/\(kennung).md" } ?? "region/\(ordner)/\(kennung).md"
        }
    }

    // MARK: writing a new file

    /// Checks the request against the content folder and writes the new file. Never overwrites.
    /// Throws `InhaltsordnerFehler` when the folder does not exist, `Vorlagen.Fehler` otherwise.
    public static func lege(_ auftrag: Auftrag, inhalt ordner: URL, heute: Datum) throws -> Ergebnis {
        var istOrdner: ObjCBool = false
        guard FileManager.default.fileExists(atPath: ordner.path, isDirectory: &istOrdner), istOrdner.boolValue else {
            throw InhaltsordnerFehler(description: "Der Inhaltsordner „\(ordner.path)“ existiert nicht oder ist kein Ordner. "
                                      + "Eine neue Region legt `wegweiser new region \"Name der Region\" --content \(ordner.lastPathComponent)` an.")
        }
        // (every wrong argument at once: a volunteer should not have to try again for each)
        var falsch: [Fehler] = []
        let titel = auftrag.titel.getrimmt(zeilen: false)
        if titel.isEmpty || !titel.contains(where: \.isLetter) {
            falsch.append(Fehler(art: .ungueltigerTitel, description: "Der \(auftrag.art == .gemeinde ? "Name" : "Titel") „\(auftrag.titel)“ enthält keine Buchstaben; daraus lässt sich kein Dateiname machen."))
        } else if titel.contains(where: \.isNewline) {
            falsch.append(Fehler(art: .ungueltigerTitel, description: "Der \(auftrag.art == .gemeinde ? "Name" : "Titel") darf nur eine Zeile lang sein."))
        }
        let bestand = Bestand(ordner: ordner)
        let kennung = kennung(fuer: titel)
        var hinweise: [String] = []

        var gemeinde: String?
        if auftrag.art != .gemeinde, let g = auftrag.gemeinde {
            do { gemeinde = try bestand.gemeinde(g) } catch let f as Fehler { falsch.append(f) }
        }
        var kategorien: [String] = []
        for k in auftrag.kategorien {
            do {
                let id = try bestand.kategorie(k)
                if !kategorien.contains(id) { kategorien.append(id) }
            } catch let f as Fehler { falsch.append(f) }
        }
        if let f = Fehler.zusammen(falsch) { throw f }

        let pfad = pfad(auftrag.art, kennung: kennung, gemeinde: gemeinde)
        let url = ordner.appendingPathComponent(pfad)
        let text: String
        switch auftrag.art {
        case .angebot, .termin:
            let vorhanden = auftrag.art == .angebot ? bestand.plan.angebote : bestand.plan.termine
            let wort = auftrag.art == .angebot ? "Ein Angebot" : "Einen Termin"
            if FileManager.default.fileExists(atPath: url.path) {
                throw Fehler(art: .gibtEsSchon, description: "Die Datei `\(pfad)` gibt es schon; sie wird nicht überschrieben. "
                             + andererTitel(titel, auftrag, gemeinde: gemeinde, bestand: bestand, belegt: Set(vorhanden.map(\.id))))
            }
            if let e = vorhanden.first(where: { $0.id == kennung }) {
                throw Fehler(art: .gibtEsSchon, description: "\(wort) mit dem Dateinamen „\(kennung).md“ gibt es schon: `\(e.pfad)`. Jeder Dateiname darf in der ganzen Region nur einmal vorkommen. "
                             + andererTitel(titel, auftrag, gemeinde: gemeinde, bestand: bestand, belegt: Set(vorhanden.map(\.id))))
            }
            let kats = kategorien.map { k in bestand.kategorien.first { $0.id == k }.map { ($0.id, $0.name, $0.pflichtfelder) } ?? (k, k, []) }
            text = auftrag.art == .angebot
                ? angebot(titel: titel, kategorien: kats, gemeinde: gemeinde.map { (id: $0, name: bestand.name(gemeinde: $0)) },
                          alleKategorien: bestand.kategorien.map(\.id), alleGemeinden: bestand.plan.gemeinden.map(\.id), heute: heute)
                : termin(titel: titel, kategorien: kategorien, alleKategorien: bestand.kategorien.map(\.id), heute: heute)
        case .gemeinde:
            if FileManager.default.fileExists(atPath: url.path) {
                throw Fehler(art: .gibtEsSchon, description: "Die Gemeinde gibt es schon: `\(pfad)`; die Datei wird nicht überschrieben. Um sie zu ändern, öffnen Sie diese Datei.")
            }
            if let e = bestand.plan.gemeinden.first(where: { bestand.name(gemeinde: $0.id).lowercased() == titel.lowercased() }) {
                throw Fehler(art: .gibtEsSchon, description: "Eine Gemeinde mit dem Namen „\(titel)“ gibt es schon: `\(e.pfad)`. Um sie zu ändern, öffnen Sie diese Datei.")
            }
            if let aehnlich = naechste(kennung, aus: bestand.plan.gemeinden.map(\.id)).first {
                hinweise.append("Es gibt schon die Gemeinde `\(aehnlich)` („\(bestand.name(gemeinde: aehnlich))“). Falls das dieselbe ist, löschen Sie die neue Datei wieder.")
            }
            let name = Self.grossgeschrieben(titel)
            if name != titel { hinweise.append("Der Name steht in der Datei als „\(name)“; bitte prüfen.") }
            text = gemeindeText(name: name)
        }

        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Fehler(art: .schreiben, description: "Der Ordner `\((pfad as NSString).deletingLastPathComponent)` kann nicht angelegt werden: \(error.localizedDescription)")
        }
        try schreibeNeu(text, nach: url, pfad: pfad)
        return Ergebnis(pfad: pfad, url: url, hinweise: hinweise)
    }

    /// Creates the file only if it does not exist (`O_EXCL`): two volunteers at once cannot overwrite each other.
    private static func schreibeNeu(_ text: String, nach url: URL, pfad: String) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST {
                throw Fehler(art: .gibtEsSchon, description: "Die Datei `\(pfad)` gibt es schon; sie wird nicht überschrieben. Bitte einen anderen Titel wählen.")
            }
            throw Fehler(art: .schreiben, description: "Die Datei `\(pfad)` kann nicht geschrieben werden: \(String(cString: strerror(errno))).")
        }
        let h = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try h.write(contentsOf: Data(text.utf8))
            try h.close()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw Fehler(art: .schreiben, description: "Die Datei `\(pfad)` kann nicht geschrieben werden: \(error.localizedDescription)")
        }
    }

    /// „Bitte einen anderen Titel wählen, z. B. …“ with a title whose file name is free.
    private static func andererTitel(_ titel: String, _ auftrag: Auftrag, gemeinde: String?, bestand: Bestand, belegt: Set<String>) -> String {
        var kandidaten: [String] = []
        if let g = gemeinde {
            let name = bestand.name(gemeinde: g)
            if !titel.lowercased().contains(name.lowercased()) { kandidaten.append("\(titel) \(name)") }
        }
        kandidaten += (2...99).map { "\(titel) \($0)" }
        let frei = kandidaten.first { k in
            let id = kennung(fuer: k)
            return !belegt.contains(id) && !FileManager.default.fileExists(atPath: bestand.ordner.appendingPathComponent(pfad(auftrag.art, kennung: id, gemeinde: gemeinde)).path)
        }
        return "Bitte einen anderen Titel wählen" + (frei.map { ", z. B. „\($0)“." } ?? ".")
    }

    /// What the content folder already holds, read leniently (its problems are `wegweiser check`'s business).
    struct Bestand {
        let ordner: URL
        let plan: Ordnerplan
        let kategorien: [Kategorie]
        let gemeindeNamen: [String: String]

        init(ordner: URL) {
            self.ordner = ordner
            let still = Diagnosen()
            plan = Ordnerplan.erstelle(ordner: ordner, diagnosen: still)
            let leser = DateiLeser(ordner: ordner, diagnosen: still)
            kategorien = plan.kategorien.map(leser.kategorienLesen) ?? []
            var namen: [String: String] = [:]
            for e in plan.gemeinden { if let g = leser.gemeinde(e) { namen[g.id] = g.name } }
            gemeindeNamen = namen
        }

        func name(gemeinde id: String) -> String { gemeindeNamen[id] ?? id }

        /// The Gemeinde id for an id or a name (`Zolling`, `Haag a.d. Amper`).
        func gemeinde(_ eingabe: String) throws -> String {
            let ids = plan.gemeinden.map(\.id)
            let e = eingabe.getrimmt(zeilen: false)
            if ids.contains(e) { return e }
            if ids.contains(Id.vorschlag(e)) { return Id.vorschlag(e) }
            if let n = gemeindeNamen.first(where: { $0.value.lowercased() == e.lowercased() }) { return n.key }
            if ids.isEmpty {
                throw Fehler(art: .unbekannteGemeinde, description: "Die Gemeinde „\(eingabe)“ gibt es nicht; im Inhaltsordner gibt es noch gar keine Gemeinde. Legen Sie sie zuerst an: `wegweiser new gemeinde \"\(eingabe)\"`.")
            }
            let v = Vorlagen.naechste(Id.vorschlag(e), aus: ids)
            throw Fehler(art: .unbekannteGemeinde, description: "Die Gemeinde „\(eingabe)“ gibt es nicht."
                         + Vorlagen.meinten(v) { "`--gemeinde \($0)` (\(name(gemeinde: $0)))" }
                         + " Bekannte Gemeinden: \(ids.joined(separator: ", ")). Eine neue Gemeinde legen Sie mit `wegweiser new gemeinde \"Name\"` an.")
        }

        /// The category id for an id or a name (`essen-auf-raedern`, `Essen auf Rädern`).
        func kategorie(_ eingabe: String) throws -> String {
            let ids = kategorien.map(\.id)
            let e = eingabe.getrimmt(zeilen: false)
            if ids.contains(e) { return e }
            if ids.contains(Id.vorschlag(e)) { return Id.vorschlag(e) }
            if let k = kategorien.first(where: { $0.name.lowercased() == e.lowercased() }) { return k.id }
            if ids.isEmpty {
                throw Fehler(art: .unbekannteKategorie, description: "Die Kategorie „\(eingabe)“ lässt sich nicht prüfen: `kategorien.yaml` fehlt oder ist fehlerhaft. Bitte zuerst `wegweiser check` ausführen, oder `--kategorie` weglassen.")
            }
            let v = Vorlagen.naechste(Id.vorschlag(e), aus: ids)
            throw Fehler(art: .unbekannteKategorie, description: "Die Kategorie „\(eingabe)“ gibt es nicht in `kategorien.yaml`."
                         + Vorlagen.meinten(v) { "`--kategorie \($0)`" }
                         + " Bekannte Kategorien: \(ids.joined(separator: ", ")).")
        }
    }

    /// The nearest known ids: those that contain the word (or are contained in it, at most three),
    /// else the nearest by spelling.
    static func naechste(_ wort: String, aus ids: [String]) -> [String] {
        guard !wort.isEmpty else { return [] }
        let enthalten = ids.filter { $0.contains(wort) || (wort.contains($0) && $0.count >= 4) }.sorted { ($0.count, $0) < ($1.count, $1) }
        if !enthalten.isEmpty { return Array(enthalten.prefix(3)) }
        return Vorschlag.naechster(zu: wort, aus: ids).map { [$0] } ?? []
    }

    /// „ Meinten Sie `--kategorie a` oder `--kategorie b`?“
    static func meinten(_ v: [String], _ text: (String) -> String) -> String {
        v.isEmpty ? "" : " Meinten Sie " + v.map(text).joined(separator: " oder ") + "?"
    }

    // MARK: the templates

    static let einleitung = """
    # So füllen Sie diese Datei aus: Schreiben Sie die Angabe jeweils hinter den
    # Doppelpunkt. Zeilen, die mit # beginnen, sind Erklärungen; sie erscheinen
    # nicht auf der Website und dürfen stehen bleiben oder gelöscht werden.
    # „Pflicht“ heißt: Solange die Angabe fehlt, meldet `wegweiser check` einen
    # Fehler, und die Website wird nicht gebaut. Freiwillige Angaben dürfen leer
    # bleiben. Text mit einem Doppelpunkt darin setzen Sie in Anführungszeichen.
    """

    static let beschreibungHinweis = """
    # Nach der folgenden Zeile mit --- kommt die ausführliche Beschreibung
    # (freiwillig): normaler Text, Absätze durch eine Leerzeile getrennt.
    """

    /// A new service. `kategorien`: (id, name, pflichtfelder) of the chosen categories.
    public static func angebot(titel: String, kategorien: [(id: String, name: String, pflichtfelder: [String])],
                               gemeinde: (id: String, name: String)?, alleKategorien: [String], alleGemeinden: [String],
                               heute: Datum) -> String {
        /// „Pflicht für die Kategorie …“ for the keys the chosen categories require.
        func zusatz(_ key: String) -> String {
            let namen = kategorien.filter { $0.pflichtfelder.contains(key) }.map { "„\($0.name)“" }
            guard !namen.isEmpty else { return "" }
            return "\n# Pflicht für Angebote der Kategorie \(namen.joined(separator: " und "))."
        }
        let ort = gemeinde?.name ?? "Zolling"
        return datei("""
        # Pflicht. Der Name des Angebots, so wie er auf der Website stehen soll.
        # Beispiel: Nachbarschaftshilfe \(ort)
        titel: \(yamlText(titel))
        # Pflicht. Eine oder mehrere Kategorien in eckigen Klammern, mit Komma getrennt.
        # Beispiel: [nachbarschaftshilfe, fahrdienste]
        \(liste("Mögliche Kategorien", alleKategorien))
        kategorien: [\(kategorien.map(\.id).joined(separator: ", "))]
        # Pflicht. Wer das Angebot macht: Verein, Verband, Firma oder Gemeinde.
        # Beispiel: Nachbarschaftshilfe \(ort) e.V.
        traeger:
        # Pflicht. Ein oder zwei Sätze, höchstens 300 Zeichen.
        # Beispiel: Ehrenamtliche helfen beim Einkaufen und fahren Sie zum Arzt.
        kurzbeschreibung:
        # Pflicht (außer bei `telefonisch: ja`). Wo man das Angebot findet.
        adresse:
          # Straße und Hausnummer. Beispiel: Hauptstraße 12
          strasse:
          # Postleitzahl, fünf Ziffern in Anführungszeichen. Beispiel: "85406"
          plz:
          # Ort. Beispiel: \(ort)
          ort:
        # Pflicht ist mindestens eine der drei Angaben telefon, email oder web.
        # Telefonnummer mit Vorwahl, in Anführungszeichen. Beispiel: "08167 1234-56"
        # Mehrere Nummern als Liste: ["08167 1234-56", "0170 1234567"]\(zusatz("telefon"))
        telefon:
        # E-Mail-Adresse. Beispiel: info@nachbarschaftshilfe-beispiel.de\(zusatz("email"))
        email:
        # Webseite, beginnt mit https://. Beispiel: https://www.beispiel.de/\(zusatz("web"))
        web:
        # Freiwillig (empfohlen). Öffnungs- oder Sprechzeiten.
        # Tage: Mo Di Mi Do Fr Sa So, Feiertage: PH. Beispiele:
        #   Mo-Fr 08:00-12:00
        #   Di,Do 09:00-11:00; Mi 14:00-16:00
        #   "nach Vereinbarung"   (Text nur in Anführungszeichen)\(zusatz("oeffnungszeiten"))
        oeffnungszeiten:
        # Freiwillig. Welche Gemeinden das Angebot erreicht; das zählt im
        # Versorgungsbericht. \(gemeinde.map { "Ohne Angabe: nur \($0.name)." } ?? "Ohne Angabe: die ganze Region (alle).")
        # Beispiel: [\((alleGemeinden.isEmpty ? ["zolling", "haag-an-der-amper"] : Array(alleGemeinden.prefix(2))).joined(separator: ", "))]   oder: alle
        \(liste("Gemeinden", alleGemeinden))\(zusatz("einzugsgebiet"))
        einzugsgebiet:
        # Freiwillig. Was es kostet. Beispiel: kostenlos   oder: 0,30 € pro km\(zusatz("kosten"))
        kosten:
        # Freiwillig. Ist das Angebot ohne Stufen erreichbar? ja, nein oder teilweise\(zusatz("barrierefrei"))
        barrierefrei:
        # Freiwillig. Für wen das Angebot gedacht ist. Beispiel: [pflegende Angehörige]\(zusatz("zielgruppen"))
        zielgruppen:
        # Freiwillig. Weitere Suchwörter. Beispiel: [Einkaufshilfe, Besuchsdienst]\(zusatz("stichworte"))
        stichworte:
        # Nur `ja` schreiben, wenn es keine Adresse für Besucher gibt (z. B. eine
        # Telefon-Hotline); dann darf die Adresse oben leer bleiben.
        telefonisch:
        # Pflicht. Wann zuletzt jemand geprüft hat, dass alles noch stimmt:
        # Jahr-Monat-Tag. Nach jeder Prüfung das Datum erneuern.
        geprueft: \(heute)
        """)
    }

    /// A new event.
    public static func termin(titel: String, kategorien: [String], alleKategorien: [String], heute: Datum) -> String {
        let beispiel = Zeitpunkt(datum: heute.plus(tage: 14), minuten: 14 * 60)
        let ende = Zeitpunkt(datum: heute.plus(tage: 14), minuten: 16 * 60 + 30)
        return datei("""
        # Pflicht. Der Name der Veranstaltung. Beispiel: Seniorennachmittag mit Vortrag
        titel: \(yamlText(titel))
        # Pflicht. Beginn: Datum und Uhrzeit, in Anführungszeichen.
        # Beispiel: "\(beispiel)"
        beginn:
        # Freiwillig. Ende, geschrieben wie der Beginn. Beispiel: "\(ende)"
        ende:
        # Pflicht. Wo die Veranstaltung stattfindet: name oder strasse muss
        # ausgefüllt sein, am besten alle vier Angaben.
        ort:
          # Name des Ortes. Beispiel: Pfarrheim St. Georg
          name:
          # Straße und Hausnummer. Beispiel: Kirchplatz 2
          strasse:
          # Postleitzahl, fünf Ziffern in Anführungszeichen. Beispiel: "85406"
          plz:
          # Ort. Beispiel: Zolling
          ort:
        # Pflicht. Wer einlädt. Beispiel: Seniorenbeirat Zolling
        veranstalter:
        # Pflicht. Ein oder zwei Sätze, höchstens 300 Zeichen.
        # Beispiel: Kaffee, Kuchen und ein Vortrag über Vorsorgevollmachten.
        kurzbeschreibung:
        # Freiwillig. Kategorien wie bei den Angeboten, in eckigen Klammern.
        # Beispiel: [begegnung]
        \(liste("Mögliche Kategorien", alleKategorien))
        kategorien: [\(kategorien.joined(separator: ", "))]
        # Freiwillig. Wie man sich anmeldet. Beispiel: Anmeldung bis Freitag im Rathaus.
        anmeldung:
        # Freiwillig. Was es kostet. Beispiel: kostenlos
        kosten:
        # Freiwillig. Telefonnummer mit Vorwahl, in Anführungszeichen. Beispiel: "08167 1234-56"
        telefon:
        # Freiwillig. E-Mail-Adresse. Beispiel: info@beispiel.de
        email:
        # Freiwillig. Webseite, beginnt mit https://. Beispiel: https://www.beispiel.de/
        web:
        # Freiwillig. Für Termine, die sich wiederholen: woechentlich, 14-taeglich
        # oder monatlich (monatlich: am selben Wochentag derselben Woche, z. B. jeden
        # zweiten Dienstag). Dann ist auch `bis` nötig.
        wiederholung:
        # Nur mit wiederholung: der letzte Tag der Reihe. Beispiel: \(heute.jahr)-12-31
        bis:
        # Freiwillig. Tage, an denen die Reihe ausfällt: ein Datum, ein ganzer Monat
        # oder ein Zeitraum. Beispiel: [\(heute.jahr)-12-29, \(heute.jahr + 1)-08]
        # oder: \(heute.jahr)-12-22 bis \(heute.jahr + 1)-01-06
        entfaellt:
        """)
    }

    /// A place name typed all in small letters, as names are written: `haag an der amper` →
    /// `Haag an der Amper`, `st. leonhard` → `St. Leonhard`. A name with a capital stays as typed.
    static func grossgeschrieben(_ name: String) -> String {
        guard name == name.lowercased() else { return name }
        let klein: Set<String> = ["an", "am", "der", "die", "dem", "den", "im", "in", "bei", "ob", "vor", "und", "a.d.", "i.", "b.", "v.", "a."]
        return name.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { i, wort in
            i > 0 && klein.contains(String(wort)) ? String(wort)
                : wort.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A new Gemeinde page.
    public static func gemeindeText(name: String) -> String {
        return datei("""
        # Pflicht. Der Name der Gemeinde, so wie er auf der Website stehen soll.
        # Beispiel: Haag a.d. Amper
        name: \(yamlText(name))
        # Freiwillig. Der Landkreis. Beispiel: Freising
        landkreis:
        # Freiwillig. Postleitzahlen als Liste, jede in Anführungszeichen.
        # Beispiel: ["85410"]   oder: ["85406", "85410"]
        plz: []
        # Freiwillig. Einwohnerzahl, nur Ziffern. Beispiel: 3200
        einwohner:
        # Empfohlen. Ansprechpersonen für ältere Menschen, z. B. die oder der
        # Seniorenbeauftragte. Jede Person beginnt mit „- name:“; für eine zweite
        # Person den Block darunter noch einmal anhängen. Gibt es niemanden,
        # löschen Sie die Zeilen darunter und schreiben: ansprechpartner: []
        ansprechpartner:
          # Pflicht in diesem Block. Beispiel: Maria Muster
          - name:
            # Freiwillig. Beispiel: Seniorenbeauftragte
            rolle:
            # Freiwillig. Telefonnummer in Anführungszeichen. Beispiel: "08167 1234-56"
            telefon:
            # Freiwillig. Beispiel: senioren@gemeinde-beispiel.de
            email:
        # Nach der folgenden Zeile mit --- kommt ein kurzer Text über die Gemeinde
        # für ältere Menschen (freiwillig): Was gibt es hier, an wen wendet man sich?
        """, schluss: "")
    }

    /// Front matter: the introduction, a blank line, the keys (empty lines from optional parts
    /// dropped), the closing line; the body stays empty.
    static func datei(_ schluessel: String, schluss: String? = nil) -> String {
        let zeilen = schluessel.split(separator: "\n", omittingEmptySubsequences: true)
        return "---\n" + einleitung + "\n\n" + zeilen.joined(separator: "\n") + "\n" + (schluss ?? beschreibungHinweis + "\n") + "---\n"
    }

    /// `# Mögliche Kategorien: a, b, c` wrapped at 78 characters.
    static func liste(_ titel: String, _ ids: [String]) -> String {
        guard !ids.isEmpty else { return "" }
        var zeilen: [String] = []
        var z = "# \(titel):"
        for (i, id) in ids.enumerated() {
            let wort = " " + id + (i < ids.count - 1 ? "," : "")
            if z.count + wort.count > 78 { zeilen.append(z); z = "#  " + wort.dropFirst() } else { z += wort }
        }
        zeilen.append(z)
        return zeilen.joined(separator: "\n")
    }

    /// A one-line text as a YAML value: plain when that is safe, otherwise in double quotes.
    public static func yamlText(_ s: String) -> String {
        let reserviert: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let einfach = s.first.map { $0.isLetter } == true
            && !reserviert.contains(s.lowercased())
            && !s.contains(": ") && !s.hasSuffix(":") && !s.contains(" #") && !s.contains("\t")
            && s.allSatisfy { !$0.isNewline && !($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) && $0 != "\"" && $0 != "\\" }
            && s == s.getrimmt(zeilen: false)
        if einfach { return s }
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
