/// Checks that need the whole content: unique ids, region settings, legal pages, freshness.
enum Pruefungen {
    static let pflichtseiten = ["impressum": "Impressum", "datenschutz": "Datenschutzerklärung",
                                "barrierefreiheit": "Erklärung zur Barrierefreiheit"]

    static func pruefe(_ inhalt: Inhalt, heute: Datum, diagnosen: Diagnosen) {
        doppelte(inhalt.angebote.map { ($0.id, $0.quelle.datei) }, art: "Angebot", diagnosen: diagnosen)
        doppelte(inhalt.termine.map { ($0.id, $0.quelle.datei) }, art: "Termin", diagnosen: diagnosen)
        doppelte(inhalt.kategorien.map { ($0.id, $0.quelle.datei) }, art: "Kategorie", diagnosen: diagnosen)

        let kategorieIDs = inhalt.kategorien.map(\.id)
        for g in inhalt.region.grundversorgung where !kategorieIDs.contains(g) {
            let v = Vorschlag.naechster(zu: g, aus: kategorieIDs)
            diagnosen.melde(Diagnose(.fehler, datei: "region.yaml", code: "unbekannte-kategorie",
                meldung: "Unter `grundversorgung` steht „\(g)“, eine solche Kategorie gibt es nicht in `kategorien.yaml`." + (v.map { " Meinten Sie `\($0)`?" } ?? ""),
                vorschlag: v.map { "`\($0)` schreiben." }))
        }
        for (id, titel) in pflichtseiten.sorted(by: { $0.key < $1.key })
        where !inhalt.seiten.contains(where: { $0.id == id }) && !diagnosen.alle.contains(where: { $0.datei == "seiten/\(id).md" }) {
            diagnosen.melde(Diagnose(.warnung, datei: "seiten/\(id).md", code: "pflichtseite-fehlt",
                meldung: "Die Seite „\(titel)“ fehlt; eine öffentliche Seite in Deutschland braucht sie.",
                vorschlag: "Eine Datei `seiten/\(id).md` mit `titel: \(titel)` anlegen."))
        }
        frische(inhalt, heute: heute, diagnosen: diagnosen)
    }

    /// Entries whose `geprueft` date is older than the region's interval.
    static func faellig(_ inhalt: Inhalt, heute: Datum) -> [Angebot] {
        let grenze = heute.minus(monate: inhalt.region.pruefintervallMonate)
        return inhalt.angebote.filter { a in a.geprueft.map { $0 < grenze } ?? false }
    }

    private static func frische(_ inhalt: Inhalt, heute: Datum, diagnosen: Diagnosen) {
        for a in faellig(inhalt, heute: heute) {
            diagnosen.melde(Diagnose(.warnung, datei: a.quelle.datei, code: "bitte-pruefen",
                meldung: "Bitte prüfen: Der Eintrag wurde zuletzt am \(a.geprueft!) geprüft, vor mehr als \(inhalt.region.pruefintervallMonate) Monaten.",
                vorschlag: "Die Angaben mit dem Träger abgleichen und danach `geprueft: \(heute)` eintragen."))
        }
        for a in inhalt.angebote {
            if let g = a.geprueft, heute < g {
                diagnosen.melde(Diagnose(.warnung, datei: a.quelle.datei, code: "geprueft-zukunft",
                    meldung: "Das Prüfdatum \(g) liegt in der Zukunft.", vorschlag: "`geprueft: \(heute)`"))
            }
        }
    }

    private static func doppelte(_ eintraege: [(String, String)], art: String, diagnosen: Diagnosen) {
        var gesehen: [String: [String]] = [:]
        for (id, datei) in eintraege { gesehen[id, default: []].append(datei) }
        for (id, dateien) in gesehen.sorted(by: { $0.key < $1.key }) where dateien.count > 1 {
            for d in dateien {
                let andere = dateien.filter { $0 != d }
                diagnosen.melde(Diagnose(.fehler, datei: d, code: "doppelte-id",
                    meldung: "\(art) „\(id)“ gibt es zweimal: auch in \(andere.map { "`\($0)`" }.joined(separator: ", ")). Jede Kennung darf in der ganzen Region nur einmal vorkommen.",
                    vorschlag: "Eine der Dateien umbenennen, z. B. in „\(id)-2.md“ oder mit dem Ortsnamen."))
            }
        }
    }
}
