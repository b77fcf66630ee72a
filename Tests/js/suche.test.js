'use strict';
// Ranking and filters on the index the Swift tests build from fixtures/dokumente.json,
// once as one file and once split into many small shards: both must give the same answers.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { suche, fixturen, lader, maschine, urls, geteilteDateien } = require('./helfer.js');

const A = (id) => `angebote/${id}/`;
const T = (id) => `termine/${id}/`;

for (const ordner of ['suchindex', 'suchindex-geteilt']) {
  const m = maschine(path.join(fixturen, ordner));

  test(`${ordner}: without umlauts, in capitals, with umlauts`, async () => {
    for (const q of ['Essen auf Raedern', 'ESSEN AUF RÄDERN', 'essen auf rädern']) {
      assert.equal((await urls(m, q))[0], A('essen-auf-raedern-zolling'), q);
    }
  });

  test(`${ordner}: compound parts find the compound`, async () => {
    assert.equal((await urls(m, 'Begleitservice'))[0], A('seniorenbegleitservice-kranzberg'));
    const service = await urls(m, 'Service');
    assert.ok(service.includes(A('seniorenbegleitservice-kranzberg')));
    assert.ok(service.includes(A('hausnotruf-johanniter')));
  });

  test(`${ordner}: one typo in a long word`, async () => {
    assert.equal((await urls(m, 'Nachbarschaftshilfw'))[0], A('nachbarschaftshilfe-allershausen'));
    assert.equal((await urls(m, 'Pflegedinest'))[0], A('ambulanter-pflegedienst-ampertal'));
    assert.deepEqual(await urls(m, 'Kusr'), [], 'no typos in short words');
  });

  test(`${ordner}: two typos in a word of twelve letters or more`, async () => {
    assert.equal((await urls(m, 'Nachbarschafshilve'))[0], A('nachbarschaftshilfe-allershausen'));
    const e = await m.suche({ q: 'Nachbarschafshilve', offen: false });
    assert.deepEqual(e.woerter.map((w) => w.stamm), ['nachbarschaftshilf']);
  });

  test(`${ordner}: inflected forms`, async () => {
    assert.equal((await urls(m, 'Pflegediensten'))[0], A('ambulanter-pflegedienst-ampertal'));
    assert.equal((await urls(m, 'Sozialstationen'))[0], A('oekumenische-sozialstation-hohenkammer'));
  });

  test(`${ordner}: plural with umlaut meets the singular`, async () => {
    for (const q of ['Ärzte', 'Aerzte', 'Arzt']) {
      const r = await urls(m, q);
      assert.ok(r.includes(A('fahrdienst-zum-arzt')) && r.includes(A('seniorenbegleitservice-kranzberg')), `${q}: ${r.join(' ')}`);
    }
  });

  test(`${ordner}: a compound in the query that no entry has finds its parts`, async () => {
    assert.equal((await urls(m, 'Notrufservice'))[0], A('hausnotruf-johanniter'));
  });

  test(`${ordner}: synonyms from the category's suchbegriffe`, async () => {
    assert.equal((await urls(m, 'Mahlzeitendienst'))[0], A('essen-auf-raedern-zolling'));
  });

  test(`${ordner}: topic and Gemeinde`, async () => {
    const r = await urls(m, 'pflege kranzberg');
    assert.ok(r.slice(0, 3).includes(A('ambulanter-pflegedienst-ampertal')), r.join(' '));
    assert.ok(!r.includes(A('oekumenische-sozialstation-hohenkammer')), 'does not serve Kranzberg');
  });

  test(`${ordner}: prefix while typing`, async () => {
    const e = await m.suche({ q: 'tagespfl', offen: true });
    const docs = await m.dokumente(e.ids);
    assert.equal(docs[0].url, A('tagespflege-im-pfarrhof'));
    assert.equal((await urls(m, { q: 'nachbar', offen: true }))[0], A('nachbarschaftshilfe-allershausen'));
    assert.equal((await urls(m, { q: 'tagespfl', offen: false }))[0], A('tagespflege-im-pfarrhof'), 'an unknown word may be the start of one');
  });

  test(`${ordner}: hyphens`, async () => {
    for (const q of ['PC-Kurs', 'PC Kurs', 'pckurs', 'Computerkurs']) {
      assert.equal((await urls(m, q))[0], A('pc-kurs-haag'), q);
    }
    const fahrdienst = await urls(m, 'Fahrdienst');
    assert.equal(fahrdienst[0], A('fahrdienst-zum-arzt'));
    assert.ok(fahrdienst.includes(A('einkaufsfahrten-allershausen')), '"Fahr- und Begleitdienste" means Fahrdienste');
  });

  test(`${ordner}: a title match outranks a body match`, async () => {
    const r = await urls(m, 'Gedächtnistraining');
    assert.equal(r[0], A('gedaechtnistraining-allershausen'));
    assert.ok(r.indexOf(A('tagespflege-im-pfarrhof')) > 0);
    const k = await urls(m, 'Kranzberg');
    assert.ok(k.indexOf(A('seniorenbegleitservice-kranzberg')) < k.indexOf(A('wohnberatung')));
  });

  test(`${ordner}: all words must match; otherwise the best partial matches`, async () => {
    const e = await m.suche({ q: 'Pflegedienst Tafel', offen: false });
    assert.equal(e.teilweise, true);
    assert.equal((await m.dokumente(e.ids.slice(0, 1)))[0].url, A('ambulanter-pflegedienst-ampertal'));
    const f = await m.suche({ q: 'Pflegedienst Kranzberg', offen: false });
    assert.equal(f.teilweise, false);
  });

  test(`${ordner}: stop words only, or nothing`, async () => {
    for (const q of ['und', '', '   ', '!!!']) {
      const e = await m.suche({ q, offen: false });
      assert.equal(e.anzahl, 0, JSON.stringify(q));
    }
  });

  test(`${ordner}: filters without a query`, async () => {
    const e = await m.suche({ q: '', gemeinde: 'kranzberg' });
    const docs = await m.dokumente(e.ids);
    assert.equal(e.anzahl, 9);
    assert.ok(docs.every((d) => !['Allershausen', 'Haag a.d. Amper', 'Hohenkammer'].includes(d.ort)));
    assert.equal(e.zaehler.gemeinden.kranzberg, 9);
    assert.equal(e.zaehler.gemeinden.zolling, 9, 'Gemeinde counts ignore the Gemeinde filter');
    assert.equal(e.zaehler.kategorien.beratung, 3, 'category counts respect it');
    const k = await m.suche({ q: '', gemeinde: 'kranzberg', kategorie: 'beratung' });
    assert.equal(k.anzahl, 3);
    const keine = await m.suche({ q: '', gemeinde: 'gibt-es-nicht' });
    assert.equal(keine.anzahl, 0);
  });

  test(`${ordner}: counts with and without a query`, async () => {
    const alle = await m.suche({ q: '' });
    assert.equal(alle.anzahl, 0, 'no query, no filter: no list');
    assert.equal(alle.zaehler.gemeinden.allershausen, 10);
    assert.equal(alle.zaehler.kategorien.fahrdienste, 3);
    const e = await m.suche({ q: 'Beratung', kategorie: 'beratung', offen: false });
    const docs = await m.dokumente(e.ids);
    assert.ok(docs.length >= 3);
    assert.ok(docs.every((d) => d.kategorien.includes('Beratung')));
    assert.ok(e.zaehler.kategorien.pflege >= 1, 'other categories still counted for the query');
  });

  test(`${ordner}: result records`, async () => {
    const e = await m.suche({ q: 'Vorsorgevollmacht', offen: false });
    const [d] = await m.dokumente(e.ids);
    assert.equal(d.url, T('vortrag-vorsorgevollmacht'));
    assert.equal(d.termin, true);
    assert.equal(d.ort, 'ganze Region');
    assert.deepEqual(d.kategorien, ['Beratung']);
    assert.equal(d.titel, 'Vortrag: Vorsorgevollmacht und Patientenverfügung');
  });
}

test('the first page from the term shard alone equals the full answer', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  const geteilt = maschine(path.join(fixturen, 'suchindex-geteilt'));
  const anfragen = ['Pflege', 'pflegedienst', 'Kranzberg', 'Beratung', 'Senioren', 'Fahrdienst', 'Begleitservice',
    'essen', 'Hohenkammer', 'mittagessen', 'Nachbarschaftshilfw', 'tagespfl'];
  for (const q of anfragen) {
    const voll = await einzeln.suche({ q, offen: false });
    const schnell = await geteilt.suche({ q, offen: false });
    assert.deepEqual(schnell.ids, voll.ids.slice(0, schnell.ids.length), q);
    assert.equal(schnell.anzahl, voll.anzahl, q);
    assert.equal(schnell.vollstaendig, schnell.ids.length === voll.ids.length, q);
    assert.deepEqual(schnell.zaehler || await schnell.zaehlen(), voll.zaehler, q);
    const alle = await geteilt.suche({ q, offen: false, alle: true });
    assert.deepEqual(alle.ids, voll.ids, q);
  }
});

test('every key: the answer the term shard keeps equals the one computed from the postings', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  const geteilt = maschine(path.join(fixturen, 'suchindex-geteilt'));
  await einzeln.start();
  let geprueft = 0;
  for (const e of einzeln.kopf.begriffe.b) {
    const form = suche.kandidaten([e], { wort: e[0], stamm: e[0], praefix: false }).length && [e[0]]
      .concat(e[1].split(' ').map((t) => (t[0] === '=' ? t.slice(1) : e[0] + t)))
      .find((f) => suche.stamm(f) === e[0] && f.length > 1);
    if (!form) continue;
    const voll = await einzeln.suche({ q: form, offen: false });
    const schnell = await geteilt.suche({ q: form, offen: false });
    assert.deepEqual(schnell.ids, voll.ids.slice(0, schnell.ids.length), form);
    assert.equal(schnell.anzahl, voll.anzahl, form);
    assert.deepEqual(schnell.zaehler || await schnell.zaehlen(), voll.zaehler, form);
    geprueft++;
  }
  assert.ok(geprueft > 150, `${geprueft} keys`);
});

for (const ordner of ['suchindex', 'suchindex-geteilt']) {
  test(`${ordner}: a compound no page has in full still finds what its parts name`, async () => {
    const m = maschine(path.join(fixturen, ordner));
    // both parts are words of the index, no page has both: the parts as words of their own
    let e = await m.suche({ q: 'Hausnotrufberatung', offen: false });
    assert.equal(e.teilweise, true);
    let u = await urls(maschine(path.join(fixturen, ordner)), 'Hausnotrufberatung');
    assert.equal(u[0], A('hausnotruf-johanniter'));
    assert.ok(u.includes(A('pflegeberatung-landkreis')), u.join(' '));
    // the last part is known, the first is not
    e = await m.suche({ q: 'Gymnastikfahrdienst', offen: false });
    assert.equal(e.teilweise, true);
    u = await urls(maschine(path.join(fixturen, ordner)), 'Gymnastikfahrdienst');
    assert.ok(u.includes(A('fahrdienst-zum-arzt')), u.join(' '));
    // the first part is known, the last is not
    u = await urls(maschine(path.join(fixturen, ordner)), 'Kaffeeklatsch');
    assert.ok(u.includes(A('seniorentreff-zolling')), u.join(' '));
    // nothing of the word is known: nothing found, no guessing
    assert.deepEqual(await urls(maschine(path.join(fixturen, ordner)), 'Abholung'), []);
  });
}

for (const ordner of ['suchindex', 'suchindex-geteilt']) {
  test(`${ordner}: a past participle finds its verb`, async () => {
    // "Wohnung umbauen", "vorlesen": the pages say the infinitive, the query the participle
    const m = maschine(path.join(fixturen, ordner));
    const e = await m.suche({ q: 'Wohnung umgebaut', offen: false });
    assert.equal(e.teilweise, false, 'the participle is the same word, not a guess');
    assert.equal((await urls(maschine(path.join(fixturen, ordner)), 'Wohnung umgebaut'))[0], A('wohnberatung'));
    assert.equal((await urls(maschine(path.join(fixturen, ordner)), 'vorgelesen'))[0], A('besuchsdienst-haag'));
    // a word that only looks like one and is no verb of the pages: nothing, as before
    assert.deepEqual(await urls(maschine(path.join(fixturen, ordner)), 'Gewürzt'), []);
  });
}

test('a number beside other words ranks, it does not filter', async () => {
  const pflicht = (q) => suche.pflichtWoerter(suche.anfrageWoerter(q, {}, false));
  assert.deepEqual(pflicht('Pflegegrad 2'), [true, false]);
  assert.deepEqual(pflicht('2027'), [true], 'a number alone is the query');
  assert.deepEqual(pflicht('Pflegedienst 85354'), [true, true], 'five digits are a postcode: needed');
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const ohne = await urls(maschine(path.join(fixturen, ordner)), 'Nachbarschaftshilfe');
    const mit = await urls(maschine(path.join(fixturen, ordner)), 'Nachbarschaftshilfe 1234');
    assert.deepEqual(new Set(mit), new Set(ohne), ordner);
    assert.ok(mit.length > 0, ordner);
  }
});

test('two words that together are a key are read as one compound, with them as its parts', async () => {
  const ist = (st) => st === 'fahrdien' || st === 'seniorentreff';
  const w = suche.zusammen(suche.anfrageWoerter('Fahr Dienst Zolling', {}, false), ist, { senior: true });
  assert.deepEqual(w.map((x) => x.stamm), ['fahrdien', 'zolling']);
  assert.deepEqual(w[0].teile, ['fahr', 'dien']);
  // a word for older people only ranks: it is not joined
  const z = suche.zusammen(suche.anfrageWoerter('Senioren Treff', {}, false), ist, { senior: true });
  assert.deepEqual(z.map((x) => x.stamm), ['senior', 'treff']);
  assert.deepEqual(suche.zusammen(suche.anfrageWoerter('Fahr Zolling', {}, false), ist, {}).map((x) => x.stamm), ['fahr', 'zolling']);
  // three pieces, as dictation writes a compound
  const drei = suche.zusammen(suche.anfrageWoerter('Pflege Stütz Punkt Zolling', {}, false), (st) => st === 'pflegestuetzpunkt', {});
  assert.deepEqual(drei.map((x) => x.stamm), ['pflegestuetzpunkt', 'zolling']);
  assert.deepEqual(drei[0].teile, ['pfleg', 'stuetz', 'punkt']);
  // dictation: `Sankt` for the `St.` of a place name, and a name written apart with an umlaut it has not
  const ort = (st) => st === 'st' || st === 'guntherried' || st === 'bus';
  assert.deepEqual(suche.zusammen(suche.anfrageWoerter('Sankt Günther Ried Bus', {}, false), ort, {}).map((x) => x.stamm),
    ['st', 'guntherried', 'bus']);
  // (a region with a word `sankt` keeps it)
  assert.deepEqual(suche.zusammen(suche.anfrageWoerter('Sankt Bus', {}, false), (st) => st === 'sankt' || st === 'st', {}).map((x) => x.stamm),
    ['sankt', 'bus']);
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const e = await maschine(path.join(fixturen, ordner)).suche({ q: 'Fahr Dienst', offen: false });
    assert.deepEqual(e.woerter.map((x) => x.stamm), ['fahrdien'], ordner);
    assert.deepEqual(await urls(maschine(path.join(fixturen, ordner)), 'Fahr Dienst'),
      await urls(maschine(path.join(fixturen, ordner)), 'Fahrdienst'), ordner);
  }
});

test('compound parts: a last part of three letters only when it is one of the short nouns that end compounds', () => {
  const bekannt = new Set(['buerger', 'bus', 'ruf', 'sozial', 'amt', 'frei', 'tag', 'lesest', 'off', 'tanz', 'tee']);
  const ist = (t) => bekannt.has(t);
  assert.deepEqual(suche.zerlege('buergerbus', ist), ['buerger', 'bus']);
  assert.deepEqual(suche.zerlege('rufbus', ist), ['ruf', 'bus'], 'six letters are enough for two short parts');
  assert.deepEqual(suche.zerlege('sozialamt', ist), ['sozial', 'amt']);
  assert.deepEqual(suche.zerlege('tanztee', ist), ['tanz', 'tee']);
  // a stem of three letters is no last part: Freitag is no Tag, Lesestoff no `off`
  assert.equal(suche.zerlege('freitag', ist), null);
  assert.equal(suche.zerlege('lesestoff', ist), null);
  // no linking s after a plural in -en: Senioren·stammtisch, not Senioren·s·tammtisch
  assert.deepEqual(suche.zerlege('seniorenstammtisch', (t) => t === 'senioren'), ['senioren', 'stammtisch']);
  assert.deepEqual(suche.zerlege('arbeitsgruppe', (t) => t === 'arbeit'), ['arbeit', 'gruppe']);
});

test('a word cut short before st… stands for the keys that begin with it, not for the stem the stemmer leaves', () => {
  const eintraege = [['dien', ' st ste', 40, '', ''], ['dienstag', '', 9, '', ''], ['pfleg', 'e en er', 80, '', ''],
    ['pflegestation', '', 3, '', ''], ['pflegestuetzpunkt', '', 5, '', '']];
  const k = (wort, stamm) => suche.kandidaten(eintraege, { wort, stamm, praefix: false }).map((x) => x.eintrag[0]).sort();
  assert.deepEqual(k('pflegest', 'pfleg'), ['pflegestation', 'pflegestuetzpunkt']);
  // a form of its stem stays that (`Dienst` is no Dienstag), a word that begins no key too
  assert.deepEqual(k('dienst', 'dien'), ['dien']);
  assert.deepEqual(k('pflegst', 'pfleg'), ['pfleg']);
});

test('a finished word that no key is or begins: without its ending, the first part of compounds before a typo', () => {
  const eintraege = [['osterbrunn', 'en', 1, '', ''], ['ostermontag', '', 1, '', ''], ['stern', '', 3, '', '']];
  const k = suche.kandidaten(eintraege, { wort: 'ostern', stamm: 'ost', praefix: false });
  assert.deepEqual(k.map((x) => x.eintrag[0]).sort(), ['osterbrunn', 'ostermontag']);
  // a word that begins keys as it is typed needs no such step, and a word without them is a typo
  assert.deepEqual(suche.kandidaten(eintraege, { wort: 'sterne', stamm: 'stern', praefix: false }).map((x) => x.eintrag[0]), ['stern']);
});

test('words for a day stand for the keys of its days, counted from the reader\'s today', () => {
  const heute = '2026-11-22'; // a Sunday
  const tage = (q) => suche.datumsWoerter(suche.anfrageWoerter(q, { was: true, ist: true, am: true, fuer: true, jeden: true, diese: true, gibt: true, es: true }, false), heute, q);
  const eins = (q) => tage(q).map((w) => w.datum || w.stamm);
  assert.deepEqual(eins('was ist heute los'), [['t20261122']]);
  assert.deepEqual(eins('morgen'), [['t20261123']]);
  assert.deepEqual(eins('übermorgen Vortrag'), [['t20261124'], 'vortrag']);
  // on a Sunday the coming weekend is the next one; the words around a day say nothing more
  assert.deepEqual(eins('was ist am kommenden Wochenende los'), [['t20261128', 't20261129']]);
  assert.deepEqual(eins('Veranstaltungen nächste Woche'),
    [['t20261123', 't20261124', 't20261125', 't20261126', 't20261127', 't20261128', 't20261129']]);
  assert.deepEqual(eins('nächsten Sonntag'), [['t20261129']]);
  assert.deepEqual(eins('Termine nächsten Monat'), ['dezemb']);
  // a year ends: next month of December is January; a month ends inside a week
  assert.deepEqual(suche.datumsWoerter(suche.anfrageWoerter('nächsten Monat', {}, false), '2026-12-30', 'nächsten Monat').map((w) => w.stamm), ['januar']);
  assert.deepEqual(suche.datumsWoerter(suche.anfrageWoerter('morgen', {}, false), '2026-12-31', 'morgen')[0].datum, ['t20270101']);
  // a weekday alone keeps its meaning (opening hours) and adds the coming one
  const donnerstag = tage('Beratung Donnerstag Nachmittag');
  assert.deepEqual(donnerstag.map((w) => w.stamm), ['berat', 'donnerstag', 'nachmittag']);
  assert.deepEqual(donnerstag[1].datumDazu, ['t20261126']);
  // no day, but events asked for: `termin`, a word of every event (not while a day is named)
  assert.deepEqual(eins('was ist Köhlerhain los'), ['koehlerhain', 'termin']);
  assert.deepEqual(eins('am Sonntag geboten').map((w) => typeof w === 'string' ? w : 'tag'), ['sonntag', 'termin']);
  assert.deepEqual(eins('kostenlos'), ['kostenlos']);
  // `jeden Monat`, `jede Woche` say how often, not when
  assert.deepEqual(eins('Angehörigentreffen jeden Monat'), ['angehoerigentreff', 'monat']);
  // beside a thing asked for, a day ranks: it is no condition (the Seniorennachmittage, next week's first)
  const liste = tage('Seniorennachmittag nächste Woche');
  assert.deepEqual(suche.pflichtWoerter(liste, {}), [true, false]);
  // beside words for whom only, the day is the condition
  assert.deepEqual(suche.pflichtWoerter(tage('was gibt es morgen für Senioren'), { senior: true }), [true, false]);
});

test('a Gemeinde name of several words counts once in a query', async () => {
  const orte = [['leonhard', 'st', 'leonhard', 'forst'], ['guenzach', 'bad', 'guenzach']];
  const staemme = (q, offen) => suche.ortsnamen(suche.anfrageWoerter(q, { am: true, der: true }, offen), orte).map((w) => w.stamm);
  assert.deepEqual(staemme('Tagespflege St. Leonhard', false), ['tagespfleg', 'leonhard']);
  assert.deepEqual(staemme('Tagespflege Sankt Leonhard am Forst', false), ['tagespfleg', 'leonhard']);
  assert.deepEqual(staemme('Betreutes Wohnen Bad Günzach', false), ['betreut', 'wohn', 'guenzach']);
  // one word of the name alone, another place's words, a word still being typed: as they are
  assert.deepEqual(staemme('Bad umbauen', false), ['bad', 'umbau']);
  assert.deepEqual(staemme('Tagespflege St. Leon', true), ['tagespfleg', 'st', 'leon']);
  // in the index: the example's "Haag a.d. Amper" written out finds what "Haag" finds
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    assert.deepEqual(await urls(maschine(path.join(fixturen, ordner)), 'Nachbarschaftshilfe Haag an der Amper'),
      await urls(maschine(path.join(fixturen, ordner)), 'Nachbarschaftshilfe Haag'), ordner);
  }
});

test('a word that is only the end of a compound whose parts no page has alone (one-file index)', async () => {
  // Gehirnjogging, Volkshochschule: the index knows neither part on its own
  const m = maschine(path.join(fixturen, 'suchindex'));
  const e = await m.suche({ q: 'Jogging', offen: false });
  assert.equal(e.teilweise, true, 'the answer says that the word itself was not found');
  assert.deepEqual(await urls(maschine(path.join(fixturen, 'suchindex')), 'Jogging'), [A('gedaechtnistraining-allershausen')]);
  assert.deepEqual(await urls(maschine(path.join(fixturen, 'suchindex')), 'Hochschule'), [A('pc-kurs-haag')]);
  // a sharded index cannot look through every key: nothing, as before
  assert.deepEqual(await urls(maschine(path.join(fixturen, 'suchindex-geteilt')), 'Jogging'), []);
});

test('two typos only in long words, and not in a compound of known words', async () => {
  assert.equal(suche.zweiTippfehler('nachbarschafshilve', 'nachbarschafshilv', 'nachbarschaftshilf', []), true);
  assert.equal(suche.zweiTippfehler('pflegedeinsd', 'pflegedeinsd', 'pflegedien', []), false, 'three apart');
  assert.equal(suche.zweiTippfehler('tagesplfege', 'tagesplfeg', 'tagespfleg', []), false, 'eleven letters: one typo only');
  const m = new suche.Suchmaschine(() => null);
  m.kopf = { begriffe: { b: [['senior', '', 1, ''], ['turn', 'en', 1, '']] } };
  assert.equal(m.zweiFehler({ wort: 'seniorenturnen' }), false, 'Senioren + Turnen is no typo of Seniorenbüro');
  assert.equal(m.zweiFehler({ wort: 'nachbarschafshilve' }), true);
});

test('a typo as it sounds: ph/f, th/t, ck/k, y/i count as no letter', async () => {
  assert.equal(suche.einTippfehler('smartfon', 'smartphon'), true);
  assert.equal(suche.einTippfehler('terapie', 'therapie'), true);
  assert.equal(suche.einTippfehler('smartfohne', 'smartphon'), false, 'a sound and two letters: too far');
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    assert.equal((await urls(maschine(path.join(fixturen, ordner)), 'Smartfone'))[0], A('pc-kurs-haag'), ordner);
  }
});

test('a word written as it sounds finds the word that sounds the same and is near in letters (Kölner Phonetik)', async () => {
  assert.equal(suche.klang('muellerluedenscheidt'), '65752682', 'the example of its author');
  assert.equal(suche.klang('midagstisch'), suche.klang('mittagstisch'));
  assert.equal(suche.klang('fleegedinst'), suche.klang('pflegedienst'));
  assert.notEqual(suche.klang('kochen'), suche.klang('wochen'));
  const m = maschine(path.join(fixturen, 'suchindex'));
  assert.equal((await urls(m, 'Fleegedinst'))[0], A('ambulanter-pflegedienst-ampertal'));
  assert.equal((await urls(m, 'Midagstisch'))[0], A('mittagstisch-gasthof-post'));
  // the same sounds but more than three letters apart: not that word
  const wort = (w) => ({ wort: w, stamm: suche.stamm(w), praefix: false });
  assert.equal(suche.klang('middachsdisch'), suche.klang('mittagstisch'));
  assert.deepEqual(suche.kandidaten([['mittagstisch', '', 3, '']], wort('middachsdisch')), []);
  assert.equal(suche.kandidaten([['pflegedien', 'st', 3, '']], wort('fleegedinst')).length, 1);
  // nor in place of a word `ersatzFuer` tries
  assert.deepEqual(suche.kandidaten([['pflegedien', 'st', 3, '']], Object.assign(wort('fleegedinst'), { ersatz: true })), []);
});

test('another first letter in a short word is another word, not a typo; a letter more or less there is one', () => {
  assert.equal(suche.einTippfehler('kochen', 'wochen'), false);
  assert.equal(suche.einTippfehler('gesucht', 'besucht'), false);
  assert.equal(suche.einTippfehler('zmittag', 'mittag'), true, 'z\'Mittag');
  assert.equal(suche.einTippfehler('bflegedienst', 'pflegedienst'), true, 'a long word');
  assert.equal(suche.einTippfehler('kochne', 'kochen'), true);
});

test('a typo counts on stems of five letters or more; shorter words are compared by their forms', () => {
  // Vater → stem vat, one letter from lat (of lädt, dt sounding t): another word, not a typo
  const laedt = ['ladt', '=laedt', 3, '', ''];
  assert.deepEqual(suche.kandidaten([laedt], { wort: 'vater', stamm: 'vat', praefix: false }), []);
  // Mutter → mutt, one letter from mitt (Mitte)
  assert.deepEqual(suche.kandidaten([['mitt', ' e en', 5, '', '']], { wort: 'mutter', stamm: 'mutt', praefix: false }), []);
  // a short word one letter from a form of the key is still a typo (Demnz → demenz)
  const demenz = ['demenz', '', 4, '', ''];
  assert.equal(suche.kandidaten([demenz], { wort: 'demnz', stamm: 'demnz', praefix: false })[0].eintrag, demenz);
  assert.equal(suche.kandidaten([['treff', ' en', 4, '', '']], { wort: 'trefen', stamm: 'tref', praefix: false }).length, 1);
  // a long stem with a typo
  const pflege = ['pfleg', ' e', 9, '', ''];
  assert.equal(suche.kandidaten([pflege], { wort: 'plfege', stamm: 'plfeg', praefix: false })[0].eintrag, pflege);
});

test('relatives and how a question begins are no words of a query: "Ich suche einen Fahrdienst für meine Mutter" is "Fahrdienst"', async () => {
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const allein = await maschine(path.join(fixturen, ordner)).suche({ q: 'Fahrdienst', offen: false });
    for (const q of ['Fahrdienst für meine Mutter', 'Fahrdienst für unseren Opa', 'fahrdienst meinen vater',
      'Ich suche einen Fahrdienst für meine Mutter', 'brauche jemanden, Fahrdienst, gerne', 'Fahrdienst, ich wohne in',
      'Fahrdienst für Oma gesucht', 'Was kostet ein Fahrdienst?', 'Können Sie mir sagen, wo es einen Fahrdienst gibt?',
      'Fahrdienst fur meine Mutter', 'Überblick Fahrdienst']) {
      const e = await maschine(path.join(fixturen, ordner)).suche({ q, offen: false });
      // (the same entries; a word of what it costs ranks those that say it first)
      assert.deepEqual(/kost/.test(q) ? [...e.ids].sort() : e.ids, /kost/.test(q) ? [...allein.ids].sort() : allein.ids, `${ordner}: ${q}`);
      assert.equal(e.anzahl, allein.anzahl, q);
      assert.ok(!e.teilweise, q);
    }
  }
});

test('the kind of talk only ranks: `Vortrag Patientenverfügung` finds what `Patientenverfügung` finds', async () => {
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const allein = await maschine(path.join(fixturen, ordner)).suche({ q: 'Patientenverfügung', offen: false, alle: true });
    const mit = await maschine(path.join(fixturen, ordner)).suche({ q: 'Infoabend Patientenverfügung', offen: false, alle: true });
    assert.ok(allein.anzahl > 0, ordner);
    assert.deepEqual([...mit.ids].sort(), [...allein.ids].sort(), ordner);
    assert.ok(!mit.teilweise, ordner);
  }
});

test('three words that one entry has in full: it first, then those with every word but one', async () => {
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    // (a combination the split index keeps, with "+" for this)
    const e = await maschine(path.join(fixturen, ordner)).suche({ q: 'Amper Haag Rädern', offen: false, alle: true });
    assert.equal(e.ergaenzt, true, ordner);
    assert.ok(!e.teilweise, ordner);
    assert.equal(e.anzahl, 10, ordner);
    const genau = await maschine(path.join(fixturen, ordner)).suche({ q: 'Amper Haag Rädern Essen', offen: false, alle: true });
    assert.equal(e.ids[0], genau.ids[0], 'the entry with every word comes first');
    // two words never: every word must match
    const zwei = await maschine(path.join(fixturen, ordner)).suche({ q: 'Haag Rädern', offen: false });
    assert.ok(!zwei.ergaenzt, ordner);
  }
});

test('a word in more than half of the documents counts half as much as the others', () => {
  assert.equal(suche.gewichtung(50, 100), 2);
  assert.equal(suche.gewichtung(51, 100), 1);
  assert.equal(suche.gewichtung(1, 1), 1);
  assert.equal(suche.gewichtung(0, 0), 2);
});

test('every combination: the answer the term shard keeps equals the one computed from the postings', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  await einzeln.start();
  const form = (schluessel) => {
    const e = einzeln.kopf.begriffe.b.find((x) => x[0] === schluessel);
    return e && [e[0]].concat(e[1].split(' ').map((t) => (t[0] === '=' ? t.slice(1) : e[0] + t)))
      .find((f) => suche.stamm(f) === e[0] && f.length > 1);
  };
  const kombinationen = [];
  for (const [, daten] of geteilteDateien('t')) {
    for (const e of daten.b) if (e[0].includes(' ')) kombinationen.push(e[0]);
  }
  let geprueft = 0;
  for (const k of kombinationen) {
    const woerter = k.split(' ').map(form);
    if (woerter.some((w) => !w)) continue;
    const q = woerter.join(' ');
    const geteilt = maschine(path.join(fixturen, 'suchindex-geteilt'));
    const schnell = await geteilt.suche({ q, offen: false });
    const voll = await einzeln.suche({ q, offen: false });
    assert.deepEqual(schnell.ids, voll.ids.slice(0, schnell.ids.length), q);
    assert.equal(schnell.anzahl, voll.anzahl, q);
    geprueft++;
  }
  assert.ok(geprueft > 20, `${geprueft} combinations`);
});

test('a compound with postings of its own brings the documents with all its parts: its parts are not loaded', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  await einzeln.start();
  const eintraege = {};
  for (const [, daten] of geteilteDateien('t')) for (const e of daten.b) eintraege[e[0]] = e;
  const zusammengesetzt = Object.values(eintraege).filter((e) => e[4] && typeof e[3] === 'number');
  assert.ok(zusammengesetzt.length >= 3, 'the fixture has such compounds');
  let mitTeilen = 0;
  for (const e of zusammengesetzt) {
    const teilDateien = e[4].split(' ').map((t) => eintraege[t] && eintraege[t][3]).filter((n) => typeof n === 'number');
    const form = [e[0]].concat(e[1].split(' ').map((t) => (t[0] === '=' ? t.slice(1) : e[0] + t)))
      .find((f) => suche.stamm(f) === e[0] && f.length > 1);
    // computed from the postings (all results, a filter, a second word), not answered in advance
    for (const anfrage of [{ q: form, alle: true }, { q: form, gemeinde: 'kranzberg' }, { q: `${form} Senioren`, alle: true }]) {
      const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
      const e2 = await m.suche(Object.assign({ offen: false }, anfrage));
      const voll = await einzeln.suche(Object.assign({ offen: false }, anfrage));
      assert.deepEqual(e2.ids, voll.ids, anfrage.q);
      assert.equal(e2.anzahl, voll.anzahl, anfrage.q);
      const namen = m.geladen.map((g) => g.name);
      assert.ok(namen.includes(`p/${e[3]}`), `${anfrage.q}: ${namen}`);
      for (const n of teilDateien) assert.ok(!namen.includes(`p/${n}`), `${anfrage.q}: a part's postings p/${n} loaded`);
      // highlighted: the key and its parts
      assert.ok(e2.woerter[0].schluessel.includes(e[4].split(' ')[0]), anfrage.q);
    }
    // more documents than have the compound: those with every part (`Beratung zur Pflege`)
    if ((await einzeln.suche({ q: form, offen: false })).anzahl > e[2]) mitTeilen++;
  }
  assert.ok(mitTeilen >= 1, 'some compound finds documents only through its parts');
});

test('the documents with all parts that a compound\'s file keeps are those alleTeile computes from the parts', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  await einzeln.start();
  const postings = (schluessel) => suche.dekodiereTreffer(einzeln.kopf.begriffe.b.find((e) => e[0] === schluessel)[3]);
  let geprueft = 0, ohneTeil = 0, andere = 0;
  for (const [datei, d] of geteilteDateien('p')) {
    if (d.u === undefined) continue;
    const e = einzeln.kopf.begriffe.b.find((x) => x[0] === d.e[0]);
    assert.equal(e[3], d.p);
    const erwartet = suche.alleTeile(e[4].split(' ').map(postings));
    const p = suche.dekodiereTreffer(d.p);
    const t = suche.teilTrefferAus(p, d.u, suche.dekodiereTreffer(d.x));
    assert.deepEqual([Array.from(t[0]), Array.from(t[1])], [Array.from(erwartet[0]), Array.from(erwartet[1])], e[0]);
    assert.equal(d.u.length, p[0].length, e[0]);
    ohneTeil += (d.u.match(/\./g) || []).length;
    andere += suche.dekodiereTreffer(d.x)[0].length;
    geprueft++;
  }
  assert.ok(geprueft >= 3 && ohneTeil >= 1 && andere >= 1, `${geprueft} files, ${ohneTeil} without a part, ${andere} others`);
});

test('a key with postings of its own brings its umlaut spelling: only the postings that can change an answer', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  await einzeln.start();
  const eintrag = (schluessel) => einzeln.kopf.begriffe.b.find((e) => e[0] === schluessel);
  let geprueft = 0, behalten = 0;
  for (const [datei, d] of geteilteDateien('p')) {
    if (!d.o) continue;
    const k = einzeln.kopf.begriffe.b.find((x) => x[0] === d.e[0]);
    assert.equal(k[3], d.p);
    const u = eintrag(d.o[0]);
    assert.equal(d.o[0], suche.umlautfrei(k[0]));
    assert.deepEqual(d.o.slice(0, 3), u.slice(0, 3));
    // a document scores the better of key × 4 and umlaut spelling × 3
    const [kd, kg] = suche.dekodiereTreffer(k[3]);
    const [ud, ug] = suche.dekodiereTreffer(u[3]);
    const erwartet = [];
    ud.forEach((doc, n) => {
      const j = kd.indexOf(doc);
      if (j < 0 || 3 * ug[n] > 4 * kg[j]) erwartet.push([doc, ug[n]]);
    });
    const [od, og] = suche.dekodiereTreffer(d.o[3]);
    assert.deepEqual(Array.from(od, (doc, n) => [doc, og[n]]), erwartet, k[0]);
    behalten += erwartet.length;
    geprueft++;
  }
  assert.ok(geprueft >= 1 && behalten >= 1, `${geprueft} files, ${behalten} postings kept`);
  // through the engine: the same answers as the one-file index, the umlaut spelling never looked up
  for (const anfrage of [{ q: 'häusliche', alle: true }, { q: 'Häusliche', gemeinde: 'allershausen' }, { q: 'häusliche Betreuung', alle: true }]) {
    const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
    const gefragt = [];
    const eintragVorher = m.eintrag;
    m.eintrag = function (schluessel) { gefragt.push(schluessel); return eintragVorher.call(this, schluessel); };
    const e = await m.suche(Object.assign({ offen: false }, anfrage));
    const voll = await einzeln.suche(Object.assign({ offen: false }, anfrage));
    assert.deepEqual(e.ids, voll.ids, anfrage.q);
    assert.ok(!gefragt.includes('hauslich'), `${anfrage.q}: ${gefragt}`);
    const urlsDerAntwort = (await m.dokumente(e.ids)).map((d) => d.url);
    assert.ok(urlsDerAntwort.includes(A('hausliche-betreuung-allershausen')), anfrage.q);
    assert.ok(e.woerter[0].schluessel.includes('hauslich'), 'the spelling is highlighted');
  }
});

test('a one-word query on the sharded index needs only the manifest and one term shard', async () => {
  const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
  const e = await m.suche({ q: 'Kranzberg', offen: false });
  await m.dokumente(e.ids);
  assert.ok(e.anzahl > e.ids.length, 'more results than the first page');
  assert.deepEqual(m.geladen.map((g) => g.name.replace(/[0-9]+/, 'n')), ['index', 't/n']);
});

test('words that only rank beside a word answered in advance: its answer, from its term shard', async () => {
  for (const [q, kern] of [['Kranzberg für Senioren', 'Kranzberg'], ['Hilfe Kranzberg', 'Kranzberg'], ['pflege kranzberg senioren', 'pflege kranzberg']]) {
    const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
    const e = await m.suche({ q, offen: false });
    await m.dokumente(e.ids);
    // (term shards only: the one of the words' combination, looked up first, and the answer's)
    const namen = m.geladen.map((g) => g.name.replace(/[0-9]+/, 'n'));
    assert.ok(namen.length <= 3 && namen.every((n) => n === 'index' || n === 't/n'), `${q}: ${namen}`);
    const ohne = await maschine(path.join(fixturen, 'suchindex-geteilt')).suche({ q: kern, offen: false });
    assert.deepEqual(e.ids, ohne.ids, q);
    assert.equal(e.anzahl, ohne.anzahl, q);
    // the same documents as the full computation (the words that only rank do not filter)
    const voll = await maschine(path.join(fixturen, 'suchindex')).suche({ q, offen: false });
    assert.equal(e.anzahl, voll.anzahl, q);
    assert.ok(e.woerter.some((w) => w.stamm === 'senior' || w.stamm === 'hilf'), 'all words are highlighted');
  }
});

test('several words: a topic and a Gemeinde are answered in advance, in one term shard', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  for (const q of ['pflege kranzberg', 'Kranzberg Pflege', 'Essen auf Rädern Zolling', 'essen auf raedern', 'Pflegedienst Kranzberg']) {
    const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
    const e = await m.suche({ q, offen: false });
    await m.dokumente(e.ids);
    assert.deepEqual(m.geladen.map((g) => g.name.replace(/[0-9]+/, 'n')), ['index', 't/n'], q);
    const voll = await einzeln.suche({ q, offen: false });
    assert.deepEqual(e.ids, voll.ids.slice(0, e.ids.length), q);
    assert.equal(e.anzahl, voll.anzahl, q);
    assert.deepEqual(e.zaehler, voll.zaehler, q);
  }
});

test('a combination is looked up only when the head names each of its keys', async () => {
  const ordner = path.join(fixturen, 'suchindex-geteilt');
  const m = maschine(ordner);
  await m.start();
  assert.equal(typeof m.kopf.kombi, 'string');
  // every combination the shards keep has keys the head names (or of three letters or fewer)
  let kombis = 0, selten = null;
  for (let n = 0; n < m.kopf.teile.t.length; n++) {
    for (const e of (await m.datei('t/' + n)).b) {
      if (e[0].includes(' ')) { kombis++; assert.ok(m.kombinationMoeglich(e[0].split(' ')), e[0]); }
      else if (!selten && e[0].length > 5 && /^[a-z]+$/.test(e[0]) && !m.kombinationMoeglich([e[0]])) selten = e[0];
    }
  }
  assert.ok(kombis > 100, `${kombis} combinations`);
  assert.ok(selten, 'a key no combination has');
  // a query with such a word asks for no combination: no shard is loaded for one
  const n = maschine(ordner);
  const gefragt = [];
  const eintrag = n.eintrag.bind(n);
  n.eintrag = (k) => { gefragt.push(k); return eintrag(k); };
  const e = await n.suche({ q: 'Pflege ' + selten, offen: false });
  assert.ok(!gefragt.some((k) => k.includes(' ')), gefragt.join(' | '));
  const voll = await maschine(path.join(fixturen, 'suchindex')).suche({ q: 'Pflege ' + selten, offen: false });
  assert.deepEqual(e.ids.slice(0, 10), voll.ids.slice(0, 10));
});

test('several other words: results first, counts when the facets are there', async () => {
  const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
  const q = 'Gedächtnistraining Allershausen';
  const e = await m.suche({ q, offen: false });
  assert.equal(e.zaehler, null);
  assert.ok(e.anzahl > 0);
  assert.ok(!m.geladen.some((g) => g.name === 'f'), 'facets are not needed for the list');
  const z = await e.zaehlen();
  const voll = await maschine(path.join(fixturen, 'suchindex')).suche({ q, offen: false });
  assert.deepEqual(e.ids, voll.ids);
  assert.deepEqual(z, voll.zaehler);
});

test('two frequent words: the first page comes with their postings files, no document shard is loaded', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  for (const q of ['Dienst Haus', 'Hilfe Senioren', 'häusliche Pflege']) {
    const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
    const e = await m.suche({ q, offen: false });
    const seite = await m.dokumente(e.ids.slice(0, 10));
    const namen = m.geladen.map((g) => g.name.replace(/[0-9]+/, 'n'));
    // (more results than a term shard keeps for the first page of a key: 3 in this fixture)
    assert.ok(e.ids.length > 3, q);
    assert.ok(namen.filter((n) => n === 'p/n').length >= 2, `${q}: ${namen.join(' ')}`);
    assert.ok(!namen.includes('d/n'), `${q}: ${namen.join(' ')}`);
    const voll = await einzeln.suche({ q, offen: false });
    assert.deepEqual(seite.map((d) => d.id), voll.ids.slice(0, 10), q);
  }
});

test('typing on the sharded index: a word cut short stands for its likeliest key, no postings are loaded', async () => {
  const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
  for (const q of ['pfl', 'Pflegedi', 'pflege kranz']) {
    const e = await m.suche({ q, offen: true });
    await m.dokumente(e.ids.slice(0, 10));
    assert.ok(e.anzahl > 0, q);
  }
  const namen = m.geladen.map((g) => g.name);
  assert.ok(!namen.some((n) => /^(p|d)\//.test(n) || n === 'f'), namen.join(' '));
});

test('the sharded index loads only what a query needs', async () => {
  const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
  await m.suche({ q: 'Pflegedienst', offen: false });
  const namen = m.geladen.map((g) => g.name);
  assert.equal(namen[0], 'index');
  assert.ok(namen.filter((n) => n.startsWith('t/')).length <= 2, namen.join(' '));
  assert.ok(namen.filter((n) => n.startsWith('t/')).length < m.kopf.teile.t.length);
  await m.suche({ q: 'Pflegedienst', offen: false });
  assert.equal(m.geladen.length, namen.length, 'nothing is loaded twice');
});

test('a category name of several words spelled as it sounds is read as that name', async () => {
  const woerter = (q) => suche.wendungen(suche.anfrageWoerter(q, { auf: true }, false),
    [['essen', 'raedern'], ['betreutes', 'wohnen']]).map((w) => w.wort);
  assert.deepEqual(woerter('Esen auf Redern'), ['essen', 'raedern']);
  assert.deepEqual(woerter('Essen auf rätern Zolling'), ['essen', 'raedern', 'zolling']);
  assert.deepEqual(woerter('betreutes wohen'), ['betreutes', 'wohnen']);
  // every word of it, in its order; a word still being typed is left alone
  assert.deepEqual(woerter('Redern'), ['redern']);
  assert.deepEqual(woerter('Redern Esen'), ['redern', 'esen']);
  assert.deepEqual(suche.wendungen(suche.anfrageWoerter('Esen auf Rede', { auf: true }, true), [['essen', 'raedern']])
    .map((w) => w.wort), ['esen', 'rede']);
  // more than a typo is another word
  assert.deepEqual(woerter('Essen auf Reisen'), ['essen', 'reisen']);
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const m = maschine(path.join(fixturen, ordner));
    assert.equal((await urls(m, 'Esen auf Redern'))[0], A('essen-auf-raedern-zolling'), ordner);
  }
});

test('a paragraph of the law is one word, as the word fields know it', async () => {
  const bekannt = ['sgbxi41', 'sgbxi45b', 'sgbxi37', 'sgbxi37abs3', 'sgbv37', 'sgbv37b', 'sgbxii61', 'bgb1814'];
  const p = (q) => suche.paragraphen(q, bekannt);
  assert.equal(p('§ 41 SGB XI'), 'sgbxi41');
  assert.equal(p('§41 SGB 11 Antrag'), 'sgbxi41 antrag');
  assert.equal(p('SGB V § 37b'), 'sgbv37b');
  assert.equal(p('37b SGB V'), 'sgbv37b');
  assert.equal(p('37 Abs. 3 SGB XI'), 'sgbxi37abs3');
  assert.equal(p('Entlastungsbetrag 45b'), 'entlastungsbetrag sgbxi45b', 'a number with a letter that one book has');
  assert.equal(p('§ 37'), 'sgbxi37', 'after §, the Pflegeversicherung when several books have it');
  assert.equal(p('§ 1814 BGB'), 'bgb1814');
  // a number alone is no paragraph; a paragraph the fields do not know stays as written
  assert.equal(p('Hauptstraße 41'), 'Hauptstraße 41');
  assert.equal(p('§ 87 SGB XI'), '§ 87 SGB XI');
  assert.equal(suche.paragraphen('§ 41 SGB XI', []), '§ 41 SGB XI');
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const m = maschine(path.join(fixturen, ordner));
    assert.equal((await urls(m, '§ 41 SGB XI'))[0], A('tagespflege-im-pfarrhof'), ordner);
  }
});

test('a holiday keeps its word and adds its days; the weekend beside other words is also when a service is open', () => {
  const heute = '2026-11-22';
  const tage = (q, h) => suche.datumsWoerter(suche.anfrageWoerter(q, { an: true, am: true }, false), h || heute, q)
    .map((w) => [w.wort, w.datum || w.datumDazu || null]);
  assert.deepEqual(tage('Konzert an Dreikönig'), [['konzert', null], ['dreikoenig', ['t20270106']]]);
  assert.deepEqual(tage('Weihnachten'), [['weihnachten', ['t20261224', 't20261225', 't20261226']]]);
  assert.deepEqual(tage('Ostern'), [['ostern', ['t20270328', 't20270329']]]);
  assert.deepEqual(tage('Pfingstmontag', '2026-05-01'), [['pfingstmontag', ['t20260525']]]);
  assert.deepEqual(tage('Silvester', '2026-12-31'), [['silvester', ['t20261231']]], 'today is still its day');
  assert.equal(suche.ostersonntag(2025).toDateString(), new Date(2025, 3, 20).toDateString());
  assert.equal(suche.ostersonntag(2027).toDateString(), new Date(2027, 2, 28).toDateString());
  // alone the weekend asks for its events; beside a service also for those open then
  assert.deepEqual(tage('am Wochenende')[0][1], ['t20261122', 't20261128', 't20261129']);
  assert.deepEqual(tage('Mittagstisch am Wochenende')[1][1].slice(3), [suche.stamm('wochenende'), 'samstag', 'sonntag']);
});

test('ß written ss or s is one typo in a long word, not in a short one', () => {
  assert.equal(suche.einTippfehler('fusplfege', 'fusspflege'), true);
  assert.equal(suche.einTippfehler('gassi', 'gast'), false);
});

test('beside other words, a word that only ranks and is in thousands of documents, most of them, does not count', async () => {
  const ZIFFERN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const zahl = (v) => { let t = ''; do { const d = v % 32; v = Math.floor(v / 32); t += ZIFFERN[d + (v > 0 ? 32 : 0)]; } while (v > 0); return t; };
  const treffer = (paare) => { let vor = -1, t = ''; for (const [d, g] of paare) { t += zahl(d - vor - 1) + ZIFFERN[g]; vor = d; } return t; };
  // `kurs` in documents 0 to 9, all alike; `senior` in the last five of them and in 2 995 others
  const kurs = Array.from({ length: 10 }, (_, d) => [d, 40]);
  const senior = Array.from({ length: 3000 }, (_, i) => [i + 5, 40]);
  const index = (anzahl) => ({
    format: 2, anzahl, stopp: ['fuer'], zielgruppe: ['senior'], gemeinden: [], kategorien: [], orte: [],
    summen: { g: [], k: [] }, begriffe: { b: [['kurs', '', 10, treffer(kurs), ''], ['senior', 'en', 3000, treffer(senior), '']] },
    dokumente: { d: [] }
  });
  const ids = async (anzahl) => (await new suche.Suchmaschine(() => Promise.resolve(index(anzahl)))
    .suche({ q: 'Kurs für Senioren', offen: false })).ids;
  assert.deepEqual(await ids(5000), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'in 3 000 of 5 000 documents: it does not rank');
  assert.deepEqual(await ids(7000), [5, 6, 7, 8, 9, 0, 1, 2, 3, 4], 'in 3 000 of 7 000: it ranks');
});

test('on a split index, the head names the keys with a postings file: a computed query loads that file, not the term shard', async () => {
  const ZIFFERN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const zahl = (v) => { let t = ''; do { const d = v % 32; v = Math.floor(v / 32); t += ZIFFERN[d + (v > 0 ? 32 : 0)]; } while (v > 0); return t; };
  const treffer = (paare) => { let vor = -1, t = ''; for (const [d, g] of paare) { t += zahl(d - vor - 1) + ZIFFERN[g]; vor = d; } return t; };
  const kurs = Array.from({ length: 10 }, (_, d) => [d, 40]);
  const senior = Array.from({ length: 3000 }, (_, i) => [i + 5, 40]);
  // `haeufig` "aber kur senior": bits 0b110 (kur 1, senior 2) → files p/1 and p/2
  const dateien = (anzahl) => ({
    index: { format: 2, anzahl, stopp: ['fuer'], zielgruppe: ['senior'], zielgruppeAnzahl: [3000], gemeinden: [], kategorien: [],
      orte: [], summen: { g: [], k: [] }, haeufig: 'aber kur senior', kombi: '', teile: { t: [''], d: 100, ph: ZIFFERN[6], px: '' } },
    't/0': { b: [['aber', '', 1, 'AK', '', 'A', 'BAAA'], ['kur', 's', 10, 1, '', 'A', 'KAAA'], ['senior', 'en', 3000, 2, '', 'F', 'ovAAA']], d: [] },
    'p/1': { p: treffer(kurs), e: ['kur', 's', 10, 1, ''], d: [] },
    'p/2': { p: treffer(senior), e: ['senior', 'en', 3000, 2, ''], d: [] },
  });
  const frage = async (anzahl, q) => {
    const geladen = [];
    const m = new suche.Suchmaschine((name) => { geladen.push(name); return Promise.resolve(JSON.parse(JSON.stringify(dateien(anzahl)[name]))); });
    const e = await m.suche({ q, offen: false, alle: true });
    return { ids: e.ids, geladen };
  };
  let a = await frage(5000, 'Kurs für Senioren');
  assert.deepEqual(a.ids, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'in 3 000 of 5 000 documents: it does not rank');
  assert.deepEqual(a.geladen, ['index', 'p/1'], 'neither a term shard nor the postings of the word left out');
  a = await frage(7000, 'Kurs für Senioren');
  assert.deepEqual(a.ids, [5, 6, 7, 8, 9, 0, 1, 2, 3, 4], 'in 3 000 of 7 000: it ranks');
  assert.deepEqual(a.geladen.sort(), ['index', 'p/1', 'p/2']);
  // a word the head does not name (no postings file, a word cut short) still loads its term shard
  assert.deepEqual((await frage(7000, 'aber Kurs')).geladen.sort(), ['index', 'p/1', 't/0']);
});

test('on a split index, a word the head does not know is resolved first: the combination it makes needs no postings file', async () => {
  const ZIFFERN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const zahl = (v) => { let t = ''; do { const d = v % 32; v = Math.floor(v / 32); t += ZIFFERN[d + (v > 0 ? 32 : 0)]; } while (v > 0); return t; };
  const treffer = (paare) => { let vor = -1, t = ''; for (const [d, g] of paare) { t += zahl(d - vor - 1) + ZIFFERN[g]; vor = d; } return t; };
  const kurs = Array.from({ length: 10 }, (_, d) => [d, 40]);
  const moos = [[7, 40], [8, 40], [12, 40]];
  // `kur` has a postings file (haeufig "kur", bit 0); `voettingmoos` is a key of the combinations
  // (`kombi`); the term shard keeps the answer of "kur voettingmoos": documents 8 and 7
  const dateien = {
    index: { format: 2, anzahl: 20, stopp: [], zielgruppe: [], zielgruppeAnzahl: [], gemeinden: [], kategorien: [],
      orte: [], summen: { g: [], k: [] }, haeufig: 'kur', kombi: 'voettingmoos', teile: { t: [''], d: 100, ph: ZIFFERN[1], px: '' } },
    't/0': { b: [['kur', 's', 10, 0, '', 'A', 'KAAA'], ['kur voettingmoos', '', 2, '', '', zahl(8) + zahl(7), 'CAAA'],
      ['voettingmoos', '', 3, treffer(moos), '', zahl(7), 'DAAA'], ['zolling', '', 2, treffer([[3, 40], [4, 40]]), '', zahl(3), 'CAAA']], d: [] },
    'p/0': { p: treffer(kurs), e: ['kur', 's', 10, 0, ''], d: [] },
  };
  const frage = async (q) => {
    const geladen = [];
    const m = new suche.Suchmaschine((name) => { geladen.push(name); return Promise.resolve(JSON.parse(JSON.stringify(dateien[name]))); });
    const e = await m.suche({ q, offen: false });
    return { ids: e.ids, anzahl: e.anzahl, geladen };
  };
  // `Vötting` is no key: completed to voettingmoos in its term shard, it makes the combination
  let a = await frage('Kurs Vötting');
  assert.deepEqual([a.ids, a.anzahl], [[8, 7], 2], 'the answer kept for the combination');
  assert.deepEqual(a.geladen, ['index', 't/0'], 'not the postings file of kur');
  // written out, the place is a key of the combinations: the combination at once
  assert.deepEqual((await frage('Kurs Vöttingmoos')).geladen, ['index', 't/0']);
  // a word that completes to a key of no combination: computed from the postings, as before
  a = await frage('Kurs Zollin');
  assert.deepEqual([a.ids, a.anzahl], [[3, 4], 2]);
  assert.deepEqual(a.geladen.sort(), ['index', 'p/0', 't/0']);
});

test('on the sharded fixture, the postings files the head names carry their key\'s entry, and answers stay those of one file', async () => {
  const einzeln = maschine(path.join(fixturen, 'suchindex'));
  await einzeln.start();
  const m0 = maschine(path.join(fixturen, 'suchindex-geteilt'));
  await m0.start();
  const dateien = geteilteDateien('p');
  assert.equal(m0.trefferDateien.size, dateien.length, 'the head names every postings file');
  const formen = [];
  for (const [datei, d] of dateien) {
    const nummer = parseInt(datei, 10);
    assert.equal(m0.trefferDateien.get(d.e[0]), nummer, d.e[0]);
    const e = einzeln.kopf.begriffe.b.find((x) => x[0] === d.e[0]);
    assert.deepEqual([d.e[0], d.e[1], d.e[2], d.e[4]], [e[0], e[1], e[2], e[4]], d.e[0]);
    assert.equal(d.e[3], nummer);
    assert.ok(d.d.length >= 1 && d.d.every((r) => typeof r[1] === 'string'), `${d.e[0]}: the records of its first page`);
    const form = [e[0]].concat(e[1].split(' ').map((t) => (t[0] === '=' ? t.slice(1) : e[0] + t)))
      .find((f) => suche.stamm(f) === e[0] && f.length > 3 && !/st$/.test(f));
    if (form && !einzeln.stoppwoerter[form]) formen.push(form);
  }
  assert.ok(formen.length >= 10, `${formen.length} words`);
  let ohneTermteil = 0;
  for (let i = 0; i + 1 < formen.length; i += 2) {
    for (const anfrage of [{ q: `${formen[i]} ${formen[i + 1]}`, alle: true }, { q: formen[i], gemeinde: 'kranzberg' }]) {
      const m = maschine(path.join(fixturen, 'suchindex-geteilt'));
      const e = await m.suche(Object.assign({ offen: false }, anfrage));
      const voll = await einzeln.suche(Object.assign({ offen: false }, anfrage));
      assert.deepEqual(e.ids, voll.ids, anfrage.q);
      assert.equal(e.anzahl, voll.anzahl, anfrage.q);
      if (!m.geladen.some((g) => g.name.startsWith('t/'))) ohneTermteil++;
    }
  }
  assert.ok(ohneTermteil >= formen.length / 2, `${ohneTermteil} of ${formen.length} queries without a term shard`);
});

test('highlighting', async () => {
  const m = maschine(path.join(fixturen, 'suchindex'));
  const marken = async (q, text) => {
    const e = await m.suche({ q, offen: true });
    return suche.markiere(text, e.woerter).filter((t) => t.mark).map((t) => t.text);
  };
  assert.deepEqual(await marken('pflegediensten', 'Ambulanter Pflegedienst Ampertal'), ['Pflegedienst']);
  assert.deepEqual(await marken('Begleitservice', 'Seniorenbegleitservice Kranzberg'), ['Seniorenbegleitservice']);
  assert.deepEqual(await marken('essen auf raedern', 'Essen auf Rädern Zolling'), ['Essen', 'Rädern']);
  assert.deepEqual(await marken('tagespfl', 'Tagespflege im Pfarrhof'), ['Tagespflege']);
  assert.deepEqual(await marken('pflege kranzberg', 'Ambulanter Pflegedienst Ampertal · Kranzberg'), ['Pflegedienst', 'Kranzberg']);
  assert.deepEqual(await marken('Service', 'Seniorenbegleitservice und Servicetelefon'), ['Seniorenbegleitservice', 'Servicetelefon']);
  const teile = suche.markiere('Essen auf Rädern', [{ wort: 'essen', stamm: 'ess', praefix: false, schluessel: ['ess'], formen: ['essen'] }]);
  assert.equal(teile.map((t) => t.text).join(''), 'Essen auf Rädern', 'the text is kept as it was');
});

test('a word that matches nothing is not cut inside a word or an umlaut', async () => {
  // the one-file fixture with the keys `aeng` (forms ängen), `eng` (engen) and `nach` (nächsten)
  // added, as a region would have them from `Ängsten`, `eng` and `nächsten`
  const l = lader(path.join(fixturen, 'suchindex'));
  const m = new suche.Suchmaschine((name) => l.laden(name).then((d) => {
    if (name !== 'index') return d;
    const b = d.begriffe.b, vorlage = b.find((e) => e[0] === 'einkauf');
    for (const neu of [['aeng', ' en'], ['eng', ' en'], ['nach', ' =naechsten']]) b.push([neu[0], neu[1], 1, vorlage[3], '']);
    b.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    return d;
  }));
  const ersatz = (wort) => m.start().then(() => m.ersatzFuer({ wort, stamm: suche.stamm(wort), praefix: false }));
  assert.equal(await ersatz('umhaengen'), null, '`umh|ängen` and `umha|engen` are cuts inside a word');
  assert.equal((await ersatz('wegfahren')).wort, 'fahren', 'a front of three letters that begins words');
  assert.equal((await ersatz('kaffeeklatsch')).wort, 'kaffee');
  assert.equal(await ersatz('nachbardorf'), null, 'a stop word is no part, even where it is a key');
});

test('a word for older people beside other words ranks, it does not filter', async () => {
  const ziel = { senior: true, aelt: true };
  const pflicht = (q) => suche.pflichtWoerter(suche.anfrageWoerter(q, { fuer: true }, false), ziel);
  assert.deepEqual(pflicht('Gymnastik für Senioren'), [true, false]);
  assert.deepEqual(pflicht('Senioren'), [true], 'alone it is the query');
  for (const ordner of ['suchindex', 'suchindex-geteilt']) {
    const m = maschine(path.join(fixturen, ordner));
    // the Hausnotruf does not say "Senioren": still found, and not as a partial match
    const e = await m.suche({ q: 'Hausnotruf für Senioren', offen: false });
    assert.equal(e.teilweise, false);
    assert.deepEqual(await urls(maschine(path.join(fixturen, ordner)), 'Hausnotruf für Senioren'), [A('hausnotruf-johanniter')]);
    // every Fahrdienst, the one that says "Senioren" higher than without the word
    const ohne = await urls(maschine(path.join(fixturen, ordner)), 'Fahrdienst');
    const mit = await urls(maschine(path.join(fixturen, ordner)), 'Fahrdienst für Senioren');
    assert.deepEqual([...mit].sort(), [...ohne].sort());
    assert.ok(mit.indexOf(A('seniorenbegleitservice-kranzberg')) < ohne.indexOf(A('seniorenbegleitservice-kranzberg')), mit.join(' '));
    // in a compound no page has, such a part only says who it is for: the Hausnotruf, not a guess
    const k = await maschine(path.join(fixturen, ordner)).suche({ q: 'Seniorenhausnotruf', offen: false });
    assert.equal(k.teilweise, false);
    assert.equal((await urls(maschine(path.join(fixturen, ordner)), 'Seniorenhausnotruf'))[0], A('hausnotruf-johanniter'));
  }
});
