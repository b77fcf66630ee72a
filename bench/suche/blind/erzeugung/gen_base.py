# Generator for the blind evaluation region (Landkreis Aichbach, invented).
import json, os, re, shutil, itertools
ZIEL = "/work/main/bench/suche/blind/region"
NEEDS_Q = re.compile(r'[:#\[\]{},&*!|>\'"%@`]|^[-?\s]|\s$')

def y(s):
    s = str(s)
    if NEEDS_Q.search(s) or s.lower() in ("ja", "nein", "yes", "no", "true", "false", "null", "on", "off") or re.fullmatch(r"[\d.\- :]+", s):
        return json.dumps(s, ensure_ascii=False)
    return s

def ylist(xs):
    return "[" + ", ".join(y(x) for x in xs) + "]"

_tel = itertools.count(100)
def tel(vorwahl="09971"):
    n = next(_tel)
    return f"{vorwahl} {3000 + n * 7}-{n % 90 + 10}"

GEMEINDEN = {}   # id -> dict
ANGEBOTE = []
TERMINE = []

def G(id, name, einwohner, plz, body, ansprech=()):
    GEMEINDEN[id] = dict(id=id, name=name, einwohner=einwohner, plz=plz, body=body, ansprech=ansprech)

def A(gem, id, titel, kat, traeger, kurz, body, **o):
    assert len(kurz) <= 300, (id, len(kurz))
    ANGEBOTE.append(dict(gem=gem, id=id, titel=titel, kat=kat, traeger=traeger, kurz=kurz, body=body, o=o))

def T(gem, id, titel, beginn, ort, veranstalter, kurz, body, **o):
    TERMINE.append(dict(gem=gem, id=id, titel=titel, beginn=beginn, ort=ort, veranstalter=veranstalter, kurz=kurz, body=body, o=o))
