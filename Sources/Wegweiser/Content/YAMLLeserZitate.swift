/// Text after a closing quote on the line where YAML stumbled: two values in one line
/// (`telefon: "08161 1234", "08161 5678"`) or quotes inside quotes (`titel: "Hilfe "Zolling" e.V."`).
/// libyaml says only that it expected a key ("Einrückung passt nicht"); these say what to write.
extension YAMLLeser {
    enum NachZitat: Equatable {
        /// Several values separated by commas, each quoted or plain.
        case mehrereWerte([String])
        /// One text that holds quotes itself: everything from the first quote to the last.
        case zitatImZitat(String)
    }

    struct TextNachZitat: Equatable {
        /// As written, and what stands before it on the line (spaces, a leading `- `).
        let schluessel: String, einzug: String
        /// Column (1-based) of the comma after the first value, or of the quote that closes the text too early.
        let spalte: Int
        let art: NachZitat
    }

    /// For a line `schlüssel: "…" …` whose quoted value is followed by more than a comment.
    static func textNachZitat(_ zeile: Substring) -> TextNachZitat? {
        let text = zeile.hasSuffix("\r") ? zeile.dropLast() : zeile
        var rest = text.drop { $0 == " " }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        let einzug = String(text[..<rest.startIndex])
        guard let trenner = rest.range(of: ": ") else { return nil }
        let schluessel = String(rest[..<trenner.lowerBound])
        let wert = rest[trenner.upperBound...].drop { $0 == " " }
        guard !schluessel.isEmpty, !schluessel.contains(where: { "\"'[]{}#".contains($0) }),
              let q = wert.first, q == "\"" || q == "'", let (erster, danach) = zitat(wert) else { return nil }
        let uebrig = danach.drop { $0 == " " }
        guard let c = uebrig.first, c != "#" else { return nil }
        let spalte = text.distance(from: text.startIndex, to: danach.startIndex)
        // `"a", "b", c`: values; anything else after the closing quote is part of one text
        if c == ",", let weitere = werte(uebrig.dropFirst()) {
            return TextNachZitat(schluessel: schluessel, einzug: einzug, spalte: text.distance(from: text.startIndex, to: uebrig.startIndex) + 1,
                                 art: .mehrereWerte([erster] + weitere))
        }
        guard let letztes = wert.lastIndex(of: q), letztes > wert.startIndex else { return nil }
        return TextNachZitat(schluessel: schluessel, einzug: einzug, spalte: spalte,
                             art: .zitatImZitat(String(wert[wert.index(after: wert.startIndex)..<letztes])))
    }

    /// A quoted value at the start of `s` (`"…"` with `\"`, `'…'` with `''`): its text and what follows.
    private static func zitat(_ s: Substring) -> (String, Substring)? {
        guard let q = s.first else { return nil }
        var j = s.index(after: s.startIndex)
        while j < s.endIndex {
            let c = s[j]
            if q == "\"" && c == "\\" {
                j = s.index(after: j)
                if j < s.endIndex { j = s.index(after: j) }
                continue
            }
            if c == q {
                let n = s.index(after: j)
                if q == "'" && n < s.endIndex && s[n] == "'" { j = s.index(after: n); continue }
                return (String(s[s.index(after: s.startIndex)..<j]), s[n...])
            }
            j = s.index(after: j)
        }
        return nil
    }

    /// `"b", c` after the first comma: every value, or nil when it is not a list of values.
    private static func werte(_ s: Substring) -> [String]? {
        var aus: [String] = []
        var rest = s.drop { $0 == " " }
        while true {
            guard let c = rest.first, c != "#" else { return nil }
            if c == "\"" || c == "'" {
                guard let (wert, danach) = zitat(rest) else { return nil }
                aus.append(wert)
                rest = danach.drop { $0 == " " }
            } else {
                let ende = rest.firstIndex(of: ",") ?? rest.endIndex
                let wert = rest[..<ende].getrimmt(zeilen: false)
                guard !wert.isEmpty, !wert.contains(where: { $0 == "\"" || $0 == "'" }) else { return nil }
                aus.append(wert)
                rest = rest[ende...]
            }
            if rest.isEmpty || rest.first == "#" { return aus }
            guard rest.first == "," else { return nil }
            rest = rest.dropFirst().drop { $0 == " " }
        }
    }

    /// The message and the suggestion for text after a closing quote.
    static func meldung(nachZitat n: TextNachZitat) -> (String, String) {
        let kopf = "Die Angaben sind nicht lesbar (YAML): "
        switch n.art {
        case .mehrereWerte(let werte) where Felder.erlaubtListe(Felder.normalisiere(n.schluessel)):
            let unter = n.einzug.replacingOccurrences(of: "-", with: " ") + "  - "
            return (kopf + "hinter `\(n.schluessel):` stehen \(werte.count) Werte in einer Zeile, mit Komma getrennt.",
                    "Mehrere Werte als Liste schreiben, jeden in einer eigenen Zeile mit `- `:\n"
                    + "\(n.einzug)\(n.schluessel):\n" + werte.map { unter + zitiert($0) }.joined(separator: "\n"))
        case .mehrereWerte(let werte):
            return (kopf + "hinter `\(n.schluessel):` steht nach dem Text in Anführungszeichen noch weiterer Text.",
                    "Den ganzen Text in ein Paar Anführungszeichen setzen: `\(n.einzug)\(n.schluessel): \(zitiert(werte.joined(separator: ", ")))`")
        case .zitatImZitat(let text):
            return (kopf + "der Text von `\(n.schluessel)` enthält selbst Anführungszeichen; das zweite davon beendet den Text zu früh.",
                    "Den Wert in die anderen Anführungszeichen setzen: `\(n.einzug)\(n.schluessel): \(zitiert(text))` "
                    + "(oder im Text deutsche Anführungszeichen „…“ schreiben).")
        }
    }

    /// In double quotes, or in single ones when the text has double quotes (a `'` in it doubled).
    static func zitiert(_ s: String) -> String {
        s.contains("\"") ? "'" + s.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + s + "\""
    }
}
