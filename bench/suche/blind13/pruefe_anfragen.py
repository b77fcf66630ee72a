#!/usr/bin/env python3
"""Prüft anfragen.json gegen die gebaute Website und den Inhaltsordner.

- jede erwartete URL existiert als <site>/<url>index.html
- kein erwarteter Termin liegt vor dem Stichtag (bei Serien: 'bis' vor dem Stichtag)
- jede Anfrage hat mindestens eine erwartete URL, keine doppelten
- Anzahl der Anfragen je Art

Aufruf: python3 pruefe_anfragen.py [--site /tmp/blind13-site]
"""
import json, os, re, sys, collections, glob

HIER = os.path.dirname(os.path.abspath(__file__))
site = "/tmp/blind13-site"
if "--site" in sys.argv:
    site = sys.argv[sys.argv.index("--site") + 1]

doc = json.load(open(os.path.join(HIER, "anfragen.json"), encoding="utf-8"))
heute = doc["heute"]

# Termine aus dem Inhaltsordner lesen: id -> letztes Datum (beginn oder bis)
termine = {}
for pfad in glob.glob(os.path.join(HIER, "region", "**", "termine", "*.md"), recursive=True):
    tid = os.path.basename(pfad)[:-3]
    text = open(pfad, encoding="utf-8").read()
    kopf = text.split("---")[1]
    beginn = re.search(r"^beginn:\s*(\d{4}-\d{2}-\d{2})", kopf, re.M).group(1)
    bis = re.search(r"^bis:\s*(\d{4}-\d{2}-\d{2})", kopf, re.M)
    termine[tid] = (beginn, bis.group(1) if bis else None)

fehler = []
je_art = collections.Counter()
for a in doc["anfragen"]:
    je_art[a["art"]] += 1
    e = a["erwartet"]
    if not e:
        fehler.append(f"{a['q']!r}: keine erwartete URL")
    if len(e) != len(set(e)):
        fehler.append(f"{a['q']!r}: doppelte URL")
    for url in e:
        if not re.fullmatch(r"(angebote|termine)/[a-z][a-z0-9-]*/", url):
            fehler.append(f"{a['q']!r}: unerwartete URL-Form {url}")
        if not os.path.isfile(os.path.join(site, url, "index.html")):
            fehler.append(f"{a['q']!r}: {url} fehlt in {site}")
        if url.startswith("termine/"):
            tid = url.split("/")[1]
            if tid not in termine:
                fehler.append(f"{a['q']!r}: Termin {tid} nicht im Inhalt")
            else:
                beginn, bis = termine[tid]
                letzter = bis or beginn
                if letzter < heute:
                    fehler.append(f"{a['q']!r}: Termin {tid} ist vergangen ({letzter})")

print(f"{len(doc['anfragen'])} Anfragen, Stichtag {heute}")
for art, n in je_art.items():
    print(f"  {art:16s} {n}")
vergangen = sorted(t for t, (b, bis) in termine.items() if (bis or b) < heute)
print(f"{len(termine)} Termine im Inhalt, davon vergangen: {len(vergangen)}")
if fehler:
    print("\nFEHLER:")
    for f in fehler:
        print("  " + f)
    sys.exit(1)
print("OK: alle erwarteten URLs existieren, kein vergangener Termin erwartet.")
