#!/usr/bin/env python3
"""Check an "alltagswort" query file against a region content folder.

Usage: pruefe.py ANFRAGEN.json REGION_DIR [--wort WORD ...]

Checks per query:
  * `wort` occurs in `q` (case-insensitive, umlauts folded);
  * `wort` occurs in no file of the region (case-insensitive, umlauts folded
    both ways, as a substring, also with spaces and hyphens removed);
  * every page in `erwartet` exists as a content file;
  * no expected event has ended before `heute`;
  * if `q` names a Gemeinde: every expected service reaches it (einzugsgebiet)
    and every expected event is held there.
With --wort, only reports whether the given words occur in the region.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

import yaml

FOLD_AE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
FOLD_BASE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def variants(text):
    """Normalised forms of a text: umlauts as ae/oe/ue, as plain vowels,
    each also without spaces, hyphens and similar joiners."""
    t = text.lower().replace("\u00ad", "")
    out = set()
    for table in (FOLD_AE, FOLD_BASE):
        f = t.translate(table)
        out.add(f)
        out.add(re.sub(r"[\s\-\u2010-\u2015_/]+", "", f))
    return out


def read_front_matter(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    fm = yaml.safe_load(text[4:end]) or {}
    return fm, text[end + 4:]


def parse_dt(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    s = str(value).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            pass
    raise ValueError(f"cannot read date {value!r}")


class Region:
    def __init__(self, root):
        self.root = Path(root)
        self.haystacks = []  # (file, set of folded variants)
        for f in sorted(self.root.rglob("*")):
            if f.is_file():
                self.haystacks.append((f, variants(f.read_text(encoding="utf-8-sig"))))
        self.gemeinden = {}  # id -> display name
        for idx in sorted((self.root / "gemeinden").glob("*/index.md")):
            fm, _ = read_front_matter(idx)
            self.gemeinden[idx.parent.name] = str(fm.get("name", idx.parent.name))
        self.pages = {}  # "angebote/<id>/" -> info
        for kind in ("angebote", "termine"):
            for f in sorted(self.root.glob(f"gemeinden/*/{kind}/*.md")) + sorted(
                self.root.glob(f"region/{kind}/*.md")
            ):
                if f.name.startswith((".", "_")):
                    continue
                fm, _ = read_front_matter(f)
                home = f.parent.parent.name if f.parts[-3] != "region" else None
                self.pages[f"{kind}/{f.stem}/"] = {"file": f, "fm": fm, "home": home, "kind": kind}

    def occurrences(self, word):
        wv = {v for v in variants(word) if v}
        hits = []
        for f, hs in self.haystacks:
            if any(w in h for w in wv for h in hs):
                hits.append(str(f.relative_to(self.root)))
        return hits

    def reaches(self, page):
        info = self.pages[page]
        eg = info["fm"].get("einzugsgebiet")
        if eg is None:
            return set(self.gemeinden) if info["home"] is None else {info["home"]}
        if isinstance(eg, str):
            if eg.strip().lower() == "alle":
                return set(self.gemeinden)
            eg = [eg]
        return {str(g) for g in eg}

    def event_place(self, page):
        info = self.pages[page]
        if info["home"]:
            return {info["home"]}
        ort = (info["fm"].get("ort") or {})
        names = " ".join(str(ort.get(k, "")) for k in ("ort", "name"))
        fn = names.lower().translate(FOLD_AE)
        return {g for g, n in self.gemeinden.items() if n.lower().translate(FOLD_AE) in fn}

    def event_end(self, page):
        fm = self.pages[page]["fm"]
        if fm.get("wiederholung") and fm.get("bis"):
            return parse_dt(fm["bis"]).replace(hour=23, minute=59)
        return parse_dt(fm.get("ende") or fm.get("beginn"))

    def named_gemeinden(self, q):
        """Gemeinden named in the query (full name, id, or name without suffix)."""
        qv = variants(q)
        found = set()
        for gid, name in self.gemeinden.items():
            forms = {name, gid.replace("-", " ")}
            base = re.split(r"\s+(?:a\.|am|an|b\.|bei)\b|\s+a\.d\.", name)[0]
            forms.add(base)
            forms.add(name.replace("Sankt ", "St. "))
            for form in forms:
                fv = {v for v in variants(form) if len(v) >= 4}
                if any(re.search(r"(?<![a-z])" + re.escape(f), h) for f in fv for h in qv):
                    found.add(gid)
        return found


def check(anfragen_path, region_dir):
    data = json.loads(Path(anfragen_path).read_text(encoding="utf-8"))
    region = Region(region_dir)
    heute = parse_dt(data.get("heute", dt.date.today().isoformat()))
    errors = []
    queries = data["anfragen"]
    for i, a in enumerate(queries, 1):
        tag = f"#{i} {a.get('q')!r}"
        q, wort = a.get("q", ""), a.get("wort", "")
        if a.get("art") != "alltagswort":
            errors.append(f"{tag}: art is not alltagswort")
        if not wort or not any(w in h for w in variants(wort) for h in variants(q)):
            errors.append(f"{tag}: wort {wort!r} not in q")
        hits = region.occurrences(wort)
        if hits:
            errors.append(f"{tag}: wort {wort!r} occurs in region: {', '.join(hits[:5])}")
        erwartet = a.get("erwartet") or []
        if not erwartet:
            errors.append(f"{tag}: erwartet is empty")
        if not a.get("gemeint"):
            errors.append(f"{tag}: gemeint missing")
        named = region.named_gemeinden(q)
        for page in erwartet:
            if page not in region.pages:
                errors.append(f"{tag}: {page} is not a content file")
                continue
            if region.pages[page]["kind"] == "termine":
                end = region.event_end(page)
                if end < heute:
                    errors.append(f"{tag}: {page} ended {end:%Y-%m-%d}")
                for g in named:
                    if g not in region.event_place(page):
                        errors.append(f"{tag}: event {page} is not held in {g}")
            else:
                for g in named:
                    if g not in region.reaches(page):
                        errors.append(f"{tag}: {page} does not reach {g}")
    n_named = sum(1 for a in queries if region.named_gemeinden(a.get("q", "")))
    words = [a.get("wort", "").lower() for a in queries]
    dupes = {w for w in words if words.count(w) > 1}
    if dupes:
        errors.append(f"duplicate wort: {sorted(dupes)}")
    print(f"{anfragen_path}: {len(queries)} queries, {n_named} name a Gemeinde")
    for e in errors:
        print("  FEHLER", e)
    print("  ok" if not errors else f"  {len(errors)} problem(s)")
    return not errors


def main(argv):
    if len(argv) >= 3 and argv[2] == "--wort":
        region = Region(argv[1])
        for w in argv[3:]:
            hits = region.occurrences(w)
            print(f"{'PRESENT' if hits else 'absent '} {w}" + (f"  {hits[:3]}" if hits else ""))
        return 0
    if len(argv) != 3:
        print(__doc__)
        return 2
    return 0 if check(argv[1], argv[2]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
