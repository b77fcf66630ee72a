import Foundation

extension Oeffnungszeiten {
    /// Applies rules in order: a later rule replaces earlier ones for its days.
    ///
    /// - A weekly rule (`Mi 08:00-12:00`) takes its weekdays out of every earlier rule,
    ///   including `Mi[1]` rules; `PH` in it takes public holidays out of earlier rules.
    /// - A rule for certain weeks of the month (`Mo[1]`) replaces earlier rules for the
    ///   same weekday and the same weeks only; an earlier weekly `Mo` rule stays and the
    ///   `Mo[1]` rule is the exception to it.
    /// Rules left without days are dropped; the order of the rest is kept.
    static func ersetze(_ regeln: [Regel]) -> [Regel] {
        var ergebnis: [Regel] = []
        for neu in regeln {
            ergebnis = ergebnis.compactMap { alt in
                var alt = alt
                if neu.tage.imMonat.isEmpty {
                    alt.tage.wochentage.subtract(neu.tage.wochentage)
                    if neu.tage.feiertage { alt.tage.feiertage = false }
                } else if !alt.tage.imMonat.isEmpty, alt.tage.wochentage == neu.tage.wochentage {
                    alt.tage.imMonat.removeAll { neu.tage.imMonat.contains($0) }
                    if alt.tage.imMonat.isEmpty { return nil }
                }
                return alt.tage.istLeer ? nil : alt
            }
            if !neu.tage.istLeer { ergebnis.append(neu) }
        }
        return ergebnis
    }
}
