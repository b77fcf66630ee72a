/// What a service's or event's page says besides its title and descriptions, as citizens
/// search for it (`Hausnotruf kostenlos`, `Tagespflege barrierefrei`, `Sprechstunde Samstag`,
/// `Pflegedienst Vötting` for an Ortsteil in the address, `Essen 84537`): the costs,
/// accessibility, the place and postcode of the address and the days it is open or takes place.
///
/// Weights: free of charge and full accessibility as a short description; the place of the
/// address (an Ortsteil, when it is not the Gemeinde's name) as a Gemeinde name; the costs'
/// own words, partial accessibility, postcode, registration and days as a body's word.
struct SuchMerkmale {
    /// A weekday's German name (what people type, whatever the site's language).
    static func tag(_ t: Oeffnungszeiten.Wochentag) -> String { Oeffnungszeiten.name(t, .de) }
    static let frei = ["kostenlos", "kostenfrei", "gratis", "umsonst", "unentgeltlich", "keine kosten", "ohne kosten"]
        .map { Array($0.utf8) }

    /// Words of a short description's weight, of a Gemeinde name's, and of a body's.
    private(set) var kurz = "", ort = "", text = ""

    /// (`a` points at the service, as in `Suchwerk`: its fields are read where it stands.)
    /// `gemeindeNamen`: an address's town that is one of them is indexed as a Gemeinde's name
    /// where the service reaches it, not where it stands (`Pflegedienst Zolling` asks for those
    /// that come to Zolling).
    init(_ a: UnsafePointer<Angebot>, gemeindeNamen: Set<String>) {
        if let k = a.pointee.kosten { kosten(k) }
        switch a.pointee.barrierefrei {
        case .ja: Self.dazu(&kurz, "barrierefrei")
        case .teilweise: Self.dazu(&text, "teilweise barrierefrei")
        case .nein, nil: break
        }
        // the town of the address when it is no Gemeinde's name (an Ortsteil: `Vötting`) and
        // the postcode (`Pflegedienst 84526`); not the street: its parts would answer other
        // queries (`Marktplatz` for `Pflegeplatz`, `Gartenstraße` for `Hilfe im Garten`)
        if let o = a.pointee.adresse?.ort, !gemeindeNamen.contains(o) { ort = o }
        if let plz = a.pointee.adresse?.plz { Self.dazu(&text, plz) }
        if a.pointee.oeffnungszeiten != nil { tage(a.pointee.oeffnungszeiten!) }
    }

    init(_ t: Termin) {
        if let k = t.kosten { kosten(k) }
        if let anmeldung = t.anmeldung { Self.dazu(&text, anmeldung) }
        // (the place's name and town are indexed with the Gemeinden)
        if let plz = t.ort.plz { Self.dazu(&text, plz) }
        if let tag = Oeffnungszeiten.Wochentag(rawValue: t.beginn.datum.wochentag - 1) { Self.dazu(&text, Self.tag(tag)) }
        Self.dazu(&text, Self.tageszeit(beginn: t.beginn.minuten))
    }

    /// When an event begins, as people ask (`Gymnastik vormittags`, `Sprechstunde abends`).
    static func tageszeit(beginn: Int) -> String {
        beginn < 12 * 60 ? "vormittags" : beginn < 17 * 60 + 30 ? "nachmittags" : "abends"
    }

    /// The parts of the day a service is open for an hour or more: before noon (6 to 12),
    /// afternoon (13 to 18), evening (after 18). Not `mittags`: that word is half of `Mittagessen`.
    static func tageszeiten(_ spannen: [Oeffnungszeiten.Zeitspanne]) -> [String] {
        let teile = [("vormittags", 6 * 60, 12 * 60), ("nachmittags", 13 * 60, 18 * 60), ("abends", 18 * 60, 24 * 60)]
        return teile.filter { _, a, b in spannen.contains { min($0.bis, b) - max($0.von, a) >= 60 } }.map(\.0)
    }

    /// Its fields, one per weight. (A field of its own costs less than the body with these
    /// words after it: that copies the body; measured at 100 000 services.)
    func felder(in felder: inout [SuchFeld]) {
        if !kurz.isEmpty { felder.append(SuchFeld(kurz, gewicht: Suchwerk.Gewicht.kurz)) }
        if !ort.isEmpty { felder.append(SuchFeld(ort, gewicht: Suchwerk.Gewicht.gemeinde)) }
        if !text.isEmpty { felder.append(SuchFeld(text, gewicht: Suchwerk.Gewicht.inhalt)) }
    }

    /// `wort` after the words of `text`.
    private static func dazu(_ text: inout String, _ wort: String) {
        if !text.isEmpty { text += " " }
        text += wort
    }

    /// The costs as a body's words (`3 € pro Stunde` should not rank a service for
    /// `stundenlang`); free of charge also as `kostenlos` like a short description.
    private mutating func kosten(_ k: String) {
        Self.dazu(&text, k)
        // (bytes: comparing `Character`s costs a tenth of a second at 100 000 services)
        let klein = k.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if Self.frei.contains(where: { klein.enthaelt($0) }) { Self.dazu(&kurz, "kostenlos") }
    }

    /// The days a service is open, with `Wochenende` when Saturday or Sunday is one of them,
    /// `rund um die Uhr` for `24/7`, and the comments (`nach Vereinbarung`).
    private mutating func tage(_ o: Oeffnungszeiten) {
        if let k = o.kommentar { Self.dazu(&text, k) }
        if o.rundUmDieUhr { Self.dazu(&text, "rund um die Uhr Wochenende vormittags nachmittags abends"); return }
        var offen = 0
        for r in o.regeln {
            if !r.geschlossen { for t in r.tage.wochentage { offen |= 1 << t.rawValue } }
            if let k = r.kommentar { Self.dazu(&text, k) }
        }
        for t in Oeffnungszeiten.Wochentag.allCases where offen & (1 << t.rawValue) != 0 { Self.dazu(&text, Self.tag(t)) }
        if offen & 0b110_0000 != 0 { Self.dazu(&text, "Wochenende") }
        for w in Self.tageszeiten(o.regeln.filter { !$0.geschlossen }.flatMap(\.zeiten)) { Self.dazu(&text, w) }
    }
}

extension Array where Element == UInt8 {
    /// Whether `muster` stands somewhere in these bytes.
    func enthaelt(_ muster: [UInt8]) -> Bool {
        guard muster.count <= count, let erstes = muster.first else { return muster.isEmpty }
        for i in 0...(count - muster.count) where self[i] == erstes {
            var j = 1
            while j < muster.count && self[i + j] == muster[j] { j += 1 }
            if j == muster.count { return true }
        }
        return false
    }
}
