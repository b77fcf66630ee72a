import Foundation

/// Renders every page through the theme, in parallel, in a stable order.
struct Seitenwerk {
    let site: Website
    let theme: Theme
    let dateiLinks: Bool

    func dateien() throws -> [(String, [UInt8])] {
        let auftraege = Seitenbauer(site: site, texte: theme.texte, dateiLinks: dateiLinks).auftraege()
        let ergebnisse = Ergebnisse(anzahl: auftraege.count)
        let box = Unchecked(auftraege)
        DispatchQueue.concurrentPerform(iterations: auftraege.count) { i in
            let a = box.wert[i]
            do {
                let html = try theme.render(a.vorlage, a.kontext)
                ergebnisse.setze(i, .success((a.pfad.datei, Array(html.utf8))))
            } catch {
                ergebnisse.setze(i, .failure(error))
            }
        }
        return try ergebnisse.alle().map { try $0.get() }
    }
}

struct Unchecked<T>: @unchecked Sendable {
    let wert: T
    init(_ w: T) { wert = w }
}

private final class Ergebnisse: @unchecked Sendable {
    private var werte: [Result<(String, [UInt8]), Error>?]
    private let lock = NSLock()
    init(anzahl: Int) { werte = Array(repeating: nil, count: anzahl) }
    func setze(_ i: Int, _ r: Result<(String, [UInt8]), Error>) { lock.lock(); werte[i] = r; lock.unlock() }
    func alle() -> [Result<(String, [UInt8]), Error>] { werte.map { $0 ?? .failure(ThemeFehler(description: "Seite nicht erzeugt")) } }
}
