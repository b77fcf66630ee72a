'use strict';
// The page part of suche.js that runs without a browser, and what the script must never do.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { suche, wurzel } = require('./helfer.js');

test('the address holds the query and the filters', () => {
  assert.deepEqual(suche.leseAdresse('?q=essen+auf+r%C3%A4dern&gemeinde=kranzberg'),
    { q: 'essen auf rädern', gemeinde: 'kranzberg', kategorie: '' });
  assert.deepEqual(suche.leseAdresse(''), { q: '', gemeinde: '', kategorie: '' });
  assert.equal(suche.schreibeAdresse({ q: 'Essen auf Rädern', gemeinde: '', kategorie: 'pflege' }),
    '?q=Essen+auf+R%C3%A4dern&kategorie=pflege');
  assert.equal(suche.schreibeAdresse({ q: '', gemeinde: '', kategorie: '' }), '');
  const z = { q: 'Pflege & Beratung?', gemeinde: 'haag', kategorie: '' };
  assert.deepEqual(suche.leseAdresse(suche.schreibeAdresse(z)), z);
});

test('texts with placeholders', () => {
  assert.equal(suche.fuelle('{anzahl} Treffer für „{q}“', { anzahl: '12', q: 'Pflege' }), '12 Treffer für „Pflege“');
  assert.equal(suche.fuelle('{unbekannt}', {}), '{unbekannt}');
});

test('suche.js loads nothing from elsewhere and stores nothing', () => {
  const quelle = fs.readFileSync(path.join(wurzel, 'themes', 'default', 'assets', 'suche.js'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const verboten of ['fetch(', 'XMLHttpRequest', 'localStorage', 'sessionStorage', 'document.cookie',
    'indexedDB', 'eval(', 'new Function', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write',
    'http://', 'https://', 'WebAssembly', 'import(']) {
    assert.ok(!quelle.includes(verboten), `suche.js uses ${verboten}`);
  }
});

test('the search page template has what the contract and the script need', () => {
  const seite = fs.readFileSync(path.join(wurzel, 'themes', 'default', 'templates', 'suche.mustache'), 'utf8');
  for (const teil of ['{{<layout}}', 'role="search"', 'action="./"', 'method="get"', 'name="q"', 'name="gemeinde"',
    'name="kategorie"', 'id="ergebnisse" aria-busy="false"', 'role="status"', 'aria-live="polite"',
    '{{#gemeinden}}\n<li><a href="{{url}}">', '{{#kategorien}}\n<li><a href="{{url}}">', '{{start_url}}#gemeinden', '{{^suchskript}} src="{{wurzel}}assets/suche.js" defer{{/suchskript}}',
    'data-suchindex="{{wurzel}}suchindex/"', 'id="suchformular"', 'id="suche-ohne-js"']) {
    assert.ok(seite.includes(teil), teil);
  }
  // no inline script but the search script itself, which the layout's CSP allows by its hash
  // (`Suchskript`); a JSON data block is not run, so it may stand in the page
  const inline = [...seite.matchAll(/<script[^>]*>([^<]+)/g)].filter((m) => !m[0].startsWith('<script type="application/json"'));
  assert.deepEqual(inline.map((m) => m[1]), ['{{{suchskript}}}'], 'the only inline script is the search script');
  const layout = fs.readFileSync(path.join(wurzel, 'themes', 'default', 'templates', 'layout.mustache'), 'utf8');
  assert.ok(layout.includes("script-src 'self'{{#skript_hash}} 'sha256-{{skript_hash}}'{{/skript_hash}};"), 'the CSP names the hash');
  assert.ok(seite.includes('<script type="application/json" id="suchkopf">{{{suchkopf}}}</script>'), 'the head of a split index');
  assert.ok(!/style=/.test(seite), 'no inline style');
  for (const [, id] of seite.matchAll(/<label for="([^"]+)"/g)) assert.ok(seite.includes(`id="${id}"`), id);
  // every string the template uses exists in both languages
  const schluessel = [...seite.matchAll(/\{\{t\.(\w+)\}\}/g)].map((m) => m[1]);
  for (const sprache of ['de', 'en']) {
    const yaml = fs.readFileSync(path.join(wurzel, 'themes', 'default', 'strings', sprache, 'suche.yaml'), 'utf8');
    for (const k of schluessel) assert.match(yaml, new RegExp(`^${k}:`, 'm'), `${sprache}: ${k}`);
  }
});
