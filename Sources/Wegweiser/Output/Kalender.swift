import Foundation

/// iCalendar files (RFC 5545) for the calendar on a phone or computer: one per event
/// (`termine/<id>/termin.ics`, the event page links it), one of every current event of the
/// region (`termine/kalender.ics`, linked from `termine/`, to subscribe to) and one of each
/// Gemeinde's (`gemeinden/<id>/kalender.ics`, linked from its page). A series is one
/// entry with its rule (`RRULE`) and the days it does not take place (`EXDATE`).
struct Kalender {
    let site: Website
    let texte: Texte

    static let dateiTermin = "termin.ics"
    static let dateiAlle = "kalender.ics"

    func dateien() -> [(String, [UInt8])] {
        let zone = Zeitzone(site.inhalt.region.zeitzone)
        // (an event is in its own file, the region's and its Gemeinden's: written once; so is
        // the time zone of the same years)
        var ereignisse: [String: [UInt8]] = [:]
        for t in site.inhalt.termine {
            var z = Zeilen()
            ereignis(t, zone: zone, in: &z)
            ereignisse[t.id] = z.bytes
        }
        var zonen: [ClosedRange<Int>: [UInt8]] = [:]
        func kalender(_ termine: [Termin], name: String) -> [UInt8] {
            var z = Zeilen()
            z.add("BEGIN:VCALENDAR")
            z.add("VERSION:2.0")
            z.add("PRODID:-//Wegweiser//Seniorenwegweiser//DE")
            z.add("CALSCALE:GREGORIAN")
            z.add("X-WR-CALNAME:" + Self.text(name))
            z.add("X-WR-TIMEZONE:" + zone.id)
            if let jahre = jahre(termine) {
                if zonen[jahre] == nil {
                    var v = Zeilen()
                    zone.vtimezone(jahre: jahre, in: &v)
                    zonen[jahre] = v.bytes
                }
                z.anhaengen(zonen[jahre]!)
            }
            for t in termine { z.anhaengen(ereignisse[t.id]!) }
            z.add("END:VCALENDAR")
            return z.bytes
        }
        var out: [(String, [UInt8])] = []
        for t in site.inhalt.termine {
            out.append((Seitenpfad.termin(t.id).ordner + Self.dateiTermin, kalender([t], name: t.titel)))
        }
        let aktuell = site.kommendeTermine().map(\.0)
        out.append((Seitenpfad.termine.ordner + Self.dateiAlle,
                    kalender(aktuell, name: "\(site.inhalt.region.titel): \(texte["alle_termine"])")))
        // each Gemeinde's: the region's events and those that reach it, in the same order
        var fuerAlle: [Int] = [], proGemeinde: [String: [Int]] = [:]
        for (i, t) in aktuell.enumerated() {
            switch t.gebiet {
            case .alle: fuerAlle.append(i)
            case .gemeinden(let ids):
                for g in Set(ids + (t.gemeinde.map { [$0] } ?? [])) { proGemeinde[g, default: []].append(i) }
            }
        }
        for g in site.inhalt.gemeinden {
            let nummern = (fuerAlle + (proGemeinde[g.id] ?? [])).sorted()
            guard !nummern.isEmpty else { continue }
            out.append((Seitenpfad.gemeinde(g.id).ordner + Self.dateiAlle,
                        kalender(nummern.map { aktuell[$0] }, name: "\(site.inhalt.region.titel): \(g.name)")))
        }
        return out
    }

    /// The years the events' dates fall in (for the time zone's rules).
    private func jahre(_ termine: [Termin]) -> ClosedRange<Int>? {
        guard let von = termine.map(\.beginn.datum.jahr).min() else { return nil }
        let bis = termine.map { max($0.bis?.jahr ?? 0, $0.ende?.datum.jahr ?? 0, $0.beginn.datum.jahr) }.max() ?? von
        return von...max(von, bis)
    }

    private func ereignis(_ t: Termin, zone: Zeitzone, in z: inout Zeilen) {
        let r = site.inhalt.region
        z.add("BEGIN:VEVENT")
        z.add("UID:\(t.id)@\(Self.host(r))")
        z.add("DTSTAMP:" + Self.utc(site.heute))
        // A cancellation is a change a calendar that has the event must take over, which it does
        // for a higher SEQUENCE (RFC 5545, 3.8.7.4). The content has no history: 1 when cancelled,
        // else 0, so that the same content gives the same bytes.
        z.add("SEQUENCE:\(t.istAbgesagt ? 1 : 0)")
        z.add("DTSTART;TZID=\(zone.id):" + Self.lokal(t.beginn))
        if let e = t.ende { z.add("DTEND;TZID=\(zone.id):" + Self.lokal(e)) }
        if let w = t.wiederholung, let bis = t.bis {
            let regel: String
            switch w {
            case .woechentlich: regel = "FREQ=WEEKLY"
            case .vierzehntaeglich: regel = "FREQ=WEEKLY;INTERVAL=2"
            case .monatlich: regel = "FREQ=MONTHLY;BYDAY=\(t.beginn.datum.wocheImMonat)\(Self.tage[t.beginn.datum.wochentag - 1])"
            }
            z.add("RRULE:\(regel);UNTIL=" + zone.utc(bis, sekunde: 86399))
            let aus = t.planmaessig().filter { t.faelltAus($0.datum) }
            if !aus.isEmpty { z.add("EXDATE;TZID=\(zone.id):" + aus.map(Self.lokal).joined(separator: ",")) }
        }
        z.add("SUMMARY:" + Self.text(t.titel))
        let ort = [t.ort.name, t.ort.zeile].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !ort.isEmpty { z.add("LOCATION:" + Self.text(ort)) }
        var beschreibung = [t.kurzbeschreibung, "\(texte["veranstalter"]): \(t.veranstalter)"]
        if let a = t.anmeldung, !t.istAbgesagt { beschreibung.append("\(texte["anmeldung"]): \(a)") }
        if let k = t.kosten { beschreibung.append("\(texte["kosten"]): \(k)") }
        if let tel = t.kontakt.telefon.first { beschreibung.append("\(texte["telefon"]): \(tel)") }
        if let basis = r.basisURL { beschreibung.append(basis + Seitenpfad.termin(t.id).ordner) }
        z.add("DESCRIPTION:" + Self.text(beschreibung.joined(separator: "\n")))
        if let basis = r.basisURL { z.add("URL:" + basis + Seitenpfad.termin(t.id).ordner) }
        if t.istAbgesagt { z.add("STATUS:CANCELLED") }
        z.add("END:VEVENT")
    }

    static let tage = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// Where the UIDs are unique: the published site's host, else the region's name as a host.
    static func host(_ r: Region) -> String {
        if let b = r.basisURL, let h = URL(string: b)?.host, !h.isEmpty { return h }
        return Slug.traeger(r.region) + ".wegweiser.invalid"
    }

    static func zwei(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func datum(_ d: Datum) -> String { "\(d.jahr)\(zwei(d.monat))\(zwei(d.tag))" }
    static func lokal(_ z: Zeitpunkt) -> String { datum(z.datum) + "T\(zwei(z.stunde))\(zwei(z.minute))00" }
    /// `20270608T215959` for seconds since 1970 (UTC, or local seconds for a local time).
    static func zeit(sekunden s: Int) -> String {
        let tag = Datum(tageszahl: Int((Double(s) / 86400).rounded(.down)))
        let rest = s - tag.tageszahl * 86400
        return datum(tag) + "T" + zwei(rest / 3600) + zwei(rest / 60 % 60) + zwei(rest % 60)
    }
    /// The build's day as the time stamp, so the same content and day give the same bytes.
    static func utc(_ d: Datum) -> String { datum(d) + "T000000Z" }

    /// TEXT as RFC 5545 escapes it; control characters dropped.
    static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default:
                if let a = c.unicodeScalars.first, c.unicodeScalars.count == 1, a.value < 0x20 || a.value == 0x7f { continue }
                out.append(c)
            }
        }
        return out
    }
}

/// Content lines of an iCalendar file: CRLF, folded at 75 octets without splitting a character.
struct Zeilen {
    private(set) var bytes: [UInt8] = []

    mutating func add(_ zeile: String) {
        var laenge = 0
        for c in zeile {
            let u = Array(String(c).utf8)
            if laenge + u.count > 75 {
                bytes += [13, 10, 32]
                laenge = 1
            }
            bytes += u
            laenge += u.count
        }
        bytes += [13, 10]
    }

    /// Lines written before (an event, a time zone).
    mutating func anhaengen(_ zeilen: [UInt8]) { bytes += zeilen }
}
