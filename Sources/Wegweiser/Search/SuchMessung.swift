import Foundation

/// Prints the time of each step of the index build to stderr when `WEGWEISER_ZEITEN=1`,
/// in the format of the generator's other phase timings.
struct SuchMessung {
    private let an = ProcessInfo.processInfo.environment["WEGWEISER_ZEITEN"] == "1"
    private var letzte = ContinuousClock.now
    private var letzteCPU = SuchMessung.cpu()

    static func cpu() -> Double {
        var r = rusage()
        getrusage(RUSAGE_SELF.rawValue, &r)
        return Double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1000 + Double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e3
    }

    mutating func schritt(_ name: String) {
        guard an else { return }
        let jetzt = ContinuousClock.now
        let d = jetzt - letzte
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        let c = SuchMessung.cpu()
        FileHandle.standardError.write(Data("zeit suche/\(name): \(String(format: "%.0f", ms)) ms cpu \(String(format: "%.0f", c - letzteCPU))\n".utf8))
        letzte = jetzt
        letzteCPU = c
    }
}
