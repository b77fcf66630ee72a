import Foundation

/// Prints the time of each build phase to stderr when `WEGWEISER_ZEITEN=1` (for the benchmark).
final class Stoppuhr {
    private let an = ProcessInfo.processInfo.environment["WEGWEISER_ZEITEN"] == "1"
    private var letzte = DispatchTime.now()

    func runde(_ name: String) {
        guard an else { return }
        let jetzt = DispatchTime.now()
        let ms = Double(jetzt.uptimeNanoseconds - letzte.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("zeit \(name): \(String(format: "%.0f", ms)) ms\n".utf8))
        letzte = jetzt
    }
}
