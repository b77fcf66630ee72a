import Foundation

/// Which file in the content folder is what, by its place in the layout.
struct Ordnerplan {
    struct Eintrag {
        let url: URL
        /// Relative to the content folder.
        let pfad: String
        let id: String
        /// The Gemeinde folder it lies in, nil for `region/` and `seiten/`.
        let gemeinde: String?
    }

    var region: Eintrag?
    var kategorien: Eintrag?
    var gemeinden: [Eintrag] = []
    var angebote: [Eintrag] = []
    var termine: [Eintrag] = []
    var seiten: [Eintrag] = []
    /// Gemeinde folders whose names are no ids (`Kranzberg Süd`): not read, reported once each.
    var ungueltigeGemeindeOrdner: [String] = []
    /// Gemeinde folders without `index.md`: reported once each; references to them are not.
    var gemeindeOhneIndex: [String] = []

    /// The ids a folder name that is no id stands for: the whole name made an id, and its first
    /// word (`Kranzberg Süd`: `kranzberg-sued`, `kranzberg`).
    static func kennungen(vonOrdner name: String) -> [String] {
        let id = Id.vorschlag(name)
        let erstes = id.split(separator: "-").first.map(String.init)
        return [id] + (erstes.map { $0 != id ? [$0] : [] } ?? [])
    }

    /// Gemeinde ids that no Gemeinde has because its folder is not read: references to them are
    /// no errors of their own (the folder's error says what to do).
    var ungeleseneGemeinden: Set<String> {
        Set(ungueltigeGemeindeOrdner.flatMap(Ordnerplan.kennungen(vonOrdner:)) + gemeindeOhneIndex)
    }

    static let bekannteOrdner = ["gemeinden", "region", "seiten"]

    /// Where entries stand: `gemeinden/<g>/angebote|termine/`, `region/angebote|termine/`, `seiten/`.
    static func istEintragsstelle(_ teile: [String]) -> Bool {
        switch teile.count {
        case 4: return teile[0] == "gemeinden" && (teile[2] == "angebote" || teile[2] == "termine")
        case 3: return teile[0] == "region" && (teile[1] == "angebote" || teile[1] == "termine")
        case 2: return teile[0] == "seiten"
        default: return false
        }
    }

    /// The name without an ending a Markdown file gets by mistake (`.md.txt`, `.MD`, `.markdown`,
    /// `.txt`, none); nil for other files (`foto.jpg`).
    static func ohneFalscheEndung(_ name: String) -> String? {
        let klein = name.lowercased()
        for endung in [".md.txt", ".markdown", ".mdown", ".md", ".txt"] where klein.hasSuffix(endung) && klein.count > endung.count {
            return String(name.dropLast(endung.count))
        }
        return name.contains(".") ? nil : name
    }

    static func erstelle(ordner: URL, diagnosen: Diagnosen) -> Ordnerplan {
        var plan = Ordnerplan()
        let wurzel = ordner.resolvingSymlinksInPath().standardizedFileURL.path
        var gemeindeOrdner: Set<String> = []
        var gemeindeIndex: Set<String> = []
        var ungueltig: [String: Int] = [:]

        func melde(_ s: Diagnose.Schwere, _ pfad: String, _ code: String, _ m: String, _ v: String? = nil) {
            diagnosen.melde(Diagnose(s, datei: pfad, code: code, meldung: m, vorschlag: v))
        }

        for (url, pfad) in dateien(in: ordner, wurzel: wurzel, diagnosen: diagnosen) {
            let teile = pfad.split(separator: "/").map(String.init)
            let name = teile.last ?? ""
            let istMD = name.hasSuffix(".md")
            let id = istMD ? String(name.dropLast(3)) : name

            func eintrag(gemeinde: String?) -> Eintrag? {
                // `essen.md.md`: the editor added the ending a second time
                var kern = id
                while kern.lowercased().hasSuffix(".md") { kern = String(kern.dropLast(3)) }
                if kern != id {
                    melde(.fehler, pfad, "ungueltiger-dateiname", "Der Dateiname „\(name)“ endet mehrmals auf `.md`; so wird die Datei nicht gelesen.",
                          "Die Datei umbenennen in „\(Id.istGueltig(kern) ? kern : Id.vorschlag(kern)).md“.")
                    return nil
                }
                guard Id.istGueltig(id) else {
                    melde(.fehler, pfad, "ungueltiger-dateiname",
                          "Der Dateiname „\(name)“ ist nicht erlaubt: Namen bestehen nur aus Kleinbuchstaben a–z, Ziffern und Bindestrichen und beginnen mit einem Buchstaben (keine Umlaute, keine Leerzeichen).",
                          "Die Datei umbenennen in „\(Id.vorschlag(id)).md“.")
                    return nil
                }
                return Eintrag(url: url, pfad: pfad, id: id, gemeinde: gemeinde)
            }

            switch teile.count {
            case 1 where name == "region.yaml": plan.region = Eintrag(url: url, pfad: pfad, id: "region", gemeinde: nil)
            case 1 where name == "kategorien.yaml": plan.kategorien = Eintrag(url: url, pfad: pfad, id: "kategorien", gemeinde: nil)
            case 1 where name == "region.yml" || name == "kategorien.yml":
                melde(.fehler, pfad, "falsche-endung", "Die Datei heißt „\(name)“, erwartet wird „\(id.dropLast(4)).yaml“.",
                      "Die Datei umbenennen in „\(id.dropLast(4)).yaml“.")
            case 3 where teile[0] == "gemeinden" && name == "index.md":
                guard Id.istGueltig(teile[1]) else { ungueltig[teile[1], default: 0] += 1; continue }
                gemeindeIndex.insert(teile[1])
                plan.gemeinden.append(Eintrag(url: url, pfad: pfad, id: teile[1], gemeinde: teile[1]))
            case 4 where teile[0] == "gemeinden" && (teile[2] == "angebote" || teile[2] == "termine") && istMD:
                guard Id.istGueltig(teile[1]) else { ungueltig[teile[1], default: 0] += 1; continue }
                gemeindeOrdner.insert(teile[1])
                if let e = eintrag(gemeinde: teile[1]) {
                    if teile[2] == "angebote" { plan.angebote.append(e) } else { plan.termine.append(e) }
                }
            case 3 where teile[0] == "region" && (teile[1] == "angebote" || teile[1] == "termine") && istMD:
                if let e = eintrag(gemeinde: nil) {
                    if teile[1] == "angebote" { plan.angebote.append(e) } else { plan.termine.append(e) }
                }
            case 2 where teile[0] == "seiten" && istMD:
                if let e = eintrag(gemeinde: nil) { plan.seiten.append(e) }
            case _ where !istMD && Self.istEintragsstelle(teile) && Self.ohneFalscheEndung(name) != nil:
                // (a web editor's `.md.txt`, `.MD` or no ending: the entry would be missing from the site)
                let richtig = Id.vorschlag(Self.ohneFalscheEndung(name)!) + ".md"
                melde(.fehler, pfad, "falsche-endung",
                      "Die Datei „\(name)“ endet nicht auf `.md`; so erscheint dieser Eintrag nicht auf der Website.",
                      "Die Datei umbenennen in „\(richtig)“.")
            default:
                let (s, v) = vorschlagFuerFalscheStelle(teile: teile, istMD: istMD)
                melde(istMD ? .fehler : .warnung, pfad, "falsche-stelle",
                      istMD ? "Diese Datei liegt an einer Stelle, an der Wegweiser keine Inhalte erwartet; sie erscheint nicht auf der Seite."
                            : "Diese Datei gehört nicht in den Inhaltsordner und wird nicht verwendet.\(s)",
                      v)
            }
        }
        // a Gemeinde folder with a name that is no id: once, for the folder and what is in it
        for (g, anzahl) in ungueltig.sorted(by: { $0.key < $1.key }) {
            plan.ungueltigeGemeindeOrdner.append(g)
            let kennungen = Ordnerplan.kennungen(vonOrdner: g)
            let neu = kennungen[0]
            melde(.fehler, "gemeinden/\(g)/", "ungueltiger-ordnername",
                  "Der Ordnername „\(g)“ ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, am Anfang ein Buchstabe. "
                  + (anzahl == 1 ? "Die Datei darin wird" : "Die \(anzahl) Dateien darin werden") + " nicht gelesen.",
                  "Den Ordner umbenennen in „\(neu)“"
                  + (kennungen.count > 1 ? " – oder in „\(kennungen[1])“, wenn andere Einträge die Gemeinde so nennen (`einzugsgebiet:`)" : "")
                  + ". Der Name, der auf der Website steht, gehört in `name:` in `index.md`.")
        }
        for g in gemeindeOrdner.subtracting(gemeindeIndex).sorted() {
            plan.gemeindeOhneIndex.append(g)
            melde(.fehler, "gemeinden/\(g)/index.md", "gemeinde-index-fehlt",
                  "Der Ordner `gemeinden/\(g)/` hat keine Datei `index.md`; ohne sie gibt es die Gemeinde nicht.",
                  "Eine Datei `gemeinden/\(g)/index.md` mit `name:` anlegen (`wegweiser new gemeinde \(g)`).")
        }
        plan.angebote.sort { $0.pfad < $1.pfad }
        plan.termine.sort { $0.pfad < $1.pfad }
        plan.seiten.sort { $0.pfad < $1.pfad }
        plan.gemeinden.sort { $0.pfad < $1.pfad }
        return plan
    }

    private static func vorschlagFuerFalscheStelle(teile: [String], istMD: Bool) -> (String, String?) {
        guard istMD else { return ("", "Die Datei aus dem Inhaltsordner entfernen oder mit `_` am Anfang des Namens ausblenden.") }
        let name = teile.last ?? ""
        if teile.count == 4, teile[0] == "gemeinden",
           let n = Vorschlag.naechster(zu: teile[2], aus: ["angebote", "termine"]) {
            return ("", "Die Datei nach `gemeinden/\(teile[1])/\(n)/\(name)` verschieben.")
        }
        if teile.count == 3, let n = Vorschlag.naechster(zu: teile[0], aus: bekannteOrdner) {
            if n == "gemeinden" { return ("", "Die Datei nach `gemeinden/\(teile[1])/angebote/\(name)` verschieben (Angebote) oder nach `…/termine/` (Termine).") }
            if n == "region" { return ("", "Die Datei nach `region/angebote/\(name)` oder `region/termine/\(name)` verschieben.") }
        }
        if teile.count == 1 { return ("", "Freie Seiten gehören nach `seiten/\(name)`, Angebote nach `gemeinden/<gemeinde>/angebote/\(name)`.") }
        return ("", "Erlaubt sind `gemeinden/<gemeinde>/angebote/`, `gemeinden/<gemeinde>/termine/`, `region/angebote/`, `region/termine/` und `seiten/`.")
    }

    /// Every regular file below the folder, skipping `.`/`_` names and links that lead outside.
    /// Whatever cannot be read (a folder without permission, a pipe, a folder named like a file)
    /// is reported, never silently left out.
    private static func dateien(in ordner: URL, wurzel: String, diagnosen: Diagnosen) -> [(URL, String)] {
        let fm = FileManager.default
        var out: [(URL, String)] = []
        var besucht: Set<String> = []
        func fehler(_ pfad: String, _ code: String, _ meldung: String, _ vorschlag: String?, _ schwere: Diagnose.Schwere = .fehler) {
            diagnosen.melde(Diagnose(schwere, datei: pfad, code: code, meldung: meldung, vorschlag: vorschlag))
        }
        func gehe(_ url: URL, _ rel: String, tiefe: Int) {
            guard tiefe < 12 else {
                fehler(rel, "zu-tief-verschachtelt",
                       "Die Ordner sind hier so tief ineinander verschachtelt, dass ihr Inhalt nicht mehr gelesen wird.",
                       "Inhalte gehören höchstens vier Ebenen tief, z. B. `gemeinden/<gemeinde>/angebote/<id>.md`.", .warnung)
                return
            }
            let namen: [String]
            do {
                namen = try fm.contentsOfDirectory(atPath: url.path).sorted()
            } catch {
                fehler(rel.isEmpty ? "." : rel, "ordner-nicht-lesbar",
                       "Dieser Ordner kann nicht gelesen werden (fehlende Berechtigung?); die Dateien darin fehlen auf der Seite.",
                       "Die Berechtigungen des Ordners ändern, sodass er gelesen werden darf (z. B. `chmod a+rx \(rel.isEmpty ? "." : rel)`).")
                return
            }
            for name in namen where !name.hasPrefix(".") && !name.hasPrefix("_") {
                // control characters would reach the terminal with every message about the file;
                // `�` is what a name in another encoding than UTF-8 is read as
                if name.unicodeScalars.contains(where: { Quelldatei.istSteuerzeichen($0) || $0.value < 0x20 }) || name.contains("\u{FFFD}") {
                    let sichtbar = Quelldatei.sichtbar(Substring(name), auchUmbrueche: true)
                    let endung = [".md", ".yaml"].first { name.hasSuffix($0) } ?? ""
                    fehler(rel.isEmpty ? sichtbar : rel + "/" + sichtbar, "ungueltiger-dateiname",
                           "Der Name „\(sichtbar)“ enthält unsichtbare Steuerzeichen oder Zeichen, die nicht lesbar sind (etwa einen Umlaut, der nicht im Format UTF-8 gespeichert ist); dieser Eintrag wird nicht gelesen.",
                           "Umbenennen, nur mit Kleinbuchstaben a–z, Ziffern und Bindestrichen, z. B. in „\(Id.vorschlag(String(name.dropLast(endung.count))))\(endung)“.")
                    continue
                }
                let kind = url.appendingPathComponent(name)
                let pfad = rel.isEmpty ? name : rel + "/" + name
                var attr = try? fm.attributesOfItem(atPath: kind.path)
                var ziel = kind
                if attr?[.type] as? FileAttributeType == .typeSymbolicLink {
                    let aufgeloest = kind.resolvingSymlinksInPath().standardizedFileURL.path
                    guard aufgeloest == wurzel || aufgeloest.hasPrefix(wurzel + "/") else {
                        fehler(pfad, "link-nach-aussen",
                               "Diese Datei ist eine Verknüpfung (symbolischer Link) auf eine Stelle außerhalb des Inhaltsordners; ihr wird nicht gefolgt.",
                               "Die Datei selbst in den Inhaltsordner kopieren statt sie zu verknüpfen.")
                        continue
                    }
                    ziel = URL(fileURLWithPath: aufgeloest)
                    attr = try? fm.attributesOfItem(atPath: ziel.path)
                    guard let typ = attr?[.type] as? FileAttributeType, typ != .typeSymbolicLink else {
                        fehler(pfad, "link-kaputt", "Diese Verknüpfung zeigt auf eine Datei, die es nicht gibt.",
                               "Die Verknüpfung löschen oder durch die Datei selbst ersetzen.", .warnung)
                        continue
                    }
                }
                switch attr?[.type] as? FileAttributeType {
                case .typeDirectory?:
                    if [".md", ".yaml", ".yml"].contains(where: { name.lowercased().hasSuffix($0) }) {
                        fehler(pfad, "ordner-statt-datei",
                               "„\(name)“ ist ein Ordner, keine Datei; der Name sieht aber nach einer Inhaltsdatei aus. Er wird nicht gelesen.",
                               "Den Ordner löschen oder umbenennen und an seiner Stelle eine Textdatei „\(name)“ anlegen.")
                        continue
                    }
                    let real = ziel.resolvingSymlinksInPath().path
                    guard !besucht.contains(real) else { continue }
                    besucht.insert(real)
                    gehe(ziel, pfad, tiefe: tiefe + 1)
                case .typeRegular?:
                    out.append((ziel, pfad))
                case nil:
                    fehler(pfad, "nicht-lesbar", "Dieser Eintrag kann nicht gelesen werden.",
                           "Prüfen, ob die Datei in einem Editor geöffnet werden kann, und sie gegebenenfalls neu speichern.")
                default:
                    fehler(pfad, "keine-datei",
                           "Das ist keine gewöhnliche Datei (sondern z. B. eine Gerätedatei oder eine Pipe) und wird nicht gelesen.",
                           "Den Eintrag aus dem Inhaltsordner entfernen.")
                }
            }
        }
        besucht.insert(wurzel)
        gehe(ordner, "", tiefe: 0)
        return out
    }
}
