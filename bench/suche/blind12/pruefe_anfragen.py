#!/usr/bin/env python3
"""Prüft anfragen.json gegen die gebaute Website und den Inhalt der Region.

- jede erwartete Adresse existiert als <site>/<url>index.html
- kein erwarteter Termin liegt vor dem Stichtag ('heute')
- 13 Arten mit je 10 Anfragen, jede Anfrage mit mindestens einer Erwartung, keine Doppelten

Aufruf: python3 pruefe_anfragen.py [--site /tmp/blind12-site]
"""
import argparse, collections, datetime as dt, glob, json, os, re, sys

HIER = os.path.dirname(os.path.abspath(__file__))
ARTEN = ["diktat-satz", "diktat-getrennt", "diktat-zusammen", "hoerfehler", "zahlen-gesprochen",
         "ortsname-gesprochen", "umgangssprache", "hoeflich", "tippfehler", "termin",
         "mehrere-woerter", "exakt", "synonym"]


def termin_ende(pfad):
    """Letzter Tag, an dem der Termin (oder die Serie) stattfindet."""
    text = open(pfad, encoding="utf-8").read()
    front = text.split("---")[1]
    werte = dict(re.findall(r"^(beginn|ende|bis|wiederholung):\s*(.+?)\s*$", front, re.M))
    if "wiederholung" in werte:
        return dt.date.fromisoformat(werte["bis"].strip('"'))
    zeit = werte.get("ende", werte["beginn"]).strip('"')
    return dt.date.fromisoformat(zeit[:10])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="/tmp/blind12-site")
    args = ap.parse_args()
    daten = json.load(open(os.path.join(HIER, "anfragen.json"), encoding="utf-8"))
    heute = dt.date.fromisoformat(daten["heute"])
    termine = {os.path.basename(p)[:-3]: p for p in glob.glob(os.path.join(HIER, "region", "**", "termine", "*.md"), recursive=True)}
    fehler = []
    zaehler = collections.Counter()
    gesehen = set()
    for i, a in enumerate(daten["anfragen"]):
        zaehler[a["art"]] += 1
        if a["art"] not in ARTEN:
            fehler.append(f"#{i} unbekannte Art {a['art']!r}")
        if a["q"] in gesehen:
            fehler.append(f"#{i} doppelte Anfrage {a['q']!r}")
        gesehen.add(a["q"])
        if not a["erwartet"]:
            fehler.append(f"#{i} {a['q']!r}: keine Erwartung")
        if len(set(a["erwartet"])) != len(a["erwartet"]):
            fehler.append(f"#{i} {a['q']!r}: doppelte Erwartung")
        for url in a["erwartet"]:
            if not re.fullmatch(r"(angebote|termine)/[a-z][a-z0-9-]*/", url):
                fehler.append(f"#{i} {a['q']!r}: ungültige Adresse {url}")
                continue
            if not os.path.isfile(os.path.join(args.site, url, "index.html")):
                fehler.append(f"#{i} {a['q']!r}: {url} fehlt in {args.site}")
            if url.startswith("termine/"):
                tid = url.split("/")[1]
                if tid not in termine:
                    fehler.append(f"#{i} {a['q']!r}: Termin {tid} nicht im Inhalt")
                elif termin_ende(termine[tid]) < heute:
                    fehler.append(f"#{i} {a['q']!r}: Termin {tid} liegt vor {heute}")
    for art in ARTEN:
        if zaehler[art] != 10:
            fehler.append(f"Art {art}: {zaehler[art]} statt 10 Anfragen")
    n_urls = sum(len(a["erwartet"]) for a in daten["anfragen"])
    print(f"{len(daten['anfragen'])} Anfragen, {n_urls} erwartete Adressen, Arten: " +
          ", ".join(f"{k}={zaehler[k]}" for k in ARTEN))
    for f in fehler:
        print("FEHLER:", f)
    print("OK" if not fehler else f"{len(fehler)} Fehler")
    return 1 if fehler else 0


if __name__ == "__main__":
    sys.exit(main())
