/// Text after a closing quote on the line where YAML stumbled: two values in one line
/// (`telefon: "08161 1234", "08161 5678"`), quotes inside quotes (`titel: "Hilfe "Zolling" e.V."`)
/// or more words after the quotes (`kosten: "5 €" pro Fahrt`).
/// libyaml says only that it expected a key ("Einrückung passt nicht"); these say what to write.
extension YAMLLeser {
    enum NachZitat: Equatable {
        /// Several values separated by commas, each quoted or plain.
        case mehrereWerte([String])
        /// One text that holds quotes itself: everything from the first quote to the last.
        case zitatImZitat(String)
        /// Words after the quoted ones: the whole text as meant.
        case weitererText(String)
    }

    struct TextNachZitat: Equatable {
        /// As written, and what stands before it on the line (spaces, a leading `- `).
        let schluessel: String, einzug: String
        /// Column (1-based) of the comma after the first value, of the quote that closes the text too
        /// early, or of the first word after it.
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
        let schluss = text.distance(from: text.startIndex, to: danach.startIndex)
        let weiter = text.distance(from: text.startIndex, to: uebrig.startIndex) + 1
        // `"a", "b", c`: values
        if c == ",", let weitere = werte(uebrig.dropFirst()) {
            return TextNachZitat(schluessel: schluessel, einzug: einzug, spalte: weiter, art: .mehrereWerte([erster] + weitere))
        }
        // (`"Hinweis": frei` is a colon's matter)
        guard c != ":" else { return nil }
        // a quote further on ends the whole text: the quotes between are part of it
        if danach.contains(q), let letztes = wert.lastIndex(of: q) {
            return TextNachZitat(schluessel: schluessel, einzug: einzug, spalte: schluss,
                                 art: .zitatImZitat(String(wert[wert.index(after: wert.startIndex)..<letztes])))
        }
        let ohneKommentar = uebrig.range(of: " #").map { uebrig[..<$0.lowerBound] } ?? uebrig
        return TextNachZitat(schluessel: schluessel, einzug: einzug, spalte: weiter,
                             art: .weitererText(erster + " " + ohneKommentar.getrimmt(zeilen: false)))
    }

    /// A quoted value at the start of `s` (`"…"` with `\"`, `'…'` with `''`): its text and what follows.
    static func zitat(_ s: Substring) -> (String, Substring)? {
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
        let kopf = "Die Angaben sind nicht lesbar: "
        switch n.art {
        case .mehrereWerte(let werte) where Felder.erlaubtListe(Felder.normalisiere(n.schluessel)):
            let unter = n.einzug.replacingOccurrences(of: "-", with: " ") + "  - "
            return (kopf + "hinter `\(n.schluessel):` stehen \(werte.count) Werte in einer Zeile, mit Komma getrennt.",
                    "Mehrere Werte als Liste schreiben, jeden in einer eigenen Zeile mit `- `:\n"
                    + "\(n.einzug)\(n.schluessel):\n" + werte.map { unter + zitiert($0) }.joined(separator: "\n"))
        case .mehrereWerte(let werte):
            return meldung(nachZitat: TextNachZitat(schluessel: n.schluessel, einzug: n.einzug, spalte: n.spalte,
                                                    art: .weitererText(werte.joined(separator: ", "))))
        case .weitererText(let text):
            return (kopf + "hinter `\(n.schluessel):` steht nach dem Text in Anführungszeichen noch weiterer Text.",
                    "Den ganzen Text in ein Paar Anführungszeichen setzen: `\(n.einzug)\(n.schluessel): \(zitiert(text))`")
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
