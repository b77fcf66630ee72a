/// The script and style sheet the preview adds to every page it serves (never to the built
/// site). The script asks the server for the state of the build about once a second while the
/// page is visible (short requests: six open tabs do not use up the browser's six connections
/// to the server, as waiting requests would). After a build without errors it reloads the page.
/// While the content has errors it shows them above the page: file, line, the message and what
/// to write instead, the files everything depends on first; after a save it also shows the
/// warnings of the saved files. All of it as text, never as HTML, and changed only when the
/// state changes (a screen reader reads the box once).
enum Vorschauskript {
    static let skript = #"""
    (function () {
      'use strict';
      var eigenes = document.currentScript;
      var stand = Number(new URL(eigenes.src).searchParams.get('stand'));
      var gezeigt = null, fehlversuche = 0, uhr = null;
      var HOECHSTENS = 20;

      // `text` with its `code` parts as code elements (the messages write keys and values so)
      function mitCode(ziel, text) {
        String(text).split('`').forEach(function (teil, i) {
          if (!teil) return;
          if (i % 2) { var c = document.createElement('code'); c.textContent = teil; ziel.appendChild(c); }
          else ziel.appendChild(document.createTextNode(teil));
        });
      }

      function eintrag(liste, f) {
        var punkt = document.createElement('li');
        if (f.datei) {
          var ort = document.createElement('strong');
          ort.textContent = f.datei + (f.zeile ? ', Zeile ' + f.zeile : '') + ': ';
          punkt.appendChild(ort);
        }
        mitCode(punkt, f.meldung);
        if (f.vorschlag) {
          var rat = document.createElement('p');
          rat.className = 'wegweiser-vorschau-rat';
          mitCode(rat, 'So geht es: ' + f.vorschlag);
          punkt.appendChild(rat);
        }
        liste.appendChild(punkt);
      }

      function kasten(titelText, satzText, meldungen, rest, warnend) {
        var box = document.createElement('section');
        box.id = 'wegweiser-vorschau';
        if (!warnend) box.className = 'wegweiser-vorschau-hinweis';
        box.setAttribute('role', warnend ? 'alert' : 'status');
        box.setAttribute('aria-labelledby', 'wegweiser-vorschau-titel');
        var titel = document.createElement('h2');
        titel.id = 'wegweiser-vorschau-titel';
        titel.textContent = titelText;
        box.appendChild(titel);
        if (satzText) { var satz = document.createElement('p'); satz.textContent = satzText; box.appendChild(satz); }
        if (meldungen.length) {
          var liste = document.createElement('ul');
          meldungen.slice(0, HOECHSTENS).forEach(function (f) { eintrag(liste, f); });
          box.appendChild(liste);
        }
        if (rest) { var mehr = document.createElement('p'); mehr.textContent = rest; box.appendChild(mehr); }
        return box;
      }

      function zeige(box) {
        var alt = document.getElementById('wegweiser-vorschau');
        if (alt) alt.parentNode.removeChild(alt);
        if (box) document.body.insertBefore(box, document.body.firstChild);
      }

      function stellDar(s) {
        if (s.fehler.length) {
          var n = s.fehler.length;
          zeige(kasten(n === 1 ? 'Ein Fehler' : n + ' Fehler',
            s.seite ? 'Die Vorschau zeigt noch den letzten Stand ohne Fehler. Sobald die Datei korrigiert und gespeichert ist, lädt diese Seite von selbst neu.'
                    : 'Noch gibt es keine Fassung ohne Fehler. Sobald die Fehler behoben und die Dateien gespeichert sind, erscheint die Website hier von selbst.',
            s.fehler, n > HOECHSTENS ? 'Und ' + (n - HOECHSTENS) + ' weitere: Sie stehen im Fenster, in dem die Vorschau läuft. Oft verschwinden sie mit den ersten.' : '', true));
        } else if (s.hinweise.length) {
          var h = s.hinweise.length;
          zeige(kasten(h === 1 ? 'Ein Hinweis zur gespeicherten Datei' : h + ' Hinweise zur gespeicherten Datei',
            'Die Seite ist neu gebaut. Bitte trotzdem ansehen:', s.hinweise, '', false));
        } else {
          zeige(null);
        }
      }

      function frage() {
        uhr = null;
        fetch('/_wegweiser/stand', { cache: 'no-store' }).then(function (antwort) {
          if (!antwort.ok) throw new Error(String(antwort.status));
          return antwort.json();
        }).then(function (s) {
          fehlversuche = 0;
          if (s.nummer !== stand && !s.fehler.length && s.seite) { location.reload(); return; }
          if (gezeigt !== s.nummer) { gezeigt = s.nummer; stellDar(s); }
          weiter(1000);
        }, function () {
          // the preview was stopped or is restarting: say so, ask again, less and less often
          fehlversuche += 1;
          if (fehlversuche === 3) {
            gezeigt = null;
            zeige(kasten('Die Vorschau läuft nicht mehr',
              'Diese Seite wird nicht mehr aktualisiert. Sobald die Vorschau wieder läuft (wegweiser serve), lädt sie von selbst neu.', [], '', false));
            stand = -1;
          }
          weiter(Math.min(10000, 500 * fehlversuche));
        });
      }

      function weiter(ms) {
        // (a hidden tab does not ask; it asks again once it is shown)
        if (document.visibilityState === 'hidden') return;
        uhr = setTimeout(frage, ms);
      }

      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && uhr === null) frage();
      });
      frage();
    })();
    """#

    static let stil = """
    #wegweiser-vorschau { position: sticky; top: 0; z-index: 1000; max-height: 60vh; overflow: auto;
      margin: 0; padding: 1rem 1.25rem; background: #fff4d6; color: #1a1a1a; border: 0.3rem solid #a3001b;
      font-size: 1.125rem; line-height: 1.5; }
    #wegweiser-vorschau.wegweiser-vorschau-hinweis { background: #eef4fb; border-color: #0b4f9c; }
    #wegweiser-vorschau h2 { margin: 0 0 0.5rem; font-size: 1.5rem; color: #8a0016; }
    #wegweiser-vorschau.wegweiser-vorschau-hinweis h2 { color: #0b3d78; }
    #wegweiser-vorschau ul { margin: 0.5rem 0 0; padding-left: 1.5rem; }
    #wegweiser-vorschau li + li { margin-top: 0.75rem; }
    #wegweiser-vorschau p { margin: 0.25rem 0 0; }
    #wegweiser-vorschau .wegweiser-vorschau-rat { white-space: pre-line; }
    #wegweiser-vorschau code { font-family: ui-monospace, monospace; font-size: 0.95em; background: #ffffff; color: #1a1a1a;
      padding: 0 0.2em; border: 1px solid #8a8a8a; border-radius: 0.2em; }
    """
}
