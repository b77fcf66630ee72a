#!/usr/bin/env python3
"""Checks anfragen.json of blind11 (stdlib only).

- valid JSON with keys erklaerung, heute, anfragen
- exactly 135 queries, 15 of each of the nine kinds
- every query has a non-empty q and at least one expected address
- every expected address (angebote/<id>/ or termine/<id>/) exists as a file
  in region/angebote, region/termine, region/region/angebote|termine
  or region/gemeinden/<g>/angebote|termine
Exit code 0 when everything is fine, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HERE, "region")
ARTEN = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym",
         "flexion", "gemeinde_kategorie", "mehrwort"]

def vorhandene():
    found = {"angebote": set(), "termine": set()}
    for root, dirs, files in os.walk(REGION):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        art = os.path.basename(root)
        if art not in found:
            continue
        rel = os.path.relpath(root, REGION).split(os.sep)
        ok = rel in (["angebote"], ["termine"], ["region", "angebote"], ["region", "termine"]) or \
             (len(rel) == 3 and rel[0] == "gemeinden")
        if not ok:
            continue
        for f in files:
            if f.endswith(".md") and not f.startswith((".", "_")):
                found[art].add(f[:-3])
    return found

def main():
    fehler = []
    try:
        with open(os.path.join(HERE, "anfragen.json"), encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("anfragen.json nicht lesbar:", e)
        return 1
    for k in ("erklaerung", "heute", "anfragen"):
        if k not in doc:
            fehler.append(f"Schlüssel {k!r} fehlt")
    if doc.get("heute") != "2026-11-22":
        fehler.append(f"heute ist {doc.get('heute')!r}, erwartet 2026-11-22")
    anfragen = doc.get("anfragen", [])
    if len(anfragen) != 135:
        fehler.append(f"{len(anfragen)} Anfragen statt 135")
    zaehler = Counter(a.get("art") for a in anfragen)
    for art in ARTEN:
        if zaehler.get(art, 0) != 15:
            fehler.append(f"Art {art}: {zaehler.get(art, 0)} statt 15")
    for art in zaehler:
        if art not in ARTEN:
            fehler.append(f"unbekannte Art {art!r}")
    da = vorhandene()
    muster = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")
    gesehen = Counter()
    for i, a in enumerate(anfragen):
        q = a.get("q", "")
        if not isinstance(q, str) or not q.strip():
            fehler.append(f"Anfrage {i}: leeres q")
        gesehen[(q.strip().lower(), a.get("art"))] += 1
        erw = a.get("erwartet", [])
        if not erw:
            fehler.append(f"Anfrage {i} ({q!r}): keine erwartete Antwort")
        if len(set(erw)) != len(erw):
            fehler.append(f"Anfrage {i} ({q!r}): doppelte Adresse")
        for adr in erw:
            m = muster.match(adr)
            if not m:
                fehler.append(f"Anfrage {i} ({q!r}): Adresse {adr!r} hat falsches Format")
            elif m.group(2) not in da[m.group(1)]:
                fehler.append(f"Anfrage {i} ({q!r}): {adr} gibt es nicht in region/")
    for (q, art), n in gesehen.items():
        if n > 1:
            fehler.append(f"Anfrage {q!r} ({art}) kommt {n}-mal vor")
    if fehler:
        print("\n".join(fehler))
        print(f"{len(fehler)} Fehler.")
        return 1
    print(f"OK: {len(anfragen)} Anfragen, je 15 pro Art, "
          f"{len(da['angebote'])} Angebote und {len(da['termine'])} Termine in region/.")
    return 0

if __name__ == "__main__":
    sys.exit(main())
