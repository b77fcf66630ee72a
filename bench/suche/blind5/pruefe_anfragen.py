#!/usr/bin/env python3
"""Prüft den blinden Anfragensatz blind5 (anfragen.json) gegen Inhalt und gebaute Website.

Aufruf:  python3 pruefe_anfragen.py <Website-Ordner> [--inhalt <Inhaltsordner>]

Geprüft wird:
  - jede erwartete Seite existiert in der gebauten Website (<adresse>/index.html)
  - keine vergangenen Termine, keine Gemeinde- oder Trägerseiten unter den erwarteten Seiten
  - Arten und Anzahlen (130 Anfragen)
  - synonym: das Wort ist ein Suchbegriff einer Kategorie und kommt in keiner Inhaltsdatei vor
    (Groß-/Kleinschreibung egal, wortweise; in kategorien.yaml zählen nur die suchbegriffe nicht)
  - nennt eine Anfrage eine Gemeinde: jedes erwartete Angebot erreicht sie (einzugsgebiet),
    jeder erwartete Termin findet dort statt, keine Kategorieseite
  - Plausibilität der Arten: exakt, praefix, umlaut, tippfehler, kompositum, flexion
Nur Python-Standardbibliothek und PyYAML.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

HIER = os.path.dirname(os.path.abspath(__file__))
SOLL = {"exakt": 12, "praefix": 12, "umlaut": 12, "tippfehler": 14, "kompositum": 12, "synonym": 12,
        "flexion": 12, "gemeinde+kategorie": 18, "mehrwort": 14, "satz": 12}

fehler = []


def f(msg):
    fehler.append(msg)


def lies_md(pfad):
    text = open(pfad, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not text.startswith("---"):
        return {}, text
    _, kopf, rumpf = text.split("---", 2)
    return yaml.safe_load(kopf) or {}, rumpf


def ascii_de(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


WORT = re.compile(r"[0-9a-zäöüßéèáàâêîôûç]+")


def woerter(s):
    return WORT.findall(unicodedata.normalize("NFC", s).lower())


def als_datum(x):
    if isinstance(x, dt.datetime):
        return x
    if isinstance(x, dt.date):
        return dt.datetime(x.year, x.month, x.day)
    return dt.datetime.fromisoformat(str(x).replace("T", " "))


def termine_einer_serie(d):
    """Alle (beginn, ende) eines Termins, Serien ausgerollt bis `bis`."""
    b = als_datum(d["beginn"])
    e = als_datum(d["ende"]) if d.get("ende") else b
    dauer = e - b
    w = d.get("wiederholung")
    if not w:
        return [(b, e)]
    bis = als_datum(d["bis"]).date()
    out = []
    if w in ("woechentlich", "14-taeglich"):
        schritt = dt.timedelta(days=7 if w == "woechentlich" else 14)
        x = b
        while x.date() <= bis:
            out.append((x, x + dauer))
            x += schritt
    elif w == "monatlich":
        n = (b.day - 1) // 7  # n-te Woche
        j, m = b.year, b.month
        while True:
            erster = dt.date(j, m, 1)
            versatz = (b.weekday() - erster.weekday()) % 7
            tag = 1 + versatz + 7 * n
            try:
                datum = dt.date(j, m, tag)
            except ValueError:
                datum = None
            if datum and datum.month == m:
                if datum > bis:
                    break
                x = dt.datetime.combine(datum, b.time())
                out.append((x, x + dauer))
            elif erster > bis:
                break
            m += 1
            if m == 13:
                j, m = j + 1, 1
    else:
        raise ValueError("unbekannte wiederholung " + str(w))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("website")
    ap.add_argument("--inhalt", default=os.path.join(HIER, "region"))
    ap.add_argument("--anfragen", default=os.path.join(HIER, "anfragen.json"))
    a = ap.parse_args()

    daten = json.load(open(a.anfragen, encoding="utf-8"))
    heute = dt.date.fromisoformat(daten["heute"])
    anfragen = daten["anfragen"]
    if not daten.get("erklaerung"):
        f("erklaerung fehlt")

    # ---------------------------------------------------------------- Inhalt lesen
    inhalt = a.inhalt
    kategorien = yaml.safe_load(open(os.path.join(inhalt, "kategorien.yaml"), encoding="utf-8-sig"))
    kat_ids = {k["id"] for k in kategorien}
    suchbegriffe = {}
    for k in kategorien:
        for w in k.get("suchbegriffe") or []:
            suchbegriffe.setdefault(w.lower(), set()).add(k["id"])

    gemeinden = {}
    for g in sorted(os.listdir(os.path.join(inhalt, "gemeinden"))):
        if g.startswith((".", "_")):
            continue
        d, _ = lies_md(os.path.join(inhalt, "gemeinden", g, "index.md"))
        gemeinden[g] = d["name"]

    angebote, termine = {}, {}
    texte = []  # alle Inhaltstexte (für Wortprüfungen)
    for wurzel, ordner, dateien in os.walk(inhalt):
        ordner[:] = [o for o in ordner if not o.startswith((".", "_"))]
        for datei in dateien:
            if datei.startswith((".", "_")):
                continue
            pfad = os.path.join(wurzel, datei)
            rel = os.path.relpath(pfad, inhalt).replace(os.sep, "/")
            if rel == "kategorien.yaml":
                # ohne die suchbegriffe
                kopie = [{k: v for k, v in kat.items() if k != "suchbegriffe"} for kat in kategorien]
                texte.append(yaml.safe_dump(kopie, allow_unicode=True))
                continue
            texte.append(open(pfad, encoding="utf-8-sig").read())
            teile = rel.split("/")
            if not datei.endswith(".md") or len(teile) < 3:
                continue
            id_ = datei[:-3]
            if teile[0] == "region":
                heimat = None
            elif teile[0] == "gemeinden" and len(teile) == 4:
                heimat = teile[1]
            else:
                continue
            art = teile[-2]
            d, _ = lies_md(pfad)
            if art == "angebote":
                ez = d.get("einzugsgebiet", "alle" if heimat is None else [heimat])
                erreicht = set(gemeinden) if ez == "alle" else set(ez)
                angebote[id_] = {"erreicht": erreicht, "kat": set(d.get("kategorien") or [])}
            elif art == "termine":
                vorkommen = termine_einer_serie(d)
                vorbei = all(e.date() < heute for _, e in vorkommen)
                ort = heimat
                if ort is None:  # Regionstermin: Ort über ort.ort
                    ortname = ((d.get("ort") or {}).get("ort") or "").lower()
                    for g, n in gemeinden.items():
                        if ortname == n.lower() or ortname.startswith(n.lower() + "-"):
                            ort = g
                termine[id_] = {"vorbei": vorbei, "ort": ort, "kat": set(d.get("kategorien") or [])}

    vokabular = set()
    for t in texte:
        vokabular.update(woerter(t))
    vokabular_ascii = {}
    for w in vokabular:
        vokabular_ascii.setdefault(ascii_de(w), set()).add(w)

    # Gemeindenamen in Anfragen erkennen
    alias = {}
    for g, n in gemeinden.items():
        namen = {n, g, ascii_de(n)}
        kern = re.split(r"\s+a\.\s*d\.", n)[0]
        namen.add(kern)
        if "-" in n:
            namen.update(n.split("-"))
        for x in list(namen):
            namen.add(ascii_de(x))
        for x in namen:
            alias[x.lower()] = g

    def genannte_gemeinden(q):
        ql = q.lower()
        treffer = set()
        for name, g in alias.items():
            if re.search(r"(?<![\wäöüß-])" + re.escape(name) + r"(?![\wäöüß-])", ql):
                treffer.add(g)
        return treffer

    # ---------------------------------------------------------------- Anzahlen
    gezaehlt = {}
    for x in anfragen:
        gezaehlt[x["art"]] = gezaehlt.get(x["art"], 0) + 1
    for art, n in SOLL.items():
        if gezaehlt.get(art, 0) != n:
            f(f"Art {art}: {gezaehlt.get(art, 0)} Anfragen statt {n}")
    for art in gezaehlt:
        if art not in SOLL:
            f(f"unbekannte Art {art}")
    if len(anfragen) != sum(SOLL.values()):
        f(f"{len(anfragen)} Anfragen statt {sum(SOLL.values())}")
    qs = [x["q"].lower() for x in anfragen]
    for q in set(qs):
        if qs.count(q) > 1:
            f(f"Anfrage doppelt: {q}")

    # ---------------------------------------------------------------- je Anfrage
    for x in anfragen:
        q, art, erw = x["q"], x["art"], ["/" + e for e in x["erwartet"]]
        kopf = f"[{art}] „{q}“:"
        if not erw:
            f(f"{kopf} erwartet ist leer")
        if len(set(erw)) != len(erw):
            f(f"{kopf} doppelte Einträge in erwartet")
        orte = genannte_gemeinden(q)
        for adr in erw:
            if not re.fullmatch(r"/[a-z0-9][a-z0-9/-]*/", adr):
                f(f"{kopf} Adresse {adr} hat nicht die Form angebote/…/")
                continue
            if not os.path.isfile(os.path.join(a.website, adr.strip("/"), "index.html")):
                f(f"{kopf} Seite {adr} gibt es in der Website nicht")
            teile = adr.strip("/").split("/")
            if teile[0] == "gemeinden":
                f(f"{kopf} Gemeindeseite {adr} ist nie eine Antwort")
            elif teile[0] == "traeger":
                f(f"{kopf} Trägerseite {adr} zählt nicht als Antwort")
            elif teile[0] == "termine":
                t = termine.get(teile[1])
                if t is None:
                    f(f"{kopf} Termin {teile[1]} nicht im Inhalt")
                    continue
                if t["vorbei"]:
                    f(f"{kopf} Termin {teile[1]} ist vergangen")
                for g in orte:
                    if t["ort"] != g:
                        f(f"{kopf} Termin {teile[1]} findet nicht in {gemeinden[g]} statt")
            elif teile[0] == "angebote":
                s = angebote.get(teile[1])
                if s is None:
                    f(f"{kopf} Angebot {teile[1]} nicht im Inhalt")
                    continue
                for g in orte:
                    if g not in s["erreicht"]:
                        f(f"{kopf} Angebot {teile[1]} erreicht {gemeinden[g]} nicht")
            elif teile[0] == "kategorien":
                if teile[1] not in kat_ids:
                    f(f"{kopf} Kategorie {teile[1]} unbekannt")
                if orte:
                    f(f"{kopf} Kategorieseite {adr} bei einer Anfrage mit Ort")
            else:
                f(f"{kopf} Seitentyp {teile[0]} ist keine Antwort")

        w = woerter(q)
        if art == "synonym":
            if len(w) != 1:
                f(f"{kopf} Synonym soll ein Wort sein")
            elif w[0] not in suchbegriffe:
                f(f"{kopf} ist kein Suchbegriff einer Kategorie")
            else:
                if w[0] in vokabular:
                    f(f"{kopf} kommt in einer Inhaltsdatei vor")
                for k in suchbegriffe[w[0]]:
                    if f"/kategorien/{k}/" not in erw:
                        f(f"{kopf} Kategorieseite /kategorien/{k}/ fehlt in erwartet")
                    for id_, s in angebote.items():
                        if k in s["kat"] and f"/angebote/{id_}/" not in erw:
                            f(f"{kopf} Angebot {id_} der Kategorie {k} fehlt in erwartet")
        elif art == "exakt":
            for t in w:
                if t not in vokabular:
                    f(f"{kopf} Wort „{t}“ steht so nicht im Inhalt")
        elif art == "praefix":
            letzt = re.split(r"[\s-]+", q.strip().lower())[-1]
            if letzt in vokabular or not any(v.startswith(letzt) for v in vokabular):
                f(f"{kopf} letztes Wort „{letzt}“ ist kein abgeschnittenes Inhaltswort")
        elif art == "umlaut":
            if re.search(r"[äöüß]", q.lower()):
                f(f"{kopf} enthält noch ä/ö/ü/ß")
            if not any(t in vokabular_ascii and re.search(r"ae|oe|ue|ss", t)
                       and any(re.search("[äöüß]", v) for v in vokabular_ascii[t]) for t in w):
                f(f"{kopf} kein Wort, das im Inhalt mit Umlaut/ß steht")
        elif art == "tippfehler":
            kandidaten = [t for t in w if t not in vokabular and len(t) >= 4]
            if not kandidaten or not any(
                    any(len(v) >= 5 and damerau1(t, v) for v in vokabular) for t in kandidaten):
                f(f"{kopf} kein Wort mit genau einem Vertipper gegenüber einem Inhaltswort")
        elif art == "kompositum":
            for t in w:
                if t in vokabular:
                    f(f"{kopf} „{t}“ steht im Inhalt auch allein")
                elif not any(t in v and t != v for v in vokabular):
                    f(f"{kopf} „{t}“ steht in keinem zusammengesetzten Wort")
        elif art == "flexion":
            if all(t in vokabular for t in w):
                f(f"{kopf} alle Wörter stehen genau so im Inhalt – keine andere Beugungsform")
        elif art == "gemeinde+kategorie":
            if not orte:
                f(f"{kopf} nennt keine Gemeinde")
        elif art == "mehrwort":
            if not 2 <= len(w) <= 4:
                f(f"{kopf} soll 2–4 Wörter haben")

    if fehler:
        for m in fehler:
            print("FEHLER:", m)
        print(f"{len(fehler)} Fehler.")
        return 1
    print(f"OK: {len(anfragen)} Anfragen, {sum(len(x['erwartet']) for x in anfragen)} erwartete Seiten, "
          f"{len(angebote)} Angebote, {len(termine)} Termine "
          f"({sum(t['vorbei'] for t in termine.values())} vergangen), {len(gemeinden)} Gemeinden.")
    return 0


def damerau1(a, b):
    """genau ein Vertipper: vertauscht, fehlend, doppelt/überzählig oder falsch"""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if abs(la - lb) != 1:
        return False
    kurz, lang = (a, b) if la < lb else (b, a)
    return any(lang[:i] + lang[i + 1:] == kurz for i in range(len(lang)))


if __name__ == "__main__":
    sys.exit(main())
