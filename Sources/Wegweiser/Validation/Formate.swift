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

    static func istWeb(_ s: String) -> Bool {
        let l = s.lowercased()
        guard l.hasPrefix("https://") || l.hasPrefix("http://") else { return false }
        let rest = l.drop(while: { $0 != "/" }).dropFirst(2)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") && !s.contains(" ") && !s.contains("\"") && !s.contains("<")
    }

    static func webVorschlag(_ s: String) -> String {
        let t = s.getrimmt(zeilen: false).replacingOccurrences(of: " ", with: "")
        if t.lowercased().hasPrefix("www.") || (!t.contains("://") && t.contains(".")) { return "https://" + t }
        return "https://www.beispiel.de/"
    }

    /// The dialable part at the start: digits, spaces, `+ - / ( ) .`; a note may follow (`(kostenlos)`).
    static func nummernteil(_ s: String) -> String {
        var teil = String(s.prefix { $0.isASCII && ($0.isNumber || " +-/().".contains($0)) })
        // a trailing "(" that opens a note belongs to the note
        while let l = teil.last, !l.isNumber { teil.removeLast() }
        return teil
    }

    /// At least 5 and at most 20 digits at the start, beginning with a digit, `+` or `(`.
    static func istTelefon(_ s: String) -> Bool {
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
