#!/usr/bin/env python3
"""Checks anfragen.json against the content in region/ and a built site.

Usage: python3 pruefe_anfragen.py [SITE]   (default /tmp/blind4-site)
Build first: .build/release/wegweiser build --content bench/suche/blind4/region \
             --output /tmp/blind4-site --today 2026-11-22
Standard library + PyYAML.
"""
import glob, json, os, re, sys, unicodedata
import datetime as dt
import yaml

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
SITE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind4-site"
HEUTE = dt.date(2026, 11, 22)
MINDEST = {"gemeinde+kategorie": 22}

fehler = []
def fehl(msg): fehler.append(msg)

def falte(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s

def front(p):
    t = open(p, encoding="utf-8-sig").read()
    _, kopf, rumpf = t.split("---", 2)
    return yaml.safe_load(kopf) or {}, rumpf

# --- content inventory ---
gemeinden = {}
for p in glob.glob(os.path.join(REGION, "gemeinden", "*", "index.md")):
    gid = p.split(os.sep)[-2]
    gemeinden[gid] = front(p)[0]["name"]
angebote, termine = {}, {}
for p in glob.glob(os.path.join(REGION, "**", "angebote", "*.md"), recursive=True):
    d, b = front(p)
    gid = p.split(os.sep + "gemeinden" + os.sep)[1].split(os.sep)[0] if os.sep + "gemeinden" + os.sep in p else None
    ez = d.get("einzugsgebiet", [gid] if gid else "alle")
    reach = set(gemeinden) if ez == "alle" else set(ez)
    angebote[os.path.basename(p)[:-3]] = dict(reach=reach, kat=d["kategorien"], text=open(p, encoding="utf-8").read())
for p in glob.glob(os.path.join(REGION, "**", "termine", "*.md"), recursive=True):
    d, b = front(p)
    gid = p.split(os.sep + "gemeinden" + os.sep)[1].split(os.sep)[0] if os.sep + "gemeinden" + os.sep in p else None
    beginn = dt.datetime.fromisoformat(str(d["beginn"]).replace(" ", "T"))
    ende = dt.datetime.fromisoformat(str(d["ende"]).replace(" ", "T")).date() if d.get("ende") else beginn.date()
    letzter = d["bis"] if d.get("wiederholung") else ende
    if isinstance(letzter, str):
        letzter = dt.date.fromisoformat(letzter)
    termine[os.path.basename(p)[:-3]] = dict(g=gid, vergangen=letzter < HEUTE, text=open(p, encoding="utf-8").read())
kategorien = yaml.safe_load(open(os.path.join(REGION, "kategorien.yaml"), encoding="utf-8"))
suchbegriffe = {}
for k in kategorien:
    for w in k.get("suchbegriffe", []) or []:
        suchbegriffe[falte(w)] = k["id"]
eintragstexte = [falte(open(p, encoding="utf-8").read())
                 for p in glob.glob(os.path.join(REGION, "**", "*.md"), recursive=True)]

# --- queries ---
doc = json.load(open(os.path.join(HIER, "anfragen.json"), encoding="utf-8"))
arten = doc["arten"]
anfragen = doc["anfragen"]
zaehl = {a: 0 for a in arten}
gesehen = set()
for a in anfragen:
    q, art, erw = a["q"], a["art"], a["erwartet"]
    if art not in zaehl: fehl(f"{q!r}: unbekannte Art {art}")
    else: zaehl[art] += 1
    if q.lower() in gesehen: fehl(f"{q!r}: doppelt")
    gesehen.add(q.lower())
    if not erw: fehl(f"{q!r}: keine erwarteten Seiten")
    for s in erw:
        if not s.endswith("/") or s.startswith("/"):
            fehl(f"{q!r}: Adresse {s} nicht site-relativ mit / am Ende")
        if not os.path.isfile(os.path.join(SITE, s, "index.html")):
            fehl(f"{q!r}: Seite {s} fehlt in {SITE}")
        m = re.match(r"termine/([^/]+)/$", s)
        if m and termine.get(m.group(1), {}).get("vergangen"):
            fehl(f"{q!r}: {s} ist ein vergangener Termin")
        if s.startswith("gemeinden/"):
            fehl(f"{q!r}: Gemeindeseiten sind keine Antworten")
    # synonym: the word must be a suchbegriff and occur in no content file
    if art == "synonym":
        treffer = [w for w in suchbegriffe if w in falte(q)]
        if not treffer: fehl(f"{q!r}: enthält keinen Suchbegriff einer Kategorie")
        for w in treffer:
            for t in eintragstexte:
                if w in t: fehl(f"{q!r}: Suchbegriff {w!r} steht in einem Eintrag")
    # a named Gemeinde: every expected service must reach it, every expected event must be there
    fq = " " + re.sub(r"[^a-z0-9]+", " ", falte(q)) + " "
    genannt = [g for g, name in gemeinden.items()
               if any(" %s " % n in fq for n in {re.sub(r"[^a-z0-9]+", " ", falte(name)).strip(),
                                                   g.replace("-", " ")} | (
                   {"leonhard"} if g == "sankt-leonhard" else set()) | (
                   {"lindach"} if g == "lindach-am-see" else set()) | (
                   {"roetelbach"} if g == "bad-roetelbach" else set()))]
    for g in genannt:
        for s in erw:
            m = re.match(r"angebote/([^/]+)/$", s)
            if m and g not in angebote[m.group(1)]["reach"]:
                fehl(f"{q!r}: {s} erreicht {g} nicht (einzugsgebiet)")
            m = re.match(r"termine/([^/]+)/$", s)
            if m and termine[m.group(1)]["g"] not in (g, None):
                fehl(f"{q!r}: {s} findet nicht in {g} statt")
            if s.startswith("kategorien/"):
                fehl(f"{q!r}: Kategorieseite bei Anfrage mit Gemeinde")
    if art == "gemeinde+kategorie" and not genannt:
        fehl(f"{q!r}: keine Gemeinde erkannt")

for art, n in zaehl.items():
    if n < MINDEST.get(art, 12): fehl(f"Art {art}: nur {n} Anfragen")

vergangen = sorted(t for t, v in termine.items() if v["vergangen"])
print(f"{len(angebote)} Angebote, {len(termine)} Termine ({len(vergangen)} vergangen: {', '.join(vergangen)}), "
      f"{len(kategorien)} Kategorien ({sum(1 for k in kategorien if k.get('suchbegriffe'))} mit suchbegriffe), "
      f"{len(gemeinden)} Gemeinden")
print(f"{len(anfragen)} Anfragen: " + ", ".join(f"{a} {n}" for a, n in zaehl.items()))
for f in fehler: print("FEHLER:", f)
print("OK" if not fehler else f"{len(fehler)} Fehler")
sys.exit(1 if fehler else 0)
