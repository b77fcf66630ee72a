import Foundation

/// The content folder does not exist or cannot be read (exit code 2, not a content error).
public struct InhaltsordnerFehler: Error, CustomStringConvertible {
    public let description: String
}

/// Reads a content folder into the model, reporting every problem it finds.
public enum InhaltLeser {
    public static func lies(ordner: URL, heute: Datum, diagnosen: Diagnosen) throws -> Inhalt? {
        var istOrdner: ObjCBool = false
        guard FileManager.default.fileExists(atPath: ordner.path, isDirectory: &istOrdner), istOrdner.boolValue else {
            throw InhaltsordnerFehler(description: "Der Inhaltsordner „\(ordner.path)“ existiert nicht oder ist kein Ordner.")
        }
        guard FileManager.default.isReadableFile(atPath: ordner.path) else {
            throw InhaltsordnerFehler(description: "Der Inhaltsordner „\(ordner.path)“ kann nicht gelesen werden.")
        }
        if let oben = inhaltsordnerDarueber(ordner) {
            throw InhaltsordnerFehler(description: "Im Ordner „\(ordner.path)“ fehlen `region.yaml` und `kategorien.yaml`; sie liegen in „\(oben.path)“. "
                + "Das ist der Inhaltsordner: Bitte `--content \(oben.path)` angeben (der ganze Ordner, nicht nur ein Teil davon).")
        }
        let plan = Ordnerplan.erstelle(ordner: ordner, diagnosen: diagnosen)
        var leser = DateiLeser(ordner: ordner, diagnosen: diagnosen)
        leser.heute = heute

        leser.gemeindeIDs = plan.gemeinden.map(\.id)
        leser.ungelesen = plan.ungeleseneGemeinden
        let region = plan.region.flatMap(leser.region)
        leser.gruppen = region?.gemeindegruppen ?? [:]
        if plan.region == nil {
            diagnosen.melde(Diagnose(.fehler, datei: "region.yaml", code: "region-fehlt",
                meldung: "Die Datei `region.yaml` fehlt; sie enthält Titel, Name und Herausgeber der Seite.",
                vorschlag: "Eine Datei `region.yaml` mit `titel:`, `region:`, `beschreibung:` und `herausgeber:` anlegen."))
        }
        let kategorien = plan.kategorien.map(leser.kategorienLesen) ?? []
        if plan.kategorien == nil {
            diagnosen.melde(Diagnose(.fehler, datei: "kategorien.yaml", code: "kategorien-fehlt",
                meldung: "Die Datei `kategorien.yaml` fehlt; sie legt die Kategorien der Angebote fest.",
                vorschlag: "Eine Datei `kategorien.yaml` mit einer Liste von Einträgen mit `id:`, `name:` und `beschreibung:` anlegen."))
        }
        for k in kategorien where leser.kategorien[k.id] == nil {
            leser.kategorien[k.id] = k
            leser.kategorieReihenfolge.append(k.id)
        }
        let gemeinden = parallel(plan.gemeinden, leser, diagnosen) { $0.gemeinde($1) }
        let angebote = parallel(plan.angebote, leser, diagnosen) { $0.angebot($1) }
        let termine = parallel(plan.termine, leser, diagnosen) { $0.termin($1) }
        let seiten = parallel(plan.seiten, leser, diagnosen) { $0.seite($1) }

        guard let region else { return nil }
        let inhalt = Inhalt(region: region, kategorien: kategorien, gemeinden: gemeinden.sorted { $0.id < $1.id },
                            angebote: angebote.sorted { $0.id < $1.id }, termine: termine.sorted { $0.id < $1.id },
                            seiten: seiten.sorted { $0.id < $1.id })
        Pruefungen.pruefe(inhalt, heute: heute, diagnosen: diagnosen)
        return inhalt
    }

    /// A folder inside a content folder given as the content folder (`content/gemeinden`,
    /// `content/gemeinden/zolling`): it has neither `region.yaml` nor `kategorien.yaml`, and a folder
    /// up to three levels above has `region.yaml`. Instead of an error for every file, one message.
    static func inhaltsordnerDarueber(_ ordner: URL) -> URL? {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: ordner.appendingPathComponent("region.yaml").path),
              !fm.fileExists(atPath: ordner.appendingPathComponent("kategorien.yaml").path) else { return nil }
        var oben = ordner.standardizedFileURL
        for _ in 0..<3 {
            let weiter = oben.deletingLastPathComponent()
            guard weiter.path != oben.path else { return nil }
            oben = weiter
            if fm.fileExists(atPath: oben.appendingPathComponent("region.yaml").path) { return oben }
        }
        return nil
    }

    /// Reads files on every core; each file reports into its own list, merged in file order,
    /// so the diagnostics are the same as when read one after another.
    private static func parallel<T>(_ eintraege: [Ordnerplan.Eintrag], _ leser: DateiLeser, _ diagnosen: Diagnosen,
                                    _ lies: @escaping (DateiLeser, Ordnerplan.Eintrag) -> T?) -> [T] {
        let ablage = Ablage<(T?, [Diagnose])>(anzahl: eintraege.count)
        let vorlage = Unchecked(leser)
        let funktion = Unchecked(lies)
        DispatchQueue.concurrentPerform(iterations: eintraege.count) { i in
            var eigener = vorlage.wert
            let d = Diagnosen()
            eigener.diagnosen = d
            let wert = funktion.wert(eigener, eintraege[i])
            ablage.setze(i, .success((wert, d.alle)))
        }
        var out: [T] = []
        for (wert, meldungen) in (try? ablage.alle()) ?? [] {
            meldungen.forEach(diagnosen.melde)
            if let wert { out.append(wert) }
        }
        return out
    }
}
