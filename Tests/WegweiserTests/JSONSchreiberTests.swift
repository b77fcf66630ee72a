import Foundation
import Testing
@testable import Wegweiser

/// The index files are JSON in ASCII: every text must come back exactly, whatever it holds.
@Suite struct JSONSchreiberTests {
    @Test func texteKommenUnveraendertZurueck() throws {
        let texte = ["", "Essen auf Rädern", "„Zitat“ mit \"Anführung\" und \\ Rückstrich", "Zeile\nZeile\r\tTab",
                     "Steuer\u{1}zeichen\u{7F}", "Straße 5 € · é (e\u{301})", "Emoji 😀 und 𝄞", "\u{2028}\u{2029}", "ÄÖÜäöüß"]
        for t in texte {
            var s = JSONSchreiber()
            s.texte([t])
            #expect(s.bytes.allSatisfy { $0 < 0x80 }, "ASCII only: \(t)")
            let zurueck = try JSONDecoder().decode([String].self, from: Data(s.bytes))
            #expect(zurueck == [t])
        }
    }

    @Test func zahlenAlsDezimal() throws {
        let zahlen = [0, 1, 9, 10, 99, 100, 101, 12345, -1, -10, -987, Int.max, Int.min + 1]
        var s = JSONSchreiber()
        s.zahlen(zahlen)
        #expect(String(decoding: s.bytes, as: UTF8.self) == "[" + zahlen.map(String.init).joined(separator: ",") + "]")
    }
}

extension JSONSchreiberTests {
    /// `inhalt(_:ausDatei:)` gives back exactly what `datei` wrapped, and nothing for another file.
    @Test func dateiUndInhalt() {
        let json = Array("{\"a\":[1,2],\"b\":\"x\"}".utf8)
        let datei = JSONSchreiber.datei("index", json)
        #expect(JSONSchreiber.inhalt("index", ausDatei: datei).map(Array.init) == json)
        #expect(JSONSchreiber.inhalt("t/0", ausDatei: datei) == nil)
        #expect(JSONSchreiber.inhalt("index", ausDatei: Array(datei.dropLast())) == nil)
    }
}
