import Foundation

/// The words the opening-hours parser knows, and the words it recognises only to
/// explain what to write instead. Matching is case-insensitive.
///
/// Accepted: the two-letter day abbreviations `Mo Tu We Th Fr Sa Su` (OpenStreetMap)
/// and `Mo Di Mi Do Fr Sa So` (German), mixed freely; `PH`; `off`, `closed`, `geschlossen`.
/// Full day names (`Montag`, `Monday`) are *not* accepted; they get an error
/// that names the abbreviation. Nor are words for several days (`täglich`, `werktags`,
/// `wochentags`): they get an error whose suggestion names the days (`Mo-So`, `Mo-Sa`, `Mo-Fr`),
/// so that the volunteer sees, and can correct, which days the page will show.
enum OeffnungszeitenWort: Equatable {
    case tag(Oeffnungszeiten.Wochentag)
    case feiertage
    case geschlossen
    // Recognised only for error messages and repair suggestions:
    case ausgeschrieben(Oeffnungszeiten.Wochentag, abkuerzung: String)
    case bis
    case und
    case uhr
    case fuellwort
    /// `täglich` (`Mo-So`), `werktags` (`Mo-Sa`: in German a Werktag is every day but Sunday and
    /// public holidays), `wochentags` (`Mo-Fr`): the days as the format writes them.
    case taeglich(tage: String)
    case feiertagAusgeschrieben
    case geoeffnet
    case schulferien
    case unbekannt

    static func erkenne(_ wort: String) -> OeffnungszeitenWort {
        let w = wort.lowercased()
        if let tag = kuerzel[w] { return .tag(tag) }
        switch w {
        case "ph": return .feiertage
        case "off", "closed", "geschlossen": return .geschlossen
        case "bis", "to", "until", "till": return .bis
        case "und", "and", "sowie", "u": return .und
        case "uhr", "h", "std": return .uhr
        case "von", "ab", "am", "an", "jeden", "jede", "from", "on", "at", "ganztags", "ganztägig": return .fuellwort
        case "täglich", "taeglich", "tägl", "tgl", "daily": return .taeglich(tage: "Mo-So")
        case "werktags", "werktäglich", "werktaeglich": return .taeglich(tage: "Mo-Sa")
        case "wochentags", "weekdays": return .taeglich(tage: "Mo-Fr")
        case "feiertag", "feiertage", "feiertags", "feiertagen", "holiday", "holidays": return .feiertagAusgeschrieben
        case "geöffnet", "geoeffnet", "offen", "open", "auf": return .geoeffnet
        case "sh", "schulferien", "ferien": return .schulferien
        default: break
        }
        if let (tag, deutsch) = ausgeschrieben[w] {
            let namen = deutsch ? deutscheKuerzel : englischeKuerzel
            return .ausgeschrieben(tag, abkuerzung: namen[tag.rawValue])
        }
        return .unbekannt
    }

    static let deutscheKuerzel = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    static let englischeKuerzel = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

    private static let kuerzel: [String: Oeffnungszeiten.Wochentag] = [
        "mo": .montag, "tu": .dienstag, "di": .dienstag, "we": .mittwoch, "mi": .mittwoch,
        "th": .donnerstag, "do": .donnerstag, "fr": .freitag, "sa": .samstag, "su": .sonntag, "so": .sonntag,
    ]

    /// Full and three-letter names; `true` when German.
    private static let ausgeschrieben: [String: (Oeffnungszeiten.Wochentag, Bool)] = [
        "montag": (.montag, true), "montags": (.montag, true),
        "dienstag": (.dienstag, true), "dienstags": (.dienstag, true),
        "mittwoch": (.mittwoch, true), "mittwochs": (.mittwoch, true),
        "donnerstag": (.donnerstag, true), "donnerstags": (.donnerstag, true),
        "freitag": (.freitag, true), "freitags": (.freitag, true),
        "samstag": (.samstag, true), "samstags": (.samstag, true), "sonnabend": (.samstag, true),
        "sonntag": (.sonntag, true), "sonntags": (.sonntag, true),
        "mon": (.montag, false), "monday": (.montag, false),
        "tue": (.dienstag, false), "tues": (.dienstag, false), "tuesday": (.dienstag, false),
        "wed": (.mittwoch, false), "wednesday": (.mittwoch, false),
        "thu": (.donnerstag, false), "thur": (.donnerstag, false), "thurs": (.donnerstag, false), "thursday": (.donnerstag, false),
        "fri": (.freitag, false), "friday": (.freitag, false),
        "sat": (.samstag, false), "saturday": (.samstag, false),
        "sun": (.sonntag, false), "sunday": (.sonntag, false),
    ]
}
