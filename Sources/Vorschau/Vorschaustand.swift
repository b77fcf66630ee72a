import Foundation
import Wegweiser

/// What the preview has built so far: a number that grows with every build, and the
/// problems of the last one. Pages ask for it and wait until it changes (`warte`).
actor Vorschaustand {
    struct Stand: Sendable, Equatable {
        /// Counts the builds (and failed attempts) since the start.
        var nummer: Int
        /// The errors of the last attempt; empty when the site shows the content as it is.
        var fehler: [Diagnose]
        /// Warnings of the last attempt.
        var warnungen: Int
    }

    private(set) var stand = Stand(nummer: 0, fehler: [], warnungen: 0)
    private var wartende: [UUID: CheckedContinuation<Stand, Never>] = [:]

    /// After a build: the new state, to everyone waiting.
    func neu(fehler: [Diagnose], warnungen: Int) {
        stand = Stand(nummer: stand.nummer + 1, fehler: fehler, warnungen: warnungen)
        let jetzt = wartende
        wartende = [:]
        for (_, w) in jetzt { w.resume(returning: stand) }
    }

    /// The state once its number is no longer `seit`, or as it is after `hoechstens`.
    func warte(seit: Int, hoechstens: Duration) async -> Stand {
        if stand.nummer != seit { return stand }
        let id = UUID()
        let uhr = Task { [weak self] in
            try? await Task.sleep(for: hoechstens)
            await self?.gibAuf(id)
        }
        defer { uhr.cancel() }
        return await withCheckedContinuation { w in wartende[id] = w }
    }

    private func gibAuf(_ id: UUID) {
        wartende.removeValue(forKey: id)?.resume(returning: stand)
    }
}
