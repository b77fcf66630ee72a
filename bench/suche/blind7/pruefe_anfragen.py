#!/usr/bin/env python3
"""Prüft anfragen.json des blinden Testsatzes blind7 gegen eine gebaute Website.

Aufruf:  python3 pruefe_anfragen.py <Ordner der gebauten Website>

Geprüft wird:
  * Form der Datei (erklaerung, heute, anfragen mit q/art/erwartet),
  * die 13 Arten mit je 10 Anfragen (130 insgesamt), keine doppelte Anfrage,
  * jede erwartete Adresse hat die Form angebote/<id>/, termine/<id>/ oder
    kategorien/<id>/ und existiert in der Website als <site>/<adresse>index.html,
  * keine Gemeinde- oder Trägerseiten, keine vergangenen Termine
    (Ende vor „heute“; bei Serien zählt „bis“),
  * nennt eine Anfrage eine Gemeinde (oder einen Stadtteil von Altmoosen), dann
    erreicht jedes erwartete Angebot diese Gemeinde über sein Einzugsgebiet,
    jeder erwartete Termin findet dort statt, und es wird keine Kategorieseite
    erwartet.

Die Inhalte (Einzugsgebiete, Termine) liest das Skript aus dem Ordner region/
neben dieser Datei. Nur Python-Standardbibliothek und PyYAML.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

import yaml

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
ANFRAGEN = os.path.join(HIER, "anfragen.json")

ARTEN = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym", "flexion",
         "gemeinde+kategorie", "mehrwort", "satz", "seiteninhalt", "termin", "ranking"]
JE_ART = 10

# Stadtteile der Großen Kreisstadt und übliche Kurzformen von Gemeindenamen.
# Die vollen Namen und die ids kommen aus den Gemeindeseiten dazu.
ZUSATZNAMEN = {
    "altmoosen": ["altstadt", "moosfeld", "st georgen", "sankt georgen", "kreuzberg",
                  "riedhof", "haidfeld", "unterau"],
    "bad-steinau": ["steinau"],
    "thann-an-der-rott": ["thann"],
    "ebersbach-in-der-holzmark": ["ebersbach", "holzmark"],
    "schoenau-lindach": ["schoenau", "lindach"],
    "sankt-ulrich": ["st ulrich", "sankt ulrich"],
}


def normal(text):
    """Kleinbuchstaben, Umlaute als ae/oe/ue, ß als ss, Satzzeichen als Leerzeichen."""
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " " + " ".join(t.split()) + " "


def ohne_umlaut_e(name):
    """Schreibweise ohne Umlaut-e: „Großweiher“ -> „grossweiher“, „Ödenhub“ -> „odenhub“."""
    t = name.lower().replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return normal(t)


def front_matter(pfad):
    text = open(pfad, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not text.startswith("---"):
        raise ValueError(f"keine Front Matter: {pfad}")
    teile = text.split("\n---", 1)
    return yaml.safe_load(teile[0][3:]) or {}


def als_datum(wert):
    if isinstance(wert, datetime.datetime):
        return wert.date()
    if isinstance(wert, datetime.date):
        return wert
    return datetime.date.fromisoformat(str(wert).strip()[:10])


def lade_region():
    gemeinden = {}          # id -> Name
    angebote = {}           # id -> Menge der Gemeinde-ids oder "alle"
    termine = {}            # id -> (Gemeinde-id oder "region", Ende, Ort-Text)
    gem_ordner = os.path.join(REGION, "gemeinden")
    for gid in sorted(os.listdir(gem_ordner)):
        if gid.startswith((".", "_")):
            continue
        gemeinden[gid] = front_matter(os.path.join(gem_ordner, gid, "index.md"))["name"]

    def sammle(ordner, gid):
        a_ordner = os.path.join(ordner, "angebote")
        if os.path.isdir(a_ordner):
            for f in sorted(os.listdir(a_ordner)):
                if f.startswith((".", "_")) or not f.endswith(".md"):
                    continue
                d = front_matter(os.path.join(a_ordner, f))
                ez = d.get("einzugsgebiet")
                if ez is None:
                    ez = "alle" if gid == "region" else [gid]
                if isinstance(ez, str):
                    ez = "alle" if ez.strip().lower() == "alle" else [ez]
                angebote[f[:-3]] = ez if ez == "alle" else set(ez)
        t_ordner = os.path.join(ordner, "termine")
        if os.path.isdir(t_ordner):
            for f in sorted(os.listdir(t_ordner)):
                if f.startswith((".", "_")) or not f.endswith(".md"):
                    continue
                d = front_matter(os.path.join(t_ordner, f))
                if d.get("wiederholung"):
                    ende = als_datum(d["bis"])
                elif d.get("ende"):
                    ende = als_datum(d["ende"])
                else:
                    ende = als_datum(d["beginn"])
                ort = d.get("ort") or {}
                termine[f[:-3]] = (gid, ende, str(ort.get("ort", "")) if isinstance(ort, dict) else str(ort))

    for gid in gemeinden:
        sammle(os.path.join(gem_ordner, gid), gid)
    sammle(os.path.join(REGION, "region"), "region")
    return gemeinden, angebote, termine


def namensliste(gemeinden):
    """(normalisierter Name, Gemeinde-id), längste Namen zuerst."""
    paare = set()
    for gid, name in gemeinden.items():
        for form in (normal(name), ohne_umlaut_e(name), normal(gid.replace("-", " "))):
            paare.add((form.strip(), gid))
        for extra in ZUSATZNAMEN.get(gid, []):
            paare.add((normal(extra).strip(), gid))
            paare.add((ohne_umlaut_e(extra).strip(), gid))
    return sorted(paare, key=lambda p: -len(p[0]))


def genannte_gemeinden(q, namen):
    text = normal(q)
    gefunden = set()
    for form, gid in namen:
        if form and f" {form} " in text:
            gefunden.add(gid)
            text = text.replace(f" {form} ", " # ")
    return gefunden


def main():
    if len(sys.argv) != 2:
        print("Aufruf: python3 pruefe_anfragen.py <Ordner der gebauten Website>")
        return 2
    site = sys.argv[1]
    fehler = []
    daten = json.load(open(ANFRAGEN, encoding="utf-8"))
    gemeinden, angebote, termine = lade_region()
    namen = namensliste(gemeinden)

    for schluessel in ("erklaerung", "heute", "anfragen"):
        if schluessel not in daten:
            fehler.append(f"Schlüssel „{schluessel}“ fehlt in anfragen.json")
    heute = datetime.date.fromisoformat(daten.get("heute", "2026-11-22"))
    anfragen = daten.get("anfragen", [])

    zaehler = {}
    gesehen = set()
    adressen = set()
    mit_gemeinde = 0
    for nr, a in enumerate(anfragen, 1):
        kopf = f"Anfrage {nr} „{a.get('q')}“"
        if set(a) != {"q", "art", "erwartet"}:
            fehler.append(f"{kopf}: Schlüssel müssen genau q, art, erwartet sein, sind {sorted(a)}")
        q = a.get("q", "")
        if not q.strip():
            fehler.append(f"{kopf}: leere Anfrage")
        if normal(q) in gesehen:
            fehler.append(f"{kopf}: doppelt")
        gesehen.add(normal(q))
        art = a.get("art")
        if art not in ARTEN:
            fehler.append(f"{kopf}: unbekannte Art „{art}“")
        zaehler[art] = zaehler.get(art, 0) + 1
        erwartet = a.get("erwartet", [])
        if not erwartet:
            fehler.append(f"{kopf}: „erwartet“ ist leer")
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{kopf}: Adresse doppelt in „erwartet“")
        orte = genannte_gemeinden(q, namen)
        if orte:
            mit_gemeinde += 1
        for adr in erwartet:
            adressen.add(adr)
            m = re.fullmatch(r"(angebote|termine|kategorien|gemeinden|traeger)/([a-z][a-z0-9-]*)/", adr)
            if not m:
                fehler.append(f"{kopf}: Adresse „{adr}“ hat nicht die Form art/<id>/")
                continue
            typ, ident = m.groups()
            if not os.path.isfile(os.path.join(site, adr, "index.html")):
                fehler.append(f"{kopf}: {adr}index.html gibt es in {site} nicht")
            if typ in ("gemeinden", "traeger"):
                fehler.append(f"{kopf}: {adr} ist eine Gemeinde- oder Trägerseite")
                continue
            if typ == "kategorien" and orte:
                fehler.append(f"{kopf}: Kategorieseite {adr} bei einer Anfrage mit Gemeinde")
            if typ == "termine":
                if ident not in termine:
                    fehler.append(f"{kopf}: Termin {ident} nicht im Inhalt")
                    continue
                gid, ende, ort = termine[ident]
                if ende < heute:
                    fehler.append(f"{kopf}: Termin {ident} ist vergangen (Ende {ende})")
                for g in orte:
                    dort = gid == g or (gid == "region" and g in genannte_gemeinden(ort, namen))
                    if not dort:
                        fehler.append(f"{kopf}: Termin {ident} findet nicht in {gemeinden[g]} statt")
            if typ == "angebote":
                if ident not in angebote:
                    fehler.append(f"{kopf}: Angebot {ident} nicht im Inhalt")
                    continue
                ez = angebote[ident]
                for g in orte:
                    if ez != "alle" and g not in ez:
                        fehler.append(f"{kopf}: Angebot {ident} erreicht {gemeinden[g]} nicht "
                                      f"(Einzugsgebiet: {', '.join(sorted(ez))})")

    for art in ARTEN:
        if zaehler.get(art, 0) != JE_ART:
            fehler.append(f"Art „{art}“: {zaehler.get(art, 0)} Anfragen statt {JE_ART}")
    for art in zaehler:
        if art not in ARTEN:
            fehler.append(f"unbekannte Art „{art}“ ({zaehler[art]}×)")
    if len(anfragen) != JE_ART * len(ARTEN):
        fehler.append(f"{len(anfragen)} Anfragen statt {JE_ART * len(ARTEN)}")

    vergangen = sorted(t for t, (_, ende, _) in termine.items() if ende < heute)
    print(f"Region: {len(gemeinden)} Gemeinden, {len(angebote)} Angebote, {len(termine)} Termine "
          f"({len(vergangen)} vergangen)")
    print(f"Anfragen: {len(anfragen)}, davon {mit_gemeinde} mit Gemeinde oder Stadtteil; "
          f"{len(adressen)} verschiedene erwartete Seiten")
    print("Arten: " + ", ".join(f"{art} {zaehler.get(art, 0)}" for art in ARTEN))
    if fehler:
        print(f"\n{len(fehler)} Fehler:")
        for f in fehler:
            print("  - " + f)
        return 1
    print("\nAlles in Ordnung.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
