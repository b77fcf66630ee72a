import Foundation
import Testing
@testable import Wegweiser

/// The search page carries its script; the Content Security Policy allows it by its hash.
@Suite struct SuchskriptTests {
    private func hex(_ b: [UInt8]) -> String { b.map { String(format: "%02x", $0) }.joined() }

    /// The test vectors of FIPS 180-4 (and NIST's examples), across the block boundaries.
    @Test func sha256Testvektoren() {
        #expect(hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(SHA256.digest(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // 55, 56 and 64 bytes: the length just fits, just does not, a whole block
        #expect(hex(SHA256.digest(Array(repeating: 0x61, count: 55))) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(hex(SHA256.digest(Array(repeating: 0x61, count: 56))) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(hex(SHA256.digest(Array(repeating: 0x61, count: 64))) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    /// The built search page: the script inside it, no request for `assets/suche.js`, and the
    /// policy names exactly the hash of the text between the tags; other pages allow no inline script.
    @Test func seiteTraegtSkriptMitHash() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let seite = try w.lies("suche/index.html")
        #expect(!seite.contains("assets/suche.js"))
        let anfang = try #require(seite.range(of: "<script data-suchindex="))
        let text = try #require(seite[anfang.upperBound...].range(of: ">"))
        let ende = try #require(seite[text.upperBound...].range(of: "</script>"))
        let skript = String(seite[text.upperBound..<ende.lowerBound])
        #expect(skript.contains("function Suchmaschine"))
        let hash = Data(SHA256.digest(Array(skript.utf8))).base64EncodedString()
        #expect(seite.contains("script-src 'self' 'sha256-\(hash)';"))
        #expect(try w.lies("index.html").contains("script-src 'self';"))
        // the file is still written, for themes whose search page loads it
        #expect(FileManager.default.fileExists(atPath: w.site.appendingPathComponent("assets/suche.js").path))
    }

    /// What cannot stand in a script element unchanged stays a file of its own.
    @Test func heiklesSkriptBleibtDatei() {
        #expect(Suchskript(js: "var a = '</script>';\n") == nil)
        #expect(Suchskript(js: "var a = '</SCRIPT >';\n") == nil)
        #expect(Suchskript(js: "var a = '<!--';\n") == nil)
        #expect(Suchskript(js: "// nur ein Kommentar\n") == nil)
        let s = Suchskript(js: "// Kommentar\nvar a = 1;\n")
        #expect(s?.text == "var a = 1;\n")
        #expect(s?.hash == Data(SHA256.digest(Array("var a = 1;\n".utf8))).base64EncodedString())
    }

    /// Without JavaScript the search page links every Gemeinde, up to 100; a region of more (a
    /// whole federal state) gets one link to the start page's list instead, which lists them all.
    @Test func vieleGemeindenAufDerStartseite() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let wenige = try w.lies("suche/index.html")
        #expect(wenige.contains("<li><a href=\"../gemeinden/bedorf/\">Bedorf</a></li>"))
        #expect(wenige.contains("<li><a href=\"../kategorien/pflege/\">Ambulante Pflege</a></li>"))
        #expect(!wenige.contains("Gemeinden von A bis Z"))
        for n in 1...(Seitenbauer.gemeindenAufSucheHoechstens - 1) {
            try w.schreibe("gemeinden/ort-\(n)/index.md", "---\nname: Ort \(n)\n---\n")
        }
        _ = try w.baue()
        let viele = try w.lies("suche/index.html")
        #expect(!viele.contains("<li><a href=\"../gemeinden/ort-99/\">"))
        #expect(viele.contains("<a href=\"../#gemeinden\">Alle 101 Gemeinden von A bis Z auf der Startseite</a>"))
        // the filter keeps every Gemeinde, and the start page lists them
        #expect(viele.contains("<option value=\"ort-99\">Ort 99</option>"))
        let start = try w.lies("index.html")
        #expect(start.contains("id=\"gemeinden\"") && start.contains("gemeinden/ort-99/"))
        // opened from a folder (`--datei-links`), the links name the file
        let ordner = w.ordner.appendingPathComponent("dateien")
        _ = try Wegweiser.baue(.init(inhalt: w.inhalt, ausgabe: ordner, theme: Werkstatt.theme, heute: Werkstatt.heute, dateiLinks: true))
        let dateiSeite = try String(contentsOf: ordner.appendingPathComponent("suche/index.html"), encoding: .utf8)
        #expect(dateiSeite.contains("<a href=\"../index.html#gemeinden\">Alle 101 Gemeinden"))
        #expect(dateiSeite.contains("<li><a href=\"../kategorien/pflege/index.html\">Ambulante Pflege</a></li>"))
    }
}
