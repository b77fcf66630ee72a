/*
 * Wegweiser search: runs in the browser against the index that the generator
 * writes to `suchindex/` (the format is described in Sources/Wegweiser/Search/SuchIndexFormat.swift), also from file://.
 *
 * Index files are loaded with <script src> and call the global function
 * `wegweiserSuche(name, data)`: no fetch, nothing from other servers, no storage.
 * The head of a split index also stands in the search page itself (a JSON data block,
 * `#suchkopf`), so a first query needs one request less.
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
    for (var i = 0; i + 2 < w.length; i++) {
      if (VOKAL[w[i]] && (w[i + 1] === 'u' || w[i + 1] === 'y') && VOKAL[w[i + 2]]) {
        w[i + 1] = w[i + 1] === 'u' ? 'U' : 'Y';
      }
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
    // the s German doubles before an ending: `ergebniss` is `ergebnis`, `buergerbuss` `buergerbus`
    // (Stemmer.ohneDoppelS)
    if (/(niss|buss)$/.test(aus)) aus = aus.slice(0, -1);
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

  /**
   * A word as it sounds, for typos only: ph → f, th → t, ck → k, dt → t, y → i, ss → s (ß; in
   * words of eight letters or more)
   * (`Smartfone` meets smartphone, `Terapie` meets Therapie).
   */
  function lautlich(w) {
    var l = w.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k').replace(/dt/g, 't').replace(/y/g, 'i');
    // (in a long word: in a short one a letter fewer is too near another word, `Gassi` → Gast)
    return l.length >= 8 ? l.replace(/ss/g, 's') : l;
  }

  /**
   * A stem one typo from a key, on stems of `KURZER_STAMM` letters or more: one letter more or
   * less in a short stem is another word (`vat` of Vater is no typo of `lat`); shorter words
   * are compared by their full forms.
   */
  function stammTippfehler(stamm, schluessel) {
    return stamm.length >= KURZER_STAMM && einTippfehler(stamm, schluessel);
  }

  /**
   * One typo apart, also when spelled as it sounds. Not another first letter in a word shorter
   * than `ERSTER_BUCHSTABE_AB`: that is mostly another word (`kochen`, `Wochen`; `sagen`, `Tagen`),
   * and a short word is seldom mistyped at its start (a letter more or less there is a typo:
   * `zmittag`, `Mittag`).
   */
  function einTippfehler(a, b) {
    if (a.charCodeAt(0) !== b.charCodeAt(0) && a.length === b.length && a.length < ERSTER_BUCHSTABE_AB) return false;
    return tippfehlerNah(a, b, 1);
  }
  var ERSTER_BUCHSTABE_AB = 8;

  /** At most `grenze` typos apart, also when spelled as it sounds. */
  function tippfehlerNah(a, b, grenze) {
    if (Math.abs(a.length - b.length) <= grenze && tippDistanz(a, b, grenze) <= grenze) return true;
    var la = lautlich(a), lb = lautlich(b);
    return (la !== a || lb !== b) && Math.abs(la.length - lb.length) <= grenze && tippDistanz(la, lb, grenze) <= grenze;
  }

  /**
   * Two typos in a long word (`Nachbarschafshilve`), when no key is one typo away: on a phone
   * a long word seldom comes out with one mistake only, and few long words are two letters apart.
   */
  function zweiTippfehler(wort, stamm, schluessel, alleFormen) {
    if (wort.length < ZWEI_TIPPFEHLER_AB) return false;
    if (stamm.length >= KURZER_STAMM && tippfehlerNah(stamm, schluessel, 2)) return true;
    for (var i = 0; alleFormen && i < alleFormen.length; i++) if (tippfehlerNah(wort, alleFormen[i], 2)) return true;
    return false;
  }

  /**
   * A word's sound as the Kölner Phonetik writes it (Postel 1969, for German): letters that
   * sound alike get one digit (d/t, f/v/w, g/k/c, s/z), doubled ones count once, vowels only at
   * the start; here also the p of pf is not heard. `Midagstisch` and `Mittagstisch` are 624828,
   * `Fleegedinst` and `Pflegedienst` 3542682. Takes a normalised word (`ae` for ä: a vowel either way).
   */
  function klang(wort) {
    var w = wort;
    var ziffern = '';
    for (var i = 0; i < w.length; i++) {
      var c = w[i], vor = i > 0 ? w[i - 1] : '', nach = i + 1 < w.length ? w[i + 1] : '';
      var z;
      if ('aeijouy'.indexOf(c) >= 0) z = '0';
      else if (c === 'h') z = '';
      else if (c === 'b') z = '1';
      else if (c === 'p') z = nach === 'h' ? '3' : nach === 'f' ? '' : '1';
      else if (c === 'd' || c === 't') z = 'csz'.indexOf(nach) >= 0 && nach ? '8' : '2';
      else if (c === 'f' || c === 'v' || c === 'w') z = '3';
      else if (c === 'g' || c === 'k' || c === 'q') z = '4';
      else if (c === 'c') {
        if (i === 0) z = 'ahkloqrux'.indexOf(nach) >= 0 && nach ? '4' : '8';
        else z = 'ahkoqux'.indexOf(nach) >= 0 && nach && vor !== 's' && vor !== 'z' ? '4' : '8';
      } else if (c === 'x') z = 'ckq'.indexOf(vor) >= 0 && vor ? '8' : '48';
      else if (c === 'l') z = '5';
      else if (c === 'm' || c === 'n') z = '6';
      else if (c === 'r') z = '7';
      else if (c === 's' || c === 'z') z = '8';
      else z = '';
      ziffern += z;
    }
    var aus = '';
    for (var j = 0; j < ziffern.length; j++) {
      if (j > 0 && ziffern[j] === ziffern[j - 1]) continue;
      if (ziffern[j] === '0' && j > 0) continue;
      aus += ziffern[j];
    }
    return aus;
  }

  /**
   * A stem without the e of ae, oe, ue (from ä, ö, ü), not in aue, eue, que:
   * `vortraeg` → `vortrag`. The same rule as SuchIndexBau.umlautfrei.
   */
  function umlautfrei(stamm) {
    if (stamm.length < 3) return stamm;
    var aus = '';
    for (var i = 0; i < stamm.length; i++) {
      var c = stamm[i];
      if (stamm[i + 1] === 'e' && (c === 'a' || c === 'o' || c === 'u')) {
        var davor = i > 0 ? stamm[i - 1] : '';
        if (!(c === 'u' && (davor === 'a' || davor === 'e' || davor === 'q'))) { aus += c; i++; continue; }
      }
      aus += c;
    }
    return aus;
  }

  // ---------------------------------------------------------------------------
  // Compounds in the query: the rules of Zerlegung.swift (fewest parts, linking s/es/n/en/ens;
  // a known front may end in an unknown last part of 4 letters or more that is no mere ending;
  // a known last part has 4 letters or more or is one of KURZE_ENDEN).

  var FUGEN = ['s', 'es', 'n', 'en', 'ens'];
  var ENDUNGEN = {};
  ('ung ungen erin erinnen innen lich liche lichen licher liches keit keiten heit heiten schaft schaften chen ' +
   'isch ische ischen ismus ierung ierungen bar bare baren sam same samen los lose losen ende enden ender endes ' +
   'ern ernde erung erungen igkeit ige igen iger iges ten tet test tete teten nis nisse nissen').split(' ')
    .forEach(function (e) { ENDUNGEN[e] = true; });
  var KURZE_ENDEN = { amt: true, bad: true, bus: true, hof: true, rat: true, tee: true };
  var FUGEN_S_NACH = ['ung', 'heit', 'keit', 'schaft', 'ion', 'taet', 'ling', 'tum', 'ts', 'at'];

  function fugenS(wort, a, b, rest) {
    var teil = wort.slice(a, b);
    for (var i = 0; i < FUGEN_S_NACH.length; i++) {
      var e = FUGEN_S_NACH[i];
      if (teil.length >= e.length && teil.slice(-e.length) === e) return true;
    }
    // (not after a plural in -en: `senioren·stammtisch`)
    if (teil.length >= 4 && teil.slice(-2) === 'en') return false;
    return rest < wort.length && 'aeiouy'.indexOf(wort[rest]) < 0 && wort[rest] !== 's';
  }

  /** The parts of a normalised word (strings), or null. `istTeil(text)` says whether a part is known. */
  function zerlege(wort, istTeil) {
    var n = wort.length;
    if (n < 6 || n > 64 || !/^[a-z]+$/.test(wort)) return null;
    var teileBis = [], vorher = [], sicher = [];
    for (var x = 0; x <= n; x++) { teileBis.push(Infinity); vorher.push(null); sicher.push(false); }
    teileBis[0] = 0;
    for (var a = 0; a < n; a++) {
      if (teileBis[a] === Infinity) continue;
      for (var b = a + 3; b <= n; b++) {
        if (b - a === n) break;
        var letztes = b === n;
        if (letztes && b - a < 4 && !(b - a === 3 && KURZE_ENDEN[wort.slice(a)])) continue;
        if (!istTeil(wort.slice(a, b))) continue;
        var zahl = teileBis[a] + 1;
        if (letztes) {
          if (zahl < teileBis[n]) { teileBis[n] = zahl; vorher[n] = [a, b]; }
        } else {
          if (zahl < teileBis[b]) { teileBis[b] = zahl; vorher[b] = [a, b]; }
          sicher[b] = true;
          for (var f = 0; f < FUGEN.length; f++) {
            var fuge = FUGEN[f];
            if (b + fuge.length >= n) continue;
            var passt = wort.substr(b, fuge.length) === fuge;
            if (passt && zahl < teileBis[b + fuge.length]) { teileBis[b + fuge.length] = zahl; vorher[b + fuge.length] = [a, b]; }
            if (passt && (fuge[0] === 's' || fuge === 'es') && fugenS(wort, a, b, b + fuge.length)) sicher[b + fuge.length] = true;
          }
        }
      }
    }
    var teile = [], i = n;
    if (teileBis[n] === Infinity) {
      var s = n - 4;
      while (s >= 3) {
        if (teileBis[s] !== Infinity && teileBis[s] >= 1 && sicher[s] && !ENDUNGEN[wort.slice(s)] && !ENDUNGEN[wort.slice(s + 1)]) break;
        s--;
      }
      if (s < 3) return null;
      teile.push(wort.slice(s));
      i = s;
    } else if (teileBis[n] < 2) {
      return null;
    }
    while (i > 0) {
      var v = vorher[i];
      teile.push(wort.slice(v[0], v[1]));
      i = v[0];
    }
    return teile.reverse();
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
  /** A typo counts on stems of this many letters or more (`stammTippfehler`). */
  var KURZER_STAMM = 5;
  var ZWEI_TIPPFEHLER_AB = 12;
  /**
   * A query of `MEHRWORT` words or more that only 1 to `WENIGE` − 1 entries match in full also
   * shows those with every word but one, after them (`ergaenzt`; as SuchAntworten.mehrwort).
   */
  var MEHRWORT = 3, WENIGE = 3;

  /**
   * How much a query word counts: a word in more than half of the n documents counts
   * half as much as the others (`Yoga für Senioren`: Yoga decides, not Senioren). Steeper
   * weights by rarity were measured worse for a topic with a Gemeinde (`Demenz Rottersdorf`).
   * As SuchAntworten.gewichtung computes it.
   */
  function gewichtung(df, n) {
    return df * 2 <= n ? 2 : 1;
  }

  /** The document count that stands for a query word: that of its best candidate (the most frequent of those), else of its rarest part. */
  function wortHaeufigkeit(liste, teile) {
    var df = 0, bester = 0;
    for (var i = 0; i < liste.length; i++) {
      var k = liste[i];
      if (k.faktor > bester || (k.faktor === bester && k.eintrag[2] > df)) { bester = k.faktor; df = k.eintrag[2]; }
    }
    if (!liste.length && teile && teile.length) {
      df = teile[0][2];
      for (var j = 1; j < teile.length; j++) df = Math.min(df, teile[j][2]);
    }
    return df;
  }
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

  /**
   * A paragraph of the law as one word, as the word fields know it (the head's `paragraphen`,
   * Wortfelder.swift): `§ 41 SGB XI` → `sgbxi41`, `37 Abs. 3 SGB XI` → `sgbxi37abs3`,
   * `SGB V § 37b` → `sgbv37b`, `45b` alone → `sgbxi45b` (a number with a letter that only one
   * book has), `§ 39` → `sgbxi39` (after §, the book of the Pflegeversicherung when several
   * have it). Takes and gives the query's text; a paragraph the fields do not know stays as written.
   */
  function paragraphen(q, bekannt) {
    if (!bekannt || !bekannt.length || !/[0-9]/.test(q || '')) return q;
    var r = woerter(q), mitZeichen = {}, m, re = /§+\s*([0-9]{1,4}\s?[a-z]?)\b/gi;
    while ((m = re.exec(q))) mitZeichen[m[1].replace(/\s/g, '').toLowerCase()] = true;
    var kennt = {};
    bekannt.forEach(function (p) { kennt[p] = true; });
    function buch(i) {
      if (r[i] === 'bgb') return { b: 'bgb', n: 1 };
      if (r[i] === 'sgb' && BUECHER[r[i + 1]]) return { b: 'sgb' + BUECHER[r[i + 1]], n: 2 };
      var x = /^sgb(xii|xi|ix|v|12|11|9|5)$/.exec(r[i] || '');
      return x ? { b: 'sgb' + BUECHER[x[1]], n: 1 } : null;
    }
    var aus = [], geaendert = false;
    for (var i = 0; i < r.length; i++) {
      var para = r[i];
      if (!/^[0-9]{1,4}[a-z]?$/.test(para)) { aus.push(para); continue; }
      var j = i + 1, absatz = '';
      if ((r[j] === 'abs' || r[j] === 'absatz') && /^[0-9]+$/.test(r[j + 1] || '')) { absatz = r[j + 1]; j += 2; }
      var b = buch(j), vorne = 0;
      if (b) j += b.n;
      else if (i >= 2 && r[i - 2] === 'sgb' && BUECHER[r[i - 1]]) { b = { b: 'sgb' + BUECHER[r[i - 1]] }; vorne = 2; }
      else if (i >= 1 && buch(i - 1)) { b = buch(i - 1); vorne = 1; }
      var wort = null;
      if (b) wort = b.b + para;
      else {
        var buecher = ['sgbxi', 'sgbv', 'sgbxii', 'sgbix', 'bgb'].filter(function (x) { return kennt[x + para]; });
        if (buecher.length === 1 && (/[a-z]$/.test(para) || mitZeichen[para])) wort = buecher[0] + para;
        else if (buecher.length && mitZeichen[para]) wort = buecher[0] + para;
      }
      if (wort && absatz && kennt[wort + 'abs' + absatz]) wort += 'abs' + absatz;
      if (!wort || !kennt[wort]) { aus.push(para); continue; }
      aus.splice(aus.length - vorne, vorne);
      aus.push(wort);
      i = j - 1;
      geaendert = true;
    }
    if (!geaendert) return q;
    return aus.join(' ') + (/[^\p{L}\p{N}\p{M}]$/u.test(q) ? ' ' : '');
  }
  var BUECHER = { xi: 'xi', 11: 'xi', v: 'v', 5: 'v', xii: 'xii', 12: 'xii', ix: 'ix', 9: 'ix' };

  /**
   * Query words that are, one by one, a typo or a sound away from a category's name or search
   * term of several words (the head's `wendungen`, without stop words) are read as it:
   * `Esen auf Redern` is Essen auf Rädern (`esen` is too short to be corrected alone, `Redern`
   * alone is `reden`). Every word of it must be there, in its order, none still being typed,
   * and at least one must differ.
   */
  function wendungen(liste, saetze) {
    if (!saetze || liste.length < 2) return liste;
    for (var s = 0; s < saetze.length; s++) {
      var satz = saetze[s], m = satz.length;
      if (m > liste.length || satz.join('').length < WENDUNG_MINDESTENS) continue;
      for (var i = 0; i + m <= liste.length; i++) {
        var anders = 0, passt = true;
        for (var j = 0; j < m && passt; j++) {
          var w = liste[i + j];
          if (w.praefix) passt = false;
          else if (w.wort !== satz[j]) { anders++; passt = wendungsWort(w.wort, satz[j]); }
        }
        if (passt && anders > 0) {
          var neu = satz.map(function (x) { return { wort: x, stamm: stamm(x), praefix: false }; });
          return liste.slice(0, i).concat(neu, liste.slice(i + m));
        }
      }
    }
    return liste;
  }
  var WENDUNG_MINDESTENS = 8;

  /** A word of a query as a word of a `wendung`: one typo, or the same sound and two. */
  function wendungsWort(wort, soll) {
    if (wort.length < 4 || soll.length < 4) return false;
    return tippfehlerNah(wort, soll, 1) || (klang(wort) === klang(soll) && tippDistanz(wort, soll, 2) <= 2);
  }

  /**
   * A Gemeinde's name of several words written out in the query counts once: the words of
   * the name (two or more in a row, `st. leonhard`, `Sankt Leonhard`) become the one that
   * stands for it (`leonhard`; the head's `orte`, as SuchKombinationen.ortsnamen makes them).
   * Otherwise a title with the place's name ("Nachbarschaftshilfe St. Leonhard") outranks the
   * service the query asks for. A word still being typed is left as it is.
   */
  function ortsnamen(liste, orte) {
    if (!orte || liste.length < 2) return liste;
    function st(w) { return w.stamm === 'sankt' ? 'st' : w.stamm; }
    for (var o = 0; o < orte.length; o++) {
      var steht = orte[o][0], name = orte[o].slice(1);
      for (var i = 0; i + 1 < liste.length; i++) {
        var j = name.indexOf(st(liste[i]));
        if (j < 0) continue;
        var n = 0;
        while (i + n < liste.length && j + n < name.length && !liste[i + n].praefix && st(liste[i + n]) === name[j + n]) n++;
        if (n < 2 || name.slice(j, j + n).indexOf(steht) < 0) continue;
        var wort = liste[i + name.slice(j, j + n).indexOf(steht)];
        return ortsnamen(liste.slice(0, i).concat([{ wort: wort.wort, stamm: steht, praefix: false }], liste.slice(i + n)), orte);
      }
    }
    return liste;
  }

  // ---------------------------------------------------------------------------
  // Days: `heute`, `morgen`, `am Wochenende`, `nächste Woche`, `nächsten Samstag`, `diesen Monat`.
  // The index has the days of every event of the next three months as keys (`t20261122`,
  // Suchwerk.tage); a word for a day stands for the keys of its days, counted from `heute`
  // (the reader's today).

  var WOCHENTAGE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
  var MONATE = ['januar', 'februar', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember'];
  // beside a day they say nothing more (`was ist heute los`, `heute Nachmittag Veranstaltung`)
  var NEBEN_TAG = {};
  ('los passiert unternehmen geboten nachmittag nachmittags vormittag vormittags abend abends mittag mittags ' +
   'termin termine veranstaltung veranstaltungen naechste naechsten naechstes naechster kommende kommenden ' +
   'kommendes kommender dieses diesen diese').split(' ').forEach(function (w) { NEBEN_TAG[w] = true; });

  // words that ask for events without a day (`was ist los`, `was wird geboten`)
  var VERANSTALTUNG_GEFRAGT = { los: true, geboten: true };

  // holidays: [month, day, days] or, around Easter, [days after Easter Sunday, days]
  var FESTE = {
    neujahr: [1, 1, 1], dreikoenig: [1, 6, 1], dreikoenigstag: [1, 6, 1], epiphanias: [1, 6, 1],
    valentinstag: [2, 14, 1], allerheiligen: [11, 1, 1], allerseelen: [11, 2, 1], martini: [11, 11, 1],
    martinstag: [11, 11, 1], nikolaus: [12, 6, 1], nikolaustag: [12, 6, 1], heiligabend: [12, 24, 1],
    weihnachten: [12, 24, 3], weihnachtstag: [12, 25, 2], silvester: [12, 31, 1]
  };
  var OSTERFESTE = {
    weiberfastnacht: [-52, 1], rosenmontag: [-48, 1], faschingsdienstag: [-47, 1], fastnachtsdienstag: [-47, 1],
    aschermittwoch: [-46, 1], gruendonnerstag: [-3, 1], karfreitag: [-2, 1], ostern: [0, 2], ostersonntag: [0, 1],
    ostermontag: [1, 1], himmelfahrt: [39, 1], vatertag: [39, 1], pfingsten: [49, 2], pfingstsonntag: [49, 1],
    pfingstmontag: [50, 1], fronleichnam: [60, 1]
  };

  /** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
  function ostersonntag(j) {
    var a = j % 19, b = Math.floor(j / 100), c = j % 100, d = Math.floor(b / 4), e = b % 4;
    var f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    var i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    var monat = Math.floor((h + l - 7 * m + 114) / 31), tag = ((h + l - 7 * m + 114) % 31) + 1;
    return new Date(j, monat - 1, tag);
  }

  /** The days of a holiday's next time from `heute` on (still today when it is today), or null. */
  function festtag(wort, heute) {
    var fest = FESTE[wort], ostern = OSTERFESTE[wort];
    if (!fest && !ostern) return null;
    for (var j = heute.getFullYear(); j <= heute.getFullYear() + 1; j++) {
      var o = ostern && ostersonntag(j);
      var erster = fest ? new Date(j, fest[0] - 1, fest[1]) : new Date(j, o.getMonth(), o.getDate() + ostern[0]);
      var n = fest ? fest[2] : ostern[1];
      var tage = [];
      for (var t = 0; t < n; t++) tage.push(new Date(erster.getFullYear(), erster.getMonth(), erster.getDate() + t));
      if (tage[n - 1] >= heute) return tage;
    }
    return null;
  }

  function tagSchluessel(d) {
    var m = d.getMonth() + 1, t = d.getDate();
    return 't' + d.getFullYear() + (m < 10 ? '0' : '') + m + (t < 10 ? '0' : '') + t;
  }

  /** `heute` as a Date at midnight: a Date, `YYYY-MM-DD`, or the reader's today. */
  function alsTag(heute) {
    var m = typeof heute === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(heute);
    var d = m ? new Date(+m[1], +m[2] - 1, +m[3]) : heute instanceof Date ? heute : new Date();
    return new Date(d.getFullYear(), d.getMonth(), d.getDate());
  }

  /**
   * The query words with each word for a day as a word with `datum`: the keys of its days (a
   * weekday alone, `Donnerstag`, keeps its own meaning and adds the coming one's key:
   * `datumDazu`); `diesen/nächsten Monat` as the month's name. Where a day is named, the words
   * around it that say nothing more (`los`, `Nachmittag`, `nächste`) are left out.
   */
  function datumsWoerter(liste, heute, q) {
    var tag0 = alsTag(heute);
    function tag(n) { return new Date(tag0.getFullYear(), tag0.getMonth(), tag0.getDate() + n); }
    var naechst = liste.some(function (w) { return /^(naechst|kommend)/.test(w.wort); });
    // (`diese Woche`, `diesen Monat`: not `jede Woche`, `jeden Monat`)
    var dies = /(^|[^a-z])dies(e|en|er|es|em)? (woche|monat)/.test(normalisiere(q || ''));
    var wt = tag0.getDay();
    var aus = [], benannt = false, wochentag = false;
    var sonstWas = liste.some(function (w) {
      return !NEBEN_TAG[w.wort] && !/^(heute|morgen|uebermorgen|wochenende|woche|monat|monats)$/.test(w.wort) &&
        WOCHENTAGE.indexOf(w.wort) < 0;
    });
    liste.forEach(function (w) {
      var tage = null, i = WOCHENTAGE.indexOf(w.wort);
      if (w.praefix) { aus.push(w); return; }
      if (w.wort === 'heute') tage = [tag(0)];
      else if (w.wort === 'morgen') tage = [tag(1)];
      else if (w.wort === 'uebermorgen') tage = [tag(2)];
      else if (w.wort === 'wochenende') {
        var bisSa = (6 - wt + 7) % 7;
        if (wt === 6 && !naechst) tage = [tag(0), tag(1)];
        else if (wt === 0 && !naechst) tage = [tag(0), tag(6), tag(7)];
        else tage = [tag(bisSa || 7), tag((bisSa || 7) + 1)];
      } else if (w.wort === 'woche' && (naechst || dies)) {
        var bisSo = (7 - wt) % 7, von = naechst ? bisSo + 1 : 0, bis = naechst ? bisSo + 7 : bisSo;
        tage = [];
        for (var n = von; n <= bis; n++) tage.push(tag(n));
      } else if ((w.wort === 'monat' || w.wort === 'monats') && (naechst || dies)) {
        var m = MONATE[(tag0.getMonth() + (naechst ? 1 : 0)) % 12];
        aus.push({ wort: m, stamm: stamm(m), praefix: false });
        benannt = true;
        return;
      } else if (festtag(w.wort, tag0)) {
        // a holiday keeps its word (`Weihnachten`: the Weihnachtsfeier) and adds its days
        aus.push(Object.assign({}, w, { datumDazu: festtag(w.wort, tag0).map(tagSchluessel) }));
        wochentag = true;
        return;
      } else if (i >= 0) {
        var d = tag(((i - wt + 7) % 7) || 7);
        if (naechst) tage = [d];
        else { aus.push(Object.assign({}, w, { datumDazu: [tagSchluessel(d)] })); wochentag = true; return; }
      }
      if (!tage) { aus.push(w); return; }
      var schluessel = tage.map(tagSchluessel);
      // beside what is asked for, the weekend is also when a service is open (`Arzt am Wochenende`:
      // the days of its opening hours are words of its entry, SuchMerkmale)
      if (w.wort === 'wochenende' && sonstWas) schluessel = schluessel.concat([stamm(w.wort), 'samstag', 'sonntag']);
      aus.push({ wort: w.wort, stamm: schluessel[0], praefix: false, datum: schluessel });
      benannt = true;
    });
    // `was ist in Köhlerhain los` names no day but asks for events: `termin`, a word of every event
    if (!benannt) {
      return (wochentag ? aus : liste).map(function (w) {
        return VERANSTALTUNG_GEFRAGT[w.wort] ? { wort: 'termin', stamm: 'termin', praefix: false } : w;
      });
    }
    var bleiben = aus.filter(function (w) { return !NEBEN_TAG[w.wort] || w.datum; });
    return bleiben.length ? bleiben : aus;
  }

  /**
   * Two words in a row that together are a key (`Fahr Dienst`, `Kurzzeit Pflege`, `Haus Notruf`),
   * or three (`Pflege Stütz Punkt`, as dictation writes it), are read as that one word, a compound
   * written apart, whose parts are those words (an entry with all of them still matches). Not a word for older people or `Hilfe` (`Senioren Treff`:
   * such a word only ranks), not a word already joined. `istSchluessel` answers without a
   * request (on a split index: the head's frequent keys).
   */
  function zusammen(liste, istSchluessel, zielgruppe) {
    function fuegbar(w) { return !/[0-9]/.test(w.wort) && !(zielgruppe && zielgruppe[w.stamm]); }
    // a compound written apart with an umlaut its key has not (`Günther Ried` → guntherried)
    function alsSchluessel(st) { return istSchluessel(st) ? st : istSchluessel(umlautfrei(st)) ? umlautfrei(st) : null; }
    var aus = [];
    for (var i = 0; i < liste.length; i++) {
      var a = liste[i], b = liste[i + 1], c = liste[i + 2];
      // `Sankt` as dictation writes the `St.` of a place name
      if (a.stamm === 'sankt' && !a.praefix && !istSchluessel('sankt') && istSchluessel('st')) a = { wort: 'st', stamm: 'st', praefix: false };
      if (b && !a.praefix && fuegbar(a) && fuegbar(b)) {
        var wort = a.wort + b.wort, st = alsSchluessel(stamm(wort)) || stamm(wort);
        // with the linking s that these endings take (`Wohnung umbauen` → Wohnungsumbau)
        if (!istSchluessel(st) && /(ung|heit|keit|schaft|ion|taet)$/.test(a.wort)) {
          var mitS = a.wort + 's' + b.wort, stS = alsSchluessel(stamm(mitS));
          if (stS) { wort = mitS; st = stS; }
        }
        if (st !== a.stamm && istSchluessel(st)) {
          aus.push({ wort: wort, stamm: st, praefix: b.praefix, teile: [a.stamm, b.stamm] });
          i++;
          continue;
        }
        // three pieces, as dictation writes a compound (`Pflege Stütz Punkt`)
        if (c && !b.praefix && fuegbar(c)) {
          wort += c.wort;
          st = alsSchluessel(stamm(wort)) || stamm(wort);
          if (istSchluessel(st)) {
            aus.push({ wort: wort, stamm: st, praefix: c.praefix, teile: [a.stamm, b.stamm, c.stamm] });
            i += 2;
            continue;
          }
        }
      }
      aus.push(a);
    }
    return aus;
  }

  /**
   * Which words a document must have: all but the numbers and the words for older people and
   * `Hilfe` (their keys: `zielgruppe`, from the index head), when there are other words (they rank
   * the documents that have them first; `Pflegegrad 2` still finds the advice on care levels
   * that does not name level 2, `Wassergymnastik für Senioren` the Aquafit course that does
   * not say "Senioren"). A number of five digits is a postcode and is needed (`Pflegedienst
   * 84526`: those with that address). `SuchIndex.kombinationenFuer` leaves numbers out of the
   * combinations it answers in advance; `SuchAntworten` answers the words for older people the same way.
   * A day (`datumsWoerter`) beside other words ranks too: `Seniorennachmittag nächste Woche` shows every
   * Seniorennachmittag, those of next week first; `Mutter kommt morgen aus dem Krankenhaus` is no event.
   */
  function pflichtWoerter(woerterListe, zielgruppe) {
    var daneben = woerterListe.map(function (w) {
      return (/^[0-9]+$/.test(w.wort) && !/^[0-9]{5}$/.test(w.wort)) || !!(zielgruppe && zielgruppe[w.stamm]) || !!w.datum;
    });
    var andere = daneben.some(function (z) { return !z; });
    // (beside words for whom only, the day is the condition: `was gibt es morgen für Senioren`)
    var tag = !andere && woerterListe.some(function (w) { return w.datum; });
    return daneben.map(function (z, i) { return !z || (tag ? !!woerterListe[i].datum : !andere); });
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
   * A word cut short before `st…` (`Pflegest`, `Sozialst`) is no form of the stem the stemmer
   * leaves (`pfleg`, `sozial`) when no entry has it as a form and keys begin with it
   * (Pflegestützpunkt, Sozialstation): it stands for those keys. `endetAufSt` is the cheap test.
   */
  function endetAufSt(wort) { return /st$/.test(wort.wort) && wort.stamm.length <= wort.wort.length - 2; }
  function abgeschnitten(eintraege, wort, eintrag) {
    if (!endetAufSt(wort) || formen(eintrag).indexOf(wort.wort) >= 0) return false;
    for (var j = untereGrenze(eintraege, wort.wort); j < eintraege.length && eintraege[j][0].lastIndexOf(wort.wort, 0) === 0; j++) {
      if (!istKombination(eintraege[j])) return true;
    }
    return false;
  }

  /** Whether an entry is a combination (`pfleg kranzberg`), not a key. */
  function istKombination(e) { return e[0].indexOf(' ') >= 0; }

  /**
   * The entries that match a query word, with a factor: the word's stem (4), the stem
   * without umlaut e (3: vortraeg → vortrag), words that begin with it (3: while typing,
   * or when the word itself is unknown), and words one typo away (2, in words of 5 letters
   * or more, only when nothing else matched); with `zweiFehler`, in a long word, two typos
   * when nothing is one away.
   */
  function kandidaten(eintraege, wort, zweiFehler) {
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
    if (i < eintraege.length && eintraege[i][0] === wort.stamm && !abgeschnitten(eintraege, wort, eintraege[i])) nimm(eintraege[i], FAKTOR_GENAU);
    var ohne = umlautfrei(wort.stamm);
    if (ohne !== wort.stamm) {
      var o = untereGrenze(eintraege, ohne);
      if (o < eintraege.length && eintraege[o][0] === ohne) nimm(eintraege[o], FAKTOR_PRAEFIX);
    }
    var fertig = false;
    if (!gefunden.length && !wort.praefix && wort.wort.length >= 4) {
      // a finished word that is no word of the index may still be the start of one
      wort.praefix = true;
      fertig = true;
    }
    if (wort.praefix) {
      var p = wort.wort;
      var praefixe = [];
      for (var j = untereGrenze(eintraege, p); j < eintraege.length && eintraege[j][0].lastIndexOf(p, 0) === 0; j++) {
        if (!istKombination(eintraege[j])) praefixe.push(eintraege[j]);
      }
      // or, without its ending, the first part of compounds (`Ostern`: Osterbrunnen, Ostermontag)
      var ohneEndung = fertig && !praefixe.length && /[^aeiou](en|n|e|s)$/.test(p) ? p.replace(/(en|n|e|s)$/, '') : null;
      if (ohneEndung && ohneEndung.length >= 5) {
        for (var oe = untereGrenze(eintraege, ohneEndung); oe < eintraege.length && eintraege[oe][0].lastIndexOf(ohneEndung, 0) === 0; oe++) {
          if (!istKombination(eintraege[oe]) && eintraege[oe][0].length >= ohneEndung.length + 3) praefixe.push(eintraege[oe]);
        }
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
        if (istKombination(e)) continue;
        var passt = stammTippfehler(wort.stamm, e[0]);
        if (!passt) {
          var alle = formen(e);
          for (var u = 0; u < alle.length && !passt; u++) passt = einTippfehler(wort.wort, alle[u]);
        }
        if (passt) nimm(e, FAKTOR_TIPPFEHLER);
      }
      for (var z = 0; gefunden.length === 0 && zweiFehler && wort.wort.length >= ZWEI_TIPPFEHLER_AB && z < eintraege.length; z++) {
        if (!istKombination(eintraege[z]) && zweiTippfehler(wort.wort, wort.stamm, eintraege[z][0], formen(eintraege[z]))) {
          nimm(eintraege[z], FAKTOR_TIPPFEHLER);
        }
      }
      // written as it sounds (`Fleegedinst`, `Midagstisch`, `Pflechheim`): a form that sounds the
      // same, or one sound apart in a longer word
      // (the word as typed: not what `ersatzFuer` tries in its place)
      if (gefunden.length === 0 && !wort.ersatz) klingtWie(eintraege, wort.wort).forEach(function (e) { nimm(e, FAKTOR_TIPPFEHLER); });
    }
    return gefunden;
  }

  /**
   * The entries with a form that sounds like `wort` (`klang`: the same four sounds or more) and
   * is at most `KLANG_TIPPFEHLER` letters from it: `Fleegedinst` is Pflegedienst, but
   * `Papierkram` no `Programm`. The sounds of the forms are worked out once per list of entries.
   */
  function klingtWie(eintraege, wort) {
    var k = klang(wort);
    if (k.length < KLANG_MINDESTENS) return [];
    if (!eintraege.klaenge) {
      eintraege.klaenge = eintraege.map(function (e) { return istKombination(e) ? [] : formen(e).map(klang); });
    }
    var aus = [];
    for (var i = 0; i < eintraege.length; i++) {
      var ks = eintraege.klaenge[i];
      for (var j = 0; j < ks.length; j++) {
        if (ks[j] === k && tippDistanz(formen(eintraege[i])[j], wort, KLANG_TIPPFEHLER) <= KLANG_TIPPFEHLER) { aus.push(eintraege[i]); break; }
      }
    }
    return aus;
  }
  var KLANG_MINDESTENS = 4, KLANG_TIPPFEHLER = 3;

  // ---------------------------------------------------------------------------
  // The engine

  /**
   * `laden(name)` returns a Promise of the data of index file `name`
   * ("index", "t/3", "p/17", "d/0", "f").
   */
  function Suchmaschine(laden) {
    this.laden = laden;
    this.dateien = {};
    this.treffer = {};
    this.teilTreffer = {};
    this.umlautEintrag = {};
    this.datensaetze = new Map();
    this.bereit = null;
  }

  Suchmaschine.prototype.datei = function (name) {
    var self = this;
    if (!this.dateien[name]) {
      this.dateien[name] = Promise.resolve(this.laden(name)).then(function (daten) {
        if (daten && daten.d) self.merkeDatensaetze(daten.d);
        if (daten && daten.b && name.charAt(0) === 't') self.vokabularDazu(daten.b);
        return daten;
      }, function (fehler) {
        delete self.dateien[name];
        throw fehler;
      });
    }
    return this.dateien[name];
  };

  Suchmaschine.prototype.merkeDatensaetze = function (liste) {
    for (var i = 0; i < liste.length; i++) this.datensaetze.set(liste[i][0], liste[i]);
  };

  Suchmaschine.prototype.start = function () {
    var self = this;
    if (!this.bereit) {
      this.bereit = this.datei('index').then(function (kopf) {
        if (kopf.format !== 2) throw new Error('Unbekanntes Suchindex-Format ' + kopf.format);
        self.kopf = kopf;
        self.anzahl = kopf.anzahl;
        self.stoppwoerter = {};
        kopf.stopp.forEach(function (w) { self.stoppwoerter[w] = true; });
        self.zielgruppe = {};
        (kopf.zielgruppe || []).forEach(function (w) { self.zielgruppe[w] = true; });
        self.gemeindeIndex = {};
        kopf.gemeinden.forEach(function (g, i) { self.gemeindeIndex[g] = i; });
        self.kategorieIndex = {};
        kopf.kategorien.forEach(function (k, i) { self.kategorieIndex[k[0]] = i; });
        self.beste = new Int32Array(self.anzahl);
        self.stempel = new Int32Array(self.anzahl);
        self.summe = new Int32Array(self.anzahl);
        self.zahl = new Int32Array(self.anzahl);
        self.runde = 0;
        if (kopf.dokumente) self.merkeDatensaetze(kopf.dokumente.d);
        if (kopf.facetten) self.facetten = self.leseFacetten(kopf.facetten);
        self.haeufig = kopf.haeufig ? kopf.haeufig.split(' ') : [];
        self.trefferDateien = trefferDateienAus(kopf, self.haeufig);
        self.zielgruppeAnzahl = {};
        (kopf.zielgruppeAnzahl || []).forEach(function (n, i) { self.zielgruppeAnzahl[kopf.zielgruppe[i]] = n; });
        return self;
      });
    }
    return this.bereit;
  };

  /**
   * The keys of a split index whose postings have a file of their own, and its number, as the
   * head names them (`TrefferDatei.Nummern`): a key of `haeufig` marked in the bits `teile.ph`
   * has the file of its position there, the keys of `teile.px` follow.
   */
  function trefferDateienAus(kopf, haeufig) {
    var aus = new Map();
    if (!kopf.teile || typeof kopf.teile.ph !== 'string') return aus;
    var bits = kopf.teile.ph;
    for (var i = 0; i < haeufig.length && i < bits.length * 6; i++) {
      if ((WERT[bits.charCodeAt(Math.floor(i / 6))] >> (i % 6)) & 1) aus.set(haeufig[i], i);
    }
    (kopf.teile.px ? kopf.teile.px.split(' ') : []).forEach(function (k, j) { aus.set(k, haeufig.length + j); });
    return aus;
  }

  /**
   * The candidate of a word of a query computed from postings (several words, a filter) on a
   * split index, when the head knows it without its term shard: a word that only ranks beside
   * others and is in most documents (`Senioren`: left out, `rechneAusTreffern`), or a finished
   * word whose key has a file of postings (that file carries its entry, and is loaded anyway).
   * Null when its term shard is needed.
   */
  Suchmaschine.prototype.direkteKandidaten = function (wort, nurRang) {
    if (!this.kopf.teile || wort.praefix || wort.datum || wort.datumDazu) return null;
    var st = wort.stamm, n = this.zielgruppeAnzahl[st];
    if (nurRang && n >= NUR_RANG_BIS && n * 2 > this.anzahl) {
      return Promise.resolve([{ eintrag: [st, '', n, '', ''], faktor: FAKTOR_GENAU }]);
    }
    var nummer = this.trefferDateien.get(st);
    if (nummer === undefined) return null;
    var self = this;
    return this.datei('p/' + nummer).then(function (d) {
      // (a word that may be cut short before st…: see kandidatenFuer)
      if (!d.e || d.e[0] !== st || (endetAufSt(wort) && formen(d.e).indexOf(wort.wort) < 0)) return self.kandidatenFuer(wort);
      self.vokabularDazu([d.e]);
      return [{ eintrag: d.e, faktor: FAKTOR_GENAU }];
    });
  };

  /** Whether a stem is a key, known without a request: every key of a one-file index, the frequent ones of a split index. */
  Suchmaschine.prototype.istSchluessel = function () {
    if (!this.schluesselMenge) {
      var kopf = this.kopf;
      this.schluesselMenge = kopf.begriffe
        ? function (st) { var b = kopf.begriffe.b, i = untereGrenze(b, st); return i < b.length && b[i][0] === st; }
        : (function (menge) { return function (st) { return menge.has(st); }; })(new Set(this.haeufig));
    }
    return this.schluesselMenge;
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

  /**
   * The sorted entries of every term shard a query word may need. `umlautSpaeter`: the shard
   * of the stem without umlaut e only when the others hold no key the word is or begins
   * (a word cut short while typing: `Vötting` → voettingmoos, not the shard of `votting`).
   */
  Suchmaschine.prototype.eintraegeFuer = function (wort, umlautSpaeter) {
    if (this.kopf.begriffe) return Promise.resolve(this.kopf.begriffe.b);
    var teile = {};
    teile[this.teilFuer(wort.stamm)] = true;
    var von = this.teilFuer(wort.wort);
    teile[von] = true;
    // words that begin with it may continue in the next shard
    var bis = this.teilFuer(wort.wort + '\uffff');
    if (bis > von) teile[von + 1] = true;
    var ohne = this.teilFuer(umlautfrei(wort.stamm));
    var self = this;
    if (umlautSpaeter && !teile[ohne]) {
      return this.eintraegeAus(teile).then(function (liste) {
        var gefunden = kandidaten(liste, Object.assign({}, wort));
        if (gefunden.some(function (k) { return k.faktor >= FAKTOR_PRAEFIX; })) return liste;
        teile[ohne] = true;
        return self.eintraegeAus(teile);
      });
    }
    teile[ohne] = true;
    return this.eintraegeAus(teile);
  };

  /** The entries of term shards `teile` (numbers as keys), in key order. */
  Suchmaschine.prototype.eintraegeAus = function (teile) {
    var self = this;
    var nummern = Object.keys(teile).map(Number).sort(function (x, y) { return x - y; });
    return Promise.all(nummern.map(function (n) { return self.datei('t/' + n); })).then(function (daten) {
      if (daten.length === 1) return daten[0].b;
      var alle = [];
      daten.forEach(function (d) { alle = alle.concat(d.b); });
      return alle;
    });
  };

  /** The entry of a key (or combination), from the loaded index or its term shard; null if there is none. */
  Suchmaschine.prototype.eintrag = function (schluessel) {
    var liste = this.kopf.begriffe ? Promise.resolve(this.kopf.begriffe) : this.datei('t/' + this.teilFuer(schluessel));
    return liste.then(function (d) {
      var i = untereGrenze(d.b, schluessel);
      return i < d.b.length && d.b[i][0] === schluessel ? d.b[i] : null;
    });
  };

  /**
   * Whether a long word may have two typos: not when it is a compound of known words
   * (`Seniorenturnen` is Senioren + Turnen, not Seniorenbüro).
   */
  Suchmaschine.prototype.zweiFehler = function (wort) {
    if (wort.wort.length < ZWEI_TIPPFEHLER_AB) return false;
    var istTeil = this.istTeil(), teile = zerlege(wort.wort, istTeil);
    return !teile || !teile.every(istTeil);
  };

  /**
   * The candidates of a query word. On a sharded index the stem's shard comes first:
   * a finished word that is a key needs no other file. A word with a typo in its first
   * letters is looked for among the frequent keys of the head. A word with a typo stands
   * for the most frequent key one typo away (`korrigiere`).
   */
  Suchmaschine.prototype.kandidatenFuer = function (wort) {
    var self = this;
    if (wort.datum || wort.datumDazu) {
      // a day: the keys of its days that some event has (a weekday alone: its own candidates too)
      var eigene = wort.datum ? Promise.resolve([]) : this.kandidatenFuer(Object.assign({}, wort, { datumDazu: null }));
      return Promise.all([eigene].concat((wort.datum || wort.datumDazu).map(function (k) { return self.eintrag(k); }))).then(function (es) {
        return es[0].concat(es.slice(1).filter(Boolean).map(function (e) { return { eintrag: e, faktor: FAKTOR_GENAU }; }));
      });
    }
    if (this.kopf.begriffe) return Promise.resolve(korrigiere(wort, kandidaten(this.kopf.begriffe.b, wort, this.zweiFehler(wort)), false));
    return this.datei('t/' + this.teilFuer(wort.stamm)).then(function (d) {
      if (!wort.praefix) {
        var i = untereGrenze(d.b, wort.stamm);
        // the umlaut spelling is loaded later, only when the postings are needed
        if (i < d.b.length && d.b[i][0] === wort.stamm) {
          if (!endetAufSt(wort) || formen(d.b[i]).indexOf(wort.wort) >= 0) return [{ eintrag: d.b[i], faktor: FAKTOR_GENAU }];
          // cut short before st…: the likeliest key that begins with it, from its own shard
          return self.datei('t/' + self.teilFuer(wort.wort)).then(function (w) {
            if (!abgeschnitten(w.b, wort, d.b[i])) return [{ eintrag: d.b[i], faktor: FAKTOR_GENAU }];
            var beste = null;
            for (var j = untereGrenze(w.b, wort.wort); j < w.b.length && w.b[j][0].lastIndexOf(wort.wort, 0) === 0; j++) {
              if (!istKombination(w.b[j]) && (!beste || w.b[j][2] > beste[2])) beste = w.b[j];
            }
            wort.stamm = beste[0];
            wort.korrigiert = true;
            return [{ eintrag: beste, faktor: FAKTOR_GENAU }];
          });
        }
      }
      return self.eintraegeFuer(wort).then(function (liste) {
        var gefunden = kandidaten(liste, wort, self.zweiFehler(wort));
        if (gefunden.length || wort.wort.length < 5) return korrigiere(wort, gefunden, true);
        // a typo in the first letters: the key is in another shard
        var nah = self.haeufig.filter(function (k) { return stammTippfehler(wort.stamm, k); }).slice(0, 3);
        if (!nah.length && self.zweiFehler(wort)) nah = self.haeufig.filter(function (k) { return zweiTippfehler(wort.wort, wort.stamm, k, null); }).slice(0, 3);
        return Promise.all(nah.map(function (k) { return self.eintrag(k); })).then(function (es) {
          return korrigiere(wort, es.filter(Boolean).map(function (e) { return { eintrag: e, faktor: FAKTOR_TIPPFEHLER }; }), true);
        });
      });
    });
  };

  /**
   * A word that only matched with a typo stands for the key it most likely means (the one
   * in most documents), as if that had been typed: `Nachbarschaftshilfw` → nachbarschaftshilf.
   * On a sharded index a word that is no key stands for its likeliest key in any case: the
   * umlaut spelling, else the most frequent key that begins with it (`Tagespfl` → tagespfleg),
   * so that the answer kept in the term shard applies; a one-file index searches every prefix.
   */
  function korrigiere(wort, liste, geteilt) {
    if (!liste.length || liste.some(function (k) { return k.faktor === FAKTOR_GENAU; })) return liste;
    var nah = liste.filter(function (k) { return k.faktor === FAKTOR_PRAEFIX; });
    if (nah.length && !geteilt) return liste;
    var beste = nah[0];
    if (!beste) {
      beste = liste[0];
      liste.forEach(function (k) { if (k.eintrag[2] > beste.eintrag[2]) beste = k; });
    }
    wort.stamm = beste.eintrag[0];
    wort.praefix = false;
    wort.korrigiert = true;
    return [{ eintrag: beste.eintrag, faktor: FAKTOR_GENAU }];
  }

  /** Fronts of three letters that begin words (`Mitfahren`, `Ausflug`) without being keys. */
  var VORSILBEN = ['auf', 'aus', 'bei', 'ein', 'her', 'hin', 'mit', 'neu', 'vor', 'weg'];

  /**
   * For a word that matches nothing, a word of the index it most likely contains, so that the
   * search still helps (the answer says that not every word was found): its stem as the start
   * of a key (`Abholung` → abhol…: Abholdienst), else (one-file index) the most frequent key it
   * ends (`Vollmacht` → Vorsorgevollmacht), else the front before a known last part as the
   * start of keys (`Schützenverein` → Schützengesellschaft), else its longest known last part (the part
   * that names the thing), else its longest known first part (`Kaffeeklatsch` → Kaffee); the
   * first of these that matches. A Promise of the word, or of null for a replacement itself
   * and for short or unusual words.
   */
  Suchmaschine.prototype.ersatzFuer = function (w) {
    var self = this, wort = w.wort;
    if (w.ersatz || w.datum || wort.length < 6 || !/^[a-z]+$/.test(wort)) return Promise.resolve(null);
    var versuche = [];
    // a past participle stands for its verb: the same word, not a guess (`form`)
    var verb = infinitiv(wort);
    if (verb) versuche.push({ wort: verb, stamm: stamm(verb), praefix: false, ersatz: true, form: true });
    var st = stamm(wort);
    if (st.length >= 4 && st.length < wort.length) versuche.push({ wort: st, stamm: st, praefix: true, ersatz: true });
    // the last part of a compound whose parts the index does not know alone (`Vollmacht` →
    // vorsorgevollmacht): a one-file index has every key to look through
    if (this.kopf.begriffe && st.length >= 5) {
      var endet = null;
      this.kopf.begriffe.b.forEach(function (e) {
        if (e[0].length >= st.length + 3 && e[0].slice(-st.length) === st && !istKombination(e) && (!endet || e[2] > endet[2])) endet = e;
      });
      if (endet) versuche.push({ wort: endet[0], stamm: endet[0], praefix: false, ersatz: true });
    }
    var istTeil = this.istTeil(), stopp = this.stoppwoerter || {};
    // a compound of a known last part whose front is no word of the index but begins some
    // (`Schützenverein`: Schützengesellschaft, Schützenheim): the front names the thing, the
    // last part (`Verein`) would find every club
    // (a last part of five letters or more, as below; only a front that begins a key of a known
    // part too: `schuetzen|heim`, not Nachbarschaft)
    for (var f = wort.length - 5; f >= 6; f--) {
      var front = wort.slice(0, f);
      if (istTeil(wort.slice(f)) && !istTeil(front) && !istTeil(front.replace(/(s|n|en|es)$/, ''))) {
        versuche.push({ wort: front, stamm: front, praefix: true, ersatz: true, vorderteil: true });
      }
    }
    for (var i = 3; i <= wort.length - 4; i++) {
      var hinten = wort.slice(i);
      // not a cut inside a word: a front of three letters is a word or a prefix (`Hofladen`,
      // `Mitfahren`); an unknown longer one has a vowel and leaves five letters or more
      // (`Schwimmen` is no `immer`, `Krankentransport` no `Sport`); an umlaut written `ae`
      // stays whole unless the front is a word (`Infoecke`; `umhängen` is no `Ängen`, no `Engen`)
      var vorne = wort.slice(0, i);
      var bekannt = istTeil(vorne) || (/(s|n|en|es)$/.test(vorne) && istTeil(vorne.replace(/(s|n)$/, '')));
      if (!bekannt && (i === 3 ? VORSILBEN.indexOf(vorne) < 0 : !/[aeiouy]/.test(vorne) || hinten.length < 5)) continue;
      if (/[aou]$/.test(vorne) && hinten[0] === 'e' && !bekannt) continue;
      if (istTeil(hinten) && !stopp[hinten]) versuche.push({ wort: hinten, stamm: stamm(hinten), praefix: false, ersatz: true });
    }
    for (var l = wort.length - 3; l >= 4; l--) {
      var vorn = wort.slice(0, l);
      // (not a stop word: `Nachbardorf` is no `nach`)
      if (istTeil(vorn) && !stopp[vorn]) versuche.push({ wort: vorn, stamm: stamm(vorn), praefix: false, ersatz: true });
    }
    function probiere(n) {
      if (n >= versuche.length || n >= 8) return Promise.resolve(null);
      var v = versuche[n];
      return self.kandidatenFuer(Object.assign({}, v)).then(function (liste) {
        if (!v.vorderteil) return liste.length ? v : probiere(n + 1);
        liste = liste.filter(function (k) {
          var rest = k.eintrag[0].slice(v.wort.length);
          return rest.length >= 3 && (istTeil(rest) || (rest[0] === 's' && istTeil(rest.slice(1))));
        });
        if (!liste.length) return probiere(n + 1);
        // the rarer of front and last part names the thing (`Schützen…` 2 entries, `Verein` 20;
        // `Nachbar…` every neighbourhood help, `Dorf` few)
        var vorn = dokumenteIn(liste);
        return probiere(n + 1).then(function (sonst) {
          if (!sonst) return v;
          return self.kandidatenFuer(Object.assign({}, sonst)).then(function (l2) { return dokumenteIn(l2) <= vorn ? sonst : v; });
        });
      });
    }
    return probiere(0);
  };

  /** The documents of candidates, at most (their keys' counts added). */
  function dokumenteIn(liste) {
    return liste.reduce(function (n, k) { return n + k.eintrag[2]; }, 0);
  }

  /**
   * The infinitive of a word that looks like a past participle (the stemmer keeps `ge`):
   * `gestürzt` → stuerzen, `gepflegt` → pflegen, `gefahren` → fahren, also after a separable
   * prefix: `eingekauft` → einkaufen, `vorgelesen` → vorlesen. Null for other words; strong
   * verbs that change their vowel (`geholfen`) are not recognised.
   */
  function infinitiv(wort) {
    var m = /^([a-z]{0,5}?)ge([a-z]{3,})(?:t|en)$/.exec(wort);
    return m ? m[1] + m[2] + 'en' : null;
  }

  /** Adds the entry of the umlaut spelling to words matched by their stem (for computing from postings). */
  Suchmaschine.prototype.ohneUmlaute = function (woerterListe, kandidatenListen) {
    var self = this;
    return Promise.all(woerterListe.map(function (w, i) {
      var liste = kandidatenListen[i];
      var genau = umlautFrage(w, liste);
      // (a key with postings of its own has it in their file: `umlautAusDateien`)
      if (!genau || typeof genau.eintrag[3] === 'number') return null;
      return self.eintrag(umlautfrei(w.stamm)).then(function (e) { if (e) liste.push({ eintrag: e, faktor: FAKTOR_PRAEFIX }); });
    }));
  };

  /** The candidate of a word that is a key whose umlaut spelling may be a key too, if not yet a candidate. */
  function umlautFrage(w, liste) {
    var genau = liste.filter(function (k) { return k.faktor === FAKTOR_GENAU && k.eintrag[0] === w.stamm; })[0];
    var ohne = umlautfrei(w.stamm);
    if (!genau || ohne === w.stamm || liste.some(function (k) { return k.eintrag[0] === ohne; })) return null;
    return genau;
  }

  /**
   * The umlaut spellings of keys with postings of their own, from those files (`o`: the
   * entry, with only the postings that can change an answer), once they are loaded.
   */
  Suchmaschine.prototype.umlautAusDateien = function (woerterListe, kandidatenListen) {
    var self = this;
    woerterListe.forEach(function (w, i) {
      var liste = kandidatenListen[i];
      var genau = umlautFrage(w, liste);
      var o = genau && typeof genau.eintrag[3] === 'number' && self.umlautEintrag[genau.eintrag[0]];
      if (o) liste.push({ eintrag: o, faktor: FAKTOR_PRAEFIX });
    });
  };

  /**
   * Known words for splitting a query compound: every key and form of a one-file index;
   * of a sharded one, the frequent keys of the head and the keys and forms of the term
   * shards loaded so far (the word's own shard holds the keys that begin like it).
   */
  Suchmaschine.prototype.istTeil = function () {
    if (!this.vokabular) {
      this.vokabular = new Set(this.haeufig);
      if (this.kopf.begriffe) this.vokabularDazu(this.kopf.begriffe.b);
    }
    var vokabular = this.vokabular;
    return function (teil) { return vokabular.has(teil) || (teil.length >= 4 && vokabular.has(stamm(teil))); };
  };

  Suchmaschine.prototype.vokabularDazu = function (eintraege) {
    if (!this.vokabular) this.vokabular = new Set(this.haeufig || []);
    var v = this.vokabular;
    eintraege.forEach(function (e) {
      if (istKombination(e)) return;
      v.add(e[0]);
      formen(e).forEach(function (f) { v.add(f); });
    });
  };

  /**
   * The parts of a query word that is a compound, as entries: the two words it was joined
   * from (`zusammen`), else from its own entry when it is a key, else split against the known words (`Pflegeberatung` → pflege + beratung, so
   * "Beratung zur Pflege" matches too). Null when it is none or a part is unknown.
   */
  Suchmaschine.prototype.teileFuer = function (wort, liste) {
    var self = this, staemme = null;
    if (wort.datum) return Promise.resolve(null);
    var genau = liste.filter(function (k) { return k.faktor === FAKTOR_GENAU; })[0];
    if (wort.teile) {
      staemme = wort.teile;
    } else if (genau) {
      if (genau.eintrag[4] && typeof genau.eintrag[3] === 'number') return Promise.resolve(new TeileImVoraus(genau.eintrag, this.zielgruppe));
      if (genau.eintrag[4]) staemme = wirksameTeile(genau.eintrag[4].split(' '), this.zielgruppe);
    } else {
      var teile = zerlege(wort.wort, this.istTeil());
      if (teile) staemme = wirksameTeile(teile.map(stamm), this.zielgruppe);
    }
    if (!staemme) return Promise.resolve(null);
    return Promise.all(staemme.map(function (st) { return self.eintrag(st); })).then(function (es) {
      return es.every(Boolean) ? es : null;
    });
  };

  /**
   * The parts of a compound whose documents its query word also matches, or null: two parts
   * or more; without a part for older people when others remain, as it only says who it is
   * for (`Seniorenturnen` is Turnen). As `SuchAntworten.wirksameTeile`.
   */
  function wirksameTeile(staemme, zielgruppe) {
    if (staemme.length < 2) return null;
    var sache = staemme.filter(function (st) { return !(zielgruppe && zielgruppe[st]); });
    return sache.length && sache.length < staemme.length ? sache : staemme;
  }

  /**
   * The parts of a compound key whose postings are in a file of their own: that file also has
   * the documents with all its parts (`teilTrefferAus`, computed at build time as `alleTeile`
   * computes them), so the parts' entries and postings are not loaded.
   */
  function TeileImVoraus(eintrag, zielgruppe) {
    this.eintrag = eintrag;
    this.staemme = wirksameTeile(eintrag[4].split(' '), zielgruppe) || [];
  }

  /**
   * The documents with all parts of a compound key, scored as `alleTeile` scores them: those of
   * the key's own postings `p` that have a weight in `u` (`.` where one lacks a part), and
   * the other postings `x`, in document order.
   */
  function teilTrefferAus(p, u, x) {
    var ids = [], gewichte = [], j = 0;
    for (var i = 0; i < p[0].length; i++) {
      while (j < x[0].length && x[0][j] < p[0][i]) { ids.push(x[0][j]); gewichte.push(x[1][j] * 2); j++; }
      var g = WERT[u.charCodeAt(i)];
      if (g >= 0) { ids.push(p[0][i]); gewichte.push(g * 2); }
    }
    for (; j < x[0].length; j++) { ids.push(x[0][j]); gewichte.push(x[1][j] * 2); }
    return [ids, gewichte];
  }

  /** The keys of a word's parts (for highlighting). */
  function teilSchluessel(teile) {
    if (!teile) return [];
    return teile instanceof TeileImVoraus ? teile.staemme : teile.map(function (e) { return e[0]; });
  }

  /** Loads the postings of entries that keep them in a file of their own. */
  Suchmaschine.prototype.trefferLaden = function (kandidatenListen, teileListen) {
    var self = this, laden = [];
    kandidatenListen.concat(teileListen || []).forEach(function (liste) {
      if (liste instanceof TeileImVoraus) return; // in the file of its key, which is a candidate
      (liste || []).forEach(function (k) {
        var e = k.eintrag || k;
        if (typeof e[3] === 'number' && !self.treffer[e[0]]) {
          laden.push(self.datei('p/' + e[3]).then(function (d) {
            self.treffer[e[0]] = dekodiereTreffer(d.p);
            if (d.u !== undefined) self.teilTreffer[e[0]] = teilTrefferAus(self.treffer[e[0]], d.u, dekodiereTreffer(d.x));
            if (d.o) {
              // (its own postings, not those of the key `d.o[0]`: not kept under that key)
              d.o.treffer = dekodiereTreffer(d.o[3]);
              self.umlautEintrag[e[0]] = d.o;
            }
          }));
        }
      });
    });
    return Promise.all(laden);
  };

  Suchmaschine.prototype.trefferVon = function (eintrag) {
    if (eintrag.treffer) return eintrag.treffer;
    var t = this.treffer[eintrag[0]];
    if (!t) {
      t = dekodiereTreffer(eintrag[3]);
      this.treffer[eintrag[0]] = t;
    }
    return t;
  };

  /** Fills `ziel` from runs "length, value, length, value …" (`SuchFacetten.laeufe`). */
  function ausLaeufen(text, ziel) {
    var laeufe = dekodiereZahlen(text);
    var d = 0;
    for (var i = 0; i + 1 < laeufe.length; i += 2) {
      for (var j = 0; j < laeufe[i]; j++) ziel[d++] = laeufe[i + 1];
    }
  }

  Suchmaschine.prototype.leseFacetten = function (f) {
    var n = this.anzahl;
    var docG = new Int32Array(n), docK = new Int32Array(n);
    ausLaeufen(f.gr, docG);
    ausLaeufen(f.kr, docK);
    return {
      gemeinden: f.g.map(function (s) { return s === -1 ? null : s; }),
      kategorien: f.k,
      docG: docG,
      docK: docK
    };
  };

  Suchmaschine.prototype.facettenLaden = function () {
    var self = this;
    if (this.facetten) return Promise.resolve(this.facetten);
    return this.datei('f').then(function (f) {
      if (!self.facetten) self.facetten = self.leseFacetten(f);
      return self.facetten;
    });
  };

  /** Counts without a query or filter. */
  Suchmaschine.prototype.summen = function () {
    var kopf = this.kopf, z = { gemeinden: {}, kategorien: {} };
    kopf.gemeinden.forEach(function (g, i) { z.gemeinden[g] = kopf.summen.g[i]; });
    kopf.kategorien.forEach(function (k, i) { z.kategorien[k[0]] = kopf.summen.k[i]; });
    return z;
  };

  /**
   * The answer a term shard keeps for a key or combination: the first page, the number
   * of results and the counts per Gemeinde and category.
   */
  Suchmaschine.prototype.antwortVon = function (eintrag, woerter) {
    var kopf = this.kopf, zahlen = dekodiereZahlen(eintrag[6]);
    var z = { gemeinden: {}, kategorien: {} };
    var anzahl = zahlen[0], ueberall = zahlen[1], i = 3, g = -1;
    kopf.gemeinden.forEach(function (id) { z.gemeinden[id] = ueberall; });
    kopf.kategorien.forEach(function (k) { z.kategorien[k[0]] = 0; });
    for (var n = 0; n < zahlen[2]; n++, i += 2) {
      g += zahlen[i] + 1;
      z.gemeinden[kopf.gemeinden[g]] += zahlen[i + 1];
    }
    var nk = zahlen[i++];
    for (var m = 0; m < nk; m++, i += 2) z.kategorien[kopf.kategorien[zahlen[i]][0]] = zahlen[i + 1];
    var ids = dekodiereZahlen(eintrag[5]);
    return {
      ids: ids, anzahl: anzahl, vollstaendig: ids.length >= anzahl, teilweise: false, ergaenzt: eintrag[1] === '+',
      woerter: woerter, zaehler: z
    };
  };

  /** Counts per Gemeinde and category of a list of documents (the facets are loaded). */
  Suchmaschine.prototype.zaehle = function (ids) {
    var f = this.facetten, kopf = this.kopf;
    var zg = new Int32Array(kopf.gemeinden.length), zk = new Int32Array(kopf.kategorien.length), ueberall = 0;
    for (var i = 0; i < ids.length; i++) {
      var menge = f.gemeinden[f.docG[ids[i]]];
      if (menge === null) ueberall++; else for (var j = 0; j < menge.length; j++) zg[menge[j]]++;
      var km = f.kategorien[f.docK[ids[i]]];
      for (var k = 0; k < km.length; k++) zk[km[k]]++;
    }
    var z = { gemeinden: {}, kategorien: {} };
    kopf.gemeinden.forEach(function (g, n) { z.gemeinden[g] = zg[n] + ueberall; });
    kopf.kategorien.forEach(function (kat, n) { z.kategorien[kat[0]] = zk[n]; });
    return z;
  };

  /**
   * Runs a query: {q, gemeinde, kategorie, offen, alle}. Resolves to
   * {ids, anzahl, vollstaendig, teilweise, ergaenzt, woerter, zaehler: {gemeinden: {id: n}, kategorien: {id: n}}}.
   * When the counts need a file that is not loaded yet, `zaehler` is null and
   * `zaehlen()` loads it and resolves to them.
   *
   * `ids` are ranked. For a one-word query on a sharded index they may be only the
   * first page (`vollstaendig` false): that needs nothing but the word's term shard.
   * `alle: true` asks for every id.
   */
  Suchmaschine.prototype.suche = function (anfrage) {
    var self = this;
    return this.start().then(function () {
      var kopf = self.kopf;
      var woerterListe = anfrage.woerterListe ||
        datumsWoerter(ortsnamen(zusammen(ortsnamen(wendungen(anfrageWoerter(paragraphen(anfrage.q, kopf.paragraphen), self.stoppwoerter, anfrage.offen), kopf.wendungen), kopf.orte), self.istSchluessel(), self.zielgruppe), kopf.orte), anfrage.heute, anfrage.q);
      var hatFilter = !!(anfrage.gemeinde || anfrage.kategorie);
      if (!woerterListe.length && !hatFilter) {
        return { ids: [], anzahl: 0, vollstaendig: true, teilweise: false, woerter: [], zaehler: self.summen() };
      }
      if (kopf.teile && anfrage.offen !== false && woerterListe.some(function (w) { return w.praefix; })) {
        return self.vervollstaendige(woerterListe).then(function () {
          return self.suche(Object.assign({}, anfrage, { offen: false, woerterListe: woerterListe }));
        });
      }
      return self.kombiniert(anfrage, woerterListe, hatFilter).then(function (antwort) {
        return antwort || self.ohneNebenwoerter(anfrage, woerterListe, hatFilter);
      }).then(function (antwort) {
        return antwort || self.sucheWoerter(anfrage, woerterListe, hatFilter);
      });
    });
  };

  /**
   * On a split index, a query whose words that only rank (`pflichtWoerter`: for older people,
   * `Hilfe`, small numbers) stand beside words the index answers in advance (one key, or a
   * combination) gets that answer: `Computer Kurs für Senioren` the answer of `computer kurs`,
   * in one request instead of the postings of every word and the records of the first page
   * (at 100 000 services up to 15 requests). The words that only rank then do not rank;
   * the results are the same.
   */
  Suchmaschine.prototype.ohneNebenwoerter = function (anfrage, woerterListe, hatFilter) {
    if (!this.kopf.teile || hatFilter || anfrage.alle || woerterListe.length < 2) return Promise.resolve(null);
    var pflicht = pflichtWoerter(woerterListe, this.zielgruppe);
    var kern = woerterListe.filter(function (w, i) { return pflicht[i]; });
    if (kern.length === woerterListe.length || kern.some(function (w) { return w.praefix; })) return Promise.resolve(null);
    var self = this;
    var staemme = kern.map(function (w) { return w.stamm; }).sort();
    if (staemme.length > 1 && !this.kombinationMoeglich(staemme)) return Promise.resolve(null);
    return this.eintrag(staemme.join(' ')).then(function (e) {
      if (!e || (kern.length === 1 && kern[0].teile)) return null;
      var a = self.antwortVon(e, einfacheWoerter(woerterListe));
      a.teilweise = !!anfrage.teilweise;
      return a;
    });
  };

  /**
   * Whether a split index may keep a combination of these stems: each is a key the head names
   * (`haeufig`, `kombi`, `orte`) or has three letters or fewer (the keys of every combination
   * are among them). Else the combination's term shard is not loaded in vain.
   */
  Suchmaschine.prototype.kombinationMoeglich = function (staemme) {
    var kopf = this.kopf;
    if (typeof kopf.kombi !== 'string') return true;
    if (!this.kombiSchluessel) {
      var menge = new Set(this.haeufig);
      if (kopf.kombi) kopf.kombi.split(' ').forEach(function (k) { menge.add(k); });
      (kopf.orte || []).forEach(function (o) { o.forEach(function (k) { menge.add(k); }); });
      this.kombiSchluessel = menge;
    }
    var m = this.kombiSchluessel;
    return staemme.every(function (st) { return st.length <= 3 || m.has(st); });
  };

  /** The answer a sharded index keeps for these words together (`pfleg kranzberg`), or null. */
  Suchmaschine.prototype.kombiniert = function (anfrage, woerterListe, hatFilter) {
    var staemme = woerterListe.map(function (w) { return w.stamm; });
    var moeglich = this.kopf.teile && !hatFilter && !anfrage.alle && woerterListe.length > 1 &&
      woerterListe.every(function (w) { return !w.praefix; }) &&
      staemme.every(function (st, i) { return staemme.indexOf(st) === i; }) && this.kombinationMoeglich(staemme);
    if (!moeglich) return Promise.resolve(null);
    var self = this;
    return this.eintrag(staemme.slice().sort().join(' ')).then(function (k) {
      if (!k) return null;
      var a = self.antwortVon(k, einfacheWoerter(woerterListe));
      a.teilweise = !!anfrage.teilweise;
      return a;
    });
  };

  /**
   * While typing on a sharded index, a word cut short stands for its likeliest key: the word
   * itself when it is a key, else the most frequent key that begins with it (`pfl` → `pfleg`).
   * Its answer is in one term shard; the full prefix search would load the postings of up
   * to 60 keys. (A one-file index searches every prefix.)
   */
  Suchmaschine.prototype.vervollstaendige = function (woerterListe) {
    var self = this;
    return Promise.all(woerterListe.map(function (w) {
      if (!w.praefix) return null;
      return self.eintraegeFuer(w, true).then(function (liste) {
        var gefunden = kandidaten(liste, { wort: w.wort, stamm: w.stamm, praefix: true });
        if (gefunden.length && gefunden[0].faktor >= FAKTOR_PRAEFIX) {
          w.stamm = gefunden[0].eintrag[0];
          w.praefix = false;
        }
      });
    }));
  };

  Suchmaschine.prototype.sucheWoerter = function (anfrage, woerterListe, hatFilter) {
    var self = this, kopf = this.kopf;
    var vorher = woerterListe.map(function (w) { return w.stamm; }).join(' ');
    // One finished word that is a key: the term shard keeps its answer, nothing else to load.
    var einWort = kopf.teile && woerterListe.length === 1 && !hatFilter && !anfrage.alle;
    var nurRang = pflichtWoerter(woerterListe, this.zielgruppe).map(function (p) { return !p; });
    return this.erstUnbekannte(anfrage, woerterListe, einWort).then(function (vorab) {
      // a word the index corrected or completed: the combination it makes is looked up first
      if (vorab && woerterListe.map(function (w) { return w.stamm; }).join(' ') !== vorher) {
        return self.suche(Object.assign({}, anfrage, { offen: false, woerterListe: woerterListe, neu: true }));
      }
      return self.sucheMitKandidaten(anfrage, woerterListe, hatFilter, einWort, vorher, nurRang, vorab);
    });
  };

  /**
   * On a split index, a query of several words of which one is no key the head knows (`Vötting`)
   * resolves that word first, in its term shard: corrected or completed (`voettingmoos`), it
   * may make a combination the index answers in advance (`kurzzeitpfleg voettingmoos`), and
   * then the postings file of the other words is not loaded in vain. Null when no word waits so
   * (else the candidates of each word, null for those not looked up yet).
   */
  Suchmaschine.prototype.erstUnbekannte = function (anfrage, woerterListe, einWort) {
    if (einWort || !this.kopf.teile || anfrage.neu || anfrage.alle || woerterListe.length < 2 ||
        woerterListe.some(function (w) { return w.praefix; })) return Promise.resolve(null);
    var istSchluessel = this.istSchluessel(), self = this;
    var unbekannt = woerterListe.map(function (w) {
      return !w.datum && !w.datumDazu && !istSchluessel(w.stamm) && !self.trefferDateien.has(w.stamm);
    });
    if (!unbekannt.some(Boolean) || unbekannt.every(Boolean)) return Promise.resolve(null);
    // (only when the words the head knows may make a combination with another word)
    var bekannt = woerterListe.filter(function (w, i) { return !unbekannt[i]; }).map(function (w) { return w.stamm; });
    if (!this.kombinationMoeglich(bekannt)) return Promise.resolve(null);
    return Promise.all(woerterListe.map(function (w, i) { return unbekannt[i] ? self.kandidatenFuer(w) : null; }));
  };

  Suchmaschine.prototype.sucheMitKandidaten = function (anfrage, woerterListe, hatFilter, einWort, vorher, nurRang, vorab) {
    var self = this, kopf = this.kopf;
    return Promise.all(woerterListe.map(function (w, i) {
      if (vorab && vorab[i]) return vorab[i];
      return (!einWort && self.direkteKandidaten(w, nurRang[i])) || self.kandidatenFuer(w);
    })).then(function (kandidatenListen) {
      var genau = einWort && !woerterListe[0].praefix && !woerterListe[0].datumDazu && kandidatenListen[0].length <= (woerterListe[0].datum ? 1 : Infinity) &&
        kandidatenListen[0].filter(function (k) { return k.faktor === FAKTOR_GENAU; })[0];
      if (genau) {
        var w = ergebnisWoerter(woerterListe, kandidatenListen, null);
        if (genau.eintrag[4]) w[0].schluessel = w[0].schluessel.concat(genau.eintrag[4].split(' '));
        var a = self.antwortVon(genau.eintrag, w);
        a.teilweise = !!anfrage.teilweise;
        return a;
      }
      // A corrected or completed word may make a combination the index keeps.
      if (kopf.teile && woerterListe.map(function (w) { return w.stamm; }).join(' ') !== vorher && !anfrage.neu) {
        return self.suche(Object.assign({}, anfrage, { offen: false, woerterListe: woerterListe, neu: true }));
      }
      // Words that are no key may be compounds of keys (Pflegeberatung: "Beratung zur Pflege").
      return Promise.all(woerterListe.map(function (w, i) {
        return kandidatenListen[i].some(function (k) { return k.faktor === FAKTOR_GENAU; }) ? null : self.teileFuer(w, kandidatenListen[i]);
      })).then(function (teileListen) {
        // A word that matches nothing stands for a word of the index it contains (`ersatzFuer`),
        // else it is left out (the answer says that not every word was found).
        return Promise.all(woerterListe.map(function (w, i) {
          return kandidatenListen[i].length || teileListen[i] ? w : self.ersatzFuer(w);
        })).then(function (ersetzt) {
          var bleiben = ersetzt.filter(Boolean);
          var geaendert = ersetzt.some(function (w, i) { return w !== woerterListe[i]; });
          // (a participle read as its verb is the word itself: the answer is not partial; nor is it
          // when a word that only ranks is left out: `Fahrdienst für meine Mutter`)
          var pflicht = pflichtWoerter(woerterListe, self.zielgruppe);
          var geraten = ersetzt.some(function (w, i) { return w !== woerterListe[i] && !(w && w.form) && pflicht[i]; });
          if (bleiben.length && geaendert) {
            return self.suche(Object.assign({}, anfrage, { offen: false, woerterListe: bleiben, teilweise: !!anfrage.teilweise || geraten }));
          }
          return self.rechneAusTreffern(anfrage, woerterListe, kandidatenListen, teileListen, einWort, hatFilter);
        });
      });
    });
  };

  /** `sucheWoerter` once every word matches something: from the postings (or a key's answer). */
  Suchmaschine.prototype.rechneAusTreffern = function (anfrage, woerterListe, kandidatenListen, teileListen, einWort, hatFilter) {
    var self = this;
    var einBegriff = null;
    if (einWort && kandidatenListen[0].length === 1 && !teileListen[0]) {
      // one other key (a word cut short) that has no parts and no umlaut spelling: its answer is its postings
      var e = kandidatenListen[0][0].eintrag;
      if (!e[4] && umlautfrei(e[0]) === e[0]) einBegriff = e;
    }
    if (einBegriff) return self.antwortVon(einBegriff, ergebnisWoerter(woerterListe, kandidatenListen, teileListen));
    // A word that only ranks beside others (`Computer Kurs für Senioren`) and is in thousands of
    // documents, more than half of them, says little about them: its postings (37 KB for `senior`
    // at 100 000 services, in a file of their own) are left out, in a one-file index as in a split one.
    var pflicht = pflichtWoerter(woerterListe, self.zielgruppe), n = self.anzahl;
    if (pflicht.some(Boolean)) {
      kandidatenListen = kandidatenListen.map(function (liste, i) {
        return pflicht[i] ? liste : liste.filter(function (k) { return k.eintrag[2] < NUR_RANG_BIS || k.eintrag[2] * 2 <= n; });
      });
    }
    // From the postings: the parts of keys that are compounds, the umlaut spellings, then the files.
    return Promise.all(woerterListe.map(function (w, i) {
      return teileListen[i] ? teileListen[i] : self.teileFuer(w, kandidatenListen[i]);
    })).then(function (alleTeile) {
      teileListen = alleTeile;
      return self.ohneUmlaute(woerterListe, kandidatenListen);
    }).then(function () {
      var laden = [self.trefferLaden(kandidatenListen, teileListen)];
      if (hatFilter) laden.push(self.facettenLaden());
      return Promise.all(laden);
    }).then(function () {
      self.umlautAusDateien(woerterListe, kandidatenListen);
      var ergebnis = self.rechne(anfrage, woerterListe, kandidatenListen, teileListen);
      // no document has every part of a compound (Apothekenlieferdienst): its parts as words of their own
      if (!ergebnis.anzahl && !anfrage.zerlegt && teileListen.some(Boolean)) {
        var teilWoerter = [];
        woerterListe.forEach(function (w, i) {
          if (!teileListen[i] || kandidatenListen[i].length) { teilWoerter.push(w); return; }
          teileListen[i].forEach(function (e) { teilWoerter.push({ wort: e[0], stamm: e[0], praefix: false, ersatz: true }); });
        });
        if (teilWoerter.length > woerterListe.length) {
          return self.suche(Object.assign({}, anfrage, { offen: false, woerterListe: teilWoerter, teilweise: true, zerlegt: true }));
        }
      }
      if (anfrage.teilweise && ergebnis.anzahl) ergebnis.teilweise = true;
      if (!ergebnis.zaehler) {
        ergebnis.zaehlen = function () {
          return self.facettenLaden().then(function () { return self.zaehle(ergebnis.ids); });
        };
      }
      return ergebnis;
    });
  };

  var NUR_RANG_BIS = 2000;

  /** Query words for highlighting when their entries were not loaded (a combination's answer). */
  function einfacheWoerter(woerterListe) {
    return woerterListe.map(function (w) {
      return { wort: w.wort, stamm: w.stamm, praefix: false, schluessel: [w.stamm, umlautfrei(w.stamm)], formen: [] };
    });
  }

  function ergebnisWoerter(woerterListe, kandidatenListen, teileListen) {
    return woerterListe.map(function (w, i) {
      var liste = kandidatenListen[i];
      return {
        wort: w.wort, stamm: w.stamm, praefix: w.praefix,
        schluessel: liste.map(function (k) { return k.eintrag[0]; }).concat(teilSchluessel(teileListen && teileListen[i])),
        formen: [].concat.apply([], liste.map(function (k) { return formen(k.eintrag); }))
      };
    });
  }

  /** The synchronous part of `suche`, once every file it needs is loaded. */
  Suchmaschine.prototype.rechne = function (anfrage, woerterListe, kandidatenListen, teileListen) {
    var n = this.anzahl;
    var f = this.facetten;
    var gFilter = anfrage.gemeinde ? this.gemeindeIndex[anfrage.gemeinde] : undefined;
    var kFilter = anfrage.kategorie ? this.kategorieIndex[anfrage.kategorie] : undefined;
    if (anfrage.gemeinde && gFilter === undefined) gFilter = -2;
    if (anfrage.kategorie && kFilter === undefined) kFilter = -2;
    var gPasst = f ? mengenFilter(f.gemeinden, gFilter) : null;
    var kPasst = f ? mengenFilter(f.kategorien, kFilter) : null;

    var kandidatenDocs = null;
    var teilweise = false, ergaenzt = false;
    var summe = this.summe, zahl = this.zahl, beste = this.beste, stempelFeld = this.stempel;
    if (woerterListe.length) {
      var pflicht = pflichtWoerter(woerterListe, this.zielgruppe);
      this.runde += 1;
      var basisStempel = this.runde * 64;
      var beruehrt = [];
      for (var w = 0; w < woerterListe.length; w++) {
        var liste = kandidatenListen[w];
        var teile = teileListen && teileListen[w];
        var stempel = basisStempel + 1 + Math.min(w, 60);
        var g = gewichtung(wortHaeufigkeit(liste, teile), n);
        // a number beside other words ranks, it does not filter (`Pflegegrad 2`, `Senioren 60+`)
        var zaehlt = pflicht[w] ? 1 : 0;
        for (var k = 0; k < liste.length; k++) {
          var t = this.trefferVon(liste[k].eintrag);
          var ids = t[0], gewichte = t[1], faktor = liste[k].faktor * g;
          for (var p = 0; p < ids.length; p++) {
            var d = ids[p], s = gewichte[p] * faktor;
            if (stempelFeld[d] !== stempel) {
              if (stempelFeld[d] < basisStempel) { summe[d] = 0; zahl[d] = 0; beruehrt.push(d); }
              stempelFeld[d] = stempel;
              beste[d] = s;
              summe[d] += s;
              zahl[d] += zaehlt;
            } else if (s > beste[d]) {
              summe[d] += s - beste[d];
              beste[d] = s;
            }
          }
        }
        // a compound: documents with all its parts score in addition (Pflegeberatung: "Beratung zur Pflege")
        if (teile) {
          var alle = teile instanceof TeileImVoraus ? this.teilTreffer[teile.eintrag[0]] || [[], []]
            : alleTeile(teile.map(this.trefferVon, this));
          for (var q = 0; q < alle[0].length; q++) {
            var dt = alle[0][q];
            if (stempelFeld[dt] !== stempel) {
              if (stempelFeld[dt] < basisStempel) { summe[dt] = 0; zahl[dt] = 0; beruehrt.push(dt); }
              stempelFeld[dt] = stempel;
              beste[dt] = 0;
              zahl[dt] += zaehlt;
            }
            summe[dt] += alle[1][q] * g;
          }
          // a compound no entry has (`Tanznachmittag`) whose parts some entries have: also the
          // entries with its rarest part (the Tanztee), at half its weight (when no entry has
          // every part, `rechneAusTreffern` searches the parts as words of their own)
          if (!liste.length && alle[0].length) {
            var seltenster = teile.reduce(function (a, b) { return b[2] < a[2] ? b : a; });
            var tt = this.trefferVon(seltenster);
            for (var r = 0; r < tt[0].length; r++) {
              var dr = tt[0][r];
              if (stempelFeld[dr] === stempel) continue;
              if (stempelFeld[dr] < basisStempel) { summe[dr] = 0; zahl[dr] = 0; beruehrt.push(dr); }
              stempelFeld[dr] = stempel;
              beste[dr] = 0;
              zahl[dr] += zaehlt;
              summe[dr] += (tt[1][r] >> 1) * g;
            }
          }
        }
      }
      var alleWoerter = pflicht.filter(Boolean).length;
      kandidatenDocs = beruehrt.filter(function (d) { return zahl[d] === alleWoerter; });
      if (kandidatenDocs.length === 0 && alleWoerter > 1) {
        kandidatenDocs = beruehrt;
        teilweise = beruehrt.length > 0;
      } else if (alleWoerter >= MEHRWORT && kandidatenDocs.length < WENIGE) {
        // a sentence (`wer bringt Essen nach Hause`) that few entries match in full: after
        // them come those with every word but one (as SuchAntworten.antwort)
        var fast = beruehrt.filter(function (d) { return zahl[d] >= alleWoerter - 1; });
        if (fast.length > kandidatenDocs.length) { kandidatenDocs = fast; ergaenzt = true; }
      }
    }

    var kopf = this.kopf;
    var zaehlerG = new Int32Array(kopf.gemeinden.length);
    var zaehlerK = new Int32Array(kopf.kategorien.length);
    var ueberall = 0;
    var ergebnisIds = [];
    function pruefe(d) {
      if (!f) { ergebnisIds.push(d); return; }
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
      if (g && kk) ergebnisIds.push(d);
    }
    if (kandidatenDocs) {
      for (var i = 0; i < kandidatenDocs.length; i++) pruefe(kandidatenDocs[i]);
      ergebnisIds.sort(function (a, b) {
        return (zahl[b] - zahl[a]) || (summe[b] - summe[a]) || (a - b);
      });
    } else {
      for (var d2 = 0; d2 < n; d2++) pruefe(d2);
    }
    var zaehler = null;
    if (f) {
      zaehler = { gemeinden: {}, kategorien: {} };
      kopf.gemeinden.forEach(function (g, i) { zaehler.gemeinden[g] = zaehlerG[i] + ueberall; });
      kopf.kategorien.forEach(function (k, i) { zaehler.kategorien[k[0]] = zaehlerK[i]; });
    }
    return {
      ids: ergebnisIds,
      anzahl: ergebnisIds.length,
      vollstaendig: true,
      teilweise: teilweise,
      ergaenzt: ergaenzt,
      woerter: ergebnisWoerter(woerterListe, kandidatenListen, teileListen),
      zaehler: zaehler
    };
  };

  /** Documents in every posting list, with (sum of weights ÷ lists, rounded down) × 2 (as SuchAntworten.alleTeile). */
  function alleTeile(listen) {
    var ordnung = listen.slice().sort(function (a, b) { return a[0].length - b[0].length; });
    var docs = Array.from(ordnung[0][0]), summen = Array.from(ordnung[0][1]);
    for (var l = 1; l < ordnung.length && docs.length; l++) {
      var ids = ordnung[l][0], gewichte = ordnung[l][1], j = 0, neuD = [], neuS = [];
      for (var i = 0; i < docs.length; i++) {
        while (j < ids.length && ids[j] < docs[i]) j++;
        if (j < ids.length && ids[j] === docs[i]) { neuD.push(docs[i]); neuS.push(summen[i] + gewichte[j]); }
      }
      docs = neuD; summen = neuS;
    }
    var n = listen.length;
    return [docs, summen.map(function (s) { return Math.floor(s / n) * 2; })];
  }

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
   * {id, url, titel, ort, kategorien: [names], kurz, termin: bool, wann: an event's date or '',
   *  telefon: the first phone number or ''}.
   */
  Suchmaschine.prototype.dokumente = function (ids) {
    var self = this;
    return this.start().then(function () {
      var kopf = self.kopf;
      var teile = {};
      ids.forEach(function (id) {
        if (!self.datensaetze.has(id) && kopf.teile) teile[Math.floor(id / kopf.teile.d)] = true;
      });
      return Promise.all(Object.keys(teile).map(function (t) { return self.datei('d/' + t); })).then(function () {
        return ids.map(function (id) {
          var r = self.datensaetze.get(id);
          return {
            id: id, url: r[1], titel: r[2], ort: r[3],
            kategorien: r[4].map(function (k) { return kopf.kategorien[k][1]; }),
            kurz: r[5], termin: r[6] === 1, wann: r[7] || '', telefon: r[8] || ''
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
        if (k.length >= 4 && w.indexOf(k) >= 0) return true; // compound parts
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------
  // Address: the query lives in ?q=&gemeinde=&kategorie=

  function leseAdresse(suche) {
    var p = new URLSearchParams(suche || '');
    return { q: p.get('q') || '', gemeinde: p.get('gemeinde') || '', kategorie: p.get('kategorie') || '' };
  }

  function schreibeAdresse(zustand) {
    var p = new URLSearchParams();
    if (zustand.q) p.set('q', zustand.q);
    if (zustand.gemeinde) p.set('gemeinde', zustand.gemeinde);
    if (zustand.kategorie) p.set('kategorie', zustand.kategorie);
    var s = p.toString();
    return s ? '?' + s : '';
  }

  /** Fills {platzhalter} in a text. */
  function fuelle(text, werte) {
    return String(text).replace(/\{(\w+)\}/g, function (ganz, name) {
      return werte[name] !== undefined ? werte[name] : ganz;
    });
  }

  // ---------------------------------------------------------------------------
  // The page

  var SEITE_GROESSE = 10;
  var TIPP_PAUSE = 250;
  var ANSAGE_PAUSE = 1200;

  function seite(skript) {
    var formular = document.getElementById('suchformular');
    var ergebnisse = document.getElementById('ergebnisse');
    if (!formular || !ergebnisse || !skript) return;
    var basis = skript.getAttribute('data-suchindex') || 'suchindex/';
    var wurzel = skript.getAttribute('data-wurzel');
    if (wurzel === null) wurzel = basis.replace(/suchindex\/?$/, '');
    var texte = skript.dataset;
    var eingabe = formular.elements.q;
    var gemeindeWahl = formular.elements.gemeinde;
    var kategorieWahl = formular.elements.kategorie;
    var status = document.getElementById('suche-status');
    var ohneSkript = document.getElementById('suche-ohne-js');
    var datei = location.protocol === 'file:' ? 'index.html' : '';

    // Index files are scripts that call wegweiserSuche(name, data): works from file:// too.
    var wartend = {};
    global.wegweiserSuche = function (name, daten) {
      var w = wartend[name];
      if (w) { delete wartend[name]; w.resolve(daten); }
    };
    // A split index's head may stand in the page itself: one request less for the first query.
    var kopfImText = document.getElementById('suchkopf');
    function laden(name) {
      if (name === 'index' && kopfImText) {
        try { return Promise.resolve(JSON.parse(kopfImText.textContent)); } catch (e) { kopfImText = null; }
      }
      return new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        var fertig = false;
        wartend[name] = { resolve: function (d) { fertig = true; resolve(d); } };
        tag.src = basis + name + '.js';
        tag.async = true;
        tag.onload = function () {
          tag.remove();
          if (!fertig) { delete wartend[name]; reject(new Error(name + ' did not call wegweiserSuche')); }
        };
        tag.onerror = function () {
          tag.remove();
          delete wartend[name];
          reject(new Error('could not load ' + tag.src));
        };
        document.head.appendChild(tag);
      });
    }

    var maschine = new Suchmaschine(laden);
    var namen = { gemeinden: {}, kategorien: {} };
    function merkeNamen(wahl, ziel) {
      if (!wahl) return;
      for (var i = 0; i < wahl.options.length; i++) {
        var o = wahl.options[i];
        var name = o.getAttribute('data-name') || o.textContent;
        o.setAttribute('data-name', name);
        if (o.value) ziel[o.value] = name;
      }
    }
    merkeNamen(gemeindeWahl, namen.gemeinden);
    merkeNamen(kategorieWahl, namen.kategorien);

    var nummer = 0;          // the query whose results count
    var gezeigt = [];        // ids shown
    var aktuell = null;      // {zustand, ergebnis}
    var ansageUhr = null;
    var tippUhr = null;
    var zaehlenSpaeter = null; // counts that need another file: loaded when a filter is used

    function zustandAusFormular() {
      return {
        q: eingabe.value.trim() ? eingabe.value : '',
        gemeinde: gemeindeWahl ? gemeindeWahl.value : '',
        kategorie: kategorieWahl ? kategorieWahl.value : ''
      };
    }

    function zustandInsFormular(z) {
      eingabe.value = z.q;
      if (gemeindeWahl) gemeindeWahl.value = z.gemeinde;
      if (kategorieWahl) kategorieWahl.value = z.kategorie;
      if (gemeindeWahl && gemeindeWahl.value !== z.gemeinde) gemeindeWahl.value = '';
      if (kategorieWahl && kategorieWahl.value !== z.kategorie) kategorieWahl.value = '';
    }

    function merkeInAdresse(z, neu) {
      var url = location.pathname + schreibeAdresse(z) + location.hash;
      if (url === location.pathname + location.search + location.hash) return;
      try {
        if (neu) history.pushState(z, '', url); else history.replaceState(z, '', url);
      } catch (e) { /* some browsers refuse history on file:// */ }
    }

    function zaehlerZeigen(wahl, zaehler) {
      if (!wahl) return;
      for (var i = 0; i < wahl.options.length; i++) {
        var o = wahl.options[i];
        if (!o.value) continue;
        var n = zaehler[o.value];
        o.textContent = o.getAttribute('data-name') + (n === undefined ? '' : ' (' + n + ')');
      }
    }

    function satz(z, e) {
      if (!z.q.trim() && !z.gemeinde && !z.kategorie) return texte.tLeer || '';
      var teile = [];
      if (e.anzahl === 0) teile.push(texte.tKeine || 'Keine Treffer');
      else if (e.anzahl === 1) teile.push(texte.tEins || '1 Treffer');
      else teile.push(fuelle(texte.tViele || '{anzahl} Treffer', { anzahl: e.anzahl.toLocaleString('de-DE') }));
      if (z.q.trim()) teile.push(fuelle(texte.tFuer || '„{q}“', { q: z.q.trim() }));
      if (z.gemeinde) teile.push(fuelle(texte.tIn || '{gemeinde}', { gemeinde: namen.gemeinden[z.gemeinde] || z.gemeinde }));
      if (z.kategorie) teile.push(fuelle(texte.tThema || '{kategorie}', { kategorie: namen.kategorien[z.kategorie] || z.kategorie }));
      var text = teile.join(' ') + '.';
      if (e.teilweise) text += ' ' + (texte.tTeilweise || '');
      else if (e.ergaenzt) text += ' ' + (texte.tErgaenzt || '');
      if (e.anzahl === 0 && (z.q.trim() || z.gemeinde || z.kategorie)) text += ' ' + (texte.tKeineHilfe || '');
      return text;
    }

    function sage(text, sofort) {
      clearTimeout(ansageUhr);
      if (!status) return;
      if (sofort) { status.textContent = text; return; }
      ansageUhr = setTimeout(function () { status.textContent = text; }, ANSAGE_PAUSE);
    }

    function markierterText(ziel, text, woerterListe) {
      markiere(text, woerterListe).forEach(function (teil) {
        if (teil.mark) {
          var m = document.createElement('mark');
          m.textContent = teil.text;
          ziel.appendChild(m);
        } else {
          ziel.appendChild(document.createTextNode(teil.text));
        }
      });
    }

    function eintragElement(d, woerterListe) {
      var li = document.createElement('li');
      li.className = 'karte';
      var h = document.createElement('h3');
      var a = document.createElement('a');
      a.href = wurzel + d.url + (d.url.slice(-1) === '/' ? datei : '');
      var titel = document.createElement('span'); // one child: links in cards are flex boxes
      markierterText(titel, d.titel, woerterListe);
      a.appendChild(titel);
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement('p');
      meta.className = 'suche-meta';
      var angaben = [];
      if (d.termin && texte.tTermin) angaben.push(d.wann ? texte.tTermin + ': ' + d.wann : texte.tTermin);
      if (d.ort) angaben.push(d.ort);
      angaben = angaben.concat(d.kategorien);
      markierterText(meta, angaben.join(' · '), woerterListe);
      li.appendChild(meta);
      if (d.kurz) {
        var kurz = document.createElement('p');
        kurz.className = 'suche-kurz';
        markierterText(kurz, d.kurz, woerterListe);
        li.appendChild(kurz);
      }
      // the number to call without opening the page (text: every link of the list is a result)
      if (d.telefon) {
        var telefon = document.createElement('p');
        telefon.className = 'suche-telefon';
        telefon.textContent = (texte.tTelefon ? texte.tTelefon + ' ' : '') + d.telefon;
        li.appendChild(telefon);
      }
      return li;
    }

    function zeige(z, e, docs, anhaengen) {
      var liste = ergebnisse.querySelector('ul.suche-treffer');
      if (!anhaengen || !liste) {
        ergebnisse.textContent = '';
        var ueberschrift = document.createElement('h2');
        ueberschrift.className = 'unsichtbar';
        ueberschrift.textContent = texte.tTrefferUeberschrift || 'Treffer';
        ergebnisse.appendChild(ueberschrift);
        var hinweisText = e.teilweise ? texte.tTeilweise : e.ergaenzt ? texte.tErgaenzt : '';
        if (hinweisText) {
          var hinweis = document.createElement('p');
          hinweis.className = 'hinweis-kasten';
          hinweis.textContent = hinweisText;
          ergebnisse.appendChild(hinweis);
        }
        liste = document.createElement('ul');
        liste.className = 'eintraege suche-treffer';
        ergebnisse.appendChild(liste);
        gezeigt = [];
      }
      var erstesNeues = null;
      docs.forEach(function (d) {
        var li = eintragElement(d, e.woerter);
        if (!erstesNeues) erstesNeues = li;
        liste.appendChild(li);
        gezeigt.push(d.id);
      });
      var alt = ergebnisse.querySelector('.suche-mehr');
      if (alt) alt.remove();
      if (gezeigt.length < e.anzahl) {
        var knopf = document.createElement('button');
        knopf.type = 'button';
        knopf.className = 'suche-mehr';
        knopf.textContent = texte.tMehr || 'Mehr';
        knopf.addEventListener('click', mehr);
        ergebnisse.appendChild(knopf);
      }
      return erstesNeues;
    }

    function suche(z, art) {
      var meine = ++nummer;
      zaehlenSpaeter = null;
      ergebnisse.setAttribute('aria-busy', 'true');
      var offen = art === 'tippen';
      return maschine.suche({ q: z.q, gemeinde: z.gemeinde, kategorie: z.kategorie, offen: offen }).then(function (e) {
        if (meine !== nummer) return null;
        return maschine.dokumente(e.ids.slice(0, SEITE_GROESSE)).then(function (docs) {
          if (meine !== nummer) return null;
          if (ohneSkript) ohneSkript.hidden = true;
          aktuell = { zustand: z, ergebnis: e, offen: offen };
          if (e.zaehler) {
            zaehlerZeigen(gemeindeWahl, e.zaehler.gemeinden);
            zaehlerZeigen(kategorieWahl, e.zaehler.kategorien);
          } else {
            zaehlerZeigen(gemeindeWahl, {});
            zaehlerZeigen(kategorieWahl, {});
            if (e.zaehlen) {
              zaehlenSpaeter = function () {
                zaehlenSpaeter = null;
                e.zaehlen().then(function (zaehler) {
                  if (meine !== nummer) return;
                  zaehlerZeigen(gemeindeWahl, zaehler.gemeinden);
                  zaehlerZeigen(kategorieWahl, zaehler.kategorien);
                }, function () { /* the counts stay away */ });
              };
            }
          }
          if (!z.q.trim() && !z.gemeinde && !z.kategorie) ergebnisse.textContent = '';
          else if (e.anzahl === 0) ergebnisse.textContent = '';
          else zeige(z, e, docs, false);
          ergebnisse.setAttribute('aria-busy', 'false');
          sage(satz(z, e), art !== 'tippen');
          return e;
        });
      }).catch(function (fehler) {
        if (meine !== nummer) return;
        ergebnisse.setAttribute('aria-busy', 'false');
        if (ohneSkript) ohneSkript.hidden = false;
        sage(texte.tFehler || String(fehler), true);
        if (global.console) console.error(fehler);
      });
    }

    function mehr() {
      if (!aktuell) return;
      var z = aktuell.zustand, e = aktuell.ergebnis, meine = nummer;
      var weiter = e.vollstaendig ? Promise.resolve(e) : maschine.suche({
        q: z.q, gemeinde: z.gemeinde, kategorie: z.kategorie, offen: aktuell.offen, alle: true
      });
      ergebnisse.setAttribute('aria-busy', 'true');
      weiter.then(function (voll) {
        if (meine !== nummer) return null;
        aktuell.ergebnis = voll;
        return maschine.dokumente(voll.ids.slice(gezeigt.length, gezeigt.length + SEITE_GROESSE)).then(function (docs) {
          if (meine !== nummer) return;
          var erstes = zeige(z, voll, docs, true);
          ergebnisse.setAttribute('aria-busy', 'false');
          // keyboard users continue where the new results begin
          var link = erstes && erstes.querySelector('a');
          if (link) link.focus();
        });
      }).catch(function (fehler) {
        ergebnisse.setAttribute('aria-busy', 'false');
        sage(texte.tFehler || String(fehler), true);
      });
    }

    eingabe.addEventListener('input', function () {
      clearTimeout(tippUhr);
      tippUhr = setTimeout(function () {
        var z = zustandAusFormular();
        merkeInAdresse(z, false);
        suche(z, 'tippen');
      }, TIPP_PAUSE);
    });
    [gemeindeWahl, kategorieWahl].forEach(function (wahl) {
      if (!wahl) return;
      ['focus', 'pointerdown'].forEach(function (ereignis) {
        wahl.addEventListener(ereignis, function () { if (zaehlenSpaeter) zaehlenSpaeter(); });
      });
      wahl.addEventListener('change', function () {
        clearTimeout(tippUhr);
        var z = zustandAusFormular();
        merkeInAdresse(z, true);
        suche(z, 'filter');
      });
    });
    formular.addEventListener('submit', function (ereignis) {
      ereignis.preventDefault();
      clearTimeout(tippUhr);
      var z = zustandAusFormular();
      merkeInAdresse(z, true);
      suche(z, 'absenden');
    });
    global.addEventListener('popstate', function () {
      var z = leseAdresse(location.search);
      zustandInsFormular(z);
      suche(z, 'adresse');
    });

    var start = leseAdresse(location.search);
    zustandInsFormular(start);
    suche(start, 'adresse');
  }

  var api = {
    woerter: woerter,
    normalisiere: normalisiere,
    stamm: stamm,
    tippDistanz: tippDistanz,
    einTippfehler: einTippfehler,
    zweiTippfehler: zweiTippfehler,
    dekodiereTreffer: dekodiereTreffer,
    alleTeile: alleTeile,
    klang: klang,
    teilTrefferAus: teilTrefferAus,
    dekodiereZahlen: dekodiereZahlen,
    anfrageWoerter: anfrageWoerter,
    ortsnamen: ortsnamen,
    wendungen: wendungen,
    paragraphen: paragraphen,
    pflichtWoerter: pflichtWoerter,
    zusammen: zusammen,
    datumsWoerter: datumsWoerter,
    ostersonntag: ostersonntag,
    kandidaten: kandidaten,
    umlautfrei: umlautfrei,
    gewichtung: gewichtung,
    zerlege: zerlege,
    markiere: markiere,
    leseAdresse: leseAdresse,
    schreibeAdresse: schreibeAdresse,
    fuelle: fuelle,
    Suchmaschine: Suchmaschine
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  }
  if (typeof document !== 'undefined' && global) {
    global.WegweiserSuche = api;
    var skript = document.currentScript || document.querySelector('script[data-suchindex]');
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { seite(skript); });
    } else {
      seite(skript);
    }
  }
})(typeof window !== 'undefined' ? window : this);
