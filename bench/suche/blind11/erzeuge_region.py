#!/usr/bin/env python3
"""Writes the invented region "Stadt Auenbrück" (Hesse) into ./region/.

All organisations, people, addresses and numbers are invented.
Run once; it overwrites region/ completely.
"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "region")

def q(s):
    return json.dumps(s, ensure_ascii=False)

GEM = {
    # id: (name, plz, einwohner, stadtteil?)
    "innenstadt": ("Innenstadt", "35611", 9800, True),
    "bahnhofsviertel": ("Bahnhofsviertel", "35610", 6100, True),
    "nordend": ("Nordend", "35612", 11200, True),
    "am-kirchberg": ("Am Kirchberg", "35613", 5400, True),
    "oberau-sued": ("Oberau-Süd", "35614", 12700, True),
    "roetheln": ("Rötheln", "35615", 7300, True),
    "gaertnersiedlung": ("Gärtnersiedlung", "35616", 4900, True),
    "muehlgraben": ("Mühlgraben", "35617", 8600, True),
    "lindenhoehe": ("Lindenhöhe", "35618", 6900, True),
    "alt-weilbach": ("Alt-Weilbach", "35619", 3200, True),
    "kronweiler": ("Kronweiler", "35621", 2900, False),
    "ulmenau": ("Ulmenau", "35622", 3800, False),
    "sankt-odilien": ("Sankt Odilien", "35623", 2100, False),
}
STADT = "Auenbrück"

def ort_of(g):
    name, plz, _, st = GEM[g]
    return plz, (STADT if st else name)

services = []
events = []

def A(g, id, titel, kat, traeger, kurz, strasse=None, tel=None, email=None, web=None,
      oh=None, ez=None, kosten=None, bf=None, zg=None, sw=None, body="", telefonisch=False,
      geprueft="2026-09-15", plz=None):
    services.append(dict(g=g, id=id, titel=titel, kat=kat, traeger=traeger, kurz=kurz,
                         strasse=strasse, tel=tel, email=email, web=web, oh=oh, ez=ez,
                         kosten=kosten, bf=bf, zg=zg, sw=sw, body=body.strip(),
                         telefonisch=telefonisch, geprueft=geprueft, plz=plz))

def T(g, id, titel, beginn, ort, veranstalter, kurz, ende=None, kat=None, anmeldung=None,
      kosten=None, tel=None, email=None, web=None, wdh=None, bis=None, body=""):
    events.append(dict(g=g, id=id, titel=titel, beginn=beginn, ende=ende, ort=ort,
                       veranstalter=veranstalter, kurz=kurz, kat=kat, anmeldung=anmeldung,
                       kosten=kosten, tel=tel, email=email, web=web, wdh=wdh, bis=bis,
                       body=body.strip()))

exec(open(os.path.join(HERE, "region_daten.py"), encoding="utf-8").read())

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def adr_lines(strasse, plz, ort, indent="  "):
    return [f"{indent}strasse: {q(strasse)}", f"{indent}plz: {q(plz)}", f"{indent}ort: {q(ort)}"]

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    write(os.path.join(OUT, "region.yaml"), REGION_YAML)
    write(os.path.join(OUT, "kategorien.yaml"), KATEGORIEN_YAML)
    for sid, (titel, text) in SEITEN.items():
        write(os.path.join(OUT, "seiten", sid + ".md"), f"---\ntitel: {q(titel)}\n---\n{text.strip()}\n")
    for g, (name, plz, einw, st) in GEM.items():
        L = ["---", f"name: {q(name)}"]
        L.append(f"landkreis: {q('Lahn-Auen-Kreis')}")
        L.append(f"plz: [{q(plz)}]")
        L.append(f"einwohner: {einw}")
        L.append("ansprechpartner:")
        for (n, r, t, e) in ANSPRECH[g]:
            L += [f"  - name: {q(n)}", f"    rolle: {q(r)}", f"    telefon: {q(t)}", f"    email: {q(e)}"]
        L.append("---")
        write(os.path.join(OUT, "gemeinden", g, "index.md"), "\n".join(L) + "\n" + GEMTEXT[g].strip() + "\n")
    ids = set()
    for s in services:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        assert len(s["kurz"]) <= 300, s["id"]
        L = ["---", f"titel: {q(s['titel'])}", f"kategorien: [{', '.join(s['kat'])}]",
             f"traeger: {q(s['traeger'])}", f"kurzbeschreibung: {q(s['kurz'])}"]
        if s["telefonisch"]:
            L.append("telefonisch: ja")
        if s["strasse"]:
            if s["g"] == "region":
                plz, ort = s["plz"] or "35611", STADT
            else:
                plz, ort = ort_of(s["g"])
            L.append("adresse:")
            L += adr_lines(s["strasse"], plz, ort)
        if s["tel"]:
            if isinstance(s["tel"], list):
                L.append(f"telefon: [{', '.join(q(x) for x in s['tel'])}]")
            else:
                L.append(f"telefon: {q(s['tel'])}")
        if s["email"]:
            L.append(f"email: {q(s['email'])}")
        if s["web"]:
            L.append(f"web: {q(s['web'])}")
        if s["oh"]:
            L.append(f"oeffnungszeiten: {q(s['oh'])}")
        if s["ez"]:
            if s["ez"] == "alle":
                L.append("einzugsgebiet: alle")
            else:
                for x in s["ez"]:
                    assert x in GEM, x
                L.append(f"einzugsgebiet: [{', '.join(s['ez'])}]")
        if s["kosten"]:
            L.append(f"kosten: {q(s['kosten'])}")
        if s["bf"]:
            L.append(f"barrierefrei: {s['bf']}")
        if s["zg"]:
            L.append(f"zielgruppen: [{', '.join(q(x) for x in s['zg'])}]")
        if s["sw"]:
            L.append(f"stichworte: [{', '.join(q(x) for x in s['sw'])}]")
        L.append(f"geprueft: {s['geprueft']}")
        L.append("---")
        folder = os.path.join(OUT, "region") if s["g"] == "region" else os.path.join(OUT, "gemeinden", s["g"])
        write(os.path.join(folder, "angebote", s["id"] + ".md"), "\n".join(L) + "\n" + (s["body"] + "\n" if s["body"] else ""))
    for e in events:
        assert e["id"] not in ids, e["id"]
        ids.add(e["id"])
        L = ["---", f"titel: {q(e['titel'])}", f"beginn: {q(e['beginn'])}"]
        if e["ende"]:
            L.append(f"ende: {q(e['ende'])}")
        if e["wdh"]:
            L.append(f"wiederholung: {e['wdh']}")
            L.append(f"bis: {e['bis']}")
        o = e["ort"]
        L.append("ort:")
        L.append(f"  name: {q(o[0])}")
        if len(o) > 1:
            g = e["g"] if e["g"] != "region" else o[2]
            plz, ort = ort_of(g)
            L += adr_lines(o[1], plz, ort)
        L.append(f"veranstalter: {q(e['veranstalter'])}")
        L.append(f"kurzbeschreibung: {q(e['kurz'])}")
        if e["kat"]:
            L.append(f"kategorien: [{', '.join(e['kat'])}]")
        for k in ("anmeldung", "kosten"):
            if e[k]:
                L.append(f"{k}: {q(e[k])}")
        if e["tel"]:
            L.append(f"telefon: {q(e['tel'])}")
        if e["email"]:
            L.append(f"email: {q(e['email'])}")
        if e["web"]:
            L.append(f"web: {q(e['web'])}")
        L.append("---")
        folder = os.path.join(OUT, "region") if e["g"] == "region" else os.path.join(OUT, "gemeinden", e["g"])
        write(os.path.join(folder, "termine", e["id"] + ".md"), "\n".join(L) + "\n" + (e["body"] + "\n" if e["body"] else ""))
    print(len(services), "Angebote,", len(events), "Termine,", len(GEM), "Gemeinden")

main()
