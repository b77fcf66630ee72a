/// A calendar date without time zone (`YYYY-MM-DD`).
public struct Datum: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let jahr: Int
    public let monat: Int
    public let tag: Int

    public init?(jahr: Int, monat: Int, tag: Int) {
        guard (1900...2999).contains(jahr), (1...12).contains(monat),
              (1...Datum.tageImMonat(jahr, monat)).contains(tag) else { return nil }
        self.jahr = jahr; self.monat = monat; self.tag = tag
    }

    /// Strict `YYYY-MM-DD`, or as German writes it with the year in full: `22.11.2026`, `2.3.2027`
    /// (an extension of the content format: a volunteer's date should not stop the site).
    public init?(_ text: String) {
        let deutsch = text.split(separator: ".", omittingEmptySubsequences: false)
        if deutsch.count == 3, deutsch[0].count <= 2, deutsch[1].count <= 2, deutsch[2].count == 4,
           deutsch.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let t = Int(deutsch[0]), let m = Int(deutsch[1]), let j = Int(deutsch[2]) {
            self.init(jahr: j, monat: m, tag: t)
            return
        }
        let teile = text.split(separator: "-", omittingEmptySubsequences: false)
        guard teile.count == 3, teile[0].count == 4, teile[1].count == 2, teile[2].count == 2,
              teile.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let j = Int(teile[0]), let m = Int(teile[1]), let t = Int(teile[2]) else { return nil }
        self.init(jahr: j, monat: m, tag: t)
    }

    public var description: String {
        "\(jahr)-\(monat < 10 ? "0" : "")\(monat)-\(tag < 10 ? "0" : "")\(tag)"
    }

    public static func < (a: Datum, b: Datum) -> Bool { a.tageszahl < b.tageszahl }

    static func istSchaltjahr(_ j: Int) -> Bool { (j % 4 == 0 && j % 100 != 0) || j % 400 == 0 }
    static func tageImMonat(_ j: Int, _ m: Int) -> Int {
        switch m {
        case 2: istSchaltjahr(j) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var tageszahl: Int {
        let y = monat <= 2 ? jahr - 1 : jahr
        let era = y / 400
        let yoe = y - era * 400
        let mp = (monat + 9) % 12
        let doy = (153 * mp + 2) / 5 + tag - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(tageszahl z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.jahr = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.monat = m
        self.tag = d
    }

    /// 1 = Monday … 7 = Sunday.
    public var wochentag: Int { ((tageszahl % 7) + 7 + 3) % 7 + 1 }

    public func plus(tage: Int) -> Datum { Datum(tageszahl: tageszahl + tage) }

    public func minus(monate: Int) -> Datum {
        var m = monat - monate, j = jahr
        while m < 1 { m += 12; j -= 1 }
        return Datum(jahr: j, monat: m, tag: min(tag, Datum.tageImMonat(j, m))) ?? self
    }

    /// Week of the month for this weekday: 1 for the first Tuesday, etc.
    public var wocheImMonat: Int { (tag - 1) / 7 + 1 }

    /// The n-th given weekday in a month, if it exists.
    static func nterWochentag(_ n: Int, wochentag: Int, jahr: Int, monat: Int) -> Datum? {
        guard let erster = Datum(jahr: jahr, monat: monat, tag: 1) else { return nil }
        let versatz = (wochentag - erster.wochentag + 7) % 7
        return Datum(jahr: jahr, monat: monat, tag: 1 + versatz + (n - 1) * 7)
    }
}

/// A date and a time of day in the region's time zone (`YYYY-MM-DD HH:MM`).
public struct Zeitpunkt: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let datum: Datum
    /// Minutes since midnight.
    public let minuten: Int

    public init(datum: Datum, minuten: Int) { self.datum = datum; self.minuten = minuten }

    public init?(_ text: String) {
        let t = text.getrimmt(zeilen: false)
        let teile = t.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard teile.count == 2, let d = Datum(String(teile[0])) else { return nil }
        let hm = teile[1].split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2 || (hm.count == 3 && hm[2] == "00"), hm[0].count <= 2, hm[1].count == 2,
              let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        self.datum = d
        self.minuten = h * 60 + m
    }

    public var stunde: Int { minuten / 60 }
    public var minute: Int { minuten % 60 }
    public var uhrzeit: String { "\(stunde):\(minute < 10 ? "0" : "")\(minute)" }
    public var description: String { "\(datum) \(stunde < 10 ? "0" : "")\(uhrzeit)" }

    public static func < (a: Zeitpunkt, b: Zeitpunkt) -> Bool {
        a.datum != b.datum ? a.datum < b.datum : a.minuten < b.minuten
    }
}
