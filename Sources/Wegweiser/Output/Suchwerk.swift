import Foundation

/// Turns services and events into search documents and writes the index below `suchindex/`.
struct Suchwerk {
    let site: Website

    /// Field weights: a title match outranks a match in the body. A category's search terms
    /// (`suchbegriffe`) stand in every document of the category, so they weigh less than its
    /// name and the document's own words (measured on bench/suche/blind: 115 -> 116 of 117,
    /// MRR 0.96 -> 0.98; example region one query rank 1 -> 2).
    enum Gewicht {
        static let titel = 10, kategorie = 6, suchbegriff = 3, stichwort = 6, traeger = 4, gemeinde = 4, kurz = 3, inhalt = 1
    }

    /// The search documents of every service and event, in that order; made on every core
    /// (the body text goes through cmark).
    func dokumente() -> [SuchDokument] {
        inStuecken(site.inhalt.angebote.count + site.inhalt.termine.count, mindestens: 200) { dokumente($0) }
    }

    /// Documents `bereich` of the services followed by the events.
    private func dokumente(_ bereich: Range<Int>) -> [SuchDokument] {
        let inhalt = site.inhalt
        let alleGemeinden = inhalt.gemeinden.map(\.id)
        var out: [SuchDokument] = []
        out.reserveCapacity(bereich.count)
        let nA = inhalt.angebote.count
        // through buffers: the model is passed borrowed, not copied field by field
        inhalt.angebote.withUnsafeBufferPointer { angebote in
            for i in bereich.clamped(to: 0..<nA) { out.append(dokument(angebote.baseAddress! + i, alleGemeinden)) }
        }
        // (few events: passing them whole does not matter)
        for i in (bereich.lowerBound - nA ..< bereich.upperBound - nA).clamped(to: 0..<inhalt.termine.count) {
            out.append(dokument(inhalt.termine[i], alleGemeinden))
        }
        return out
    }

    private func kategorieFelder(_ ids: [String]) -> [SuchFeld] {
        site.kategorien(von: ids).flatMap { k in [SuchFeld(k.name, gewicht: Gewicht.kategorie)] + k.suchbegriffe.map { SuchFeld($0, gewicht: Gewicht.suchbegriff) } }
    }

    private func ortName(_ g: String?) -> String {
        g.flatMap { site.gemeindeName[$0] } ?? site.inhalt.region.region
    }

    /// (`a` points at the service: its fields are read where it stands, not from a copy of all of them)
    private func dokument(_ a: UnsafePointer<Angebot>, _ alleGemeinden: [String]) -> SuchDokument {
        let gemeinden: [String]
        switch a.pointee.einzugsgebiet {
        case .alle: gemeinden = alleGemeinden
        case .gemeinden(let ids):
            // (as `Angebot.erreicht`)
            let eigene = a.pointee.gemeinde
            gemeinden = alleGemeinden.filter { $0 == eigene || ids.contains($0) }
        }
        var felder = [SuchFeld(a.pointee.titel, gewicht: Gewicht.titel)] + kategorieFelder(a.pointee.kategorien)
        felder += (a.pointee.stichworte + a.pointee.zielgruppen).map { SuchFeld($0, gewicht: Gewicht.stichwort) }
        felder.append(SuchFeld(a.pointee.traeger, gewicht: Gewicht.traeger))
        felder += gemeinden.compactMap { site.gemeindeName[$0] }.map { SuchFeld($0, gewicht: Gewicht.gemeinde) }
        felder.append(SuchFeld(a.pointee.kurzbeschreibung, gewicht: Gewicht.kurz))
        felder.append(SuchFeld(Markdown.text(a.pointee.inhalt), gewicht: Gewicht.inhalt))
        return SuchDokument(url: Seitenpfad.angebot(a.pointee.id).ordner, art: "angebot", titel: a.pointee.titel,
                            kurzbeschreibung: a.pointee.kurzbeschreibung, gemeinden: gemeinden, ort: ortName(a.pointee.gemeinde),
                            kategorien: a.pointee.kategorien, felder: felder)
    }

    private func dokument(_ t: Termin, _ alleGemeinden: [String]) -> SuchDokument {
        let gemeinden = t.gemeinde.map { [$0] } ?? alleGemeinden
        var felder = [SuchFeld(t.titel, gewicht: Gewicht.titel)] + kategorieFelder(t.kategorien)
        felder.append(SuchFeld(t.veranstalter, gewicht: Gewicht.traeger))
        felder += gemeinden.compactMap { site.gemeindeName[$0] }.map { SuchFeld($0, gewicht: Gewicht.gemeinde) }
        felder += [t.ort.name, t.ort.ort].compactMap { $0 }.map { SuchFeld($0, gewicht: Gewicht.gemeinde) }
        felder.append(SuchFeld(t.kurzbeschreibung, gewicht: Gewicht.kurz))
        felder.append(SuchFeld(Markdown.text(t.inhalt), gewicht: Gewicht.inhalt))
        return SuchDokument(url: Seitenpfad.termin(t.id).ordner, art: "termin", titel: t.titel,
                            kurzbeschreibung: t.kurzbeschreibung, gemeinden: gemeinden, ort: ortName(t.gemeinde),
                            kategorien: t.kategorien, felder: felder)
    }

    func dateien() -> [(String, [UInt8])] {
        let inhalt = site.inhalt
        var uhr = SuchMessung()
        let docs = dokumente()
        uhr.schritt("dokumente")
        return SuchIndex.dateien(dokumente: docs,
                                 gemeinden: inhalt.gemeinden.sorted { $0.name < $1.name }.map { (id: $0.id, name: $0.name) },
                                 kategorien: inhalt.kategorien.map { (id: $0.id, name: $0.name) },
                                 suchbegriffe: Dictionary(inhalt.kategorien.map { ($0.id, $0.suchbegriffe) }, uniquingKeysWith: { a, _ in a }))
            .map { ("suchindex/" + $0.pfad, $0.inhalt) }
    }
}
