import Testing
@testable import Wegweiser

private typealias Tag = Oeffnungszeiten.Wochentag
private typealias Regel = Oeffnungszeiten.Regel
private typealias Tage = Oeffnungszeiten.Tagesauswahl
private typealias Spanne = Oeffnungszeiten.Zeitspanne

private struct UnerwarteterFehler: Error, CustomStringConvertible {
    let description: String
}

private func lies(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Oeffnungszeiten {
    switch OeffnungszeitenParser.parse(text) {
    case .success(let o):
        return o
    case .failure(let f):
        Issue.record("„\(text)“ nicht gelesen: Spalte \(f.spalte): \(f.meldung) / \(f.vorschlag)", sourceLocation: sourceLocation)
        throw UnerwarteterFehler(description: f.meldung)
    }
}

private func fehler(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> OeffnungszeitenFehler {
    switch OeffnungszeitenParser.parse(text) {
    case .success(let o):
        Issue.record("„\(text)“ hätte scheitern sollen, ergab \(o.regeln)", sourceLocation: sourceLocation)
        throw UnerwarteterFehler(description: "kein Fehler")
    case .failure(let f):
        return f
    }
}

private func tage(_ t: Tag...) -> Tage { Tage(wochentage: Set(t)) }
private let moBisFr: Set<Tag> = [.montag, .dienstag, .mittwoch, .donnerstag, .freitag]

private func gleich(_ a: [(tage: String, zeiten: String)], _ b: [(String, String)],
                    sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.map { "\($0.tage) | \($0.zeiten)" } == b.map { "\($0.0) | \($0.1)" }, sourceLocation: sourceLocation)
}

@Suite("Öffnungszeiten: Beispiele aus dem Inhaltsformat")
struct OeffnungszeitenBeispielTests {
    @Test func werktagsVormittags() throws {
        let o = try lies("Mo-Fr 08:00-12:00")
        #expect(o.regeln == [Regel(tage: Tage(wochentage: moBisFr), zeiten: [Spanne((8, 0), (12, 0))])])
        #expect(!o.rundUmDieUhr)
        #expect(o.kommentar == nil)
        #expect(o.quelle == "Mo-Fr 08:00-12:00")
        #expect(o.text(.de) == "Montag bis Freitag 8:00–12:00 Uhr")
        #expect(o.text(.en) == "Monday to Friday 8:00–12:00")
        gleich(o.zeilen(.de), [("Montag bis Freitag", "8:00–12:00 Uhr")])
        gleich(o.zeilen(.en), [("Monday to Friday", "8:00–12:00")])
        let s = o.spezifikation
        #expect(s.count == 1)
        #expect(s.first?.tage == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        #expect(s.first?.von == "08:00")
        #expect(s.first?.bis == "12:00")
    }

    @Test func listeUndMehrereZeiten() throws {
        let o = try lies("Mo,Mi 08:00-12:00,14:00-16:00; Sa 09:00-11:00")
        #expect(o.regeln == [
            Regel(tage: tage(.montag, .mittwoch), zeiten: [Spanne((8, 0), (12, 0)), Spanne((14, 0), (16, 0))]),
            Regel(tage: tage(.samstag), zeiten: [Spanne((9, 0), (11, 0))]),
        ])
        #expect(o.text(.de) == "Montag und Mittwoch 8:00–12:00 und 14:00–16:00 Uhr; Samstag 9:00–11:00 Uhr")
        #expect(o.text(.en) == "Monday and Wednesday 8:00–12:00 and 14:00–16:00; Saturday 9:00–11:00")
        gleich(o.zeilen(.de), [("Montag und Mittwoch", "8:00–12:00 und 14:00–16:00 Uhr"), ("Samstag", "9:00–11:00 Uhr")])
        #expect(o.spezifikation.map { "\($0.tage.joined(separator: ",")) \($0.von)-\($0.bis)" } == [
            "Monday,Wednesday 08:00-12:00", "Monday,Wednesday 14:00-16:00", "Saturday 09:00-11:00",
        ])
    }

    @Test func feiertageGeschlossen() throws {
        let o = try lies("Di-Do 09:00-12:00; PH off")
        #expect(o.regeln == [
            Regel(tage: tage(.dienstag, .mittwoch, .donnerstag), zeiten: [Spanne((9, 0), (12, 0))]),
            Regel(tage: Tage(wochentage: [], feiertage: true), geschlossen: true),
        ])
        #expect(o.text(.de) == "Dienstag bis Donnerstag 9:00–12:00 Uhr; Feiertage geschlossen")
        #expect(o.text(.en) == "Tuesday to Thursday 9:00–12:00; public holidays closed")
        gleich(o.zeilen(.en), [("Tuesday to Thursday", "9:00–12:00"), ("Public holidays", "closed")])
        #expect(o.spezifikation.count == 1)
    }

    @Test func ersterMontagImMonat() throws {
        let o = try lies("Mo[1] 14:00-16:00")
        #expect(o.regeln == [Regel(tage: Tage(wochentage: [.montag], imMonat: [1]), zeiten: [Spanne((14, 0), (16, 0))])])
        #expect(o.text(.de) == "am 1. Montag im Monat 14:00–16:00 Uhr")
        #expect(o.text(.en) == "on the first Monday of the month 14:00–16:00")
        gleich(o.zeilen(.de), [("Am 1. Montag im Monat", "14:00–16:00 Uhr")])
        #expect(o.spezifikation.isEmpty)
    }

    @Test func rundUmDieUhr() throws {
        let o = try lies("24/7")
        #expect(o.rundUmDieUhr)
        #expect(o.regeln.isEmpty)
        #expect(o.text(.de) == "rund um die Uhr")
        #expect(o.text(.en) == "around the clock")
        gleich(o.zeilen(.de), [("Täglich", "rund um die Uhr")])
        let s = o.spezifikation
        #expect(s.count == 1)
        #expect(s.first?.tage.count == 7)
        #expect(s.first?.von == "00:00")
        #expect(s.first?.bis == "23:59")
    }

    @Test func nurBemerkung() throws {
        let o = try lies(#""nach Vereinbarung""#)
        #expect(o.regeln.isEmpty)
        #expect(o.kommentar == "nach Vereinbarung")
        #expect(o.text(.de) == "nach Vereinbarung")
        gleich(o.zeilen(.de), [("", "nach Vereinbarung")])
        #expect(o.spezifikation.isEmpty)
    }

    @Test func regelMitBemerkung() throws {
        let o = try lies(#"Mo-Fr 09:00-12:00 "und nach Vereinbarung""#)
        #expect(o.regeln == [Regel(tage: Tage(wochentage: moBisFr), zeiten: [Spanne((9, 0), (12, 0))], kommentar: "und nach Vereinbarung")])
        #expect(o.kommentar == nil)
        #expect(o.text(.de) == "Montag bis Freitag 9:00–12:00 Uhr und nach Vereinbarung")
        gleich(o.zeilen(.de), [("Montag bis Freitag", "9:00–12:00 Uhr und nach Vereinbarung")])
    }
}

@Suite("Öffnungszeiten: Schreibweisen")
struct OeffnungszeitenSchreibweisenTests {
    @Test func englischeUndDeutscheTageSindGleich() throws {
        let de = try lies("Mo,Di,Mi,Do,Fr,Sa,So 10:00-11:00")
        let en = try lies("Mo,Tu,We,Th,Fr,Sa,Su 10:00-11:00")
        #expect(de.regeln == en.regeln)
        #expect(de.regeln.first?.tage.wochentage.count == 7)
        #expect(de.text(.de) == "täglich 10:00–11:00 Uhr")
        gleich(de.zeilen(.en), [("Daily", "10:00–11:00")])
        #expect(try lies("mo-FR 08:00-12:00").regeln == lies("Mo-Fr 08:00-12:00").regeln)
        #expect(try lies("tu-th 08:00-12:00").regeln == lies("Di-Do 08:00-12:00").regeln)
    }

    @Test func grosszuegigBeiLeerzeichenStrichUndEinstelligenStunden() throws {
        let erwartet = try lies("Mo-Fr 08:00-12:00,14:00-16:00; Sa 09:00-11:00").regeln
        for text in [
            "  Mo - Fr   8:00 – 12:00 , 14:00-16:00 ;Sa 9:00-11:00 ; ",
            "Mo–Fr 8:00–12:00,14:00–16:00;Sa 09:00-11:00;",
            "Mo-Fr\n08:00-12:00,\n14:00-16:00;\r\nSa 09:00-11:00",
            "Mo, Di, Mi, Do, Fr 08:00-12:00, 14:00-16:00; Sa 09:00-11:00",
        ] {
            #expect(try lies(text).regeln == erwartet, "\(text)")
        }
    }

    @Test func umDieWocheHerum() throws {
        let o = try lies("Fr-Mo 10:00-12:00")
        #expect(o.regeln.first?.tage.wochentage == [.freitag, .samstag, .sonntag, .montag])
        #expect(o.text(.de) == "Freitag bis Montag 10:00–12:00 Uhr")
        #expect(o.text(.en) == "Friday to Monday 10:00–12:00")
        let p = try lies("Di-Do 08:00-12:00; Fr-Mo 10:00-12:00")
        #expect(p.text(.de) == "Dienstag bis Donnerstag 8:00–12:00 Uhr; Freitag bis Montag 10:00–12:00 Uhr")
    }

    @Test func geschlossenWoerter() throws {
        for wort in ["off", "closed", "geschlossen", "OFF", "Geschlossen"] {
            let o = try lies("Mo-Fr 08:00-12:00; Mi \(wort)")
            #expect(o.regeln.last == Regel(tage: tage(.mittwoch), geschlossen: true), "\(wort)")
        }
        let allein = try lies("off")
        #expect(allein.regeln == [Regel(tage: .alleTage, geschlossen: true)])
        #expect(allein.text(.de) == "täglich geschlossen")
    }

    @Test func zeitenOhneTageGeltenTaeglich() throws {
        let o = try lies("10:00-18:00")
        #expect(o.regeln == [Regel(tage: .alleTage, zeiten: [Spanne((10, 0), (18, 0))])])
        #expect(o.text(.de) == "täglich 10:00–18:00 Uhr")
    }

    @Test func bisMitternacht() throws {
        let o = try lies("Sa 18:00-24:00; So 00:00-24:00")
        #expect(o.regeln.map(\.zeiten) == [[Spanne(von: 1080, bis: 1440)], [Spanne(von: 0, bis: 1440)]])
        #expect(o.text(.de) == "Samstag 18:00–24:00 Uhr; Sonntag 0:00–24:00 Uhr")
        #expect(o.spezifikation.map(\.bis) == ["23:59", "23:59"])
    }

    @Test func deutscheUndTypografischeAnfuehrungszeichen() throws {
        #expect(try lies("„nach Vereinbarung“").kommentar == "nach Vereinbarung")
        #expect(try lies("“by appointment”").kommentar == "by appointment")
        let o = try lies("Mo 08:00-10:00 „Termine nur telefonisch“")
        #expect(o.regeln.first?.kommentar == "Termine nur telefonisch")
        #expect(o.text(.de) == "Montag 8:00–10:00 Uhr (Termine nur telefonisch)")
        #expect(try lies(#""Kommentar; mit Semikolon""#).kommentar == "Kommentar; mit Semikolon")
    }

    @Test func wochenImMonat() throws {
        let letzter = try lies("Mo[-1] 14:00-16:00")
        #expect(letzter.regeln.first?.tage.imMonat == [-1])
        #expect(letzter.text(.de) == "am letzten Montag im Monat 14:00–16:00 Uhr")
        #expect(letzter.text(.en) == "on the last Monday of the month 14:00–16:00")
        let zwei = try lies("Mi[3,1] 14:00-16:00")
        #expect(zwei.regeln.first?.tage.imMonat == [1, 3])
        #expect(zwei.text(.de) == "am 1. und 3. Mittwoch im Monat 14:00–16:00 Uhr")
        #expect(zwei.text(.en) == "on the first and third Wednesday of the month 14:00–16:00")
        let gemischt = try lies("Fr[1,-1] 10:00-11:00")
        #expect(gemischt.text(.de) == "am 1. und letzten Freitag im Monat 10:00–11:00 Uhr")
        #expect(gemischt.text(.en) == "on the first and last Friday of the month 10:00–11:00")
    }

    @Test func feiertageInDerListe() throws {
        let o = try lies("Mo-Fr 08:00-12:00; Sa,So,PH off")
        #expect(o.regeln.last?.tage == Tage(wochentage: [.samstag, .sonntag], feiertage: true))
        gleich(o.zeilen(.de), [("Montag bis Freitag", "8:00–12:00 Uhr"), ("Samstag, Sonntag und Feiertage", "geschlossen")])
        #expect(o.text(.en) == "Monday to Friday 8:00–12:00; Saturday, Sunday and public holidays closed")
    }

    @Test func bemerkungNachRundUmDieUhrUndMehrereBemerkungen() throws {
        let o = try lies(#"24/7 "auch an Feiertagen""#)
        #expect(o.rundUmDieUhr)
        #expect(o.kommentar == "auch an Feiertagen")
        #expect(o.text(.de) == "rund um die Uhr auch an Feiertagen")
        let p = try lies(#"Mo 08:00-10:00; "nach Vereinbarung""#)
        #expect(p.kommentar == "nach Vereinbarung")
        #expect(p.text(.de) == "Montag 8:00–10:00 Uhr; nach Vereinbarung")
        gleich(p.zeilen(.de), [("Montag", "8:00–10:00 Uhr"), ("", "nach Vereinbarung")])
        let q = try lies(#"Sa "nach Vereinbarung""#)
        #expect(q.regeln == [Regel(tage: tage(.samstag), kommentar: "nach Vereinbarung")])
        #expect(q.text(.de) == "Samstag nach Vereinbarung")
    }

    @Test func listenMitDreiTagen() throws {
        let o = try lies("Mo,Mi,Fr 09:00-10:00")
        #expect(o.text(.de) == "Montag, Mittwoch und Freitag 9:00–10:00 Uhr")
        #expect(o.text(.en) == "Monday, Wednesday and Friday 9:00–10:00")
        let p = try lies("Mo-Mi,Fr,Sa 09:00-10:00")
        #expect(p.text(.de) == "Montag bis Mittwoch, Freitag und Samstag 9:00–10:00 Uhr")
        let q = try lies("Mo,Di,Do-Sa 09:00-10:00")
        #expect(q.text(.de) == "Montag, Dienstag sowie Donnerstag bis Samstag 9:00–10:00 Uhr")
        #expect(q.text(.en) == "Monday, Tuesday as well as Thursday to Saturday 9:00–10:00")
    }
}

@Suite("Öffnungszeiten: spätere Regeln ersetzen frühere")
struct OeffnungszeitenErsetzungTests {
    @Test func mittwochNurVormittags() throws {
        let o = try lies("Mo-Fr 08:00-16:00; Mi 08:00-12:00")
        #expect(o.regeln == [
            Regel(tage: tage(.montag, .dienstag, .donnerstag, .freitag), zeiten: [Spanne((8, 0), (16, 0))]),
            Regel(tage: tage(.mittwoch), zeiten: [Spanne((8, 0), (12, 0))]),
        ])
        #expect(o.text(.de) == "Montag, Dienstag, Donnerstag und Freitag 8:00–16:00 Uhr; Mittwoch 8:00–12:00 Uhr")
        #expect(o.spezifikation.map(\.tage) == [["Monday", "Tuesday", "Thursday", "Friday"], ["Wednesday"]])
    }

    @Test func mittwochGeschlossen() throws {
        let o = try lies("Mo-Fr 08:00-12:00; Mi off")
        #expect(o.regeln == [
            Regel(tage: tage(.montag, .dienstag, .donnerstag, .freitag), zeiten: [Spanne((8, 0), (12, 0))]),
            Regel(tage: tage(.mittwoch), geschlossen: true),
        ])
        gleich(o.zeilen(.de), [("Montag, Dienstag, Donnerstag und Freitag", "8:00–12:00 Uhr"), ("Mittwoch", "geschlossen")])
        #expect(o.text(.en) == "Monday, Tuesday, Thursday and Friday 8:00–12:00; Wednesday closed")
        #expect(o.spezifikation.count == 1)
    }

    @Test func ganzErsetzteRegelVerschwindet() throws {
        let o = try lies("Mo 08:00-10:00; Mo-Fr 09:00-11:00")
        #expect(o.regeln == [Regel(tage: Tage(wochentage: moBisFr), zeiten: [Spanne((9, 0), (11, 0))])])
        #expect(try lies("PH 10:00-12:00; PH off").regeln == [Regel(tage: Tage(wochentage: [], feiertage: true), geschlossen: true)])
    }

    @Test func gleicheZeitenAusVerschiedenenRegelnWerdenZusammengefasst() throws {
        let o = try lies("Mo 08:00-12:00; Di 08:00-12:00; Mi 08:00-12:00; Do 14:00-16:00")
        #expect(o.regeln.count == 4)
        gleich(o.zeilen(.de), [("Montag bis Mittwoch", "8:00–12:00 Uhr"), ("Donnerstag", "14:00–16:00 Uhr")])
        #expect(o.text(.de) == "Montag bis Mittwoch 8:00–12:00 Uhr; Donnerstag 14:00–16:00 Uhr")
    }

    @Test func wocheImMonatIstAusnahme() throws {
        let o = try lies("Mo-Fr 08:00-12:00; Mo[1] 14:00-16:00")
        #expect(o.regeln.count == 2)
        #expect(o.regeln[0].tage.wochentage == moBisFr)
        gleich(o.zeilen(.de), [("Montag bis Freitag", "8:00–12:00 Uhr"), ("Am 1. Montag im Monat", "14:00–16:00 Uhr")])
        // a later weekly rule replaces it, a later rule for the same week too
        #expect(try lies("Mo[1] 14:00-16:00; Mo 08:00-09:00").regeln == [Regel(tage: tage(.montag), zeiten: [Spanne((8, 0), (9, 0))])])
        #expect(try lies("Mo[1,3] 14:00-16:00; Mo[1] off").regeln == [
            Regel(tage: Tage(wochentage: [.montag], imMonat: [3]), zeiten: [Spanne((14, 0), (16, 0))]),
            Regel(tage: Tage(wochentage: [.montag], imMonat: [1]), geschlossen: true),
        ])
    }
}

@Suite("Öffnungszeiten: Fehler")
struct OeffnungszeitenFehlerTests {
    struct Fall: Sendable, CustomTestStringConvertible {
        let text: String
        let spalte: Int
        let meldung: String
        let vorschlag: String
        var testDescription: String { text }
    }

    static let faelle: [Fall] = [
        Fall(text: "Mo-Fr 8-12", spalte: 6, meldung: "keine Minuten", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Montag bis Freitag 8 bis 12 Uhr", spalte: 0, meldung: "„Mo“ statt „Montag“", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo-Xy 08:00-12:00", spalte: 3, meldung: "Mo Di Mi Do Fr Sa So", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "", spalte: 0, meldung: "leer", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "  ; ", spalte: 0, meldung: "leer", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo 25:00-26:00", spalte: 3, meldung: "„25:00“ gibt es nicht", vorschlag: "08:00-12:00"),
        Fall(text: "Mo 10:00-12:60", spalte: 9, meldung: "„12:60“ gibt es nicht", vorschlag: "08:00-12:00"),
        Fall(text: "Mo 12:00-08:00", spalte: 3, meldung: "08:00 liegt nicht nach der Anfangszeit 12:00", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo 24:00-24:00", spalte: 3, meldung: "„24:00“ gibt es nicht", vorschlag: "18:00-24:00"),
        Fall(text: "Mo-Fr 08:00-12:00 Sa 09:00-11:00", spalte: 18, meldung: "Semikolon", vorschlag: "Mo-Fr 08:00-12:00; Sa 09:00-11:00"),
        Fall(text: "Mo-Fr 08:00-12:00, Sa 09:00-11:00", spalte: 17, meldung: "nicht mit einem Komma", vorschlag: "Mo-Fr 08:00-12:00; Sa 09:00-11:00"),
        Fall(text: "Mo-Fr", spalte: 5, meldung: "fehlen die Uhrzeiten", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo-Fr; Sa 09:00-10:00", spalte: 5, meldung: "fehlen die Uhrzeiten", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: #"Mo-Fr 08:00-12:00 "und nach"#, spalte: 18, meldung: "nicht wieder geschlossen", vorschlag: #""und nach Vereinbarung""#),
        Fall(text: "Mo[0] 10:00-12:00", spalte: 3, meldung: "1 bis 5", vorschlag: "Mo[1] 14:00-16:00"),
        Fall(text: "Mo[1],Mi 10:00-12:00", spalte: 5, meldung: "steht allein", vorschlag: "Mo[1] 14:00-16:00; Mi[3] 14:00-16:00"),
        Fall(text: "Mo[1", spalte: 4, meldung: "eckige Klammer", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo-Fr 08:00-12:00 Uhr", spalte: 18, meldung: "„Uhr“ bitte weglassen", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "24/7; PH off", spalte: 6, meldung: "„24/7“ steht allein", vorschlag: "Mo-So 00:00-24:00; PH off"),
        Fall(text: "Mo 0800-1200", spalte: 3, meldung: "Doppelpunkt", vorschlag: "Mo 08:00-12:00"),
        Fall(text: "Mo 8.00-12.00", spalte: 3, meldung: "Doppelpunkt", vorschlag: "Mo 08:00-12:00"),
        Fall(text: "Mo 08:00-12:00,11:00-14:00", spalte: 15, meldung: "überschneiden", vorschlag: "08:00-12:00,14:00-16:00"),
        Fall(text: "Mo 08:00", spalte: 8, meldung: "Endzeit", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo 8:5-9:00", spalte: 3, meldung: "zweistellig", vorschlag: "08:05"),
        Fall(text: "Mo Fr 08:00-12:00", spalte: 3, meldung: "Komma (Mo,Mi) oder Bindestrich", vorschlag: "Mo,Fr 08:00-12:00"),
        Fall(text: "Mo. - Fr. 08:00-12:00", spalte: 2, meldung: "ohne Punkt", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "täglich 08:00-12:00", spalte: 0, meldung: "Mo-So", vorschlag: "Mo-So 08:00-12:00"),
        Fall(text: "werktags 08:00-12:00", spalte: 0, meldung: "Montag bis Samstag", vorschlag: "Mo-Sa 08:00-12:00"),
        Fall(text: "wochentags 08:00-12:00", spalte: 0, meldung: "Montag bis Freitag", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "nach Vereinbarung", spalte: 0, meldung: "Anführungszeichen", vorschlag: #""nach Vereinbarung""#),
        Fall(text: "Mo-Fr 08:00-12:00; Feiertage geschlossen", spalte: 19, meldung: "„PH“", vorschlag: "Mo-Fr 08:00-12:00; PH off"),
        Fall(text: "Mo-Fr 08:00-12:00 14:00-16:00", spalte: 18, meldung: "mit Komma getrennt", vorschlag: "08:00-12:00,14:00-16:00"),
        Fall(text: "PH-Fr off", spalte: 2, meldung: "PH", vorschlag: "Sa,So,PH off"),
        Fall(text: "Mo-Fr 08:00-12:00; SH off", spalte: 19, meldung: "Schulferien", vorschlag: "Schulferien"),
        Fall(text: "Mo-Fr 08:00+", spalte: 11, meldung: "Endzeit", vorschlag: "Mo-Fr 08:00-12:00"),
        Fall(text: "Mo-Fr 08:00-12:00 || \"nach Vereinbarung\"", spalte: 18, meldung: "senkrechte Strich", vorschlag: "Sa 09:00-11:00"),
        Fall(text: #"Mo 08:00-12:00 """#, spalte: 15, meldung: "steht nichts", vorschlag: #""nach Vereinbarung""#),
    ]

    @Test(arguments: faelle)
    func fehlerstelleUndHilfe(_ fall: Fall) throws {
        let f = try fehler(fall.text)
        #expect(f.spalte == fall.spalte, "\(f.meldung)")
        #expect(f.meldung.contains(fall.meldung), "\(f.meldung)")
        #expect(f.vorschlag.contains(fall.vorschlag), "\(f.vorschlag)")
    }

    @Test(arguments: faelle)
    func vorgeschlagenerTextIstLesbar(_ fall: Fall) throws {
        let f = try fehler(fall.text)
        let praefix = "Schreiben Sie: "
        guard f.vorschlag.hasPrefix(praefix) else { return }
        let vorschlag = String(f.vorschlag.dropFirst(praefix.count))
        #expect(try lies(vorschlag).quelle == vorschlag)
    }

    @Test func konkreteVorschlaege() throws {
        #expect(try fehler("Montag bis Freitag 8 bis 12 Uhr").vorschlag == "Schreiben Sie: Mo-Fr 08:00-12:00")
        #expect(try fehler("Mo-Fr 8-12").vorschlag == "Schreiben Sie: Mo-Fr 08:00-12:00")
        #expect(try fehler("Mo - Fr 8.30 - 12 Uhr und 14-16 Uhr, Sa 9-11 Uhr").vorschlag
            == "Schreiben Sie: Mo-Fr 08:30-12:00,14:00-16:00; Sa 09:00-11:00")
        #expect(try fehler("Monday to Friday 8-12").vorschlag == "Schreiben Sie: Mo-Fr 08:00-12:00")
        #expect(try fehler("Di und Do von 9 bis 11 Uhr; feiertags geschlossen").vorschlag
            == "Schreiben Sie: Di,Do 09:00-11:00; PH off")
        // words before or after hours that can be read are a comment on them
        #expect(try fehler("Telefon täglich 8-18 Uhr").vorschlag == #"Schreiben Sie: Mo-So 08:00-18:00 "Telefon""#)
        #expect(try fehler("Mo-Fr 8-12 Uhr Sprechstunde").vorschlag == #"Schreiben Sie: Mo-Fr 08:00-12:00 "Sprechstunde""#)
        // a Werktag is Monday to Saturday, not a comment on every day (`08:00-12:00 "werktags"`)
        #expect(try fehler("werktags 8-12").vorschlag == "Schreiben Sie: Mo-Sa 08:00-12:00")
        #expect(try fehler("werktags 8-12 Uhr, samstags 9-11 Uhr").vorschlag == "Schreiben Sie: Mo-Sa 08:00-12:00; Sa 09:00-11:00")
        #expect(try fehler("wochentags von 9 bis 12").vorschlag == "Schreiben Sie: Mo-Fr 09:00-12:00")
        #expect(try fehler("Telefon werktags 8-18 Uhr").vorschlag == #"Schreiben Sie: Mo-Sa 08:00-18:00 "Telefon""#)
        // `+`, `&`, `/` between days or times; weeks of the month written out or in brackets
        #expect(try fehler("Di + Do 9-11").vorschlag == "Schreiben Sie: Di,Do 09:00-11:00")
        #expect(try fehler("Mo & Mi 8-12 / 13-16").vorschlag == "Schreiben Sie: Mo,Mi 08:00-12:00,13:00-16:00")
        #expect(try fehler("Mo[1] 14-16").vorschlag == "Schreiben Sie: Mo[1] 14:00-16:00")
        #expect(try fehler("jeden ersten Montag 14-16 Uhr").vorschlag == "Schreiben Sie: Mo[1] 14:00-16:00")
        #expect(try fehler("am ersten und dritten Mittwoch im Monat 14-17 Uhr").vorschlag == "Schreiben Sie: Mi[1,3] 14:00-17:00")
        #expect(try fehler("letzten Freitag 9-11").vorschlag == "Schreiben Sie: Fr[-1] 09:00-11:00")
        // (an ordinal without its day is no week of the month)
        #expect(try fehler("ersten 9-11").vorschlag.contains("[") == false)
    }

    @Test func zuLang() throws {
        let f = try fehler(String(repeating: "Mo 08:00-09:00; ", count: 100))
        #expect(f.spalte == OeffnungszeitenParser.maximaleLaenge)
        #expect(f.meldung.contains("zu lang"))
        let riesig = try fehler(String(repeating: "x", count: 1_000_000))
        #expect(riesig.spalte == 1000)
    }

    @Test func markierung() throws {
        let f = try fehler("Mo-Xy 08:00-12:00")
        #expect(f.markierung(in: "Mo-Xy 08:00-12:00") == "Mo-Xy 08:00-12:00\n   ^")
    }

    @Test func spalteZaehltZeichenNichtBytes() throws {
        // „ä“ and the en dash are one Character each
        let f = try fehler("Mo–Fr 08:00–12:00 „ä“ x")
        #expect(f.spalte == 22)
    }
}

@Suite("Öffnungszeiten: robust")
struct OeffnungszeitenRobustTests {
    /// SplitMix64, so that a failure can be reproduced.
    struct Zufall: RandomNumberGenerator {
        var zustand: UInt64
        mutating func next() -> UInt64 {
            zustand &+= 0x9E37_79B9_7F4A_7C15
            var z = zustand
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let gueltig = [
        "Mo-Fr 08:00-12:00", "Mo,Mi 08:00-12:00,14:00-16:00; Sa 09:00-11:00", "Di-Do 09:00-12:00; PH off",
        "Mo[1] 14:00-16:00", "24/7", #""nach Vereinbarung""#, #"Mo-Fr 09:00-12:00 "und nach Vereinbarung""#,
        "Mo[-1,2] 10:00-11:00; Fr-Mo 08:00-24:00; Sa,So,PH off", "„Termine“",
    ]

    @Test func zufallUndMutationenLaufenDurch() {
        var zufall = Zufall(zustand: 20_240_601)
        let alphabet = Array("MoDiMiDoFrSaSuTuWeThPH0123456789:-–,;[]\"„“”/+ .|offclosed24/7\n\t\u{0}é😀\u{301}")
        var gelesen = 0
        for runde in 0..<2000 {
            var zeichen: [Character]
            if runde % 2 == 0 {
                zeichen = (0..<Int.random(in: 0...40, using: &zufall)).map { _ in alphabet.randomElement(using: &zufall) ?? "x" }
            } else {
                zeichen = Array(Self.gueltig.randomElement(using: &zufall) ?? "")
                for _ in 0..<Int.random(in: 1...4, using: &zufall) {
                    let stelle = Int.random(in: 0...zeichen.count, using: &zufall)
                    let neu = alphabet.randomElement(using: &zufall) ?? "x"
                    switch Int.random(in: 0..<3, using: &zufall) {
                    case 0: zeichen.insert(neu, at: stelle)
                    case 1 where stelle < zeichen.count: zeichen.remove(at: stelle)
                    default: if stelle < zeichen.count { zeichen[stelle] = neu }
                    }
                }
            }
            let text = String(zeichen)
            switch OeffnungszeitenParser.parse(text) {
            case .success(let o):
                gelesen += 1
                #expect(!o.text(.de).isEmpty || o.regeln.isEmpty, "\(text)")
                _ = o.text(.en)
                _ = o.zeilen(.de)
                _ = o.zeilen(.en)
                _ = o.spezifikation
                for regel in o.regeln {
                    #expect(regel.zeiten.allSatisfy { $0.von >= 0 && $0.von < $0.bis && $0.bis <= 1440 }, "\(text)")
                }
            case .failure(let f):
                #expect(f.spalte >= 0 && f.spalte <= text.count, "\(text)")
                #expect(!f.meldung.isEmpty && !f.vorschlag.isEmpty, "\(text)")
            }
        }
        #expect(gelesen > 50)
    }

    @Test func vieleRegelnUndLangeBemerkungen() throws {
        let regeln = String(repeating: "Mo 08:00-09:00;", count: 66)
        #expect(try lies(regeln).regeln.count == 1)
        let bemerkung = "\"" + String(repeating: "a", count: 990) + "\""
        #expect(try lies(bemerkung).kommentar?.count == 990)
        _ = OeffnungszeitenParser.parse(String(repeating: "[", count: 999))
        _ = OeffnungszeitenParser.parse(String(repeating: "9", count: 999))
        _ = OeffnungszeitenParser.parse("Mo[" + String(repeating: "1,", count: 400) + "1]")
        _ = OeffnungszeitenParser.parse("\"" + String(repeating: "„", count: 900))
    }
}
