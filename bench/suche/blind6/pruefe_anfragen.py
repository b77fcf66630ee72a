#!/usr/bin/env python3
"""Prüft anfragen.json gegen die Region (region/) und eine gebaute Website.

Aufruf:  python3 pruefe_anfragen.py <Ordner der gebauten Website>

Geprüft wird:
  * Form der Datei (erklaerung, heute, anfragen mit q, art, erwartet)
  * Arten und Anzahlen (je 6 der zehn üblichen Arten, 60 "seiteninhalt")
  * jede erwartete Adresse hat die Form angebote/<id>/, termine/<id>/ oder
    kategorien/<id>/, gibt es in der Region und als <site>/<adresse>index.html
  * keine Gemeinde- oder Trägerseiten, keine vergangenen Termine
    (Ende vor "heute"; bei Reihen das Datum "bis")
  * nennt eine Anfrage eine Gemeinde: jedes erwartete Angebot erreicht sie
    über sein Einzugsgebiet, jeder erwartete Termin findet dort statt, und es
    wird keine Kategorieseite erwartet
  * nennt eine Anfrage einen Ortsteil: erwartete Angebote erreichen die
    Gemeinde, zu der der Ortsteil gehört; erwartete Termine finden dort statt

Nur Python-Standardbibliothek und PyYAML.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

import yaml

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
ANFRAGEN = os.path.join(HIER, "anfragen.json")

ARTEN = {
    "exakt": 6, "praefix": 6, "umlaut": 6, "tippfehler": 6, "kompositum": 6,
    "synonym": 6, "flexion": 6, "gemeinde+kategorie": 6, "mehrwort": 6,
    "satz": 6, "seiteninhalt": 60,
}

# Ortsteile der erfundenen Region (stehen so in den Gemeindetexten und in
# den Adressen der Einträge). Schlüssel: normalisierte Schreibweise.
ORTSTEILE = {
    "oberhausen": "muehlried", "lohwinkel": "muehlried", "siebenbrunn": "muehlried",
    "kleinschwaig": "grossenschwaig", "aumuehle": "grossenschwaig",
    "tann": "rieden-schwaighofen", "hinterried": "rieden-schwaighofen",
    "oed": "buechl", "kreuth": "buechl",
    "unterhoefen": "oberhoefen", "moosmuehle": "oberhoefen",
    "strass": "graefelsdorf", "lindach": "graefelsdorf",
    "haselbach": "weissenbrunn", "sonnleiten": "weissenbrunn",
    "eben": "thuernthal", "fichtlmuehle": "thuernthal",
    "moosen": "st-ulrich-im-moos", "gfaellach": "st-ulrich-im-moos",
    "pfaffing": "kirchloh",
}

ADRESSE = re.compile(r"^(angebote|termine|kategorien)/([a-z][a-z0-9-]*)/$")
UML = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e"})
OHNE_PUNKTE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def norm(text, tabelle=UML):
    text = text.lower().translate(tabelle)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def front_matter(pfad):
    with open(pfad, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    teile = text.split("\n---", 1)
    if not text.startswith("---") or len(teile) < 2:
        raise ValueError(f"{pfad}: keine Front Matter")
    return yaml.safe_load(teile[0][3:]) or {}


def als_datum(wert):
    if isinstance(wert, datetime.datetime):
        return wert.date()
    if isinstance(wert, datetime.date):
        return wert
    return datetime.date.fromisoformat(str(wert).strip()[:10])


def lade_region():
    gemeinden = {}
    for gid in sorted(os.listdir(os.path.join(REGION, "gemeinden"))):
        if gid.startswith((".", "_")):
            continue
        meta = front_matter(os.path.join(REGION, "gemeinden", gid, "index.md"))
        gemeinden[gid] = meta["name"]
    angebote, termine = {}, {}
    orte = [(gid, os.path.join(REGION, "gemeinden", gid)) for gid in gemeinden]
    orte.append(("region", os.path.join(REGION, "region")))
    for gid, basis in orte:
        for art, ziel in (("angebote", angebote), ("termine", termine)):
            ordner = os.path.join(basis, art)
            if not os.path.isdir(ordner):
                continue
            for datei in sorted(os.listdir(ordner)):
                if not datei.endswith(".md") or datei.startswith((".", "_")):
                    continue
                meta = front_matter(os.path.join(ordner, datei))
                meta["_gemeinde"] = gid
                ziel[datei[:-3]] = meta
    for a in angebote.values():
        ez = a.get("einzugsgebiet")
        if ez is None:
            ez = "alle" if a["_gemeinde"] == "region" else [a["_gemeinde"]]
        a["_erreicht"] = set(gemeinden) if ez == "alle" else set(ez)
    return gemeinden, angebote, termine


def gemeinde_aliase(gemeinden):
    """normalisierte Wortfolgen -> Gemeinde-id"""
    aliase = {}
    for gid, name in gemeinden.items():
        formen = {norm(name), norm(name, OHNE_PUNKTE), gid.replace("-", " ")}
        woerter = [w for w in norm(name).split() if w not in ("st", "sankt", "bad")]
        if woerter:
            formen.add(woerter[0])
            formen.add(norm(woerter[0].replace("ae", "a").replace("oe", "o").replace("ue", "u")))
        for teil in name.split("-"):
            formen.add(norm(teil))
        for f in formen:
            if f:
                aliase[f] = gid
    return aliase


def enthaelt(tokens, folge):
    n = len(folge)
    return any(tokens[i:i + n] == folge for i in range(len(tokens) - n + 1))


def termin_gemeinde(t, gemeinden):
    if t["_gemeinde"] != "region":
        return t["_gemeinde"]
    ort = norm(str((t.get("ort") or {}).get("ort", "")))
    for gid, name in gemeinden.items():
        if ort.startswith(norm(name)) or ort.split(" ")[:1] == norm(name).split(" ")[:1]:
            return gid
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    site = sys.argv[1]
    fehler = []

    with open(ANFRAGEN, encoding="utf-8") as f:
        daten = json.load(f)
    if set(daten) != {"erklaerung", "heute", "anfragen"}:
        fehler.append(f"Schlüssel der Datei: {sorted(daten)}")
    heute = datetime.date.fromisoformat(daten["heute"])
    anfragen = daten["anfragen"]

    gemeinden, angebote, termine = lade_region()
    aliase = gemeinde_aliase(gemeinden)

    def vergangen(t):
        if t.get("wiederholung"):
            return als_datum(t["bis"]) < heute
        return als_datum(t.get("ende") or t["beginn"]) < heute

    zaehler = Counter()
    gesehen = set()
    mit_gemeinde = mit_ortsteil = 0
    for nr, a in enumerate(anfragen, 1):
        wo = f"Anfrage {nr} „{a.get('q')}“"
        if set(a) != {"q", "art", "erwartet"}:
            fehler.append(f"{wo}: Schlüssel {sorted(a)}")
            continue
        if not isinstance(a["q"], str) or not a["q"].strip():
            fehler.append(f"{wo}: leere Anfrage")
        if a["q"].strip().lower() in gesehen:
            fehler.append(f"{wo}: doppelt")
        gesehen.add(a["q"].strip().lower())
        zaehler[a["art"]] += 1
        if a["art"] not in ARTEN:
            fehler.append(f"{wo}: unbekannte Art {a['art']!r}")
        erw = a["erwartet"]
        if not isinstance(erw, list) or not erw:
            fehler.append(f"{wo}: erwartet ist leer")
            continue
        if len(set(erw)) != len(erw):
            fehler.append(f"{wo}: eine Adresse steht doppelt in erwartet")

        tokens = norm(a["q"]).split()
        genannt = {gid for alias, gid in aliase.items() if enthaelt(tokens, alias.split())}
        ortsteil_von = {ORTSTEILE[t] for t in tokens if t in ORTSTEILE}
        mit_gemeinde += bool(genannt)
        mit_ortsteil += bool(ortsteil_von)

        for adr in erw:
            m = ADRESSE.match(adr) if isinstance(adr, str) else None
            if isinstance(adr, str) and adr.startswith(("gemeinden/", "traeger/")):
                fehler.append(f"{wo}: {adr} ist eine Gemeinde- oder Trägerseite – die zählen nie als Antwort")
                continue
            if not m:
                fehler.append(f"{wo}: Adresse {adr!r} ist weder angebote/…/, termine/…/ noch kategorien/…/")
                continue
            art, ident = m.groups()
            if not os.path.isfile(os.path.join(site, adr, "index.html")):
                fehler.append(f"{wo}: {adr}index.html fehlt in {site}")
            if art == "angebote":
                if ident not in angebote:
                    fehler.append(f"{wo}: Angebot {ident} gibt es in der Region nicht")
                    continue
                erreicht = angebote[ident]["_erreicht"]
                for gid in genannt:
                    if gid not in erreicht:
                        fehler.append(f"{wo}: {adr} erreicht die genannte Gemeinde {gemeinden[gid]} nicht")
                for gid in ortsteil_von:
                    if gid not in erreicht:
                        fehler.append(f"{wo}: {adr} erreicht {gemeinden[gid]} (Gemeinde des genannten Ortsteils) nicht")
            elif art == "termine":
                if ident not in termine:
                    fehler.append(f"{wo}: Termin {ident} gibt es in der Region nicht")
                    continue
                t = termine[ident]
                if vergangen(t):
                    fehler.append(f"{wo}: {adr} ist ein vergangener Termin")
                ort = termin_gemeinde(t, gemeinden)
                for gid in genannt | ortsteil_von:
                    if ort != gid:
                        fehler.append(f"{wo}: {adr} findet nicht in {gemeinden[gid]} statt")
            elif art == "kategorien" and genannt:
                fehler.append(f"{wo}: Anfrage nennt eine Gemeinde, erwartet aber die Kategorieseite {adr}")

    for art, soll in ARTEN.items():
        if zaehler[art] != soll:
            fehler.append(f"Art {art}: {zaehler[art]} Anfragen, erwartet {soll}")
    if len(anfragen) != sum(ARTEN.values()):
        fehler.append(f"{len(anfragen)} Anfragen, erwartet {sum(ARTEN.values())}")

    adressen = [x for a in anfragen for x in a["erwartet"]]
    print(f"Region: {len(gemeinden)} Gemeinden, {len(angebote)} Angebote, "
          f"{len(termine)} Termine ({sum(vergangen(t) for t in termine.values())} vergangen)")
    print(f"Anfragen: {len(anfragen)} – " + ", ".join(f"{k} {zaehler[k]}" for k in ARTEN))
    print(f"Erwartete Adressen: {len(adressen)} insgesamt, {len(set(adressen))} verschiedene; "
          f"{mit_gemeinde} Anfragen nennen eine Gemeinde, {mit_ortsteil} einen Ortsteil")
    if fehler:
        print(f"\n{len(fehler)} Fehler:")
        for f in fehler:
            print("  -", f)
        return 1
    print("OK: alle Prüfungen bestanden.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
