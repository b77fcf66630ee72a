import Foundation

/// A normalised word of a text, and how it was joined to the word after it.
///
/// The rules are the contract with `suche.js` (function `woerter`): both must give
/// the same words for the same text. `Tests/search-vectors.json` holds the cases
/// that the Swift tests and `node --test` both check.
public struct SuchWort: Equatable, Sendable, CustomStringConvertible {
    public enum Verbindung: UInt8, Sendable {
        /// Nothing special (space, punctuation, end of text).
        case keine
        /// A single hyphen between two words: `PC-Kurs`.
        case bindestrich
        /// A hyphen followed by a space, a German "Ergänzungsstrich": `Fahr- und Begleitdienste`.
        case offen
    }

    public var text: String
    public var verbindung: Verbindung

    public init(_ text: String, _ verbindung: Verbindung = .keine) {
        self.text = text
        self.verbindung = verbindung
    }

    public var description: String { text + (verbindung == .bindestrich ? "-" : verbindung == .offen ? "- " : "") }
}

/// German search normalisation.
///
/// 1. `´` counts as an apostrophe; the text is decomposed (NFKD), lowercased, decomposed again.
/// 2. Apostrophes (`' ’ ‘ ʼ ` ´ ′ ʹ`) and format characters (soft hyphen, zero-width
///    characters, Unicode category Cf) are dropped without splitting the word.
/// 3. Letters and numbers (categories L and N) make words. A diaeresis after a, o or u
///    becomes `e` (ä → ae, Ö → oe, ü → ue); every other combining mark is dropped
///    (é → e). `ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `ł` → `l`, `đ ð` → `d`,
///    `þ` → `th`, `ı` → `i`, `ħ` → `h`, `ς` → `σ`.
/// 4. Everything else separates words.
public enum SuchNormalisierung {
    /// The words of `text`, separated by single spaces.
    public static func normalisiere(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The words of `text`.
    public static func tokens(_ text: String) -> [String] {
        woerter(text).map(\.text)
    }

    /// The words of `text` with their hyphen joins (the reference implementation).
    public static func woerter(_ text: String) -> [SuchWort] {
        var ergebnis: [SuchWort] = []
        var wort = String.UnicodeScalarView()
        var basis: Unicode.Scalar? = nil
        var trenner: [Unicode.Scalar] = []

        func wortEnde() {
            guard !wort.isEmpty else { return }
            ergebnis.append(SuchWort(String(wort)))
            wort = String.UnicodeScalarView()
            trenner.removeAll(keepingCapacity: true)
        }

        for u in vorbereitet(text).unicodeScalars {
            switch art(u) {
            case .ignorieren:
                continue
            case .zeichen:
                if u.value == 0x308, let b = basis, b == "a" || b == "o" || b == "u" {
                    wort.append("e")
                    basis = nil
                }
            case .buchstabe:
                if wort.isEmpty, !ergebnis.isEmpty, ergebnis[ergebnis.count - 1].verbindung == .keine {
                    ergebnis[ergebnis.count - 1].verbindung = verbindung(trenner)
                    trenner.removeAll(keepingCapacity: true)
                }
                let ersatz = ersetzung(u)
                if let ersatz {
                    wort.append(contentsOf: ersatz.unicodeScalars)
                    basis = nil
                } else {
                    wort.append(u)
                    basis = u
                }
            case .trenner:
                wortEnde()
                trenner.append(u)
                basis = nil
            }
        }
        wortEnde()
        return ergebnis
    }

    // MARK: - Rules shared with the fast tokenizer

    enum Art { case buchstabe, zeichen, ignorieren, trenner }

    /// `´` → `'`, then NFKD, lowercase, NFKD.
    static func vorbereitet(_ text: String) -> String {
        var ohneAkut = text
        if text.unicodeScalars.contains("\u{B4}") {
            // scalar by scalar: "´" followed by a combining mark is one Character
            ohneAkut = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{B4}" ? "'" : $0 }))
        }
        var klein = String.UnicodeScalarView()
        for u in ohneAkut.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if u.value < 0x80 {
                klein.append(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value + 32)! : u)
            } else {
                klein.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(klein).decomposedStringWithCompatibilityMapping
    }

    static func art(_ u: Unicode.Scalar) -> Art {
        if istApostroph(u) { return .ignorieren }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .buchstabe
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .zeichen
        case .format:
            return .ignorieren
        default:
            return .trenner
        }
    }

    static func istApostroph(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BC, 0x2032, 0x02B9: return true
        default: return false
        }
    }

    static func istBindestrich(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013: return true
        default: return false
        }
    }

    static func ersetzung(_ u: Unicode.Scalar) -> String? {
        switch u.value {
        case 0xDF: return "ss"      // ß
        case 0xE6: return "ae"      // æ
        case 0x153: return "oe"     // œ
        case 0xF8: return "o"       // ø
        case 0x142: return "l"      // ł
        case 0x111, 0xF0: return "d" // đ ð
        case 0xFE: return "th"      // þ
        case 0x131: return "i"      // ı
        case 0x127: return "h"      // ħ
        case 0x3C2: return "\u{3C3}" // ς → σ
        default: return nil
        }
    }

    /// How the separators between two words join them.
    static func verbindung(_ trenner: [Unicode.Scalar]) -> SuchWort.Verbindung {
        guard let erstes = trenner.first, istBindestrich(erstes) else { return .keine }
        if trenner.count == 1 { return .bindestrich }
        return trenner.contains(where: { $0.properties.isWhitespace }) ? .offen : .keine
    }
}
