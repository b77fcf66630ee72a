import Foundation
import Wegweiser

// Times the search index build alone (reading, checking and preparing the site model not
// counted: the build does them anyway) and prints its size: `swift run -c release suchindex-messung <content folder> [runs]`.
// `bench/suche/run.sh` measures the whole build; this one is for working on the index.
// With `--schreibe <site folder>` it also writes the index to `<site folder>/suchindex/` (files
// of the last run replace those there), to try a change to the index on a built site.

var argumente = Array(CommandLine.arguments.dropFirst())
var schreibeNach: String? = nil
if let i = argumente.firstIndex(of: "--schreibe"), i + 1 < argumente.count {
    schreibeNach = argumente[i + 1]
    argumente.removeSubrange(i...(i + 1))
}
guard let ordner = argumente.first else {
    FileHandle.standardError.write(Data("Aufruf: suchindex-messung <Inhaltsordner> [Runden]\n".utf8))
    exit(2)
}
let runden = max(1, Int(argumente.dropFirst().first ?? "") ?? 3)
let heute = Wegweiser.heute(angegeben: "2026-11-21")!
let geprueft: (Inhalt?, Diagnosen)
do {
    geprueft = try Wegweiser.pruefe(inhalt: URL(fileURLWithPath: ordner), heute: heute)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
let (inhalt, diagnosen) = geprueft
guard let inhalt, !diagnosen.hatFehler else {
    FileHandle.standardError.write(Data("Der Inhalt hat Fehler: erst `wegweiser check`.\n".utf8))
    exit(1)
}
/// Processor time of this process so far (all threads), in seconds.
func prozessorzeit() -> Double {
    var r = rusage()
    getrusage(RUSAGE_SELF.rawValue, &r)
    return Double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + Double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6
}
var zeiten: [Double] = [], cpu: [Double] = []
var dateien: [(pfad: String, inhalt: [UInt8])] = []
// (the default theme, when run from the repository: the events' dates as the build writes them)
let theme = URL(fileURLWithPath: "themes/default")
// (not timed: the bodies' plain text, which in the build the pages leave from the parse that
// makes their HTML; the index phase starts from it)
let vorab = ContinuousClock.now
let suche = Wegweiser.Suche(inhalt, heute: heute,
                            theme: FileManager.default.fileExists(atPath: theme.path) ? theme : nil)
let vorbereitet = ContinuousClock.now - vorab
for _ in 0..<runden {
    let start = ContinuousClock.now, cpuStart = prozessorzeit()
    dateien = suche.dateien()
    let d = ContinuousClock.now - start
    zeiten.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    cpu.append(prozessorzeit() - cpuStart)
}
zeiten.sort()
cpu.sort()
let bytes = dateien.reduce(0) { $0 + $1.inhalt.count }
print("Einträge: \(inhalt.angebote.count + inhalt.termine.count)")
print(String(format: "Vorab, nicht gemessen (Texte der Beschreibungen, im Bau aus den Seiten): %.2f s",
             Double(vorbereitet.components.seconds) + Double(vorbereitet.components.attoseconds) / 1e18))
print(String(format: "Suchindex: Median %.2f s (schnellste %.2f s, %d Runden), Prozessorzeit Median %.2f s",
             zeiten[zeiten.count / 2], zeiten[0], runden, cpu[cpu.count / 2]))
print(String(format: "Dateien: %d, %.1f MB", dateien.count, Double(bytes) / 1e6))
// A checksum of every file, to see that a change to the index build keeps its bytes.
var pruefsumme: UInt64 = 0xcbf29ce484222325
for d in dateien.sorted(by: { $0.pfad < $1.pfad }) {
    for b in Array(d.pfad.utf8) + d.inhalt { pruefsumme = (pruefsumme ^ UInt64(b)) &* 0x100000001b3 }
}
print(String(format: "Prüfsumme: %016llx", pruefsumme))
if let site = schreibeNach {
    // (the paths begin with `suchindex/`)
    let ziel = URL(fileURLWithPath: site).appendingPathComponent("suchindex")
    try? FileManager.default.removeItem(at: ziel)
    for d in dateien {
        let url = URL(fileURLWithPath: site).appendingPathComponent(d.pfad)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(d.inhalt).write(to: url)
    }
    print("geschrieben: \(ziel.path)")
}
