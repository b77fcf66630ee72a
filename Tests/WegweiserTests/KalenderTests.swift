import Foundation
import Testing
@testable import Wegweiser

/// The calendar files (RFC 5545) beside the event pages.
@Suite struct KalenderTests {
    /// The content lines of a file, unfolded; every physical line ends in CRLF and has at most 75 octets.
    static func zeilen(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var physisch: [[UInt8]] = [], aktuell: [UInt8] = [], i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { physisch.append(aktuell); aktuell = []; i += 2; continue }
            #expect(bytes[i] != 10, "LF without CR")
            aktuell.append(bytes[i]); i += 1
        }
        #expect(aktuell.isEmpty, "the file ends with CRLF")
        var logisch: [String] = []
        for p in physisch {
            #expect(p.count <= 75, "\(String(decoding: p, as: UTF8.self))")
            let s = String(decoding: p, as: UTF8.self)
            #expect(!s.contains("\u{FFFD}"), "folded inside a character: \(s)")
            if p.first == 32, !logisch.isEmpty { logisch[logisch.count - 1] += String(s.dropFirst()) } else { logisch.append(s) }
        }
        return logisch
    }

    /// A monthly series on the second Tuesday: its rule, its end in UTC, the day it does not take
    /// place, its time zone with summer time; texts escaped; the page links the file.
    @Test func eineReiheMitRegelUndAusfall() throws {
        let w = try TerminAusfallTests.netzwerktreffen("entfaellt: 2027-01\nkosten: 5 €; mit Imbiss, Getränke extra"); defer { w.aufraeumen() }
        try w.schreibe("region.yaml", Werkstatt.grundlage["region.yaml"]! + "\nbasis_url: https://wegweiser.example.org/")
        _ = try w.baue()
        let z = Self.zeilen(try w.lies("termine/netzwerktreffen/termin.ics"))
        #expect(z.first == "BEGIN:VCALENDAR" && z.last == "END:VCALENDAR")
        #expect(z.contains("UID:netzwerktreffen@wegweiser.example.org"))
        #expect(z.contains("DTSTART;TZID=Europe/Berlin:20261110T190000"))
        #expect(z.contains("DTEND;TZID=Europe/Berlin:20261110T210000"))
        // 2027-03-31 23:59:59 in Berlin (summer time since 28 March) is 21:59:59 UTC
        #expect(z.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270331T215959Z"), "\(z)")
        #expect(z.contains("EXDATE;TZID=Europe/Berlin:20270112T190000"))
        #expect(z.contains("DESCRIPTION:Austausch der Nachbarschaftshilfen.\\nVeranstalter: AK Soziales\\nKosten: 5 €\\; mit Imbiss\\, Getränke extra\\nhttps://wegweiser.example.org/termine/netzwerktreffen/"), "\(z)")
        #expect(z.contains("URL:https://wegweiser.example.org/termine/netzwerktreffen/"))
        #expect(z.contains("DTSTART:20260329T020000") && z.contains("TZOFFSETTO:+0200"), "summer time 2026")
        #expect(z.contains("DTSTART:20271031T030000"), "back to winter time 2027")
        #expect(z.firstIndex(of: "BEGIN:VTIMEZONE")! < z.firstIndex(of: "BEGIN:VEVENT")!)
        #expect(try w.lies("termine/netzwerktreffen/index.html").contains(#"href="termin.ics" download"#))
    }

    /// Every 14 days and weekly; a long title folded at 75 octets without splitting an umlaut.
    @Test func vierzehntaeglichUndLangeZeilen() throws {
        let titel = "Offene Sprechstunde für Fragen rund um Smartphone, Tablet und Computer – für Ältere"
        let w = try Werkstatt(["gemeinden/audorf/termine/sprechstunde.md": """
            ---
            titel: \(titel)
            beginn: "2026-12-02 15:00"
            ort: Bücherei Audorf
            veranstalter: vhs
            kurzbeschreibung: Fragen mitbringen.
            wiederholung: 14-tägig
            bis: 2027-02-24
            ---
            """]); defer { w.aufraeumen() }
        _ = try w.baue()
        let z = Self.zeilen(try w.lies("termine/sprechstunde/termin.ics"))
        #expect(z.contains("SUMMARY:" + titel.replacingOccurrences(of: ",", with: "\\,")), "\(z)")
        // 2027-02-24 23:59:59 in winter time is 22:59:59 UTC
        #expect(z.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270224T225959Z"), "\(z)")
        #expect(!z.contains { $0.hasPrefix("EXDATE") } && !z.contains { $0.hasPrefix("DTEND") })
        #expect(z.contains("UID:sprechstunde@testtal.wegweiser.invalid"))
    }

    /// The region's calendar has the current events, not the past ones; `termine/` links it; so
    /// does each Gemeinde's page its own.
    @Test func derKalenderAllerTermine() throws {
        let w = try Werkstatt(["gemeinden/audorf/termine/vorbei.md": """
            ---
            titel: Sommerfest
            beginn: "2026-07-02 15:00"
            ort: Bücherei Audorf
            veranstalter: vhs
            kurzbeschreibung: War schön.
            ---
            """]); defer { w.aufraeumen() }
        _ = try w.baue()
        let z = Self.zeilen(try w.lies("termine/kalender.ics"))
        let uids = z.filter { $0.hasPrefix("UID:") }.sorted()
        #expect(uids == ["UID:netzwerktreffen@testtal.wegweiser.invalid", "UID:seniorennachmittag@testtal.wegweiser.invalid"])
        #expect(z.contains("X-WR-CALNAME:Seniorenwegweiser Testtal: Alle Termine"))
        #expect(try w.lies("termine/index.html").contains(#"href="../termine/kalender.ics" download"#))
        // each Gemeinde's calendar: its own events and the region's
        let bedorf = Self.zeilen(try w.lies("gemeinden/bedorf/kalender.ics")).filter { $0.hasPrefix("UID:") }.sorted()
        #expect(bedorf == uids)
        let audorf = Self.zeilen(try w.lies("gemeinden/audorf/kalender.ics"))
        #expect(audorf.filter { $0.hasPrefix("UID:") } == ["UID:netzwerktreffen@testtal.wegweiser.invalid"])
        #expect(audorf.contains("X-WR-CALNAME:Seniorenwegweiser Testtal: Audorf"))
        #expect(try w.lies("gemeinden/audorf/index.html").contains(#"href="kalender.ics" download"#))
        // a past event keeps its file but its page offers none
        #expect(try w.lies("termine/vorbei/termin.ics").contains("SUMMARY:Sommerfest"))
        #expect(!(try w.lies("termine/vorbei/index.html")).contains("termin.ics"))
    }
}
