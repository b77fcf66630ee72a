import Foundation

/// Guesses what a volunteer meant when opening hours cannot be read, for the error's
/// `vorschlag`: "Montag bis Freitag 8 bis 12 Uhr" → `Mo-Fr 08:00-12:00`,
/// "Mo-Fr 8-12, Sa 9-11" → `Mo-Fr 08:00-12:00; Sa 09:00-11:00`,
/// "nach Vereinbarung" → `"nach Vereinbarung"`, "Telefon täglich 8-18 Uhr" → `Mo-So 08:00-18:00 "Telefon"`,
/// "werktags 8-12" → `Mo-Sa 08:00-12:00`, "Di + Do 9-11" → `Di,Do 09:00-11:00`,
/// "jeden ersten und dritten Montag 14-16 Uhr" → `Mo[1,3] 14:00-16:00`.
/// Only a guess that the parser accepts is offered. One pass, no recursion.
enum OeffnungszeitenReparatur {
    static func vorschlag(fuer text: String) -> String? {
        let z = Array(text.prefix(OeffnungszeitenParser.maximaleLaenge + 1))
        guard z.count <= OeffnungszeitenParser.maximaleLaenge, let teile = zerlege(z) else { return nil }
        let kandidat = zusammensetzen(teile) ?? alsBemerkung(z, teile) ?? mitWortenDavorOderDanach(z)
        guard let kandidat, kandidat != text.getrimmt(), case .success = OeffnungszeitenParser.lies(kandidat) else { return nil }
        return kandidat
    }

    /// Up to three words before or after hours that can be read are a comment on them:
    /// "Telefon täglich 8-18 Uhr" → `Mo-So 08:00-18:00 "Telefon"`, "Mo-Fr 8-12 Sprechstunde" →
    /// `Mo-Fr 08:00-12:00 "Sprechstunde"`.
    private static func mitWortenDavorOderDanach(_ z: [Character]) -> String? {
        let woerter = z.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
        guard woerter.count >= 2, !z.contains("\""), !z.contains("„") else { return nil }
        for n in 1...min(3, woerter.count - 1) {
            for (bemerkung, rest) in [(woerter.prefix(n), woerter.dropFirst(n)), (woerter.suffix(n), woerter.dropLast(n))] {
                // (words only, one of five letters or more: `Mo-Xy` and `SH off` are no comment)
                guard bemerkung.allSatisfy({ w in w.allSatisfy(\.isLetter) }), bemerkung.contains(where: { $0.count >= 5 }),
                      let teile = zerlege(Array(rest.joined(separator: " "))),
                      let zeiten = zusammensetzen(teile) else { continue }
                return zeiten + " \"" + bemerkung.joined(separator: " ") + "\""
            }
        }
        return nil
    }

    private enum Teil: Equatable {
        case tage(String)
        case strich, komma, semikolon, geschlossen
        case zeit(Int)
        case bemerkung(String)
        case unbekannt
    }

    private static func zerlege(_ z: [Character]) -> [Teil]? {
        var teile: [Teil] = []
        var i = 0
        // `ersten und dritten` before a day: the weeks of the month, written after it (`Mo[1,3]`)
        var wochen: [Int] = []
        func tage(_ t: String) {
            if !wochen.isEmpty, t.count == 2, t != "PH" {
                teile.append(.tage(t + "[" + wochen.map(String.init).joined(separator: ",") + "]"))
            } else {
                if !wochen.isEmpty { teile.append(.unbekannt) }
                teile.append(.tage(t))
            }
            wochen = []
        }
        func ziffern() -> String {
            let start = i
            while i < z.count, z[i].isASCII, z[i].isNumber { i += 1 }
            return String(z[start..<i])
        }
        while i < z.count {
            let c = z[i]
            if c.isWhitespace || c == "." { i += 1; continue }
            switch c {
            case "-", "–", "—": teile.append(.strich); i += 1
            case ",", "+", "&", "/":
                // (between weeks of the month: `ersten und dritten`)
                if wochen.isEmpty { teile.append(.komma) }
                i += 1
            case "[":
                // `Mo[1]`, `Fr[-1]`: weeks of the month after a day, kept as written
                var j = i + 1
                while j < z.count, z[j] != "]" { j += 1 }
                let inhalt = String(z[min(i + 1, j)..<j]).filter { !$0.isWhitespace }
                guard j < z.count, case .tage(let t)? = teile.last, t.count == 2, t != "PH",
                      !inhalt.isEmpty, inhalt.split(separator: ",").allSatisfy({ ["1", "2", "3", "4", "5", "-1", "-2"].contains($0) })
                else { return nil }
                teile[teile.count - 1] = .tage(t + "[" + inhalt + "]")
                i = j + 1
            case ";": teile.append(.semikolon); i += 1
            case "\"", "„", "“":
                let schluss: Set<Character> = c == "\"" ? ["\""] : ["“", "”", "\""]
                var j = i + 1
                while j < z.count, !schluss.contains(z[j]) { j += 1 }
                guard j < z.count else { return nil }
                let inhalt = z[(i + 1)..<j].split(whereSeparator: { $0.isWhitespace }).map { String($0) }.joined(separator: " ")
                teile.append(.bemerkung(inhalt))
                i = j + 1
            case _ where c.isASCII && c.isNumber:
                let stunden = ziffern()
                var h: Int?, m = 0
                if stunden.count <= 2 {
                    h = Int(stunden)
                    if i + 2 < z.count, z[i] == ":" || z[i] == ".", z[i + 1].isASCII, z[i + 1].isNumber {
                        i += 1
                        let minuten = ziffern()
                        guard minuten.count == 2, let mm = Int(minuten) else { return nil }
                        m = mm
                    }
                } else if stunden.count == 4 {
                    h = Int(stunden.prefix(2))
                    m = Int(stunden.suffix(2)) ?? 60
                }
                guard let h, h <= 24, m < 60 else { return nil }
                teile.append(.zeit(h * 60 + m))
            case _ where c.isLetter:
                let start = i
                while i < z.count, z[i].isLetter { i += 1 }
                let wort = String(z[start..<i])
                if let woche = Self.wochen[wort.lowercased()] { wochen.append(woche); continue }
                // (`im Monat` after the day says nothing more)
                if ["im", "monat", "monats"].contains(wort.lowercased()), case .tage(let t)? = teile.last, t.hasSuffix("]") { continue }
                switch OeffnungszeitenWort.erkenne(wort) {
                case .tag: tage(wort.prefix(1).uppercased() + wort.dropFirst().lowercased())
                case .ausgeschrieben(_, let abkuerzung): tage(abkuerzung)
                case .feiertage, .feiertagAusgeschrieben: tage("PH")
                case .geschlossen: teile.append(.geschlossen)
                case .bis: teile.append(.strich)
                case .und: if wochen.isEmpty { teile.append(.komma) }
                case .uhr, .fuellwort: break
                case .taeglich(let tage): teile.append(.tage(tage))
                default: teile.append(.unbekannt)
                }
            default:
                return nil
            }
        }
        if !wochen.isEmpty { return nil }
        return teile
    }

    /// Ordinals before a day: the week of the month (`letzten`: the last, `-1`).
    private static let wochen: [String: Int] = [
        "ersten": 1, "erster": 1, "erste": 1, "zweiten": 2, "zweiter": 2, "zweite": 2,
        "dritten": 3, "dritter": 3, "dritte": 3, "vierten": 4, "vierter": 4, "vierte": 4,
        "fünften": 5, "fuenften": 5, "letzten": -1, "letzter": -1, "letzte": -1,
    ]

    private enum Zuletzt { case nichts, tag, tagStrich, tagKomma, zeit, zeitStrich, zeitKomma, geschlossen, bemerkung, semikolon }

    private static func zusammensetzen(_ teile: [Teil]) -> String? {
        var aus = ""
        var zuletzt = Zuletzt.nichts
        var offeneSpanne = false
        for teil in teile {
            switch teil {
            case .unbekannt:
                return nil
            case .tage(let tage):
                switch zuletzt {
                case .nichts: aus += tage
                case .tag, .tagKomma: aus += "," + tage
                case .tagStrich:
                    guard tage.count == 2, tage != "PH" else { return nil }
                    aus += "-" + tage
                case .zeit, .zeitKomma, .geschlossen, .bemerkung, .semikolon:
                    guard !offeneSpanne else { return nil }
                    aus += "; " + tage
                case .zeitStrich: return nil
                }
                zuletzt = .tag
            case .strich:
                switch zuletzt {
                case .tag: zuletzt = .tagStrich
                case .zeit where offeneSpanne: zuletzt = .zeitStrich
                default: return nil
                }
            case .komma:
                switch zuletzt {
                case .tag, .tagKomma: zuletzt = .tagKomma
                case .zeit where !offeneSpanne: zuletzt = .zeitKomma
                case .geschlossen, .bemerkung, .semikolon: zuletzt = .semikolon
                default: return nil
                }
            case .semikolon:
                guard !offeneSpanne else { return nil }
                if zuletzt != .nichts { zuletzt = .semikolon }
            case .zeit(let minuten):
                let zeit = OeffnungszeitenLeser.uhrzeitText(minuten)
                switch zuletzt {
                case .nichts: aus += zeit; offeneSpanne = true
                case .semikolon: aus += "; " + zeit; offeneSpanne = true
                case .tag: aus += " " + zeit; offeneSpanne = true
                case .zeitKomma: aus += "," + zeit; offeneSpanne = true
                case .zeitStrich: aus += "-" + zeit; offeneSpanne = false
                default: return nil
                }
                zuletzt = .zeit
            case .geschlossen:
                switch zuletzt {
                case .nichts: aus += "off"
                case .tag: aus += " off"
                case .semikolon: aus += "; off"
                default: return nil
                }
                zuletzt = .geschlossen
            case .bemerkung(let text):
                guard !offeneSpanne, !text.isEmpty else { return nil }
                let zitat = text.contains("\"") ? "„\(text)“" : "\"\(text)\""
                switch zuletzt {
                case .nichts: aus += zitat
                case .semikolon: aus += "; " + zitat
                case .tag, .zeit, .geschlossen: aus += " " + zitat
                default: return nil
                }
                zuletzt = .bemerkung
            }
        }
        guard !offeneSpanne, !aus.isEmpty, zuletzt != .tagStrich, zuletzt != .zeitStrich else { return nil }
        return aus
    }

    /// Free text without days, times or quotes: the volunteer wrote a comment.
    private static func alsBemerkung(_ z: [Character], _ teile: [Teil]) -> String? {
        guard !teile.isEmpty, teile.allSatisfy({ $0 == .unbekannt }) else { return nil }
        let woerter = z.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
        guard woerter.contains(where: { $0.count >= 4 }) else { return nil }
        return "\"" + woerter.joined(separator: " ") + "\""
    }
}
