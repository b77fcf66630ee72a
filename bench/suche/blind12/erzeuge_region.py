#!/usr/bin/env python3
"""Erzeugt die erfundene Region Landkreis Falkenried (blind12) im Wegweiser-Inhaltsformat.

Alle Namen, Träger, Telefonnummern und Adressen sind erfunden.
Aufruf: python3 erzeuge_region.py   (schreibt nach ./region, vorhandener Ordner wird ersetzt)
"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from region_daten import REGION, KATEGORIEN, GEMEINDEN, ANGEBOTE, TERMINE, SEITEN

HIER = os.path.dirname(os.path.abspath(__file__))
ZIEL = os.path.join(HIER, "region")


import re
_RISKANT = re.compile(r'^[\s\-?:,\[\]{}#&*!|>\'"%@`]|: | #|^\s|\s$|^(ja|nein|yes|no|true|false|on|off|null|~)$', re.I)


def q(s, frei=True):
    if frei and s and not _RISKANT.search(s) and not re.fullmatch(r"[0-9 .,+\-/]+", s) and ":" not in s and "\"" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def yaml_wert(v, einzug=0):
    pad = "  " * einzug
    if isinstance(v, bool):
        return "ja" if v else "nein"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return q(v)
    raise TypeError(v)


def yaml_block(d, einzug=0):
    pad = "  " * einzug
    zeilen = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, dict):
            zeilen.append(f"{pad}{k}:")
            zeilen.extend(yaml_block(v, einzug + 1))
        elif isinstance(v, list):
            if v and isinstance(v[0], dict):
                zeilen.append(f"{pad}{k}:")
                for e in v:
                    sub = yaml_block(e, einzug + 2)
                    sub[0] = pad + "  - " + sub[0].lstrip()
                    zeilen.extend(sub)
            else:
                zeilen.append(f"{pad}{k}: [" + ", ".join(q(x, frei=not any(c in x for c in ",[]{}")) for x in v) + "]")
        elif k in ("geprueft",) or (isinstance(v, str) and k in ("beginn", "ende", "bis")):
            zeilen.append(f"{pad}{k}: {v}")
        elif k in ("barrierefrei", "telefonisch"):
            zeilen.append(f"{pad}{k}: {v}")
        else:
            zeilen.append(f"{pad}{k}: {yaml_wert(v)}")
    return zeilen


def schreibe(pfad, front, body):
    os.makedirs(os.path.dirname(pfad), exist_ok=True)
    with open(pfad, "w", encoding="utf-8") as f:
        f.write("---\n")
        f.write("\n".join(yaml_block(front)) + "\n")
        f.write("---\n")
        if body:
            f.write("\n" + body.strip() + "\n")


def main():
    if os.path.exists(ZIEL):
        shutil.rmtree(ZIEL)
    os.makedirs(ZIEL)
    with open(os.path.join(ZIEL, "region.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(yaml_block(REGION)) + "\n")
    with open(os.path.join(ZIEL, "kategorien.yaml"), "w", encoding="utf-8") as f:
        for k in KATEGORIEN:
            z = yaml_block(k, 1)
            z[0] = "- " + z[0].lstrip()
            f.write("\n".join(z) + "\n\n")
    gplz = {}
    for g in GEMEINDEN:
        gid = g["id"]
        front = {k: v for k, v in g.items() if k not in ("id", "text", "vorwahl")}
        gplz[gid] = (g["plz"][0], g["name"])
        schreibe(os.path.join(ZIEL, "gemeinden", gid, "index.md"), front, g["text"])
    ids = set()
    for a in ANGEBOTE:
        aid = a.pop("id"); ort = a.pop("gemeinde"); body = a.pop("text", "")
        assert aid not in ids, aid; ids.add(aid)
        if "adresse" in a and isinstance(a["adresse"], str):
            g = ort if ort != "region" else "falkenried"
            plz, name = gplz[g]
            a["adresse"] = {"strasse": a["adresse"], "plz": plz, "ort": name}
        order = ["titel", "kategorien", "traeger", "kurzbeschreibung", "adresse", "telefonisch",
                 "telefon", "email", "web", "oeffnungszeiten", "einzugsgebiet", "kosten",
                 "barrierefrei", "zielgruppen", "stichworte", "geprueft"]
        front = {k: a[k] for k in order if k in a}
        assert set(a) <= set(order), (aid, set(a) - set(order))
        assert len(front["kurzbeschreibung"]) <= 300, aid
        base = os.path.join(ZIEL, "region") if ort == "region" else os.path.join(ZIEL, "gemeinden", ort)
        schreibe(os.path.join(base, "angebote", aid + ".md"), front, body)
    for t in TERMINE:
        tid = t.pop("id"); ort = t.pop("gemeinde"); body = t.pop("text", "")
        assert tid not in ids, tid; ids.add(tid)
        if isinstance(t.get("ort"), tuple):
            name, strasse = t["ort"]
            g = ort if ort != "region" else "falkenried"
            plz, gname = gplz[g]
            t["ort"] = {"name": name, "strasse": strasse, "plz": plz, "ort": gname}
        order = ["titel", "beginn", "ende", "wiederholung", "bis", "ort", "veranstalter",
                 "kurzbeschreibung", "kategorien", "anmeldung", "kosten", "telefon", "email", "web"]
        front = {k: t[k] for k in order if k in t}
        assert set(t) <= set(order), (tid, set(t) - set(order))
        base = os.path.join(ZIEL, "region") if ort == "region" else os.path.join(ZIEL, "gemeinden", ort)
        schreibe(os.path.join(base, "termine", tid + ".md"), front, body)
    for s in SEITEN:
        schreibe(os.path.join(ZIEL, "seiten", s["id"] + ".md"), {"titel": s["titel"]}, s["text"])
    print(f"{len(ANGEBOTE)} Angebote, {len(TERMINE)} Termine, {len(GEMEINDEN)} Gemeinden, {len(KATEGORIEN)} Kategorien")


if __name__ == "__main__":
    main()
