#!/usr/bin/env python3
"""Prüft anfragen.json gegen den Inhalt der Region und eine gebaute Website.

Aufruf:
    python3 pruefe_anfragen.py [--anfragen anfragen.json] [--region region] --site /tmp/blind24-site

Blindsatz 24 (Kommunale Arbeitsgemeinschaft Lenzbachtal, Thüringer Schiefergebirge;
Blickwinkel „ältere Ostdeutsche und ihre weggezogenen Kinder“): neun Standardarten
und vier eigene Arten (ddr-wort, ortsteil, angehoerige, traeger).

Geprüft wird:
  * die Form der JSON-Datei (erklaerung, heute, anfragen mit q, art, erwartet),
  * genau 13 Arten mit je 10 Anfragen, keine Anfrage doppelt,
  * jede erwartete Adresse (angebote/<id>/ oder termine/<id>/) hat eine Quelldatei
    in der Region und eine Seite <site>/<adresse>index.html,
  * Gemeinde-Regel: Nennt eine Anfrage eine Gemeinde oder einen ihrer Ortsteile
    (Zeile „**Ortsteile:** …“ in gemeinden/<id>/index.md), muss jede erwartete
    Adresse diese Gemeinde versorgen (Einzugsgebiet oder ganze Region; Termine:
    Termin der Gemeinde oder der ganzen Region),
  * kein erwarteter Termin liegt vollständig vor `heute` (maßgeblich ist das
    späteste von beginn, ende und – bei Reihen – bis),
  * jede Anfrage der Art „ortsteil“ nennt einen Ortsteil.

Nur Standardbibliothek. Exit-Code 0, wenn alles stimmt, sonst 1.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata

ARTEN = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym", "flexion",
         "gemeinde+kategorie", "mehrwort",
         "ddr-wort", "ortsteil", "angehoerige", "traeger"]
JE_ART = 10
ADRESSE = re.compile(r"^(angebote|termine)/([a-z][a-z0-9-]*)/$")
ID = re.compile(r"^[a-z][a-z0-9-]*$")


# ----------------------------------------------------------------- Front matter
def lies_text(pfad):
    with open(pfad, "rb") as f:
        roh = f.read()
    if roh.startswith(b"\xef\xbb\xbf"):
        roh = roh[3:]
    return roh.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def front_matter(pfad):
    """Die Zeilen zwischen den ersten beiden '---'-Zeilen (ohne YAML-Bibliothek)."""
    zeilen = lies_text(pfad).split("\n")
    if not zeilen or zeilen[0].strip() != "---":
        return []
    for i in range(1, len(zeilen)):
        if zeilen[i].strip() == "---":
            return zeilen[1:i]
    return []


def ohne_kommentar(s):
    """Entfernt einen YAML-Kommentar (' #...') außerhalb von Anführungszeichen."""
    out, quote = [], None
    for i, c in enumerate(s):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or s[i - 1] in " \t"):
            break
        out.append(c)
    return "".join(out).strip()


def skalar(s):
    s = ohne_kommentar(s).strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        s = s[1:-1]
    return s


def schluessel(zeilen, name):
    """Wert eines Schlüssels der obersten Ebene: str, Liste oder None."""
    namen = {name, name.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")}
    for i, z in enumerate(zeilen):
        m = re.match(r"^([A-Za-zÄÖÜäöüß_]+)\s*:(.*)$", z)
        if not m or m.group(1) not in namen:
            continue
        rest = ohne_kommentar(m.group(2)).strip()
        if rest.startswith("["):
            innen = rest.strip("[]")
            return [skalar(x) for x in innen.split(",") if skalar(x)]
        if rest:
            return skalar(rest)
        # Blockliste in den folgenden eingerückten Zeilen
        werte = []
        for z2 in zeilen[i + 1:]:
            if not z2.strip() or z2.lstrip().startswith("#"):
                continue
            if not z2[:1].isspace() and not z2.startswith("-"):
                break
            m2 = re.match(r"^\s*-\s*(.*)$", z2)
            if m2:
                werte.append(skalar(m2.group(1)))
            else:
                break
        return werte
    return None


# ----------------------------------------------------------------- Region lesen
def sichtbar(name):
    return not name.startswith((".", "_"))


def ortsteile_aus(idx):
    """Ortsteile aus der Zeile '**Ortsteile:** A, B, C' im Text einer Gemeindeseite."""
    try:
        text = lies_text(idx)
    except OSError:
        return []
    m = re.search(r"^\*\*Ortsteile:\*\*\s*(.+)$", text, re.M)
    if not m:
        return []
    return [t.strip() for t in m.group(1).split(",") if t.strip()]


def lies_region(region):
    gemeinden = {}      # id -> Anzeigename
    ortsteile = {}      # id -> Liste der Ortsteile (ohne den gleichnamigen Hauptort)
    eintraege = {}      # "angebote/<id>/" -> dict(pfad, gemeinde, versorgt)
    fehler = []
    gdir = os.path.join(region, "gemeinden")
    if os.path.isdir(gdir):
        for gid in sorted(os.listdir(gdir)):
            if not sichtbar(gid) or not os.path.isdir(os.path.join(gdir, gid)):
                continue
            idx = os.path.join(gdir, gid, "index.md")
            name = schluessel(front_matter(idx), "name") if os.path.exists(idx) else None
            gemeinden[gid] = name if isinstance(name, str) and name else gid
            ortsteile[gid] = [o for o in (ortsteile_aus(idx) if os.path.exists(idx) else [])
                              if falte(o) != falte(gemeinden[gid])]
    alle = set(gemeinden)

    def nimm(art, pfad, gemeinde):
        eid = os.path.basename(pfad)[:-3]
        adr = f"{art}/{eid}/"
        if adr in eintraege:
            fehler.append(f"Kennung doppelt: {pfad} und {eintraege[adr]['pfad']}")
        fm = front_matter(pfad)
        if art == "angebote":
            ez = schluessel(fm, "einzugsgebiet")
            if ez is None or ez == [] or ez == "":
                versorgt = {gemeinde} if gemeinde else set(alle)
            elif ez == "alle" or ez == ["alle"]:
                versorgt = set(alle)
            else:
                versorgt = set(ez if isinstance(ez, list) else [ez])
                if gemeinde:
                    versorgt.add(gemeinde)
        else:
            versorgt = {gemeinde} if gemeinde else set(alle)
            b = schluessel(fm, "beginn")
            en = schluessel(fm, "ende")
            bis = schluessel(fm, "bis")
        eintraege[adr] = {"pfad": pfad, "gemeinde": gemeinde, "versorgt": versorgt}
        if art == "termine":
            eintraege[adr]["beginn"] = b if isinstance(b, str) else None
            eintraege[adr]["ende"] = en if isinstance(en, str) else None
            eintraege[adr]["bis"] = bis if isinstance(bis, str) else None

    for gid in gemeinden:
        for art in ("angebote", "termine"):
            d = os.path.join(gdir, gid, art)
            if os.path.isdir(d):
                for f in sorted(os.listdir(d)):
                    if f.endswith(".md") and sichtbar(f):
                        nimm(art, os.path.join(d, f), gid)
    for art in ("angebote", "termine"):
        d = os.path.join(region, "region", art)
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".md") and sichtbar(f):
                    nimm(art, os.path.join(d, f), None)
    return gemeinden, ortsteile, eintraege, fehler


# ----------------------------------------------------------------- Gemeinde-Namen in Anfragen
def falte(s, umlaut_als_e=True):
    s = s.casefold()
    if umlaut_als_e:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def namensformen(gid, name):
    formen = set()
    for n in (name, gid.replace("-", " ")):
        for u in (True, False):
            f = falte(n, u)
            formen.add(f)
            if f.startswith("sankt "):
                formen.add("st " + f[6:])          # St. Ruprecht
            kern = re.sub(r"^(markt|stadt|gemeinde) ", "", f)
            kern = re.sub(r" (am|an der|a d|i|im|ob der|bei) .*$", "", kern)
            formen.add(kern)
            if " " not in kern:
                formen.add(kern + "er")      # Seebronner Stubn, Kelterbacher Tafel
    return {f for f in formen if len(f) >= 4}


def ortsteilformen(name):
    formen = set()
    for u in (True, False):
        f = falte(name, u)
        formen.add(f)
        if " " not in f:
            formen.add(f + "er")
    return {f for f in formen if len(f) >= 4}


def abstand1(a, b):
    """True, wenn a und b sich um höchstens eine Änderung unterscheiden
    (Einfügen, Löschen, Ersetzen, Vertauschen zweier Nachbarn)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def genannte_gemeinden(q, formen):
    varianten = {falte(q, True), falte(q, False)}
    treffer = set()
    for gid, fs in formen.items():
        for f in fs:
            muster = r"(?<![a-z0-9])" + re.escape(f) + r"(?![a-z0-9])"
            if any(re.search(muster, v) for v in varianten):
                treffer.add(gid)
                break
        else:
            einwort = [f for f in fs if " " not in f and len(f) >= 6]
            for v in varianten:
                for tok in v.split():
                    if len(tok) >= 6 and any(abstand1(tok, f) for f in einwort):
                        treffer.add(gid)
            # zusammengeschriebene oder getrennte Namen aus zwei Wörtern (Bad Lauenthal / badlauenthal)
            zwei = [f.replace(" ", "") for f in fs if " " in f]
            if any(z in v.replace(" ", "") for z in zwei for v in varianten):
                treffer.add(gid)
    return treffer


# ----------------------------------------------------------------- Prüfung
def main():
    hier = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--anfragen", default=os.path.join(hier, "anfragen.json"))
    ap.add_argument("--region", default=os.path.join(hier, "region"))
    ap.add_argument("--site", required=True, help="Ordner der gebauten Website")
    ap.add_argument("-v", "--ausfuehrlich", action="store_true", help="erkannte Gemeinden je Anfrage zeigen")
    args = ap.parse_args()

    probleme = []

    def p(msg):
        probleme.append(msg)

    if not os.path.isdir(args.region):
        print(f"Region nicht gefunden: {args.region}")
        return 1
    if not os.path.isdir(args.site):
        print(f"Website nicht gefunden: {args.site}")
        return 1

    gemeinden, ortsteile, eintraege, fehler = lies_region(args.region)
    probleme += fehler
    if not gemeinden:
        p("keine Gemeinden in der Region gefunden")
    formen = {gid: namensformen(gid, name) for gid, name in gemeinden.items()}
    # Ortsteile zählen für die Gemeinde-Regel wie der Name ihrer Gemeinde
    otformen = {}
    for gid, ots in ortsteile.items():
        for o in ots:
            otformen[f"{gid}:{o}"] = ortsteilformen(o)
            formen[gid] = formen[gid] | otformen[f"{gid}:{o}"]

    try:
        daten = json.loads(lies_text(args.anfragen))
    except (OSError, ValueError) as e:
        print(f"{args.anfragen}: nicht lesbar: {e}")
        return 1

    # Form der Datei
    if not isinstance(daten, dict):
        print("Oberste Ebene muss ein Objekt sein")
        return 1
    erlaubt_oben = {"erklaerung", "heute", "anfragen"}
    for k in daten:
        if k not in erlaubt_oben:
            p(f"unbekannter Schlüssel oben: {k!r}")
    if not isinstance(daten.get("erklaerung"), str) or not daten["erklaerung"].strip():
        p("'erklaerung' fehlt oder ist leer")
    heute = None
    try:
        heute = dt.date.fromisoformat(daten.get("heute", ""))
    except (TypeError, ValueError):
        p("'heute' muss ein Datum JJJJ-MM-TT sein")
    anfragen = daten.get("anfragen")
    if not isinstance(anfragen, list):
        print("'anfragen' muss eine Liste sein")
        return 1

    zaehler = {a: 0 for a in ARTEN}
    gesehen = {}
    for n, a in enumerate(anfragen, 1):
        wo = f"Anfrage {n}"
        if not isinstance(a, dict):
            p(f"{wo}: muss ein Objekt sein")
            continue
        for k in a:
            if k not in ("q", "art", "erwartet"):
                p(f"{wo}: unbekannter Schlüssel {k!r}")
        q = a.get("q")
        if not isinstance(q, str) or not q.strip():
            p(f"{wo}: 'q' fehlt oder ist leer")
            continue
        wo = f"Anfrage {n} ({q!r})"
        if q != q.strip():
            p(f"{wo}: Leerzeichen am Anfang oder Ende")
        schluessel_q = " ".join(q.casefold().split())
        if schluessel_q in gesehen:
            p(f"{wo}: doppelt, schon Anfrage {gesehen[schluessel_q]}")
        else:
            gesehen[schluessel_q] = n
        art = a.get("art")
        if art not in zaehler:
            p(f"{wo}: unbekannte Art {art!r}")
        else:
            zaehler[art] += 1
        erw = a.get("erwartet")
        if not isinstance(erw, list) or not (1 <= len(erw) <= 5):
            p(f"{wo}: 'erwartet' muss eine Liste mit 1 bis 5 Adressen sein")
            continue
        if len(set(erw)) != len(erw):
            p(f"{wo}: eine Adresse steht doppelt in 'erwartet'")
        genannt = genannte_gemeinden(q, formen)
        ot_genannt = genannte_gemeinden(q, otformen)
        if args.ausfuehrlich:
            print(f"{n:3} {art:20} {q!r}: Gemeinden {sorted(genannt) or '-'}"
                  f"{'  Ortsteil ' + ', '.join(sorted(ot_genannt)) if ot_genannt else ''}")
        if art == "ortsteil" and not ot_genannt:
            p(f"{wo}: Art 'ortsteil', aber kein Ortsteil erkannt")
        for adr in erw:
            if not isinstance(adr, str) or not ADRESSE.match(adr):
                p(f"{wo}: Adresse {adr!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
                continue
            e = eintraege.get(adr)
            if e is None:
                p(f"{wo}: zu {adr} gibt es keine Quelldatei in {args.region}")
            seite = os.path.join(args.site, adr, "index.html")
            if not os.path.isfile(seite):
                p(f"{wo}: zu {adr} gibt es keine Seite {seite}")
            if e is None:
                continue
            if genannt and not (genannt & e["versorgt"]):
                p(f"{wo}: {adr} versorgt {', '.join(sorted(genannt))} nicht "
                  f"(versorgt: {', '.join(sorted(e['versorgt']))})")
            if adr.startswith("termine/") and heute:
                try:
                    beginn = dt.date.fromisoformat((e.get("beginn") or "")[:10])
                    letzter = beginn
                    if e.get("ende"):
                        letzter = max(letzter, dt.date.fromisoformat(e["ende"][:10]))
                    if e.get("bis"):
                        letzter = max(letzter, dt.date.fromisoformat(e["bis"][:10]))
                    if letzter < heute:
                        p(f"{wo}: {adr} liegt ganz vor heute ({letzter})")
                except ValueError:
                    p(f"{wo}: {adr}: Beginn, Ende oder bis nicht lesbar")

    for art in ARTEN:
        if zaehler[art] != JE_ART:
            p(f"Art {art!r}: {zaehler[art]} Anfragen statt {JE_ART}")
    if len(anfragen) != len(ARTEN) * JE_ART:
        p(f"{len(anfragen)} Anfragen statt {len(ARTEN) * JE_ART}")

    if probleme:
        for m in probleme:
            print("FEHLER:", m)
        print(f"{len(probleme)} Probleme.")
        return 1
    adressen = {x for a in anfragen for x in a["erwartet"]}
    print(f"In Ordnung: {len(anfragen)} Anfragen in {len(ARTEN)} Arten, "
          f"{len(adressen)} verschiedene erwartete Adressen, "
          f"{len(gemeinden)} Gemeinden mit {sum(len(v) for v in ortsteile.values())} weiteren Ortsteilen, {sum(1 for k in eintraege if k.startswith('angebote/'))} Angebote, "
          f"{sum(1 for k in eintraege if k.startswith('termine/'))} Termine.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
