import Foundation
@testable import Wegweiser

/// Builds small content folders for tests: a valid minimal region plus the files a test changes.
struct Werkstatt {
    let ordner: URL
    var inhalt: URL { ordner.appendingPathComponent("content") }
    var site: URL { ordner.appendingPathComponent("site") }
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var theme: URL { repo.appendingPathComponent("themes/default") }
    static let heute = Datum("2026-11-21")!

    static let grundlage: [String: String] = [
        "region.yaml": """
        titel: Seniorenwegweiser Testtal
        region: Testtal
        beschreibung: Hilfen für ältere Menschen im Testtal.
        herausgeber:
          name: Arbeitskreis Soziales Testtal
          email: info@example.org
        grundversorgung: [pflege, nachbarschaftshilfe]
        """,
        "kategorien.yaml": """
        - id: pflege
          name: Ambulante Pflege
          beschreibung: Pflegedienste, die nach Hause kommen.
          suchbegriffe: [Pflegedienst]
        - id: nachbarschaftshilfe
          name: Nachbarschaftshilfe
          beschreibung: Ehrenamtliche helfen im Alltag.
        - id: fahrdienste
          name: Fahr- und Begleitdienste
          beschreibung: Fahrten zum Arzt und zum Einkaufen.
        """,
        "gemeinden/audorf/index.md": "---\nname: Audorf\nplz: [\"85391\"]\n---\nAudorf liegt im Tal.\n",
        "gemeinden/bedorf/index.md": "---\nname: Bedorf\n---\n",
        "gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        adresse:
          strasse: Hauptstraße 1
          plz: "85391"
          ort: Audorf
        telefon: "08166 1234"
        oeffnungszeiten: Mo-Fr 08:00-12:00
        geprueft: 2026-10-01
        ---
        Wir pflegen **gern**.
        """,
        "region/angebote/nachbarschaftshilfe-tal.md": """
        ---
        titel: Nachbarschaftshilfe im Tal
        kategorien: [nachbarschaftshilfe, fahrdienste]
        traeger: Helferkreis Testtal
        kurzbeschreibung: Ehrenamtliche helfen überall im Tal.
        telefonisch: ja
        telefon: "08166 9999"
        geprueft: 2026-09-01
        ---
        """,
        "gemeinden/bedorf/termine/seniorennachmittag.md": """
        ---
        titel: Seniorennachmittag
        beginn: "2026-12-02 14:00"
        ende: "2026-12-02 16:00"
        ort:
          name: Pfarrheim
          strasse: Kirchweg 2
          plz: "85391"
          ort: Bedorf
        veranstalter: Seniorenkreis Bedorf
        kurzbeschreibung: Kaffee und Kuchen.
        ---
        """,
        "region/termine/netzwerktreffen.md": """
        ---
        titel: Netzwerktreffen
        beginn: "2026-11-10 19:00"
        ort: Rathaus Audorf
        veranstalter: AK Soziales
        kurzbeschreibung: Austausch der Nachbarschaftshilfen.
        wiederholung: monatlich
        bis: 2027-03-31
        ---
        """,
        "seiten/impressum.md": "---\ntitel: Impressum\n---\nHerausgeber: AK Soziales.\n",
        "seiten/datenschutz.md": "---\ntitel: Datenschutz\n---\nKeine Cookies.\n",
        "seiten/barrierefreiheit.md": "---\ntitel: Erklärung zur Barrierefreiheit\n---\nBarrieren melden Sie per E-Mail.\n",
    ]

    /// A region with `aenderungen` applied (nil removes a file).
    init(_ aenderungen: [String: String?] = [:]) throws {
        ordner = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-test-\(UUID().uuidString)")
        var dateien = Werkstatt.grundlage
        for (k, v) in aenderungen { dateien[k] = v }
        for (pfad, text) in dateien {
            try schreibe(pfad, text)
        }
        try FileManager.default.createDirectory(at: inhalt, withIntermediateDirectories: true)
    }

    func schreibe(_ pfad: String, _ text: String) throws {
        let u = inhalt.appendingPathComponent(pfad)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: u)
    }

    func schreibe(_ pfad: String, bytes: [UInt8]) throws {
        let u = inhalt.appendingPathComponent(pfad)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: u)
    }

    func pruefe() throws -> (Inhalt?, Diagnosen) {
        try Wegweiser.pruefe(inhalt: inhalt, heute: Werkstatt.heute)
    }

    func baue(ausgabe: URL? = nil) throws -> Wegweiser.Ergebnis {
        try Wegweiser.baue(.init(inhalt: inhalt, ausgabe: ausgabe ?? site, theme: Werkstatt.theme, heute: Werkstatt.heute))
    }

    func lies(_ sitePfad: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(sitePfad), encoding: .utf8)
    }

    func aufraeumen() { try? FileManager.default.removeItem(at: ordner) }
}

extension Diagnosen {
    func mit(code: String) -> [Diagnose] { alle.filter { $0.code == code } }
}
