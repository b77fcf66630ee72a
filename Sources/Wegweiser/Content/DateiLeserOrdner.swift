/// An event written into `angebote/`, or a service into `termine/`: read as the wrong kind, it
/// got a message for every key ("`beginn` ist unbekannt", "`traeger` fehlt", …) and none said
/// where it belongs. One message instead, at the key that shows what it is.
extension DateiLeser {
    /// Keys only an event has, and keys only a service has.
    static let nurTermin = ["beginn", "ende", "ort", "veranstalter", "anmeldung", "wiederholung", "bis"] + entfaelltSchluessel
    static let nurAngebot = ["traeger", "adresse", "oeffnungszeiten", "barrierefrei", "zielgruppen", "stichworte", "telefonisch", "geprueft"]

    /// Whether `f`, read from `e`, is the other kind (an event when `alsTermin` is false): then
    /// reported, and the file is not read further. Only a file that would fail as what its folder
    /// says is the other kind (an event without `beginn`, a service without `traeger` or
    /// `geprueft`), so no file that builds is touched.
    func gehoertInAnderenOrdner(_ f: Felder, _ e: Ordnerplan.Eintrag, alsTermin: Bool) -> Bool {
        // (in the order of the file)
        let termin = f.schluessel.filter(Self.nurTermin.contains)
        let angebot = f.schluessel.filter(Self.nurAngebot.contains)
        let (eigene, fremde) = alsTermin ? (termin, angebot) : (angebot, termin)
        let scheitert = alsTermin ? f.werte["beginn"] == nil : f.werte["traeger"] == nil || f.werte["geprueft"] == nil
        let zeichen = alsTermin ? angebot.first : termin.contains("beginn") ? "beginn" : nil
        guard scheitert, let zeichen, fremde.count > eigene.count else { return false }
        var teile = e.pfad.split(separator: "/").map(String.init)
        guard teile.count >= 2 else { return false }
        let ordner = alsTermin ? "angebote" : "termine"
        teile[teile.count - 2] = ordner
        let ziel = teile.joined(separator: "/")
        let zielordner = teile.dropLast().joined(separator: "/") + "/"
        let was = alsTermin ? "ein Angebot" : "einen Termin"
        let merkmale = fremde.prefix(3).map { "`\($0):`" }.joined(separator: ", ")
        let fehlend = ["traeger", "geprueft"].filter { f.werte[$0] == nil }
        let fehlt = alsTermin ? "Ein Termin braucht `beginn:`."
            : "Für ein Angebot \(fehlend.count == 1 ? "fehlt" : "fehlen") " + fehlend.map { "`\($0):`" }.joined(separator: " und ") + "."
        f.fehler(zeichen, "falscher-ordner",
                 "Diese Datei beschreibt \(was) (sie hat \(merkmale)), liegt aber im Ordner `\(alsTermin ? "termine" : "angebote")/`. "
                 + "Verschieben Sie sie nach `\(zielordner)`.",
                 vorschlag: "Die Datei nach `\(ziel)` verschieben. (Soll sie doch \(alsTermin ? "ein Termin" : "ein Angebot") sein: \(fehlt))",
                 amWert: false)
        return true
    }
}
