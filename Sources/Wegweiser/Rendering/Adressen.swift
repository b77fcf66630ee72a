/// The published addresses of the site (stable: they are printed on flyers), and relative
/// links between them so the site works in any sub-folder and straight from a folder.

struct Seitenpfad: Hashable, Comparable, Sendable {
    /// `""` for the start page, else a folder path ending in `/`, e.g. `gemeinden/zolling/`.
    let ordner: String

    static let start = Seitenpfad(ordner: "")
    static func gemeinde(_ id: String) -> Seitenpfad { .init(ordner: "gemeinden/\(id)/") }
    static func angebot(_ id: String) -> Seitenpfad { .init(ordner: "angebote/\(id)/") }
    static let termine = Seitenpfad(ordner: "termine/")
    static func termin(_ id: String) -> Seitenpfad { .init(ordner: "termine/\(id)/") }
    static func kategorie(_ id: String) -> Seitenpfad { .init(ordner: "kategorien/\(id)/") }
    static func seite(_ id: String) -> Seitenpfad { .init(ordner: "seiten/\(id)/") }
    static let suche = Seitenpfad(ordner: "suche/")
    static let versorgung = Seitenpfad(ordner: "versorgung/")
    static func traeger(_ slug: String) -> Seitenpfad { .init(ordner: "traeger/\(slug)/") }
    static let netzwerk = Seitenpfad(ordner: "netzwerk/")

    /// The file written for this page.
    var datei: String { ordner + "index.html" }
    var tiefe: Int { ordner.split(separator: "/").count }

    static func < (a: Seitenpfad, b: Seitenpfad) -> Bool { a.ordner < b.ordner }
}

/// Links as seen from one page.
struct Verweise {
    let von: Seitenpfad
    /// Link to `…/index.html` instead of `…/` (for sites opened from a folder without a server).
    let dateiLinks: Bool

    var wurzel: String { String(repeating: "../", count: von.tiefe) }

    func zu(_ p: Seitenpfad) -> String {
        let s = wurzel + p.ordner + (dateiLinks ? "index.html" : "")
        return s.isEmpty ? "./" : s
    }
    func asset(_ pfad: String) -> String { wurzel + pfad }
}

/// `Caritas-Sozialstation Ampertal` → `caritas-sozialstation-ampertal`.
enum Slug {
    static func traeger(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() {
            switch c {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "a"..."z", "0"..."9": out.append(c)
            default: if !out.hasSuffix("-") { out += "-" }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "traeger" : out
    }
}
