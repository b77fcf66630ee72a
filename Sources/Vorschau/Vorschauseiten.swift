/// The preview's own pages: when the site is not there yet, and for an address it does not have.
enum Vorschauseiten {
    /// The first build had errors: there is no site to show yet.
    static let nochKeine = seite(titel: "Noch keine Vorschau",
                                 text: "Der Inhalt hat Fehler; sie stehen oben und im Fenster, in dem die Vorschau läuft. "
                                     + "Sobald sie behoben und die Dateien gespeichert sind, erscheint hier die Website.")

    /// The first build is still running.
    static let wirdGebaut = seite(titel: "Die Website wird gebaut",
                                  text: "Einen Moment bitte: Sobald sie fertig ist, erscheint sie hier von selbst.")

    /// The built folder was removed while the preview runs.
    static let weg = seite(titel: "Die gebaute Website fehlt",
                           text: "Der Ausgabeordner wurde gelöscht. Beim nächsten Speichern einer Datei baut die Vorschau "
                               + "ihn neu; oder die Vorschau beenden und neu starten.")

    static let nichtGefunden = seite(titel: "Seite nicht gefunden",
                                     text: "Diese Adresse gibt es in der gebauten Website nicht (mehr). "
                                         + "Vielleicht wurde die Datei umbenannt oder gelöscht.",
                                     zurStartseite: true)

    private static func seite(titel: String, text: String, zurStartseite: Bool = false) -> String {
        """
        <!DOCTYPE html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(titel) – Vorschau</title>
        <style>body { margin: 2rem auto; padding: 0 1rem; max-width: 40rem; font: 1.25rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; } a { color: #0b4f9c; }</style>
        </head>
        <body>
        <main>
        <h1>\(titel)</h1>
        <p>\(text)</p>
        \(zurStartseite ? "<p><a href=\"/\">Zur Startseite</a></p>" : "")
        </main>
        </body>
        </html>

        """
    }
}
