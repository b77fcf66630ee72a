extension Termin {
    /// Start times of this event from `ab` on (inclusive), at most `hoechstens`.
    public func vorkommen(ab: Datum, hoechstens: Int = 12) -> [Zeitpunkt] {
        alleVorkommen(hoechstens: 2000).filter { !($0.datum < ab) }.prefix(hoechstens).map { $0 }
    }

    /// Every start time of the series (a single event has one).
    public func alleVorkommen(hoechstens: Int = 2000) -> [Zeitpunkt] {
        guard let w = wiederholung, let bis, !(bis < beginn.datum) else { return [beginn] }
        var out: [Zeitpunkt] = []
        switch w {
        case .woechentlich, .vierzehntaeglich:
            let schritt = w == .woechentlich ? 7 : 14
            var d = beginn.datum
            while !(bis < d), out.count < hoechstens {
                out.append(Zeitpunkt(datum: d, minuten: beginn.minuten))
                d = d.plus(tage: schritt)
            }
        case .monatlich:
            let woche = beginn.datum.wocheImMonat, tag = beginn.datum.wochentag
            var j = beginn.datum.jahr, m = beginn.datum.monat
            while out.count < hoechstens {
                if let d = Datum.nterWochentag(woche, wochentag: tag, jahr: j, monat: m) {
                    if bis < d { break }
                    out.append(Zeitpunkt(datum: d, minuten: beginn.minuten))
                } else if let erster = Datum(jahr: j, monat: m, tag: 1), bis < erster { break }
                m += 1
                if m > 12 { m = 1; j += 1 }
            }
        }
        return out
    }

    /// The next start from `heute` on, or nil when the event (series) is over.
    public func naechstes(ab heute: Datum) -> Zeitpunkt? { vorkommen(ab: heute, hoechstens: 1).first }

    /// Whether the event is for a Gemeinde: its own, one named in `einzugsgebiet`, or the whole region.
    public func erreicht(_ gemeinde: String) -> Bool { self.gemeinde == gemeinde || gebiet.umfasst(gemeinde) }

    /// `einzugsgebiet` as written, else the default: the own Gemeinde, or all for `region/termine/`.
    public var gebiet: Einzugsgebiet {
        einzugsgebiet ?? (gemeinde.map { .gemeinden([$0]) } ?? .alle)
    }

    public var istRegionweit: Bool { gebiet == .alle }

    /// Duration in minutes, when `ende` is on the same day.
    var dauer: Int? {
        guard let ende, ende.datum == beginn.datum else { return nil }
        return ende.minuten - beginn.minuten
    }
}

extension Angebot {
    /// Whether this service reaches a Gemeinde: its own, named in `einzugsgebiet`, or region-wide.
    public func erreicht(_ gemeinde: String) -> Bool { self.gemeinde == gemeinde || einzugsgebiet.umfasst(gemeinde) }

    public var istRegionweit: Bool { einzugsgebiet == .alle }
}
