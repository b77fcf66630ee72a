import Foundation

/// A new region's content folder (`wegweiser new region`): `region.yaml` with a German comment
/// on every line, a first `kategorien.yaml` of the basic services older people ask for, and the
/// empty folders. The values only the working group knows (description, publisher) are left
/// empty, so `wegweiser check` names each of them until they are written.
extension Vorlagen {
    /// Writes the new folder; refuses one that exists and is not empty.
    public static func legeRegion(name: String, inhalt ordner: URL) throws -> [String] {
        let region = name.getrimmt(zeilen: false)
        guard region.contains(where: \.isLetter), !region.contains(where: \.isNewline) else {
            throw Fehler(art: .ungueltigerTitel, description: "Der Name „\(name)“ taugt nicht als Name einer Region: eine Zeile mit Buchstaben, z. B. \"Kulturraum Ampertal\".")
        }
        let fm = FileManager.default
        if let inhalt = try? fm.contentsOfDirectory(atPath: ordner.path), !inhalt.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw Fehler(art: .gibtEsSchon, description: fm.fileExists(atPath: ordner.appendingPathComponent("region.yaml").path)
                ? "Im Ordner „\(ordner.path)“ gibt es schon eine Region (`region.yaml`); es wird nichts überschrieben."
                : "Der Ordner „\(ordner.path)“ ist nicht leer; eine neue Region braucht einen neuen Ordner, z. B. `--content \(Id.vorschlag(region))`.")
        }
        let dateien = [("region.yaml", regionText(region)), ("kategorien.yaml", kategorienText)]
        do {
            for o in ["gemeinden", "region/angebote", "region/termine", "seiten"] {
                try fm.createDirectory(at: ordner.appendingPathComponent(o), withIntermediateDirectories: true)
            }
            for (pfad, text) in dateien {
                try Data(text.utf8).write(to: ordner.appendingPathComponent(pfad), options: .withoutOverwriting)
            }
        } catch {
            throw Fehler(art: .schreiben, description: "Der Ordner „\(ordner.path)“ konnte nicht angelegt werden: \(error.localizedDescription)")
        }
        return dateien.map(\.0)
    }

    static func regionText(_ region: String) -> String {
        let titel = region.lowercased().hasPrefix("seniorenwegweiser") ? region : "Seniorenwegweiser \(region)"
        let kurz = region.lowercased().hasPrefix("seniorenwegweiser ") ? String(region.dropFirst("seniorenwegweiser ".count)) : region
        return """
        # Die Region: was über der ganzen Website steht und wer sie herausgibt.
        # Leere Angaben meldet `wegweiser check`, bis sie ausgefüllt sind.

        # Pflicht. Der Titel der Website.
        titel: \(yamlText(titel))
        # Pflicht. Der kurze Name der Region.
        region: \(yamlText(kurz))
        # Pflicht. Ein oder zwei Sätze für die Startseite und für Suchmaschinen.
        # Beispiel: Hilfen, Beratung und Treffpunkte für ältere Menschen in den zwölf Gemeinden des Ampertals.
        beschreibung:
        # Freiwillig. Die Adresse, unter der die Website erscheint. Beispiel: https://www.seniorenwegweiser-ampertal.de/
        basis_url:
        # Pflicht. Wer die Website herausgibt (für Impressum und Kontakt).
        herausgeber:
          # Pflicht. Beispiel: Arbeitskreis Soziales im Kulturraum Ampertal
          name:
          # Die Anschrift. Beispiel: strasse: Rathausplatz 1, plz: "85391", ort: Allershausen
          adresse:
            strasse:
            plz:
            ort:
          # Pflicht. Beispiel: ak-soziales@beispiel.de
          email:
          # Freiwillig. Telefonnummer mit Vorwahl, in Anführungszeichen. Beispiel: "08166 1234"
          telefon:
        # Freiwillig. Die Kategorien aus kategorien.yaml, die jede Gemeinde erreichen sollte:
        # der Versorgungsbericht zeigt, wo sie fehlen.
        grundversorgung:
          - ambulante-pflege
          - nachbarschaftshilfe
          - fahrdienste
          - essen-auf-raedern
          - beratung
        # Freiwillig. Nach wie vielen Monaten ein Eintrag wieder geprüft werden soll.
        pruefintervall_monate: 12

        """
    }

    /// The basic services of the seeds' Grundversorgung, a first list to change and extend.
    static let kategorienText = """
    # Die Kategorien der Region, in der Reihenfolge der Website. Ändern und ergänzen Sie sie:
    # `id` ist der Name, den die Angebote unter `kategorien:` nennen (klein, ohne Umlaute),
    # `suchbegriffe` sind weitere Wörter, mit denen die Suche die Kategorie findet.

    - id: ambulante-pflege
      name: Ambulante Pflege
      beschreibung: Pflegedienste, die nach Hause kommen.
      suchbegriffe: [Pflegedienst, Sozialstation, Krankenpflege, Pflege zu Hause]

    - id: tagespflege
      name: Tages- und Kurzzeitpflege
      beschreibung: Pflege und Betreuung tagsüber oder für einige Wochen, damit Angehörige Luft haben.
      suchbegriffe: [Tagespflege, Kurzzeitpflege, Verhinderungspflege]

    - id: pflegeheime
      name: Pflegeheime
      beschreibung: Wohnen mit Pflege rund um die Uhr.
      suchbegriffe: [Altenheim, Seniorenheim, Pflegeheim, Seniorenzentrum]

    - id: nachbarschaftshilfe
      name: Nachbarschaftshilfe
      beschreibung: Ehrenamtliche aus dem Ort helfen im Alltag.
      suchbegriffe: [Helferkreis, Besuchsdienst, Einkaufshilfe, Ehrenamt]

    - id: fahrdienste
      name: Fahr- und Begleitdienste
      beschreibung: Fahrten und Begleitung zum Arzt, zum Einkaufen und zu Behörden.
      suchbegriffe: [Fahrdienst, Begleitdienst, Bürgerbus, Seniorenbegleitservice]

    - id: essen-auf-raedern
      name: Essen auf Rädern und Mittagstisch
      beschreibung: Warmes Essen nach Hause gebracht oder gemeinsam am Mittagstisch.
      suchbegriffe: [Mahlzeitendienst, Menüservice, Mittagstisch, Mittagessen]

    - id: hauswirtschaft
      name: Hilfe im Haushalt
      beschreibung: Putzen, Wäsche, Einkaufen und Kochen.
      suchbegriffe: [Haushaltshilfe, Putzhilfe, Alltagshilfe]

    - id: hausnotruf
      name: Hausnotruf
      beschreibung: Hilfe auf Knopfdruck, Tag und Nacht.
      suchbegriffe: [Notruf, Notrufknopf, Seniorennotruf]

    - id: beratung
      name: Beratung
      beschreibung: Beratung zu Pflege, Geld, Wohnen und Vorsorge.
      suchbegriffe: [Pflegeberatung, Seniorenberatung, Pflegestützpunkt, Vorsorgevollmacht]

    - id: begegnung
      name: Treffpunkte und Freizeit
      beschreibung: Seniorennachmittage, Bewegung, Kurse und Ausflüge.
      suchbegriffe: [Seniorentreff, Seniorennachmittag, Seniorengymnastik, Ausflug]

    """
}
