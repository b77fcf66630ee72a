"""Reads the blind3 region (front matter + body) for building and checking anfragen.json.
Only PyYAML is needed. Knows nothing about Wegweiser's search."""
import os, re, datetime, yaml

HIER = os.path.dirname(os.path.abspath(__file__))
REGION = os.path.join(HIER, "region")
HEUTE = datetime.date(2026, 11, 22)


def _lies(pfad):
    text = open(pfad, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
    return yaml.safe_load(m.group(1)), m.group(2)


def _werte(x):
    """the values of the front matter (no key names), as strings"""
    if isinstance(x, dict):
        for v in x.values():
            yield from _werte(v)
    elif isinstance(x, list):
        for v in x:
            yield from _werte(v)
    elif x is not None:
        yield str(x)


def gemeinden():
    d = os.path.join(REGION, "gemeinden")
    return sorted(g for g in os.listdir(d) if not g.startswith((".", "_")))


def kategorien():
    return yaml.safe_load(open(os.path.join(REGION, "kategorien.yaml"), encoding="utf-8"))


def _kat_namen():
    return {k["id"]: k["name"] for k in kategorien()}


def eintraege():
    """All services and events: dicts with art, id, seite, gemeinde, reicht (set of Gemeinde ids), kategorien, text."""
    alle_g = set(gemeinden())
    KAT_NAMEN = _kat_namen()
    aus = []
    orte = [(None, os.path.join(REGION, "region"))] + [(g, os.path.join(REGION, "gemeinden", g)) for g in sorted(alle_g)]
    for g, basis in orte:
        for art in ("angebote", "termine"):
            d = os.path.join(basis, art)
            if not os.path.isdir(d):
                continue
            for f in sorted(os.listdir(d)):
                if not f.endswith(".md") or f.startswith((".", "_")):
                    continue
                fm, body = _lies(os.path.join(d, f))
                id_ = f[:-3]
                if art == "angebote":
                    ez = fm.get("einzugsgebiet", "alle" if g is None else [g])
                    reicht = set(alle_g) if ez == "alle" else set(ez)
                    kommend = True
                else:
                    reicht = set(alle_g) if g is None else {g}
                    beginn = str(fm["beginn"])[:10]
                    letzt = str(fm.get("bis", beginn))[:10]
                    kommend = datetime.date.fromisoformat(letzt) >= HEUTE
                namen = [KAT_NAMEN.get(k, k) for k in (fm.get("kategorien") or [])]
                aus.append({
                    "art": art, "id": id_, "seite": f"{art}/{id_}/", "gemeinde": g,
                    "reicht": reicht, "kategorien": fm.get("kategorien", []) or [],
                    "titel": fm["titel"], "kommend": kommend, "fm": fm,
                    # what the page shows: front matter values (category names instead of ids) and body
                    "text": " \n".join(_werte({k: v for k, v in fm.items() if k != "kategorien"}))
                            + " \n" + " \n".join(namen) + " \n" + body,
                })
    return aus


def falte(s):
    """lowercase, umlauts folded, for substring checks"""
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e")):
        s = s.replace(a, b)
    return s
