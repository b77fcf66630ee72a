#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Prueft anfragen.json gegen den Inhaltsordner region/ und die gebaute Website.

Aufruf:
    python3 pruefe_anfragen.py [--anfragen anfragen.json] [--content region] [--site /tmp/blind20-site]

Geprueft wird:
  * die Form der Datei (erklaerung, heute, anfragen; je Anfrage q, art, erwartet mit 1-5 Adressen),
  * keine doppelten Anfragen (Gross-/Kleinschreibung und Leerraum egal),
  * jede erwartete Adresse hat eine Quelldatei in region/ und eine Seite in der gebauten Website,
  * die Orts-Regel: Nennt eine Anfrage eine Gemeinde, einen Ortsteil oder eine Samtgemeinde, dann muss
    jeder erwartete Eintrag diesen Ort versorgen (Einzugsgebiet, kreisweit, bei Terminen: die Gemeinde
    des Termins oder ein Termin der ganzen Region),
  * genau 13 Arten mit je 10 Anfragen.
Nur Standardbibliothek. Exit-Code 0 wenn alles stimmt, sonst 1.
"""
import argparse
import glob
import json
import os
import re
import sys
from collections import Counter, OrderedDict

ARTEN = ["gemeinde+kategorie", "traeger", "ortsteil", "norddeutsch", "rangfolge", "tippfehler", "umlaut",
         "kompositum", "synonym", "flexion", "praefix", "satz", "termin"]
JE_ART = 10
ADRESSE = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")
DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")

HIER = os.path.dirname(os.path.abspath(__file__))


def front_matter(path):
    """Gibt (Kopfzeilen, Rumpf) zurueck; sehr einfacher Leser, reicht fuer unsere Dateien."""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return [], text
    ende = text.find("\n---", 4)
    if ende < 0:
        return [], text
    kopf = text[4:ende].split("\n")
    rumpf = text[ende + 4:]
    return kopf, rumpf


def wert(kopf, schluessel):
    """Liest einen Schluessel: Text, Liste in [..] oder Blockliste. None wenn nicht vorhanden."""
    for i, zeile in enumerate(kopf):
        m = re.match(r"^" + re.escape(schluessel) + r"\s*:\s*(.*)$", zeile)
        if not m:
            continue
        rest = m.group(1).strip()
        if rest.startswith("["):
            innen = rest.strip("[]")
            return [x.strip().strip('"\'') for x in innen.split(",") if x.strip()]
        if rest == "":
            liste = []
            for z in kopf[i + 1:]:
                mm = re.match(r"^\s+-\s+(.*)$", z)
                if mm:
                    liste.append(mm.group(1).strip().strip('"\''))
                elif z.strip().startswith("#") or not z.strip():
                    continue
                else:
                    break
            return liste
        return rest.strip('"\'')
    return None


def varianten(name):
    """Schreibweisen eines Ortsnamens: mit Umlaut, mit ae/oe/ue, ohne Punkte auf den Vokalen."""
    v = {name}
    ae = name
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        ae = ae.replace(a, b)
    v.add(ae)
    ohne = name
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("Ä", "A"), ("Ö", "O"), ("Ü", "U"), ("ß", "ss")):
        ohne = ohne.replace(a, b)
    v.add(ohne)
    if name.startswith("Sankt "):
        for x in list(v):
            v.add("St. " + x[len("Sankt "):])
            v.add("St " + x[len("Sankt "):])
    return v


def lade_orte(content):
    """Gemeinden (id -> Name), Ortsteile (Name -> Gemeinde-id), Samtgemeinden (Name -> [ids])."""
    gemeinden, ortsteile, samtgemeinden = {}, {}, {}
    for idx in sorted(glob.glob(os.path.join(content, "gemeinden", "*", "index.md"))):
        gid = os.path.basename(os.path.dirname(idx))
        kopf, rumpf = front_matter(idx)
        gemeinden[gid] = wert(kopf, "name") or gid
        m = re.search(r"^Ortsteile:\s*(.+?)\.?\s*$", rumpf, re.M)
        if m:
            for ot in m.group(1).split(","):
                ortsteile[ot.strip()] = gid
        m = re.search(r"gehört zur Samtgemeinde ([\wÄÖÜäöüß-]+)", rumpf)
        if m:
            samtgemeinden.setdefault(m.group(1), []).append(gid)
    return gemeinden, ortsteile, samtgemeinden


def lade_eintraege(content):
    """Adresse -> (Quelldatei, Menge der versorgten Gemeinden oder 'alle')."""
    eintraege = {}
    doppelt = []
    muster = [("angebote", os.path.join(content, "gemeinden", "*", "angebote", "*.md")),
              ("angebote", os.path.join(content, "region", "angebote", "*.md")),
              ("termine", os.path.join(content, "gemeinden", "*", "termine", "*.md")),
              ("termine", os.path.join(content, "region", "termine", "*.md"))]
    for art, m in muster:
        for pfad in sorted(glob.glob(m)):
            name = os.path.basename(pfad)
            if name.startswith((".", "_")):
                continue
            eid = name[:-3]
            teile = os.path.relpath(pfad, content).split(os.sep)
            gemeinde = teile[1] if teile[0] == "gemeinden" else None
            if art == "angebote":
                kopf, _ = front_matter(pfad)
                ez = wert(kopf, "einzugsgebiet")
                if ez is None or ez == "" or ez == []:
                    versorgt = {gemeinde} if gemeinde else "alle"
                elif ez == "alle":
                    versorgt = "alle"
                elif isinstance(ez, list):
                    versorgt = set(ez)
                else:
                    versorgt = {ez}
            else:
                versorgt = {gemeinde} if gemeinde else "alle"
            adr = f"{art}/{eid}/"
            if adr in eintraege:
                doppelt.append(adr)
            eintraege[adr] = (os.path.relpath(pfad, content), versorgt)
    return eintraege, doppelt


def genannte_orte(q, gemeinden, ortsteile, samtgemeinden):
    """Liste von (Bezeichnung, Menge von Gemeinde-ids, von denen mindestens eine versorgt sein muss)."""
    treffer = []

    def kommt_vor(name):
        for v in varianten(name):
            if re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", q, re.I):
                return True
        return False

    for gid, name in gemeinden.items():
        if kommt_vor(name):
            treffer.append((f"Gemeinde {name}", {gid}))
    for ot, gid in ortsteile.items():
        if kommt_vor(ot):
            treffer.append((f"Ortsteil {ot} ({gemeinden[gid]})", {gid}))
    for sg, mitglieder in samtgemeinden.items():
        if kommt_vor(sg):
            treffer.append((f"Samtgemeinde {sg}", set(mitglieder)))
    return treffer


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anfragen", default=os.path.join(HIER, "anfragen.json"))
    ap.add_argument("--content", default=os.path.join(HIER, "region"))
    ap.add_argument("--site", default="/tmp/blind20-site")
    args = ap.parse_args()

    fehler = []

    def f(msg):
        fehler.append(msg)

    try:
        with open(args.anfragen, encoding="utf-8") as fh:
            daten = json.load(fh, object_pairs_hook=OrderedDict)
    except (OSError, ValueError) as e:
        print(f"FEHLER: {args.anfragen} nicht lesbar: {e}")
        return 1

    if not os.path.isdir(args.content):
        print(f"FEHLER: Inhaltsordner {args.content} fehlt")
        return 1
    if not os.path.isdir(args.site):
        print(f"FEHLER: gebaute Website {args.site} fehlt")
        return 1

    # --- Form ---
    if not isinstance(daten, dict):
        print("FEHLER: Die Datei muss ein JSON-Objekt sein.")
        return 1
    for k in ("erklaerung", "heute", "anfragen"):
        if k not in daten:
            f(f"Schlüssel '{k}' fehlt")
    for k in daten:
        if k not in ("erklaerung", "heute", "anfragen"):
            f(f"unbekannter Schlüssel '{k}'")
    if not isinstance(daten.get("erklaerung"), str) or not daten.get("erklaerung", "").strip():
        f("'erklaerung' muss ein nicht leerer Text sein")
    if not isinstance(daten.get("heute"), str) or not DATUM.match(daten.get("heute", "")):
        f("'heute' muss ein Datum JJJJ-MM-TT sein")
    anfragen = daten.get("anfragen")
    if not isinstance(anfragen, list):
        f("'anfragen' muss eine Liste sein")
        anfragen = []

    gemeinden, ortsteile, samtgemeinden = lade_orte(args.content)
    eintraege, doppelt = lade_eintraege(args.content)
    for d in doppelt:
        f(f"Kennung doppelt im Inhaltsordner: {d}")

    gesehen = {}
    je_art = Counter()
    for n, a in enumerate(anfragen, 1):
        wo = f"Anfrage {n}"
        if not isinstance(a, dict):
            f(f"{wo}: muss ein Objekt sein")
            continue
        for k in a:
            if k not in ("q", "art", "erwartet"):
                f(f"{wo}: unbekannter Schlüssel '{k}'")
        q = a.get("q")
        if not isinstance(q, str) or not q.strip():
            f(f"{wo}: 'q' muss ein nicht leerer Text sein")
            continue
        wo = f"Anfrage {n} „{q}“"
        norm = re.sub(r"\s+", " ", q.strip()).casefold()
        if norm in gesehen:
            f(f"{wo}: doppelt (schon Anfrage {gesehen[norm]})")
        gesehen[norm] = n
        art = a.get("art")
        if art not in ARTEN:
            f(f"{wo}: unbekannte Art {art!r}")
        else:
            je_art[art] += 1
        erw = a.get("erwartet")
        if not isinstance(erw, list) or not (1 <= len(erw) <= 5):
            f(f"{wo}: 'erwartet' muss eine Liste mit 1 bis 5 Adressen sein")
            continue
        if len(set(erw)) != len(erw):
            f(f"{wo}: eine Adresse steht doppelt in 'erwartet'")
        orte = genannte_orte(q, gemeinden, ortsteile, samtgemeinden)
        for adr in erw:
            if not isinstance(adr, str) or not ADRESSE.match(adr):
                f(f"{wo}: Adresse {adr!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
                continue
            if adr not in eintraege:
                f(f"{wo}: zu {adr} gibt es keine Quelldatei in {args.content}")
                continue
            seite = os.path.join(args.site, adr, "index.html")
            if not os.path.isfile(seite):
                f(f"{wo}: zu {adr} gibt es keine Seite {seite}")
            quelle, versorgt = eintraege[adr]
            if versorgt == "alle":
                continue
            for bez, ids in orte:
                if not (versorgt & ids):
                    f(f"{wo}: {adr} ({quelle}) versorgt {bez} nicht (Einzugsgebiet: {', '.join(sorted(versorgt))})")

    # --- Arten ---
    for art in ARTEN:
        if je_art[art] != JE_ART:
            f(f"Art „{art}“ hat {je_art[art]} Anfragen statt {JE_ART}")

    print(f"{len(anfragen)} Anfragen, {len(eintraege)} Einträge im Inhaltsordner, "
          f"{len(gemeinden)} Gemeinden, {len(ortsteile)} Ortsteile, {len(samtgemeinden)} Samtgemeinden")
    for art in ARTEN:
        print(f"  {art:20} {je_art[art]:3}")
    adressen = Counter(x for a in anfragen if isinstance(a, dict) for x in (a.get("erwartet") or []) if isinstance(x, str))
    print(f"  erwartete Adressen: {sum(adressen.values())} (verschiedene: {len(adressen)})")
    if fehler:
        print(f"\n{len(fehler)} Problem(e):")
        for m in fehler:
            print("  - " + m)
        return 1
    print("\nAlles in Ordnung.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
