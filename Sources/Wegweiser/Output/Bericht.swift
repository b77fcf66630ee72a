/// The coverage report for the working group: the coverage matrix (Gemeinden against the
/// categories of `grundversorgung`), the gaps as German sentences, and the entries due for
/// checking. Three formats: plain text (to print), Markdown (GitHub table) and CSV (RFC 4180).
///
/// `praefix` is put in front of file paths (the content folder as the user wrote it, e.g.
/// `content/`); `fehler` is the number of content errors, announced in the report, because a
/// service with an error is missing from the matrix and can make a gap look like one.
public enum Bericht {
    /// The word that marks a gap in every format.
    public static let lueckeWort = "LÜCKE"

    /// One sentence per gap: „Paunzhausen erreicht kein Angebot der Kategorie „Nachbarschaftshilfe“.“
    public static func lueckenSaetze(_ v: Versorgung) -> [String] {
        v.luecken.map { satz($0) }
    }

    public static func satz(_ l: Versorgung.Luecke) -> String { satz(l, einzeilig) }

    static func satz(_ l: Versorgung.Luecke, _ wert: (String) -> String) -> String {
        "\(wert(l.gemeinde.name)) erreicht kein Angebot der Kategorie „\(wert(l.kategorie.name))“."
    }

    /// Entries whose `geprueft` date is older than the region's interval, oldest first.
    public static func faellig(_ inhalt: Inhalt, heute: Datum) -> [Angebot] {
        Pruefungen.faellig(inhalt, heute: heute).sorted { a, b in
            if a.geprueft != b.geprueft { return (a.geprueft?.tageszahl ?? 0) < (b.geprueft?.tageszahl ?? 0) }
            return a.quelle.datei < b.quelle.datei
        }
    }

    // MARK: text

    public static func text(inhalt: Inhalt, heute: Datum, praefix: String = "", fehler: Int = 0) -> String {
        let v = Versorgung(inhalt: inhalt)
        var out: [String] = []
        let titel = "Versorgungsbericht – \(einzeilig(inhalt.region.region))"
        out.append(titel)
        out.append(String(repeating: "=", count: titel.count))
        out.append("Stand: \(heute)")
        if fehler > 0 { out.append(""); out.append(fehlerHinweis(fehler)) }
        out.append("")

        out += ueberschrift("Versorgung: Wie viele Angebote erreichen jede Gemeinde?")
        if v.kategorien.isEmpty {
            out.append(ohneGrundversorgung)
        } else {
            out.append("Gezählt sind die Kategorien der Grundversorgung. \(lueckeWort) heißt: kein Angebot.")
            out.append(regionsweitLegende)
            out.append("")
            out.append("Spalten:")
            for (i, k) in v.kategorien.enumerated() { out.append("  (\(i + 1)) \(einzeilig(k.name))") }
            out.append("")
            let namen = v.zeilen.map { einzeilig($0.gemeinde.name) }
            let breite = max("Gemeinde".count, namen.map(\.count).max() ?? 0)
            let zelle = max(lueckeWort.count, 5)
            func zeile(_ erste: String, _ rest: [String]) -> String {
                var s = erste.padding(breite)
                for r in rest { s += "  " + r.linksAuffuellen(zelle) }
                return s.ohneRechtesLeerzeichen
            }
            out.append(zeile("Gemeinde", v.kategorien.indices.map { "(\($0 + 1))" }))
            out.append(zeile(String(repeating: "-", count: breite), v.kategorien.map { _ in String(repeating: "-", count: zelle) }))
            for (z, name) in zip(v.zeilen, namen) {
                out.append(zeile(name, z.zellen.map(inhaltDerZelle)))
            }
        }
        out.append("")

        let luecken = lueckenSaetze(v)
        out += ueberschrift("Lücken (\(luecken.count))")
        if v.kategorien.isEmpty {
            out.append("Ohne Grundversorgung gibt es nichts zu vergleichen.")
        } else if luecken.isEmpty {
            out.append(keineLuecken)
        } else {
            out += luecken.map { "- " + $0 }
        }
        out.append("")

        let fern = regionsweitSaetze(v, einzeilig)
        if !fern.isEmpty {
            out += ueberschrift("Nur regionsweit versorgt (\(fern.count))")
            out.append(regionsweitEinleitung)
            out += fern.map { "- " + $0 }
            out.append("")
        }

        let f = faellig(inhalt, heute: heute)
        out += ueberschrift("Fällige Prüfungen (\(f.count))")
        if f.isEmpty {
            out.append(keineFaelligen(inhalt))
        } else {
            out.append(faelligEinleitung(inhalt))
            out.append("")
            for a in f {
                out.append("- \(a.geprueft?.description ?? "–")  \(einzeilig(a.titel))")
                out.append("  \(praefix)\(a.quelle.datei)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    public static func markdown(inhalt: Inhalt, heute: Datum, praefix: String = "", fehler: Int = 0) -> String {
        let v = Versorgung(inhalt: inhalt)
        var out: [String] = []
        out.append("# Versorgungsbericht – \(md(inhalt.region.region))")
        out.append("")
        out.append("Stand: \(heute)")
        if fehler > 0 { out.append(""); out.append("> **Achtung:** " + fehlerHinweis(fehler)) }
        out.append("")
        out.append("## Versorgung")
        out.append("")
        if v.kategorien.isEmpty {
            out.append(ohneGrundversorgung)
        } else {
            out.append("Anzahl der Angebote, die jede Gemeinde erreichen, je Kategorie der Grundversorgung. **\(lueckeWort)** heißt: kein Angebot. " + md(regionsweitLegende))
            out.append("")
            out.append("| Gemeinde | " + v.kategorien.map { md($0.name) }.joined(separator: " | ") + " |")
            out.append("|---|" + v.kategorien.map { _ in "---:|" }.joined())
            for z in v.zeilen {
                let zellen = z.zellen.map { $0.angebote.isEmpty ? "**\(lueckeWort)**" : md(inhaltDerZelle($0)) }
                out.append("| \(md(z.gemeinde.name)) | " + zellen.joined(separator: " | ") + " |")
            }
        }
        out.append("")

        let luecken = v.luecken.map { satz($0, md) }
        out.append("## Lücken (\(luecken.count))")
        out.append("")
        if v.kategorien.isEmpty {
            out.append("Ohne Grundversorgung gibt es nichts zu vergleichen.")
        } else if luecken.isEmpty {
            out.append(keineLuecken)
        } else {
            out += luecken.map { "- " + $0 }
        }
        out.append("")

        let fern = regionsweitSaetze(v, md)
        if !fern.isEmpty {
            out.append("## Nur regionsweit versorgt (\(fern.count))")
            out.append("")
            out.append(md(regionsweitEinleitung))
            out.append("")
            out += fern.map { "- " + $0 }
            out.append("")
        }

        let f = faellig(inhalt, heute: heute)
        out.append("## Fällige Prüfungen (\(f.count))")
        out.append("")
        if f.isEmpty {
            out.append(keineFaelligen(inhalt))
        } else {
            out.append(faelligEinleitung(inhalt))
            out.append("")
            out.append("| Geprüft | Titel | Datei |")
            out.append("|---|---|---|")
            for a in f {
                out.append("| \(a.geprueft?.description ?? "–") | \(md(a.titel)) | \(code(praefix + a.quelle.datei)) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: CSV

    /// The CSV header. One record per cell of the matrix (section `Versorgung`, status
    /// `versorgt` or `LÜCKE`) and one per entry due for checking (section `Prüfung fällig`):
    /// one table that a spreadsheet can filter by status or pivot back into the matrix.
    /// `Vor Ort` (last, so that the columns before keep their places): of `Anzahl`, the services
    /// based in the Gemeinde or naming it; 0 where only services for the whole region reach it.
    public static let csvSpalten = ["Abschnitt", "Gemeinde", "Gemeinde-Kennung", "Kategorie", "Kategorie-Kennung",
                                    "Anzahl", "Status", "Datei", "Titel", "Geprüft", "Vor Ort"]

    /// RFC 4180: comma-separated, CRLF line ends, a header row, fields with `,` `"` CR or LF in
    /// double quotes (inner quotes doubled). Same content and date give the same bytes.
    /// `fehler` is not written into the CSV (it would break the table); the caller reports it.
    public static func csv(inhalt: Inhalt, heute: Datum, praefix: String = "", fehler: Int = 0) -> String {
        let v = Versorgung(inhalt: inhalt)
        var zeilen: [[String]] = [csvSpalten]
        for z in v.zeilen {
            for c in z.zellen {
                zeilen.append(["Versorgung", z.gemeinde.name, z.gemeinde.id, c.kategorie.name, c.kategorie.id,
                               String(c.angebote.count), c.angebote.isEmpty ? lueckeWort : "versorgt", "", "", "", String(c.vorOrt)])
            }
        }
        let gemeindeNamen = Dictionary(inhalt.gemeinden.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let kategorieNamen = Dictionary(inhalt.kategorien.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for a in faellig(inhalt, heute: heute) {
            zeilen.append(["Prüfung fällig", a.gemeinde.map { gemeindeNamen[$0] ?? $0 } ?? "ganze Region", a.gemeinde ?? "",
                           a.kategorien.map { kategorieNamen[$0] ?? $0 }.joined(separator: "; "), a.kategorien.joined(separator: " "),
                           "", "fällig", praefix + a.quelle.datei, a.titel, a.geprueft?.description ?? "", ""])
        }
        return zeilen.map { $0.map(csvFeld).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One CSV field, quoted when it must be.
    public static func csvFeld(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: words

    static let keineLuecken = "Keine Lücken: Jede Gemeinde erreicht in jeder Kategorie der Grundversorgung mindestens ein Angebot."
    static let ohneGrundversorgung = "In `region.yaml` ist keine `grundversorgung` festgelegt (oder keine ihrer Kategorien gibt es). Tragen Sie dort die Kategorien ein, die jede Gemeinde erreichen soll, z. B. `grundversorgung: [ambulante-pflege, nachbarschaftshilfe]`."

    static func fehlerHinweis(_ n: Int) -> String {
        "Der Inhalt hat \(n) \(n == 1 ? "Fehler" : "Fehler"). Einträge mit Fehlern fehlen in diesem Bericht; eine Lücke kann deshalb nur scheinbar sein. `wegweiser check` zeigt, was zu tun ist."
    }

    static func faelligEinleitung(_ i: Inhalt) -> String {
        "Diese Einträge wurden zuletzt vor mehr als \(monate(i.region.pruefintervallMonate)) geprüft. Bitte mit dem Träger abgleichen und danach das Datum bei `geprueft` erneuern."
    }

    static func keineFaelligen(_ i: Inhalt) -> String {
        "Keine: Alle Einträge wurden in den letzten \(monate(i.region.pruefintervallMonate)) geprüft."
    }

    static func monate(_ n: Int) -> String { n == 1 ? "einem Monat" : "\(n) Monaten" }

    static func ueberschrift(_ s: String) -> [String] { [s, String(repeating: "-", count: s.count)] }

    static func inhaltDerZelle(_ z: Versorgung.Zelle) -> String {
        z.angebote.isEmpty ? lueckeWort : String(z.angebote.count) + (z.nurRegionsweit ? regionsweitZeichen : "")
    }

    /// The mark of a cell reached only by services for the whole region.
    public static let regionsweitZeichen = "*"
    static let regionsweitLegende = "\(regionsweitZeichen) heißt: nur Angebote für die ganze Region, keines mit Sitz in der Gemeinde oder für sie genannt."
    static let regionsweitEinleitung = "Diese Gemeinden erreichen in diesen Kategorien nur Angebote für die ganze Region, keines mit Sitz in der Gemeinde oder mit der Gemeinde im Einzugsgebiet."

    /// One line per Gemeinde with cells reached only by services for the whole region:
    /// „Hohenkammer: Ambulante Pflege, Essen auf Rädern“.
    static func regionsweitSaetze(_ v: Versorgung, _ wert: (String) -> String) -> [String] {
        v.zeilen.compactMap { z in
            let k = z.zellen.filter(\.nurRegionsweit).map { wert($0.kategorie.name) }
            return k.isEmpty ? nil : "\(wert(z.gemeinde.name)): " + k.joined(separator: ", ")
        }
    }

    /// Line breaks in a value (a YAML block scalar) would break a table row.
    static func einzeilig(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }

    /// Text for a Markdown line or table cell: characters with a Markdown meaning escaped.
    static func md(_ s: String) -> String {
        var out = ""
        for c in einzeilig(s) {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func code(_ s: String) -> String {
        s.contains("`") || s.contains("|") ? md(s) : "`\(s)`"
    }
}

private extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func linksAuffuellen(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    var ohneRechtesLeerzeichen: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
