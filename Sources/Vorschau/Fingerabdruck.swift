import Foundation

/// What the files below some folders look like: path, size and time of change of each.
/// Two fingerprints differ when a file was saved, added, renamed or removed.
/// (Polled: it works the same on every system and in every editor, also on network drives.)
struct Fingerabdruck: Equatable, Sendable {
    private var dateien: [Datei] = []

    private struct Datei: Equatable, Sendable {
        let pfad: String
        let groesse: Int
        let geaendert: Double
    }

    init(_ ordner: [URL]) {
        let schluessel: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for wurzel in ordner {
            guard let liste = FileManager.default.enumerator(at: wurzel, includingPropertiesForKeys: schluessel,
                                                             options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in liste {
                // editors' backup and lock files (`datei.md~`, `#datei.md#`) are not content
                let name = url.lastPathComponent
                if name.hasSuffix("~") || name.hasPrefix("#") { continue }
                guard let werte = try? url.resourceValues(forKeys: Set(schluessel)), werte.isRegularFile == true else { continue }
                dateien.append(Datei(pfad: url.path, groesse: werte.fileSize ?? 0,
                                     geaendert: werte.contentModificationDate?.timeIntervalSince1970 ?? 0))
            }
        }
        dateien.sort { $0.pfad < $1.pfad }
    }

    var anzahl: Int { dateien.count }

    /// The files that are new or saved since `vorher` (paths as found).
    func geaendert(seit vorher: Fingerabdruck) -> Set<String> {
        let alt = Dictionary(vorher.dateien.map { ($0.pfad, $0) }, uniquingKeysWith: { a, _ in a })
        return Set(dateien.filter { alt[$0.pfad] != $0 }.map(\.pfad))
    }
}
