#!/usr/bin/env python3
"""Checks blind15/anfragen.json against the built site and the region's content.

- every expected URL exists in the built site (<site>/<url>index.html)
- no expected event lies in the past (relative to "heute"; a series counts by its `bis`)
- for queries naming a village (Gemeinde, Ortsteil or a misspelling of one), every
  expected service serves that village (its own Gemeinde, `einzugsgebiet`, or region-wide)
- counts queries per kind

Usage: python3 pruefe_anfragen.py [--site /tmp/blind15-site]
"""
import argparse, collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "region")

# village words (Gemeinde, Ortsteil, deliberate misspellings in the query set) -> Gemeinde id
DORF = {
    "Barkstedt": "barkstedt", "Mühlenkamp": "barkstedt", "Neu Barkstedt": "barkstedt",
    "Lütjenbrook": "luetjenbrook", "Brookhusen": "luetjenbrook", "Osterfeld": "luetjenbrook",
    "Hasselbüll": "hasselbuell", "Hasselbül": "hasselbuell", "Hasselbüllfeld": "hasselbuell", "Spökenkamp": "hasselbuell",
    "Tönnesbüll": "toennesbuell", "Tönesbüll": "toennesbuell",
    "Wiesenhörn": "wiesenhoern",
    "Grootmoor": "grootmoor", "Grotmoor": "grootmoor", "Moorkaten": "grootmoor", "Schwienhusen": "grootmoor",
    "Katensiek": "katensiek", "Siekholm": "katensiek",
    "Fehrsiek": "fehrsiek", "Fersiek": "fehrsiek",
    "Süderlüdde": "suederluedde", "Süderlüde": "suederluedde", "Lüddeholm": "suederluedde", "Norderlüdde": "suederluedde",
    "Bökenholt": "boekenholt",
    "Rehmstedt": "rehmstedt", "Rehmsdeich": "rehmstedt",
    "Ohlenwisch": "ohlenwisch", "Kuhlen": "ohlenwisch", "Ohlenwischfeld": "ohlenwisch",
    "Heidmöhlen": "heidmoehlen", "Möhlenau": "heidmoehlen",
    "Lüttenwohld": "luettenwohld", "Lütenwohld": "luettenwohld", "Wohldkaten": "luettenwohld",
    "Quarnholm": "quarnholm", "Quarnhom": "quarnholm", "Achterholm": "quarnholm",
}
# kinds where a named village restricts which services are acceptable
DORF_ARTEN = {"dorf-dienst", "dorf-ortsteil", "dorf-frage", "nur-dorf", "nachbarort", "tippfehler"}


def front_matter(path):
    text = open(path, encoding="utf-8-sig").read()
    m = re.match(r"---\r?\n(.*?)\r?\n---", text, re.S)
    return m.group(1) if m else ""


def load_content():
    gemeinden = sorted(os.listdir(os.path.join(CONTENT, "gemeinden")))
    services, events = {}, {}
    for root, _, files in os.walk(CONTENT):
        for f in files:
            if not f.endswith(".md") or f.startswith((".", "_")):
                continue
            p = os.path.join(root, f)
            rel = os.path.relpath(p, CONTENT).split(os.sep)
            ident = f[:-3]
            fm = front_matter(p)
            if rel[-2] == "angebote":
                own = rel[1] if rel[0] == "gemeinden" else None
                m = re.search(r"^einzugsgebiet:\s*(.+)$", fm, re.M)
                if m:
                    v = m.group(1).strip()
                    ez = set(gemeinden) if v == "alle" else {x.strip() for x in v.strip("[]").split(",")}
                else:
                    ez = {own} if own else set(gemeinden)
                services[ident] = ez
            elif rel[-2] == "termine":
                beginn = re.search(r"^beginn:\s*(\d{4}-\d{2}-\d{2})", fm, re.M).group(1)
                ende = re.search(r"^ende:\s*(\d{4}-\d{2}-\d{2})", fm, re.M)
                bis = re.search(r"^bis:\s*(\d{4}-\d{2}-\d{2})", fm, re.M)
                last = bis.group(1) if bis else (ende.group(1) if ende else beginn)
                events[ident] = datetime.date.fromisoformat(last)
    return gemeinden, services, events


def villages_in(q):
    found = set()
    for word, gid in DORF.items():
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", q):
            found.add(gid)
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="/tmp/blind15-site")
    args = ap.parse_args()
    doc = json.load(open(os.path.join(HERE, "anfragen.json"), encoding="utf-8"))
    heute = datetime.date.fromisoformat(doc["heute"])
    gemeinden, services, events = load_content()
    errors = []
    per_art = collections.Counter()
    n_expected = 0
    seen = set()
    for i, a in enumerate(doc["anfragen"]):
        q, art, exp = a["q"], a["art"], a["erwartet"]
        per_art[art] += 1
        where = f"#{i} {art} {q!r}"
        if q in seen:
            errors.append(f"{where}: duplicate query")
        seen.add(q)
        if not exp:
            errors.append(f"{where}: no expected URL")
        if len(set(exp)) != len(exp):
            errors.append(f"{where}: duplicate expected URL")
        if art == "nur-dorf" and len(exp) > 6:
            errors.append(f"{where}: more than 6 expected")
        dorf = villages_in(q) if art in DORF_ARTEN else set()
        for url in exp:
            n_expected += 1
            if not os.path.isfile(os.path.join(args.site, url, "index.html")):
                errors.append(f"{where}: {url} missing in built site")
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", url)
            if not m:
                errors.append(f"{where}: unexpected URL form {url}")
                continue
            kind, ident = m.groups()
            if kind == "termine":
                if ident not in events:
                    errors.append(f"{where}: event {ident} not in content")
                elif events[ident] < heute:
                    errors.append(f"{where}: event {ident} is in the past ({events[ident]})")
            else:
                if ident not in services:
                    errors.append(f"{where}: service {ident} not in content")
                elif dorf and not (dorf & services[ident]):
                    errors.append(f"{where}: service {ident} does not serve {sorted(dorf)}")
    print(f"{len(doc['anfragen'])} queries, {n_expected} expected URLs, "
          f"{len(services)} services, {len(events)} events ({sum(d < heute for d in events.values())} past), "
          f"{len(gemeinden)} Gemeinden")
    for art, n in per_art.items():
        print(f"  {art:28s} {n}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: every expected URL exists, no past event expected, village queries only expect services serving the village.")


if __name__ == "__main__":
    main()
