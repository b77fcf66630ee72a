'use strict';
// The normalisation vectors shared with the Swift tests (Tests/search-vectors.json).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { suche, wurzel, fixturen } = require('./helfer.js');

const vektoren = JSON.parse(fs.readFileSync(path.join(wurzel, 'Tests', 'search-vectors.json'), 'utf8'));

test('at least 40 vectors', () => {
  assert.ok(vektoren.length >= 40);
});

for (const v of vektoren) {
  test(`normalise ${JSON.stringify(v.input)}`, () => {
    assert.equal(suche.normalisiere(v.input), v.normalised);
    assert.deepEqual(suche.woerter(v.input), v.tokens);
    assert.deepEqual(v.tokens.map(suche.stamm), v.stems);
  });
}

test('the Snowball port agrees with libstemmer on the sample', () => {
  const paare = JSON.parse(fs.readFileSync(path.join(fixturen, 'stammformen.json'), 'utf8'));
  assert.ok(paare.length > 1000);
  const falsch = paare.filter(([wort, stamm]) => suche.stamm(wort) !== stamm);
  assert.deepEqual(falsch, []);
});

test('edit distance', () => {
  assert.equal(suche.tippDistanz('nachbarschaftshilfw', 'nachbarschaftshilfe', 1), 1);
  assert.equal(suche.tippDistanz('pflegedinest', 'pflegedienst', 1), 1, 'swapped letters count once');
  assert.equal(suche.tippDistanz('pflege', 'pfleeg', 1), 1);
  assert.equal(suche.tippDistanz('abc', 'abc', 1), 0);
  assert.equal(suche.tippDistanz('kurs', 'kasse', 1), 2, 'stops above the limit');
});
