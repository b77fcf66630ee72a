#!/usr/bin/env python3
"""Prüft den blinden Testsatz anfragen.json gegen den Inhaltsordner und die gebaute Website.

Aufruf:
    python3 pruefe_anfragen.py [--anfragen anfragen.json] [--content region] [--site /tmp/blind19-site]

Geprüft wird:
  * Form der JSON-Datei (erklaerung, heute, anfragen[q, art, erwartet])
  * keine Anfrage doppelt (ohne Rücksicht auf Groß-/Kleinschreibung und Leerzeichen)
  * jede erwartete Adresse hat eine Quelldatei im Inhaltsordner und eine Seite
    <site>/<adresse>index.html
  * Gemeinde-Regel: nennt eine Anfrage eine Gemeinde, muss jeder erwartete Eintrag
    diese Gemeinde versorgen (Einzugsgebiet; Termine: in der Gemeinde oder für die
    ganze Region)
  * 13 Arten mit je 10 Anfragen
Gibt die Anzahl je Art aus; Exit-Code 1, wenn es ein Problem gibt.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

ARTEN = ["altes-wort", "dialekt", "umschreibung", "tippfehler", "zittrige-hand", "kleinschreibung",
         "umlaut-ersatz", "ortsname", "wort+ort", "satz", "veranstaltung", "kirche-verein", "mehrwort"]
JE_ART = 10

# Weitere Schreibweisen von Gemeindenamen, wie Leute sie tippen (Mundart, Kurzformen).
# Die Grundformen werden aus gemeinden/<id>/index.md (name) abgeleitet.
EXTRA_ALIASE = {
    "mooshofen": ["mooshofa", "mooshofn"],
    "altbuchen": ["altbucha", "altbuchn"],
    "hinterstaudach": ["staudach", "hinterstaudi"],
    "grubenried": ["grubaried"],
    "st-leonhard-im-ried": ["sankt leonhard", "st leonhard", "leonhard"],
    "au-a-d-lochbach": ["au an der lochbach", "au"],
    "markt-riedhausen": ["riedhausen", "riedhauser"],
    "bad-ellenau": ["ellenau", "ellenauer"],
}

URL_RE = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")


def norm(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + s.strip() + " "


def front_matter(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---", 4)
    if end < 0:
        return {}
    block = text[4:end]
    try:
        import yaml  # optional
        data = yaml.safe_load(block) or {}
        return data if isinstance(data, dict) else {}
    except ImportError:
        return mini_yaml(block)


def mini_yaml(block):
    """Sehr kleiner Leser für die hier gebrauchten Schlüssel (name, einzugsgebiet, beginn, ...)."""
    data, key = {}, None
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-zäöüß_]+):\s*(.*)$", line)
        if m:
            key, val = m.group(1), m.group(2).strip()
            if val.startswith("[") and val.endswith("]"):
                data[key] = [v.strip().strip("\"'") for v in val[1:-1].split(",") if v.strip()]
            elif val == "":
                data[key] = None
            else:
                data[key] = val.strip("\"'")
        elif key and re.match(r"^\s+-\s+", line) and not re.match(r"^\s+-\s+\w+:", line):
            if not isinstance(data.get(key), list):
                data[key] = []
            data[key].append(re.sub(r"^\s+-\s+", "", line).strip().strip("\"'"))
    return data


def ignored(name):
    return name.startswith(".") or name.startswith("_")


def load_content(content):
    gemeinden = OrderedDict()  # id -> name
    gdir = os.path.join(content, "gemeinden")
    for g in sorted(os.listdir(gdir)) if os.path.isdir(gdir) else []:
        if ignored(g):
            continue
        idx = os.path.join(gdir, g, "index.md")
        if os.path.isfile(idx):
            gemeinden[g] = str(front_matter(idx).get("name") or g)
    entries = {}  # url -> dict(path, gemeinde or None, art)
    dupes = []
    places = [(None, os.path.join(content, "region"))] + [(g, os.path.join(gdir, g)) for g in gemeinden]
    for gem, base in places:
        for art in ("angebote", "termine"):
            d = os.path.join(base, art)
            if not os.path.isdir(d):
                continue
            for fn in sorted(os.listdir(d)):
                if ignored(fn) or not fn.endswith(".md"):
                    continue
                url = f"{art}/{fn[:-3]}/"
                path = os.path.join(d, fn)
                if url in entries:
                    dupes.append((url, entries[url]["path"], path))
                entries[url] = {"path": path, "gemeinde": gem, "art": art}
    return gemeinden, entries, dupes


def serves(entry, gemeinden):
    """Menge der Gemeinde-Kennungen, die ein Eintrag versorgt."""
    alle = set(gemeinden)
    if entry["art"] == "termine":
        return alle if entry["gemeinde"] is None else {entry["gemeinde"]}
    fm = front_matter(entry["path"])
    ez = fm.get("einzugsgebiet")
    if ez is None or ez == [] or ez == "":
        return alle if entry["gemeinde"] is None else {entry["gemeinde"]}
    if isinstance(ez, str):
        return alle if ez.strip().lower() == "alle" else {ez.strip()}
    ez = [str(x).strip() for x in ez]
    if "alle" in ez:
        return alle
    return set(ez)


def aliases(gemeinden):
    out = {}
    for gid, name in gemeinden.items():
        n = norm(name).strip()
        al = {n, gid.replace("-", " ")}
        short = re.sub(r"^(markt|bad|st|sankt) ", "", n)
        al.add(short)
        al.update(norm(a).strip() for a in EXTRA_ALIASE.get(gid, []))
        out[gid] = sorted(a for a in al if a)
    return out


def named_gemeinden(q, al):
    nq = norm(q)
    found = set()
    for gid, names in al.items():
        for a in names:
            if re.search(r" " + re.escape(a) + r"(er)? ", nq):
                found.add(gid)
                break
    return found


def last_day_of_termin(path):
    fm = front_matter(path)
    def d(v):
        if isinstance(v, (dt.date, dt.datetime)):
            return v if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v.date()
        m = re.match(r"(\d{4}-\d{2}-\d{2})", str(v or ""))
        return dt.date.fromisoformat(m.group(1)) if m else None
    last = d(fm.get("bis")) if fm.get("wiederholung") else None
    return last or d(fm.get("ende")) or d(fm.get("beginn"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--anfragen", default=os.path.join(HERE, "anfragen.json"))
    ap.add_argument("--content", default=os.path.join(HERE, "region"))
    ap.add_argument("--site", default="/tmp/blind19-site")
    args = ap.parse_args()

    probleme, hinweise = [], []
    try:
        with open(args.anfragen, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa
        print(f"FEHLER: {args.anfragen} nicht lesbar: {e}")
        return 1

    # --- Form
    if not isinstance(data, dict):
        print("FEHLER: oberste Ebene ist kein Objekt"); return 1
    for k in ("erklaerung", "heute", "anfragen"):
        if k not in data:
            probleme.append(f"Schlüssel „{k}“ fehlt")
    extra = set(data) - {"erklaerung", "heute", "anfragen"}
    if extra:
        probleme.append(f"unbekannte Schlüssel oben: {sorted(extra)}")
    if not isinstance(data.get("erklaerung"), str) or not data.get("erklaerung", "").strip():
        probleme.append("„erklaerung“ muss ein nicht leerer Text sein")
    heute = None
    try:
        heute = dt.date.fromisoformat(str(data.get("heute")))
    except ValueError:
        probleme.append(f"„heute“ ist kein Datum JJJJ-MM-TT: {data.get('heute')!r}")
    anfragen = data.get("anfragen")
    if not isinstance(anfragen, list):
        probleme.append("„anfragen“ ist keine Liste")
        anfragen = []

    gemeinden, entries, dupes = load_content(args.content)
    for url, a, b in dupes:
        probleme.append(f"Kennung doppelt im Inhalt: {url} ({a} und {b})")
    if not gemeinden:
        probleme.append(f"keine Gemeinden in {args.content}/gemeinden gefunden")
    al = aliases(gemeinden)

    seen = {}
    per_art = Counter()
    for i, a in enumerate(anfragen):
        where = f"Anfrage {i + 1}"
        if not isinstance(a, dict):
            probleme.append(f"{where}: kein Objekt"); continue
        extra = set(a) - {"q", "art", "erwartet"}
        if extra:
            probleme.append(f"{where}: unbekannte Schlüssel {sorted(extra)}")
        q, art, erw = a.get("q"), a.get("art"), a.get("erwartet")
        if not isinstance(q, str) or not q.strip():
            probleme.append(f"{where}: „q“ fehlt oder ist leer"); continue
        where = f"Anfrage {i + 1} „{q}“"
        key = " ".join(q.casefold().split())
        if key in seen:
            probleme.append(f"{where}: doppelt (schon Anfrage {seen[key]})")
        seen.setdefault(key, i + 1)
        if art not in ARTEN:
            probleme.append(f"{where}: unbekannte Art {art!r}")
        per_art[art] += 1
        if not isinstance(erw, list) or not (1 <= len(erw) <= 5):
            probleme.append(f"{where}: „erwartet“ muss eine Liste mit 1–5 Adressen sein"); continue
        if len(set(erw)) != len(erw):
            probleme.append(f"{where}: eine Adresse steht doppelt in „erwartet“")
        named = named_gemeinden(q, al)
        for url in erw:
            if not isinstance(url, str) or not URL_RE.match(url):
                probleme.append(f"{where}: Adresse {url!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
                continue
            entry = entries.get(url)
            if entry is None:
                probleme.append(f"{where}: zu {url} gibt es keine Quelldatei in {args.content}")
                continue
            page = os.path.join(args.site, url, "index.html")
            if not os.path.isfile(page):
                probleme.append(f"{where}: {page} fehlt in der gebauten Website")
            if named:
                s = serves(entry, gemeinden)
                missing = named - s
                if missing:
                    probleme.append(f"{where}: nennt {', '.join(gemeinden[g] for g in sorted(missing))}, "
                                    f"aber {url} versorgt sie nicht")
            if entry["art"] == "termine" and heute:
                last = last_day_of_termin(entry["path"])
                if last and last < heute:
                    hinweise.append(f"{where}: {url} liegt vor „heute“ ({last})")

    # --- Arten und Anzahlen
    print("Anfragen je Art:")
    for art in ARTEN:
        print(f"  {art:16} {per_art.get(art, 0):3}")
        if per_art.get(art, 0) != JE_ART:
            probleme.append(f"Art {art}: {per_art.get(art, 0)} Anfragen statt {JE_ART}")
    others = [k for k in per_art if k not in ARTEN]
    for k in others:
        print(f"  {k!s:16} {per_art[k]:3}  (unbekannt)")
    total_urls = sum(len(a.get("erwartet") or []) for a in anfragen if isinstance(a, dict))
    print(f"  {'zusammen':16} {len(anfragen):3} Anfragen, {total_urls} erwartete Adressen, "
          f"{len({u for a in anfragen if isinstance(a, dict) for u in (a.get('erwartet') or [])})} verschiedene")
    print(f"Inhalt: {len(gemeinden)} Gemeinden, "
          f"{sum(1 for e in entries.values() if e['art'] == 'angebote')} Angebote, "
          f"{sum(1 for e in entries.values() if e['art'] == 'termine')} Termine")

    for h in hinweise:
        print("Hinweis:", h)
    if probleme:
        print(f"\n{len(probleme)} Problem(e):")
        for p in probleme:
            print("  -", p)
        return 1
    print("\nAlles in Ordnung.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
