'use strict';
// What a first query loads on a site's search index, query by query (the head is in the page, not counted):
//   node bench/suche/zaehle.js <site> <queries.json …>   (ERSETZE='{"Zolling":"Aschdorf"}' replaces words)
// Prints files, KB (the search page gzipped, with its script and head, plus every file gzipped), the
// files by folder (t, p, d), the number of results and the query; then the totals.
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const h = require(path.join(__dirname, '..', '..', 'Tests', 'js', 'helfer.js'));
const site = process.argv[2];
const ordner = path.join(site, 'suchindex');
const seite = fs.readFileSync(path.join(site, 'suche', 'index.html'));
const seiteKB = zlib.gzipSync(seite, { level: 6 }).length / 1024;
const ersetze = JSON.parse(process.env.ERSETZE || '{}');
(async () => {
  let summe = 0, in3 = 0, n = 0, kb100 = 0;
  for (const datei of process.argv.slice(3)) {
    let anfragen = JSON.parse(fs.readFileSync(datei, 'utf8'));
    if (anfragen.anfragen) anfragen = anfragen.anfragen;
    for (const a of anfragen) {
      let q = typeof a === 'string' ? a : a.q || a.anfrage;
      for (const [k, v] of Object.entries(ersetze)) q = q.replace(k, v);
      const l = h.lader(ordner);
      const m = new h.suche.Suchmaschine(l.laden);
      const e = await m.suche({ q, offen: false, heute: '2026-11-21' });
      await m.dokumente(e.ids.slice(0, 10));
      const files = l.geladen.filter((g) => g.name !== 'index');
      let kb = seiteKB;
      for (const g of files) kb += zlib.gzipSync(fs.readFileSync(path.join(ordner, g.name + '.js')), { level: 6 }).length / 1024;
      n++; summe += files.length; if (files.length <= 3) in3++; if (kb <= 100) kb100++;
      const art = {}; files.forEach((g) => { const k = g.name.split('/')[0]; art[k] = (art[k] || 0) + 1; });
      console.log(`${files.length}\t${kb.toFixed(1)}\t${JSON.stringify(art)}\t${e.ids.length}\t${q}`);
    }
  }
  console.log(`# ${n} queries: ${in3} within 3 requests, ${kb100} within 100 KB, ${summe} requests; page ${seiteKB.toFixed(1)} KB`);
})();
