#!/usr/bin/env python3
"""Prüft eine Anfragen-Datei (art "alltagswort") gegen den Inhalt einer Region.

Aufruf:
    python3 pruefe.py anfragen-beispiel.json ../../../content
    python3 pruefe.py anfragen-blind3.json ../blind3/region
    python3 pruefe.py --woerter REGION WORT [WORT ...]   (nur: kommt das Wort vor?)

Geprüft wird:
  * `wort` steht in `q` (ohne Groß/Klein, Umlaute in beide Richtungen gefaltet);
  * `wort` kommt in keiner Datei der Region vor – ohne Groß/Klein, Umlaute
    gefaltet (ä→ae und ä→a), auch als Teil eines längeren Wortes und auch, wenn
    man Leerzeichen und Bindestriche entfernt;
  * jede erwartete Seite (angebote/<id>/, termine/<id>/) gibt es als Datei;
  * kein erwarteter Termin ist vor dem Datum `heute` schon vorbei;
  * nennt `q` eine Gemeinde, so erreicht jedes erwartete Angebot sie
    (über `einzugsgebiet`, wie im Inhaltsformat definiert) und jeder
    erwartete Termin findet dort statt.
Nur Python-Standardbibliothek und PyYAML.
"""
import datetime
import json
import os
import re
import sys

import yaml

UML_AE = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "à": "a"}
UML_A = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "à": "a"}


def fold(text, table):
    text = text.lower()
    return "".join(table.get(c, c) for c in text)


def squeeze(text):
    return re.sub(r"[\s\-‐‑–—_]+", "", text)


def varianten(text):
    """Alle gefalteten Formen eines Textes (für Wort und Inhalt gleich)."""
    out = set()
    for table in (UML_AE, UML_A):
        f = fold(text, table)
        out.add(f)
        out.add(squeeze(f))
    # ae→ä-Richtung: ein geschriebenes "ae" im Wort soll auch ein "ä" im Inhalt
    # finden; durch Falten beider Seiten nach UML_AE ist das abgedeckt. Für die
    # a-Faltung zusätzlich ae/oe/ue → a/o/u.
    for f in list(out):
        out.add(f.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
    return out


class Region:
    def __init__(self, ordner):
        self.ordner = ordner
        self.texte = []
        for wurzel, _, dateien in os.walk(ordner):
            for d in dateien:
                pfad = os.path.join(wurzel, d)
                try:
                    with open(pfad, encoding="utf-8-sig") as f:
                        self.texte.append(f.read())
                except (UnicodeDecodeError, OSError):
                    continue
        self.heuhaufen = set()
        for t in self.texte:
            self.heuhaufen |= varianten(t)
        self.gemeinden = {}  # id -> Namen/Aliase (gefaltet)
        gdir = os.path.join(ordner, "gemeinden")
        for g in sorted(os.listdir(gdir)):
            idx = os.path.join(gdir, g, "index.md")
            if not os.path.isfile(idx):
                continue
            name = self.frontmatter(idx).get("name", g)
            self.gemeinden[g] = self.aliase(g, name)
        self.angebote = {}  # id -> (gemeinde oder None, frontmatter)
        self.termine = {}
        for g in list(self.gemeinden) + [None]:
            basis = os.path.join(ordner, "region") if g is None else os.path.join(gdir, g)
            for art, ziel in (("angebote", self.angebote), ("termine", self.termine)):
                d = os.path.join(basis, art)
                if not os.path.isdir(d):
                    continue
                for datei in os.listdir(d):
                    if datei.endswith(".md") and not datei.startswith((".", "_")):
                        ziel[datei[:-3]] = (g, self.frontmatter(os.path.join(d, datei)))

    @staticmethod
    def frontmatter(pfad):
        with open(pfad, encoding="utf-8-sig") as f:
            text = f.read().replace("\r\n", "\n")
        if not text.startswith("---"):
            return {}
        teile = text.split("\n---", 1)
        return yaml.safe_load(teile[0][3:]) or {}

    @staticmethod
    def aliase(gid, name):
        namen = {name, gid.replace("-", " ")}
        kurz = re.sub(r"^(Markt|Stadt|Gemeinde)\s+", "", name)
        namen.add(kurz)
        # "Haag a.d. Amper" -> "Haag", "St. Leonhard am Forst" -> "St. Leonhard"
        namen.add(re.split(r"\s+(a\.\s?d\.|an der|am|im|bei)\s+", kurz)[0])
        mehr = set()
        for n in namen:
            if n.startswith("St. "):
                mehr.add("Sankt " + n[4:])
                mehr.add("St." + n[4:])
        namen |= mehr
        return {fold(n, UML_AE) for n in namen if len(n) >= 4}

    def kommt_vor(self, wort):
        for w in varianten(wort):
            if any(w in h for h in self.heuhaufen):
                return True
        return False

    def genannte_gemeinden(self, q):
        fq = fold(q, UML_AE)
        treffer = []
        for g, namen in self.gemeinden.items():
            for n in namen:
                if re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", fq):
                    treffer.append(g)
                    break
        return treffer

    def erreicht(self, aid, gemeinde):
        g, fm = self.angebote[aid]
        ez = fm.get("einzugsgebiet")
        if ez is None:
            return g is None or g == gemeinde
        if ez == "alle":
            return True
        return gemeinde in ez

    def termin_ort(self, tid, gemeinde):
        g, fm = self.termine[tid]
        if g is not None:
            return g == gemeinde
        ort = (fm.get("ort") or {}).get("ort", "") or (fm.get("ort") or {}).get("name", "")
        fo = fold(str(ort), UML_AE)
        return any(re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", fo)
                   for n in self.gemeinden[gemeinde])

    def termin_ende(self, tid):
        _, fm = self.termine[tid]

        def datum(x):
            if isinstance(x, datetime.datetime):
                return x.date()
            if isinstance(x, datetime.date):
                return x
            return datetime.date.fromisoformat(str(x).strip()[:10])

        if fm.get("wiederholung") and fm.get("bis"):
            return datum(fm["bis"])
        if fm.get("ende"):
            return datum(fm["ende"])
        return datum(fm["beginn"])


def pruefe(datei, ordner):
    region = Region(ordner)
    with open(datei, encoding="utf-8") as f:
        daten = json.load(f)
    heute = datetime.date.fromisoformat(daten["heute"])
    fehler = []
    woerter = {}
    mit_gemeinde = 0
    for i, a in enumerate(daten["anfragen"], 1):
        q, wort = a["q"], a["wort"]
        kopf = f"#{i} {q!r}"
        for k in ("q", "art", "wort", "erwartet", "gemeint"):
            if k not in a:
                fehler.append(f"{kopf}: Feld {k} fehlt")
        if a.get("art") != "alltagswort":
            fehler.append(f"{kopf}: art ist nicht 'alltagswort'")
        if not any(v in w for v in varianten(wort) for w in varianten(q)):
            fehler.append(f"{kopf}: wort {wort!r} steht nicht in q")
        if region.kommt_vor(wort):
            fehler.append(f"{kopf}: wort {wort!r} kommt im Inhalt der Region vor")
        woerter.setdefault(fold(wort, UML_AE), []).append(i)
        if not a.get("erwartet"):
            fehler.append(f"{kopf}: erwartet ist leer")
        gemeinden = region.genannte_gemeinden(q)
        if gemeinden:
            mit_gemeinde += 1
        for seite in a.get("erwartet", []):
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", seite)
            if not m:
                fehler.append(f"{kopf}: Adresse {seite!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
                continue
            art, sid = m.groups()
            if art == "angebote":
                if sid not in region.angebote:
                    fehler.append(f"{kopf}: Angebot {sid} gibt es nicht")
                    continue
                for g in gemeinden:
                    if not region.erreicht(sid, g):
                        fehler.append(f"{kopf}: Angebot {sid} erreicht die Gemeinde {g} nicht")
            else:
                if sid not in region.termine:
                    fehler.append(f"{kopf}: Termin {sid} gibt es nicht")
                    continue
                if region.termin_ende(sid) < heute:
                    fehler.append(f"{kopf}: Termin {sid} ist vor {heute} vorbei")
                for g in gemeinden:
                    if not region.termin_ort(sid, g):
                        fehler.append(f"{kopf}: Termin {sid} findet nicht in {g} statt")
        if len(set(a.get("erwartet", []))) != len(a.get("erwartet", [])):
            fehler.append(f"{kopf}: doppelte Einträge in erwartet")
    for w, nummern in woerter.items():
        if len(nummern) > 1:
            print(f"Hinweis: wort {w!r} mehrfach benutzt: {nummern}")
    n = len(daten["anfragen"])
    print(f"{datei}: {n} Anfragen, {mit_gemeinde} mit Gemeinde, "
          f"{sum(1 for a in daten['anfragen'] if a['q'] == a['q'].lower())} klein geschrieben")
    for f in fehler:
        print("FEHLER", f)
    print("OK" if not fehler else f"{len(fehler)} Fehler")
    return not fehler


def main(argv):
    if len(argv) >= 3 and argv[1] == "--woerter":
        region = Region(argv[2])
        for w in argv[3:]:
            print(("VORHANDEN " if region.kommt_vor(w) else "frei      ") + w)
        return 0
    if len(argv) != 3:
        print(__doc__)
        return 2
    return 0 if pruefe(argv[1], argv[2]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
