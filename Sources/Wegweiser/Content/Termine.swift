extension Termin {
    /// Start times of this event from `ab` on (inclusive), at most `hoechstens`.
    public func vorkommen(ab: Datum, hoechstens: Int = 12) -> [Zeitpunkt] {
        alleVorkommen(hoechstens: 2000).filter { !($0.datum < ab) }.prefix(hoechstens).map { $0 }
    }

    /// Every start time of the series (a single event has one), without the days it does not take place.
    public func alleVorkommen(hoechstens: Int = 2000) -> [Zeitpunkt] {
        guard !entfaellt.isEmpty else { return planmaessig(hoechstens: hoechstens) }
        return planmaessig(hoechstens: hoechstens + 500).filter { !faelltAus($0.datum) }.prefix(hoechstens).map { $0 }
    }

    /// Whether `entfaellt` names this day.
    public func faelltAus(_ d: Datum) -> Bool { entfaellt.contains { $0.umfasst(d) } }

    /// The start times it does not take place at, from `ab` on (inclusive).
    public func ausfaelle(ab: Datum, hoechstens: Int = 12) -> [Zeitpunkt] {
        guard !entfaellt.isEmpty else { return [] }
        return planmaessig(hoechstens: 2000).filter { !($0.datum < ab) && faelltAus($0.datum) }.prefix(hoechstens).map { $0 }
    }

    /// Whether it does not take place at all: every date of it is named in `entfaellt` (a cancelled event).
    public var istAbgesagt: Bool { !entfaellt.isEmpty && alleVorkommen(hoechstens: 1).isEmpty }

    /// Whether it is over (no date from `heute` on) and not cancelled: it has left the lists of
    /// upcoming events and keeps its own page.
    public func istVorbei(heute: Datum) -> Bool { naechstes(ab: heute) == nil && !istAbgesagt }

    /// Every start time as planned by `beginn`, `wiederholung` and `bis`.
    public func planmaessig(hoechstens: Int = 2000) -> [Zeitpunkt] {
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
