import Foundation

/// Why opening hours could not be read: where, what is wrong, what to write instead.
/// All texts are German and addressed to a volunteer who is not a programmer.
public struct OeffnungszeitenFehler: Error, Sendable, Equatable {
    /// 0-based offset in `Character`s into the input where understanding stopped.
    public let spalte: Int
    /// What is wrong.
    public let meldung: String
    /// What to write instead, with a concrete valid example.
    public let vorschlag: String

    public init(spalte: Int, meldung: String, vorschlag: String) {
        self.spalte = spalte
        self.meldung = meldung
        self.vorschlag = vorschlag
    }

    /// The text with a `^` under the place where understanding stopped (two lines),
    /// for plain-text reports. Line breaks in the text are shown as spaces.
    public func markierung(in text: String) -> String {
        let zeile = String(text.prefix(OeffnungszeitenParser.maximaleLaenge).map { $0.isNewline ? " " : $0 })
        let einrueckung = String(repeating: " ", count: max(0, min(spalte, zeile.count)))
        return zeile + "\n" + einrueckung + "^"
    }
}

/// The messages, in one place so their wording stays consistent.
extension OeffnungszeitenFehler {
    static let tagesliste = "Mo Di Mi Do Fr Sa So (englisch: Mo Tu We Th Fr Sa Su) und PH für Feiertage"
    static let beispiel = "Mo-Fr 08:00-12:00"

    static func beispiel(_ text: String) -> String { "Zum Beispiel: \(text)" }

    static func leer() -> Self {
        Self(spalte: 0, meldung: "Die Öffnungszeiten sind leer.",
             vorschlag: "Tragen Sie Tage und Uhrzeiten ein, zum Beispiel: \(beispiel) – oder lassen Sie „oeffnungszeiten“ ganz weg.")
    }

    static func zuLang(_ grenze: Int) -> Self {
        Self(spalte: grenze, meldung: "Die Öffnungszeiten sind zu lang (mehr als \(grenze) Zeichen).",
             vorschlag: "Schreiben Sie nur Tage und Uhrzeiten, Erklärungen gehören in die Beschreibung. \(beispiel(#"Mo-Fr 09:00-12:00 "und nach Vereinbarung""#))")
    }

    static func zeichen(_ c: Character, _ spalte: Int, erwartet: String) -> Self {
        let name: String
        switch c {
        case ".": name = "Der Punkt"
        case "/": name = "Der Schrägstrich"
        case "(", ")": name = "Die Klammer"
        case "+": name = "Das Pluszeichen"
        case "|": name = "Der senkrechte Strich"
        case ":": name = "Der Doppelpunkt"
        default: name = "Das Zeichen „\(c)“"
        }
        return Self(spalte: spalte, meldung: "\(name) ist hier nicht verständlich. Erwartet wird \(erwartet).",
                    vorschlag: beispiel(#"Mo-Fr 08:00-12:00; Sa 09:00-11:00"#))
    }

    static func textEnde(_ spalte: Int, erwartet: String) -> Self {
        Self(spalte: spalte, meldung: "Der Text hört zu früh auf. Erwartet wird \(erwartet).",
             vorschlag: beispiel(beispiel))
    }

    static func unbekanntesWort(_ wort: String, _ spalte: Int, erwartet: String) -> Self {
        if wort.count <= 2 {
            return Self(spalte: spalte, meldung: "„\(wort)“ ist kein bekannter Tag. Gültige Tage sind \(tagesliste).",
                        vorschlag: beispiel("Mo-Fr 08:00-12:00 oder Mo,Mi 08:00-12:00"))
        }
        return Self(spalte: spalte,
                    meldung: "„\(wort)“ ist hier nicht verständlich. Erwartet wird \(erwartet). Tage sind \(tagesliste); freier Text gehört in Anführungszeichen.",
                    vorschlag: beispiel(#"Mo-Fr 09:00-12:00 "nach Vereinbarung""#))
    }

    static func tagAusgeschrieben(_ wort: String, abkuerzung: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Tage werden mit zwei Buchstaben abgekürzt: „\(abkuerzung)“ statt „\(wort)“.",
             vorschlag: beispiel(beispiel))
    }

    static func bis(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Statt „\(wort)“ bitte einen Bindestrich schreiben, bei Tagen wie bei Uhrzeiten.",
             vorschlag: beispiel(beispiel))
    }

    static func und(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Statt „\(wort)“ bitte ein Komma schreiben: Mo,Mi für Montag und Mittwoch, 08:00-12:00,14:00-16:00 für zwei Zeiten.",
             vorschlag: beispiel("Mo,Mi 08:00-12:00,14:00-16:00"))
    }

    static func uhr(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Das Wort „\(wort)“ bitte weglassen; Uhrzeiten stehen ohne „Uhr“.",
             vorschlag: beispiel(beispiel))
    }

    static func fuellwort(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Das Wort „\(wort)“ bitte weglassen; es werden nur Tage und Uhrzeiten geschrieben.",
             vorschlag: beispiel(beispiel))
    }

    /// `tage`: what the word means in the format's days (`Mo-Sa` for `werktags`).
    static func taeglich(_ wort: String, tage: String, _ spalte: Int) -> Self {
        let bedeutung = switch tage {
        case "Mo-Sa": "„\(wort)“ heißt Montag bis Samstag: bitte Mo-Sa schreiben (ist samstags geschlossen: Mo-Fr)."
        case "Mo-Fr": "„\(wort)“ heißt Montag bis Freitag: bitte Mo-Fr schreiben."
        default: "Statt „\(wort)“ bitte die Tage angeben: Mo-So für jeden Tag, Mo-Fr für Montag bis Freitag, Mo-Sa für Montag bis Samstag."
        }
        return Self(spalte: spalte, meldung: bedeutung, vorschlag: beispiel("\(tage) 08:00-12:00"))
    }

    static func feiertag(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Feiertage werden „PH“ geschrieben, nicht „\(wort)“.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00; PH off"))
    }

    static func geoeffnet(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Statt „\(wort)“ bitte die Uhrzeiten angeben.",
             vorschlag: beispiel(beispiel))
    }

    static func schulferien(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Schulferien (SH) werden nicht unterstützt.",
             vorschlag: "Schreiben Sie es als Bemerkung in Anführungszeichen. " + beispiel(#"Mo-Fr 08:00-12:00 "in den Schulferien geschlossen""#))
    }

    static func geschlossenFehlplatziert(_ wort: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "„\(wort)“ steht nach den Tagen, an denen geschlossen ist, oder allein.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00; Mi off"))
    }

    static func tagErwartet(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Hier wird ein Tag erwartet: \(tagesliste).",
             vorschlag: beispiel(beispiel))
    }

    static func tagMitPunkt(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Tage werden ohne Punkt abgekürzt: Mo statt Mo.",
             vorschlag: beispiel(beispiel))
    }

    static func feiertagImBereich(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "PH (Feiertage) kann nicht Teil eines Bereichs mit Bindestrich sein; mit Komma anhängen.",
             vorschlag: beispiel("Sa,So,PH off"))
    }

    static func tageOhneTrenner(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Mehrere Tage werden mit Komma (Mo,Mi) oder Bindestrich (Mo-Fr) verbunden; nach den Tagen folgen die Uhrzeiten.",
             vorschlag: beispiel("Mo,Mi 08:00-12:00"))
    }

    static func fehlendesSemikolon(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Hier beginnt eine neue Regel; Regeln werden mit einem Semikolon (;) getrennt.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00; Sa 09:00-11:00"))
    }

    static func kommaStattSemikolon(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Nach den Uhrzeiten beginnt hier eine neue Regel; Regeln werden mit einem Semikolon (;) getrennt, nicht mit einem Komma.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00; Sa 09:00-11:00"))
    }

    static func zeitenFehlen(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Nach den Tagen fehlen die Uhrzeiten (oder „off“, wenn geschlossen ist).",
             vorschlag: beispiel("Mo-Fr 08:00-12:00 oder Sa off"))
    }

    static func zeitenOhneKomma(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Mehrere Uhrzeiten für dieselben Tage werden mit Komma getrennt.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00,14:00-16:00"))
    }

    static func zeitErwartet(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Hier wird eine Uhrzeit erwartet, mit Stunden und Minuten.",
             vorschlag: beispiel(beispiel))
    }

    static func ohneMinuten(_ zeit: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Die Uhrzeit „\(zeit)“ hat keine Minuten. Uhrzeiten werden mit Stunden und Minuten geschrieben, getrennt durch einen Doppelpunkt.",
             vorschlag: beispiel(beispiel))
    }

    static func ohneDoppelpunkt(_ zeit: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Die Uhrzeit „\(zeit)“ bitte mit Doppelpunkt zwischen Stunden und Minuten schreiben.",
             vorschlag: beispiel(beispiel))
    }

    static func minutenZweistellig(_ zeit: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "In der Uhrzeit „\(zeit)“ müssen die Minuten zweistellig sein.",
             vorschlag: beispiel("Mo-Fr 08:05-12:30"))
    }

    static func ungueltigeZeit(_ zeit: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Die Uhrzeit „\(zeit)“ gibt es nicht. Stunden gehen von 00 bis 23 (24:00 nur als Ende), Minuten von 00 bis 59.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00 oder bis Mitternacht 18:00-24:00"))
    }

    static func endeFehlt(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Zu jeder Anfangszeit gehört eine Endzeit, mit Bindestrich angehängt.",
             vorschlag: beispiel(beispiel))
    }

    static func endeVorAnfang(_ von: String, _ bis: String, _ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Die Endzeit \(bis) liegt nicht nach der Anfangszeit \(von). Zeiten über Mitternacht hinaus sind nicht möglich.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00 oder bis Mitternacht 18:00-24:00"))
    }

    static func ueberschneidung(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Diese Uhrzeiten überschneiden sich mit anderen Uhrzeiten derselben Tage.",
             vorschlag: beispiel("Mo-Fr 08:00-12:00,14:00-16:00"))
    }

    static func imMonatUngueltig(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "In eckigen Klammern steht, der wievielte Wochentag im Monat gemeint ist: 1 bis 5, oder -1 für den letzten.",
             vorschlag: beispiel("Mo[1] 14:00-16:00 (erster Montag), Mo[-1] 14:00-16:00 (letzter Montag) oder Mo[1,3] 14:00-16:00"))
    }

    static func imMonatNichtAllein(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Ein Tag mit eckigen Klammern steht allein; für weitere Tage bitte eine eigene Regel mit Semikolon.",
             vorschlag: beispiel("Mo[1] 14:00-16:00; Mi[3] 14:00-16:00"))
    }

    static func anfuehrungNichtGeschlossen(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Das Anführungszeichen wird nicht wieder geschlossen.",
             vorschlag: beispiel(#"Mo-Fr 09:00-12:00 "und nach Vereinbarung""#))
    }

    static func leereBemerkung(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "Zwischen den Anführungszeichen steht nichts.",
             vorschlag: beispiel(#""nach Vereinbarung""#))
    }

    static func rundUmDieUhrNichtAllein(_ spalte: Int) -> Self {
        Self(spalte: spalte, meldung: "„24/7“ steht allein (höchstens mit einer Bemerkung in Anführungszeichen).",
             vorschlag: "Für rund um die Uhr außer an Feiertagen: Mo-So 00:00-24:00; PH off")
    }

    func mitVorschlag(_ neu: String) -> Self {
        Self(spalte: spalte, meldung: meldung, vorschlag: neu)
    }
}
