import Foundation
import Testing
@testable import Wegweiser

@Suite struct BauTests {
    @Test func jedeSeiteDerAdresstabelleEntsteht() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let e = try w.baue()
        #expect(!e.diagnosen.hatFehler)
        for pfad in ["index.html", "gemeinden/audorf/index.html", "gemeinden/bedorf/index.html",
                     "angebote/pflege-audorf/index.html", "angebote/nachbarschaftshilfe-tal/index.html",
                     "termine/index.html", "termine/seniorennachmittag/index.html", "termine/netzwerktreffen/index.html",
                     "kategorien/pflege/index.html", "kategorien/fahrdienste/index.html", "seiten/impressum/index.html",
                     "suche/index.html", "versorgung/index.html", "traeger/sozialstation-audorf/index.html",
                     "traeger/helferkreis-testtal/index.html", "netzwerk/index.html", "assets/style.css",
                     Ausgabeordner.markierung] {
            #expect(FileManager.default.fileExists(atPath: w.site.appendingPathComponent(pfad).path), "\(pfad) fehlt")
        }
    }

    /// An entry without text gets no heading over an empty description.
    @Test func keineLeereBeschreibung() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        #expect(try w.lies("angebote/pflege-audorf/index.html").contains("id=\"beschreibung\""))
        #expect(try !w.lies("angebote/nachbarschaftshilfe-tal/index.html").contains("id=\"beschreibung\""))
        #expect(try !w.lies("termine/seniorennachmittag/index.html").contains("<div class=\"text\"></div>"))
    }

    /// The hours of a service reached by telephone only (`telefonisch: ja`) are its telephone hours,
    /// not opening hours: nobody is to come to a door.
    @Test func telefonzeitenStattOeffnungszeiten() throws {
        let hilfe = Werkstatt.grundlage["region/angebote/nachbarschaftshilfe-tal.md"]!
            .replacingOccurrences(of: "geprueft:", with: "oeffnungszeiten: Mo-Fr 08:00-12:00\ngeprueft:")
        let w = try Werkstatt(["region/angebote/nachbarschaftshilfe-tal.md": hilfe]); defer { w.aufraeumen() }
        _ = try w.baue()
        let telefon = try w.lies("angebote/nachbarschaftshilfe-tal/index.html")
        #expect(telefon.contains(#"<h2 id="oeffnungszeiten">Telefonzeiten</h2>"#) && !telefon.contains("Öffnungszeiten"), "\(telefon)")
        #expect(telefon.contains(#"<caption class="unsichtbar">Telefonzeiten</caption>"#))
        #expect(try w.lies("angebote/pflege-audorf/index.html").contains(#"<h2 id="oeffnungszeiten">Öffnungszeiten</h2>"#))
    }

    /// `landkreis: Landkreis Freising` is not shown as „Landkreis Landkreis Freising“: the page
    /// says the word already. A name that only begins like it stays.
    @Test func landkreisOhneDoppeltesWort() throws {
        for (wert, gezeigt) in [("Landkreis Freising", "Freising"), ("Lkr. Freising", "Freising"), ("landkreis  Dachau", "Dachau"),
                                ("Freising", "Freising"), ("Landkreisfreie Stadt", "Landkreisfreie Stadt"), ("Landkreis", "Landkreis")] {
            let w = try Werkstatt(["gemeinden/bedorf/index.md": "---\nname: Bedorf\nlandkreis: \(wert)\n---\n"]); defer { w.aufraeumen() }
            _ = try w.baue()
            let seite = try w.lies("gemeinden/bedorf/index.html")
            #expect(seite.contains("<dt>Landkreis</dt><dd>\(gezeigt)</dd>"), "\(wert)")
        }
        #expect(Seitenbauer.ohneWortLandkreis("Lkr.Freising") == "Freising")
    }

    /// The examples under the search field are the region's own words, not another region's.
    @Test func suchbeispieleAusDerRegion() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let suche = try w.lies("suche/index.html")
        #expect(suche.contains("Zum Beispiel: Ambulante Pflege, Nachbarschaftshilfe, Begleitdienste Audorf."), "\(suche)")
        #expect(!suche.contains("Kranzberg"))
        #expect(Suchbeispiele.teile("Essen & Mittagstisch") == ["Essen", "Mittagstisch"])
        #expect(Suchbeispiele.teile("Fahr- und Begleitdienste") == ["Begleitdienste"])
    }

    @Test func gemeindeseiteZeigtRegionweitesAngebotMarkiert() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let bedorf = try w.lies("gemeinden/bedorf/index.html")
        #expect(bedorf.contains("href=\"../../angebote/nachbarschaftshilfe-tal/\""))
        #expect(bedorf.contains("für die ganze Region"))
        #expect(!bedorf.contains("Pflegedienst Audorf"), "Audorfs Pflegedienst erreicht Bedorf nicht")
        // region-wide events show on every Gemeinde page, Gemeinde events only on their own
        #expect(bedorf.contains("Netzwerktreffen"))
        #expect(bedorf.contains("Seniorennachmittag"))
        #expect(!(try w.lies("gemeinden/audorf/index.html")).contains("Seniorennachmittag"))
    }

    /// An event for two villages (`einzugsgebiet`, as a service's): on both Gemeinde pages, in
    /// both Gemeinden's search filter, its page names both; not on the start page (not the
    /// whole region's). A Gemeinde that does not exist is an error with the nearest id.
    @Test func terminMitEinzugsgebiet() throws {
        let termin = """
            ---
            titel: Adventsfeier
            beginn: "2026-12-06 14:00"
            ort: Pfarrheim Bedorf
            veranstalter: Seniorenkreise Audorf und Bedorf
            kurzbeschreibung: Lieder, Stollen und Kaffee.
            einzugsgebiet: [bedorf, Audorf]
            ---
            """
        let w = try Werkstatt(["gemeinden/bedorf/termine/adventsfeier.md": termin]); defer { w.aufraeumen() }
        let e = try w.baue()
        #expect(!e.diagnosen.hatFehler, "\(e.diagnosen.alle)")
        #expect(try w.lies("gemeinden/audorf/index.html").contains("Adventsfeier"))
        #expect(try w.lies("gemeinden/bedorf/index.html").contains("Adventsfeier"))
        #expect(try !w.lies("index.html").contains("Adventsfeier"))
        // still an event of the Gemeinde, not of the region
        #expect(try !w.lies("gemeinden/audorf/index.html").contains("Seniorennachmittag"))
        let seite = try w.lies("termine/adventsfeier/index.html")
        let bedorf = try #require(seite.range(of: "gemeinden/bedorf/\">Bedorf</a>"))
        let audorf = try #require(seite.range(of: "gemeinden/audorf/\">Audorf</a>"))
        #expect(bedorf.lowerBound < audorf.lowerBound, "die eigene Gemeinde zuerst")
        let i = try #require(try w.pruefe().0)
        let dok = try #require(Suchwerk(site: Website(inhalt: i, heute: Werkstatt.heute)).dokumente().first { $0.titel == "Adventsfeier" })
        #expect(dok.gemeinden == ["audorf", "bedorf"])

        let falsch = try Werkstatt(["gemeinden/bedorf/termine/adventsfeier.md": termin.replacingOccurrences(of: "Audorf]", with: "audorff]")])
        defer { falsch.aufraeumen() }
        let f = try falsch.pruefe().1.mit(code: "unbekannte-gemeinde")
        #expect(f.count == 1 && f.first?.vorschlag == "`audorf` schreiben.", "\(f)")
    }

    /// A group of Gemeinden in region.yaml (a Samtgemeinde) stands for its members in
    /// `einzugsgebiet`, by id or by name; a member that is no Gemeinde is an error in region.yaml.
    @Test func gemeindegruppeImEinzugsgebiet() throws {
        let region = Werkstatt.grundlage["region.yaml"]! + "\ngemeindegruppen:\n  samtgemeinde-tal: [audorf, Bedorf]\n"
        let pflege = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
            .replacingOccurrences(of: "geprueft:", with: "einzugsgebiet: [Samtgemeinde Tal]\ngeprueft:")
        let w = try Werkstatt(["region.yaml": region, "gemeinden/audorf/angebote/pflege-audorf.md": pflege]); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler, "\(d.alle)")
        let i = try #require(inhalt)
        #expect(i.region.gemeindegruppen == ["samtgemeinde-tal": ["audorf", "bedorf"]])
        #expect(i.angebote.first { $0.id == "pflege-audorf" }?.einzugsgebiet == .gemeinden(["audorf", "bedorf"]))
        // Bedorf's gap in Pflege is closed
        #expect(Versorgung(inhalt: i).luecken.isEmpty)

        let falsch = try Werkstatt(["region.yaml": region.replacingOccurrences(of: "Bedorf]", with: "Beedorf]")])
        defer { falsch.aufraeumen() }
        let f = try falsch.pruefe().1.mit(code: "unbekannte-gemeinde")
        #expect(f.count == 1 && f.first?.datei == "region.yaml" && f.first?.vorschlag == "`bedorf` schreiben.", "\(f)")
    }

    /// The coverage page marks a cell that only region-wide services reach, and a gap.
    @Test func versorgungsseiteMarkiertNurRegionsweit() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("versorgung/index.html")
        let zeilen = seite.components(separatedBy: "<tr>")
        let audorf = try #require(zeilen.first { $0.contains(">Audorf</a></th>") })
        let bedorf = try #require(zeilen.first { $0.contains(">Bedorf</a></th>") })
        // Audorf: its own Pflegedienst, the help only region-wide; Bedorf: a gap, the help region-wide
        #expect(audorf.components(separatedBy: "<td class=\"regionsweit\">").count == 2)
        #expect(audorf.contains("<td><a href=\"../gemeinden/audorf/#kategorie-pflege\">1</a></td>"), "\(audorf)")
        #expect(bedorf.contains("<td class=\"luecke\">"))
        #expect(bedorf.contains("nur regionsweit"))
        #expect(seite.contains("„Nur regionsweit“ heißt"))
    }

    @Test func gemeindeseiteGruppiertNachKategorienReihenfolge() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let audorf = try w.lies("gemeinden/audorf/index.html")
        let pflege = try #require(audorf.range(of: "id=\"kategorie-pflege\""))
        let nh = try #require(audorf.range(of: "id=\"kategorie-nachbarschaftshilfe\""))
        let fahr = try #require(audorf.range(of: "id=\"kategorie-fahrdienste\""))
        #expect(pflege.lowerBound < nh.lowerBound && nh.lowerBound < fahr.lowerBound)
    }

    /// A Gemeinde's page lists its own services first, then those of neighbours that serve it,
    /// then those for the whole region (each by title): "Zeta" from Audorf before "Beta" from
    /// Bedorf before "Alpha" for the Tal, though the alphabet says otherwise.
    @Test func gemeindeseiteEigeneZuerst() throws {
        func pflege(_ titel: String, _ zusatz: String = "") -> String {
            "---\ntitel: \(titel)\nkategorien: [pflege]\ntraeger: Träger \(titel)\nkurzbeschreibung: Pflege.\n"
                + "telefonisch: ja\ntelefon: \"08166 1234\"\n\(zusatz)geprueft: 2026-10-01\n---\n"
        }
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": pflege("Zeta Pflege"),
                               "gemeinden/bedorf/angebote/beta.md": pflege("Beta Pflege", "einzugsgebiet: [audorf, bedorf]\n"),
                               "region/angebote/alpha.md": pflege("Alpha Pflege")])
        defer { w.aufraeumen() }
        let e = try w.baue()
        #expect(!e.diagnosen.hatFehler, "\(e.diagnosen.alle)")
        let audorf = try w.lies("gemeinden/audorf/index.html")
        let stellen = try ["Zeta Pflege", "Beta Pflege", "Alpha Pflege"].map { try #require(audorf.range(of: $0)).lowerBound }
        #expect(stellen == stellen.sorted(), "\(audorf)")
        // on Bedorf's page its own Beta comes first, the Tal's Alpha after it; Audorf's Zeta does not serve it
        let bedorf = try w.lies("gemeinden/bedorf/index.html")
        let b = try #require(bedorf.range(of: "Beta Pflege")), a = try #require(bedorf.range(of: "Alpha Pflege"))
        #expect(b.lowerBound < a.lowerBound && !bedorf.contains("Zeta Pflege"))
    }

    @Test func angebotMitZweiKategorienAufBeidenKategorieseiten() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        for k in ["nachbarschaftshilfe", "fahrdienste"] {
            #expect(try w.lies("kategorien/\(k)/index.html").contains("href=\"../../angebote/nachbarschaftshilfe-tal/\""))
        }
        #expect(!(try w.lies("kategorien/pflege/index.html")).contains("nachbarschaftshilfe-tal"))
    }

    @Test func kontaktAlsTelMailtoUndKarte() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("angebote/pflege-audorf/index.html")
        #expect(seite.contains("href=\"tel:+4981661234\""))
        #expect(seite.contains("https://www.openstreetmap.org/search?query=Hauptstra%C3%9Fe%201,%2085391%20Audorf"))
        #expect(seite.contains("<strong>gern</strong>"))
        #expect(seite.contains("Montag bis Freitag"))
    }

    /// SMS and fax (an extension: a counselling office for the deaf is not called): SMS as an
    /// `sms:` link, fax as text; a number that is none is an error, as for `telefon`.
    @Test func smsUndFax() throws {
        let pflege = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
            .replacingOccurrences(of: "telefon: \"08166 1234\"\n", with: "telefon: \"08166 1234\"\nsms: \"0170 1234567\"\nfax: \"08166 1234-99\"\n")
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": pflege]); defer { w.aufraeumen() }
        let e = try w.baue()
        #expect(!e.diagnosen.hatFehler && e.diagnosen.alle.allSatisfy { $0.code != "unbekannter-schluessel" }, "\(e.diagnosen.alle)")
        let seite = try w.lies("angebote/pflege-audorf/index.html")
        #expect(seite.contains("<a class=\"telefon\" href=\"sms:+491701234567\"><span class=\"etikett\">SMS:</span> 0170 1234567</a>"))
        #expect(seite.contains("<li><span class=\"etikett\">Fax:</span> 08166 1234-99</li>"))
        let falsch = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": pflege.replacingOccurrences(of: "0170 1234567", with: "per Handy")])
        defer { falsch.aufraeumen() }
        let f = try falsch.pruefe().1.mit(code: "ungueltige-telefonnummer")
        #expect(f.count == 1 && f[0].meldung.contains("keine Nummer für SMS") && f[0].zeile == 11, "\(f)")
    }

    @Test func linksSindRelativ() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        for pfad in ["index.html", "gemeinden/audorf/index.html", "angebote/pflege-audorf/index.html"] {
            let html = try w.lies(pfad)
            #expect(!html.contains("href=\"/"), "absoluter Link in \(pfad)")
            #expect(!html.contains("src=\"/"), "absolute Quelle in \(pfad)")
        }
        #expect(try w.lies("gemeinden/audorf/index.html").contains("href=\"../../assets/style.css\""))
    }

    @Test func rohesHTMLundJavascriptLinksWerdenNichtUebernommen() throws {
        let w = try Werkstatt(["seiten/impressum.md": """
        ---
        titel: Impressum
        ---
        <script>alert(1)</script>
        [Klick](javascript:alert(1)) und [gut](https://example.org/) ![Bild](https://example.com/x.png)

        Ein <b>fetter</b> Satz<br>mit <span onclick="x()">Spanne</span> am Ende <i>

        # Große Überschrift
        """])
        defer { w.aufraeumen() }
        _ = try w.baue()
        let html = try w.lies("seiten/impressum/index.html")
        #expect(!html.contains("<script>alert"))
        // cmark's comment where raw HTML was is gone too, also several in one paragraph and at its end
        #expect(!html.contains("<!--"))
        #expect(html.contains("<p>Ein fetter Satzmit Spanne am Ende </p>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("Klick"))
        #expect(html.contains("<a href=\"https://example.org/\">gut</a>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("<h2>Große Überschrift</h2>"))
        #expect(html.components(separatedBy: "<h1").count == 2)
    }

    @Test func titelWirdMaskiert() throws {
        let w = try Werkstatt(["seiten/impressum.md": "---\ntitel: \"<img src=x onerror=alert(1)>\"\n---\n"])
        defer { w.aufraeumen() }
        _ = try w.baue()
        let html = try w.lies("seiten/impressum/index.html")
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// swift-mustache's own escaping compares Characters: a quote with a combining mark
    /// (`"\u{301}`, one Character) would pass and end the attribute. Every template of a
    /// theme escapes bytes (`SicheresHTML`).
    @Test func attributeHaltenAuchAnfuehrungszeichenMitAkzent() throws {
        let ordner = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: ordner) }
        let fm = FileManager.default
        try fm.createDirectory(at: ordner.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try fm.createDirectory(at: ordner.appendingPathComponent("strings/de"), withIntermediateDirectories: true)
        try Data("probe: Probe\n".utf8).write(to: ordner.appendingPathComponent("strings/de/probe.yaml"))
        try Data("<a title=\"{{x}}\" href=\"{{y}}\">{{x}}</a>\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        let theme = try Theme(ordner: ordner, sprache: .de)
        let akzent = "\u{301}"
        let boese = "\"" + akzent + " onmouseover=alert(1) x='" + akzent + "<b>&"
        let html = try theme.render("probe", ["x": boese, "y": "https://example.org/?a=1&b=2"])
        let maskiert = "&quot;" + akzent + " onmouseover=alert(1) x=&#39;" + akzent + "&lt;b&gt;&amp;"
        let erwartet = "<a title=\"" + maskiert + "\" href=\"https://example.org/?a=1&amp;b=2\">" + maskiert + "</a>\n"
        #expect(html == erwartet)
        let gefahr = "\"" + akzent + " on"
        #expect(!html.contains(gefahr))
    }

    /// The theme's words are written into the templates once (`FesteTexte`): the page is the
    /// same as if each `{{t.…}}` were looked up, escaped in `{{…}}`, as written in `{{{…}}}`;
    /// a word with braces stays a lookup; errors still name the line and column as written.
    @Test func themeTexteWerdenEingesetztWieNachgeschlagen() throws {
        let ordner = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: ordner) }
        let fm = FileManager.default
        try fm.createDirectory(at: ordner.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try fm.createDirectory(at: ordner.appendingPathComponent("strings/de"), withIntermediateDirectories: true)
        try Data("a: \"Kaffee & <Kuchen>\"\nb: \"{{x}} bleibt\"\nc: Ende\n".utf8)
            .write(to: ordner.appendingPathComponent("strings/de/probe.yaml"))
        let vorlage = "{{#liste}}<p title=\"{{t.a}}\">{{{t.a}}}|{{ t.a }}|{{t.b}}|{{#t.c}}ja{{/t.c}}</p>{{/liste}}{{t.c}}\n"
        try Data(vorlage.utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        let theme = try Theme(ordner: ordner, sprache: .de)
        #expect(FesteTexte.einsetzen(vorlage, theme.texte.werte).contains("{{t.b}}"))
        #expect(!FesteTexte.einsetzen(vorlage, theme.texte.werte).contains("{{t.a}}"))
        let html = try theme.render("probe", ["t": theme.texte.werte, "liste": [["x": "1"]]])
        #expect(html == "<p title=\"Kaffee &amp; &lt;Kuchen&gt;\">Kaffee & <Kuchen>|Kaffee &amp; &lt;Kuchen&gt;|{{x}} bleibt|ja</p>Ende\n")

        try Data("eins\n{{t.a}} {{/zu}}\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        let fehler = try #require(throws: ThemeFehler.self) { try Theme(ordner: ordner, sprache: .de) }
        #expect(fehler.description.contains("Zeile 2, Spalte 12"), "\(fehler.description)")
        // (in words a theme maintainer can act on, not the parser's name for it)
        try Data("{{#liste}}\n<p>offen</p>\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        let offen = try #require(throws: ThemeFehler.self) { try Theme(ordner: ordner, sprache: .de) }
        #expect(offen.description.contains("wird nicht mit `{{/name}}` geschlossen"), "\(offen.description)")
        // a theme's words that are no YAML: the file and the line, in German
        try Data("eins\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        try Data("a: gut\nb: \"offen\nc: [\n".utf8).write(to: ordner.appendingPathComponent("strings/de/probe.yaml"))
        let yaml = try #require(throws: ThemeFehler.self) { try Theme(ordner: ordner, sprache: .de) }
        #expect(yaml.description.contains("`strings/de/probe.yaml`") && yaml.description.contains("Zeile"), "\(yaml.description)")
        #expect(!yaml.description.contains("while"), "\(yaml.description)")
        try Data("a: gut\n".utf8).write(to: ordner.appendingPathComponent("strings/de/probe.yaml"))
        // a partial no file has would be left out without a word: named, with a suggestion
        try Data("eins\n{{#liste}}{{>probx}}{{/liste}}\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        let teil = try #require(throws: ThemeFehler.self) { try Theme(ordner: ordner, sprache: .de) }
        #expect(teil.description.contains("`templates/probe.mustache` verlangt in Zeile 2 `{{>probx}}`")
                && teil.description.contains("`probe`"), "\(teil.description)")
        // a word the theme's strings do not have would render as nothing: named, with a suggestion
        try Data("gut: Gut\nbeste: Am besten\n".utf8).write(to: ordner.appendingPathComponent("strings/de/probe.yaml"))
        for vorlage in ["eins\n<p>{{t.gutt}}</p>\n", "eins\n{{#liste}}{{{ t.gutt }}}{{/liste}}\n", "eins\n{{^t.gutt}}x{{/t.gutt}}\n"] {
            try Data(vorlage.utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
            let wort = try #require(throws: ThemeFehler.self) { try Theme(ordner: ordner, sprache: .de) }
            #expect(wort.description.contains("`templates/probe.mustache` verlangt in Zeile 2 den Text `t.gutt`")
                    && wort.description.contains("`strings/de/`") && wort.description.contains("Gemeint ist wohl `t.gut`."), "\(wort.description)")
        }
        // (a comment may name anything)
        try Data("{{! t.gutt }}{{t.gut}}\n".utf8).write(to: ordner.appendingPathComponent("templates/probe.mustache"))
        #expect(try Theme(ordner: ordner, sprache: .de).render("probe", [:]) == "Gut\n")
    }

    /// The build parses each body once: its page gets the HTML, the search index the text
    /// (`Markdown.htmlUndText`). The index it writes is the one made from `Markdown.text` alone,
    /// also for quotes, dashes, a picture, links and raw HTML; and the page shows the body.
    @Test func suchindexAusDenSeitenGleichDemAusDenTexten() throws {
        var dateien: [String: String?] = [:]
        for i in 1...40 {
            dateien["gemeinden/audorf/angebote/hilfe-\(i).md"] = """
            ---
            titel: Hilfe \(i)
            kategorien: [nachbarschaftshilfe]
            traeger: Helferkreis "Miteinander" -- Audorf
            kurzbeschreibung: Hilfe Nummer \(i).
            adresse:
              strasse: Hauptstraße \(i)
              plz: "85391"
              ort: Audorf
            telefon: "08166 1234"
            geprueft: 2026-10-01
            ---
            ## Was wir tun

            Wir sagen "Grüß Gott" -- und helfen... bei Einkäufen 'gern' und <b>schnell</b>.
            ![](https://example.org/leer.png) ![Foto vom Treff](https://example.org/bild-\(i).png) [Plan](plan.pdf) `Code \(i)`

            - erster Punkt
            - zweiter Punkt\\
              weiter
            """
        }
        dateien["gemeinden/bedorf/termine/treff.md"] = """
        ---
        titel: Offener Treff
        beginn: "2026-12-03 15:00"
        ort:
          name: Pfarrheim
          ort: Bedorf
        veranstalter: Seniorenkreis Bedorf
        kurzbeschreibung: Reden und spielen.
        ---
        Mit "Kaffee" -- und ***Kuchen***.
        """
        let w = try Werkstatt(dateien); defer { w.aufraeumen() }
        let ergebnis = try w.baue()
        #expect(ergebnis.seiten > 0, "\(ergebnis.diagnosen.alle.filter { $0.schwere == .fehler })")
        let (inhalt, _) = try w.pruefe()
        let erwartet = Wegweiser.Suche(try #require(inhalt), heute: Werkstatt.heute, theme: Werkstatt.theme).dateien()
        #expect(erwartet.count > 0)
        for d in erwartet {
            let geschrieben = try Data(contentsOf: w.site.appendingPathComponent(d.pfad))
            #expect(geschrieben == Data(d.inhalt), "\(d.pfad)")
        }
        let seite = try w.lies("angebote/hilfe-7/index.html")
        #expect(seite.contains("Was wir tun</h") && seite.contains("“Grüß Gott” – und helfen…"))
        #expect(try w.lies("termine/treff/index.html").contains("<strong>Kuchen</strong>"))
    }

    @Test func englischeSeiteBeiSpracheEn() throws {
        var region = Werkstatt.grundlage["region.yaml"]!
        region += "\nsprache: en\n"
        let w = try Werkstatt(["region.yaml": region]); defer { w.aufraeumen() }
        _ = try w.baue()
        let html = try w.lies("index.html")
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Skip to content"))
    }

    @Test func langeListenWerdenAufSeitenVerteilt() throws {
        var dateien: [String: String?] = [:]
        for i in 1...120 {
            dateien["gemeinden/audorf/angebote/pflege-\(i).md"] = """
            ---
            titel: Pflegedienst Nummer \(i)
            kategorien: [pflege]
            traeger: Sozialstation Audorf
            kurzbeschreibung: Pflege zu Hause.
            telefonisch: ja
            telefon: "08166 1234"
            geprueft: 2026-10-01
            ---
            """
        }
        let w = try Werkstatt(dateien); defer { w.aufraeumen() }
        let e = try w.baue()
        #expect(!e.diagnosen.hatFehler, "\(e.diagnosen.fehler)")
        // category: 121 services, 50 to a page
        let k1 = try w.lies("kategorien/pflege/index.html")
        let k3 = try w.lies("kategorien/pflege/3/index.html")
        #expect(k1.contains("href=\"../../kategorien/pflege/2/\""))
        #expect(k3.contains("href=\"../../../angebote/"))
        #expect(!FileManager.default.fileExists(atPath: w.site.appendingPathComponent("kategorien/pflege/4/index.html").path))
        var gezaehlt = 0
        for s in ["kategorien/pflege/index.html", "kategorien/pflege/2/index.html", "kategorien/pflege/3/index.html"] {
            gezaehlt += try w.lies(s).components(separatedBy: "class=\"eintrag\"").count - 1
        }
        #expect(gezaehlt == 121)
        // a large Gemeinde shows a preview per category and links to the full list
        let audorf = try w.lies("gemeinden/audorf/index.html")
        #expect(audorf.components(separatedBy: "class=\"eintrag\"").count - 1 < 10)
        #expect(audorf.contains("href=\"../../gemeinden/audorf/pflege/\""))
        #expect(try w.lies("gemeinden/audorf/pflege/3/index.html").contains("Pflegedienst Nummer"))
        // no page grows past the budget of 30 KB with the style sheet (the search page without the
        // search script it carries, which other pages do not load)
        let css = try Data(contentsOf: w.site.appendingPathComponent("assets/style.css")).count
        let skript = try #require(Suchskript(theme: Theme(ordner: Werkstatt.theme, sprache: .de))).text.utf8.count
        for (pfad, inhalt) in try Schnappschuss(w.site).dateien where pfad.hasSuffix(".html") {
            let seite = inhalt.count - (pfad == "suche/index.html" ? skript : 0)
            #expect(seite + css <= 30 * 1024, "\(pfad): \(seite + css) Bytes")
        }
    }

    @Test func cssWirdVerdichtetOhneZeichenkettenZuAendern() {
        let css = "/* Kommentar */\n.a > .b ,\n .c {\n  color: red;\n  content: \" ( x ) \";\n}\nli + li::before { content: \"›\"; }\n"
        let k = CSSKompakt.verdichte(css)
        #expect(k.contains(".a>.b,.c{color:red;content: \" ( x ) \";}"), "\(k)")
        #expect(k.contains("li + li::before{content: \"›\";}"), "\(k)")
        #expect(!k.contains("Kommentar"))
    }

    /// The search script loses its comments and indentation, not its code; what cannot be
    /// compacted safely without parsing stays as it was.
    @Test func skriptOhneKommentare() throws {
        let js = """
            /**
             * Doku
             */
            function f(a) {
              // eine Zeile
              var u = 'http://x/*y*/'; // dahinter bleibt
              /* kurz */

              return a;
            }

            """
        let k = JSKompakt.verdichte(js)
        #expect(k == "function f(a) {\nvar u = 'http://x/*y*/'; // dahinter bleibt\nreturn a;\n}\n", "\(k)")
        for heikel in ["var t = `a\n// b`;\n", "var s = 'a\\\n// b';\n", "/* a\n b */ f();\n", "/* offen\n"] {
            #expect(JSKompakt.verdichte(heikel) == heikel, "\(heikel)")
        }
        // the theme's script: a third fewer bytes, and every function still there
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/default/assets/suche.js")
        let quelle = try String(contentsOf: url, encoding: .utf8)
        let klein = JSKompakt.verdichte(quelle)
        #expect(klein.utf8.count * 4 < quelle.utf8.count * 3)
        // (the code lines of the source, without the comment lines, are the compacted lines)
        var code: [String] = []
        var imKommentar = false
        for zeile in quelle.split(separator: "\n") {
            let t = zeile.trimmingCharacters(in: .whitespaces)
            if imKommentar { imKommentar = !t.hasSuffix("*/"); continue }
            if t.hasPrefix("/*") { imKommentar = !t.hasSuffix("*/"); continue }
            if !t.hasPrefix("//") { code.append(t) }
        }
        let zeilen = klein.split(separator: "\n").map(String.init)
        #expect(zeilen == code)
    }
}
