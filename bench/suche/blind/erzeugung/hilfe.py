import sys, re, os, glob
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import gen_base as B
import data_gemeinden, data_region, data_aichbach, data_orte1, data_orte2, data_orte3, data_orte4, data_extra, data_termine
ALLE = list(B.GEMEINDEN)
def serves(a, g):
    e = a["o"].get("einzugsgebiet")
    if e is None:
        return a["gem"] == g or a["gem"] == "region"
    if e == "alle":
        return True
    return g in e
def cat(c, g=None, termine=True):
    r = [f"angebote/{a['id']}/" for a in B.ANGEBOTE if c in a["kat"] and (g is None or serves(a, g))]
    if termine and g is None:
        r += [f"termine/{t['id']}/" for t in B.TERMINE if c in t["o"].get("kategorien", [])]
    return r
def text(a):
    o = a["o"]
    return " ".join([a["titel"], a["kurz"], a["body"], " ".join(o.get("stichworte", [])), a.get("traeger", a.get("veranstalter", ""))])
def grep(pat, kats=None):
    r = []
    for a in B.ANGEBOTE:
        if re.search(pat, text(a), re.I) and (kats is None or set(kats) & set(a["kat"])):
            r.append(f"angebote/{a['id']}/")
    for t in B.TERMINE:
        tt = " ".join([t["titel"], t["kurz"], t["body"]])
        if re.search(pat, tt, re.I) and (kats is None or set(kats) & set(t["o"].get("kategorien", []))):
            r.append(f"termine/{t['id']}/")
    return r
IDS = {a["id"]: "angebote" for a in B.ANGEBOTE} | {t["id"]: "termine" for t in B.TERMINE}
def ids(*xs):
    for x in xs:
        assert x in IDS, x
    return [f"{IDS[x]}/{x}/" for x in xs]
