/// One problem found in the content: where it is, what is wrong, what to write instead.
public struct Diagnose: Sendable, Equatable, Codable {
    public enum Schwere: String, Sendable, Codable, Comparable {
        case fehler = "error"
        case warnung = "warning"

        public static func < (a: Schwere, b: Schwere) -> Bool { a == .fehler && b == .warnung }
    }

    public var schwere: Schwere
    /// Path relative to the content folder, with `/` separators.
    public var datei: String
    /// 1-based; 0 when the problem concerns the whole file or folder.
    public var zeile: Int
    /// 1-based; 0 when unknown.
    public var spalte: Int
    /// A short machine-readable code, e.g. `unbekannter-schluessel`.
    public var code: String
    /// German (or English) sentence for a volunteer.
    public var meldung: String
    /// What to write instead, if there is a concrete suggestion.
    public var vorschlag: String?
    /// The offending source line, for the marker display.
    public var quelltext: String?

    public init(_ schwere: Schwere, datei: String, zeile: Int = 0, spalte: Int = 0, code: String,
                meldung: String, vorschlag: String? = nil, quelltext: String? = nil) {
        self.schwere = schwere
        self.datei = datei
        self.zeile = zeile
        self.spalte = spalte
        self.code = code
        self.meldung = meldung
        self.vorschlag = vorschlag
        self.quelltext = quelltext
    }
}

/// Collects diagnostics from every stage; nothing stops at the first problem.
public final class Diagnosen: @unchecked Sendable {
    public private(set) var alle: [Diagnose] = []

    public init() {}

    public func melde(_ d: Diagnose) { alle.append(d) }

    /// Puts `neu` in the place of `alt`, reported before (a warning that turned out to be the
    /// cause of an error), or adds it.
    func ersetze(_ alt: Diagnose, durch neu: Diagnose) {
        if let i = alle.firstIndex(of: alt) { alle[i] = neu } else { alle.append(neu) }
    }

    public var fehler: [Diagnose] { alle.filter { $0.schwere == .fehler } }
    public var warnungen: [Diagnose] { alle.filter { $0.schwere == .warnung } }
    public var hatFehler: Bool { alle.contains { $0.schwere == .fehler } }

    /// Grouped by file (in path order), errors before warnings, then by line.
    public var sortiert: [Diagnose] {
        alle.enumerated().sorted { l, r in
            let a = l.element, b = r.element
            if a.datei != b.datei { return a.datei < b.datei }
            if a.schwere != b.schwere { return a.schwere < b.schwere }
            if a.zeile != b.zeile { return a.zeile < b.zeile }
            if a.spalte != b.spalte { return a.spalte < b.spalte }
            return l.offset < r.offset
        }.map(\.element)
    }
}
