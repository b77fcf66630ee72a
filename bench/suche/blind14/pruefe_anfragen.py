#!/usr/bin/env python3
"""Prüft anfragen.json des blinden Testsatzes 14 gegen die gebaute Website.

- Jede erwartete URL muss als <site>/<url>index.html existieren.
- Kein erwarteter Termin darf vor "heute" vollständig vorbei sein
  (letzter Tag = bis, sonst ende, sonst beginn; gelesen aus region/**/termine/*.md).
- Jede Anfrage hat mindestens eine erwartete URL, keine doppelten Anfragen.
- Zählt die Anfragen je Art.

Aufruf: python3 pruefe_anfragen.py [SITE]   (Standard: /tmp/blind14-site)
"""
import datetime, glob, json, os, re, sys
from collections import Counter

HIER = os.path.dirname(os.path.abspath(__file__))
SITE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind14-site"
ARTEN = ["lautschrift", "dialekt-laut", "zweitsprache", "einfache-sprache", "herkunft",
         "fehlende-umlaute", "getrennt-zusammen", "tippfehler", "ort", "mehrere-woerter",
         "exakt", "synonym", "termin"]

def frontmatter(path):
    text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    felder = {}
    for zeile in (m.group(1) if m else "").splitlines():
        k = re.match(r"^([a-z_]+):\s*(.*)$", zeile)
        if k:
            felder[k.group(1)] = k.group(2).strip().strip("'\"")
    return felder

def letzter_tag(f):
    for key in ("bis", "ende", "beginn"):
        if f.get(key):
            return datetime.date.fromisoformat(f[key][:10])
    return None

daten = json.load(open(os.path.join(HIER, "anfragen.json"), encoding="utf-8"))
heute = datetime.date.fromisoformat(daten["heute"])
termine = {}
for p in glob.glob(os.path.join(HIER, "region", "**", "termine", "*.md"), recursive=True):
    termine[os.path.basename(p)[:-3]] = letzter_tag(frontmatter(p))
vergangen = {i for i, d in termine.items() if d is not None and d < heute}

fehler = []
arten = Counter()
gesehen = set()
urls = set()
for n, a in enumerate(daten["anfragen"], 1):
    q, art, erw = a.get("q", ""), a.get("art", ""), a.get("erwartet", [])
    arten[art] += 1
    if art not in ARTEN:
        fehler.append(f"#{n} {q!r}: unbekannte Art {art!r}")
    if (q.lower(), art) in gesehen:
        fehler.append(f"#{n} {q!r}: doppelt")
    gesehen.add((q.lower(), art))
    if not erw:
        fehler.append(f"#{n} {q!r}: keine erwartete URL")
    if len(set(erw)) != len(erw):
        fehler.append(f"#{n} {q!r}: URL doppelt in erwartet")
    for url in erw:
        urls.add(url)
        if not re.fullmatch(r"(angebote|termine)/[a-z][a-z0-9-]*/", url):
            fehler.append(f"#{n} {q!r}: ungewöhnliche URL {url}")
        if not os.path.isfile(os.path.join(SITE, url, "index.html")):
            fehler.append(f"#{n} {q!r}: {url} fehlt in {SITE}")
        if url.startswith("termine/"):
            tid = url.split("/")[1]
            if tid not in termine:
                fehler.append(f"#{n} {q!r}: Termin {tid} nicht im Inhalt gefunden")
            elif tid in vergangen:
                fehler.append(f"#{n} {q!r}: {url} ist vergangen ({termine[tid]} < {heute})")

print(f"Anfragen: {len(daten['anfragen'])}, verschiedene erwartete URLs: {len(urls)}, "
      f"Termine im Inhalt: {len(termine)} (davon vergangen: {len(vergangen)})")
for art in ARTEN + sorted(set(arten) - set(ARTEN)):
    print(f"  {art:18s} {arten[art]:3d}")
groessen = Counter(len(a["erwartet"]) for a in daten["anfragen"])
print("Anzahl erwarteter URLs je Anfrage:", dict(sorted(groessen.items())))
if fehler:
    print(f"\n{len(fehler)} Fehler:")
    for f in fehler:
        print("  " + f)
    sys.exit(1)
print("OK: alle erwarteten URLs existieren, kein vergangener Termin erwartet.")
