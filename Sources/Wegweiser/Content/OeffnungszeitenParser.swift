import Foundation

/// Reads opening hours: a small, strict subset of OpenStreetMap's `opening_hours`
/// with German day abbreviations (docs/content-format.md, "Opening hours").
///
/// ```
/// eingabe   = regel { ";" regel } [";"]          (whitespace allowed everywhere between tokens)
/// regel     = "24/7" [bemerkung]                  (only as the single rule)
///           | bemerkung                           (stands alone: Oeffnungszeiten.kommentar)
///           | [tage] zeiten [bemerkung]            (no days: every day)
///           | [tage] ("off" | "closed" | "geschlossen") [bemerkung]
///           | tage bemerkung
/// tage      = tag "[" n { "," n } "]"             (n = 1…5 or -1…-5; stands alone)
///           | eintrag { "," eintrag }
/// eintrag   = tag | tag "-" tag | "PH"            (ranges may wrap: Fr-Mo)
/// tag       = Mo Tu We Th Fr Sa Su | Mo Di Mi Do Fr Sa So   (any case)
/// zeiten    = spanne { "," spanne }
/// spanne    = uhrzeit "-" uhrzeit                 ("–" also; end after start; 24:00 only as end)
/// uhrzeit   = H:MM | HH:MM
/// bemerkung = "…" | „…“ | “…”
/// ```
/// A later rule replaces earlier ones for its days (see `Oeffnungszeiten.ersetze`).
/// Never traps and always terminates: input is capped at `maximaleLaenge`
/// characters, the reader only moves forward and nothing recurses.
public enum OeffnungszeitenParser {
    public static let maximaleLaenge = 1000

    public static func parse(_ text: String) -> Result<Oeffnungszeiten, OeffnungszeitenFehler> {
        let ergebnis = lies(text)
        if case .failure(let fehler) = ergebnis, let besser = OeffnungszeitenReparatur.vorschlag(fuer: text) {
            return .failure(fehler.mitVorschlag("Schreiben Sie: \(besser)"))
        }
        return ergebnis
    }

    /// `parse` without the repair suggestion (which itself uses this).
    static func lies(_ text: String) -> Result<Oeffnungszeiten, OeffnungszeitenFehler> {
        let zeichen = Array(text.prefix(maximaleLaenge + 1))
        guard zeichen.count <= maximaleLaenge else { return .failure(.zuLang(maximaleLaenge)) }
        var leser = OeffnungszeitenLeser(z: zeichen)
        do {
            let (regeln, rund, kommentar) = try leser.alles()
            return .success(Oeffnungszeiten(regeln: Oeffnungszeiten.ersetze(regeln), rundUmDieUhr: rund,
                                            kommentar: kommentar, quelle: text))
        } catch {
            return .failure(error)
        }
    }
}

/// The reader behind `OeffnungszeitenParser`: a cursor over the characters.
struct OeffnungszeitenLeser {
    typealias F = OeffnungszeitenFehler
    typealias Regel = Oeffnungszeiten.Regel
    typealias Tag = Oeffnungszeiten.Wochentag

    let z: [Character]
    var i = 0

    private var n: Int { z.count }
    private var aktuell: Character? { i < n ? z[i] : nil }

    private enum Roh {
        case rundUmDieUhr(String?)
        case kommentar(String)
        case regel(Regel)
    }

    // MARK: rules

    mutating func alles() throws(F) -> ([Regel], Bool, String?) {
        var regeln: [Regel] = []
        var kommentare: [String] = []
        var rund = false
        var anzahl = 0
        while true {
            i = nachLeer(i)
            guard let c = aktuell else { break }
            if c == ";" { i += 1; continue }
            let start = i
            let roh = try regel()
            if case .rundUmDieUhr = roh, anzahl > 0 { throw F.rundUmDieUhrNichtAllein(start) }
            if rund { throw F.rundUmDieUhrNichtAllein(start) }
            anzahl += 1
            switch roh {
            case .rundUmDieUhr(let k): rund = true; if let k { kommentare.append(k) }
            case .kommentar(let k): kommentare.append(k)
            case .regel(let r): regeln.append(r)
            }
            i = nachLeer(i)
            guard let d = aktuell else { break }
            if d == ";" { i += 1; continue }
            throw nachRegel()
        }
        guard anzahl > 0 else { throw F.leer() }
        return (regeln, rund, kommentare.isEmpty ? nil : kommentare.joined(separator: "; "))
    }

    private mutating func regel() throws(F) -> Roh {
        let start = i
        if beginntMit("24/7") {
            i += 4
            i = nachLeer(i)
            return .rundUmDieUhr(istAnfuehrung(aktuell) ? try bemerkung() : nil)
        }
        if istAnfuehrung(aktuell) { return .kommentar(try bemerkung()) }

        var tage = Oeffnungszeiten.Tagesauswahl.alleTage
        var mitTagen = false
        if let c = aktuell, c.isLetter, OeffnungszeitenWort.erkenne(wort(ab: i).wort) != .geschlossen {
            tage = try auswahl()
            mitTagen = true
        }
        i = nachLeer(i)

        var zeiten: [Oeffnungszeiten.Zeitspanne] = []
        var geschlossen = false
        if let c = aktuell, istZiffer(c) {
            zeiten = try zeitspannen()
        } else if let c = aktuell, c.isLetter {
            let (w, ende) = wort(ab: i)
            switch OeffnungszeitenWort.erkenne(w) {
            case .geschlossen: geschlossen = true; i = ende
            case .tag, .feiertage: throw F.tageOhneTrenner(i)
            default: throw wortFehler(w, i, erwartet: "eine Uhrzeit wie 08:00-12:00 oder „off“")
            }
        }
        i = nachLeer(i)
        let kommentar = istAnfuehrung(aktuell) ? try bemerkung() : nil

        if zeiten.isEmpty && !geschlossen && kommentar == nil {
            guard mitTagen, i > start else {
                if let c = aktuell { throw F.zeichen(c, i, erwartet: "ein Tag oder eine Uhrzeit") }
                throw F.textEnde(i, erwartet: "ein Tag oder eine Uhrzeit")
            }
            if let c = aktuell, c != ";" { throw F.zeichen(c, i, erwartet: "eine Uhrzeit wie 08:00-12:00") }
            throw F.zeitenFehlen(i)
        }
        return .regel(Regel(tage: tage, zeiten: zeiten, geschlossen: geschlossen, kommentar: kommentar))
    }

    /// What went wrong after a complete rule that is not followed by `;` or the end.
    private func nachRegel() -> F {
        guard let c = aktuell else { return F.textEnde(i, erwartet: "ein Semikolon") }
        if c.isLetter {
            let w = wort(ab: i).wort
            switch OeffnungszeitenWort.erkenne(w) {
            case .tag, .feiertage, .ausgeschrieben: return F.fehlendesSemikolon(i)
            default: return wortFehler(w, i, erwartet: "ein Semikolon (;) und danach die nächste Regel")
            }
        }
        if c == "," {
            let k = nachLeer(i + 1)
            if k < n, z[k].isLetter { return F.kommaStattSemikolon(i) }
        }
        if istZiffer(c) { return F.zeitenOhneKomma(i) }
        return F.zeichen(c, i, erwartet: "ein Semikolon (;) und danach die nächste Regel")
    }

    // MARK: days

    private mutating func auswahl() throws(F) -> Oeffnungszeiten.Tagesauswahl {
        var tage = Set<Tag>()
        var feiertage = false
        var anzahl = 0
        while true {
            guard let c = aktuell else { throw F.textEnde(i, erwartet: "ein Tag") }
            guard c.isLetter else { throw F.tagErwartet(i) }
            let p = i
            let (w, ende) = wort(ab: i)
            switch OeffnungszeitenWort.erkenne(w) {
            case .feiertage:
                i = ende
                feiertage = true
                let j = nachLeer(i)
                if j < n, istStrich(z[j]) { throw F.feiertagImBereich(j) }
            case .tag(let von):
                i = ende
                if aktuell == "[" {
                    guard anzahl == 0 else { throw F.imMonatNichtAllein(i) }
                    let imMonat = try imMonatListe()
                    let j = nachLeer(i)
                    if j < n, z[j] == "," || istStrich(z[j]) { throw F.imMonatNichtAllein(j) }
                    return Oeffnungszeiten.Tagesauswahl(wochentage: [von], imMonat: imMonat)
                }
                if aktuell == "." { throw F.tagMitPunkt(i) }
                let j = nachLeer(i)
                if j < n, istStrich(z[j]) {
                    i = nachLeer(j + 1)
                    let bis = try bereichsEnde()
                    var tag = von
                    for _ in 0..<7 {
                        tage.insert(tag)
                        if tag == bis { break }
                        tag = tag.naechster
                    }
                } else {
                    tage.insert(von)
                }
            default:
                throw wortFehler(w, p, erwartet: "ein Tag")
            }
            anzahl += 1
            let j = nachLeer(i)
            guard j < n, z[j] == "," else { break }
            let k = nachLeer(j + 1)
            guard k < n else { throw F.textEnde(k, erwartet: "ein weiterer Tag") }
            if istZiffer(z[k]) { throw F.tagErwartet(k) }
            i = k
        }
        return Oeffnungszeiten.Tagesauswahl(wochentage: tage, feiertage: feiertage)
    }

    /// The day after the dash in `Mo-Fr`.
    private mutating func bereichsEnde() throws(F) -> Tag {
        guard let c = aktuell else { throw F.textEnde(i, erwartet: "der letzte Tag des Bereichs, z. B. Fr in Mo-Fr") }
        guard c.isLetter else { throw F.tagErwartet(i) }
        let (w, ende) = wort(ab: i)
        switch OeffnungszeitenWort.erkenne(w) {
        case .tag(let tag):
            let p = i
            i = ende
            if aktuell == "." { throw F.tagMitPunkt(i) }
            if aktuell == "[" { throw F.imMonatNichtAllein(p) }
            return tag
        case .feiertage: throw F.feiertagImBereich(i)
        default: throw wortFehler(w, i, erwartet: "ein Tag")
        }
    }

    /// `[1,3]` or `[-1]`, starting at `[`.
    private mutating func imMonatListe() throws(F) -> [Int] {
        i += 1
        var werte: [Int] = []
        while true {
            i = nachLeer(i)
            let p = i
            var negativ = false
            if let c = aktuell, istStrich(c) { negativ = true; i += 1 }
            let ziffern = ziffernLesen()
            guard ziffern.count == 1, let wert = Int(ziffern), (1...5).contains(wert) else {
                if aktuell == nil, ziffern.isEmpty { throw F.textEnde(i, erwartet: "eine Zahl von 1 bis 5") }
                throw F.imMonatUngueltig(p)
            }
            werte.append(negativ ? -wert : wert)
            i = nachLeer(i)
            guard let c = aktuell else { throw F.textEnde(i, erwartet: "eine schließende eckige Klammer ]") }
            if c == "," { i += 1; continue }
            if c == "]" { i += 1; break }
            throw F.imMonatUngueltig(i)
        }
        let positiv = Set(werte.filter { $0 > 0 }).sorted()
        let negativ = Set(werte.filter { $0 < 0 }).sorted()
        return positiv + negativ
    }

    // MARK: times

    private mutating func zeitspannen() throws(F) -> [Oeffnungszeiten.Zeitspanne] {
        var spannen: [(spanne: Oeffnungszeiten.Zeitspanne, spalte: Int)] = []
        while true {
            let p = i
            let von = try uhrzeit(alsEnde: false)
            let j = nachLeer(i)
            guard j < n, istStrich(z[j]) else { throw F.endeFehlt(j) }
            i = nachLeer(j + 1)
            let bis = try uhrzeit(alsEnde: true)
            guard bis > von else { throw F.endeVorAnfang(Self.uhrzeitText(von), Self.uhrzeitText(bis), p) }
            spannen.append((Oeffnungszeiten.Zeitspanne(von: von, bis: bis), p))
            let k = nachLeer(i)
            guard k < n, z[k] == "," else { break }
            let m = nachLeer(k + 1)
            if m < n, istZiffer(z[m]) { i = m; continue }
            if m < n, z[m].isLetter { i = k; throw F.kommaStattSemikolon(k) }
            throw m < n ? F.zeitErwartet(m) : F.textEnde(m, erwartet: "eine weitere Uhrzeit")
        }
        spannen.sort { $0.spanne.von < $1.spanne.von }
        for (a, b) in zip(spannen, spannen.dropFirst()) where b.spanne.von < a.spanne.bis {
            throw F.ueberschneidung(max(a.spalte, b.spalte))
        }
        return spannen.map(\.spanne)
    }

    /// Minutes since midnight; 24:00 (1440) only when `alsEnde`.
    private mutating func uhrzeit(alsEnde: Bool) throws(F) -> Int {
        let p = i
        guard let c = aktuell else { throw F.textEnde(i, erwartet: "eine Uhrzeit wie 12:00") }
        guard istZiffer(c) else {
            let w = wort(ab: i).wort
            switch OeffnungszeitenWort.erkenne(w) {
            case .tag, .feiertage, .geschlossen: throw F.zeitErwartet(i)
            case _ where w.isEmpty: throw F.zeitErwartet(i)
            default: throw wortFehler(w, i, erwartet: "eine Uhrzeit wie 12:00")
            }
        }
        let stunden = ziffernLesen()
        if stunden.count > 2 {
            throw stunden.count == 4 ? F.ohneDoppelpunkt(stunden, p) : F.ungueltigeZeit(stunden, p)
        }
        guard aktuell == ":" else {
            if aktuell == "." || aktuell == "h" {
                let trenner = aktuell.map(String.init) ?? ""
                i += 1
                throw F.ohneDoppelpunkt(stunden + trenner + ziffernLesen(), p)
            }
            throw F.ohneMinuten(stunden, p)
        }
        i += 1
        let minuten = ziffernLesen()
        let text = stunden + ":" + minuten
        guard minuten.count == 2 else {
            if minuten.count > 2 { throw F.ungueltigeZeit(text, p) }
            throw F.minutenZweistellig(text, p)
        }
        guard let h = Int(stunden), let m = Int(minuten), m < 60, h < 24 || (h == 24 && m == 0 && alsEnde) else {
            throw F.ungueltigeZeit(text, p)
        }
        return h * 60 + m
    }

    static func uhrzeitText(_ minuten: Int) -> String {
        let m = minuten % 60
        return "\(minuten / 60 < 10 ? "0" : "")\(minuten / 60):\(m < 10 ? "0" : "")\(m)"
    }

    // MARK: comments

    private mutating func bemerkung() throws(F) -> String {
        let p = i
        let schluss: Set<Character> = switch z[i] {
        case "\"": ["\""]
        case "„": ["“", "”", "\""]
        default: ["”", "“"]
        }
        var j = i + 1
        while j < n, !schluss.contains(z[j]) { j += 1 }
        guard j < n else { throw F.anfuehrungNichtGeschlossen(p) }
        let inhalt = z[(i + 1)..<j].split(whereSeparator: { $0.isWhitespace }).map { String($0) }.joined(separator: " ")
        i = j + 1
        guard !inhalt.isEmpty else { throw F.leereBemerkung(p) }
        return inhalt
    }

    // MARK: characters

    private func istAnfuehrung(_ c: Character?) -> Bool { c == "\"" || c == "„" || c == "“" }
    private func istZiffer(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    private func istStrich(_ c: Character) -> Bool { c == "-" || c == "–" }

    private func nachLeer(_ ab: Int) -> Int {
        var j = ab
        while j < n, z[j].isWhitespace { j += 1 }
        return j
    }

    private func beginntMit(_ s: String) -> Bool {
        var j = i
        for c in s {
            guard j < n, z[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// The run of letters starting at `ab`, and where it ends.
    private func wort(ab: Int) -> (wort: String, ende: Int) {
        var j = ab
        while j < n, z[j].isLetter { j += 1 }
        return (String(z[min(ab, j)..<j]), j)
    }

    private mutating func ziffernLesen() -> String {
        let start = i
        while let c = aktuell, istZiffer(c) { i += 1 }
        return String(z[start..<i])
    }

    /// The most helpful message for a word that does not belong here.
    private func wortFehler(_ w: String, _ spalte: Int, erwartet: String) -> F {
        switch OeffnungszeitenWort.erkenne(w) {
        case .ausgeschrieben(_, let abkuerzung): F.tagAusgeschrieben(w, abkuerzung: abkuerzung, spalte)
        case .bis: F.bis(w, spalte)
        case .und: F.und(w, spalte)
        case .uhr: F.uhr(w, spalte)
        case .fuellwort: F.fuellwort(w, spalte)
        case .taeglich(let tage): F.taeglich(w, tage: tage, spalte)
        case .feiertagAusgeschrieben: F.feiertag(w, spalte)
        case .geoeffnet: F.geoeffnet(w, spalte)
        case .schulferien: F.schulferien(spalte)
        case .geschlossen: F.geschlossenFehlplatziert(w, spalte)
        case .tag, .feiertage: F.tagErwartet(spalte)
        case .unbekannt: F.unbekanntesWort(w, spalte, erwartet: erwartet)
        }
    }
}
