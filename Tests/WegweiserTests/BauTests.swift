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

    @Test func gemeindeseiteGruppiertNachKategorienReihenfolge() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let audorf = try w.lies("gemeinden/audorf/index.html")
        let pflege = try #require(audorf.range(of: "id=\"kategorie-pflege\""))
        let nh = try #require(audorf.range(of: "id=\"kategorie-nachbarschaftshilfe\""))
        let fahr = try #require(audorf.range(of: "id=\"kategorie-fahrdienste\""))
        #expect(pflege.lowerBound < nh.lowerBound && nh.lowerBound < fahr.lowerBound)
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

        # Große Überschrift
        """])
        defer { w.aufraeumen() }
        _ = try w.baue()
        let html = try w.lies("seiten/impressum/index.html")
        #expect(!html.contains("<script>alert"))
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

    @Test func englischeSeiteBeiSpracheEn() throws {
        var region = Werkstatt.grundlage["region.yaml"]!
        region += "\nsprache: en\n"
        let w = try Werkstatt(["region.yaml": region]); defer { w.aufraeumen() }
        _ = try w.baue()
        let html = try w.lies("index.html")
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Skip to content"))
    }
}
