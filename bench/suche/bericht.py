#!/usr/bin/env python3
"""Prints the tables of bench/suche from a working folder of run.sh (Markdown).

    python3 bench/suche/bericht.py /tmp/wwsuche [--vergleich /tmp/wwsuche-vorher]

--vergleich adds Wegweiser's figures of an earlier run (e.g. an older build) as "vorher".
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from pathlib import Path

ARTEN = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym", "flexion", "gemeinde+kategorie", "mehrwort"]
ENGINES = [("wegweiser", "WW"), ("pagefind", "PF")]


def lade(ordner: Path) -> dict:
    erg = ordner / "ergebnisse"
    regionen = {}
    for datei in sorted(erg.glob("messung-*.json")):
        name = datei.stem[len("messung-"):]
        regionen[name] = json.loads(datei.read_text(encoding="utf-8"))
    return regionen


# the hand-made regions, in the order of the report, with their headings
BLINDE_REGIONEN = {
    "blind": "blind region (bench/suche/blind: other region, other queries)",
    "blind2": "second blind region (bench/suche/blind2: 1 650 entries, a split index)",
    "blind3": "third blind region (bench/suche/blind3: 163 entries written by hand)",
    "blind4": "fourth blind region (bench/suche/blind4: 131 entries, Ortsteile)",
    "blind5": "fifth blind region (bench/suche/blind5: 165 entries, a small town)",
    "blind6": "sixth blind region (bench/suche/blind6: 144 entries, page details)",
    "blind7": "seventh blind region (bench/suche/blind7: 215 entries, a town and villages)",
    "blind8": "eighth blind region (bench/suche/blind8: 185 entries, regional words, abbreviations)",
    "blind9": "ninth blind region (bench/suche/blind9: 186 entries, typed on a phone)",
    "blind10": "tenth blind region (bench/suche/blind10: 191 entries, the issue's nine kinds)",
    "blind11": "eleventh blind region (bench/suche/blind11: 192 entries, a city)",
    "blind12": "twelfth blind region (bench/suche/blind12: 163 entries, voice input)",
    "blind13": "thirteenth blind region (bench/suche/blind13: 169 entries, situations)",
    "blind14": "fourteenth blind region (bench/suche/blind14: 162 entries, written by ear)",
    "blind15": "fifteenth blind region (bench/suche/blind15: 91 entries, villages served from elsewhere)",
    "blind16": "sixteenth blind region (bench/suche/blind16: 136 entries, events and dates)",
    "blind17": "seventeenth blind region (bench/suche/blind17: 111 entries, the language of the care system)",
    "blind18": "eighteenth blind region (bench/suche/blind18: 126 entries, properties instead of kinds of service)",
    "blind19": "nineteenth blind region (bench/suche/blind19: 130 entries, how the old talk)",
    "blind20": "twentieth blind region (bench/suche/blind20: 334 entries in 24 Gemeinden, northern Germany, crowded)",
    "blind21": "twenty-first blind region (bench/suche/blind21: 136 entries, GDR-era and Erzgebirge words)",
    "blind22": "twenty-second blind region (bench/suche/blind22: 163 entries, Lower Franconia, weekdays, times of day and dates)",
}


def sortiert(namen):
    reihe = list(BLINDE_REGIONEN)
    return sorted(namen, key=lambda n: (n != "beispiel", reihe.index(n) if n in reihe else len(reihe),
                                        int(n) if n.isdigit() else 0))


def p(werte, q):
    if not werte:
        return float("nan")
    w = sorted(werte)
    return w[min(len(w) - 1, int(q * len(w)))]


def kb(b):
    return f"{b / 1024:.1f}"


def ordnergroesse(ordner: Path):
    dateien, roh, gz = 0, 0, 0
    for f in ordner.rglob("*"):
        if f.is_file():
            dateien += 1
            daten = f.read_bytes()
            roh += len(daten)
            # Pagefind's index files are gzip already; text files go out gzipped
            gz += len(gzip.compress(daten, 6)) if f.suffix in (".js", ".json", ".css", ".html") else len(daten)
    return dateien, roh, gz


def zeile(zellen):
    return "| " + " | ".join(str(z) for z in zellen) + " |"


def tabelle_arten(m: dict, beispiel: bool, vorher: dict | None = None) -> list[str]:
    kopf = ["kind", "n"]
    if beispiel:
        kopf += ["WW top 5", "PF top 5", "WW MRR@10", "PF MRR@10"]
    kopf += ["WW requests", "PF requests", "WW KB", "PF KB", "WW ms p50/p95", "PF ms p50/p95", "WW page ms p50/p95"]
    if vorher:
        kopf[kopf.index("WW requests"):kopf.index("WW requests")] = ["WW before: requests", "WW before: KB"]
    aus = [zeile(kopf), zeile(["---"] * len(kopf))]
    vorher_q = {a["q"]: a for a in (vorher or {}).get("anfragen", [])}
    # the kinds first, then any other kind a query set has (`satz`, …) in its order
    arten = ARTEN + [a["art"] for a in m["anfragen"] if a["art"] not in ARTEN]
    arten = list(dict.fromkeys(arten))
    gruppen = [(art, [a for a in m["anfragen"] if a["art"] == art]) for art in arten] + [("all", m["anfragen"])]
    for art, liste in gruppen:
        if not liste:
            continue
        z = [f"**{art}**" if art == "all" else art, len(liste)]
        if beispiel:
            for e, _ in ENGINES:
                z.append(f"{sum(1 for a in liste if a[e]['rang'] and a[e]['rang'] <= 5)}/{len(liste)}")
            for e, _ in ENGINES:
                z.append(f"{statistics.mean(1 / a[e]['rang'] if a[e]['rang'] else 0 for a in liste):.2f}")
        if vorher:
            alt = [vorher_q[a["q"]]["wegweiser"]["erste"] for a in liste if a["q"] in vorher_q]
            z.append(f"{statistics.median(x['anfragen'] for x in alt):g} (max {max(x['anfragen'] for x in alt)})" if alt else "")
            z.append(f"{kb(statistics.median(x['kodiert'] for x in alt))} (max {kb(max(x['kodiert'] for x in alt))})" if alt else "")
        for e, _ in ENGINES:
            r = [a[e]["erste"]["anfragen"] for a in liste]
            z.append(f"{statistics.median(r):g} (max {max(r)})")
        for e, _ in ENGINES:
            b = [a[e]["erste"]["kodiert"] for a in liste]
            z.append(f"{kb(statistics.median(b))} (max {kb(max(b))})")
        for e, _ in ENGINES:
            ms = [x for a in liste for x in a[e]["ms"]]
            z.append(f"{p(ms, 0.5):.1f} / {p(ms, 0.95):.1f}")
        ms = [x for a in liste for x in (a["wegweiser"].get("ms_seite") or [])]
        z.append(f"{p(ms, 0.5):.1f} / {p(ms, 0.95):.1f}" if ms else "")
        aus.append(zeile(z))
    return aus


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ordner", type=Path)
    ap.add_argument("--vergleich", type=Path)
    args = ap.parse_args()
    regionen = lade(args.ordner)
    vorher = lade(args.vergleich) if args.vergleich else {}
    erg = args.ordner / "ergebnisse"
    versionen = (erg / "versionen.txt").read_text().strip() if (erg / "versionen.txt").exists() else ""
    print("# bench/suche: Wegweiser (WW) and Pagefind (PF), the same pages, headless Chromium\n")
    if versionen:
        browser = next(iter(regionen.values())).get("browser", "") if regionen else ""
        print(f"{versionen}, Chromium {browser}\n")
    print("First query: requests and KB (compressed, as the gzip loopback server sent them) of the search's own files"
          " (WW: assets/suche.js + suchindex/; PF: pagefind/), median (max) over the queries of a kind, cold cache."
          " ms: a query in a warm page (index files loaded): search + display data of the first 5 results,"
          " p50 / p95 over all runs; page ms: Wegweiser's real page, query sent to results rendered.\n")
    for name in sortiert(regionen):
        m = regionen[name]
        beispiel = m.get("beispiel", False)
        titel = (BLINDE_REGIONEN[name] if name in BLINDE_REGIONEN else
                 "example region (content/)" if beispiel else f"{int(name):,} services".replace(",", " "))
        print(f"## {titel}\n")
        print("\n".join(tabelle_arten(m, beispiel, vorher.get(name))))
        kalt_ww = [a["wegweiser"]["erste"]["ms_bis_treffer"] for a in m["anfragen"] if a["wegweiser"]["erste"].get("ms_bis_treffer")]
        kalt_pf = [a["pagefind"]["erste"]["ms_bis_treffer"] for a in m["anfragen"] if "pagefind" in a and a["pagefind"]["erste"].get("ms_bis_treffer")]
        if kalt_ww and kalt_pf:
            print(f"\nFirst query, from navigation start to results shown (cold, loopback): "
                  f"WW median {statistics.median(kalt_ww):.0f} ms, PF median {statistics.median(kalt_pf):.0f} ms.\n")

    # build time and size
    print("## Index build and size\n")
    kopf = ["region", "WW site build s", "WW search index phase s", "WW index files", "WW index MB (gz)",
            "PF index s", "PF peak RSS MB", "PF files", "PF MB (as sent)"]
    print(zeile(kopf))
    print(zeile(["---"] * len(kopf)))
    for name in sortiert(regionen):
        site = Path(regionen[name]["site"])
        ww_zeit = (erg / f"ww-zeit-{name}.txt").read_text().split() if (erg / f"ww-zeit-{name}.txt").exists() else ["?", "?"]
        pf_zeit = (erg / f"pf-zeit-{name}.txt").read_text().split() if (erg / f"pf-zeit-{name}.txt").exists() else ["?", "?"]
        log = (erg / f"ww-bau-{name}.log").read_text(errors="replace") if (erg / f"ww-bau-{name}.log").exists() else ""
        phase = re.search(r"zeit Suchindex: (\d+) ms", log)
        wd, wr, wg = ordnergroesse(site / "suchindex")
        pd, pr, pg = ordnergroesse(site / "pagefind")
        print(zeile([name, ww_zeit[0], f"{int(phase.group(1)) / 1000:.2f}" if phase else "?", wd,
                     f"{wr / 1e6:.2f} ({wg / 1e6:.2f})", pf_zeit[0], f"{int(pf_zeit[1]) // 1024}" if pf_zeit[1].isdigit() else "?",
                     pd, f"{pg / 1e6:.2f}"]))

    # the largest region, query by query
    gross = [n for n in sortiert(regionen) if n.isdigit()]
    if gross:
        name = gross[-1]
        m = regionen[name]
        vq = {a["q"]: a for a in vorher.get(name, {}).get("anfragen", [])}
        zahl = f"{int(name):,}".replace(",", " ")
        print(f"\n## {zahl} services: first query, query by query\n")
        kopf = ["query", "kind"] + (["WW before"] if vq else []) + ["WW", "PF"]
        print(zeile(kopf))
        print(zeile(["---"] * len(kopf)))
        for a in m["anfragen"]:
            z = [a["q"], a["art"]]
            if vq:
                alt = vq.get(a["q"])
                z.append(f"{alt['wegweiser']['erste']['anfragen']} req, {kb(alt['wegweiser']['erste']['kodiert'])} KB" if alt else "")
            for e, _ in ENGINES:
                x = a[e]["erste"]
                z.append(f"{x['anfragen']} req, {kb(x['kodiert'])} KB")
            print(zeile(z))


if __name__ == "__main__":
    main()
