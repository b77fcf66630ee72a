import Wegweiser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Fuzz target for the reading path of content files and the opening-hours parser.
//
//   scripts/fuzz [Sekunden]
//
// builds this with `-sanitize=fuzzer -DFUZZING`: libFuzzer then supplies `main` and calls
// `LLVMFuzzerTestOneInput` with generated inputs. A normal `swift build` compiles the other
// branch: a small program that runs the same checks once on files named as arguments
// (to replay a crash input found by the fuzzer without the sanitizer).

/// One input: as a whole content file, and each line (the part after `schlüssel: `, if any)
/// as opening hours.
func pruefe(_ bytes: [UInt8]) {
    Fuzzing.frontMatter(bytes)
    var zeilen = 0
    for zeile in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
        zeilen += 1
        if zeilen > 64 { break }
        let text = String(decoding: zeile, as: UTF8.self)
        if let trenner = text.range(of: ": ") {
            Fuzzing.oeffnungszeiten(String(text[trenner.upperBound...]))
        }
        Fuzzing.oeffnungszeiten(text)
    }
    if zeilen == 0 { Fuzzing.oeffnungszeiten(String(decoding: bytes, as: UTF8.self)) }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func wegweiserFuzzEingabe(_ daten: UnsafePointer<UInt8>?, _ laenge: Int) -> CInt {
    let bytes = daten.map { Array(UnsafeBufferPointer(start: $0, count: laenge)) } ?? []
    pruefe(bytes)
    return 0
}

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by `-sanitize=fuzzer`).
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ eingabe: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// SwiftPM links every executable with `main` pointing at the module's own entry point
// (`--defsym main=WegweiserFuzz_main` on Linux), so libFuzzer's `main` is never used:
// this entry point starts libFuzzer's driver itself.
@main
enum WegweiserFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, wegweiserFuzzEingabe)
        exit(status)
    }
}
#else
import Foundation

@main
enum WegweiserFuzz {
    static func main() {
        let dateien = CommandLine.arguments.dropFirst()
        if dateien.isEmpty {
            print("Aufruf: WegweiserFuzz DATEI …  (prüft jede Datei wie der Fuzzer; zum Fuzzen: scripts/fuzz)")
            return
        }
        for pfad in dateien {
            guard let daten = FileManager.default.contents(atPath: pfad) else {
                print("\(pfad): nicht lesbar")
                continue
            }
            pruefe([UInt8](daten))
            print("\(pfad): in Ordnung")
        }
        Fuzzing.aufraeumen()
    }
}
#endif
