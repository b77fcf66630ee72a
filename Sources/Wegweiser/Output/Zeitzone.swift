import Foundation

/// The region's time zone for calendar files: its `VTIMEZONE` (the changes between standard
/// and summer time in the events' years, as the system's time zone data has them) and local
/// times in UTC.
struct Zeitzone {
    let id: String
    private let tz: TimeZone

    init(_ id: String) {
        // (region.yaml's `zeitzone` is checked when it is read)
        self.id = id
        tz = TimeZone(identifier: id) ?? TimeZone(identifier: "Europe/Berlin")!
    }

    /// Seconds since 1970 of a local day and second of the day.
    func sekunden(_ d: Datum, sekunde: Int) -> Int {
        let lokal = d.tageszahl * 86400 + sekunde
        let versatz = tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(lokal - 7200)))
        return lokal - versatz
    }

    /// `20270608T215959Z`: the end of a series' last day, as `UNTIL` must be written.
    func utc(_ d: Datum, sekunde: Int) -> String {
        Kalender.zeit(sekunden: sekunden(d, sekunde: sekunde)) + "Z"
    }

    func vtimezone(jahre: ClosedRange<Int>, in z: inout Zeilen) {
        z.add("BEGIN:VTIMEZONE")
        z.add("TZID:" + id)
        // (from a year before: the first observance must begin before the first event)
        guard let start = Datum(jahr: jahre.lowerBound - 1, monat: 1, tag: 1),
              let ende = Datum(jahr: jahre.upperBound + 1, monat: 1, tag: 1) else { return }
        var t = Date(timeIntervalSince1970: TimeInterval(start.tageszahl * 86400))
        let grenze = Date(timeIntervalSince1970: TimeInterval(ende.tageszahl * 86400))
        var wechsel = 0
        while let n = tz.nextDaylightSavingTimeTransition(after: t), n < grenze, wechsel < 200 {
            let von = tz.secondsFromGMT(for: n.addingTimeInterval(-1)), nach = tz.secondsFromGMT(for: n)
            komponente(tz.isDaylightSavingTime(for: n) ? "DAYLIGHT" : "STANDARD",
                       beginn: Int(n.timeIntervalSince1970) + von, von: von, nach: nach, name: tz.abbreviation(for: n), in: &z)
            t = n
            wechsel += 1
        }
        if wechsel == 0 {
            let o = tz.secondsFromGMT(for: t)
            komponente("STANDARD", beginn: Int(t.timeIntervalSince1970) + o, von: o, nach: o, name: tz.abbreviation(for: t), in: &z)
        }
        z.add("END:VTIMEZONE")
    }

    private func komponente(_ art: String, beginn: Int, von: Int, nach: Int, name: String?, in z: inout Zeilen) {
        z.add("BEGIN:" + art)
        z.add("DTSTART:" + Kalender.zeit(sekunden: beginn))
        z.add("TZOFFSETFROM:" + Self.versatz(von))
        z.add("TZOFFSETTO:" + Self.versatz(nach))
        // (Foundation names some zones only `GMT+1`: no name then, it is optional)
        if let name, !name.isEmpty, !name.hasPrefix("GMT") { z.add("TZNAME:" + Kalender.text(name)) }
        z.add("END:" + art)
    }

    /// `+0100`
    static func versatz(_ s: Int) -> String {
        let a = abs(s) / 60
        return (s < 0 ? "-" : "+") + Kalender.zwei(a / 60) + Kalender.zwei(a % 60)
    }
}
