import Foundation
import Testing
@testable import Wegweiser

/// The page of a series lists its next dates; when the series goes on after them, it says so.
@Suite struct TerminReiheTests {
    static func reihe(_ zeilen: String) throws -> Werkstatt {
        try Werkstatt(["region/termine/sitzgymnastik.md": """
            ---
            titel: Sitzgymnastik
            beginn: "2026-11-24 10:00"
            ende: "2026-11-24 11:00"
            ort: Pfarrheim Audorf
            veranstalter: AK Soziales
            kurzbeschreibung: Bewegung im Sitzen.
            \(zeilen)
            ---
            """])
    }

    /// Weekly to the end of June: 12 more dates shown, then the last one named.
    @Test func langeReiheSagtIhrenLetztenTermin() throws {
        let w = try Self.reihe("wiederholung: woechentlich\nbis: 2027-06-30"); defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("termine/sitzgymnastik/index.html")
        #expect(seite.components(separatedBy: "<li><time").count - 1 == 12, "twelve more dates")
        #expect(seite.contains("<p>Danach geht die Reihe weiter, bis zum letzten Termin am Dienstag, 29. Juni 2027.</p>"))
    }

    /// A short series is listed whole: no such line.
    @Test func kurzeReiheGanz() throws {
        let w = try Self.reihe("wiederholung: monatlich\nbis: 2027-03-31"); defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("termine/sitzgymnastik/index.html")
        #expect(seite.contains("Weitere Termine dieser Reihe"))
        #expect(!seite.contains("Danach geht die Reihe weiter"))
    }
}
