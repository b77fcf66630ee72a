import Foundation

public struct AusgabeFehler: Error, CustomStringConvertible {
    public let description: String
}

/// Writes a site into a new folder beside the output and replaces the output only when
/// everything was written. Never deletes a folder that Wegweiser did not make.
public struct Ausgabeordner {
    public static let markierung = ".wegweiser-ausgabe"
    public let ziel: URL

    public init(ziel: URL) { self.ziel = ziel.standardizedFileURL }

    /// Refuses an output folder that holds other things, or that contains (or is) the content or theme.
    public func pruefe(inhalt: URL, theme: URL) throws {
        let z = ziel.resolvingSymlinksInPath().path
        for (name, artikel, u) in [("Inhaltsordner", "den", inhalt), ("Theme", "das", theme)] {
            let p = u.standardizedFileURL.resolvingSymlinksInPath().path
            if p == z || p.hasPrefix(z + "/") {
                throw AusgabeFehler(description: "Der Ausgabeordner „\(ziel.path)“ enthält \(artikel) \(name) „\(u.path)“. Er würde beim Bauen ersetzt; bitte einen anderen Ausgabeordner wählen (z. B. `--output site`).")
            }
            if z.hasPrefix(p + "/") {
                throw AusgabeFehler(description: "Der Ausgabeordner „\(ziel.path)“ liegt im \(name) „\(u.path)“. Bitte einen Ordner außerhalb wählen.")
            }
        }
        var istOrdner: ObjCBool = false
        if FileManager.default.fileExists(atPath: ziel.path, isDirectory: &istOrdner) {
            guard istOrdner.boolValue else {
                throw AusgabeFehler(description: "„\(ziel.path)“ ist eine Datei, kein Ordner. Bitte einen anderen Ausgabeordner wählen.")
            }
            let inhalt = (try? FileManager.default.contentsOfDirectory(atPath: ziel.path)) ?? []
            if !inhalt.isEmpty && !inhalt.contains(Self.markierung) {
                throw AusgabeFehler(description: "Der Ausgabeordner „\(ziel.path)“ ist nicht leer und wurde nicht von Wegweiser angelegt. Wegweiser löscht nichts, was es nicht selbst erzeugt hat: bitte einen leeren oder neuen Ordner angeben.")
            }
        }
    }

    /// Writes `dateien` (relative path → bytes) and `kopien` (relative path → source file) atomically.
    public func schreibe(dateien: [(String, [UInt8])], kopien: [(String, URL)]) throws {
        let fm = FileManager.default
        let eltern = ziel.deletingLastPathComponent()
        try fm.createDirectory(at: eltern, withIntermediateDirectories: true)
        let kennung = "\(ProcessInfo.processInfo.processIdentifier)"
        let neu = eltern.appendingPathComponent(".\(ziel.lastPathComponent).neu-\(kennung)")
        let alt = eltern.appendingPathComponent(".\(ziel.lastPathComponent).alt-\(kennung)")
        raeumeReste()
        try? fm.removeItem(at: neu)
        do {
            try fm.createDirectory(at: neu, withIntermediateDirectories: true)
            var ordner: Set<String> = []
            func sorge(_ rel: String) throws {
                let dir = (rel as NSString).deletingLastPathComponent
                guard !dir.isEmpty, !ordner.contains(dir) else { return }
                try fm.createDirectory(at: neu.appendingPathComponent(dir), withIntermediateDirectories: true)
                ordner.insert(dir)
            }
            // A file the previous build wrote with the same bytes is linked, not written again:
            // a rebuild after a small change writes only what changed (the old folder is
            // removed below; the linked files live on in the new one).
            let vorher = fm.fileExists(atPath: ziel.appendingPathComponent(Self.markierung).path) ? ziel.path + "/" : nil
            for (rel, _) in dateien { try sorge(rel) }
            // the folders exist: the files are written on every core, in slices (creating a
            // file is the file system's work, most of writing a page)
            let basis = neu.path + "/"
            let fehler: [Error] = inStuecken(dateien.count, mindestens: 64) { bereich in
                for i in bereich {
                    let (rel, bytes) = dateien[i]
                    let pfad = basis + rel
                    if let vorher, Self.gleich(bytes, vorher + rel), link(vorher + rel, pfad) == 0 { continue }
                    do { try Self.schreibe(bytes, nach: pfad) } catch { return [error] }
                }
                return []
            }
            if let f = fehler.first { throw f }
            for (rel, quelle) in kopien {
                try sorge(rel)
                try Self.schreibe([UInt8](Data(contentsOf: quelle)), nach: neu.path + "/" + rel)
            }
            try Data("Dieser Ordner wurde von Wegweiser erzeugt und wird bei jedem Bau vollständig ersetzt.\n".utf8)
                .write(to: neu.appendingPathComponent(Self.markierung))
            if fm.fileExists(atPath: ziel.path) {
                try fm.moveItem(at: ziel, to: alt)
                do { try fm.moveItem(at: neu, to: ziel) } catch {
                    try? fm.moveItem(at: alt, to: ziel)
                    throw error
                }
                try? fm.removeItem(at: alt)
            } else {
                try fm.moveItem(at: neu, to: ziel)
            }
        } catch {
            try? fm.removeItem(at: neu)
            throw AusgabeFehler(description: "Die Seite konnte nicht geschrieben werden (\(error)); der bisherige Ausgabeordner ist unverändert.")
        }
    }

    /// What a build stopped in the middle (Ctrl+C, a crash, the power) left beside the output:
    /// the half-written new folder is removed; the previous site, if it was moved aside and
    /// the output is missing, is put back. Only folders of processes that no longer run.
    func raeumeReste() {
        let fm = FileManager.default
        let eltern = ziel.deletingLastPathComponent()
        let name = ziel.lastPathComponent
        let eigene = ProcessInfo.processInfo.processIdentifier
        guard let namen = try? fm.contentsOfDirectory(atPath: eltern.path) else { return }
        for art in ["alt", "neu"] {
            let vorn = ".\(name).\(art)-"
            for n in namen where n.hasPrefix(vorn) {
                guard let pid = Int32(n.dropFirst(vorn.count)), pid != eigene, pid > 0,
                      kill(pid, 0) != 0 && errno == ESRCH else { continue }
                let rest = eltern.appendingPathComponent(n)
                if art == "alt" && !fm.fileExists(atPath: ziel.path) {
                    try? fm.moveItem(at: rest, to: ziel)
                } else {
                    try? fm.removeItem(at: rest)
                }
            }
        }
    }

    /// Whether the file at `pfad` is a regular file with exactly these bytes.
    static func gleich(_ bytes: [UInt8], _ pfad: String) -> Bool {
        let fd = open(pfad, O_RDONLY | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let laenge = bytes.count
        var alt = [UInt8](repeating: 0, count: laenge)
        var gelesen = 0
        while gelesen < laenge {
            let n = alt.withUnsafeMutableBytes { read(fd, $0.baseAddress! + gelesen, laenge - gelesen) }
            guard n > 0 else { return false }
            gelesen += n
        }
        return alt == bytes
    }

    /// Plain POSIX write: Foundation's `Data.write` is several times slower for thousands of small files.
    static func schreibe(_ bytes: [UInt8], nach pfad: String) throws {
        let fd = open(pfad, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw AusgabeFehler(description: "„\(pfad)“ kann nicht angelegt werden (errno \(errno)).") }
        defer { close(fd) }
        var geschrieben = 0
        while geschrieben < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + geschrieben, bytes.count - geschrieben) }
            guard n > 0 else { throw AusgabeFehler(description: "„\(pfad)“ kann nicht geschrieben werden (errno \(errno)).") }
            geschrieben += n
        }
    }
}
