import json, sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from hilfe import *
tit = {f"angebote/{a['id']}/": a["titel"] for a in B.ANGEBOTE} | {f"termine/{t['id']}/": t["titel"] for t in B.TERMINE}
m = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind-ergebnis.json"))
for a in m["anfragen"]:
    w, p = a["wegweiser"]["rang"], a["pagefind"]["rang"]
    wr = w or 99; pr = p or 99
    if wr > 5 or wr > pr or pr > 5:
        tag = ("WW-MISS " if wr > 5 else "WW<PF " if wr > pr else "") + ("PF-MISS" if pr > 5 else "")
        print(f"== {a['q']!r} [{a['art']}] WW={w} PF={p} {tag}")
        if wr > 5 or wr > pr:
            for n, u in enumerate(a["wegweiser"]["urls"][:5], 1):
                print(f"   WW{n} {'*' if u in a['erwartet'] else ' '} {tit.get(u, u)[:60]}")
            print("   PF:", " | ".join(("*" if u in a['erwartet'] else "") + tit.get(u, u)[:35] for u in a["pagefind"]["urls"][:5]))
