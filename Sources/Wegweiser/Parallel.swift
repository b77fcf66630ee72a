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
