import os, shutil, sys, random
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import gen_base as B
from gen_base import y, ylist, tel
import data_gemeinden, data_region, data_aichbach, data_orte1, data_orte2, data_orte3, data_orte4, data_extra, data_termine
from static_region import REGION_YAML, KATEGORIEN_YAML, SEITEN

Z = B.ZIEL
if os.path.exists(Z):
    shutil.rmtree(Z)
os.makedirs(Z)
open(f"{Z}/region.yaml", "w").write(REGION_YAML)
open(f"{Z}/kategorien.yaml", "w").write(KATEGORIEN_YAML)
os.makedirs(f"{Z}/seiten")
for k, v in SEITEN.items():
    open(f"{Z}/seiten/{k}.md", "w").write(v)

for g in B.GEMEINDEN.values():
    d = f"{Z}/gemeinden/{g['id']}"
    os.makedirs(d)
    L = ["---", f"name: {y(g['name'])}", "landkreis: Aichbach", "plz: [" + ", ".join('"%s"' % p for p in g['plz']) + "]",
         f"einwohner: {g['einwohner']}"]
    if g["ansprech"]:
        L.append("ansprechpartner:")
        for a in g["ansprech"]:
            L += [f"  - name: {y(a['name'])}", f"    rolle: {y(a['rolle'])}", f"    telefon: {json_q(a['telefon']) if False else chr(34)+a['telefon']+chr(34)}", f"    email: {a['email']}"]
    L += ["---", g["body"], ""]
    open(f"{d}/index.md", "w").write("\n".join(L))

rnd = random.Random(7)
MONATE = ["2025-12-03", "2026-01-14", "2026-02-20", "2026-03-09", "2026-04-28", "2026-05-15", "2026-06-02",
          "2026-07-21", "2026-08-11", "2026-09-30", "2026-10-06", "2026-11-02"]

def vorwahl(gem):
    return {"aichbach": "09971", "bad-griesau": "09973", "vilsoed": "09974"}.get(gem, "0997" + str(5 + len(gem) % 5))

for a in B.ANGEBOTE:
    o = dict(a["o"])
    gem = a["gem"]
    d = f"{Z}/region/angebote" if gem == "region" else f"{Z}/gemeinden/{gem}/angebote"
    os.makedirs(d, exist_ok=True)
    L = ["---", f"titel: {y(a['titel'])}", f"kategorien: {ylist(a['kat'])}", f"traeger: {y(a['traeger'])}",
         "kurzbeschreibung: >-"]
    # wrap kurzbeschreibung
    words, line = a["kurz"].split(), ""
    for w in words:
        if len(line) + len(w) + 1 > 82:
            L.append("  " + line); line = w
        else:
            line = (line + " " + w).strip()
    L.append("  " + line)
    if o.get("telefonisch") == "ja":
        L.append("telefonisch: ja")
    else:
        g = B.GEMEINDEN.get(gem)
        plz = o.get("plz") or (g["plz"][0] if g else "94371")
        ort = o.get("ort") or (g["name"] if g else "Aichbach")
        L += ["adresse:", f"  strasse: {y(o['strasse'])}", f'  plz: "{plz}"', f"  ort: {y(ort)}"] if "strasse" in o else []
    if "strasse" not in o and o.get("telefonisch") != "ja":
        pass  # no address: only allowed for telefonisch; web-only entries (Mitfahrbank) keep telefon
    if o.get("telefon", True) is not None:
        L.append(f'telefon: "{o.get("telefon") or tel(vorwahl(gem))}"')
    for k in ("email", "web"):
        if o.get(k):
            L.append(f"{k}: {o[k]}")
    if o.get("oeffnungszeiten"):
        oz = o["oeffnungszeiten"]
        L.append("oeffnungszeiten: " + ("'" + oz + "'" if '"' in oz else oz))
    if "einzugsgebiet" in o:
        e = o["einzugsgebiet"]
        L.append("einzugsgebiet: " + (e if isinstance(e, str) else ylist(e)))
    for k in ("kosten", "barrierefrei"):
        if o.get(k):
            L.append(f"{k}: {y(o[k])}")
    for k in ("zielgruppen", "stichworte"):
        if o.get(k):
            L.append(f"{k}: {ylist(o[k])}")
    L.append(f"geprueft: {o.get('geprueft') or rnd.choice(MONATE)}")
    L += ["---", a["body"], ""]
    open(f"{d}/{a['id']}.md", "w").write("\n".join(L))

for t in B.TERMINE:
    o = dict(t["o"])
    gem = t["gem"]
    d = f"{Z}/region/termine" if gem == "region" else f"{Z}/gemeinden/{gem}/termine"
    os.makedirs(d, exist_ok=True)
    L = ["---", f"titel: {y(t['titel'])}", f'beginn: "{t["beginn"]}"']
    if o.get("ende"):
        L.append(f'ende: "{o["ende"]}"')
    if o.get("wiederholung"):
        L += [f"wiederholung: {o['wiederholung']}", f"bis: {o['bis']}"]
    L.append("ort:")
    for k in ("name", "strasse", "plz", "ort"):
        if k in t["ort"]:
            L.append(f'  {k}: "{t["ort"][k]}"' if k == "plz" else f"  {k}: {y(t['ort'][k])}")
    L.append(f"veranstalter: {y(t['veranstalter'])}")
    L.append("kurzbeschreibung: >-")
    words, line = t["kurz"].split(), ""
    for w in words:
        if len(line) + len(w) + 1 > 82:
            L.append("  " + line); line = w
        else:
            line = (line + " " + w).strip()
    L.append("  " + line)
    if o.get("kategorien"):
        L.append(f"kategorien: {ylist(o['kategorien'])}")
    for k in ("anmeldung", "kosten"):
        if o.get(k):
            L.append(f"{k}: {y(o[k])}")
    if o.get("telefon"):
        L.append(f'telefon: "{o["telefon"]}"')
    for k in ("email", "web"):
        if o.get(k):
            L.append(f"{k}: {o[k]}")
    L += ["---", t["body"], ""]
    open(f"{d}/{t['id']}.md", "w").write("\n".join(L))
print(len(B.GEMEINDEN), "Gemeinden,", len(B.ANGEBOTE), "Angebote,", len(B.TERMINE), "Termine")
