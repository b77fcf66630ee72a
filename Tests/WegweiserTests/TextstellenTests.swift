import Foundation
import Testing
@testable import Wegweiser

/// HTML, images and links without an address in a body were dropped or led nowhere without a
/// word: each is a warning at its line, and the page is built as before.
@Suite struct TextstellenTests {
    static let pfad = "gemeinden/audorf/angebote/pflege-audorf.md"

    func warnungen(_ koerper: String) throws -> (Diagnosen, Werkstatt) {
        let text = Werkstatt.grundlage[Self.pfad]! + "\n" + koerper + "\n"
        let w = try Werkstatt([Self.pfad: text])
        let (inhalt, d) = try w.pruefe()
        #expect(inhalt != nil && !d.hatFehler, "\(d.alle)")
        return (d, w)
    }

    @Test func htmlImText() throws {
        // the body's own line is file line 14; the HTML follows in line 15
        let (d, w) = try warnungen("<b>Wichtig:</b> bitte <br>anmelden.\n\n<center>Neu!</center>\n\n<!-- Notiz für uns -->")
        defer { w.aufraeumen() }
        let m = d.mit(code: "text-wird-anders-angezeigt")
        #expect(m.count == 2, "\(m)")
        #expect(m.first?.zeile == 15 && m.first?.spalte == 1)
        #expect(m.first?.meldung.contains("`<b>`, `<br>`") == true)
        #expect(m.first?.vorschlag?.contains("`**Wichtig**`") == true)
        #expect(m.last?.zeile == 17)
        #expect(m.last?.meldung.contains("fehlt auf der Website ganz") == true)
        #expect(m.allSatisfy { $0.schwere == .warnung })
    }

    @Test func bildUndLinkOhneAdresse() throws {
        let (d, w) = try warnungen("![Unser Team](team.jpg)\n\nSiehe [Bürgerbus](buergerbus) und [Web](www.example.org), [Mail](mailto:a@example.org), [hier](#oben), [Flyer](https://example.org/f.pdf).")
        defer { w.aufraeumen() }
        let m = d.mit(code: "text-wird-anders-angezeigt")
        #expect(m.map(\.zeile) == [15, 17, 17], "\(m)")
        try #require(m.count == 3)
        #expect(m[0].meldung.contains("„team.jpg“"))
        #expect(m[1].meldung.contains("„buergerbus“") && m[1].spalte == 17)
        #expect(m[2].vorschlag?.contains("`(https://www.example.org)`") == true)
    }

    /// A link to a script or a file on the volunteer's computer: the page shows only its text.
    @Test func linkAufSkriptOderDatei() throws {
        let (d, w) = try warnungen("[Jetzt anmelden](javascript:alert(1)) oder [Flyer](file:///C:/flyer.pdf), [Telefon](tel:+4981661234).")
        defer { w.aufraeumen() }
        let m = d.mit(code: "text-wird-anders-angezeigt")
        try #require(m.count == 2, "\(m)")
        #expect(m[0].zeile == 15 && m[0].spalte == 16, "\(m[0])")
        #expect(m[0].meldung.contains("„javascript:“") && m[1].meldung.contains("„file:“"), "\(m)")
        #expect(m[0].vorschlag?.contains("`(https://www.beispiel.de/)`") == true)
        _ = try w.baue()
        let seite = try w.lies("angebote/pflege-audorf/index.html")
        #expect(seite.contains("Jetzt anmelden") && !seite.contains("javascript:"))
    }
}
