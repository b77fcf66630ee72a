import ArgumentParser
import Foundation
import Wegweiser

enum Meldungsformat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}


/// Prints diagnostics: json and github to stdout; text (colour only on a terminal) to stdout
/// where the diagnostics are what was asked for (`check`: `wegweiser check > meldungen.txt`
/// keeps them), else to stderr (`build`, `report`: beside their own output).
enum Ausdruck {
    /// `gelesen`: the counts of what was read (`Meldungen.gelesen`), said before the summary.
    /// `heute`: with `gelesen`, the events that ended lately are named (`Meldungen.vorbei`).
    static func drucke(_ d: Diagnosen, format: Meldungsformat, inhalt: String, zusammenfassung: Bool = false, gelesen: Inhalt? = nil,
                       heute: Datum? = nil, textNachStdout: Bool = false) {
        let liste = d.sortiert
        let praefix = inhalt.hasSuffix("/") ? inhalt : inhalt + "/"
        switch format {
        case .text:
            let farbe = isatty(textNachStdout ? 1 : 2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            var s = Meldungen.text(liste, praefix: praefix, farbe: farbe)
            if zusammenfassung || !liste.isEmpty {
                let vorbei = gelesen.flatMap { i in heute.flatMap { Meldungen.vorbei(i, heute: $0, praefix: praefix) } }
                s += (s.isEmpty ? "" : "\n") + (gelesen.map { Meldungen.gelesen($0) + "\n" } ?? "") + (vorbei.map { $0 + "\n" } ?? "")
                    + Meldungen.zusammenfassung(liste) + "\n"
            }
            if textNachStdout { print(s, terminator: "") } else { FileHandle.standardError.write(Data(s.utf8)) }
        case .json:
            print(Meldungen.json(liste, praefix: praefix), terminator: "")
        case .github:
            print(Meldungen.github(liste, praefix: praefix), terminator: "")
        }
    }
}
