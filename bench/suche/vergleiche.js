'use strict';
// Two versions of the search, each on its own site's index, over the same queries: are the first
// pages (10 addresses) and the counts the same? For a change to the index or the engine that
// should only change what is loaded, not what is found.
//   node bench/suche/vergleiche.js <old checkout> <old site> <new site> <queries.json …>
// (GEMEINDE=<id> also runs every query with that Gemeinde as a filter; DATEIEN=1 prints every
// query for which the two load a different number of files.) Prints every difference,
// then the number of equal answers and the files each version loaded (the head not counted).
const fs = require('fs'), path = require('path');
const [altRepo, siteA, siteB, ...dateien] = process.argv.slice(2);
const alt = require(path.resolve(altRepo, 'Tests', 'js', 'helfer.js'));
const neu = require(path.join(__dirname, '..', '..', 'Tests', 'js', 'helfer.js'));
const gemeinde = process.env.GEMEINDE || null;
(async () => {
  let n = 0, gleich = 0, ladA = 0, ladB = 0;
  const qs = new Set();
  for (const d of dateien) {
    let a = JSON.parse(fs.readFileSync(d, 'utf8'));
    if (a.anfragen) a = a.anfragen;
    for (const x of a) qs.add(typeof x === 'string' ? x : x.q);
  }
  const varianten = [{ offen: false }, { offen: true }].concat(gemeinde ? [{ offen: false, gemeinde }] : []);
  for (const q of qs) {
    for (const variante of varianten) {
      const r = [];
      for (const [h, site] of [[alt, siteA], [neu, siteB]]) {
        const m = h.maschine(path.join(site, 'suchindex'));
        const e = await m.suche(Object.assign({ q, heute: '2026-11-22' }, variante));
        const docs = await m.dokumente(e.ids.slice(0, 10));
        r.push({ s: docs.map((x) => x.url).join(' ') + ' #' + e.anzahl, n: m.geladen.filter((g) => g.name !== 'index').length });
      }
      n++; ladA += r[0].n; ladB += r[1].n;
      if (process.env.DATEIEN && r[0].n !== r[1].n) console.log('DATEIEN', r[0].n, '→', r[1].n, JSON.stringify(variante), q);
      if (r[0].s === r[1].s) gleich++;
      else console.log('ANDERS', JSON.stringify(variante), q, '\n  alt', r[0].s.slice(0, 300), '\n  neu', r[1].s.slice(0, 300));
    }
  }
  console.log(`# ${gleich}/${n} equal; files loaded: old ${ladA}, new ${ladB}`);
})();
