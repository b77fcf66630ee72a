#!/usr/bin/env python3
"""Checks the blind test set anfragen.json of blind16 (theme: events and dates).

Usage: python3 pruefe_anfragen.py [--site /tmp/blind16-site]

Checks
  * structure: "erklaerung", "heute", 130 queries, 13 kinds with 10 each,
    no duplicate query, every query expects 1+ pages, no duplicate page;
  * every expected URL exists in the built site as <site>/<url>index.html;
  * every expected termine/<id>/ has a content file in region/;
  * no expected event is over before "heute" for any kind except
    "vergangen" (all other kinds ask about something to go to), and every
    "vergangen" query expects at least one event that is over;
  * for the queries with a clear date window (relative days, months), the
    expected events are exactly the events with an occurrence in the window
    (series are expanded: woechentlich, 14-taeglich, monatlich);
  * prints counts per kind.
Exit code 0 when clean, 1 otherwise.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
ANFRAGEN = os.path.join(HIER, "anfragen.json")

ARTEN = ["termin-titel", "thema", "monat", "relativ", "ort-termin", "reihe", "anlass",
         "umgangssprache", "tippfehler", "umlaut", "frage", "angebot-statt-termin", "vergangen"]
NICHT_ZUKUNFT = {"vergangen"}


def d(s):
    return dt.date.fromisoformat(s)


# Queries whose answer is defined by a date window (inclusive). The expected
# events must be exactly the events with an occurrence in the window.
FENSTER = {
    "was ist heute los": ("2026-11-22", "2026-11-22"),
    "heute nachmittag veranstaltung": ("2026-11-22", "2026-11-22"),
    "was gibt es morgen für senioren": ("2026-11-23", "2026-11-23"),
    "übermorgen vortrag": None,  # window + topic: checked by hand (only event on 24.11.)
    "Veranstaltungen nächste Woche": ("2026-11-23", "2026-11-29"),
    "was ist am kommenden Wochenende los": ("2026-11-28", "2026-11-29"),
    "nächsten Samstag": ("2026-11-28", "2026-11-28"),
    "was ist nächsten Sonntag": ("2026-11-29", "2026-11-29"),
    "am Donnerstag nachmittag": ("2026-11-26", "2026-11-26"),
    "Termine nächsten Monat": ("2026-12-01", "2026-12-31"),
    "Veranstaltungen im Dezember": ("2026-12-01", "2026-12-31"),
    "was ist im Januar los": ("2027-01-01", "2027-01-31"),
    "Termine März 2027": ("2027-03-01", "2027-03-31"),
    "April Veranstaltungen Senioren": ("2027-04-01", "2027-04-30"),
    "was war im Oktober los": ("2026-10-01", "2026-10-31"),
}


def front_matter(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    m = re.match(r"---\n(.*?)\n---", text, re.S)
    if not m:
        raise ValueError(f"keine Front Matter: {path}")
    werte = {}
    for zeile in m.group(1).split("\n"):
        m2 = re.match(r"^([a-z_]+):\s*(.*)$", zeile)
        if m2:
            werte[m2.group(1)] = m2.group(2).strip().strip('"')
    return werte


def termine_lesen():
    termine = {}
    for wurzel, _, dateien in os.walk(REGION):
        if os.path.basename(wurzel) != "termine":
            continue
        for name in dateien:
            if not name.endswith(".md") or name[0] in "._":
                continue
            fm = front_matter(os.path.join(wurzel, name))
            termine[name[:-3]] = fm
    return termine


def n_te_woche(tag):
    return (tag.day - 1) // 7 + 1


def vorkommen(fm):
    """All dates on which the event takes place."""
    beginn = d(fm["beginn"][:10])
    art = fm.get("wiederholung")
    if not art:
        ende = d(fm["ende"][:10]) if fm.get("ende") else beginn
        return [beginn + dt.timedelta(days=i) for i in range((ende - beginn).days + 1)]
    bis = d(fm["bis"])
    tage = []
    if art in ("woechentlich", "14-taeglich"):
        schritt = 7 if art == "woechentlich" else 14
        t = beginn
        while t <= bis:
            tage.append(t)
            t += dt.timedelta(days=schritt)
    elif art == "monatlich":
        n, wt = n_te_woche(beginn), beginn.weekday()
        jahr, monat = beginn.year, beginn.month
        while True:
            erster = dt.date(jahr, monat, 1)
            t = erster + dt.timedelta(days=(wt - erster.weekday()) % 7 + 7 * (n - 1))
            if t > bis:
                break
            if t.month == monat and t >= beginn:
                tage.append(t)
            monat += 1
            if monat == 13:
                jahr, monat = jahr + 1, 1
    else:
        raise ValueError(f"unbekannte wiederholung {art}")
    return tage


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="/tmp/blind16-site")
    args = ap.parse_args()

    fehler = []
    daten = json.load(open(ANFRAGEN, encoding="utf-8"))
    for k in ("erklaerung", "heute", "anfragen"):
        if k not in daten:
            fehler.append(f"Schlüssel {k!r} fehlt")
    heute = d(daten["heute"])
    anfragen = daten["anfragen"]
    termine = termine_lesen()
    tage = {tid: vorkommen(fm) for tid, fm in termine.items()}
    vorbei = {tid for tid, ts in tage.items() if max(ts) < heute}

    if len(anfragen) != 130:
        fehler.append(f"{len(anfragen)} Anfragen statt 130")
    arten = Counter(a["art"] for a in anfragen)
    for art in ARTEN:
        if arten.get(art, 0) != 10:
            fehler.append(f"Art {art}: {arten.get(art, 0)} statt 10")
    for art in arten:
        if art not in ARTEN:
            fehler.append(f"unbekannte Art {art}")
    doppelt = [q for q, n in Counter(a["q"] for a in anfragen).items() if n > 1]
    if doppelt:
        fehler.append(f"doppelte Anfragen: {doppelt}")

    anzahl_erwartet = []
    for a in anfragen:
        q, art, erw = a["q"], a["art"], a["erwartet"]
        if not erw:
            fehler.append(f"[{q}] erwartet nichts")
        if len(set(erw)) != len(erw):
            fehler.append(f"[{q}] eine Seite doppelt erwartet")
        anzahl_erwartet.append(len(erw))
        for url in erw:
            if not re.fullmatch(r"[a-z]+/[a-z0-9-]+/", url):
                fehler.append(f"[{q}] seltsame Adresse {url}")
            if not os.path.isfile(os.path.join(args.site, url, "index.html")):
                fehler.append(f"[{q}] {url}index.html fehlt in {args.site}")
            if url.startswith("termine/"):
                tid = url.split("/")[1]
                if tid not in termine:
                    fehler.append(f"[{q}] kein Inhalt für {url}")
                elif art not in NICHT_ZUKUNFT and tid in vorbei:
                    fehler.append(f"[{q}] ({art}) erwartet vergangenen Termin {tid}")
        if art == "vergangen":
            if not any(u.startswith("termine/") and u.split("/")[1] in vorbei for u in erw):
                fehler.append(f"[{q}] (vergangen) erwartet keinen vergangenen Termin")
        if q in FENSTER and FENSTER[q]:
            von, bis = map(d, FENSTER[q])
            soll = {tid for tid, ts in tage.items() if any(von <= t <= bis for t in ts)}
            ist = {u.split("/")[1] for u in erw if u.startswith("termine/")}
            if soll != ist:
                fehler.append(f"[{q}] Zeitraum {von}..{bis}: fehlt {sorted(soll - ist)}, zu viel {sorted(ist - soll)}")

    # coverage info
    erwartete_termine = {u.split("/")[1] for a in anfragen for u in a["erwartet"] if u.startswith("termine/")}
    nie = sorted(set(termine) - erwartete_termine)

    print(f"heute: {heute}  Termine: {len(termine)} (vorbei: {len(vorbei)})  Anfragen: {len(anfragen)}")
    for art in ARTEN:
        n = [len(a["erwartet"]) for a in anfragen if a["art"] == art]
        print(f"  {art:22s} {arten.get(art, 0):3d} Anfragen, erwartete Seiten je Anfrage: {min(n) if n else 0}–{max(n) if n else 0}")
    print(f"erwartete Seiten je Anfrage: Median {sorted(anzahl_erwartet)[len(anzahl_erwartet)//2]}")
    print(f"Termine, die keine Anfrage erwartet: {len(nie)} {nie}")
    if fehler:
        print(f"\n{len(fehler)} Fehler:")
        for f in fehler:
            print("  - " + f)
        return 1
    print("\nAlles in Ordnung.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
