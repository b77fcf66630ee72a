import Foundation

/// Prints the time of each step of the index build to stderr when `WEGWEISER_ZEITEN=1`,
/// in the format of the generator's other phase timings.
struct SuchMessung {
    private let an = ProcessInfo.processInfo.environment["WEGWEISER_ZEITEN"] == "1"
    private var letzte = ContinuousClock.now

    mutating func schritt(_ name: String) {
        guard an else { return }
        let jetzt = ContinuousClock.now
        let d = jetzt - letzte
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("zeit suche/\(name): \(String(format: "%.0f", ms)) ms\n".utf8))
        letzte = jetzt
    }
}
