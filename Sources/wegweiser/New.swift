import ArgumentParser
import Foundation
import Wegweiser

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Legt eine neue Datei an – mit allen Pflichtangaben und einer Erklärung zu jeder Zeile.",
        discussion: """
        Beispiele:
          wegweiser new angebot "Essen auf Rädern Zolling" --gemeinde zolling \\
            --kategorie essen-auf-raedern
          wegweiser new angebot "Pflegestützpunkt Landkreis"
            (ohne --gemeinde: ein Angebot für die ganze Region)
          wegweiser new termin "Seniorennachmittag" --gemeinde zolling
          wegweiser new gemeinde "Haag a.d. Amper"
          wegweiser new region "Kulturraum Ampertal" --content ampertal
            (ein neuer Inhaltsordner für eine neue Region)
        Der Dateiname entsteht aus dem Titel.
        Eine vorhandene Datei wird nie überschrieben.
        """,
        subcommands: [NeuesAngebot.self, NeuerTermin.self, NeueGemeinde.self, NeueRegion.self])
}

/// Options shared by `new angebot` and `new termin`.
struct NeuOptionen: ParsableArguments {
    @Argument(help: "Der Titel, so wie er auf der Website stehen soll. Daraus entsteht der Dateiname.")
    var titel: String

    @Option(name: .long, help: "Die Gemeinde (Kennung oder Name), z. B. zolling. Ohne diese Angabe: für die ganze Region (Ordner region/).")
    var gemeinde: String?

    @Option(name: .long, help: "Eine Kategorie (Kennung aus kategorien.yaml), z. B. essen-auf-raedern. Mehrmals möglich.")
    var kategorie: [String] = []

    @OptionGroup var inhalt: InhaltOptionen
}

struct NeuesAngebot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "angebot", abstract: "Ein neues Angebot (einen Dienst, eine Beratungsstelle, …) anlegen.")
    @OptionGroup var o: NeuOptionen
    func run() throws {
        try Neuanlage.lege(.init(art: .angebot, titel: o.titel, gemeinde: o.gemeinde, kategorien: o.kategorie),
                           content: o.inhalt.content, heute: try o.inhalt.heute())
    }
}

struct NeuerTermin: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "termin", abstract: "Einen neuen Termin (eine Veranstaltung) anlegen.")
    @OptionGroup var o: NeuOptionen
    func run() throws {
        try Neuanlage.lege(.init(art: .termin, titel: o.titel, gemeinde: o.gemeinde, kategorien: o.kategorie),
                           content: o.inhalt.content, heute: try o.inhalt.heute())
    }
}

struct NeueGemeinde: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gemeinde", abstract: "Eine neue Gemeinde anlegen (gemeinden/<name>/index.md).")

    @Argument(help: "Der Name der Gemeinde, z. B. \"Haag a.d. Amper\". Daraus entsteht der Ordnername.")
    var name: String

    @Option(name: .long, help: "Der Inhaltsordner der Region.")
    var content: String = "content"

    func run() throws {
        guard let heute = Wegweiser.heute(angegeben: nil) else { throw Ausgang.bedienung }
        try Neuanlage.lege(.init(art: .gemeinde, titel: name), content: content, heute: heute)
    }
}

struct NeueRegion: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "region", abstract: "Einen neuen Inhaltsordner für eine Region anlegen (region.yaml, kategorien.yaml, Ordner).")

    @Argument(help: "Der Name der Region, z. B. \"Kulturraum Ampertal\".")
    var name: String

    @Option(name: .long, help: "Der neue Inhaltsordner; er darf noch nicht existieren oder muss leer sein.")
    var content: String = "content"

    func run() throws {
        let dateien: [String]
        do {
            dateien = try Vorlagen.legeRegion(name: name, inhalt: URL(fileURLWithPath: content))
        } catch let f as Vorlagen.Fehler {
            Konsole.fehler("Fehler: \(f.description)")
            Konsole.fehler("Es wurde nichts geschrieben.")
            throw Ausgang.fehler
        }
        let praefix = content.hasSuffix("/") ? content : content + "/"
        print("Neuer Inhaltsordner: \(praefix) mit \(dateien.joined(separator: ", ")) und den Ordnern gemeinden/, region/, seiten/")
        let option = content == "content" ? "" : " --content \(content)"
        print("Nächste Schritte:")
        print("  1. region.yaml öffnen und die leeren Angaben ausfüllen; kategorien.yaml anpassen.")
        print("  2. Jede Gemeinde anlegen: `wegweiser new gemeinde \"Name der Gemeinde\"\(option)`.")
        print("  3. Impressum, Datenschutz und Barrierefreiheit als seiten/impressum.md usw. schreiben.")
        print("  4. Prüfen: `wegweiser check\(option)`.")
    }
}

enum Neuanlage {
    static func lege(_ auftrag: Vorlagen.Auftrag, content: String, heute: Datum) throws {
        let ergebnis: Vorlagen.Ergebnis
        do {
            ergebnis = try Vorlagen.lege(auftrag, inhalt: URL(fileURLWithPath: content), heute: heute)
        } catch let f as InhaltsordnerFehler {
            Konsole.fehler("Fehler: \(f.description)")
            throw Ausgang.bedienung
        } catch let f as Vorlagen.Fehler {
            // (one line per wrong argument)
            for zeile in f.description.split(separator: "\n") { Konsole.fehler("Fehler: \(zeile)") }
            Konsole.fehler("Es wurde nichts geschrieben.")
            throw Ausgang.fehler
        }
        let praefix = content.hasSuffix("/") ? content : content + "/"
        print("Neue Datei: \(praefix)\(ergebnis.pfad)")
        for h in ergebnis.hinweise { print("Hinweis: \(h)") }
        let check = content == "content" ? "wegweiser check" : "wegweiser check --content \(content)"
        print("Nächster Schritt: Datei öffnen, Angaben ausfüllen, dann `\(check)`.")
    }
}
