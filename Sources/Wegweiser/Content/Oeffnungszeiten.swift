import Foundation

/// Opening hours of a service ("Öffnungszeiten"), read from the `oeffnungszeiten`
/// key by `OeffnungszeitenParser`. See docs/content-format.md, "Opening hours".
///
/// `regeln` is the result *after* rule replacement: a later rule replaces earlier
/// ones for its days, so every weekday belongs to at most one weekly rule
/// (rules with `Mo[1]` and the like are exceptions to weekly rules and are kept
/// alongside them; public holidays (`PH`) are their own "day").
public struct Oeffnungszeiten: Sendable, Equatable {
    public var regeln: [Regel]
    /// `24/7`. Then `regeln` is empty.
    public var rundUmDieUhr: Bool
    /// A comment that stands alone as a rule (`"nach Vereinbarung"`), or the comment
    /// after `24/7`. A comment after a rule belongs to that rule (`Regel.kommentar`).
    public var kommentar: String?
    /// The original text.
    public var quelle: String

    public init(regeln: [Regel], rundUmDieUhr: Bool = false, kommentar: String? = nil, quelle: String) {
        self.regeln = regeln
        self.rundUmDieUhr = rundUmDieUhr
        self.kommentar = kommentar
        self.quelle = quelle
    }

    public struct Regel: Sendable, Equatable, Hashable {
        public var tage: Tagesauswahl
        /// Sorted, non-overlapping. Empty when `geschlossen`, or when the rule is days plus a comment only.
        public var zeiten: [Zeitspanne]
        public var geschlossen: Bool
        public var kommentar: String?

        public init(tage: Tagesauswahl, zeiten: [Zeitspanne] = [], geschlossen: Bool = false, kommentar: String? = nil) {
            self.tage = tage
            self.zeiten = zeiten
            self.geschlossen = geschlossen
            self.kommentar = kommentar
        }
    }

    public enum Wochentag: Int, Sendable, Hashable, CaseIterable, Comparable {
        case montag = 0, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag

        public static func < (a: Wochentag, b: Wochentag) -> Bool { a.rawValue < b.rawValue }

        /// The day after, Sunday is followed by Monday.
        var naechster: Wochentag { Wochentag(rawValue: (rawValue + 1) % 7) ?? .montag }
        var vorheriger: Wochentag { Wochentag(rawValue: (rawValue + 6) % 7) ?? .sonntag }
    }

    /// Which days a rule is for.
    public struct Tagesauswahl: Sendable, Equatable, Hashable {
        public var wochentage: Set<Wochentag>
        /// Empty: every week. Otherwise which occurrences of the weekday in the month
        /// (`Mo[1,3]` → `[1, 3]`, `Mo[-1]` → `[-1]` the last). Values are 1…5 and -5…-1,
        /// sorted: positive ascending, then negative ascending. Only with exactly one weekday.
        public var imMonat: [Int]
        /// Public holidays (`PH`).
        public var feiertage: Bool

        public init(wochentage: Set<Wochentag>, imMonat: [Int] = [], feiertage: Bool = false) {
            self.wochentage = wochentage
            self.imMonat = imMonat
            self.feiertage = feiertage
        }

        public static let alleTage = Tagesauswahl(wochentage: Set(Wochentag.allCases))

        var istLeer: Bool { wochentage.isEmpty && !feiertage }
    }

    /// From `von` to `bis`, in minutes since midnight; `bis` may be 1440 (24:00), and is always after `von`.
    public struct Zeitspanne: Sendable, Equatable, Hashable {
        public var von: Int
        public var bis: Int

        public init(von: Int, bis: Int) {
            self.von = von
            self.bis = bis
        }

        /// `08:00-12:00` style, for tests and messages.
        public init(_ von: (Int, Int), _ bis: (Int, Int)) {
            self.init(von: von.0 * 60 + von.1, bis: bis.0 * 60 + bis.1)
        }
    }
}
