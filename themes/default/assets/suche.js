/*
 * Wegweiser search: runs in the browser against the index that the generator
 * writes to `suchindex/` (see docs/suche.md for the format), also from file://.
 *
 * Index files are loaded with <script src> and call the global function
 * `wegweiserSuche(name, data)`: no fetch, nothing from other servers, no storage.
 *
 * The first part (pure functions and the engine) is also loaded by the node
 * tests in Tests/js/; the page part at the end only runs in a browser.
 */
(function (global) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Normalisation: the same rules as SuchNormalisierung.swift.

  var RE_BUCHSTABE = /[\p{L}\p{N}]/u;
  var RE_ZEICHEN = /\p{M}/u;
  var RE_FORMAT = /\p{Cf}/u;
  var APOSTROPHE = { '\u0027': 1, '\u0060': 1, '\u00B4': 1, '\u2018': 1, '\u2019': 1, '\u02BC': 1, '\u2032': 1, '\u02B9': 1 };
  var ERSETZUNG = {
    '\u00DF': 'ss', '\u00E6': 'ae', '\u0153': 'oe', '\u00F8': 'o', '\u0142': 'l',
    '\u0111': 'd', '\u00F0': 'd', '\u00FE': 'th', '\u0131': 'i', '\u0127': 'h', '\u03C2': '\u03C3'
  };

  /** The normalised words of a text (ä → ae, ß → ss, no case, no accents, no punctuation). */
  function woerter(text) {
    var vor = String(text).replace(/\u00B4/g, "'").normalize('NFKD').toLowerCase().normalize('NFKD');
    var ergebnis = [];
    var wort = '';
    var basis = '';
    for (var z of vor) {
      if (APOSTROPHE[z] || RE_FORMAT.test(z)) continue;
      if (RE_ZEICHEN.test(z)) {
        if (z === '\u0308' && (basis === 'a' || basis === 'o' || basis === 'u')) {
          wort += 'e';
          basis = '';
        }
      } else if (RE_BUCHSTABE.test(z)) {
        var ersatz = ERSETZUNG[z];
        if (ersatz !== undefined) {
          wort += ersatz;
          basis = '';
        } else {
          wort += z;
          basis = z;
        }
      } else {
        if (wort) ergebnis.push(wort);
        wort = '';
        basis = '';
      }
    }
    if (wort) ergebnis.push(wort);
    return ergebnis;
  }

  function normalisiere(text) {
    return woerter(text).join(' ');
  }

  // ---------------------------------------------------------------------------
  // Snowball German stemmer (the algorithm of libstemmer 2.2, which the build uses).

  var VOKAL = { a: 1, e: 1, i: 1, o: 1, u: 1, y: 1, '\u00E4': 1, '\u00F6': 1, '\u00FC': 1 };
  var S_ENDUNG = { b: 1, d: 1, f: 1, g: 1, h: 1, k: 1, l: 1, m: 1, n: 1, r: 1, t: 1 };
  var ST_ENDUNG = { b: 1, d: 1, f: 1, g: 1, h: 1, k: 1, l: 1, m: 1, n: 1, t: 1 };

  function endetMit(w, ende, suffix) {
    var n = suffix.length;
    if (ende < n) return false;
    for (var i = 0; i < n; i++) if (w[ende - n + i] !== suffix[i]) return false;
    return true;
  }

  /** The longest of `liste` that `w[0..ende)` ends with, or null. */
  function laengstes(w, ende, liste) {
    var best = null;
    for (var i = 0; i < liste.length; i++) {
      if (endetMit(w, ende, liste[i]) && (best === null || liste[i].length > best.length)) best = liste[i];
    }
    return best;
  }

  var SCHRITT1 = ['em', 'ern', 'er', 'e', 'en', 'es', 's'];
  var SCHRITT2 = ['en', 'er', 'est', 'st'];
  var SCHRITT3 = ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit'];

  function stamm(wort) {
    var w = [];
    for (var c of wort) {
      if (c === '\u00DF') { w.push('s', 's'); } else { w.push(c); }
    }
    // prelude: u and y between vowels are consonants
    var i = 0;
    while (i < w.length) {
      var gefunden = -1;
      for (var j = i; j + 2 < w.length; j++) {
        if (VOKAL[w[j]] && (w[j + 1] === 'u' || w[j + 1] === 'y') && VOKAL[w[j + 2]]) { gefunden = j; break; }
      }
      if (gefunden < 0) break;
      w[gefunden + 1] = w[gefunden + 1] === 'u' ? 'U' : 'Y';
      i = gefunden + 3;
    }
    // regions
    var n = w.length;
    var p1 = n, p2 = n;
    if (n >= 3) {
      var k = 0;
      while (k < n && !VOKAL[w[k]]) k++;
      while (k < n && VOKAL[w[k]]) k++;
      if (k < n) {
        p1 = k + 1;
        k = p1;
        if (p1 < 3) p1 = 3;
        while (k < n && !VOKAL[w[k]]) k++;
        while (k < n && VOKAL[w[k]]) k++;
        if (k < n) p2 = k + 1;
      }
    }
    var ende = w.length;
    // step 1
    var s = laengstes(w, ende, SCHRITT1);
    if (s !== null && ende - s.length >= p1) {
      var start = ende - s.length;
      if (s === 'em' || s === 'ern' || s === 'er') {
        ende = start;
      } else if (s === 'e' || s === 'en' || s === 'es') {
        ende = start;
        if (endetMit(w, ende, ['n', 'i', 's', 's'])) ende -= 1;
      } else if (start > 0 && S_ENDUNG[w[start - 1]]) {
        ende = start;
      }
    }
    // step 2
    s = laengstes(w, ende, SCHRITT2);
    if (s !== null && ende - s.length >= p1) {
      var start2 = ende - s.length;
      if (s !== 'st') {
        ende = start2;
      } else if (start2 - 1 >= 0 && ST_ENDUNG[w[start2 - 1]] && start2 - 4 >= 0) {
        ende = start2;
      }
    }
    // step 3
    s = laengstes(w, ende, SCHRITT3);
    if (s !== null && ende - s.length >= p2) {
      var start3 = ende - s.length;
      if (s === 'end' || s === 'ung') {
        ende = start3;
        if (endetMit(w, ende, ['i', 'g']) && !(ende - 3 >= 0 && w[ende - 3] === 'e') && ende - 2 >= p2) ende -= 2;
      } else if (s === 'ig' || s === 'ik' || s === 'isch') {
        if (!(start3 - 1 >= 0 && w[start3 - 1] === 'e')) ende = start3;
      } else if (s === 'lich' || s === 'heit') {
        ende = start3;
        if ((endetMit(w, ende, ['e', 'r']) || endetMit(w, ende, ['e', 'n'])) && ende - 2 >= p1) ende -= 2;
      } else {
        ende = start3;
        var s4 = laengstes(w, ende, ['lich', 'ig']);
        if (s4 !== null && ende - s4.length >= p2) ende -= s4.length;
      }
    }
    // postlude
    var aus = '';
    for (var m = 0; m < ende; m++) {
      var ch = w[m];
      aus += ch === 'U' ? 'u' : ch === 'Y' ? 'y' : ch === '\u00E4' ? 'a' : ch === '\u00F6' ? 'o' : ch === '\u00FC' ? 'u' : ch;
    }
    return aus;
  }

  // ---------------------------------------------------------------------------
  // Edit distance (optimal string alignment: insert, delete, replace, swap), bounded.

  function tippDistanz(a, b, grenze) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > grenze) return grenze + 1;
    var vorvor = null, vor = new Array(lb + 1), jetzt = new Array(lb + 1);
    for (var j = 0; j <= lb; j++) vor[j] = j;
    for (var i = 1; i <= la; i++) {
      jetzt[0] = i;
      var zeilenMin = i;
      for (j = 1; j <= lb; j++) {
        var kosten = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var d = Math.min(vor[j] + 1, jetzt[j - 1] + 1, vor[j - 1] + kosten);
        if (vorvor && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          d = Math.min(d, vorvor[j - 2] + 1);
        }
        jetzt[j] = d;
        if (d < zeilenMin) zeilenMin = d;
      }
      if (zeilenMin > grenze) return grenze + 1;
      var t = vorvor || new Array(lb + 1);
      vorvor = vor; vor = jetzt; jetzt = t;
    }
    return vor[lb];
  }

  // ---------------------------------------------------------------------------
  // Index format helpers

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var WERT = new Int8Array(128).fill(-1);
  for (var a = 0; a < 64; a++) WERT[ALPHABET.charCodeAt(a)] = a;

  /** Decodes a posting string into [docIds, weights]. */
  function dekodiereTreffer(text) {
    var ids = [], gewichte = [];
    var doc = -1, i = 0, n = text.length;
    while (i < n) {
      var wert = 0, shift = 0, c;
      do {
        c = WERT[text.charCodeAt(i++)];
        wert += (c & 31) * Math.pow(2, shift);
        shift += 5;
      } while (c & 32);
      doc += wert + 1;
      ids.push(doc);
      gewichte.push(WERT[text.charCodeAt(i++)]);
    }
    return [Int32Array.from(ids), Uint8Array.from(gewichte)];
  }

  /** Decodes a string of plain variable-length numbers. */
  function dekodiereZahlen(text) {
    var zahlen = [], i = 0, n = text.length;
    while (i < n) {
      var wert = 0, shift = 0, c;
      do {
        c = WERT[text.charCodeAt(i++)];
        wert += (c & 31) * Math.pow(2, shift);
        shift += 5;
      } while (c & 32);
      zahlen.push(wert);
    }
    return zahlen;
  }

  function vergleiche(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  /** First index in sorted entries whose key is >= schluessel. */
  function untereGrenze(eintraege, schluessel) {
    var lo = 0, hi = eintraege.length;
    while (lo < hi) {
      var mitte = (lo + hi) >>> 1;
      if (eintraege[mitte][0] < schluessel) lo = mitte + 1; else hi = mitte;
    }
    return lo;
  }

  // ---------------------------------------------------------------------------
  // Query parsing

  var FAKTOR_GENAU = 4, FAKTOR_PRAEFIX = 3, FAKTOR_TIPPFEHLER = 2;
  var MAX_PRAEFIX_BEGRIFFE = 60;

  /**
   * The query's search words: normalised, without stop words and single letters.
   * `offen` says whether the last word may still be being typed (prefix search).
   */
  function anfrageWoerter(q, stoppwoerter, offen) {
    var roh = woerter(q || '');
    var endetMitTrenner = /[^\p{L}\p{N}\p{M}]$/u.test(q || '');
    var liste = [];
    for (var i = 0; i < roh.length; i++) {
      var w = roh[i];
      if (stoppwoerter[w]) continue;
      if (w.length === 1 && !/[0-9]/.test(w)) continue;
      liste.push({ wort: w, stamm: stamm(w), praefix: false });
    }
    if (offen !== false && liste.length && !endetMitTrenner && roh.length && liste[liste.length - 1].wort === roh[roh.length - 1]) {
      var letztes = liste[liste.length - 1];
      letztes.praefix = letztes.wort.length >= 3;
    }
    return liste;
  }

  /** The surface forms of an entry: "" is the key itself, "=x" is x, else key + suffix. */
  function formen(eintrag) {
    var teile = eintrag[1].split(' ');
    var aus = [];
    for (var i = 0; i < teile.length; i++) {
      var t = teile[i];
      aus.push(t.charAt(0) === '=' ? t.slice(1) : eintrag[0] + t);
    }
    return aus;
  }

  /**
   * The entries of one term shard that match a query word, with a factor:
   * the word's stem (4), words that begin with it while typing (3),
   * and words one typo away (2), only when nothing else matched.
   */
  function kandidaten(eintraege, wort) {
    var gefunden = [];
    var gesehen = {};
    function nimm(e, faktor) {
      if (gesehen[e[0]] !== undefined) {
        if (gefunden[gesehen[e[0]]].faktor < faktor) gefunden[gesehen[e[0]]].faktor = faktor;
        return;
      }
      gesehen[e[0]] = gefunden.length;
      gefunden.push({ eintrag: e, faktor: faktor });
    }
    var i = untereGrenze(eintraege, wort.stamm);
    if (i < eintraege.length && eintraege[i][0] === wort.stamm) nimm(eintraege[i], FAKTOR_GENAU);
    if (wort.praefix) {
      var p = wort.wort;
      var praefixe = [];
      for (var j = untereGrenze(eintraege, p); j < eintraege.length && eintraege[j][0].lastIndexOf(p, 0) === 0; j++) {
        praefixe.push(eintraege[j]);
      }
      for (var l = Math.min(p.length - 1, wort.stamm.length + 4); l >= 2; l--) {
        var k = untereGrenze(eintraege, p.slice(0, l));
        if (k < eintraege.length && eintraege[k][0] === p.slice(0, l)) {
          var fs = formen(eintraege[k]);
          for (var f = 0; f < fs.length; f++) {
            if (fs[f].lastIndexOf(p, 0) === 0) { praefixe.push(eintraege[k]); break; }
          }
        }
      }
      praefixe.sort(function (x, y) { return y[2] - x[2] || vergleiche(x[0], y[0]); });
      for (var m = 0; m < praefixe.length && m < MAX_PRAEFIX_BEGRIFFE; m++) nimm(praefixe[m], FAKTOR_PRAEFIX);
    }
    if (gefunden.length === 0 && wort.wort.length >= 5) {
      for (var t = 0; t < eintraege.length; t++) {
        var e = eintraege[t];
        var passt = Math.abs(e[0].length - wort.stamm.length) <= 1 && tippDistanz(wort.stamm, e[0], 1) <= 1;
        if (!passt) {
          var alle = formen(e);
          for (var u = 0; u < alle.length && !passt; u++) {
            passt = Math.abs(alle[u].length - wort.wort.length) <= 1 && tippDistanz(wort.wort, alle[u], 1) <= 1;
          }
        }
        if (passt) nimm(e, FAKTOR_TIPPFEHLER);
      }
    }
    return gefunden;
  }

  // ---------------------------------------------------------------------------
  // The engine

  /**
   * `laden(name)` returns a Promise of the data of index file `name`
   * ("index", "t/3", "d/0", "f").
   */
  function Suchmaschine(laden) {
    this.laden = laden;
    this.dateien = {};
    this.treffer = {};
    this.bereit = null;
  }

  Suchmaschine.prototype.datei = function (name) {
    var self = this;
    if (!this.dateien[name]) {
      this.dateien[name] = Promise.resolve(this.laden(name)).catch(function (fehler) {
        delete self.dateien[name];
        throw fehler;
      });
    }
    return this.dateien[name];
  };

  Suchmaschine.prototype.start = function () {
    var self = this;
    if (!this.bereit) {
      this.bereit = this.datei('index').then(function (kopf) {
        if (kopf.format !== 1) throw new Error('Unbekanntes Suchindex-Format ' + kopf.format);
        self.kopf = kopf;
        self.anzahl = kopf.anzahl;
        self.stoppwoerter = {};
        kopf.stopp.forEach(function (w) { self.stoppwoerter[w] = true; });
        self.gemeindeIndex = {};
        kopf.gemeinden.forEach(function (g, i) { self.gemeindeIndex[g[0]] = i; });
        self.kategorieIndex = {};
        kopf.kategorien.forEach(function (k, i) { self.kategorieIndex[k[0]] = i; });
        self.beste = new Int32Array(self.anzahl);
        self.stempel = new Int32Array(self.anzahl);
        self.summe = new Int32Array(self.anzahl);
        self.zahl = new Int32Array(self.anzahl);
        self.runde = 0;
        if (kopf.facetten) self.facetten = self.leseFacetten(kopf.facetten);
        return self;
      });
    }
    return this.bereit;
  };

  /** Index of the term shard that holds `schluessel`. */
  Suchmaschine.prototype.teilFuer = function (schluessel) {
    var grenzen = this.kopf.teile.t;
    var lo = 0, hi = grenzen.length - 1;
    while (lo < hi) {
      var mitte = (lo + hi + 1) >>> 1;
      if (grenzen[mitte] <= schluessel) lo = mitte; else hi = mitte - 1;
    }
    return lo;
  };

  /** The sorted entries of every term shard a query word needs. */
  Suchmaschine.prototype.eintraegeFuer = function (wort) {
    if (this.kopf.begriffe) return Promise.resolve(this.kopf.begriffe.b);
    var teile = {};
    teile[this.teilFuer(wort.stamm)] = true;
    teile[this.teilFuer(wort.wort)] = true;
    if (wort.praefix) {
      var grenzen = this.kopf.teile.t;
      var bis = this.teilFuer(wort.wort + '\uffff');
      for (var i = this.teilFuer(wort.wort); i <= bis && i < this.teilFuer(wort.wort) + 2; i++) teile[i] = true;
    }
    var self = this;
    var namen = Object.keys(teile).map(Number).sort(function (x, y) { return x - y; });
    return Promise.all(namen.map(function (n) { return self.datei('t/' + n); })).then(function (daten) {
      if (daten.length === 1) return daten[0].b;
      var alle = [];
      daten.forEach(function (d) { alle = alle.concat(d.b); });
      return alle;
    });
  };

  Suchmaschine.prototype.trefferVon = function (eintrag) {
    var schluessel = eintrag[0];
    var t = this.treffer[schluessel];
    if (!t) {
      t = dekodiereTreffer(eintrag[3]);
      this.treffer[schluessel] = t;
    }
    return t;
  };

  Suchmaschine.prototype.leseFacetten = function (f) {
    var n = this.anzahl;
    var gemeinden = f.g.map(function (s) { return s === -1 ? null : s; });
    var kategorien = f.k;
    var docG = new Int32Array(n), docK = new Int32Array(n);
    var zahlen = dekodiereZahlen(f.r);
    var d = 0;
    for (var i = 0; i + 2 < zahlen.length; i += 3) {
      for (var j = 0; j < zahlen[i]; j++, d++) { docG[d] = zahlen[i + 1]; docK[d] = zahlen[i + 2]; }
    }
    return { gemeinden: gemeinden, kategorien: kategorien, docG: docG, docK: docK };
  };

  Suchmaschine.prototype.facettenLaden = function () {
    var self = this;
    if (this.facetten) return Promise.resolve(this.facetten);
    return this.datei('f').then(function (f) {
      if (!self.facetten) self.facetten = self.leseFacetten(f);
      return self.facetten;
    });
  };

  /**
   * Runs a query: {q, gemeinde, kategorie, offen}. Resolves to
   * {ids, anzahl, teilweise, woerter, zaehler: {gemeinden: {id: n}, kategorien: {id: n}}}.
   */
  Suchmaschine.prototype.suche = function (anfrage) {
    var self = this;
    return this.start().then(function () {
      var woerterListe = anfrageWoerter(anfrage.q, self.stoppwoerter, anfrage.offen);
      var laden = woerterListe.map(function (w) { return self.eintraegeFuer(w); });
      laden.push(self.facettenLaden());
      return Promise.all(laden).then(function (daten) {
        return self.rechne(anfrage, woerterListe, daten.slice(0, woerterListe.length));
      });
    });
  };

  /** The synchronous part of `suche`, once every file it needs is loaded. */
  Suchmaschine.prototype.rechne = function (anfrage, woerterListe, eintragListen) {
    var n = this.anzahl;
    var f = this.facetten;
    var gFilter = anfrage.gemeinde ? this.gemeindeIndex[anfrage.gemeinde] : undefined;
    var kFilter = anfrage.kategorie ? this.kategorieIndex[anfrage.kategorie] : undefined;
    if (anfrage.gemeinde && gFilter === undefined) gFilter = -2;
    if (anfrage.kategorie && kFilter === undefined) kFilter = -2;
    var gPasst = mengenFilter(f.gemeinden, gFilter);
    var kPasst = mengenFilter(f.kategorien, kFilter);

    var kandidatenDocs = null;
    var teilweise = false;
    var summe = this.summe, zahl = this.zahl;
    var ergebnisWoerter = [];
    if (woerterListe.length) {
      this.runde += 1;
      var basisStempel = this.runde * 64;
      var beruehrt = [];
      for (var w = 0; w < woerterListe.length; w++) {
        var liste = kandidaten(eintragListen[w], woerterListe[w]);
        ergebnisWoerter.push({
          wort: woerterListe[w].wort, stamm: woerterListe[w].stamm, praefix: woerterListe[w].praefix,
          schluessel: liste.map(function (k) { return k.eintrag[0]; }),
          formen: [].concat.apply([], liste.map(function (k) { return formen(k.eintrag); }))
        });
        var stempel = basisStempel + 1 + Math.min(w, 60);
        for (var k = 0; k < liste.length; k++) {
          var t = this.trefferVon(liste[k].eintrag);
          var ids = t[0], gewichte = t[1], faktor = liste[k].faktor;
          for (var p = 0; p < ids.length; p++) {
            var d = ids[p], s = gewichte[p] * faktor;
            if (this.stempel[d] !== stempel) {
              if (this.stempel[d] < basisStempel) { summe[d] = 0; zahl[d] = 0; beruehrt.push(d); }
              this.stempel[d] = stempel;
              this.beste[d] = s;
              summe[d] += s;
              zahl[d] += 1;
            } else if (s > this.beste[d]) {
              summe[d] += s - this.beste[d];
              this.beste[d] = s;
            }
          }
        }
      }
      var alleWoerter = woerterListe.length;
      kandidatenDocs = beruehrt.filter(function (d) { return zahl[d] === alleWoerter; });
      if (kandidatenDocs.length === 0 && alleWoerter > 1) {
        kandidatenDocs = beruehrt;
        teilweise = beruehrt.length > 0;
      }
    }

    var zaehlerG = new Int32Array(f && this.kopf.gemeinden.length || 0);
    var zaehlerK = new Int32Array(f && this.kopf.kategorien.length || 0);
    var ueberall = 0;
    var ids = [];
    var self = this;
    function pruefe(d) {
      var gs = f.docG[d], ks = f.docK[d];
      var g = gPasst(gs), kk = kPasst(ks);
      if (kk) {
        var menge = f.gemeinden[gs];
        if (menge === null) ueberall++; else for (var i = 0; i < menge.length; i++) zaehlerG[menge[i]]++;
      }
      if (g) {
        var km = f.kategorien[ks];
        for (var j = 0; j < km.length; j++) zaehlerK[km[j]]++;
      }
      if (g && kk) ids.push(d);
    }
    if (kandidatenDocs) {
      for (var i = 0; i < kandidatenDocs.length; i++) pruefe(kandidatenDocs[i]);
    } else {
      for (var d2 = 0; d2 < n; d2++) pruefe(d2);
      if (gFilter === undefined && kFilter === undefined) ids = [];
    }
    if (kandidatenDocs) {
      ids.sort(function (a, b) {
        return (zahl[b] - zahl[a]) || (summe[b] - summe[a]) || (a - b);
      });
    }
    var zaehler = { gemeinden: {}, kategorien: {} };
    this.kopf.gemeinden.forEach(function (g, i) { zaehler.gemeinden[g[0]] = zaehlerG[i] + ueberall; });
    this.kopf.kategorien.forEach(function (k, i) { zaehler.kategorien[k[0]] = zaehlerK[i]; });
    return {
      ids: ids,
      anzahl: ids.length,
      teilweise: teilweise,
      woerter: ergebnisWoerter,
      zaehler: zaehler,
      punkte: kandidatenDocs ? ids.map(function (d) { return summe[d]; }) : null
    };
  };

  function mengenFilter(mengen, filter) {
    if (filter === undefined) return function () { return true; };
    var passt = new Uint8Array(mengen.length);
    for (var i = 0; i < mengen.length; i++) {
      var m = mengen[i];
      passt[i] = filter >= 0 && (m === null || m.indexOf(filter) >= 0) ? 1 : 0;
    }
    return function (s) { return passt[s] === 1; };
  }

  /**
   * The display records of documents:
   * {id, url, titel, ort, kategorien: [names], kurz, termin: bool}.
   */
  Suchmaschine.prototype.dokumente = function (ids) {
    var self = this;
    return this.start().then(function () {
      var kopf = self.kopf;
      var groesse = kopf.dokumente ? kopf.anzahl : kopf.teile.d;
      var teile = {};
      ids.forEach(function (id) { teile[Math.floor(id / groesse)] = true; });
      var namen = Object.keys(teile);
      return Promise.all(namen.map(function (t) {
        return kopf.dokumente ? Promise.resolve(kopf.dokumente) : self.datei('d/' + t);
      })).then(function (daten) {
        var nachTeil = {};
        namen.forEach(function (t, i) { nachTeil[t] = daten[i].d; });
        return ids.map(function (id) {
          var t = Math.floor(id / groesse);
          var r = nachTeil[t][id - t * groesse];
          return {
            id: id, url: r[0], titel: r[1], ort: r[2],
            kategorien: r[3].map(function (k) { return kopf.kategorien[k][1]; }),
            kurz: r[4], termin: r[5] === 1
          };
        });
      });
    });
  };

  /**
   * Splits a display text into [{text, mark}] pieces: words that match the query
   * (same stem, same form, a typed prefix, or containing a matched compound part).
   */
  function markiere(text, ergebnisWoerter) {
    var teile = [];
    if (!ergebnisWoerter || !ergebnisWoerter.length) return [{ text: text, mark: false }];
    var re = /[\p{L}\p{N}\p{M}\p{Cf}'’]+/gu;
    var letztes = 0, m;
    while ((m = re.exec(text)) !== null) {
      var ws = woerter(m[0]);
      var treffer = false;
      for (var i = 0; i < ws.length && !treffer; i++) treffer = passtWort(ws[i], ergebnisWoerter);
      if (!treffer) continue;
      if (m.index > letztes) teile.push({ text: text.slice(letztes, m.index), mark: false });
      teile.push({ text: m[0], mark: true });
      letztes = m.index + m[0].length;
    }
    if (letztes < text.length) teile.push({ text: text.slice(letztes), mark: false });
    return teile;
  }

  function passtWort(w, ergebnisWoerter) {
    var s = stamm(w);
    for (var i = 0; i < ergebnisWoerter.length; i++) {
      var q = ergebnisWoerter[i];
      if (s === q.stamm || w === q.wort) return true;
      if (q.praefix && w.lastIndexOf(q.wort, 0) === 0) return true;
      if (q.formen.indexOf(w) >= 0 || q.schluessel.indexOf(s) >= 0) return true;
      for (var j = 0; j < q.schluessel.length; j++) {
        var k = q.schluessel[j];
        if (k.length >= 4 && w.indexOf(k) > 0) return true;
      }
    }
    return false;
  }

  var api = {
    woerter: woerter,
    normalisiere: normalisiere,
    stamm: stamm,
    tippDistanz: tippDistanz,
    dekodiereTreffer: dekodiereTreffer,
    dekodiereZahlen: dekodiereZahlen,
    anfrageWoerter: anfrageWoerter,
    kandidaten: kandidaten,
    markiere: markiere,
    Suchmaschine: Suchmaschine
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  }
  if (typeof document !== 'undefined' && global) {
    global.WegweiserSuche = api;
  }
})(typeof window !== 'undefined' ? window : this);
