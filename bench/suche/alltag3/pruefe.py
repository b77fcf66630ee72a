#!/usr/bin/env python3
"""Prüft einen Anfragen-Satz der Art "alltagswort" gegen eine Region.

Aufruf:
    python3 pruefe.py ANFRAGEN.json REGIONSORDNER
    python3 pruefe.py --wort REGIONSORDNER WORT [WORT ...]   (nur Wörter prüfen)

Geprüft wird:
  * jedes `wort` steht in `q` und kommt in keiner Datei der Region vor
    (ohne Rücksicht auf Groß-/Kleinschreibung, Umlaute in beide Richtungen
    gefaltet, auch als Teil eines längeren Wortes, auch wenn man Leerzeichen
    und Bindestriche entfernt);
  * jede erwartete Seite gibt es als Inhaltsdatei (angebote/<id>/, termine/<id>/);
  * kein erwarteter Termin ist vor `heute` zu Ende;
  * nennt `q` eine Gemeinde, erreicht jedes erwartete Angebot sie über sein
    Einzugsgebiet, und jeder erwartete Termin findet dort statt.

Nur Standardbibliothek und PyYAML.
"""
import datetime
import json
import os
import re
import sys

import yaml

UMLAUTE = [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"),
           ("à", "a"), ("á", "a"), ("é", "e"), ("è", "e")]


def falte(text):
    """Kleinschreibung, Umlaute -> ae/oe/ue/ss.  Weil beide Seiten so
    gefaltet werden, trifft "Küche" auch "Kueche" und umgekehrt."""
    t = text.lower()
    for a, b in UMLAUTE:
        t = t.replace(a, b)
    return t


def kompakt(text):
    """Gefaltet und ohne Leerraum und Bindestriche (auch Gedankenstriche)."""
    return re.sub(r"[\s\-‐‑–—_]+", "", falte(text))


def lies_region(ordner):
    """Alle Dateien der Region (gefalteter Text) und die Seiten-Metadaten."""
    texte = []
    seiten = {}  # "angebote/<id>/" -> dict
    gemeinde_namen = {}  # gemeinde-id -> name
    for wurzel, ordnerliste, dateien in os.walk(ordner):
        ordnerliste[:] = [d for d in ordnerliste if not d.startswith((".", "_"))]
        for name in dateien:
            pfad = os.path.join(wurzel, name)
            try:
                with open(pfad, encoding="utf-8-sig") as f:
                    inhalt = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            texte.append((pfad, inhalt))
            if name.startswith((".", "_")) or not name.endswith(".md"):
                continue
            rel = os.path.relpath(pfad, ordner).split(os.sep)
            fm = front_matter(inhalt)
            if rel[0] == "gemeinden" and len(rel) == 3 and rel[2] == "index.md":
                gemeinde_namen[rel[1]] = fm.get("name", rel[1])
            art = rel[-2] if len(rel) >= 2 else ""
            if art in ("angebote", "termine"):
                heimat = rel[1] if rel[0] == "gemeinden" else None
                seiten[f"{art}/{rel[-1][:-3]}/"] = {"fm": fm, "heimat": heimat, "pfad": pfad}
    return texte, seiten, gemeinde_namen


def front_matter(inhalt):
    inhalt = inhalt.replace("\r\n", "\n")
    if not inhalt.startswith("---\n"):
        return {}
    ende = inhalt.find("\n---", 4)
    if ende < 0:
        return {}
    daten = yaml.safe_load(inhalt[4:ende]) or {}
    return daten if isinstance(daten, dict) else {}


def einzugsgebiet(seite, alle_gemeinden):
    ez = seite["fm"].get("einzugsgebiet")
    if ez is None:
        return set(alle_gemeinden) if seite["heimat"] is None else {seite["heimat"]}
    if ez == "alle":
        return set(alle_gemeinden)
    if isinstance(ez, str):
        ez = [ez]
    return set(ez)


def zeit(wert):
    s = str(wert).replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(s, fmt)
        except ValueError:
            pass
    raise ValueError(f"unlesbares Datum {wert!r}")


def termin_ende(fm):
    """Letzter Zeitpunkt eines Termins (bei Wiederholung: Ende am `bis`-Tag)."""
    beginn = zeit(fm["beginn"])
    ende = zeit(fm["ende"]) if fm.get("ende") else beginn
    if fm.get("wiederholung") and fm.get("bis"):
        bis = zeit(fm["bis"]).date()
        return datetime.datetime.combine(bis, ende.time())
    if ende.time() == datetime.time(0, 0) and not fm.get("ende"):
        ende = ende.replace(hour=23, minute=59)
    return ende


def termin_gemeinde(seite, gemeinde_namen):
    """Gemeinde, in der ein Termin stattfindet: seine Gemeinde; bei
    Regionsterminen die Gemeinde, deren Name im Ort steht."""
    if seite["heimat"]:
        return {seite["heimat"]}
    ort = seite["fm"].get("ort") or {}
    text = falte(" ".join(str(v) for v in ort.values())) if isinstance(ort, dict) else falte(str(ort))
    return {g for g, n in gemeinde_namen.items() if falte(n) in text}


def genannte_gemeinden(q, gemeinde_namen):
    """Gemeinde-ids, deren Name (oder ein eindeutiger Namensteil) in q steht."""
    qf = " " + re.sub(r"[^a-z0-9]+", " ", falte(q)) + " "
    treffer = set()
    for gid, name in gemeinde_namen.items():
        varianten = {falte(name), gid.replace("-", " ")}
        kurz = re.split(r"\s+(?:a\.d\.|an der|am|im|bei|i\.)\s+", name)[0]
        varianten.add(falte(kurz))
        for v in varianten:
            v = re.sub(r"[^a-z0-9]+", " ", v).strip()
            if v and f" {v} " in qf:
                treffer.add(gid)
    # "Bad Günzach" enthält nicht "Günzach" als eigene Gemeinde – nur längste Namen behalten
    return treffer


def wort_fundstellen(wort, texte, kompakte=None):
    w = kompakt(wort)
    if not w:
        return ["(leeres Wort)"]
    funde = []
    for pfad, inhalt in texte:
        k = kompakte[pfad] if kompakte else kompakt(inhalt)
        if w in k:
            funde.append(pfad)
    return funde


def pruefe(anfragen_datei, ordner):
    with open(anfragen_datei, encoding="utf-8") as f:
        satz = json.load(f)
    heute = datetime.datetime.strptime(satz["heute"], "%Y-%m-%d")
    texte, seiten, gemeinde_namen = lies_region(ordner)
    kompakte = {p: kompakt(t) for p, t in texte}
    fehler = []
    anfragen = satz["anfragen"]
    for nr, a in enumerate(anfragen, 1):
        kopf = f"#{nr} {a.get('q')!r}"
        for feld in ("q", "art", "wort", "erwartet", "gemeint"):
            if feld not in a:
                fehler.append(f"{kopf}: Feld {feld} fehlt")
        if a.get("art") != "alltagswort":
            fehler.append(f"{kopf}: art ist nicht 'alltagswort'")
        wort, q = a.get("wort", ""), a.get("q", "")
        if falte(wort) not in falte(q) and kompakt(wort) not in kompakt(q):
            fehler.append(f"{kopf}: wort {wort!r} steht nicht in q")
        funde = wort_fundstellen(wort, texte, kompakte)
        if funde:
            fehler.append(f"{kopf}: wort {wort!r} kommt in der Region vor: "
                          + ", ".join(os.path.relpath(p, ordner) for p in funde[:3])
                          + (" …" if len(funde) > 3 else ""))
        erwartet = a.get("erwartet") or []
        if not erwartet:
            fehler.append(f"{kopf}: keine erwartete Seite")
        if len(set(erwartet)) != len(erwartet):
            fehler.append(f"{kopf}: doppelte erwartete Seite")
        genannt = genannte_gemeinden(q, gemeinde_namen)
        # ein längerer genannter Name schließt kürzere, in ihm enthaltene aus
        genannt = {g for g in genannt
                   if not any(g != h and falte(gemeinde_namen[g]) in falte(gemeinde_namen[h])
                              for h in genannt)}
        for adr in erwartet:
            if not re.fullmatch(r"(angebote|termine)/[a-z][a-z0-9-]*/", adr):
                fehler.append(f"{kopf}: Adresse {adr!r} hat nicht die Form angebote/<id>/ oder termine/<id>/")
                continue
            seite = seiten.get(adr)
            if seite is None:
                fehler.append(f"{kopf}: {adr} gibt es nicht als Inhaltsdatei")
                continue
            if adr.startswith("termine/"):
                try:
                    ende = termin_ende(seite["fm"])
                except (KeyError, ValueError) as e:
                    fehler.append(f"{kopf}: {adr}: Datum nicht lesbar ({e})")
                    continue
                if ende < heute:
                    fehler.append(f"{kopf}: {adr} ist vor {satz['heute']} zu Ende ({ende:%Y-%m-%d})")
                for g in genannt:
                    if g not in termin_gemeinde(seite, gemeinde_namen):
                        fehler.append(f"{kopf}: Termin {adr} findet nicht in {gemeinde_namen[g]} statt")
            else:
                ez = einzugsgebiet(seite, gemeinde_namen)
                for g in genannt:
                    if g not in ez:
                        fehler.append(f"{kopf}: {adr} erreicht {gemeinde_namen[g]} nicht")
    print(f"{anfragen_datei}: {len(anfragen)} Anfragen, "
          f"{sum(1 for a in anfragen if genannte_gemeinden(a.get('q', ''), gemeinde_namen))} mit Gemeinde")
    for f_ in fehler:
        print("FEHLER", f_)
    if not fehler:
        print("in Ordnung")
    return not fehler


def main(argv):
    if len(argv) >= 3 and argv[0] == "--wort":
        texte, _, _ = lies_region(argv[1])
        kompakte = {p: kompakt(t) for p, t in texte}
        for w in argv[2:]:
            funde = wort_fundstellen(w, texte, kompakte)
            print(("FREI  " if not funde else f"BELEGT({len(funde)}) ") + w
                  + ("" if not funde else "  " + os.path.relpath(funde[0], argv[1])))
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    return 0 if pruefe(argv[0], argv[1]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
