/// The script and style sheet the preview adds to every page it serves (never to the built
/// site). The script asks the server for the state of the build and waits for the next one
/// (long polling: plain `fetch`, allowed by the pages' `connect-src 'self'`): after a build
/// without errors it reloads the page; while the content has errors it shows them above the
/// page, file, line and what to write instead, as text (never as HTML).
enum Vorschauskript {
    static let skript = #"""
    (function () {
      'use strict';
      var eigenes = document.currentScript;
      var stand = Number(new URL(eigenes.src).searchParams.get('stand'));
      var fehlversuche = 0;

      function zeige(s) {
        var alt = document.getElementById('wegweiser-vorschau');
        if (alt) alt.parentNode.removeChild(alt);
        if (!s.fehler.length) return;
        var box = document.createElement('section');
        box.id = 'wegweiser-vorschau';
        box.setAttribute('role', 'alert');
        box.setAttribute('aria-labelledby', 'wegweiser-vorschau-titel');
        var titel = document.createElement('h2');
        titel.id = 'wegweiser-vorschau-titel';
        titel.textContent = s.fehler.length === 1 ? 'Ein Fehler im Inhalt' : s.fehler.length + ' Fehler im Inhalt';
        var satz = document.createElement('p');
        satz.textContent = 'Die Vorschau zeigt noch den letzten Stand ohne Fehler. Sobald die Datei korrigiert und gespeichert ist, lädt diese Seite von selbst neu.';
        var liste = document.createElement('ul');
        s.fehler.forEach(function (f) {
          var punkt = document.createElement('li');
          if (f.datei) {
            var ort = document.createElement('strong');
            ort.textContent = f.datei + (f.zeile ? ', Zeile ' + f.zeile : '') + ': ';
            punkt.appendChild(ort);
          }
          punkt.appendChild(document.createTextNode(f.meldung));
          if (f.vorschlag) {
            var rat = document.createElement('p');
            rat.textContent = 'So geht es: ' + f.vorschlag;
            punkt.appendChild(rat);
          }
          liste.appendChild(punkt);
        });
        box.appendChild(titel);
        box.appendChild(satz);
        box.appendChild(liste);
        document.body.insertBefore(box, document.body.firstChild);
      }

      function frage(seit) {
        fetch('/_wegweiser/stand?seit=' + seit, { cache: 'no-store' }).then(function (antwort) {
          if (!antwort.ok) throw new Error(String(antwort.status));
          return antwort.json();
        }).then(function (s) {
          fehlversuche = 0;
          if (s.nummer !== stand && !s.fehler.length) { location.reload(); return; }
          zeige(s);
          frage(s.nummer);
        }, function () {
          // the preview was stopped or is restarting: ask again, less and less often
          fehlversuche += 1;
          setTimeout(function () { frage(-1); }, Math.min(10000, 500 * fehlversuche));
        });
      }
      frage(-1);
    })();
    """#

    static let stil = """
    #wegweiser-vorschau { position: sticky; top: 0; z-index: 1000; max-height: 60vh; overflow: auto;
      margin: 0; padding: 1rem 1.25rem; background: #fff4d6; color: #1a1a1a; border: 0.3rem solid #a3001b;
      font-size: 1.125rem; line-height: 1.5; }
    #wegweiser-vorschau h2 { margin: 0 0 0.5rem; font-size: 1.5rem; color: #8a0016; }
    #wegweiser-vorschau ul { margin: 0.5rem 0 0; padding-left: 1.5rem; }
    #wegweiser-vorschau li + li { margin-top: 0.75rem; }
    #wegweiser-vorschau p { margin: 0.25rem 0 0; }
    """
}
