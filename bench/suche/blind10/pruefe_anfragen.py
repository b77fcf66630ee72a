#!/usr/bin/env python3
"""Checks anfragen.json of the blind10 query set (stdlib only).

- valid JSON with keys erklaerung, heute, anfragen
- exactly 135 queries, 15 of each of the nine kinds
- every query has a non-empty q and at least one expected address
- every expected address (angebote/<id>/ or termine/<id>/) exists as a file in region/
  (region/angebote, region/termine, or region/gemeinden/<g>/angebote|termine)
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HERE, "region")
KINDS = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym", "flexion", "gemeinde_kategorie", "mehrwort"]

def known_ids():
    ids = {"angebote": set(), "termine": set()}
    dirs = [REGION] + [os.path.join(REGION, "gemeinden", g) for g in sorted(os.listdir(os.path.join(REGION, "gemeinden")))]
    dirs.append(os.path.join(REGION, "region"))
    for d in dirs:
        for kind in ids:
            p = os.path.join(d, kind)
            if os.path.isdir(p):
                for f in os.listdir(p):
                    if f.endswith(".md") and not f.startswith((".", "_")):
                        ids[kind].add(f[:-3])
    return ids

def main():
    errors = []
    try:
        with open(os.path.join(HERE, "anfragen.json"), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print("FEHLER: anfragen.json nicht lesbar:", e); return 1
    for k in ("erklaerung", "heute", "anfragen"):
        if k not in data: errors.append(f"Schlüssel fehlt: {k}")
    if data.get("heute") != "2026-11-22": errors.append("heute ist nicht 2026-11-22")
    anfragen = data.get("anfragen", [])
    if len(anfragen) != 135: errors.append(f"{len(anfragen)} Anfragen statt 135")
    count = Counter(a.get("art") for a in anfragen)
    for k in KINDS:
        if count.get(k, 0) != 15: errors.append(f"Art {k}: {count.get(k, 0)} statt 15")
    for k in count:
        if k not in KINDS: errors.append(f"unbekannte Art: {k}")
    ids = known_ids()
    seen = set()
    for i, a in enumerate(anfragen):
        q = a.get("q", "")
        if not isinstance(q, str) or not q.strip(): errors.append(f"#{i}: leere Anfrage")
        if (q, a.get("art")) in seen: errors.append(f"#{i}: doppelte Anfrage {q!r}")
        seen.add((q, a.get("art")))
        exp = a.get("erwartet")
        if not isinstance(exp, list) or not exp:
            errors.append(f"#{i} {q!r}: keine erwartete Antwort"); continue
        if len(exp) != len(set(exp)): errors.append(f"#{i} {q!r}: doppelte Adresse")
        for e in exp:
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", e)
            if not m: errors.append(f"#{i} {q!r}: Adresse hat falsche Form: {e}"); continue
            if m.group(2) not in ids[m.group(1)]: errors.append(f"#{i} {q!r}: {e} existiert nicht in region/")
    for e in errors: print("FEHLER:", e)
    if not errors:
        print(f"OK: {len(anfragen)} Anfragen, " + ", ".join(f"{k} {count[k]}" for k in KINDS)
              + f"; {len(ids['angebote'])} Angebote, {len(ids['termine'])} Termine in region/")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
