#!/usr/bin/env python3
"""Prüft /tmp/blind18/anfragen.json gegen den Inhaltsordner und die gebaute Website.

Aufruf:  python3 pruefe_anfragen.py [anfragen.json] [--content DIR] [--site DIR]
Prüft: Form der JSON-Datei, keine Anfrage doppelt (nach Kleinschreibung und
Leerzeichen), jede erwartete URL hat eine Quelldatei und existiert in der
gebauten Site (<site>/<url>index.html), und die Gemeinde-Regel: nennt eine
Anfrage eine Gemeinde, muss jeder erwartete Eintrag diese Gemeinde versorgen.
Gibt die Anzahl je Art aus; Exit-Code 1 bei einem Problem.
"""
import argparse, collections, json, os, re, sys, unicodedata

try:
    import yaml
except ImportError:
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument("json", nargs="?", default=os.path.join(HERE, "anfragen.json"))
p.add_argument("--content", default=os.path.join(HERE, "region"))
p.add_argument("--site", default="/tmp/blind18-site")
p.add_argument("--anzahl", type=int, default=130, help="erwartete Zahl der Anfragen")
p.add_argument("--je-art", type=int, default=10, help="erwartete Zahl je Art")
args = p.parse_args()

problems = []
def bad(msg): problems.append(msg)

def fold(s):
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()

def front_matter(path):
    txt = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not txt.startswith("---\n"):
        return {}
    end = txt.find("\n---", 4)
    raw = txt[4:end]
    if yaml:
        return yaml.safe_load(raw) or {}
    # Minimal fallback: only the keys needed here.
    d = {}
    for line in raw.split("\n"):
        m = re.match(r"^(name|einzugsgebiet):\s*(.*)$", line)
        if m:
            v = m.group(2).strip()
            if v.startswith("["):
                v = [x.strip().strip("'\"") for x in v.strip("[]").split(",") if x.strip()]
            d[m.group(1)] = v
    return d

# --- Inhalt einlesen ---------------------------------------------------------
content = args.content
gem_dir = os.path.join(content, "gemeinden")
gemeinden = {}                                   # id -> name
for g in sorted(os.listdir(gem_dir)):
    if g.startswith((".", "_")):
        continue
    idx = os.path.join(gem_dir, g, "index.md")
    if os.path.isfile(idx):
        gemeinden[g] = str(front_matter(idx).get("name", g))
alle = set(gemeinden)

entries = {}                                     # "angebote/<id>/" -> (file, set of served Gemeinden)
def add_entries(folder, kind, home):
    d = os.path.join(folder, kind)
    if not os.path.isdir(d):
        return
    for f in sorted(os.listdir(d)):
        if not f.endswith(".md") or f.startswith((".", "_")):
            continue
        path = os.path.join(d, f)
        url = f"{kind}/{f[:-3]}/"
        if kind == "angebote":
            eg = front_matter(path).get("einzugsgebiet")
            if eg is None:
                served = set(alle) if home is None else {home}
            elif eg == "alle" or eg == ["alle"]:
                served = set(alle)
            else:
                served = set(eg if isinstance(eg, list) else [eg])
        else:                                        # Termine: Gemeinde-Termin nur dort, Region-Termin überall
            served = set(alle) if home is None else {home}
        if url in entries:
            bad(f"doppelte Kennung {url}: {entries[url][0]} und {path}")
        entries[url] = (path, served)

for g in gemeinden:
    add_entries(os.path.join(gem_dir, g), "angebote", g)
    add_entries(os.path.join(gem_dir, g), "termine", g)
add_entries(os.path.join(content, "region"), "angebote", None)
add_entries(os.path.join(content, "region"), "termine", None)

# Gemeinde-Namen für die Erkennung in Anfragen (Name, gefaltet, Kennung)
gem_patterns = {}
for gid, name in gemeinden.items():
    variants = {fold(name), gid, fold(name).replace("-", " ")}
    gem_patterns[gid] = [re.compile(r"(?<![a-z])" + re.escape(v) + r"(?![a-z])") for v in variants if v]

# --- JSON prüfen --------------------------------------------------------------
try:
    data = json.load(open(args.json, encoding="utf-8"))
except Exception as e:
    print(f"FEHLER: {args.json} ist kein gültiges JSON: {e}")
    sys.exit(1)

if not isinstance(data, dict):
    bad("oberste Ebene ist kein Objekt")
    data = {}
if set(data) != {"erklaerung", "heute", "anfragen"}:
    bad(f"Schlüssel der obersten Ebene sind {sorted(data)}, erwartet erklaerung, heute, anfragen")
if not isinstance(data.get("erklaerung"), str) or len(data.get("erklaerung", "")) < 50:
    bad("erklaerung fehlt oder ist zu kurz")
if not (isinstance(data.get("heute"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["heute"])):
    bad("heute ist kein Datum JJJJ-MM-TT")
anfragen = data.get("anfragen")
if not isinstance(anfragen, list):
    bad("anfragen ist keine Liste")
    anfragen = []

per_art = collections.Counter()
seen = {}
for i, a in enumerate(anfragen, 1):
    where = f"Anfrage {i}"
    if not isinstance(a, dict) or set(a) != {"q", "art", "erwartet"}:
        bad(f"{where}: muss genau die Schlüssel q, art, erwartet haben: {a!r}")
        continue
    q, art, erw = a["q"], a["art"], a["erwartet"]
    where = f"Anfrage {i} ({q!r})"
    if not isinstance(q, str) or not q.strip():
        bad(f"{where}: q ist leer"); continue
    if not isinstance(art, str) or not art.strip():
        bad(f"{where}: art ist leer")
    per_art[art] += 1
    key = re.sub(r"\s+", " ", q.strip().lower())
    if key in seen:
        bad(f"{where}: doppelt (wie Anfrage {seen[key]})")
    seen[key] = i
    if not isinstance(erw, list) or not 1 <= len(erw) <= 5:
        bad(f"{where}: erwartet muss 1 bis 5 URLs enthalten"); continue
    if len(set(erw)) != len(erw):
        bad(f"{where}: eine URL steht doppelt in erwartet")
    named = [gid for gid, pats in gem_patterns.items() if any(pt.search(fold(q)) for pt in pats)]
    for u in erw:
        if not isinstance(u, str) or not re.fullmatch(r"(angebote|termine)/[a-z][a-z0-9-]*/", u):
            bad(f"{where}: URL {u!r} hat nicht die Form angebote/<id>/ oder termine/<id>/"); continue
        if u not in entries:
            bad(f"{where}: zu {u} gibt es keine Quelldatei im Inhaltsordner"); continue
        if not os.path.isfile(os.path.join(args.site, u, "index.html")):
            bad(f"{where}: {u}index.html fehlt in der gebauten Site {args.site}")
        served = entries[u][1]
        for gid in named:
            if gid not in served:
                bad(f"{where}: nennt die Gemeinde {gemeinden[gid]}, aber {u} versorgt sie nicht "
                    f"(versorgt: {', '.join(sorted(served))})")

# --- Zahlen -------------------------------------------------------------------
print(f"Anfragen: {len(anfragen)}  (Einträge im Inhalt: "
      f"{sum(1 for u in entries if u.startswith('angebote/'))} Angebote, "
      f"{sum(1 for u in entries if u.startswith('termine/'))} Termine)")
for art, n in sorted(per_art.items()):
    print(f"  {art:24s} {n}")
    if n != args.je_art:
        bad(f"Art {art!r} hat {n} Anfragen, erwartet {args.je_art}")
if len(anfragen) != args.anzahl:
    bad(f"{len(anfragen)} Anfragen, erwartet {args.anzahl}")
ort = sum(1 for a in anfragen if isinstance(a, dict) and any(
    pt.search(fold(str(a.get("q", "")))) for pats in gem_patterns.values() for pt in pats))
print(f"Anfragen mit Gemeindenamen: {ort}")
used = {u for a in anfragen if isinstance(a, dict) for u in a.get("erwartet", []) if isinstance(u, str)}
print(f"verschiedene erwartete Seiten: {len(used)}")

if problems:
    print(f"\n{len(problems)} Problem(e):")
    for m in problems:
        print("  - " + m)
    sys.exit(1)
print("OK")
