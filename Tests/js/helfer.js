'use strict';
// Shared by the node tests: loads suche.js and index files the way the browser does
// (a script calling wegweiserSuche(name, data)), and counts what was loaded.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const wurzel = path.join(__dirname, '..', '..');
const suche = require(path.join(wurzel, 'themes', 'default', 'assets', 'suche.js'));
const fixturen = path.join(__dirname, 'fixtures');

function lader(ordner) {
  const geladen = [];
  const laden = (name) => new Promise((resolve, reject) => {
    const datei = path.join(ordner, name + '.js');
    geladen.push({ name, bytes: fs.statSync(datei).size });
    const code = fs.readFileSync(datei, 'utf8');
    vm.runInNewContext(code, {
      wegweiserSuche(n, daten) {
        if (n !== name) reject(new Error(`file ${name} called back as ${n}`));
        else resolve(JSON.parse(JSON.stringify(daten))); // objects of this realm
      },
    });
  });
  return { laden, geladen };
}

function maschine(ordner) {
  const l = lader(ordner);
  const m = new suche.Suchmaschine(l.laden);
  m.geladen = l.geladen;
  return m;
}

/** URLs of the results of a query, best first. */
async function urls(m, anfrage) {
  const a = typeof anfrage === 'string' ? { q: anfrage, offen: false } : anfrage;
  const e = await m.suche({ ...a, alle: true });
  const docs = await m.dokumente(e.ids);
  return docs.map((d) => d.url);
}

/** The files of a folder of the sharded fixture (`t`, `p`, `d`): [file name, its data]. */
function geteilteDateien(unterordner) {
  const ordner = path.join(fixturen, 'suchindex-geteilt', unterordner);
  return fs.readdirSync(ordner).map((datei) => {
    const text = fs.readFileSync(path.join(ordner, datei), 'utf8');
    return [datei, JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')))];
  });
}

module.exports = { suche, fixturen, wurzel, lader, maschine, urls, geteilteDateien };
