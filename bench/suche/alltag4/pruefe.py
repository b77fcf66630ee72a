#!/usr/bin/env python3
"""Check an "alltagswort" query file against a region content folder.

Usage: python3 pruefe.py ANFRAGEN.json REGION_ORDNER

Checks, for every query:
  * `wort` occurs in `q` (case-insensitive, umlauts folded);
  * `wort` occurs in no file of the region folder -- case-insensitive, with
    umlauts folded both ways (ä<->ae, also ä->a), also as a substring of a
    longer word, and also after removing spaces and hyphens;
  * every page in `erwartet` exists as a content file
    (`angebote/<id>/` or `termine/<id>/`);
  * no expected event has ended before `heute`;
  * if `q` names a Gemeinde: every expected service reaches it (via
    `einzugsgebiet`) and every expected event is held there.
Exit status 0 if everything passes, 1 otherwise.
Needs only the Python standard library and PyYAML.
"""
import datetime as dt
import json
import pathlib
import re
import sys

import yaml

UML_AE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
                        "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss"})
UML_A = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss",
                       "Ä": "a", "Ö": "o", "Ü": "u", "ẞ": "ss"})
STRIP = re.compile(r"[\s\-\u2010-\u2015\u00ad]+")


def fold_variants(text):
    """The text in the folded forms the absence check compares."""
    t = text.lower()
    ae = t.translate(UML_AE)                       # ä -> ae
    a = t.translate(UML_A)                         # ä -> a
    ae_a = re.sub(r"(?<=[aou])e", "", ae)          # ae -> a (both ways)
    forms = {ae, a, ae_a}
    return forms | {STRIP.sub("", f) for f in forms}


def fold(text):
    return text.lower().translate(UML_AE)


def front_matter(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    return yaml.safe_load(text[3:end]) or {}


def parse_dt(value):
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    s = str(value).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            pass
    raise ValueError(f"unreadable date {value!r}")


def parse_date(value):
    return parse_dt(value).date()


def nth_weekday(year, month, weekday, n):
    """n-th (1..5) weekday of a month, or None."""
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def occurrences(ev):
    """Start dates of all occurrences of an event."""
    start = parse_dt(ev["beginn"]).date()
    rule = ev.get("wiederholung")
    if not rule:
        return [start]
    until = parse_date(ev["bis"])
    out = []
    if rule in ("woechentlich", "14-taeglich"):
        step = 7 if rule == "woechentlich" else 14
        d = start
        while d <= until:
            out.append(d)
            d += dt.timedelta(days=step)
    elif rule == "monatlich":
        n = (start.day - 1) // 7 + 1
        y, m = start.year, start.month
        while True:
            d = nth_weekday(y, m, start.weekday(), n)
            if d and d > until:
                break
            if d:
                out.append(d)
            m += 1
            if m > 12:
                y, m = y + 1, 1
            if dt.date(y, m, 1) > until:
                break
    else:
        raise ValueError(f"unknown wiederholung {rule!r}")
    return out


def last_end(ev):
    """Date on which the last occurrence of an event ends."""
    begin = parse_dt(ev["beginn"])
    end = parse_dt(ev["ende"]) if ev.get("ende") else begin
    length = end.date() - begin.date()
    return max(occurrences(ev)) + length


class Region:
    def __init__(self, folder):
        self.root = pathlib.Path(folder)
        self.texts = []
        for p in sorted(self.root.rglob("*")):
            if p.is_file():
                self.texts.append((p, fold_variants(p.read_text(encoding="utf-8-sig", errors="replace"))))
        self.gemeinden = {}      # id -> set of folded name variants
        self.gemeinde_plz = {}
        for idx in sorted(self.root.glob("gemeinden/*/index.md")):
            gid = idx.parent.name
            d = front_matter(idx)
            self.gemeinden[gid] = self.name_variants(gid, str(d.get("name", gid)))
            self.gemeinde_plz[gid] = {str(x) for x in d.get("plz", []) or []}
        self.angebote = {}       # id -> (gemeinde or None, front matter)
        self.termine = {}
        for kind, store in (("angebote", self.angebote), ("termine", self.termine)):
            for p in sorted(self.root.glob(f"gemeinden/*/{kind}/*.md")):
                if not p.name.startswith(("_", ".")):
                    store[p.stem] = (p.parent.parent.name, front_matter(p))
            for p in sorted(self.root.glob(f"region/{kind}/*.md")):
                if not p.name.startswith(("_", ".")):
                    store[p.stem] = (None, front_matter(p))

    @staticmethod
    def name_variants(gid, name):
        names = {name, gid, gid.replace("-", " ")}
        base = re.sub(r"^(Markt|Stadt|Gemeinde)\s+", "", name)
        names.add(base)
        # "Moosbach a. d. Sulz" -> "Moosbach", "St. Leonhard am Forst" -> "St. Leonhard"
        short = re.split(r"\s+(?:a\.\s*d\.|an der|am|im|ob der|bei)\s+", base)[0]
        names.add(short)
        if short.startswith("St. "):
            names.update({"Sankt " + short[4:], "St " + short[4:]})
        # double names: "Hohenau-Kreuth" -> "Hohenau", "Kreuth"
        if "-" in base and " " not in base:
            names.update(base.split("-"))
        return {fold(n) for n in names if n}

    def reaches(self, angebot_id, gid):
        home, d = self.angebote[angebot_id]
        ez = d.get("einzugsgebiet")
        if ez is None:
            ez = "alle" if home is None else [home]
        return ez == "alle" or gid in ez

    def hosts(self, termin_id, gid):
        home, d = self.termine[termin_id]
        if home is not None:
            return home == gid
        ort = d.get("ort") or {}
        if str(ort.get("plz", "")) in self.gemeinde_plz.get(gid, set()):
            return True
        return fold(str(ort.get("ort", ""))) in self.gemeinden[gid]

    def named_gemeinden(self, q):
        fq = " " + re.sub(r"[^\w.]+", " ", fold(q)) + " "
        found = set()
        for gid, variants in self.gemeinden.items():
            for v in variants:
                pat = r"(?<![\w])" + re.escape(v) + r"(?![\w])"
                if re.search(pat, fq):
                    found.add(gid)
        return found


def check(anfragen_path, region_path):
    data = json.loads(pathlib.Path(anfragen_path).read_text(encoding="utf-8"))
    region = Region(region_path)
    heute = parse_date(data["heute"])
    errors = []
    seen_q = set()
    anfragen = data["anfragen"]
    if len(anfragen) != 50:
        errors.append(f"expected 50 queries, found {len(anfragen)}")
    named_count = 0
    for i, a in enumerate(anfragen, 1):
        q, wort = a["q"], a["wort"]
        tag = f"#{i} {q!r}"
        if a.get("art") != "alltagswort":
            errors.append(f"{tag}: art is {a.get('art')!r}")
        if fold(q) in seen_q:
            errors.append(f"{tag}: duplicate query")
        seen_q.add(fold(q))
        if not a.get("gemeint"):
            errors.append(f"{tag}: 'gemeint' is empty")
        if fold(wort) not in fold(q):
            errors.append(f"{tag}: wort {wort!r} does not occur in q")
        wforms = fold_variants(wort)
        for path, forms in region.texts:
            hits = [w for w in wforms if any(w in f for f in forms)]
            if hits:
                errors.append(f"{tag}: wort {wort!r} occurs in {path.relative_to(region.root)} (as {hits[0]!r})")
                break
        gemeinden = region.named_gemeinden(q)
        if gemeinden:
            named_count += 1
        if not a.get("erwartet"):
            errors.append(f"{tag}: 'erwartet' is empty")
        for page in a.get("erwartet", []):
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", page)
            if not m:
                errors.append(f"{tag}: bad page address {page!r}")
                continue
            kind, pid = m.groups()
            if kind == "angebote":
                if pid not in region.angebote:
                    errors.append(f"{tag}: no service {pid}")
                    continue
                for g in gemeinden:
                    if not region.reaches(pid, g):
                        errors.append(f"{tag}: service {pid} does not reach {g}")
            else:
                if pid not in region.termine:
                    errors.append(f"{tag}: no event {pid}")
                    continue
                if last_end(region.termine[pid][1]) < heute:
                    errors.append(f"{tag}: event {pid} ended before {heute}")
                for g in gemeinden:
                    if not region.hosts(pid, g):
                        errors.append(f"{tag}: event {pid} is not held in {g}")
    return errors, len(anfragen), named_count


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    errors, n, named = check(argv[1], argv[2])
    for e in errors:
        print("FEHLER", e)
    print(f"{argv[1]}: {n} queries, {named} name a Gemeinde, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
