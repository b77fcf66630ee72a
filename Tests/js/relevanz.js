'use strict';
// Relevance guard, run by scripts/test after the sites are built (not a unit test: it needs them).
//   node Tests/js/relevanz.js <site> <queries.json> <minimum hits in the top 5> [...]
// For every query of the set (bench/suche/anfragen.json, bench/suche/blind/anfragen.json,
// bench/suche/blind2/anfragen.json) the
// engine of themes/default/assets/suche.js searches the site's index as the page does; a query
// is a hit when one of its expected pages is among the first 5. Prints the hits per kind and
// fails when a set falls below its minimum (bench/suche/run.sh compares with Pagefind in Chromium).
const fs = require('node:fs');
const path = require('node:path');
const { maschine } = require('./helfer.js');

async function pruefe(site, datei, minimum) {
  const satz = JSON.parse(fs.readFileSync(datei, 'utf8'));
  // (a set's `heute` is the reader's today for `heute`, `morgen`, `nächste Woche`)
  const anfragen = satz.anfragen, heute = satz.heute;
  const arten = {};
  let treffer = 0;
  const verfehlt = [];
  for (const a of anfragen) {
    const m = maschine(path.join(site, 'suchindex'));
    const e = await m.suche({ q: a.q, offen: false, heute });
    const urls = (await m.dokumente(e.ids.slice(0, 5))).map((d) => d.url);
    const k = arten[a.art] || (arten[a.art] = [0, 0]);
    k[1]++;
    if (urls.some((u) => a.erwartet.includes(u))) { k[0]++; treffer++; } else verfehlt.push(a.q);
  }
  const zeilen = Object.entries(arten).map(([art, [t, n]]) => `${art} ${t}/${n}`).join(', ');
  console.log(`${path.basename(path.dirname(datei))}/${path.basename(datei)}: ${treffer}/${anfragen.length} in the top 5 (${zeilen})`);
  if (verfehlt.length) console.log(`  not in the top 5: ${verfehlt.join(' | ')}`);
  if (treffer < minimum) {
    console.error(`  fewer than ${minimum}: the search got worse`);
    return false;
  }
  return true;
}

(async () => {
  const args = process.argv.slice(2);
  let gut = true;
  for (let i = 0; i + 2 < args.length; i += 3) {
    gut = (await pruefe(args[i], args[i + 1], Number(args[i + 2]))) && gut;
  }
  process.exit(gut ? 0 : 1);
})();
