#!/usr/bin/env python3
"""Prüft einen Alltagswort-Anfragensatz gegen den Inhalt einer Region.

Aufruf:  python3 pruefe.py anfragen-blind3.json ../blind3/region [--anzahl 50]

Geprüft wird für jede Anfrage:
  * "wort" (das Alltagswort) steht in "q" und kommt in KEINER Datei des
    Regionsordners vor – ohne Groß/Klein, Umlaute in beide Richtungen gefaltet
    (ä=ae, ö=oe, ü=ue, ß=ss), auch als Teil eines längeren Wortes und auch
    ohne Leerzeichen/Bindestriche ("Schnee schippen" = "Schneeschippen");
  * jede erwartete Adresse hat die Form angebote/<id>/, termine/<id>/ oder
    kategorien/<id>/ und die Datei bzw. Kategorie existiert;
  * kein erwarteter Termin ist vor "heute" zu Ende (bei Serien zählt "bis");
  * nennt die Anfrage eine Gemeinde, erreicht jedes erwartete Angebot diese
    Gemeinde über sein Einzugsgebiet, jeder erwartete Termin findet dort statt,
    und es werden keine Kategorieseiten erwartet.
Nur Python-Standardbibliothek und PyYAML.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys

import yaml

FALT = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"),
        ("é", "e"), ("è", "e"), ("á", "a"), ("à", "a"))


def norm(s):
    s = s.lower()
    for a, b in FALT:
        s = s.replace(a, b)
    return s


def kompakt(s):
    # Leerraum und Bindestriche (auch weiche/geschützte) entfernen
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", s)


def lies(pfad):
    with open(pfad, encoding="utf-8-sig", errors="replace") as f:
        return f.read().replace("\r\n", "\n")


def front_matter(pfad):
    t = lies(pfad)
    m = re.match(r"---\n(.*?)\n---[ \t]*(?:\n|$)", t, re.S)
    if not m:
        return {}
    return yaml.safe_load(m.group(1)) or {}


def sichtbar(name):
    return not (name.startswith(".") or name.startswith("_"))


def als_datum(wert):
    if wert is None:
        return None
    if isinstance(wert, dt.datetime):
        return wert.date()
    if isinstance(wert, dt.date):
        return wert
    return dt.date.fromisoformat(str(wert).strip()[:10])


class Region:
    def __init__(self, wurzel):
        self.wurzel = wurzel
        texte = []
        for dp, dn, fn in os.walk(wurzel):
            for f in fn:
                texte.append(lies(os.path.join(dp, f)))
        self.text = norm("\n".join(texte))
        self.text_kompakt = kompakt(self.text)

        self.gemeinden = {}  # id -> Liste von Namensvarianten (normalisiert)
        gdir = os.path.join(wurzel, "gemeinden")
        for g in sorted(os.listdir(gdir)):
            idx = os.path.join(gdir, g, "index.md")
            if sichtbar(g) and os.path.isfile(idx):
                self.gemeinden[g] = varianten(front_matter(idx).get("name", g), g)

        self.angebote = {}  # id -> (gemeinde oder None, front matter)
        self.termine = {}
        for g in list(self.gemeinden) + [None]:
            basis = os.path.join(wurzel, "region") if g is None else os.path.join(gdir, g)
            for art, ziel in (("angebote", self.angebote), ("termine", self.termine)):
                d = os.path.join(basis, art)
                if not os.path.isdir(d):
                    continue
                for f in sorted(os.listdir(d)):
                    if f.endswith(".md") and sichtbar(f):
                        ziel[f[:-3]] = (g, front_matter(os.path.join(d, f)))

        kat = yaml.safe_load(lies(os.path.join(wurzel, "kategorien.yaml"))) or []
        self.kategorien = {k["id"] for k in kat}

    def enthaelt(self, wort):
        w = norm(wort)
        return w in self.text or kompakt(w) in self.text_kompakt

    def erreicht(self, angebot, gemeinde):
        g, fm = self.angebote[angebot]
        ez = fm.get("einzugsgebiet")
        if ez is None:
            return g is None or g == gemeinde
        if ez == "alle" or (isinstance(ez, list) and "alle" in ez):
            return True
        return gemeinde in ez

    def findet_statt_in(self, termin, gemeinde):
        g, fm = self.termine[termin]
        if g is not None:
            return g == gemeinde
        ort = norm(str((fm.get("ort") or {}).get("ort", "")))
        return any(genannt(v, ort) for v in self.gemeinden[gemeinde])

    def genannte_gemeinden(self, q):
        qn = norm(q)
        return [g for g, vs in self.gemeinden.items() if any(genannt(v, qn) for v in vs)]


def varianten(name, gid):
    n = norm(name).strip()
    vs = {n, gid.replace("-", " "), gid}
    for vor in ("markt ", "stadt ", "gemeinde "):
        if n.startswith(vor):
            n = n[len(vor):]
            vs.add(n)
    for trenner in (" am ", " an der ", " a. d. ", " a.d. ", " im ", " bei "):
        if trenner in n:
            vs.add(n.split(trenner)[0].strip())
    if "-" in n:
        vs.add(n.replace("-", " "))
        vs.update(teil for teil in n.split("-") if len(teil) >= 5)
    for v in list(vs):
        if v.startswith("st. "):
            vs.update({"st " + v[4:], "sankt " + v[4:]})
    return sorted(v for v in vs if v)


def genannt(variante, text):
    return re.search(r"(?<![a-z0-9])" + re.escape(variante) + r"(?![a-z0-9])", text) is not None


ADRESSE = re.compile(r"^(angebote|termine|kategorien)/([a-z][a-z0-9-]*)/$")


def pruefe(datei, wurzel, anzahl=None):
    region = Region(wurzel)
    daten = json.load(open(datei, encoding="utf-8"))
    fehler = []

    for k in ("erklaerung", "heute", "anfragen"):
        if k not in daten:
            fehler.append(f"Schlüssel '{k}' fehlt")
    heute = als_datum(daten.get("heute"))
    anfragen = daten.get("anfragen", [])
    if anzahl is not None and len(anfragen) != anzahl:
        fehler.append(f"{len(anfragen)} Anfragen statt {anzahl}")

    gesehen = set()
    mit_gemeinde = 0
    for i, a in enumerate(anfragen, 1):
        q = a.get("q", "")
        wo = f"#{i} {q!r}"
        for k in ("q", "art", "erwartet", "gemeint", "wort"):
            if not a.get(k):
                fehler.append(f"{wo}: Feld '{k}' fehlt oder ist leer")
        if a.get("art") != "alltagswort":
            fehler.append(f"{wo}: art ist nicht 'alltagswort'")
        if norm(q) in gesehen:
            fehler.append(f"{wo}: doppelte Anfrage")
        gesehen.add(norm(q))

        wort = a.get("wort", "")
        if wort:
            if norm(wort) not in norm(q) and kompakt(norm(wort)) not in kompakt(norm(q)):
                fehler.append(f"{wo}: wort {wort!r} steht nicht in q")
            if region.enthaelt(wort):
                fehler.append(f"{wo}: wort {wort!r} kommt im Regionsinhalt vor")

        gemeinden = region.genannte_gemeinden(q)
        if a.get("gemeinde") and a["gemeinde"] not in gemeinden:
            fehler.append(f"{wo}: Feld gemeinde={a['gemeinde']!r}, erkannt: {gemeinden}")
        if gemeinden:
            mit_gemeinde += 1

        erwartet = a.get("erwartet", [])
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{wo}: doppelte Einträge in erwartet")
        for adr in erwartet:
            m = ADRESSE.match(adr)
            if not m:
                fehler.append(f"{wo}: Adresse {adr!r} hat nicht die Form art/<id>/")
                continue
            art, ident = m.groups()
            if art == "angebote":
                if ident not in region.angebote:
                    fehler.append(f"{wo}: Angebot {ident!r} gibt es nicht")
                    continue
                for g in gemeinden:
                    if not region.erreicht(ident, g):
                        fehler.append(f"{wo}: Angebot {ident!r} erreicht {g!r} nicht")
            elif art == "termine":
                if ident not in region.termine:
                    fehler.append(f"{wo}: Termin {ident!r} gibt es nicht")
                    continue
                fm = region.termine[ident][1]
                ende = als_datum(fm.get("bis") if fm.get("wiederholung") else None) \
                    or als_datum(fm.get("ende")) or als_datum(fm.get("beginn"))
                if ende is None or (heute and ende < heute):
                    fehler.append(f"{wo}: Termin {ident!r} ist vorbei ({ende})")
                for g in gemeinden:
                    if not region.findet_statt_in(ident, g):
                        fehler.append(f"{wo}: Termin {ident!r} findet nicht in {g!r} statt")
            else:
                if ident not in region.kategorien:
                    fehler.append(f"{wo}: Kategorie {ident!r} gibt es nicht")
                if gemeinden:
                    fehler.append(f"{wo}: Kategorieseite {ident!r} bei Anfrage mit Ort")

    print(f"{datei}: {len(anfragen)} Anfragen, davon {mit_gemeinde} mit Gemeinde")
    for f in fehler:
        print("  FEHLER", f)
    print("  in Ordnung" if not fehler else f"  {len(fehler)} Fehler")
    return not fehler


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datei")
    ap.add_argument("region")
    ap.add_argument("--anzahl", type=int, default=None, help="erwartete Zahl der Anfragen")
    arg = ap.parse_args()
    sys.exit(0 if pruefe(arg.datei, arg.region, arg.anzahl) else 1)


if __name__ == "__main__":
    main()
