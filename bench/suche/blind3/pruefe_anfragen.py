"""Checks anfragen.json against the blind3 region and its built site.

    python3 pruefe_anfragen.py [/tmp/blind3-site]

Checks: every expected page exists as <page>/index.html in the built site; no
expected event is past on 2026-11-22; each kind has at least 11 queries; a
synonym query uses a word that is in a category's suchbegriffe and in no entry
(services and events, front matter values and body); a kompositum word stands
in no expected entry as a word of its own but inside a compound in at least one;
umlaut, tippfehler, praefix and mehrwort queries have the form their kind says.
It does not run any search.
"""
import json, os, re, sys
import inhalt

SITE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind3-site"
STOP = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einer", "im", "in", "zum", "zur",
        "beim", "bei", "mit", "nach", "und", "für", "von", "auf", "es", "da", "was", "wo", "wer", "wie",
        "ich", "mir", "mich", "mein", "meine", "meinen", "meiner", "man", "er", "ihm", "gibt", "kann", "st"}

fehler = []


def fehl(msg):
    fehler.append(msg)


def tokens(text):
    return re.findall(r"[a-zäöüßé]+", text.lower())


def damerau1(a, b):
    """edit distance exactly 1 (insert, delete, substitute, swap neighbours)"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


daten = json.load(open(os.path.join(inhalt.HIER, "anfragen.json"), encoding="utf-8"))
E = inhalt.eintraege()
NACH_SEITE = {e["seite"]: e for e in E}
VOKABULAR = set()
for e in E:
    VOKABULAR.update(tokens(e["text"]))
ALLE_TEXTE = [inhalt.falte(e["text"]) for e in E]
SUCHBEGRIFFE = {}
for k in inhalt.kategorien():
    for s in k.get("suchbegriffe", []) or []:
        SUCHBEGRIFFE[inhalt.falte(s)] = k["id"]

arten = daten["arten"]
A = daten["anfragen"]
if len(A) != 120:
    fehl(f"{len(A)} Anfragen statt 120")
zaehl = {a: 0 for a in arten}
gesehen = set()
for x in A:
    q, art, erw = x["q"], x["art"], x["erwartet"]
    if art not in zaehl:
        fehl(f"{q!r}: unbekannte Art {art}")
        continue
    zaehl[art] += 1
    if q.lower() in gesehen:
        fehl(f"{q!r}: doppelt")
    gesehen.add(q.lower())
    if not erw:
        fehl(f"{q!r}: keine erwarteten Seiten")
    if len(set(erw)) != len(erw):
        fehl(f"{q!r}: Seite doppelt in erwartet")
    for s in erw:
        if not s.endswith("/") or s.startswith("/"):
            fehl(f"{q!r}: Adresse {s!r} nicht in der Form a/b/")
        if not os.path.isfile(os.path.join(SITE, s, "index.html")):
            fehl(f"{q!r}: {s}index.html fehlt in {SITE}")
        e = NACH_SEITE.get(s)
        if e is not None and not e["kommend"]:
            fehl(f"{q!r}: {s} ist ein vergangener Termin")
    eintr = [NACH_SEITE[s] for s in erw if s in NACH_SEITE]
    wq = tokens(q)

    if art == "synonym":
        syn = [w for w in wq if inhalt.falte(w) in SUCHBEGRIFFE]
        if not syn:
            fehl(f"{q!r}: kein Wort aus den suchbegriffe")
        for w in syn:
            fw = inhalt.falte(w)
            treffer = [e["id"] for e, t in zip(E, ALLE_TEXTE) if fw in t]
            if treffer:
                fehl(f"{q!r}: {w!r} steht in Einträgen: {treffer}")
            k = SUCHBEGRIFFE[fw]
            if f"kategorien/{k}/" not in erw and len(wq) == 1:
                fehl(f"{q!r}: Kategorieseite kategorien/{k}/ fehlt")
    elif art == "kompositum":
        if len(wq) != 1:
            fehl(f"{q!r}: kompositum soll ein Wort sein")
        w = inhalt.falte(wq[0])
        drin = False
        for e in eintr:
            ts = [inhalt.falte(t) for t in tokens(e["text"])]
            if w in ts:
                fehl(f"{q!r}: steht in {e['id']} als eigenes Wort")
            if any(w in t and w != t for t in ts):
                drin = True
        if not drin:
            fehl(f"{q!r}: in keiner erwarteten Seite als Teil eines Kompositums")
    elif art == "umlaut":
        if re.search("[äöüß]", q.lower()) or not re.search("ae|oe|ue|ss", q.lower()):
            fehl(f"{q!r}: keine ae/oe/ue/ss-Schreibung")
    elif art == "tippfehler":
        falsch = [w for w in wq if len(w) >= 5 and w not in VOKABULAR]
        if len(falsch) != 1:
            fehl(f"{q!r}: {len(falsch)} unbekannte Wörter statt 1: {falsch}")
        for w in falsch:
            vok = set()
            for e in eintr:
                vok.update(tokens(e["text"]))
            if not any(damerau1(w, v) for v in vok):
                fehl(f"{q!r}: {w!r} ist kein Ein-Fehler-Abstand zu einem Wort der erwarteten Seiten")
    elif art == "praefix":
        w = wq[-1]
        if w in VOKABULAR:
            fehl(f"{q!r}: {w!r} ist schon ein ganzes Wort")
        if not any(any(t.startswith(w) for t in tokens(e["text"])) for e in eintr):
            fehl(f"{q!r}: {w!r} ist kein Anfang eines Worts der erwarteten Seiten")
    elif art == "mehrwort":
        inhaltswoerter = [w for w in wq if w not in STOP]
        if not 2 <= len(inhaltswoerter) <= 4:
            fehl(f"{q!r}: {len(inhaltswoerter)} Inhaltswörter")

for a, n in zaehl.items():
    if n < 11:
        fehl(f"Art {a}: nur {n} Anfragen")

print(f"{len(A)} Anfragen, {len({s for x in A for s in x['erwartet']})} verschiedene erwartete Seiten")
for a in arten:
    print(f"  {a:20} {zaehl[a]}")
if fehler:
    print(f"\n{len(fehler)} Fehler:")
    for f in fehler:
        print("  -", f)
    sys.exit(1)
print("alles in Ordnung")
