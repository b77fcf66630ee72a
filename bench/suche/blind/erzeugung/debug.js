// node /tmp/blind/debug.js "<query>" ... : candidates and scores of Wegweiser's engine on /tmp/blind-site
const fs = require('fs'), vm = require('vm');
const api = require('/work/main/themes/default/assets/suche.js');
const site = process.env.SITE || '/tmp/blind-site';
function laden(name) {
  const code = fs.readFileSync(`${site}/suchindex/${name}.js`, 'utf8');
  let out; vm.runInNewContext(code, { wegweiserSuche: (n, d) => { out = d; } }); return Promise.resolve(out);
}
const m = new api.Suchmaschine(laden);
const orig = m.rechne;
let spur = null;
m.rechne = function (anfrage, wl, kl, tl) {
  spur = { woerter: wl.map(w => w.wort + '→' + w.stamm), kand: kl.map(l => l.map(k => k.eintrag[0] + '×' + k.faktor)), teile: (tl || []).map(t => t && t.map(e => e[0])) };
  const r = orig.apply(this, arguments);
  spur.summe = this.summe; spur.zahl = this.zahl; return r;
};
(async () => {
  for (const q of process.argv.slice(2)) {
    spur = null;
    const e = await m.suche({ q, offen: false });
    const docs = await m.dokumente(e.ids.slice(0, 8));
    console.log(`== ${q}  (${e.anzahl} Treffer${e.teilweise ? ', teilweise' : ''})`);
    if (spur) { console.log('  Wörter:', spur.woerter.join(', ')); spur.kand.forEach((k, i) => console.log(`  Kandidaten[${i}]:`, k.slice(0, 14).join(' '), spur.teile[i] ? ' Teile: ' + spur.teile[i].join('+') : '')); }
    docs.forEach((d, i) => console.log(`  ${i + 1}. ${d.url}  ${spur ? 'zahl=' + spur.zahl[e.ids[i]] + ' summe=' + spur.summe[e.ids[i]] : ''}`));
  }
})();
