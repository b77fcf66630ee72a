#!/usr/bin/env python3
"""Prüft anfragen.json (Blind-Testsatz für die Suche des Wegweisers).

Nur Standardbibliothek. Aufruf:
    python3 pruefe_anfragen.py [--anfragen anfragen.json] [--region region] [--site /tmp/blind21-site]

Geprüft wird:
  * Form der JSON-Datei (erklaerung, heute, anfragen mit q, art, erwartet)
  * keine doppelten Anfragen (Groß/Klein und Leerzeichen egal)
  * jede erwartete Adresse hat eine Quelldatei in region/ und eine Seite in der gebauten Site
  * Gemeinde-Regel: nennt eine Anfrage eine Gemeinde, darf sie nur Einträge erwarten,
    die diese Gemeinde bedienen (einzugsgebiet, regionweite Einträge, Termine der Gemeinde)
  * genau 13 Arten mit je 10 Anfragen
Exit-Code 0 wenn alles stimmt, sonst 1.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, OrderedDict

ARTEN = ["ddr-wort", "erzgebirge", "traeger", "gemeinde+kategorie", "tippfehler",
         "umlaut", "kompositum", "synonym", "flexion", "praefix", "satz", "termin", "mehrwort"]
PRO_ART = 10
ADRESSE = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")
DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def front_matter(path):
    """Sehr kleine Lesefunktion für die Kopfzeilen einer Markdown-Datei.
    Liefert dict Schlüssel -> roher Wert (str) bzw. Liste bei Blocklisten."""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}
    daten, key = {}, None
    for line in lines[1:]:
        if line.strip() == "---":
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith((" ", "\t", "-")) and ":" in line:
            key, _, wert = line.partition(":")
            key = key.strip()
            daten[key] = wert.strip()
        elif line.lstrip().startswith("- ") and key is not None and line.startswith((" ", "-")):
            if not isinstance(daten.get(key), list):
                daten[key] = [] if daten.get(key, "") == "" else [daten[key]]
            daten[key].append(line.lstrip()[2:].strip())
    return daten


def liste(wert):
    if isinstance(wert, list):
        return [w.strip().strip("\"'") for w in wert]
    w = (wert or "").strip()
    if w.startswith("[") and w.endswith("]"):
        return [x.strip().strip("\"'") for x in w[1:-1].split(",") if x.strip()]
    return [w.strip("\"'")] if w else []


def varianten(wort):
    """Schreibweisen eines Namens: mit Umlaut, ae/oe/ue/ss, a/o/u/s."""
    w = wort.lower()
    ergebnis = {w}
    for ersetzung in ({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"},
                      {"ä": "a", "ö": "o", "ü": "u", "ß": "s"},
                      {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ß"},
                      {"ä": "ä", "ö": "ö", "ü": "ü", "ß": "ss"}):
        v = w
        for a, b in ersetzung.items():
            v = v.replace(a, b)
        ergebnis.add(v)
    return ergebnis


def lade_region(region):
    gemeinden = OrderedDict()   # id -> name
    gdir = os.path.join(region, "gemeinden")
    for gid in sorted(os.listdir(gdir)):
        if gid.startswith((".", "_")):
            continue
        index = os.path.join(gdir, gid, "index.md")
        if os.path.isfile(index):
            gemeinden[gid] = front_matter(index).get("name", gid).strip("\"'")
    alle = set(gemeinden)
    eintraege = {}   # adresse -> (datei, bediente Gemeinden)

    def sammle(ordner, heimat):
        for art in ("angebote", "termine"):
            d = os.path.join(ordner, art)
            if not os.path.isdir(d):
                continue
            for fn in sorted(os.listdir(d)):
                if fn.startswith((".", "_")) or not fn.endswith(".md"):
                    continue
                eid = fn[:-3]
                pfad = os.path.join(d, fn)
                if heimat is None:
                    bedient = set(alle)
                elif art == "termine":
                    bedient = {heimat}
                else:
                    ez = front_matter(pfad).get("einzugsgebiet")
                    werte = liste(ez) if ez not in (None, "") else [heimat]
                    bedient = set(alle) if "alle" in werte else set(werte)
                adr = f"{art}/{eid}/"
                if adr in eintraege:
                    print(f"WARNUNG: {adr} doppelt: {eintraege[adr][0]} und {pfad}")
                eintraege[adr] = (pfad, bedient)

    for gid in gemeinden:
        sammle(os.path.join(gdir, gid), gid)
    sammle(os.path.join(region, "region"), None)

    aliase = {}   # gemeinde -> set of spellings
    for gid, name in gemeinden.items():
        a = set(varianten(name)) | {gid}
        erstes = name.split()[0]
        if len(erstes) >= 5 and erstes.lower() != name.lower():
            a |= varianten(erstes)
        aliase[gid] = a
    return gemeinden, eintraege, aliase


def genannte_gemeinden(q, aliase):
    ql = q.lower()
    treffer = set()
    for gid, namen in aliase.items():
        for n in namen:
            if re.search(r"(?<![\wäöüß])" + re.escape(n) + r"(?![\wäöüß])", ql):
                treffer.add(gid)
                break
    return treffer


def main():
    hier = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anfragen", default=os.path.join(hier, "anfragen.json"))
    ap.add_argument("--region", default=os.path.join(hier, "region"))
    ap.add_argument("--site", default="/tmp/blind21-site")
    args = ap.parse_args()

    fehler = []
    try:
        with open(args.anfragen, encoding="utf-8") as f:
            daten = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FEHLER: {args.anfragen} nicht lesbar: {e}")
        return 1

    if not isinstance(daten, dict):
        print("FEHLER: oberste Ebene muss ein Objekt sein")
        return 1
    erwartete_schluessel = {"erklaerung", "heute", "anfragen"}
    if set(daten) != erwartete_schluessel:
        fehler.append(f"Schlüssel der obersten Ebene: {sorted(daten)}, erwartet {sorted(erwartete_schluessel)}")
    if not isinstance(daten.get("erklaerung"), str) or not daten.get("erklaerung", "").strip():
        fehler.append("'erklaerung' fehlt oder ist leer")
    if not isinstance(daten.get("heute"), str) or not DATUM.match(daten.get("heute", "")):
        fehler.append("'heute' muss ein Datum JJJJ-MM-TT sein")
    anfragen = daten.get("anfragen")
    if not isinstance(anfragen, list):
        print("FEHLER: 'anfragen' muss eine Liste sein")
        return 1

    gemeinden, eintraege, aliase = lade_region(args.region)
    gesehen = {}
    zaehler = Counter()
    for i, a in enumerate(anfragen, 1):
        wo = f"Anfrage {i}"
        if not isinstance(a, dict):
            fehler.append(f"{wo}: kein Objekt")
            continue
        if set(a) != {"q", "art", "erwartet"}:
            fehler.append(f"{wo}: Schlüssel {sorted(a)}, erwartet ['art', 'erwartet', 'q']")
        q, art, erw = a.get("q"), a.get("art"), a.get("erwartet")
        if not isinstance(q, str) or not q.strip():
            fehler.append(f"{wo}: 'q' fehlt oder leer")
            continue
        wo = f"Anfrage {i} „{q}“"
        if q != q.strip():
            fehler.append(f"{wo}: Leerzeichen am Anfang/Ende")
        norm = " ".join(q.casefold().split())
        if norm in gesehen:
            fehler.append(f"{wo}: doppelt (wie Anfrage {gesehen[norm]})")
        gesehen[norm] = i
        if art not in ARTEN:
            fehler.append(f"{wo}: unbekannte art {art!r}")
        else:
            zaehler[art] += 1
        if not isinstance(erw, list) or not 1 <= len(erw) <= 5:
            fehler.append(f"{wo}: 'erwartet' muss 1–5 Adressen enthalten")
            continue
        if len(set(erw)) != len(erw):
            fehler.append(f"{wo}: Adresse doppelt in 'erwartet'")
        genannt = genannte_gemeinden(q, aliase)
        for adr in erw:
            if not isinstance(adr, str) or not ADRESSE.match(adr):
                fehler.append(f"{wo}: ungültige Adresse {adr!r}")
                continue
            if adr not in eintraege:
                fehler.append(f"{wo}: {adr} hat keine Quelldatei in {args.region}")
                continue
            seite = os.path.join(args.site, adr, "index.html")
            if not os.path.isfile(seite):
                fehler.append(f"{wo}: {adr} hat keine Seite in {args.site}")
            bedient = eintraege[adr][1]
            for g in sorted(genannt):
                if g not in bedient:
                    fehler.append(f"{wo}: nennt {gemeinden[g]}, aber {adr} bedient {gemeinden[g]} nicht")

    for art in ARTEN:
        if zaehler[art] != PRO_ART:
            fehler.append(f"Art {art}: {zaehler[art]} Anfragen, erwartet {PRO_ART}")

    print(f"{len(anfragen)} Anfragen, {len(eintraege)} Einträge in der Region, {len(gemeinden)} Gemeinden")
    for art in ARTEN:
        print(f"  {art:20s} {zaehler[art]:3d}")
    adressen = Counter(adr for a in anfragen if isinstance(a, dict) for adr in (a.get("erwartet") or []) if isinstance(adr, str))
    print(f"  verschiedene erwartete Adressen: {len(adressen)}")
    if fehler:
        print(f"\n{len(fehler)} Problem(e):")
        for f_ in fehler:
            print("  - " + f_)
        return 1
    print("OK: keine Probleme.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
