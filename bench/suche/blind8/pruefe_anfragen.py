#!/usr/bin/env python3
"""Prüft anfragen.json gegen den Inhaltsordner region/ (nur Standardbibliothek).

Aufruf:  python3 pruefe_anfragen.py [anfragen.json] [region]
Exit-Code 0, wenn alles stimmt, sonst 1 (alle Fehler werden aufgelistet).
"""
import json
import os
import re
import sys
from collections import Counter

ARTEN = [
    "exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym",
    "flexion", "gemeinde_kategorie", "mehrwort", "satz", "seiteninhalt",
    "termin", "abkuerzung_zahl",
]
PRO_ART = 10
GESAMT = PRO_ART * len(ARTEN)
ADRESSE = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")


def eintraege(region):
    """Sammelt die ids aller Angebote und Termine unter region/."""
    gefunden = {"angebote": {}, "termine": {}}
    for wurzel, ordner, dateien in os.walk(region):
        ordner[:] = [o for o in ordner if not o.startswith((".", "_"))]
        art = os.path.basename(wurzel)
        if art not in gefunden:
            continue
        for d in dateien:
            if d.endswith(".md") and not d.startswith((".", "_")):
                gefunden[art].setdefault(d[:-3], []).append(os.path.join(wurzel, d))
    return gefunden


def main():
    hier = os.path.dirname(os.path.abspath(__file__))
    pfad = sys.argv[1] if len(sys.argv) > 1 else os.path.join(hier, "anfragen.json")
    region = sys.argv[2] if len(sys.argv) > 2 else os.path.join(hier, "region")
    fehler = []

    try:
        with open(pfad, encoding="utf-8") as f:
            daten = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"FEHLER: {pfad} ist kein gültiges JSON: {e}")
        return 1

    if not isinstance(daten, dict):
        print("FEHLER: Die oberste Ebene muss ein Objekt sein.")
        return 1
    for schluessel in ("erklaerung", "heute", "anfragen"):
        if schluessel not in daten:
            fehler.append(f"Schlüssel '{schluessel}' fehlt.")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(daten.get("heute", ""))):
        fehler.append("'heute' ist kein Datum JJJJ-MM-TT.")
    anfragen = daten.get("anfragen", [])
    if not isinstance(anfragen, list):
        print("FEHLER: 'anfragen' muss eine Liste sein.")
        return 1

    vorhanden = eintraege(region)
    for art, ids in vorhanden.items():
        for i, dateien in ids.items():
            if len(dateien) > 1:
                fehler.append(f"id '{i}' kommt unter {art} mehrfach vor: {dateien}")
    doppelt = set(vorhanden["angebote"]) & set(vorhanden["termine"])
    for i in sorted(doppelt):
        fehler.append(f"id '{i}' ist zugleich Angebot und Termin.")

    if len(anfragen) != GESAMT:
        fehler.append(f"{len(anfragen)} Anfragen statt {GESAMT}.")
    zaehler = Counter()
    texte = Counter()
    for n, a in enumerate(anfragen, 1):
        wo = f"Anfrage {n}"
        if not isinstance(a, dict):
            fehler.append(f"{wo}: kein Objekt.")
            continue
        unbekannt = set(a) - {"q", "art", "erwartet"}
        if unbekannt:
            fehler.append(f"{wo}: unbekannte Schlüssel {sorted(unbekannt)}.")
        q = a.get("q")
        if not isinstance(q, str) or not q.strip():
            fehler.append(f"{wo}: 'q' fehlt oder ist leer.")
        else:
            wo = f"Anfrage {n} ({q!r})"
            texte[q.strip().lower()] += 1
        art = a.get("art")
        if art not in ARTEN:
            fehler.append(f"{wo}: unbekannte Art {art!r}.")
        else:
            zaehler[art] += 1
        erwartet = a.get("erwartet")
        if not isinstance(erwartet, list) or not erwartet:
            fehler.append(f"{wo}: 'erwartet' muss eine nicht leere Liste sein.")
            continue
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{wo}: doppelte Adresse in 'erwartet'.")
        for adr in erwartet:
            m = ADRESSE.match(adr) if isinstance(adr, str) else None
            if not m:
                fehler.append(f"{wo}: Adresse {adr!r} hat nicht die Form angebote/<id>/ oder termine/<id>/.")
                continue
            if m.group(2) not in vorhanden[m.group(1)]:
                fehler.append(f"{wo}: {adr} gibt es nicht (keine Datei {m.group(1)}/{m.group(2)}.md in region/).")

    for art in ARTEN:
        if zaehler[art] != PRO_ART:
            fehler.append(f"Art '{art}': {zaehler[art]} Anfragen statt {PRO_ART}.")
    for t, k in texte.items():
        if k > 1:
            fehler.append(f"Anfrage {t!r} kommt {k}-mal vor.")

    if fehler:
        for f_ in fehler:
            print("FEHLER:", f_)
        print(f"{len(fehler)} Fehler.")
        return 1
    n_erw = sum(len(a["erwartet"]) for a in anfragen)
    print(f"OK: {len(anfragen)} Anfragen, {len(ARTEN)} Arten zu je {PRO_ART}, "
          f"{n_erw} erwartete Adressen, alle vorhanden "
          f"({len(vorhanden['angebote'])} Angebote, {len(vorhanden['termine'])} Termine in region/).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
