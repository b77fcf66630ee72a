import Foundation

/// Entry points for the fuzz target `WegweiserFuzz` (`scripts/fuzz`): the reading path of a
/// content file, fed with arbitrary bytes. Besides "never crash", each call checks the promises
/// the rest of Wegweiser relies on and traps (which the fuzzer reports) when one is broken:
/// a file that is not read always leaves an error behind, and every diagnostic points into the file.
public enum Fuzzing {
    /// `bytes` as the content of a service (`angebote/<id>.md`), of `region.yaml` and of
    /// `kategorien.yaml`: Quelldatei → FrontMatter → YAMLLeser → Felder → DateiLeser.
    public static func frontMatter(_ bytes: [UInt8]) {
        // in memory: every step on its own, every typed accessor on every key
        let d = Diagnosen()
        if let datei = Quelldatei.aus(bytes: bytes, pfad: "angebote/fuzz.md", diagnosen: d) {
            pruefeZeilen(datei, d)
            if let fm = FrontMatter.zerlege(datei, diagnosen: d) {
                precondition(fm.versatz == 1)
                if let node = YAMLLeser.lies(fm.yaml, datei: datei, versatz: fm.versatz, diagnosen: d),
                   case .mapping(let m) = node {
                    let f = Felder(m, datei: datei, versatz: fm.versatz, diagnosen: d, zeile: 1)
                    alleZugriffe(f)
                    let leser = DateiLeser(ordner: URL(fileURLWithPath: "/"), diagnosen: d)
                    _ = leser.kontakt(f)
                    _ = leser.oeffnungszeiten(f)
                    _ = leser.adresse(f.gruppe("adresse"))
                    _ = leser.adresse(f.gruppe("ort"), mitName: true)
                }
            }
            pruefeMeldungen(d, datei)
        } else {
            precondition(d.hatFehler, "Datei verworfen ohne Fehlermeldung")
        }

        // the real readers, through a file
        guard let ordner = arbeitsordner else { return }
        for (pfad, lies) in [
            ("gemeinden/fuzz/angebote/fuzz.md", { (l: DateiLeser, e: Ordnerplan.Eintrag) in l.angebot(e) != nil }),
            ("gemeinden/fuzz/termine/fuzz.md", { (l: DateiLeser, e: Ordnerplan.Eintrag) in l.termin(e) != nil }),
            ("region.yaml", { (l: DateiLeser, e: Ordnerplan.Eintrag) in l.region(e) != nil }),
            ("kategorien.yaml", { (l: DateiLeser, e: Ordnerplan.Eintrag) in !l.kategorienLesen(e).isEmpty }),
        ] {
            let url = ordner.appendingPathComponent(pfad)
            guard (try? Data(bytes).write(to: url)) != nil else { return }
            let d = Diagnosen()
            var leser = DateiLeser(ordner: ordner, diagnosen: d)
            leser.kategorien = ["pflege": Kategorie(id: "pflege", name: "Pflege", beschreibung: "P.", suchbegriffe: [],
                                                    pflichtfelder: ["telefon"], quelle: Quelle(datei: "kategorien.yaml", zeile: 1))]
            leser.kategorieReihenfolge = ["pflege"]
            leser.gemeindeIDs = ["fuzz", "audorf"]
            let e = Ordnerplan.Eintrag(url: url, pfad: pfad, id: "fuzz", gemeinde: pfad.hasPrefix("gemeinden/") ? "fuzz" : nil)
            let gelesen = lies(leser, e)
            precondition(gelesen || d.hatFehler || pfad == "kategorien.yaml", "\(pfad) verworfen ohne Fehlermeldung")
            if let datei = Quelldatei.aus(bytes: bytes, pfad: pfad, diagnosen: Diagnosen()) { pruefeMeldungen(d, datei) }
        }
    }

    /// The opening-hours parser with its repair suggestion and both renderings.
    public static func oeffnungszeiten(_ s: String) {
        switch OeffnungszeitenParser.parse(s) {
        case .success(let o):
            _ = o.text(.de)
            _ = o.text(.en)
            _ = o.zeilen(.de)
            _ = o.spezifikation
        case .failure(let f):
            precondition(f.spalte >= 0, "Spalte \(f.spalte) < 0")
            precondition(!f.meldung.isEmpty)
            _ = f.markierung(in: s)
        }
    }

    // MARK: invariants

    private static func alleZugriffe(_ f: Felder) {
        for key in f.schluessel {
            _ = f.hat(key)
            _ = f.text(key)
            _ = f.textListe(key)
            _ = f.eintraege(key)
            _ = f.datum(key)
            _ = f.zeitpunkt(key)
            _ = f.ganzzahl(key)
            _ = f.janein(key)
            if let g = f.gruppe(key) { alleZugriffe(g) }
            for g in f.gruppen(key) { alleZugriffe(g) }
        }
        f.pruefeUnbekannte(DateiLeser.angebotSchluessel)
    }

    private static func pruefeZeilen(_ datei: Quelldatei, _ d: Diagnosen) {
        precondition(!datei.text.unicodeScalars.contains(where: Quelldatei.istSteuerzeichen), "Steuerzeichen nach dem Bereinigen")
        precondition(datei.zeilen.allSatisfy { $0.unicodeScalars.count <= Quelldatei.hoechsteZeilenlaenge })
    }

    /// Every diagnostic names a line of the file (or none), a column on it, and a message;
    /// the quoted source line is short and shows no control characters.
    private static func pruefeMeldungen(_ d: Diagnosen, _ datei: Quelldatei) {
        for m in d.alle {
            precondition(!m.meldung.isEmpty, "leere Meldung \(m.code)")
            precondition(m.zeile >= 0 && m.zeile <= datei.zeilen.count + 1, "Zeile \(m.zeile) außerhalb der Datei (\(datei.zeilen.count)): \(m.code)")
            precondition(m.spalte >= 0, "Spalte \(m.spalte) < 0: \(m.code)")
            if let q = m.quelltext {
                precondition(q.count <= Quelldatei.hoechsteAnzeigelaenge + 2, "Quelltext zu lang: \(m.code)")
                precondition(!q.unicodeScalars.contains(where: Quelldatei.istSteuerzeichen), "Steuerzeichen in der Anzeige: \(m.code)")
            }
        }
    }

    /// Removes the folder the real readers read from (`scripts/fuzz` removes its own).
    public static func aufraeumen() {
        if let o = ordner { try? FileManager.default.removeItem(at: o) }
        ordner = nil
    }

    /// A folder for the files the real readers read, one per process (below
    /// `WEGWEISER_FUZZ_ORDNER`, which `scripts/fuzz` sets and removes, or the temporary folder).
    nonisolated(unsafe) private static var ordner: URL?
    private static var arbeitsordner: URL? {
        if let o = ordner { return o }
        let basis = ProcessInfo.processInfo.environment["WEGWEISER_FUZZ_ORDNER"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
        let o = basis.appendingPathComponent("wegweiser-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        for unter in ["gemeinden/fuzz/angebote", "gemeinden/fuzz/termine"] {
            guard (try? FileManager.default.createDirectory(at: o.appendingPathComponent(unter), withIntermediateDirectories: true)) != nil else { return nil }
        }
        ordner = o
        return o
    }
}
