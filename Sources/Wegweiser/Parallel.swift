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

/// Like `inStuecken`, for work that gives exactly one value per index, in order: `f` gets its
/// slice and hands each value to `gib`, which puts it where it belongs in the result. Nothing is
/// joined afterwards: values that hold many references (documents, shard entries) are not copied
/// and released once more.
func inStueckenJeEins<T>(_ anzahl: Int, mindestens: Int, _ f: (Range<Int>, (consuming T) -> Void) -> Void) -> [T] {
    let stuecke = max(1, min(64, anzahl / max(1, mindestens)))
    return Array(unsafeUninitializedCapacity: anzahl) { puffer, initialisiert in
        let ziel = Unchecked(puffer.baseAddress)
        withoutActuallyEscaping(f) { f in
            let g = Unchecked(f)
            DispatchQueue.concurrentPerform(iterations: stuecke) { teil in
                let bereich = anzahl * teil / stuecke ..< anzahl * (teil + 1) / stuecke
                var naechstes = bereich.lowerBound
                g.wert(bereich) { wert in
                    precondition(naechstes < bereich.upperBound, "more values than indices")
                    (ziel.wert! + naechstes).initialize(to: wert)
                    naechstes += 1
                }
                // (a slot left uninitialised would be read as a value: stop here instead)
                precondition(naechstes == bereich.upperBound, "fewer values than indices")
            }
        }
        initialisiert = anzahl
    }
}

/// `(0..<anzahl).map(f)` on every core.
func parallelMap<T>(_ anzahl: Int, mindestens: Int = 500, _ f: (Int) -> T) -> [T] {
    inStueckenJeEins(anzahl, mindestens: mindestens) { bereich, gib in
        for i in bereich { gib(f(i)) }
    }
}

/// `f(i)` for every i in `0..<anzahl`, each on some core: for steps that write their own part
/// of a shared buffer and return nothing.
func fuerJedes(_ anzahl: Int, _ f: (Int) -> Void) {
    withoutActuallyEscaping(f) { f in
        let g = Unchecked(f)
        DispatchQueue.concurrentPerform(iterations: anzahl) { g.wert($0) }
    }
}

/// Runs `a` and `b` at the same time (two independent steps that each use one core).
func zugleich<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
    let fachA = Fach<A>(), fachB = Fach<B>()
    withoutActuallyEscaping(a) { a in
        withoutActuallyEscaping(b) { b in
            let schritte = Unchecked((a, b))
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { fachA.wert = schritte.wert.0() } else { fachB.wert = schritte.wert.1() }
            }
        }
    }
    // both ran above: neither is nil
    return (fachA.wert!, fachB.wert!)
}

/// Independent steps of different lengths on every core: each core takes the next step
/// that is left, in the order given (the longest first). For work of several kinds at once,
/// each cut into slices (a `parallelMap` inside a step would run on one core only).
/// Each step writes its result into a `Fach` of its own.
func nebeneinander(_ schritte: [() -> Void]) {
    let s = Unchecked(schritte)
    DispatchQueue.concurrentPerform(iterations: schritte.count) { s.wert[$0]() }
}

/// Lets go of `wert` on another core: a structure of hundreds of thousands of arrays and texts
/// (the search documents and postings) takes a while to free, and nothing waits for that.
func imHintergrundFreigeben<T>(_ wert: consuming T) {
    let kiste = Unchecked(wert)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(kiste) {} }
}

/// The result of one step of `zugleich` or `nebeneinander`, written by exactly one thread.
final class Fach<T>: @unchecked Sendable {
    var wert: T?
}

/// Scratch state for the slices of `inStuecken`: a slice takes one, gives it back when done;
/// a new one is made only when none is free (so about one per core, not one per slice).
final class Vorrat<T>: @unchecked Sendable {
    private var frei: [T] = []
    private let lock = NSLock()
    private let neu: () -> T

    init(_ neu: @escaping () -> T) { self.neu = neu }

    func mit<R>(_ f: (inout T) -> R) -> R {
        // moved out of the list, so that its arrays stay uniquely referenced (no copy on write)
        var wert: T
        lock.lock()
        if frei.isEmpty {
            lock.unlock()
            wert = neu()
        } else {
            wert = frei.removeLast()
            lock.unlock()
        }
        let ergebnis = f(&wert)
        lock.lock()
        frei.append(wert)
        lock.unlock()
        return ergebnis
    }
}
