import Yams

/// `entfaellt:` of an event (an extension of the format): the days a series, or a single event,
/// does not take place.
extension DateiLeser {
    /// The key and the words volunteers also write for it (`entfällt`, `Ausfall`, `außer`, `fällt aus`).
    static let entfaelltSchluessel = ["entfaellt", "ausfall", "ausser", "faellt_aus"]

    /// Each entry read, with its node for messages; an entry that is no date, month or span is an error.
    func entfaellt(_ f: Felder) -> [(Ausfall, Node)] {
        guard let key = Self.entfaelltSchluessel.first(where: { f.hat($0) }) else { return [] }
        if case .mapping? = f.werte[key]?.wert {
            f.fehler(key, "falscher-typ", "Bei `\(key)` wird ein Datum oder eine Liste von Daten erwartet.",
                     vorschlag: "`\(key): [2027-01-01, 2027-08]`")
            return []
        }
        var aus: [(Ausfall, Node)] = []
        for (text, node) in f.eintraege(key) {
            if let a = Ausfall(text) {
                aus.append((a, node))
            } else {
                // (a guess only for a single date: `25.05.27`, not a span)
                let geraten: String? = text.contains("-") ? nil : Datum.vorschlag(fuer: text)
                let hier = geraten.map { ", hier wohl `\($0)`" } ?? ""
                f.fehler(an: node, "ungueltiges-datum", "„\(text)“ ist kein Tag, Monat oder Zeitraum, an dem der Termin entfällt.",
                         vorschlag: "Ein Datum (`2027-01-01`), einen ganzen Monat (`2027-08`) oder einen Zeitraum "
                            + "(`2027-07-26 bis 2027-09-05`) schreiben" + hier + ".")
            }
        }
        return aus
    }

    /// A day, month or span on which the event would not take place anyway is a warning
    /// (a date one day off, a Saturday for a Friday series), with the dates it does take place near it.
    func pruefeAusfaelle(_ f: Felder, _ t: Termin, _ ausfaelle: [(Ausfall, Node)]) {
        guard !ausfaelle.isEmpty else { return }
        let plan = t.planmaessig(hoechstens: 2000).map(\.datum)
        for (a, node) in ausfaelle where !plan.contains(where: a.umfasst) {
            let naechste = plan.sorted { abs($0.tageszahl - a.von.tageszahl) < abs($1.tageszahl - a.von.tageszahl) }.prefix(2).sorted()
            let wann = a.istEinTag ? "Am \(Self.tagText(a.von))" : "Vom \(Self.tagText(a.von)) bis \(Self.tagText(a.bis))"
            f.fehler(an: node, "entfaellt-kein-termin",
                     "\(wann) ist ohnehin kein Termin von „\(t.titel)“; diese Angabe ändert nichts.",
                     vorschlag: naechste.isEmpty ? nil
                        : "Termine in der Nähe: " + naechste.map { "`\($0)` (\(Self.tagText($0)))" }.joined(separator: ", ") + ".",
                     schwere: .warnung)
        }
    }

    static func tagText(_ d: Datum) -> String {
        let tage = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        return "\(tage[d.wochentag - 1]), \(d.tag).\(d.monat).\(d.jahr)"
    }
}
