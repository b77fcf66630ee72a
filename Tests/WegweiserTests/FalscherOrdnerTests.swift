import Foundation
import Testing
@testable import Wegweiser

/// An event saved in `angebote/`, or a service in `termine/`: one message that says where the
/// file belongs, instead of one for every key it has or lacks.
@Suite struct FalscherOrdnerTests {
    static let termin = Werkstatt.grundlage["gemeinden/bedorf/termine/seniorennachmittag.md"]!
    static let angebot = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!

    @Test func terminImOrdnerAngebote() throws {
        let w = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": nil,
                               "gemeinden/bedorf/angebote/seniorennachmittag.md": Self.termin])
        defer { w.aufraeumen() }
        let d = try w.pruefe().1.alle.filter { $0.datei == "gemeinden/bedorf/angebote/seniorennachmittag.md" }
        #expect(d.count == 1, "\(d.map(\.meldung))")
        let m = try #require(d.first)
        #expect(m.code == "falscher-ordner" && m.schwere == .fehler)
        // at `beginn:`, the line that makes it an event
        #expect(m.zeile == 3 && m.quelltext?.hasPrefix("beginn:") == true, "\(m)")
        #expect(m.meldung.contains("beschreibt einen Termin") && m.meldung.contains("Verschieben Sie sie nach `gemeinden/bedorf/termine/`"), "\(m.meldung)")
        #expect(m.vorschlag?.contains("`gemeinden/bedorf/termine/seniorennachmittag.md`") == true, "\(m.vorschlag ?? "")")
    }

    /// `--content content/gemeinden`: one message that names the content folder above, not an
    /// error for every file; a folder without `region.yaml` and none above keeps its errors.
    @Test func teilDesInhaltsordners() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        for teil in ["gemeinden", "gemeinden/audorf", "gemeinden/audorf/angebote"] {
            let d = Diagnosen()
            #expect(throws: InhaltsordnerFehler.self) {
                _ = try InhaltLeser.lies(ordner: w.inhalt.appendingPathComponent(teil), heute: Werkstatt.heute, diagnosen: d)
            }
            let oben = InhaltLeser.inhaltsordnerDarueber(w.inhalt.appendingPathComponent(teil))
            #expect(oben?.path == w.inhalt.standardizedFileURL.path, "\(teil): \(oben?.path ?? "-")")
            #expect(d.alle.isEmpty)
        }
        let leer = try Werkstatt(["region.yaml": nil, "kategorien.yaml": nil]); defer { leer.aufraeumen() }
        #expect(InhaltLeser.inhaltsordnerDarueber(leer.inhalt) == nil)
        #expect(try leer.pruefe().1.mit(code: "region-fehlt").count == 1)
    }

    @Test func angebotImOrdnerTermine() throws {
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": nil, "region/termine/pflege-audorf.md": Self.angebot])
        defer { w.aufraeumen() }
        let d = try w.pruefe().1.alle.filter { $0.datei == "region/termine/pflege-audorf.md" }
        #expect(d.count == 1, "\(d.map(\.meldung))")
        let m = try #require(d.first)
        #expect(m.code == "falscher-ordner" && m.zeile == 4, "\(m)")
        #expect(m.meldung.contains("beschreibt ein Angebot") && m.meldung.contains("nach `region/angebote/`"), "\(m.meldung)")
    }

    /// A file that builds is never the other kind: a service with a stray `beginn:` stays a service
    /// with a warning about the unknown key; a broken event with two service keys stays an event.
    @Test func nurWasOhnehinScheitert() throws {
        let mitBeginn = Self.angebot.replacingOccurrences(of: "geprueft:", with: "beginn: 2026-01-01\nende: 2026-12-31\ngeprueft:")
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": mitBeginn]); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(!d.hatFehler && d.mit(code: "falscher-ordner").isEmpty, "\(d.alle)")
        #expect(inhalt?.angebote.contains { $0.id == "pflege-audorf" } == true)

        let ohneBeginn = Self.termin.replacingOccurrences(of: "beginn: \"2026-12-02 14:00\"\n", with: "traeger: Seniorenkreis\ngeprueft: 2026-10-01\n")
        let v = try Werkstatt(["gemeinden/bedorf/termine/seniorennachmittag.md": ohneBeginn]); defer { v.aufraeumen() }
        let e = try v.pruefe().1
        #expect(e.mit(code: "falscher-ordner").isEmpty && e.mit(code: "pflichtfeld-fehlt").first?.meldung.contains("`beginn`") == true, "\(e.alle)")
    }
}
