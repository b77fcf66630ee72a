import Foundation
import Wegweiser

/// What the preview has built so far: a number that grows with every build (pages compare it
/// with the one they were served with), the problems of the last one, and whether there is a
/// site to show at all.
actor Vorschaustand {
    struct Stand: Sendable, Equatable {
        /// Counts the builds (and failed attempts) since the start; 0: the first is still running.
        var nummer: Int
        /// The errors of the last attempt, the root causes first (`Vorschau.reihenfolge`);
        /// empty when the site shows the content as it is.
        var fehler: [Diagnose]
        /// The warnings of the files saved just before the last attempt (the others are old news).
        var hinweise: [Diagnose]
        /// Warnings of the last attempt, all files.
        var warnungen: Int
    }

    private(set) var stand = Stand(nummer: 0, fehler: [], hinweise: [], warnungen: 0)

    func neu(fehler: [Diagnose], hinweise: [Diagnose], warnungen: Int) {
        stand = Stand(nummer: stand.nummer + 1, fehler: fehler, hinweise: hinweise, warnungen: warnungen)
    }
}
