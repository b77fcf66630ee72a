import Foundation

/// Results of parallel work, in input order.
final class Ablage<T>: @unchecked Sendable {
    private var werte: [Result<T, Error>?]
    private let lock = NSLock()
    init(anzahl: Int) { werte = Array(repeating: nil, count: anzahl) }
    func setze(_ i: Int, _ r: Result<T, Error>) { lock.lock(); werte[i] = r; lock.unlock() }
    func alle() throws -> [T] {
        try werte.map { r in
            guard let r else { throw ThemeFehler(description: "Ein Teil wurde nicht erzeugt.") }
            return try r.get()
        }
    }
}

/// Hands a value to `concurrentPerform` that the compiler cannot prove thread-safe; it is only read.
struct Unchecked<T>: @unchecked Sendable {
    let wert: T
    init(_ w: T) { wert = w }
}

/// `(0..<anzahl)` cut into consecutive slices (at least `mindestens` each, at most 64),
/// each handed to `f` on some core; the results joined in order. For work whose slices
/// need their own scratch state.
func inStuecken<T>(_ anzahl: Int, mindestens: Int, _ f: (Range<Int>) -> [T]) -> [T] {
    let stuecke = max(1, min(64, anzahl / max(1, mindestens)))
    let ablage = Ablage<[T]>(anzahl: stuecke)
    withoutActuallyEscaping(f) { f in
        let g = Unchecked(f)
        DispatchQueue.concurrentPerform(iterations: stuecke) { teil in
            ablage.setze(teil, .success(g.wert(anzahl * teil / stuecke ..< anzahl * (teil + 1) / stuecke)))
        }
    }
    // every slice was set above: `alle` cannot fail
    return (try? ablage.alle())?.flatMap { $0 } ?? []
}

/// `(0..<anzahl).map(f)` on every core.
func parallelMap<T>(_ anzahl: Int, mindestens: Int = 500, _ f: (Int) -> T) -> [T] {
    inStuecken(anzahl, mindestens: mindestens) { $0.map(f) }
}
