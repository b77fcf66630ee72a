import Foundation

/// Context pieces shared by several pages: a service card, contact, address, opening hours.
struct Bausteine {
    let site: Website
    let texte: Texte
    let sprache: Sprache
    let v: Verweise

    func kontakt(_ k: Kontakt) -> [String: Any] {
        var c: [String: Any] = [:]
        c["telefon"] = k.telefon.map { ["nummer": $0, "uri": Formate.telURI($0)] }
        if let e = k.email { c["email"] = ["adresse": e, "uri": "mailto:" + e] }
        if let w = k.web { c["web"] = ["adresse": anzeigeWeb(w), "uri": w] }
        c["sms"] = k.sms.map { ["nummer": $0, "uri": "sms:" + Formate.telURI($0).dropFirst("tel:".count)] }
        c["fax"] = k.fax.map { ["nummer": $0] }
        c["vorhanden"] = !k.istLeer
        return c
    }

    private func anzeigeWeb(_ w: String) -> String {
        var s = w
        for p in ["https://", "http://"] where s.lowercased().hasPrefix(p) { s = String(s.dropFirst(p.count)) }
        if s.hasSuffix("/") { s.removeLast() }
        return s
    }

    func adresse(_ a: Adresse) -> [String: Any] {
        var c: [String: Any] = ["zeile": a.zeile]
        if let n = a.name { c["name"] = n }
        if let s = a.strasse { c["strasse"] = s }
        let ortzeile = [a.plz, a.ort].compactMap { $0 }.joined(separator: " ")
        if !ortzeile.isEmpty { c["ortzeile"] = ortzeile }
        let suche = [a.name, a.strasse, ortzeile].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !suche.isEmpty, a.strasse != nil || !ortzeile.isEmpty {
            var comp = URLComponents(string: "https://www.openstreetmap.org/search")!
            comp.queryItems = [URLQueryItem(name: "query", value: suche)]
            c["karte"] = comp.url?.absoluteString ?? ""
        }
        return c
    }

    func oeffnungszeiten(_ o: Oeffnungszeiten) -> [String: Any] {
        ["zeilen": o.zeilen(sprache).map { ["tage": $0.tage, "zeiten": $0.zeiten] }, "text": o.text(sprache)]
    }

    func kategorieLinks(_ ids: [String]) -> [[String: Any]] {
        site.kategorien(von: ids).map { ["name": $0.name, "url": v.zu(.kategorie($0.id))] }
    }

    /// A service as an entry in a list; `gemeinde` is the Gemeinde page it is shown on, if any.
    func angebotEintrag(_ a: Angebot, aufGemeinde gemeinde: String? = nil) -> [String: Any] {
        var c: [String: Any] = [
            "titel": a.titel, "url": v.zu(.angebot(a.id)), "kurzbeschreibung": a.kurzbeschreibung,
            "traeger": a.traeger, "kategorien": kategorieLinks(a.kategorien), "kontakt": kontakt(a.kontakt),
        ]
        if let t = a.kontakt.telefon.first { c["telefon"] = ["nummer": t, "uri": Formate.telURI(t)] }
        if let g = a.gemeinde, let name = site.gemeindeName[g] {
            if g != gemeinde { c["sitz"] = texte["sitz_in"] + " " + name }
        } else {
            c["sitz"] = texte["ganze_region"]
        }
        return c
    }

    func terminKarte(_ t: Termin, am z: Zeitpunkt) -> [String: Any] {
        let ende = t.dauer.map { Zeitpunkt(datum: z.datum, minuten: z.minuten + $0) }
        var c: [String: Any] = [
            "titel": t.titel, "url": v.zu(.termin(t.id)), "kurzbeschreibung": t.kurzbeschreibung,
            "wann": texte.zeitraum(z, bis: ende ?? (t.wiederholung == nil ? t.ende : nil)),
            "datetime": iso(z), "wo": ortText(t.ort),
        ]
        if let w = t.wiederholung { c["wiederholung"] = texte.wiederholung(w, beginn: t.beginn.datum) }
        if t.istRegionweit { c["regional"] = texte["termin_ganze_region"] }
        return c
    }

    func ortText(_ o: Adresse) -> String {
        [o.name, o.strasse, [o.plz, o.ort].compactMap { $0 }.joined(separator: " ")].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    func iso(_ z: Zeitpunkt) -> String {
        "\(z.datum)T\(z.stunde < 10 ? "0" : "")\(z.uhrzeit)"
    }
}
