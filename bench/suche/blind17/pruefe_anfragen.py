#!/usr/bin/env python3
"""Checks anfragen.json of the blind17 test set against the content and the built site.

Usage: python3 pruefe_anfragen.py [--site /tmp/blind17-site] [--content <region folder>] [--anfragen <json>]

Checks:
  * the JSON has erklaerung, heute and anfragen; every query has q, art, erwartet (1-5 unique URLs)
  * no query text appears twice
  * every expected URL is angebote/<id>/ or termine/<id>/, has a source file in the content
    folder and exists in the built site as <site>/<url>index.html
  * for every query that names a Gemeinde, every expected service serves that Gemeinde
    (content format: `einzugsgebiet` list or `alle`; default its own Gemeinde, `alle` for region/),
    and every expected event is an event of that Gemeinde or a region event
  * prints the number of queries per kind (art)
Exit code 0 when clean, 1 when a problem was found.
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

try:
    import yaml  # type: ignore
except ImportError:  # a tiny fallback that understands what this content uses
    yaml = None


def front_matter(path):
    text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---", 4)
    block = text[4:end]
    if yaml is not None:
        return yaml.safe_load(block) or {}
    data, key = {}, None
    for line in block.split("\n"):
        m = re.match(r"^([A-Za-z_äöüÄÖÜß]+):\s*(.*)$", line)
        if m:
            key, val = m.group(1), m.group(2).strip()
            if val.startswith("[") and val.endswith("]"):
                data[key] = [v.strip().strip("\"'") for v in val[1:-1].split(",") if v.strip()]
            elif val:
                data[key] = val.strip("\"'")
            else:
                data[key] = []
        elif key and re.match(r"^\s+-\s+", line) and isinstance(data.get(key), list):
            data[key].append(re.sub(r"^\s+-\s+", "", line).strip().strip("\"'"))
    return data


def fold(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="/tmp/blind17-site")
    ap.add_argument("--content", default=os.path.join(HERE, "region"))
    ap.add_argument("--anfragen", default=os.path.join(HERE, "anfragen.json"))
    args = ap.parse_args()

    problems = []
    content = args.content

    # Gemeinden and the names people would type for them
    gemeinden = {}
    for idx in sorted(glob.glob(os.path.join(content, "gemeinden", "*", "index.md"))):
        gid = os.path.basename(os.path.dirname(idx))
        name = str(front_matter(idx).get("name", gid))
        variants = {fold(name), gid.replace("-", " ")}
        for sep in (" am ", " im ", " an der ", " a.d. ", " bei "):
            if sep in name:
                variants.add(fold(name.split(sep)[0]))
        gemeinden[gid] = variants
    alle_gemeinden = set(gemeinden)

    # services: id -> set of Gemeinden served; events: id -> set of Gemeinden
    serves = {}
    for path in glob.glob(os.path.join(content, "**", "angebote", "*.md"), recursive=True):
        sid = os.path.basename(path)[:-3]
        if sid.startswith((".", "_")):
            continue
        rel = os.path.relpath(path, content).split(os.sep)
        own = rel[1] if rel[0] == "gemeinden" else None
        fm = front_matter(path)
        ez = fm.get("einzugsgebiet")
        if ez is None:
            ez = [own] if own else "alle"
        serves[("angebote", sid)] = alle_gemeinden if ez == "alle" else set(ez)
    for path in glob.glob(os.path.join(content, "**", "termine", "*.md"), recursive=True):
        tid = os.path.basename(path)[:-3]
        if tid.startswith((".", "_")):
            continue
        rel = os.path.relpath(path, content).split(os.sep)
        serves[("termine", tid)] = {rel[1]} if rel[0] == "gemeinden" else alle_gemeinden

    data = json.load(open(args.anfragen, encoding="utf-8"))
    for key in ("erklaerung", "heute", "anfragen"):
        if key not in data:
            problems.append(f"anfragen.json: key '{key}' missing")
    anfragen = data.get("anfragen", [])

    per_kind = {}
    seen = set()
    named = 0
    for i, a in enumerate(anfragen, 1):
        q, art, erw = a.get("q"), a.get("art"), a.get("erwartet")
        label = f"#{i} {q!r}"
        if not q or not art or not isinstance(erw, list):
            problems.append(f"{label}: needs q, art and a list erwartet")
            continue
        per_kind[art] = per_kind.get(art, 0) + 1
        if fold(q.strip()) in seen:
            problems.append(f"{label}: query appears twice")
        seen.add(fold(q.strip()))
        if not 1 <= len(erw) <= 5:
            problems.append(f"{label}: {len(erw)} expected pages (must be 1-5)")
        if len(set(erw)) != len(erw):
            problems.append(f"{label}: an expected page is listed twice")
        named_here = [g for g, vs in gemeinden.items()
                      if any(re.search(r"(?<![a-z0-9])" + re.escape(v) + r"(?![a-z0-9])", fold(q)) for v in vs)]
        if named_here:
            named += 1
        for url in erw:
            m = re.fullmatch(r"(angebote|termine)/([a-z][a-z0-9-]*)/", url)
            if not m:
                problems.append(f"{label}: '{url}' is not angebote/<id>/ or termine/<id>/")
                continue
            key = (m.group(1), m.group(2))
            if key not in serves:
                problems.append(f"{label}: '{url}' has no source file in {content}")
            if not os.path.isfile(os.path.join(args.site, url, "index.html")):
                problems.append(f"{label}: {os.path.join(args.site, url, 'index.html')} does not exist")
            for g in named_here:
                if key in serves and g not in serves[key]:
                    problems.append(f"{label}: '{url}' does not serve the Gemeinde '{g}' named in the query")

    print(f"{len(anfragen)} queries, {len(per_kind)} kinds, {named} name a Gemeinde")
    for art, n in per_kind.items():
        print(f"  {art:18} {n}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: every expected page exists and serves the Gemeinde named in its query.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
