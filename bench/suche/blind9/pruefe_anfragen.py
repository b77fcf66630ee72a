#!/usr/bin/env python3
"""Checks anfragen.json of the blind9 search test set (Python 3, stdlib only).

Verifies: valid JSON with the expected keys, 130 queries, 10 per kind,
every query has at least one expected address, no duplicates, and every
expected address (angebote/<id>/ or termine/<id>/) exists as a file in
region/ (region/angebote, region/termine or gemeinden/<g>/angebote|termine).
Exit code 0 if everything is fine, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
ARTEN = ["exakt", "praefix", "umlaut", "tippfehler_handy", "leerzeichen", "kompositum",
         "synonym", "flexion", "gemeinde_kategorie", "mehrwort", "angehoerige", "satz", "termin"]


def vorhandene_eintraege():
    gefunden = {"angebote": {}, "termine": {}}
    for wurzel, _ordner, dateien in os.walk(REGION):
        teil = os.path.basename(wurzel)
        if teil not in gefunden:
            continue
        for d in dateien:
            if d.endswith(".md") and not d.startswith((".", "_")):
                gefunden[teil].setdefault(d[:-3], []).append(os.path.join(wurzel, d))
    return gefunden


def main():
    fehler = []
    pfad = os.path.join(HIER, "anfragen.json")
    try:
        with open(pfad, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FEHLER: {pfad} ist kein gültiges JSON: {e}")
        return 1

    for schluessel in ("erklaerung", "heute", "anfragen"):
        if schluessel not in doc:
            fehler.append(f"Schlüssel '{schluessel}' fehlt")
    if doc.get("heute") != "2026-11-22":
        fehler.append(f"'heute' ist {doc.get('heute')!r}, erwartet 2026-11-22")
    anfragen = doc.get("anfragen", [])
    if len(anfragen) != 130:
        fehler.append(f"{len(anfragen)} Anfragen statt 130")

    eintraege = vorhandene_eintraege()
    for art, ids in eintraege.items():
        for id_, dateien in ids.items():
            if len(dateien) > 1:
                fehler.append(f"{art}/{id_} gibt es mehrfach: {dateien}")

    zaehler = Counter()
    gesehen = Counter()
    for i, a in enumerate(anfragen):
        wo = f"Anfrage {i + 1} ({a.get('q')!r})"
        if set(a) != {"q", "art", "erwartet"}:
            fehler.append(f"{wo}: Schlüssel {sorted(a)} statt q, art, erwartet")
        q = a.get("q")
        if not isinstance(q, str) or not q.strip():
            fehler.append(f"{wo}: leeres q")
        gesehen[q] += 1
        art = a.get("art")
        if art not in ARTEN:
            fehler.append(f"{wo}: unbekannte Art {art!r}")
        zaehler[art] += 1
        erwartet = a.get("erwartet")
        if not isinstance(erwartet, list) or not erwartet:
            fehler.append(f"{wo}: 'erwartet' ist leer oder keine Liste")
            continue
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{wo}: doppelte Adresse in 'erwartet'")
        for adr in erwartet:
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", adr) if isinstance(adr, str) else None
            if not m:
                fehler.append(f"{wo}: Adresse {adr!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
            elif m.group(2) not in eintraege[m.group(1)]:
                fehler.append(f"{wo}: {adr} gibt es in region/ nicht")

    for art in ARTEN:
        if zaehler[art] != 10:
            fehler.append(f"Art {art}: {zaehler[art]} Anfragen statt 10")
    for q, n in gesehen.items():
        if n > 1:
            fehler.append(f"Anfrage {q!r} kommt {n}-mal vor")

    print(f"{len(anfragen)} Anfragen, {len(eintraege['angebote'])} Angebote, {len(eintraege['termine'])} Termine in region/")
    for art in ARTEN:
        print(f"  {art:20} {zaehler[art]}")
    if fehler:
        print(f"\n{len(fehler)} Fehler:")
        for f_ in fehler:
            print("  - " + f_)
        return 1
    print("\nAlles in Ordnung.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
