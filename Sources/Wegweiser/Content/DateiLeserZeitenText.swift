extension DateiLeser {
    /// Opening hours without digits are a comment alone (`oeffnungszeiten: nach Vereinbarung`).
    /// When that text names days (`Mo-Fr vormittags`, `werktags nach Vereinbarung`), a warning
    /// suggests the form with the days read: the page then says „Montag bis Freitag“ in its table
    /// instead of the abbreviations, and the search finds the service by weekday. Still a warning:
    /// the text as written is shown and the site is built.
    func oeffnungszeitenNurText(_ s: String, _ f: Felder) {
        let woerter = s.split(whereSeparator: { !$0.isLetter }).map { OeffnungszeitenWort.erkenne(String($0)) }
        let mitTagen = woerter.contains { w in
            switch w {
            case .tag, .ausgeschrieben, .taeglich, .feiertage, .feiertagAusgeschrieben: true
            default: false
            }
        }
        guard mitTagen, let besser = OeffnungszeitenReparatur.vorschlag(fuer: s),
              case .success(let o) = OeffnungszeitenParser.lies(besser), !o.regeln.isEmpty else { return }
        f.fehler("oeffnungszeiten", "oeffnungszeiten-als-text",
                 "Die Öffnungszeiten „\(s)“ werden nur als Text gezeigt; die Tage darin werden so nicht erkannt (für die Tabelle auf der Seite und die Suche nach Wochentagen).",
                 vorschlag: "Schreiben Sie: `oeffnungszeiten: \(besser)` – oder mit Uhrzeiten, z. B. `oeffnungszeiten: Mo-Fr 08:00-12:00`.",
                 schwere: .warnung)
    }
}
