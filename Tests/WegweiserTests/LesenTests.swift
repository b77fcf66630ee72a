import Foundation
import Testing
@testable import Wegweiser

@Suite struct LesenTests {
    @Test func liestJedeDateiart() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        let i = try #require(inhalt)
        #expect(i.region.titel == "Seniorenwegweiser Testtal")
        #expect(i.region.herausgeber.email == "info@example.org")
        #expect(i.region.grundversorgung == ["pflege", "nachbarschaftshilfe"])
        #expect(i.region.pruefintervallMonate == 12)
        #expect(i.kategorien.map(\.id) == ["pflege", "nachbarschaftshilfe", "fahrdienste"])
        #expect(i.kategorien[0].suchbegriffe == ["Pflegedienst"])
        #expect(i.gemeinden.map(\.id) == ["audorf", "bedorf"])
        #expect(i.gemeinden[0].plz == ["85391"])
        #expect(i.gemeinden[0].inhalt.contains("Audorf liegt im Tal."))
        let pflege = try #require(i.angebote.first { $0.id == "pflege-audorf" })
        #expect(pflege.gemeinde == "audorf")
        #expect(pflege.einzugsgebiet == .gemeinden(["audorf"]))
        #expect(pflege.adresse?.strasse == "Hauptstraße 1")
        #expect(pflege.kontakt.telefon == ["08166 1234"])
        #expect(pflege.geprueft == Datum("2026-10-01"))
        #expect(pflege.oeffnungszeiten?.text(.de).contains("Montag bis Freitag") == true)
        let hilfe = try #require(i.angebote.first { $0.id == "nachbarschaftshilfe-tal" })
        #expect(hilfe.gemeinde == nil)
        #expect(hilfe.einzugsgebiet == .alle)
        #expect(hilfe.telefonisch)
        let treffen = try #require(i.termine.first { $0.id == "netzwerktreffen" })
        #expect(treffen.wiederholung == .monatlich)
        #expect(treffen.ort.name == "Rathaus Audorf")
        #expect(treffen.beginn == Zeitpunkt("2026-11-10 19:00"))
        #expect(i.seiten.map(\.id) == ["barrierefreiheit", "datenschutz", "impressum"])
    }

    /// A Markdown table shows as text with bars: a warning with its line and a list to write
    /// instead; the build goes on. A code block or a rule (`---`) is no table.
    /// Words of a list written in one line with commas are several (an extension, as for ids).
    @Test func stichworteInEinerZeile() throws {
        let pflege = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
            .replacingOccurrences(of: "geprueft:", with: "stichworte: Boßeln, Klönschnack\nzielgruppen: pflegende Angehörige\ngeprueft:")
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": pflege]); defer { w.aufraeumen() }
        let i = try #require(try w.pruefe().0)
        let a = try #require(i.angebote.first { $0.id == "pflege-audorf" })
        #expect(a.stichworte == ["Boßeln", "Klönschnack"])
        #expect(a.zielgruppen == ["pflegende Angehörige"])
    }

    /// Lists separated by semicolons (`[pflege; fahrdienste]`) are lists; spaces copied from a
    /// web page (no-break, narrow) are spaces, also in YAML's syntax and in a telephone number;
    /// typographic quotes around a number are no part of it.
    @Test func semikolonUndFremdeLeerzeichen() throws {
        let pflege = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
            .replacingOccurrences(of: "kategorien: [pflege]", with: "kategorien: [pflege; fahrdienste]")
            .replacingOccurrences(of: "titel: Pflegedienst Audorf", with: "titel:\u{00A0}Pflegedienst\u{00A0}Audorf")
            .replacingOccurrences(of: "telefon: \"08166 1234\"", with: "telefon: „08166\u{202F}1234“\nfax: “08166 1235”")
            .replacingOccurrences(of: "  strasse:", with: "\u{00A0} strasse:")
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": pflege]); defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.filter { $0.datei.hasSuffix("pflege-audorf.md") }.isEmpty, "\(d.alle)")
        let a = try #require(inhalt?.angebote.first { $0.id == "pflege-audorf" })
        #expect(a.kategorien == ["pflege", "fahrdienste"])
        #expect(a.titel == "Pflegedienst Audorf" && a.kontakt.telefon == ["08166 1234"] && a.adresse?.strasse == "Hauptstraße 1")
        // (a number in typographic quotes, as a word processor writes them)
        #expect(a.kontakt.fax == ["08166 1235"])
    }

    /// A Markdown file saved with another ending by a web editor (`.md.txt`, `.MD`, none) is an
    /// error that names the right name: the entry would be missing from the site.
    @Test func falscheEndungEinesEintrags() throws {
        let text = Werkstatt.grundlage["gemeinden/audorf/angebote/pflege-audorf.md"]!
        for (name, richtig) in [("mittagstisch.md.txt", "mittagstisch.md"), ("Mittagstisch.MD", "mittagstisch.md"), ("mittagstisch", "mittagstisch.md")] {
            let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": nil, "gemeinden/audorf/angebote/\(name)": text])
            defer { w.aufraeumen() }
            let f = try w.pruefe().1.mit(code: "falsche-endung")
            #expect(f.count == 1 && f.first?.schwere == .fehler && f.first?.vorschlag?.contains("„\(richtig)“") == true, "\(name): \(f)")
        }
        // a picture beside the entries stays a warning
        let w = try Werkstatt(["gemeinden/audorf/angebote/foto.jpg": "x"]); defer { w.aufraeumen() }
        let d = try w.pruefe().1
        #expect(d.mit(code: "falsche-endung").isEmpty && d.mit(code: "falsche-stelle").first?.schwere == .warnung, "\(d.alle)")
    }

    /// A value a web editor broke onto a line of its own, not indented: that line is named, with
    /// the key whose text it continues and the line indented as it should be.
    @Test func umgebrocheneZeile() throws {
        let pfad = "gemeinden/audorf/angebote/pflege-audorf.md"
        let text = Werkstatt.grundlage[pfad]!.replacingOccurrences(of: "kurzbeschreibung: Pflege zu Hause.",
                                                                   with: "kurzbeschreibung: Pflege zu Hause,\nauch am Wochenende.")
        let w = try Werkstatt([pfad: text]); defer { w.aufraeumen() }
        let f = try w.pruefe().1.mit(code: "yaml-syntax")
        let zeile = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("auch am") }! + 1
        #expect(f.count == 1 && f.first?.zeile == zeile, "\(f)")
        #expect(f.first?.meldung.contains("`kurzbeschreibung`") == true && f.first?.vorschlag?.contains("`  auch am Wochenende.`") == true, "\(f)")
    }

    /// A missing check date suggests today, the day the volunteer checks.
    @Test func pruefdatumVorschlagIstHeute() throws {
        let pfad = "gemeinden/audorf/angebote/pflege-audorf.md"
        let w = try Werkstatt([pfad: Werkstatt.grundlage[pfad]!.replacingOccurrences(of: "geprueft: 2026-10-01", with: "geprueft: heute")])
        defer { w.aufraeumen() }
        let f = try w.pruefe().1.mit(code: "ungueltiges-datum")
        #expect(f.count == 1 && f.first?.vorschlag?.contains("geprueft: 2026-11-21") == true, "\(f)")
    }

    @Test func tabelleIstEineWarnung() throws {
        let pfad = "gemeinden/audorf/angebote/pflege-audorf.md"
        let grund = try #require(Werkstatt.grundlage[pfad])
        let text = grund + "\n---\n\n| Was | Wann |\n| :--- | ---: |\n| Beratung | Mo 9 Uhr |\n"
        let w = try Werkstatt([pfad: text]); defer { w.aufraeumen() }
        let trennzeile = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("| :---") }) + 1
        let (inhalt, d) = try w.pruefe()
        #expect(inhalt != nil && !d.hatFehler)
        let t = d.mit(code: "tabelle")
        #expect(t.count == 1)
        #expect(t.first?.zeile == trennzeile && t.first?.schwere == .warnung, "\(t)")
        #expect(t.first?.vorschlag?.contains("- ") == true)
        let ohne = try Werkstatt(["seiten/impressum.md": "---\ntitel: Impressum\n---\n```\n|---|---|\n```\n\n---\n"]); defer { ohne.aufraeumen() }
        #expect(try ohne.pruefe().1.mit(code: "tabelle").isEmpty)
        #expect(Textpruefung.istTrennzeile("|---|---|") && Textpruefung.istTrennzeile("--- | ---"))
        #expect(!Textpruefung.istTrennzeile("---") && !Textpruefung.istTrennzeile("a | ---"))
    }

    @Test func bomUndCRLFWerdenAkzeptiert() throws {
        let w = try Werkstatt(["seiten/impressum.md": "\u{FEFF}---\r\ntitel: Impressum\r\n---\r\nText\r\n"])
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        #expect(inhalt?.seiten.first { $0.id == "impressum" }?.titel == "Impressum")
    }

    @Test func schluesselMitUmlautenSindASCII() throws {
        let w = try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        Träger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        telefonisch: ja
        telefon: "08166 1234"
        öffnungszeiten: Mo-Fr 08:00-12:00
        geprüft: 2026-10-01
        ---
        """])
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        let a = try #require(inhalt?.angebote.first { $0.id == "pflege-audorf" })
        #expect(a.traeger == "Sozialstation Audorf")
        #expect(a.oeffnungszeiten != nil)
        #expect(a.geprueft == Datum("2026-10-01"))
    }

    @Test func termineWiederholenSichMonatlichAmGleichenWochentag() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        let t = try #require(try w.pruefe().0?.termine.first { $0.id == "netzwerktreffen" })
        // 2026-11-10 is the second Tuesday of November
        let tage = t.alleVorkommen().map(\.datum.description)
        #expect(tage == ["2026-11-10", "2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09"])
        #expect(t.naechstes(ab: Werkstatt.heute)?.datum.description == "2026-12-08")
    }

    /// `14-tägig`, `alle zwei Wochen`, `jeden Monat`: as volunteers write a repetition; a misspelt
    /// one gets its own message, not also one about `bis`.
    @Test func wiederholungWieManSieSchreibt() throws {
        func termin(_ wiederholung: String) throws -> (Wiederholung?, [String]) {
            let w = try Werkstatt(["gemeinden/audorf/termine/tanztee.md": """
                ---
                titel: Tanztee
                beginn: "2026-11-20 14:30"
                wiederholung: \(wiederholung)
                bis: 2027-03-31
                ort: Pfarrheim Audorf
                veranstalter: Pfarrei Audorf
                kurzbeschreibung: Tanz am Nachmittag.
                ---
                """]); defer { w.aufraeumen() }
            let (inhalt, d) = try w.pruefe()
            let meldungen = d.alle.filter { $0.datei.hasSuffix("tanztee.md") }.map(\.code)
            return (inhalt?.termine.first { $0.id == "tanztee" }?.wiederholung, meldungen)
        }
        for text in ["14-tägig", "14-taegig", "alle 14 Tage", "alle zwei Wochen", "zweiwöchentlich", "14-taeglich"] {
            let (w, m) = try termin(text)
            #expect(w == .vierzehntaeglich && m.isEmpty, "\(text): \(String(describing: w)) \(m)")
        }
        #expect(try termin("jeden Monat").0 == .monatlich)
        #expect(try termin("jede Woche").0 == .woechentlich)
        let (falsch, m) = try termin("14-tätig")
        #expect(falsch == nil)
        #expect(m.count == 1 && m[0].contains("ungueltiger-wert"), "\(m)")
    }

    /// The workshop's Pflegedienst Audorf, reached by telephone, with one more line.
    static func pflegeAudorf(_ zeile: String) throws -> Werkstatt {
        try Werkstatt(["gemeinden/audorf/angebote/pflege-audorf.md": """
        ---
        titel: Pflegedienst Audorf
        kategorien: [pflege]
        traeger: Sozialstation Audorf
        kurzbeschreibung: Pflege zu Hause.
        telefonisch: ja
        telefon: "08166 1234"
        \(zeile)
        geprueft: 2026-10-01
        ---
        """])
    }

    @Test func kommentarAlleinOhneAnfuehrungszeichenIstErlaubt() throws {
        let w = try Self.pflegeAudorf(#"oeffnungszeiten: "nach Vereinbarung""#)
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        #expect(inhalt?.angebote.first { $0.id == "pflege-audorf" }?.oeffnungszeiten?.kommentar == "nach Vereinbarung")
    }

    /// Days in such a text (`Mo-Fr vormittags`) still build, shown as written, with a warning that
    /// suggests the days read (the page then says „Montag bis Freitag“); a text without days does not warn.
    @Test func tageOhneUhrzeitenAlsTextMitWarnung() throws {
        for (wert, besser) in [("Mo-Fr vormittags", #"`oeffnungszeiten: Mo-Fr "vormittags"`"#),
                               ("Montag bis Freitag nach Vereinbarung", #"`oeffnungszeiten: Mo-Fr "nach Vereinbarung"`"#),
                               ("werktags nach Absprache", #"`oeffnungszeiten: Mo-Sa "nach Absprache"`"#)] {
            let w = try Self.pflegeAudorf("oeffnungszeiten: \(wert)"); defer { w.aufraeumen() }
            let (inhalt, d) = try w.pruefe()
            #expect(!d.hatFehler && d.alle.count == 1, "\(wert): \(d.alle)")
            let m = try #require(d.mit(code: "oeffnungszeiten-als-text").first)
            #expect(m.schwere == .warnung && m.vorschlag?.contains(besser) == true, "\(m.vorschlag ?? "")")
            #expect(inhalt?.angebote.first { $0.id == "pflege-audorf" }?.oeffnungszeiten?.kommentar == wert)
            let vorgeschlagen = String(besser.dropFirst("`oeffnungszeiten: ".count).dropLast())
            #expect(try OeffnungszeitenParser.parse(vorgeschlagen).get().zeilen(.de).first?.tage.hasSuffix("Freitag") == !wert.hasPrefix("werktags"))
        }
        for wert in ["nach Vereinbarung", "nur nach telefonischer Absprache", "geschlossen wegen Umbau"] {
            let w = try Self.pflegeAudorf("oeffnungszeiten: \(wert)"); defer { w.aufraeumen() }
            #expect(try w.pruefe().1.alle.isEmpty, "\(wert)")
        }
    }

    /// A Gemeinde's name where its id belongs (as `wegweiser new --gemeinde` takes it).
    @Test func einzugsgebietMitGemeindenamen() throws {
        let w = try Self.pflegeAudorf("einzugsgebiet: [Audorf, Bedorf]")
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        let a = try #require(inhalt?.angebote.first { $0.id == "pflege-audorf" })
        #expect(a.erreicht("bedorf"))
        #expect(!a.erreicht("cedorf"))
    }

    @Test func barrierefreiMitEinzelheitenSchlaegtDenAnfangVor() throws {
        for (wert, vorschlag) in [("Ja, mit Rampe", "`barrierefrei: ja`"), ("nein (Treppe)", "`barrierefrei: nein`"),
                                  ("nur Erdgeschoss", "`barrierefrei: teilweise`")] {
            let w = try Self.pflegeAudorf("barrierefrei: \(wert)")
            defer { w.aufraeumen() }
            let d = try w.pruefe().1.mit(code: "ungueltiger-wert")
            #expect(d.count == 1 && d[0].vorschlag?.hasPrefix(vorschlag) == true, "\(wert): \(d)")
        }
    }

    @Test func kennungslistenAuchAlsZeileMitKommas() throws {
        let w = try Werkstatt(["region/angebote/nachbarschaftshilfe-tal.md": """
        ---
        titel: Nachbarschaftshilfe im Tal
        kategorien: nachbarschaftshilfe, fahrdienste
        traeger: Helferkreis Testtal
        kurzbeschreibung: Hilfe.
        telefonisch: ja
        telefon: "08166 9999"
        einzugsgebiet: audorf, bedorf
        geprueft: 2026-09-01
        ---
        """])
        defer { w.aufraeumen() }
        let (inhalt, d) = try w.pruefe()
        #expect(d.alle.isEmpty, "\(d.alle)")
        let a = try #require(inhalt?.angebote.first { $0.id == "nachbarschaftshilfe-tal" })
        #expect(a.kategorien == ["nachbarschaftshilfe", "fahrdienste"])
        #expect(a.einzugsgebiet == .gemeinden(["audorf", "bedorf"]))
    }
}

/// `getrimmt` replaces Foundation's `trimmingCharacters(in:)` (slow on Linux): same results.
@Test func getrimmtWieFoundation() {
    let beispiele = ["", " ", "\t\n", "  Pflege  ", "\u{00A0}Essen auf Rädern\u{3000}", "\u{0B}x\u{0C}", "\u{85}a\u{2028}",
                     "\r\nZeile\r\n", " \u{301}e ", "ä", "\u{2009}dünn\u{200A}", "a b", "\u{1680}x", "\u{FEFF}bom\u{FEFF}", "x\u{2029}"]
    for s in beispiele {
        #expect(s.getrimmt() == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.unicodeScalars.map(\.value))")
        #expect(s.getrimmt(zeilen: false) == s.trimmingCharacters(in: .whitespaces), "\(s.unicodeScalars.map(\.value))")
        #expect(s[...].getrimmt() == s.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
