#!/usr/bin/env python3
"""Check an "alltagswort" query file against a region's content folder.

Usage: python3 pruefe.py ANFRAGEN.json REGION_FOLDER

Checks, per query:
  * `wort` occurs in `q` (case-insensitive, umlauts folded);
  * `wort` occurs in no file of the region folder: case-insensitive, with
    umlauts folded both ways (ä<->ae, ö<->oe, ü<->ue, ß<->ss), also as part of
    a longer word, and also with spaces and hyphens removed on both sides;
  * every expected page (angebote/<id>/, termine/<id>/, kategorien/<id>/)
    exists as a content file (or category in kategorien.yaml);
  * no expected event has ended before the file's `heute`;
  * if `q` names a Gemeinde: every expected service reaches it (einzugsgebiet;
    default its own Gemeinde; region/ services reach all), every expected event
    is held there, and no category page is expected.
Also checks the file's shape (keys, art, duplicates, 50 queries).
Exit code 0 when everything passes, 1 otherwise.

Standard library + PyYAML only.
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

FALTUNG = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"),
           ("é", "e"), ("è", "e"), ("á", "a"), ("à", "a"))
SEITE = re.compile(r"^(angebote|termine|kategorien)/([a-z][a-z0-9-]*)/$")


def falte(s):
    """Lower case, umlauts folded to ae/oe/ue/ss (so ä and ae compare equal)."""
    s = s.lower()
    for a, b in FALTUNG:
        s = s.replace(a, b)
    return s


def quetsche(s):
    """Remove whitespace and all kinds of hyphens/dashes."""
    return re.sub(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u00ad]+", "", s)


def front_matter(pfad):
    text = open(pfad, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not text.startswith("---"):
        return {}
    teile = text.split("\n---", 1)
    kopf = teile[0][3:]
    return yaml.safe_load(kopf) or {}


def datum(wert):
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
        self.texte = []          # (relativer Pfad, gefalteter Text)
        self.angebote = {}       # id -> (gemeinde or None, front matter)
        self.termine = {}        # id -> (gemeinde or None, front matter)
        self.gemeinden = {}      # id -> name
        self.kategorien = set()
        for dp, dn, fn in os.walk(wurzel):
            dn[:] = [d for d in dn if not d.startswith((".", "_"))]
            for f in fn:
                p = os.path.join(dp, f)
                try:
                    t = open(p, encoding="utf-8-sig").read()
                except UnicodeDecodeError:
                    t = open(p, encoding="latin-1").read()
                self.texte.append((os.path.relpath(p, wurzel), falte(t)))
        gdir = os.path.join(wurzel, "gemeinden")
        for g in sorted(os.listdir(gdir)):
            idx = os.path.join(gdir, g, "index.md")
            if g.startswith((".", "_")) or not os.path.isfile(idx):
                continue
            self.gemeinden[g] = str(front_matter(idx).get("name", g))
            for art, ziel in (("angebote", self.angebote), ("termine", self.termine)):
                d = os.path.join(gdir, g, art)
                if os.path.isdir(d):
                    for f in os.listdir(d):
                        if f.endswith(".md") and not f.startswith((".", "_")):
                            ziel[f[:-3]] = (g, front_matter(os.path.join(d, f)))
        for art, ziel in (("angebote", self.angebote), ("termine", self.termine)):
            d = os.path.join(wurzel, "region", art)
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if f.endswith(".md") and not f.startswith((".", "_")):
                        ziel[f[:-3]] = (None, front_matter(os.path.join(d, f)))
        kat = yaml.safe_load(open(os.path.join(wurzel, "kategorien.yaml"), encoding="utf-8-sig"))
        self.kategorien = {k["id"] for k in kat}
        self.namensformen = self._namensformen()

    def _namensformen(self):
        """Spellings a query may use for each Gemeinde (folded)."""
        formen = []
        for g, name in self.gemeinden.items():
            v = {falte(name), falte(g.replace("-", " ")), falte(g)}
            n = falte(name)
            for trenner in (" a.d. ", " a. d. ", " an der ", " am ", " b. ", " bei ", " a. "):
                if trenner in n:
                    v.add(n.split(trenner)[0])
            if n.startswith("bad "):
                v.add(n[4:])
            if n.startswith("sankt "):
                rest = n[6:]
                v.update({"st. " + rest, "st " + rest, "st." + rest})
            if "-" in n:
                for teil in n.split("-"):
                    if len(teil) >= 5:
                        v.add(teil.strip())
            for form in v:
                formen.append((form, g))
        formen.sort(key=lambda x: -len(x[0]))
        return formen

    def genannte_gemeinden(self, q):
        rest = falte(q)
        gefunden = []
        for form, g in self.namensformen:
            muster = r"(?<![a-z0-9])" + re.escape(form) + r"(?![a-z0-9])"
            if re.search(muster, rest):
                if g not in gefunden:
                    gefunden.append(g)
                rest = re.sub(muster, " ", rest)
        return gefunden

    def erreicht(self, angebot_id, g):
        heimat, fm = self.angebote[angebot_id]
        ez = fm.get("einzugsgebiet")
        if ez is None:
            return heimat is None or heimat == g
        if isinstance(ez, str):
            return ez.strip().lower() == "alle" or ez.strip() == g
        return g in ez

    def termin_in(self, termin_id, g):
        heimat, fm = self.termine[termin_id]
        if heimat is not None:
            return heimat == g
        ort = fm.get("ort") or {}
        name = falte(self.gemeinden[g])
        return falte(str(ort.get("ort", ""))) == name or name in falte(str(ort.get("name", "")))

    def termin_ende(self, termin_id):
        _, fm = self.termine[termin_id]
        if fm.get("wiederholung") and fm.get("bis"):
            return datum(fm["bis"])
        return datum(fm.get("ende") or fm.get("beginn"))

    def fundstellen(self, wort):
        w = falte(wort)
        wq = quetsche(w)
        return [p for p, t in self.texte if w in t or wq in quetsche(t)]


def pruefe(anfragen_pfad, region_pfad):
    region = Region(region_pfad)
    daten = json.load(open(anfragen_pfad, encoding="utf-8"))
    fehler = []
    for schluessel in ("erklaerung", "heute", "anfragen"):
        if schluessel not in daten:
            fehler.append(f"Datei: Schlüssel {schluessel!r} fehlt")
    heute = datum(daten.get("heute", "2026-11-22"))
    anfragen = daten.get("anfragen", [])
    if len(anfragen) != 50:
        fehler.append(f"Datei: {len(anfragen)} Anfragen statt 50")
    gesehen = set()
    mit_ort = 0
    for i, a in enumerate(anfragen, 1):
        q = a.get("q", "")
        kopf = f"#{i} {q!r}"
        for schluessel in ("q", "art", "wort", "erwartet", "gemeint"):
            if not a.get(schluessel):
                fehler.append(f"{kopf}: Schlüssel {schluessel!r} fehlt oder leer")
        if a.get("art") != "alltagswort":
            fehler.append(f"{kopf}: art ist {a.get('art')!r}, nicht 'alltagswort'")
        if falte(q) in gesehen:
            fehler.append(f"{kopf}: doppelte Anfrage")
        gesehen.add(falte(q))
        wort = a.get("wort", "")
        if wort:
            if falte(wort) not in falte(q) and quetsche(falte(wort)) not in quetsche(falte(q)):
                fehler.append(f"{kopf}: wort {wort!r} kommt in q nicht vor")
            treffer = region.fundstellen(wort)
            if treffer:
                fehler.append(f"{kopf}: wort {wort!r} steht im Inhalt: {', '.join(treffer[:5])}")
        orte = region.genannte_gemeinden(q)
        if orte:
            mit_ort += 1
        if len(orte) > 1:
            fehler.append(f"{kopf}: nennt mehrere Gemeinden {orte}")
        erwartet = a.get("erwartet", [])
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{kopf}: doppelte Einträge in erwartet")
        for seite in erwartet:
            m = SEITE.match(seite)
            if not m:
                fehler.append(f"{kopf}: Adresse {seite!r} hat nicht die Form angebote|termine|kategorien/<id>/")
                continue
            art, sid = m.groups()
            if art == "angebote":
                if sid not in region.angebote:
                    fehler.append(f"{kopf}: Angebot {sid!r} gibt es nicht")
                    continue
                for g in orte:
                    if not region.erreicht(sid, g):
                        fehler.append(f"{kopf}: Angebot {sid!r} erreicht {g!r} nicht")
            elif art == "termine":
                if sid not in region.termine:
                    fehler.append(f"{kopf}: Termin {sid!r} gibt es nicht")
                    continue
                ende = region.termin_ende(sid)
                if ende is None or ende < heute:
                    fehler.append(f"{kopf}: Termin {sid!r} ist vorbei (Ende {ende})")
                for g in orte:
                    if not region.termin_in(sid, g):
                        fehler.append(f"{kopf}: Termin {sid!r} findet nicht in {g!r} statt")
            else:
                if sid not in region.kategorien:
                    fehler.append(f"{kopf}: Kategorie {sid!r} gibt es nicht")
                if orte:
                    fehler.append(f"{kopf}: Kategorieseite {sid!r} bei Anfrage mit Ort")
    for f in fehler:
        print("FEHLER", f)
    print(f"{anfragen_pfad}: {len(anfragen)} Anfragen, {mit_ort} mit Gemeinde, "
          f"{len(fehler)} Fehler")
    return not fehler


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(0 if pruefe(sys.argv[1], sys.argv[2]) else 1)
