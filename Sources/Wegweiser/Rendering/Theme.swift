import Foundation
import Mustache
import Yams

public struct ThemeFehler: Error, CustomStringConvertible {
    public let description: String
}

/// A theme folder: Mustache templates (with partials and a base layout), the site's own
/// words per language, and static assets copied as they are.
public struct Theme: Sendable {
    public let ordner: URL
    let bibliothek: MustacheLibrary
    let texte: Texte

    public init(ordner: URL, sprache: Sprache) throws {
        self.ordner = ordner
        let vorlagen = ordner.appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: vorlagen.path) else {
            throw ThemeFehler(description: "Das Theme „\(ordner.path)“ hat keinen Ordner `templates/`.")
        }
        SicheresHTML.registriert
        let texte = try Texte(ordner: ordner.appendingPathComponent("strings/\(sprache.rawValue)"))
        var bib = MustacheLibrary()
        let dateien = (FileManager.default.enumerator(atPath: vorlagen.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        for rel in dateien {
            let name = String((rel as NSString).lastPathComponent.dropLast(".mustache".count))
            guard let text = try? String(contentsOf: vorlagen.appendingPathComponent(rel), encoding: .utf8) else {
                throw ThemeFehler(description: "Die Vorlage `templates/\(rel)` kann nicht gelesen werden.")
            }
            // every template escapes with SicheresHTML (the pragma on a line of its own leaves no trace)
            do {
                // (the template as written is parsed first: its errors name its own lines and columns)
                let pragma = "{{% CONTENT_TYPE: \(SicheresHTML.name) }}\n"
                _ = try MustacheTemplate(string: pragma + text)
                try bib.register(pragma + FesteTexte.einsetzen(text, texte.werte), named: name)
            } catch let f as MustacheTemplate.ParserError {
                // line numbers without the pragma line
                throw ThemeFehler(description: "Die Vorlage `templates/\(rel)` enthält einen Fehler in Zeile \(f.context.lineNumber - 1), Spalte \(f.context.columnNumber): \(Self.erklaerung(f.error))\n    \(f.context.line)")
            } catch {
                throw ThemeFehler(description: "Die Vorlage `templates/\(rel)` enthält einen Fehler: \(error)")
            }
        }
        try Self.pruefeTeile(vorlagen, dateien, texte: texte, sprache: sprache.rawValue)
        bibliothek = bib
        self.texte = texte
    }

    /// The tags of a template, with their lines: the character after `{{` (`>`, `<`, `#`, `^`,
    /// `/`, `{`, `&`, or nil for a plain name) and the name, trimmed.
    static func tags(_ text: String) -> [(zeile: Int, art: Character?, name: String)] {
        var aus: [(Int, Character?, String)] = []
        for (nr, zeile) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = zeile[...]
            while let auf = rest.range(of: "{{") {
                rest = rest[auf.upperBound...]
                guard let zu = rest.range(of: "}}") else { break }
                var inhalt = rest[..<zu.lowerBound]
                rest = rest[zu.upperBound...]
                var art: Character? = nil
                if let z = inhalt.first, "><#^/{&!=".contains(z) {
                    art = z
                    inhalt = inhalt.dropFirst()
                }
                aus.append((nr + 1, art, inhalt.trimmingCharacters(in: CharacterSet(charactersIn: " \t}"))))
            }
        }
        return aus
    }

    /// A partial (`{{>kontakt}}`) or a base (`{{<layout}}`) that no file of `templates/` has, and
    /// a word of the theme (`{{t.kontakt}}`) that its strings do not have, would be left out
    /// without a word (Mustache renders both as nothing): named here, with the file and line
    /// that asks for it.
    static func pruefeTeile(_ vorlagen: URL, _ dateien: [String], texte: Texte, sprache: String) throws {
        let namen = Set(dateien.map { String(($0 as NSString).lastPathComponent.dropLast(".mustache".count)) })
        let woerter = texte.werte.keys.sorted()
        for rel in dateien {
            guard let text = try? String(contentsOf: vorlagen.appendingPathComponent(rel), encoding: .utf8),
                  !text.contains("{{=") else { continue }
            for (zeile, art, name) in tags(text) where !name.isEmpty {
                if art == ">" || art == "<", !namen.contains(name) {
                    let vorschlag = Vorschlag.naechster(zu: name, aus: namen.sorted()).map { " Gemeint ist wohl `\($0)`." } ?? ""
                    throw ThemeFehler(description: "Die Vorlage `templates/\(rel)` verlangt in Zeile \(zeile) `{{\(art!)\(name)}}`, "
                                      + "aber `templates/` hat keine Datei `\(name).mustache`.\(vorschlag)")
                }
                if art != "!", name.hasPrefix("t."), case let wort = String(name.dropFirst(2)),
                   !wort.contains("."), texte.werte[wort] == nil {
                    let vorschlag = Vorschlag.naechster(zu: wort, aus: woerter).map { " Gemeint ist wohl `t.\($0)`." } ?? ""
                    throw ThemeFehler(description: "Die Vorlage `templates/\(rel)` verlangt in Zeile \(zeile) den Text `t.\(wort)`, "
                                      + "aber die Texte des Themes (`strings/\(sprache)/`) haben keinen Eintrag `\(wort):`.\(vorschlag)")
                }
            }
        }
    }

    func render(_ vorlage: String, _ kontext: [String: Any]) throws -> String {
        guard bibliothek.getTemplate(named: vorlage) != nil else {
            throw ThemeFehler(description: "Dem Theme fehlt die Vorlage `\(vorlage).mustache`.")
        }
        return bibliothek.render(kontext, withTemplate: vorlage) ?? ""
    }

    /// Every file below `assets/`, relative path → URL.
    func assets() -> [(String, URL)] {
        let a = ordner.appendingPathComponent("assets")
        let rel = (FileManager.default.enumerator(atPath: a.path)?.allObjects as? [String] ?? []).sorted()
        return rel.compactMap { r in
            var dir: ObjCBool = false
            let u = a.appendingPathComponent(r)
            guard FileManager.default.fileExists(atPath: u.path, isDirectory: &dir), !dir.boolValue,
                  !(r as NSString).lastPathComponent.hasPrefix(".") else { return nil }
            return (r, u)
        }
    }
}

/// The site's own words, from `strings/<sprache>/*.yaml` of the theme.
struct Texte: @unchecked Sendable {
    let werte: [String: Any]

    init(ordner: URL) throws {
        var w: [String: Any] = [:]
        let dateien = ((try? FileManager.default.contentsOfDirectory(atPath: ordner.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !dateien.isEmpty else { throw ThemeFehler(description: "Das Theme hat keine Texte in `\(ordner.path)`.") }
        for d in dateien {
            let name = "strings/\(ordner.lastPathComponent)/\(d)"
            guard let text = try? String(contentsOf: ordner.appendingPathComponent(d), encoding: .utf8) else {
                throw ThemeFehler(description: "`\(name)` im Theme lässt sich nicht als UTF-8-Text lesen.")
            }
            let geladen: Any?
            do { geladen = try Yams.load(yaml: text) } catch let f as YamlError {
                // (the YAML library's words are English; where it stands is what helps)
                var ort = ""
                if case .scanner(_, _, let mark, _) = f { ort = " in Zeile \(mark.line), Spalte \(mark.column)" }
                if case .parser(_, _, let mark, _) = f { ort = " in Zeile \(mark.line), Spalte \(mark.column)" }
                throw ThemeFehler(description: "`\(name)` im Theme ist kein gültiges YAML\(ort): Jede Zeile `schlüssel: text`, "
                                  + "Texte mit `:` oder `#` in Anführungszeichen, eingerückt nur mit Leerzeichen.")
            }
            guard let map = geladen as? [String: Any] else {
                throw ThemeFehler(description: "`\(name)` im Theme ist keine Liste von `schlüssel: text`.")
            }
            for (k, v) in map { w[k] = v }
        }
        werte = w
    }

    subscript(_ key: String) -> String { werte[key] as? String ?? key }
    func liste(_ key: String) -> [String] { werte[key] as? [String] ?? [] }

    /// `{name}` placeholders filled in (a placeholder without a value stays as it is; a value
    /// is not searched for placeholders). Without Foundation: at 100 000 services the dates of
    /// the search results' events took a fifth of a second through `replacingOccurrences`.
    func format(_ key: String, _ ersetzungen: [String: String]) -> String {
        let vorlage = self[key]
        var aus = ""
        aus.reserveCapacity(vorlage.utf8.count + 32)
        var rest = vorlage[...]
        while let auf = rest.firstIndex(of: "{") {
            aus += rest[..<auf]
            let name = rest[rest.index(after: auf)...]
            if let zu = name.firstIndex(of: "}"), let wert = ersetzungen[String(name[..<zu])] {
                aus += wert
                rest = name[name.index(after: zu)...]
            } else {
                aus += "{"
                rest = name
            }
        }
        aus += rest
        return aus
    }

    func anzahlAngebote(_ n: Int) -> String {
        n == 1 ? self["anzahl_angebote_1"] : format("anzahl_angebote_n", ["n": "\(n)"])
    }

    func datum(_ d: Datum) -> String {
        let monate = liste("monate"), tage = liste("wochentage")
        return format("datum_format", [
            "wochentag": tage.indices.contains(d.wochentag - 1) ? tage[d.wochentag - 1] : "",
            "tag": "\(d.tag)", "monat": monate.indices.contains(d.monat - 1) ? monate[d.monat - 1] : "\(d.monat)",
            "jahr": "\(d.jahr)"])
    }

    /// "jede Woche", "alle zwei Wochen"; monthly with its day: "jeden zweiten Dienstag im Monat".
    func wiederholung(_ w: Wiederholung, beginn: Datum) -> String {
        let reihe = liste("wochen_im_monat"), tage = liste("wochentage")
        guard w == .monatlich, reihe.indices.contains(beginn.wocheImMonat - 1), tage.indices.contains(beginn.wochentag - 1) else {
            return self["wiederholung_\(w.rawValue)"]
        }
        return format("wiederholung_monatlich_am", ["n": reihe[beginn.wocheImMonat - 1], "tag": tage[beginn.wochentag - 1]])
    }

    /// "Dienstag, 9. Dezember 2026, 19:00 bis 21:00 Uhr"
    func zeitraum(_ von: Zeitpunkt, bis: Zeitpunkt?) -> String {
        if let bis, bis.datum == von.datum {
            return datum(von.datum) + ", " + format("zeitraum_format", ["von": von.uhrzeit, "bis": bis.uhrzeit])
        }
        var s = datum(von.datum) + ", " + format("zeit_format", ["zeit": von.uhrzeit])
        if let bis { s += " – " + datum(bis.datum) + ", " + format("zeit_format", ["zeit": bis.uhrzeit]) }
        return s.getrimmt(zeilen: false)
    }
}

extension Theme {
    /// swift-mustache's parser errors in words a theme maintainer can act on.
    static func erklaerung(_ fehler: any Error) -> String {
        guard let f = fehler as? MustacheTemplate.Error else { return "\(fehler)" }
        switch f {
        case .sectionCloseNameIncorrect:
            return "Ein Abschnitt wird mit einem anderen Namen geschlossen, als er geöffnet wurde (`{{#name}}` … `{{/name}}`)."
        case .unfinishedName:
            return "Eine Angabe ist nicht abgeschlossen: `{{` ohne passendes `}}`."
        case .expectedSectionEnd:
            return "Ein Abschnitt (`{{#name}}` oder `{{^name}}`) wird nicht mit `{{/name}}` geschlossen."
        case .invalidSetDelimiter:
            return "Die Angabe zum Wechsel der Klammern (`{{=<% %>=}}`) ist falsch geschrieben."
        default:
            return "\(f)"
        }
    }
}
