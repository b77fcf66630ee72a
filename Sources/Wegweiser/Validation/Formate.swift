/// Checks for the small formats volunteers type: postcode, e-mail, web address, telephone.
enum Formate {
    static func istPLZ(_ s: String) -> Bool {
        s.count == 5 && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    static func istEmail(_ s: String) -> Bool {
        let teile = s.split(separator: "@", omittingEmptySubsequences: false)
        guard teile.count == 2, !teile[0].isEmpty, teile[1].contains("."),
              !teile[1].hasPrefix("."), !teile[1].hasSuffix("."), !s.contains(" "), !s.contains("..") else { return false }
        let erlaubt = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+äöüÄÖÜß")
        return teile[0].allSatisfy { erlaubt.contains($0) } && teile[1].allSatisfy { erlaubt.contains($0) && $0 != "_" && $0 != "+" }
    }

    /// What is wrong with an e-mail address as written, and the address to write when it is clear
    /// (`mailto:` before it, spaces in it); never a placeholder that would pass the check.
    static func emailKorrektur(_ s: String) -> (grund: String, vorschlag: String?) {
        var t = s.getrimmt(zeilen: false)
        if t.lowercased().hasPrefix("mailto:") {
            t = String(t.dropFirst("mailto:".count)).getrimmt(zeilen: false)
            if istEmail(t) { return ("`mailto:` gehört nicht davor.", t) }
        }
        let stuecke = t.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).filter { !$0.isEmpty }
        if stuecke.count > 1, stuecke.filter({ istEmail(String($0)) }).count > 1 {
            return ("Hier stehen mehrere Adressen; `email:` nimmt eine, die weiteren gehören in den Beschreibungstext.", String(stuecke.first { istEmail(String($0)) }!))
        }
        if !t.contains("@") { return ("Es fehlt das `@` (Name@Anbieter.de).", nil) }
        let ohneLeer = t.filter { $0 != " " }
        if ohneLeer != t, istEmail(ohneLeer) { return ("In der Adresse steht ein Leerzeichen.", ohneLeer) }
        return ("", nil)
    }

    static func istWeb(_ s: String) -> Bool {
        let l = s.lowercased()
        guard l.hasPrefix("https://") || l.hasPrefix("http://") else { return false }
        let rest = l.drop(while: { $0 != "/" }).dropFirst(2)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") && !s.contains(" ") && !s.contains("\"") && !s.contains("<")
    }

    /// What a web address as written lacks: nil when it is fine. `vorschlag`: the address to
    /// write, when it is clear; `nurAnfang`: only `https://` is missing (`www.x.de`), so the page
    /// may link it so. Nothing is guessed: a space stays the writer's to resolve.
    static func webKorrektur(_ s: String) -> (vorschlag: String?, nurAnfang: Bool, grund: String)? {
        if istWeb(s) { return nil }
        let t = s.getrimmt(zeilen: false)
        if t.contains(where: \.isWhitespace) {
            return (nil, false, "In der Webadresse steht ein Leerzeichen; Webadressen haben keine Leerzeichen.")
        }
        // a beginning written wrong: `http//`, `https:/`, `htps://`, `https;//`, `https:x.de`
        if let r = t.range(of: #"^[hH][tT]{1,2}[pP][sS]?(:/{0,3}|;/{0,3}|/{1,3})"#, options: .regularExpression),
           !t.lowercased().hasPrefix("https://") && !t.lowercased().hasPrefix("http://") {
            let vorschlag = "https://" + t[r.upperBound...]
            return (istWeb(vorschlag) ? vorschlag : nil, false,
                    "Der Anfang „\(t[r])“ ist falsch geschrieben; richtig ist `https://`.")
        }
        if !t.contains("://") && t.contains(".") && istWeb("https://" + t) {
            return ("https://" + t, true, "Der Webadresse fehlt der Anfang `https://`.")
        }
        return (nil, false, "Es fehlt die Endung (wie `.de`) oder der Anfang `https://`.")
    }

    /// The dialable part at the start: digits, spaces, `+ - / ( ) .`; a note may follow (`(kostenlos)`).
    static func nummernteil(_ s: String) -> String {
        var teil = String(s.prefix { $0.isASCII && ($0.isNumber || " +-/().".contains($0)) })
        // a trailing "(" that opens a note belongs to the note
        while let l = teil.last, !l.isNumber { teil.removeLast() }
        return teil
    }

    /// Letters typed for digits inside a number (`08167 l234O`: small L, capital O): the number
    /// with them as digits, else nil. Only in a word of digits and such letters (with `-`, `/`,
    /// `.`), so that a note after the number (`08166 1234 (Büro)`) stays a note.
    static func buchstabenInDerNummer(_ s: String) -> String? {
        let ziffernFuer: [Character: Character] = ["l": "1", "I": "1", "O": "0", "o": "0"]
        var geaendert = false
        let woerter = s.split(separator: " ", omittingEmptySubsequences: false).map { wort -> String in
            guard wort.contains(where: \.isNumber), wort.contains(where: { ziffernFuer[$0] != nil }),
                  wort.allSatisfy({ ($0.isASCII && $0.isNumber) || "-/.".contains($0) || ziffernFuer[$0] != nil }) else { return String(wort) }
            geaendert = true
            return String(wort.map { ziffernFuer[$0] ?? $0 })
        }
        return geaendert ? woerter.joined(separator: " ") : nil
    }

    /// At least 5 and at most 20 digits at the start, beginning with a digit, `+` or `(`.
    static func istTelefon(_ s: String) -> Bool {
        if buchstabenInDerNummer(s) != nil { return false }
        let n = nummernteil(s)
        let ziffern = n.filter(\.isNumber).count
        guard let f = n.first else { return false }
        return ziffern >= 5 && ziffern <= 20 && (f.isNumber || f == "+" || f == "(")
    }

    /// `08166 123-45` → `tel:+49816612345`; `+49 (0)8166 …` drops the `(0)`.
    static func telURI(_ s: String) -> String {
        let n = nummernteil(s).replacingOccurrences(of: "(0)", with: "")
        var d = n.filter { $0.isASCII && $0.isNumber }
        if n.hasPrefix("+") { return "tel:+" + d }
        if d.hasPrefix("00") { d.removeFirst(2); return "tel:+" + d }
        if d.hasPrefix("0") { d.removeFirst(); return "tel:+49" + d }
        return "tel:" + d
    }
}
