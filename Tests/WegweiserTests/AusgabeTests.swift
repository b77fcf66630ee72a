import Foundation
import Testing
@testable import Wegweiser

@Suite struct AusgabeTests {
    /// A build stopped in the middle (Ctrl+C in `serve`, a crash) leaves its folders beside the
    /// output; the next build removes the half-written one and puts a moved-aside site back.
    @Test func resteEinesAbgebrochenenBausWerdenAufgeraeumt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        var tot: Int32 = 4_000_000
        while kill(tot, 0) == 0 || errno != ESRCH { tot -= 1 }
        let fm = FileManager.default
        let neu = w.ordner.appendingPathComponent(".site.neu-\(tot)")
        try fm.createDirectory(at: neu.appendingPathComponent("angebote"), withIntermediateDirectories: true)
        // the process was stopped after moving the site aside, before moving the new one in
        let alt = w.ordner.appendingPathComponent(".site.alt-\(tot)")
        try fm.moveItem(at: w.site, to: alt)
        let lebend = w.ordner.appendingPathComponent(".site.neu-1")  // (pid 1 runs: not touched)
        try fm.createDirectory(at: lebend, withIntermediateDirectories: true)
        Ausgabeordner(ziel: w.site).raeumeReste()
        #expect(fm.fileExists(atPath: w.site.appendingPathComponent("index.html").path))
        #expect(!fm.fileExists(atPath: neu.path) && !fm.fileExists(atPath: alt.path))
        #expect(fm.fileExists(atPath: lebend.path))
        try fm.removeItem(at: lebend)
        // and a build does it by itself
        try fm.createDirectory(at: neu, withIntermediateDirectories: true)
        _ = try w.baue()
        let reste = try fm.contentsOfDirectory(atPath: w.ordner.path).filter { $0.hasPrefix(".site") }
        #expect(reste.isEmpty, "\(reste)")
    }

    @Test func fehlgeschlagenerBauLaesstAlteAusgabeUnveraendert() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let vorher = try Schnappschuss(w.site)
        try w.schreibe("gemeinden/audorf/angebote/pflege-audorf.md", "---\ntitel: kaputt\n")
        let e = try w.baue()
        #expect(e.diagnosen.hatFehler)
        #expect(e.seiten == 0)
        #expect(try Schnappschuss(w.site) == vorher)
        let reste = try FileManager.default.contentsOfDirectory(atPath: w.ordner.path).filter { $0.hasPrefix(".site") }
        #expect(reste.isEmpty, "Baureste: \(reste)")
    }

    /// A file that cannot be written (here: its path is a folder another file needs), among
    /// many written at once on every core: the build stops with a message, the previous output
    /// stays as it was, and nothing half-written is left beside it.
    @Test func schreibfehlerLaesstAlteAusgabeUnveraendert() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let vorher = try Schnappschuss(w.site)
        var dateien: [(String, [UInt8])] = (0..<500).map { ("seiten/s\($0)/index.html", Array("<p>\($0)</p>".utf8)) }
        dateien.insert(("seiten/s250", Array("kein Ordner".utf8)), at: 400)
        #expect(throws: AusgabeFehler.self) { try Ausgabeordner(ziel: w.site).schreibe(dateien: dateien, kopien: []) }
        #expect(try Schnappschuss(w.site) == vorher)
        let reste = try FileManager.default.contentsOfDirectory(atPath: w.ordner.path).filter { $0.hasPrefix(".site") }
        #expect(reste.isEmpty, "Baureste: \(reste)")
    }

    @Test func zweiBaueteGebenGleicheBytes() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let a = try Schnappschuss(w.site)
        let zweite = w.ordner.appendingPathComponent("site2")
        _ = try w.baue(ausgabe: zweite)
        #expect(try Schnappschuss(zweite) == a)
        #expect(a.dateien.count > 15)
    }

    @Test func verweigertFremdenOrdner() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        try FileManager.default.createDirectory(at: w.site, withIntermediateDirectories: true)
        try Data("wichtig".utf8).write(to: w.site.appendingPathComponent("brief.txt"))
        #expect(throws: AusgabeFehler.self) { try w.baue() }
        #expect(FileManager.default.fileExists(atPath: w.site.appendingPathComponent("brief.txt").path))
    }

    @Test func verweigertAusgabeDieDenInhaltEnthaelt() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        #expect(throws: AusgabeFehler.self) { try w.baue(ausgabe: w.ordner) }
        #expect(throws: AusgabeFehler.self) { try w.baue(ausgabe: w.inhalt) }
        #expect(FileManager.default.fileExists(atPath: w.inhalt.appendingPathComponent("region.yaml").path))
    }

    /// A rebuild links the files that did not change (same inode) and writes the others;
    /// the result is the same as a build into a new folder.
    @Test func neuerBauSchreibtNurWasSichAendert() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        func inode(_ rel: String) throws -> UInt64 {
            var info = stat()
            #expect(stat(w.site.appendingPathComponent(rel).path, &info) == 0, "\(rel)")
            return UInt64(info.st_ino)
        }
        let impressum = try inode("seiten/impressum/index.html"), pflege = try inode("angebote/pflege-audorf/index.html")
        let alteSeite = try String(contentsOf: w.site.appendingPathComponent("angebote/pflege-audorf/index.html"), encoding: .utf8)
        let datei = w.inhalt.appendingPathComponent("gemeinden/audorf/angebote/pflege-audorf.md")
        let text = try String(contentsOf: datei, encoding: .utf8)
        try w.schreibe("gemeinden/audorf/angebote/pflege-audorf.md", text + "\nNeu: auch sonntags.\n")
        _ = try w.baue()
        #expect(try inode("seiten/impressum/index.html") == impressum, "unchanged: linked")
        #expect(try inode("angebote/pflege-audorf/index.html") != pflege, "changed: written anew")
        let neueSeite = try String(contentsOf: w.site.appendingPathComponent("angebote/pflege-audorf/index.html"), encoding: .utf8)
        #expect(neueSeite.contains("auch sonntags") && !alteSeite.contains("auch sonntags"))
        let frisch = w.ordner.appendingPathComponent("frisch")
        _ = try w.baue(ausgabe: frisch)
        #expect(try Schnappschuss(frisch) == Schnappschuss(w.site))
    }

    @Test func ersetztEigeneAusgabe() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        try Data("alt".utf8).write(to: w.site.appendingPathComponent("veraltet.html"))
        _ = try w.baue()
        #expect(!FileManager.default.fileExists(atPath: w.site.appendingPathComponent("veraltet.html").path))
        #expect(FileManager.default.fileExists(atPath: w.site.appendingPathComponent("index.html").path))
    }
}

/// Every file below a folder with its bytes.
struct Schnappschuss: Equatable {
    let dateien: [String: Data]
    init(_ ordner: URL) throws {
        var d: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: ordner.path)
        while let rel = e?.nextObject() as? String {
            var dir: ObjCBool = false
            let u = ordner.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: u.path, isDirectory: &dir), !dir.boolValue { d[rel] = try Data(contentsOf: u) }
        }
        dateien = d
    }
}
