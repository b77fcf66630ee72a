#!/usr/bin/env python3
"""Turns a Wegweiser content folder into a Hugo site with the same pages, for the benchmark.

    bench/nach_hugo.py --content /tmp/region-1000 --site /tmp/hugo-1000 [--today 2026-11-21]

Every Markdown file keeps its front matter text and its body unchanged; the converter only
appends the keys Hugo needs (`title`, and the taxonomy lists it cannot derive itself):

  content/angebote/<id>.md          a service: + title, gemeinde (own id), gemeinden (its
                                    einzugsgebiet as ids, every Gemeinde for `alle`/region),
                                    regionweit, anbieter (the provider's slug: Hugo 0.111 loses
                                    taxonomy terms that end in "." like "… e.V."); `kategorien`
                                    is a taxonomy as written
  content/anbieter/<slug>/_index.md a provider's term page: its name, url /traeger/<slug>/
  content/termine/<id>.md           an event: + title, gemeinde, gemeinden (own, or all for a
                                    region event), letzter (last date of a series, for "upcoming")
  content/gemeinden/<id>/_index.md  the Gemeinde's index.md as the term page of `gemeinden`
  content/kategorien/<id>/_index.md the category from kategorien.yaml as term page
  content/seiten/<id>.md            free pages
  content/suche.md, versorgung.md  overview pages; content/netzwerk/_index.md the provider list
                                    (a section, so that it can be split over pages)
  content/gemeindethemen/<g>-<k>/_index.md   a large Gemeinde's page for one category
                                    (url /gemeinden/<g>/<k>/), where Wegweiser makes one: the
                                    Gemeinde reaches more than 50 services and more than 3 of
                                    the category. Hugo cannot add pages from a template, so the
                                    converter decides which exist; the list itself is computed
                                    by the template (layouts/gemeindethema/list.html)
  data/                             region.yaml, kategorien.yaml and Gemeinde names
  static/assets/                    the default theme's CSS and script (Wegweiser copies them too)

The layouts are bench/hugo/layouts, copied into the site.
"""

import argparse
import os
import shutil
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    Loader = yaml.SafeLoader

HIER = os.path.dirname(os.path.abspath(__file__))
WURZEL = os.path.dirname(HIER)


def traeger_slug(name):
    """Wegweiser's provider slug (Slug.traeger): lowercase, umlauts spelled out, other characters → '-'."""
    out = ""
    for c in name.lower():
        if c in "äöüß":
            out += {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}[c]
        elif "a" <= c <= "z" or "0" <= c <= "9":
            out += c
        elif not out.endswith("-"):
            out += "-"
    return out.strip("-") or "traeger"


def lies_md(pfad):
    with open(pfad, encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n")
    assert text.startswith("---\n"), pfad
    ende = text.index("\n---\n", 3)
    kopf = text[4:ende + 1]
    koerper = text[ende + 5:]
    return kopf, yaml.load(kopf, Loader=Loader) or {}, koerper


def y(wert):
    """A value as one line of YAML flow style."""
    return yaml.safe_dump(wert, default_flow_style=True, allow_unicode=True, width=10**9).strip().removesuffix("\n...")


def schreibe(pfad, kopf, zusatz, koerper):
    os.makedirs(os.path.dirname(pfad), exist_ok=True)
    extra = "".join(f"{k}: {y(v)}\n" for k, v in zusatz.items())
    with open(pfad, "w", encoding="utf-8") as f:
        f.write("---\n" + kopf + extra + "---\n" + koerper)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--content", required=True)
    p.add_argument("--site", required=True)
    p.add_argument("--today", default="2026-11-21")
    p.add_argument("--theme", default=os.path.join(WURZEL, "themes", "default"))
    a = p.parse_args()

    quelle, site = a.content, a.site
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(site)
    shutil.copytree(os.path.join(HIER, "hugo", "layouts"), os.path.join(site, "layouts"))
    with open(os.path.join(HIER, "hugo", "hugo.toml"), encoding="utf-8") as f:
        konfig = f.read().replace('heute = "2026-11-21"', f'heute = "{a.today}"')
    with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(konfig)
    os.makedirs(os.path.join(site, "static", "assets"))
    for datei in ("style.css", "suche.js"):
        q = os.path.join(a.theme, "assets", datei)
        if os.path.exists(q):
            shutil.copy(q, os.path.join(site, "static", "assets", datei))

    inhalt = os.path.join(site, "content")
    daten = os.path.join(site, "data")
    os.makedirs(daten)

    with open(os.path.join(quelle, "region.yaml"), encoding="utf-8-sig") as f:
        region = yaml.load(f, Loader=Loader)
    with open(os.path.join(quelle, "kategorien.yaml"), encoding="utf-8-sig") as f:
        kategorien = yaml.load(f, Loader=Loader)
    shutil.copy(os.path.join(quelle, "region.yaml"), os.path.join(daten, "region.yaml"))
    shutil.copy(os.path.join(quelle, "kategorien.yaml"), os.path.join(daten, "kategorien.yaml"))

    # Gemeinden
    gemeinden = []
    gordner = os.path.join(quelle, "gemeinden")
    for gid in sorted(os.listdir(gordner)):
        if gid.startswith((".", "_")):
            continue
        kopf, fm, koerper = lies_md(os.path.join(gordner, gid, "index.md"))
        gemeinden.append({"id": gid, "name": fm["name"]})
        schreibe(os.path.join(inhalt, "gemeinden", gid, "_index.md"), kopf, {"title": fm["name"]}, koerper)
    alle_ids = [g["id"] for g in gemeinden]
    gemeinden.sort(key=lambda g: g["name"])
    with open(os.path.join(daten, "gemeinden.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(gemeinden, f, allow_unicode=True)
    with open(os.path.join(daten, "gemeindenamen.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({g["id"]: g["name"] for g in gemeinden}, f, allow_unicode=True)
    with open(os.path.join(daten, "kategoriennamen.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({k["id"]: k["name"] for k in kategorien}, f, allow_unicode=True)

    # categories as term pages
    for k in kategorien:
        schreibe(os.path.join(inhalt, "kategorien", k["id"], "_index.md"), "",
                 {"title": k["name"], "beschreibung": k["beschreibung"]}, "")

    # services and events
    anzahl = {"angebote": 0, "termine": 0}
    traeger = {}
    erreicht = {g: [] for g in alle_ids}   # Gemeinde id -> category lists of the services it reaches

    def ueber(ordner, gemeinde):
        for art in ("angebote", "termine"):
            d = os.path.join(ordner, art)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                if name.startswith((".", "_")) or not name.endswith(".md"):
                    continue
                kopf, fm, koerper = lies_md(os.path.join(d, name))
                zusatz = {"title": fm["titel"]}
                if gemeinde:
                    zusatz["gemeinde"] = gemeinde
                if art == "angebote":
                    slug = traeger_slug(fm["traeger"])
                    traeger.setdefault(slug, fm["traeger"])
                    zusatz["anbieter"] = [slug]
                    ez = fm.get("einzugsgebiet")
                    if gemeinde is None or ez == "alle":
                        zusatz["gemeinden"] = alle_ids
                        zusatz["regionweit"] = True
                    else:
                        if isinstance(ez, str):  # "a, b, c" on one line is allowed too
                            ez = [x.strip() for x in ez.split(",") if x.strip()]
                        liste = [gemeinde] + [g for g in (ez or []) if g != gemeinde]
                        zusatz["gemeinden"] = liste
                    for g in zusatz["gemeinden"]:
                        ks = fm["kategorien"]
                        erreicht[g].append([x.strip() for x in ks.split(",")] if isinstance(ks, str) else ks)
                else:
                    zusatz["gemeinden"] = [gemeinde] if gemeinde else alle_ids
                    letzter = str(fm["bis"]) + " 23:59" if fm.get("wiederholung") and fm.get("bis") else str(fm["beginn"])
                    zusatz["letzter"] = letzter
                schreibe(os.path.join(inhalt, art, name), kopf, zusatz, koerper)
                anzahl[art] += 1

    for gid in alle_ids:
        ueber(os.path.join(gordner, gid), gid)
    ueber(os.path.join(quelle, "region"), None)

    for slug, name in traeger.items():
        schreibe(os.path.join(inhalt, "anbieter", slug, "_index.md"), "", {"title": name, "url": f"/traeger/{slug}/"}, "")

    # free pages
    sordner = os.path.join(quelle, "seiten")
    for name in sorted(os.listdir(sordner)):
        if name.endswith(".md") and not name.startswith((".", "_")):
            kopf, fm, koerper = lies_md(os.path.join(sordner, name))
            schreibe(os.path.join(inhalt, "seiten", name), kopf, {"title": fm["titel"]}, koerper)

    # section and overview pages
    nie = {"_build": {"render": "never", "list": "always"}}
    schreibe(os.path.join(inhalt, "_index.md"), "", {"title": region["titel"]}, "")
    schreibe(os.path.join(inhalt, "angebote", "_index.md"), "", {"title": "Angebote", **nie}, "")
    schreibe(os.path.join(inhalt, "seiten", "_index.md"), "", {"title": "Seiten", **nie}, "")
    schreibe(os.path.join(inhalt, "termine", "_index.md"), "", {"title": "Alle Termine"}, "")
    schreibe(os.path.join(inhalt, "suche.md"), "", {"title": "Suche", "layout": "suche"}, "")
    schreibe(os.path.join(inhalt, "versorgung.md"), "", {"title": "Versorgung in der Region", "layout": "versorgung"}, "")
    schreibe(os.path.join(inhalt, "netzwerk", "_index.md"), "", {"title": "Träger und Netzwerk"}, "")
    namen = {g["id"]: g["name"] for g in gemeinden}
    themen = 0
    for gid, listen in erreicht.items():
        if len(listen) <= 50:
            continue
        for k in kategorien:
            if sum(1 for l in listen if k["id"] in l) > 3:
                schreibe(os.path.join(inhalt, "gemeindethemen", f"{gid}-{k['id']}", "_index.md"), "",
                         {"title": f"{k['name']}: {namen[gid]}", "type": "gemeindethema", "gemeinde": gid,
                          "kategorie": k["id"], "beschreibung": k["beschreibung"], "url": f"/gemeinden/{gid}/{k['id']}/"}, "")
                themen += 1
    schreibe(os.path.join(inhalt, "gemeindethemen", "_index.md"), "", {"title": "Gemeinden nach Themen", **nie}, "")
    print(f"Hugo-Site {site}: {anzahl['angebote']} Angebote, {anzahl['termine']} Termine, {len(gemeinden)} Gemeinden, "
          f"{themen} Themenseiten großer Gemeinden.",
          file=sys.stderr)


if __name__ == "__main__":
    main()
