import Foundation

/// Diagnostics for people (text), machines (JSON) and pull requests (GitHub workflow commands).
public enum Meldungen {
    /// Plain text, grouped by file, errors before warnings, with the source line and a marker.
    public static func text(_ diagnosen: [Diagnose], praefix: String = "", farbe: Bool = false) -> String {
        func f(_ code: String, _ s: String) -> String { farbe ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        var datei: String?
        for d in diagnosen {
            if d.datei != datei {
                if datei != nil { out += "\n" }
                out += f("1", praefix + d.datei) + "\n"
                datei = d.datei
            }
            let art = d.schwere == .fehler ? f("1;31", "Fehler") : f("1;33", "Warnung")
            let ort = d.zeile > 0 ? " in Zeile \(d.zeile)" + (d.spalte > 0 ? ", Spalte \(d.spalte)" : "") : ""
            out += "  \(art)\(ort): \(d.meldung)\n"
            if let q = d.quelltext, d.zeile > 0 {
                let nr = String(d.zeile)
                let sichtbar = q.replacingOccurrences(of: "\t", with: " ")
                out += "    \(nr) | \(sichtbar)\n"
                if d.spalte > 0, d.spalte <= sichtbar.count + 1 {
                    out += "    \(String(repeating: " ", count: nr.count)) | \(String(repeating: " ", count: max(0, d.spalte - 1)))\(f("1;31", "^"))\n"
                }
            }
            if let v = d.vorschlag {
                let zeilen = v.split(separator: "\n", omittingEmptySubsequences: false)
                out += "    " + f("36", "So geht es: ") + zeilen.joined(separator: "\n      ") + "\n"
            }
        }
        return out
    }

    public static func zusammenfassung(_ diagnosen: [Diagnose]) -> String {
        let f = diagnosen.filter { $0.schwere == .fehler }.count
        let w = diagnosen.count - f
        if diagnosen.isEmpty { return "Alles in Ordnung: keine Fehler, keine Warnungen." }
        return "\(f) Fehler, \(w) \(w == 1 ? "Warnung" : "Warnungen")."
    }

    /// What was read, so that a volunteer sees that a new file counts:
    /// „Gelesen: 12 Gemeinden, 14 Kategorien, 60 Angebote, 10 Termine, 3 Seiten.“
    public static func gelesen(_ inhalt: Inhalt) -> String {
        func n(_ z: Int, _ eins: String, _ viele: String) -> String { "\(z) \(z == 1 ? eins : viele)" }
        return "Gelesen: " + [n(inhalt.gemeinden.count, "Gemeinde", "Gemeinden"), n(inhalt.kategorien.count, "Kategorie", "Kategorien"),
                              n(inhalt.angebote.count, "Angebot", "Angebote"), n(inhalt.termine.count, "Termin", "Termine"),
                              n(inhalt.seiten.count, "Seite", "Seiten")].joined(separator: ", ") + "."
    }

    /// The events that ended in the last `tage` days (older ones are a record of the past), the
    /// latest first, at most `hoechstens`: they are no longer among the upcoming events, so that a
    /// year written wrong (`2025-12-02` for the coming December, `2026-01-14` in the new year) shows
    /// where a volunteer looks, without a warning for every event that is simply over. nil: none.
    /// „Vorbei, nicht mehr bei den kommenden Terminen:\n  - „Adventsnachmittag“ am 2025-12-02: gemeinden/…/advent.md …“
    public static func vorbei(_ inhalt: Inhalt, heute: Datum, praefix: String = "", tage: Int = 400, hoechstens: Int = 3) -> String? {
        let grenze = heute.plus(tage: -tage)
        // (each event's last date once: a weekly series has hundreds)
        let liste = inhalt.termine.filter { $0.istVorbei(heute: heute) }
            .map { (termin: $0, ende: $0.planmaessig(hoechstens: 2000).last?.datum ?? $0.beginn.datum) }
            .filter { !($0.ende < grenze) }
            .sorted { ($0.ende, $0.termin.quelle.datei) > ($1.ende, $1.termin.quelle.datei) }
        guard !liste.isEmpty else { return nil }
        let genannt = liste.prefix(hoechstens).map { "  - „\($0.termin.titel)“ am \($0.ende): \(praefix + $0.termin.quelle.datei)" }
        let rest = liste.count - genannt.count
        return (["Vorbei, nicht mehr bei den kommenden Terminen:"] + genannt
                + (rest > 0 ? ["  und \(rest) \(rest == 1 ? "weiterer" : "weitere")"] : [])
                + ["Ist einer davon noch nicht vorbei, stimmt in seiner Datei das Datum bei `beginn` (oder `bis`) nicht, oft das Jahr."])
            .joined(separator: "\n")
    }

    public static func json(_ diagnosen: [Diagnose], praefix: String = "") -> String {
        struct Eintrag: Encodable {
            let severity: String, file: String, line: Int, column: Int, code: String, message: String
            let suggestion: String?, source: String?
        }
        struct Bericht: Encodable { let errors: Int; let warnings: Int; let diagnostics: [Eintrag] }
        let e = diagnosen.map { Eintrag(severity: $0.schwere.rawValue, file: praefix + $0.datei, line: $0.zeile, column: $0.spalte,
                                        code: $0.code, message: $0.meldung, suggestion: $0.vorschlag, source: $0.quelltext) }
        let fehler = diagnosen.filter { $0.schwere == .fehler }.count
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Bericht(errors: fehler, warnings: diagnosen.count - fehler, diagnostics: e))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `::error file=…,line=…,col=…,title=…::message` (GitHub Actions workflow commands).
    public static func github(_ diagnosen: [Diagnose], praefix: String = "") -> String {
        func wert(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        func nachricht(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        return diagnosen.map { d in
            var props = ["file=\(wert(praefix + d.datei))"]
            if d.zeile > 0 { props.append("line=\(d.zeile)") }
            if d.spalte > 0 { props.append("col=\(d.spalte)") }
            props.append("title=\(wert(d.code))")
            let text = d.meldung + (d.vorschlag.map { " So geht es: " + $0 } ?? "")
            return "::\(d.schwere == .fehler ? "error" : "warning") \(props.joined(separator: ","))::\(nachricht(text))"
        }.joined(separator: "\n") + (diagnosen.isEmpty ? "" : "\n")
    }
}
