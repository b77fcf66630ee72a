/// Days on which an event or a series does not take place (`entfaellt:`, an extension of the
/// format): one day (`2027-01-01`, `1.1.2027`), a month (`2027-08`, `8.2027`: the summer break)
/// or a span (`2027-07-26 bis 2027-09-05`).
public struct Ausfall: Sendable, Hashable {
    public let von: Datum
    public let bis: Datum

    public init(von: Datum, bis: Datum) { self.von = von; self.bis = bis }

    public func umfasst(_ d: Datum) -> Bool { !(d < von) && !(bis < d) }

    public var istEinTag: Bool { von == bis }

    /// Reads one entry as volunteers write it; nil when it is none of the three forms.
    public init?(_ text: String) {
        // (`22.03.-02.04.2027`, as German writes a span: the first day's year is the last's)
        let t = text.getrimmt(zeilen: false).replacingOccurrences(of: ".-", with: ". bis ")
        for trenner in [" bis ", " - ", " – ", "–"] {
            if let r = t.range(of: trenner) {
                let links = String(t[..<r.lowerBound]).getrimmt(zeilen: false)
                guard let b = Ausfall(String(t[r.upperBound...])),
                      let a = Ausfall(links) ?? (links.hasSuffix(".") ? Ausfall(links + "\(b.bis.jahr)") : nil),
                      !(b.bis < a.von) else { return nil }
                self.init(von: a.von, bis: b.bis)
                return
            }
        }
        if let d = Datum(t) {
            self.init(von: d, bis: d)
            return
        }
        guard let (j, m) = Ausfall.monat(t), let erster = Datum(jahr: j, monat: m, tag: 1),
              let letzter = Datum(jahr: j, monat: m, tag: Datum.tageImMonat(j, m)) else { return nil }
        self.init(von: erster, bis: letzter)
    }

    /// `2027-08`, `8.2027`, `08/2027`, `August 2027`.
    static func monat(_ t: String) -> (Int, Int)? {
        let teile = t.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" || $0 == " " }).map(String.init)
        guard teile.count == 2 else { return nil }
        if teile[0].count == 4, let j = Int(teile[0]), let m = Int(teile[1]), teile[1].count <= 2 { return (j, m) }
        guard teile[1].count == 4, let j = Int(teile[1]) else { return nil }
        if let m = Int(teile[0]), teile[0].count <= 2 { return (j, m) }
        let name = teile[0].lowercased().replacingOccurrences(of: "ae", with: "ä")
        guard name.count >= 3,
              let i = Ausfall.monatsnamen.firstIndex(where: { $0.hasPrefix(name) || name.hasPrefix($0) }) else { return nil }
        return (j, i + 1)
    }

    static let monatsnamen = Datum.monatsnamen.map { $0.lowercased() }
}
