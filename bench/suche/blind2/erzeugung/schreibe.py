#!/usr/bin/env python3
"""Schreibt die erfundene Region „Landkreis Günzach" (Bayerisch-Schwaben) für die
zweite blinde Sucherprobung: etwa 40 Gemeinden, 1 500 Angebote, 150 Termine.

Deterministisch (fester Seed), nur Standardbibliothek.

    python3 schreibe.py            # schreibt ../region/
    python3 schreibe.py --ziel X   # schreibt nach X

`anfragen.py` importiert `baue()` und rechnet die erwarteten Seiten aus denselben Daten.
Alle Organisationen, Personen, Adressen und Telefonnummern sind erfunden.
"""
import datetime as dt
import json
import math
import os
import random
import shutil
import sys

from textbausteine import (ANGEBOTSTYPEN, REGIONALE_ANGEBOTE, TERMINTYPEN,
                           REGIONALE_TERMINE, KATEGORIEN)

SEED = 20261122
LK = "Landkreis Günzach"
KST = "Bad Günzach"
HEUTE = dt.date(2026, 11, 22)

# ---------------------------------------------------------------- Gemeinden
# (Name, Art, Einwohner, PLZ, Ortsteile, x, y)  -- x/y: grobe Lage in km
GEMEINDEN = [
    ("Bad Günzach", "Stadt", 24800, ["87730", "87731"], ["Reichau", "Kemnat", "Hausen", "Oberried"], 50, 50),
    ("Hohenried", "Stadt", 11200, ["87740"], ["Weiler", "Nordhofen", "Au"], 30, 72),
    ("Breitenau", "Markt", 8900, ["87745"], ["Lohhof", "Stockach"], 72, 64),
    ("Ettenhofen", "Stadt", 9700, ["87750"], ["Betzenried", "Mittelhofen", "Grub"], 46, 18),
    ("Kirchhaßlau", "Markt", 6400, ["87755"], ["Haßlau", "Brunnen"], 22, 40),
    ("Lautenbach an der Günz", "Markt", 5300, ["87757"], ["Oberlautenbach", "Ried"], 62, 34),
    ("Schönegg", "Gemeinde", 3100, ["87760"], ["Hinteregg", "Wald"], 84, 44),
    ("Grünthal", "Gemeinde", 4200, ["87761"], ["Kleingrünthal", "Moos"], 38, 58),
    ("Oberwaldau", "Gemeinde", 2600, ["87763"], ["Feldkirch"], 12, 58),
    ("Unterwaldau", "Gemeinde", 1900, ["87764"], ["Ödwang"], 8, 66),
    ("Moosbach", "Gemeinde", 3500, ["87765"], ["Hub", "Eichen"], 56, 80),
    ("Roggenstetten", "Gemeinde", 1700, ["87766"], ["Unterroggen"], 90, 70),
    ("Tussenried", "Gemeinde", 2300, ["87767"], ["Mittelried", "Schwaighof"], 66, 12),
    ("Hörbrunn", "Gemeinde", 1400, ["87768"], ["Brünnlein"], 28, 24),
    ("Aletshofen", "Gemeinde", 2900, ["87769"], ["Edelstetten", "Kreuzweg"], 78, 24),
    ("Ziemetsried", "Gemeinde", 1600, ["87770"], ["Oberziemets"], 20, 84),
    ("Dürrach", "Gemeinde", 2100, ["87772"], ["Dürrenhof"], 44, 88),
    ("Fellach", "Gemeinde", 1300, ["87773"], ["Weidach"], 94, 56),
    ("Kettenried", "Gemeinde", 1500, ["87774"], ["Anger"], 34, 8),
    ("Babenhofen", "Gemeinde", 1800, ["87775"], ["Sulz"], 54, 4),
    ("Haselbach", "Gemeinde", 3800, ["87776"], ["Unterhaselbach", "Hagenried"], 68, 50),
    ("Rauhenstetten", "Gemeinde", 1800, ["87777"], ["Rauhen"], 84, 84),
    ("Ebersried", "Gemeinde", 2000, ["87778"], ["Eberhof"], 16, 30),
    ("Steinegg", "Gemeinde", 1500, ["87779"], ["Felsen"], 6, 44),
    ("Weißenbrunn", "Gemeinde", 2700, ["87780"], ["Weißenhof", "Lindach"], 40, 34),
    ("Immenstetten", "Gemeinde", 1600, ["87781"], ["Immenhof"], 74, 92),
    ("Gottenau", "Gemeinde", 2200, ["87782"], ["Gottenried"], 58, 62),
    ("Apfelried", "Gemeinde", 1400, ["87783"], ["Birkach"], 96, 32),
    ("Frechenhausen", "Gemeinde", 1700, ["87784"], ["Frechen"], 32, 92),
    ("Stetten", "Gemeinde", 3300, ["87785"], ["Oberstetten", "Kapellenberg"], 52, 28),
    ("Bischofsried", "Gemeinde", 1200, ["87786"], ["Bischofsmühle"], 88, 12),
    ("Niederhofen", "Gemeinde", 2400, ["87787"], ["Niederau", "Holz"], 24, 50),
    ("Mühlegg", "Gemeinde", 1900, ["87788"], ["Mühlhausen"], 76, 78),
    ("Tiefenried", "Gemeinde", 1500, ["87789"], ["Tiefenbach"], 10, 78),
    ("Wallenried", "Gemeinde", 2600, ["87790"], ["Wallenhof", "Espach"], 64, 88),
    ("Schlegelbach", "Gemeinde", 1700, ["87791"], ["Schlegel"], 18, 12),
    ("Maria Thann", "Gemeinde", 2500, ["87792"], ["Thann", "Kloster"], 48, 70),
    ("Unterrieden", "Gemeinde", 2200, ["87793"], ["Oberrieden"], 36, 46),
    ("Öschenbach", "Gemeinde", 1800, ["87794"], ["Öschenhof"], 80, 6),
    ("Füssenried", "Gemeinde", 2000, ["87795"], ["Füssen", "Gern"], 2, 22),
]

HEILIGE = ["St. Martin", "St. Ulrich", "St. Georg", "St. Michael", "St. Peter und Paul",
           "Mariä Himmelfahrt", "St. Stephan", "St. Johannes Baptist", "St. Vitus",
           "St. Laurentius", "St. Nikolaus", "St. Afra", "St. Jakobus", "St. Leonhard",
           "St. Margaretha", "St. Alban", "Heilig Kreuz", "St. Blasius"]

VORNAMEN_W = ["Anna", "Maria", "Rosi", "Gertraud", "Theresia", "Monika", "Brigitte", "Elfriede",
              "Christa", "Renate", "Sabine", "Claudia", "Petra", "Andrea", "Martina", "Ulrike",
              "Hildegard", "Irmgard", "Johanna", "Birgit", "Waltraud", "Kathrin", "Stefanie",
              "Franziska", "Sieglinde", "Angelika", "Barbara", "Evi", "Resi", "Cornelia"]
VORNAMEN_M = ["Josef", "Georg", "Johann", "Anton", "Alois", "Franz", "Ludwig", "Xaver", "Martin",
              "Thomas", "Michael", "Stefan", "Markus", "Andreas", "Peter", "Helmut", "Herbert",
              "Konrad", "Wolfgang", "Günter", "Jürgen", "Rupert", "Sebastian", "Klaus", "Bernhard"]
NACHNAMEN = ["Huber", "Wagner", "Riedl", "Mayr", "Schmid", "Hörmann", "Kößler", "Fischer",
             "Zeller", "Stöckle", "Häußler", "Gößwein", "Bader", "Miller", "Lutz", "Egger",
             "Bürzle", "Schäffler", "Ruf", "Weiß", "Kraus", "Haug", "Rieger", "Dorn",
             "Gschwind", "Strobel", "Mößle", "Kempter", "Wiedemann", "Jehle", "Schuster",
             "Ostermeier", "Prestel", "Ländle", "Sauter", "Bäuerle", "Fröhlich", "Hämmerle",
             "Kögel", "Nägele", "Rößle", "Spätling", "Zettler", "Lämmle", "Gruber", "Weber",
             "Steinle", "Ohnheiser", "Brugger", "Dietrich", "Grießer", "Müller", "Wohlfahrt"]
STRASSEN = ["Hauptstraße", "Kirchplatz", "Schulstraße", "Marktplatz", "Bahnhofstraße",
            "Rathausplatz", "Am Anger", "Lindenweg", "Mühlweg", "Pfarrgasse", "Dorfstraße",
            "Raiffeisenstraße", "Kapellenweg", "Bürgermeister-Huber-Straße", "Günzstraße",
            "St.-Ulrich-Straße", "Sonnenweg", "Gartenstraße", "Waldstraße", "Ringstraße",
            "Ziegeleistraße", "Bräuhausgasse", "Schloßberg", "Am Mühlbach", "Kreuzstraße",
            "Riedweg", "Angerstraße", "Poststraße", "Klosterweg", "Memminger Straße",
            "Augsburger Straße", "Friedhofstraße", "Wiesenweg", "Brunnenstraße", "Hofgasse"]

WOCHENTAGE = [("Mo", "Montag", "montags"), ("Di", "Dienstag", "dienstags"),
              ("Mi", "Mittwoch", "mittwochs"), ("Do", "Donnerstag", "donnerstags"),
              ("Fr", "Freitag", "freitags"), ("Sa", "Samstag", "samstags"),
              ("So", "Sonntag", "sonntags")]
ORDINAL = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten"}


def slug(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e")):
        s = s.replace(a, b)
    out, last = [], "-"
    for ch in s:
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            last = ch
        elif last != "-":
            out.append("-")
            last = "-"
    r = "".join(out).strip("-")
    if len(r) > 64:
        r = r[:64].rsplit("-", 1)[0]
    if not r or not r[0].isalpha():
        r = "a-" + r
    return r


class Fehlend(dict):
    def __missing__(self, k):
        raise KeyError(f"Platzhalter {{{k}}} fehlt")


def fuelle(text, ctx):
    return text.format_map(Fehlend(ctx))


# ---------------------------------------------------------------- Gemeinde-Daten
class Gemeinde:
    pass


def zeit_text(h, m):
    return f"{h}.{m:02d} Uhr" if m else f"{h} Uhr"


def mache_gemeinden(rng):
    gs = []
    for i, (name, art, ew, plz, ots, x, y) in enumerate(GEMEINDEN):
        g = Gemeinde()
        g.name, g.art, g.ew, g.plz, g.ortsteile, g.x, g.y = name, art, ew, plz, ots, x, y
        g.id = slug(name)
        g.heiliger = HEILIGE[i % len(HEILIGE)] if i < len(HEILIGE) else rng.choice(HEILIGE)
        g.vorwahl = f"0123 {40 + i}"
        g.nummern = set()
        jahr = rng.choice([1862, 1875, 1889, 1898, 1907, 1912, 1920, 1946, 1951, 1963])
        g.sportverein = rng.choice([f"TSV {name} {jahr} e.V.", f"SV {name} e.V.",
                                    f"TSG {name} e.V.", f"DJK {name} e.V.", f"FC {name} {jahr} e.V.",
                                    f"Turnverein {name} {jahr} e.V."])
        g.sport_kurz = g.sportverein.replace(" e.V.", "").replace(f" {jahr}", "")
        g.nbh = rng.choice([f"Nachbarschaftshilfe {name} e.V.", f"Bürgerhilfe {name} e.V.",
                            f"Helferkreis {name}", f"Nachbarn für Nachbarn {name} e.V.",
                            f"Seniorenhilfe {name} e.V.", f"Nachbarschaftshilfe {name} e.V.",
                            f"Miteinander – Füreinander {name} e.V."])
        g.evangelisch = ew > 6000 or rng.random() < 0.15
        g.gasthof = rng.choice(["Gasthof zum Hirschen", "Landgasthof Krone", "Gasthaus zur Post",
                                "Gasthof Adler", "Brauereigasthof Rössle", "Gasthaus Lamm",
                                "Gasthaus Ochsen", "Gasthof Sonne", "Landgasthof Stern",
                                "Gasthaus Schwanen"])
        g.apotheke = rng.choice(["Markt-Apotheke", "Sonnen-Apotheke", "Löwen-Apotheke",
                                 f"{g.heiliger.replace('St. ', 'St.-')}-Apotheke" if g.heiliger.startswith("St. ") and " " not in g.heiliger[4:] else "Rathaus-Apotheke",
                                 "Günztal-Apotheke", "Hirsch-Apotheke", "Linden-Apotheke"])
        g.bank = rng.choice([f"Raiffeisenbank {name} eG", f"Sparkasse Günzach, Geschäftsstelle {name}",
                             f"VR-Bank Günztal, Filiale {name}"])
        g.buecherei = rng.choice([f"Gemeindebücherei {name}", f"Katholische öffentliche Bücherei {name}",
                                  f"Bücherei im Rathaus {name}"]) if art == "Gemeinde" else f"Stadtbücherei {name}" if art == "Stadt" else f"Marktbücherei {name}"
        # (Name, „im …“, „ins …“)
        g.raeume = [(f"Pfarrheim {g.heiliger}", f"im Pfarrheim {g.heiliger}", f"ins Pfarrheim {g.heiliger}"),
                    ("Pfarrheim", "im Pfarrheim", "ins Pfarrheim"),
                    ("Gemeindesaal im Rathaus", "im Gemeindesaal des Rathauses", "in den Gemeindesaal des Rathauses"),
                    ("Sportheim", "im Sportheim", "ins Sportheim"), ("Bürgerhaus", "im Bürgerhaus", "ins Bürgerhaus"),
                    ("Feuerwehrhaus", "im Feuerwehrhaus", "ins Feuerwehrhaus"), (g.gasthof, f"im {g.gasthof}", f"in den {g.gasthof}"),
                    ("Mehrzweckhalle", "in der Mehrzweckhalle", "in die Mehrzweckhalle"),
                    ("Turnhalle der Grundschule", "in der Turnhalle der Grundschule", "in die Turnhalle der Grundschule"),
                    ("Vereinsheim", "im Vereinsheim", "ins Vereinsheim"), ("Altes Schulhaus", "im Alten Schulhaus", "ins Alte Schulhaus")]
        if art != "Gemeinde":
            g.raeume += [("Bürgerzentrum", "im Bürgerzentrum", "ins Bürgerzentrum"),
                         ("Seniorentreff am Marktplatz", "im Seniorentreff am Marktplatz", "in den Seniorentreff am Marktplatz") if art == "Markt"
                         else ("Stadtsaal", "im Stadtsaal", "in den Stadtsaal"),
                         ("Mehrgenerationenhaus", "im Mehrgenerationenhaus", "ins Mehrgenerationenhaus")]
        w = rng.random() < 0.6
        g.beauftragte = ((rng.choice(VORNAMEN_W) if w else rng.choice(VORNAMEN_M)) + " " + rng.choice(NACHNAMEN), w)
        g.buergermeister = rng.choice(VORNAMEN_M + VORNAMEN_W[:8]) + " " + rng.choice(NACHNAMEN)
        gs.append(g)
    for g in gs:
        d = sorted(gs, key=lambda h: (h.x - g.x) ** 2 + (h.y - g.y) ** 2)
        g.nachbarn = [h for h in d if h is not g]
    return gs


def traeger_art(g):
    return {"Stadt": "Stadt", "Markt": "Markt", "Gemeinde": "Gemeinde"}[g.art]


# ---------------------------------------------------------------- Zeiten
def slot(rng, modus):
    """Gibt (oeffnungszeiten, ctx-Ergänzung) zurück."""
    d = rng.choice([0, 1, 2, 3, 4])
    ab, tag, tage = WOCHENTAGE[d]
    c = {"tag": tag, "tage": tage}
    if modus == "kurs":
        h = rng.choice([9, 9, 10, 14, 15, 16, 17, 18])
        m = rng.choice([0, 0, 30, 15])
        dauer = rng.choice([45, 60, 60, 90])
        e = h * 60 + m + dauer
        c.update(von=zeit_text(h, m), bis=zeit_text(e // 60, e % 60))
        c["zeittext"] = f"jeden {tag} von {c['von'][:-4]} bis {c['bis']}"
        return f"{ab} {h:02d}:{m:02d}-{e // 60:02d}:{e % 60:02d}", c
    if modus in ("treff", "treff_monat", "vormittag_monat"):
        h, m = rng.choice([(14, 0), (14, 30), (13, 30), (15, 0), (9, 0), (19, 0)])
        if modus == "vormittag_monat":
            h, m = rng.choice([(8, 30), (9, 0), (9, 30)])
            modus = "treff_monat"
        dauer = rng.choice([120, 150, 180])
        e = h * 60 + m + dauer
        c.update(von=zeit_text(h, m), bis=zeit_text(e // 60, e % 60))
        if modus == "treff_monat" or rng.random() < 0.4:
            n = rng.choice([1, 1, 2, 3, 4])
            c["nth"] = ORDINAL[n]
            c["zeittext"] = f"an jedem {ORDINAL[n]} {tag} im Monat ab {c['von']}"
            return f"{ab}[{n}] {h:02d}:{m:02d}-{e // 60:02d}:{e % 60:02d}", c
        c["nth"] = ""
        c["zeittext"] = f"jeden {tag} ab {c['von']}"
        return f"{ab} {h:02d}:{m:02d}-{e // 60:02d}:{e % 60:02d}", c
    if modus == "sprechstunde":
        h, m = rng.choice([(9, 0), (10, 0), (16, 0), (17, 0), (14, 0), (18, 0)])
        e = h * 60 + m + rng.choice([60, 90, 120])
        c.update(von=zeit_text(h, m), bis=zeit_text(e // 60, e % 60))
        zeit = f"{h:02d}:{m:02d}-{e // 60:02d}:{e % 60:02d}"
        if rng.random() < 0.5:
            n = rng.choice([1, 2, 3])
            c["zeittext"] = f"am {ORDINAL[n]} {tag} im Monat von {c['von'][:-4]} bis {c['bis']}"
            s = f"{ab}[{n}] {zeit}"
        else:
            c["zeittext"] = f"jeden {tag} von {c['von'][:-4]} bis {c['bis']}"
            s = f"{ab} {zeit}"
        if rng.random() < 0.5:
            s += ' "und nach Vereinbarung"'
            c["zeittext"] += " und nach Vereinbarung"
        return s, c
    if modus == "buero":
        s = rng.choice(["Mo-Fr 08:00-12:00", "Mo-Do 08:00-16:00; Fr 08:00-12:00",
                        "Mo,Mi,Fr 09:00-11:30", "Mo-Fr 09:00-12:00; Do 14:00-17:00",
                        "Di-Do 09:00-12:00; PH off", "Mo-Fr 08:30-12:00,13:30-16:00",
                        "Mo,Do 09:00-11:00", "Di 09:00-11:00; Do 16:00-18:00"])
        c["zeittext"] = "zu den Bürozeiten"
        return s, c
    if modus == "pflege":
        s = rng.choice(["Mo-Fr 08:00-16:00", "24/7", "Mo-Fr 07:30-15:30; Sa 08:00-10:00",
                        "Mo-Fr 08:00-12:00,13:00-16:00", "Mo-Do 08:00-16:30; Fr 08:00-13:00"])
        c["zeittext"] = "rund um die Uhr" if s == "24/7" else "zu den Bürozeiten"
        return s, c
    if modus == "tagespflege":
        s = rng.choice(["Mo-Fr 08:00-16:30", "Mo-Fr 07:30-16:00", "Mo-Fr 08:00-17:00; PH off",
                        "Mo-Sa 08:00-16:00"])
        c["zeittext"] = "montags bis freitags"
        return s, c
    if modus == "mittag":
        if rng.random() < 0.5:
            s = rng.choice(["Mo-Fr 11:30-13:30", "Di-Fr 11:30-13:00", "Mo-Sa 11:00-14:00"])
            c["zeittext"] = "werktags zur Mittagszeit"
        else:
            c.update(von="12 Uhr")
            s = f"{ab} 12:00-13:30"
            c["zeittext"] = f"jeden {tag} um 12 Uhr"
        return s, c
    if modus == "laden":
        s = rng.choice(["Mo-Fr 08:00-12:30,14:00-18:00; Sa 08:00-12:00",
                        "Mo-Fr 08:30-18:30; Sa 08:30-13:00", "Mo-Sa 07:00-12:00; Di,Do,Fr 15:00-18:00"])
        c["zeittext"] = "zu den Öffnungszeiten"
        return s, c
    if modus == "24":
        c["zeittext"] = "rund um die Uhr"
        return "24/7", c
    if modus == "vereinbarung":
        c["zeittext"] = "nach Vereinbarung"
        return "nach Vereinbarung", c
    c["zeittext"] = ""
    return None, c


# ---------------------------------------------------------------- Träger
HAEUSER = [("Haus am Mühlbach", "Am Mühlbach"), ("Haus Sonnenhalde", "Sonnenhalde"), ("Haus St. Elisabeth", "St. Elisabeth"),
           ("Haus St. Josef", "St. Josef"), ("Haus an der Günz", "An der Günz"), ("Haus Lindenhof", "Lindenhof"),
           ("Haus Wiesengrund", "Wiesengrund"), ("Haus Rosengarten", "Rosengarten"), ("Haus am Kirchberg", "Am Kirchberg"),
           ("Haus Günzblick", "Günzblick"), ("Haus St. Anna", "St. Anna"), ("Haus Sonnenhof", "Sonnenhof"),
           ("Haus Abendrot", "Abendrot"), ("Haus Bergblick", "Bergblick"), ("Haus St. Raphael", "St. Raphael"),
           ("Haus am Schlossgarten", "Am Schlossgarten"), ("Haus Kornblume", "Kornblume"), ("Haus Eichenhain", "Eichenhain")]
HEIMTRAEGER = ["Caritas-Altenhilfe Günzach gGmbH", "BRK-Seniorenwohnen Günzach gGmbH", "AWO-Seniorenzentren Schwaben gGmbH",
               "Stiftung St. Elisabeth Günztal", "Diakonie Günzach Altenhilfe gGmbH", "Kommunalunternehmen Seniorenheime Landkreis Günzach",
               "Seniorenresidenzen Günztal GmbH", "Hospitalstiftung {ort}"]
PFLEGE_MARKEN = ["Lebensbaum", "Sonnenschein", "Günztal", "Lichtblick", "Herzenswärme", "Vita", "Mitmensch", "Regenbogen", "Zuhause", "Löwenzahn"]


def person(rng, w=None):
    if w is None:
        w = rng.random() < 0.65
    return (rng.choice(VORNAMEN_W) if w else rng.choice(VORNAMEN_M)), rng.choice(NACHNAMEN), w


def art(name, genus):
    """Nominativ, Genitiv, „bei“-Dativ mit Artikel."""
    return {"m": (f"der {name}", f"des {name}", f"beim {name}"),
            "f": (f"die {name}", f"der {name}", f"bei der {name}"),
            "n": (f"das {name}", f"des {name}", f"beim {name}"),
            "pl": (f"die {name}", f"der {name}", f"bei den {name}")}[genus]


def traeger(kind, g, rng, st):
    """-> dict(name, kurz, genus, ...)"""
    vn, nn, w = person(rng)
    o = g.name
    r = dict(vorname=vn, nachname=nn)
    if kind == "evkirche" and not g.evangelisch:
        kind = "pfarrei"
    if kind == "nbh":
        n = g.nbh
        k = n.replace(" e.V.", "")
        gen = "m" if k.startswith("Helferkreis") else "f"
        if k.startswith(("Nachbarn für", "Miteinander")):
            k, gen = f"Verein {k}", "m"
        r.update(name=n, kurz=k, genus=gen)
    elif kind == "pfarrei":
        r.update(name=rng.choice([f"Kath. Pfarrei {g.heiliger} {o}", f"Katholische Pfarrei {g.heiliger} {o}",
                                  f"Pfarreiengemeinschaft {o}-{g.nachbarn[0].name}"]),
                 kurz=f"Pfarrei {g.heiliger}", genus="f")
    elif kind == "evkirche":
        r.update(name=f"Evang.-Luth. Kirchengemeinde {o}", kurz=f"evangelischen Kirchengemeinde {o}".replace("evangelischen", "Evang. "), genus="f")
        r["kurz"] = f"Evang. Kirchengemeinde {o}"
    elif kind == "frauenbund":
        r.update(name=rng.choice([f"KDFB-Zweigverein {o}", f"Katholischer Frauenbund {o}"]), kurz=f"Frauenbunds {o}", genus="m")
        r["nom"], r["gen"], r["bei"] = f"der Frauenbund {o}", f"des Frauenbunds {o}", f"beim Frauenbund {o}"
        r["kurz"] = f"Frauenbund {o}"
    elif kind == "vdk":
        r.update(name=f"Sozialverband VdK, Ortsverband {o}", kurz=f"VdK-Ortsverband {o}", genus="m")
        r["gen"] = f"des VdK-Ortsverbands {o}"
    elif kind == "sport":
        pre = g.sport_kurz.split()[0]
        r.update(name=g.sportverein, kurz=g.sport_kurz, genus="f" if pre in ("DJK", "TSG") else "m")
        if pre == "Turnverein":
            r["gen"] = f"des Turnvereins {o}"
    elif kind in ("gemeinde",):
        a = traeger_art(g)
        r.update(name=f"{a} {o}", kurz=f"{a} {o}", genus="m" if a == "Markt" else "f")
        if a == "Markt":
            r["gen"] = f"des Marktes {o}"
    elif kind == "seniorenbeauftragte":
        a = traeger_art(g)
        p, weibl = g.beauftragte
        r.update(name=f"{a} {o} – {'Seniorenbeauftragte' if weibl else 'Seniorenbeauftragter'} {p}", kurz=f"{a} {o}", genus="f")
        r["person"] = p
    elif kind == "vhs":
        r.update(name=f"Volkshochschule Günzach e.V., Außenstelle {o}", kurz=f"vhs {o}", genus="f")
        r["gen"] = "der Volkshochschule"
    elif kind == "awo":
        if g.ew > 4000 or rng.random() < 0.5:
            r.update(name=f"AWO-Ortsverein {o}", kurz=f"AWO {o}", genus="f")
        else:
            r.update(name="AWO-Kreisverband Günzach e.V.", kurz="AWO", genus="f")
    elif kind == "brk":
        r.update(name="BRK-Kreisverband Günzach", kurz="BRK", genus="n")
        r["gen"] = "des Roten Kreuzes"
    elif kind == "caritas":
        r.update(name="Caritasverband für den Landkreis Günzach e.V.", kurz="Caritas", genus="f")
    elif kind == "diakonie":
        r.update(name="Diakonisches Werk Günzach e.V.", kurz="Diakonie", genus="f")
    elif kind == "sozialstation":
        ss = st["sozialstation_von"][g.id]
        r.update(name=ss["traeger"], kurz=ss["titel"], genus="f")
    elif kind == "gasthof":
        r.update(name=f"{g.gasthof}, Familie {nn}", kurz=g.gasthof, genus="m")
        r["gen"] = f"vom {g.gasthof}"
    elif kind == "metzgerei":
        r.update(name=f"Metzgerei {nn}", kurz=f"Metzgerei {nn}", genus="f")
    elif kind == "baeckerei":
        k = rng.choice([f"Bäckerei {nn}", f"Landbäckerei {nn}", f"Bäckerei-Café {nn}"])
        r.update(name=k, kurz=k, genus="f")
    elif kind == "dorfladen":
        r.update(name=f"Dorfladen {o} eG", kurz=f"Dorfladen {o}", genus="m")
        r["gen"] = f"des Dorfladens {o}"
    elif kind == "kljb":
        k = rng.choice([f"KLJB {o}", f"Landjugend {o}", f"Jugendfeuerwehr {o}", f"Ministranten {g.heiliger}"])
        r.update(name=k, kurz=k, genus="pl" if k.startswith("Ministranten") else "f")
    elif kind == "kneipp":
        r.update(name=f"Kneipp-Verein {o} e.V.", kurz=f"Kneipp-Verein {o}", genus="m")
        r["gen"] = f"des Kneipp-Vereins {o}"
    elif kind == "buecherei":
        r.update(name=g.buecherei, kurz=g.buecherei, genus="f")
    elif kind == "ogv":
        r.update(name=f"Obst- und Gartenbauverein {o} e.V.", kurz=f"Gartenbauverein {o}", genus="m")
        r["gen"] = f"des Gartenbauvereins {o}"
    elif kind == "mgh":
        r.update(name=f"Mehrgenerationenhaus {o}", kurz=f"Mehrgenerationenhaus {o}", genus="n")
        r["gen"] = f"des Mehrgenerationenhauses {o}"
    elif kind == "dav":
        r.update(name="Deutscher Alpenverein, Sektion Günzach", kurz="Alpenverein", genus="m")
        r["gen"] = "des Alpenvereins"
    elif kind == "apotheke":
        r.update(name=f"{g.apotheke} {o}", kurz=g.apotheke, genus="f")
    elif kind == "bank":
        r.update(name=g.bank, kurz=g.bank.split(",")[0], genus="f")
    elif kind == "maennerschuppen":
        r.update(name=f"Männerschuppen {o} e.V.", kurz=f"Männerschuppen {o}", genus="m")
        r["gen"] = f"des Männerschuppens {o}"
    elif kind == "landfrauen":
        r.update(name=f"Landfrauen {o} (BBV-Ortsgruppe)", kurz=f"Landfrauen {o}", genus="pl")
    elif kind == "gesangverein":
        r.update(name=f"Gesangverein Liederkranz {o}", kurz=f"Liederkranz {o}", genus="m")
        r["gen"] = f"des Liederkranzes {o}"
    elif kind == "heimatverein":
        r.update(name=f"Heimatverein {o} e.V.", kurz=f"Heimatverein {o}", genus="m")
        r["gen"] = f"des Heimatvereins {o}"
    elif kind == "adfc":
        r.update(name="ADFC Kreisverband Günzach", kurz="ADFC", genus="m")
    elif kind == "dlrg":
        r.update(name=f"DLRG-Ortsgruppe {o}", kurz=f"DLRG {o}", genus="f")
    elif kind == "physio":
        r.update(name=rng.choice([f"Physiotherapie {nn}", f"Praxis für Physiotherapie {vn} {nn}"]), kurz=f"Physiotherapie {nn}", genus="f")
    elif kind in ("sanitaet", "firma_sani"):
        r.update(name=f"Sanitätshaus {nn} GmbH", kurz=f"Sanitätshaus {nn}", genus="n")
        r["gen"] = f"des Sanitätshauses {nn}"
    elif kind == "firma_bad":
        k = rng.choice([f"{nn} Haustechnik GmbH", f"Sanitär {nn}", f"Bad & Wärme {nn} GmbH"])
        r.update(name=k, kurz=k.replace(" GmbH", ""), genus="f")
    elif kind == "wohnbau":
        k = rng.choice(["Baugenossenschaft Günztal eG", f"Gemeindewohnbau {o} GmbH", "Siedlungswerk Schwaben eG"])
        r.update(name=k, kurz=k.replace(" eG", "").replace(" GmbH", ""), genus="f" if "genossenschaft" in k else "n")
    elif kind == "buergerverein":
        r.update(name=f"Bürgerverein {o} e.V.", kurz=f"Bürgerverein {o}", genus="m")
        r["gen"] = f"des Bürgervereins {o}"
    elif kind == "buergerbusverein":
        r.update(name=f"Bürgerbusverein {o} e.V.", kurz=f"Bürgerbusverein {o}", genus="m")
        r["gen"] = f"des Bürgerbusvereins {o}"
    elif kind == "person_versichertenberater":
        r.update(name=f"Deutsche Rentenversicherung – Versichertenberater {vn} {nn}", kurz="Rentenversicherung", genus="f")
        r["person"] = f"{vn} {nn}"
    elif kind == "krankenpflegeverein":
        k = rng.choice([f"Krankenpflegeverein {o} e.V.", f"Kranken- und Altenpflegeverein {o} e.V.", f"Krankenpflegeförderverein {o} e.V."])
        r.update(name=k, kurz=k.replace(" e.V.", ""), genus="m")
    elif kind == "hospizgruppe":
        k = rng.choice([f"Hospizgruppe {o} im Hospizverein Günztal e.V.", f"Ambulanter Hospizdienst {o}", f"Hospizkreis {o}"])
        r.update(name=k, kurz=k.split(" im ")[0], genus="f" if "gruppe" in k else "m")
    elif kind == "heimtraeger":
        r.update(name=fuelle(rng.choice(HEIMTRAEGER), {"ort": o}), genus="f")
        r["kurz"] = r["name"].split(" gGmbH")[0].split(" GmbH")[0]
    elif kind in ("privat_haushalt", "privat_person"):
        k = rng.choice([f"Alltagshilfe {nn}", f"Haushaltsengel {o} – {vn} {nn}", "Haushaltsservice Günztal GmbH",
                        f"Helfende Hände {nn} GbR", f"Seniorenassistenz {vn} {nn}", f"Alltagsbegleitung {vn} {nn}",
                        f"Hauswirtschaftsservice {nn}", f"Daheim-Dienste {nn}"])
        r.update(name=k, kurz=k.split(" – ")[0].replace(" GmbH", "").replace(" GbR", ""), genus="f")
        r["person"] = f"{vn} {nn}"
    elif kind == "privat_pflege":
        marke = rng.choice(PFLEGE_MARKEN)
        k = rng.choice([(f"Pflegedienst {nn} GmbH", nn), (f"Ambulanter Pflegedienst {marke}", marke), (f"Pflegeteam {marke} GmbH", marke),
                        (f"Häusliche Pflege {vn} {nn}", f"{vn} {nn}"), (f"Pflege mit Herz – {nn} GmbH", nn),
                        (f"Mobile Pflege {o}", o), (f"Pflegedienst {marke} {nn}", f"{marke} {nn}"), (f"Kranken- und Altenpflege {nn} & Partner", nn)])
        r.update(name=k[0], kurz=k[1], genus="m")
        r["nom"], r["gen"], r["bei"] = f"der Pflegedienst {k[1]}", f"des Pflegedienstes {k[1]}", f"beim Pflegedienst {k[1]}"
    elif kind == "person_fuss":
        r.update(name=rng.choice([f"Mobile Fußpflege {vn} {nn}", f"Podologiepraxis {nn}", f"Fußpflege {vn} {nn}"]), kurz=f"{vn} {nn}", genus="f")
    elif kind == "person_friseur":
        vn, nn, _ = person(rng, True)
        r.update(vorname=vn, nachname=nn)
        r.update(name=rng.choice([f"Friseurmeisterin {vn} {nn}", f"Salon Haarzeit {nn}", f"Mobiler Friseurservice {vn} {nn}"]), kurz=f"{vn} {nn}", genus="f")
    elif kind == "person_yoga":
        r.update(name=f"Yogalehrerin {vn} {nn}", kurz=f"{vn} {nn}", genus="f")
    elif kind == "taxi":
        r.update(name=rng.choice([f"Taxi {nn}", f"Taxi- und Mietwagenbetrieb {nn}", f"Taxi Günztal {nn} GmbH", f"Taxi & Krankenfahrten {nn}"]), kurz=f"Taxi {nn}", genus="n")
    elif kind == "pflegestuetzpunkt":
        r.update(name="Pflegestützpunkt Landkreis Günzach", kurz="Pflegestützpunkt", genus="m")
        r["gen"] = "des Pflegestützpunkts"
    else:
        raise KeyError(kind)
    nom, gen, bei = art(r["kurz"], r["genus"])
    r.setdefault("nom", nom)
    r.setdefault("gen", gen)
    r.setdefault("bei", bei)
    return r


# ---------------------------------------------------------------- Sozialstationen
SOZIALSTATIONEN = [
    ("bad-guenzach", "Caritas-Sozialstation St. Martin Bad Günzach", "Caritas-Sozialstation St. Martin gGmbH"),
    ("hohenried", "Ökumenische Sozialstation Hohenried", "Ökumenische Sozialstation Hohenried e.V."),
    ("breitenau", "Diakoniestation Breitenau", "Diakonisches Werk Günzach e.V."),
    ("ettenhofen", "Caritas-Sozialstation St. Michael Ettenhofen", "Caritasverband für den Landkreis Günzach e.V."),
    ("kirchhasslau", "Sozialstation Kirchhaßlau-Ebersried", "Sozialstation Kirchhaßlau-Ebersried gGmbH"),
    ("lautenbach-an-der-guenz", "Caritas-Sozialstation Lautenbach", "Caritasverband für den Landkreis Günzach e.V."),
    ("gruenthal", "Sozialstation Grünthal – Maria Thann", "Kranken- und Altenpflegeverein Grünthal-Maria Thann e.V."),
    ("moosbach", "BRK-Sozialstation Moosbach", "BRK-Kreisverband Günzach"),
    ("schoenegg", "Caritas-Sozialstation Oberes Günztal", "Caritasverband für den Landkreis Günzach e.V."),
    ("tussenried", "Sozialstation Tussenried-Aletshofen", "Ökumenische Sozialstation Tussenried e.V."),
    ("oberwaldau", "Sozialstation Waldau-Steinegg", "Sozialstation Waldau-Steinegg e.V."),
]
SS_KURZ = ["Die {titel} pflegt, berät und betreut Menschen zu Hause in {orte}: Grundpflege, Behandlungspflege, Hauswirtschaft und Beratungsbesuche.",
           "Häusliche Alten- und Krankenpflege aus einer Hand für {orte} – getragen von den Kirchengemeinden und Krankenpflegevereinen der Region.",
           "Ambulante Pflege, hauswirtschaftliche Hilfe, Palliativpflege und Betreuung für Menschen mit Demenz in {orte}. Rufbereitschaft rund um die Uhr."]
SS_BODY = ["Über 40 Pflegekräfte, Hauswirtschafterinnen und Betreuungskräfte sind täglich mit kleinen Autos unterwegs.",
           "Wir helfen beim Antrag auf einen Pflegegrad und beraten Angehörige kostenlos.",
           "Mitglieder der örtlichen Krankenpflegevereine bekommen Vergünstigungen.",
           "Die Rufbereitschaft ist nachts und an Wochenenden unter der Hauptnummer erreichbar.",
           "Zur Sozialstation gehören eine Betreuungsgruppe für Menschen mit Demenz und ein Pflegekurs für Angehörige."]


# Kurze Zusätze, damit nicht alle Einträge eines Typs gleich klingen
ZUSATZ = {
    "bewegung": ["Einstieg jederzeit möglich.", "Männer sind ausdrücklich willkommen!", "Keine Vorkenntnisse nötig.",
                 "Die erste Stunde ist eine kostenlose Schnupperstunde.", "Auch für Menschen mit neuem Knie- oder Hüftgelenk geeignet.",
                 "Treffpunkt: {raum}."],
    "treffpunkte": ["Neue sind herzlich willkommen.", "Aus den Ortsteilen gibt es Fahrgemeinschaften.", "Auch Zugezogene sind herzlich eingeladen.",
                    "Der Raum ist ebenerdig erreichbar.", "Treffpunkt: {raum}."],
    "bildung-digital": ["Keine Vorkenntnisse nötig.", "Geduld garantiert!", "Eigene Geräte bitte mitbringen.", "Treffpunkt: {raum}."],
    "nachbarschaftshilfe": ["Ein Anruf genügt.", "Auch für Ortsteil {ot}.", "Wir suchen weitere Helferinnen und Helfer."],
    "besuch-begleitung": ["Auch in {ot}.", "Ein Anruf genügt.", "Wir suchen weitere Ehrenamtliche."],
    "fahrdienste": ["Auch aus dem Ortsteil {ot}.", "Bitte rechtzeitig anmelden."],
    "essen": ["Auch für Ortsteil {ot}.", "Anmeldung bis zum Vortag.", "Auch Diabetikerkost."],
    "haushalt": ["Kurzfristige Einsätze nach Absprache.", "Auch in {nachbar}."],
    "dienste-ins-haus": ["Auch in {nachbar}.", "Termine auch kurzfristig."],
    "pflegedienste": ["Auch in {nachbar}.", "Rufbereitschaft rund um die Uhr."],
    "demenz": ["Ein Kennenlerngespräch ist kostenlos.", "Fahrdienst auf Anfrage."],
    "angehoerige": ["Betreuung des Angehörigen während des Treffens möglich.", "Auch für Angehörige aus {nachbar}."],
}


# ---------------------------------------------------------------- Bau
def geprueft(rng):
    a = dt.date(2025, 12, 5).toordinal()
    b = dt.date(2026, 11, 18).toordinal()
    return dt.date.fromordinal(rng.randint(a, b)).isoformat()


def telefon(g, rng):
    while True:
        n = f"{g.vorwahl} {rng.randint(100, 9899)}"
        if n not in g.nummern:
            g.nummern.add(n)
            return n


def poisson(rng, lam):
    if lam <= 0:
        return 0
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def gross(s):
    return s[:1].upper() + s[1:] if s else s


FAKTOR = 3.0


def baue(faktor=None):
    """Gibt dict(gemeinden, angebote, termine) zurück; alles deterministisch."""
    faktor = FAKTOR if faktor is None else faktor
    rng = random.Random(SEED)
    gs = mache_gemeinden(rng)
    gid = {g.id: g for g in gs}
    angebote, ids, titel_in = [], set(), set()

    def neue_id(basis, g):
        i = slug(basis)
        if g is not None and g.id not in i:
            i = f"{i}-{g.id}"
        i = i[:80].rstrip("-")
        j, n = i, 2
        while j in ids:
            j, n = f"{i}-{n}", n + 1
        ids.add(j)
        return j

    st = {"sozialstation_von": {}}
    hubs = [gid[h] for h, _, _ in SOZIALSTATIONEN]
    zuordnung = {h.id: [] for h in hubs}
    for g in gs:
        h = min(hubs, key=lambda h: (h.x - g.x) ** 2 + (h.y - g.y) ** 2)
        zuordnung[h.id].append(g)
    # Sozialstationen
    for hid, titel, tr in SOZIALSTATIONEN:
        g = gid[hid]
        orte = zuordnung[hid]
        ss = {"titel": titel, "traeger": tr}
        for o in orte:
            st["sozialstation_von"][o.id] = ss
        namen = [o.name for o in orte]
        orte_txt = ", ".join(namen[:-1]) + " und " + namen[-1] if len(namen) > 1 else namen[0]
        zeiten, _ = slot(rng, "pflege")
        kats = ["pflegedienste"] + (["haushalt"] if rng.random() < 0.5 else [])
        angebote.append(dict(
            id=neue_id(titel, None), gemeinde=hid, typ="sozialstation", kategorien=kats, titel=titel, traeger=tr,
            kurz=fuelle(rng.choice(SS_KURZ), {"titel": titel, "orte": orte_txt}),
            body=rng.sample(SS_BODY, 3), adresse=(f"{rng.choice(STRASSEN)} {rng.randint(1, 40)}", g.plz[0], g.name),
            telefon=[telefon(g, rng), telefon(g, rng) + " (Rufbereitschaft)"] if rng.random() < 0.5 else telefon(g, rng),
            email=f"info@{slug(titel)[:40]}.example.org", web=f"https://{slug(titel)[:40]}.example.org/",
            oeffnungszeiten=zeiten, einzugsgebiet=[o.id for o in orte], kosten="Abrechnung mit Pflege- und Krankenkasse",
            barrierefrei="ja", zielgruppen=["pflegebedürftige Menschen", "Angehörige"],
            stichworte=["Sozialstation", "Pflegedienst", "Hauskrankenpflege", "Pflegegrad", "Behandlungspflege"], geprueft=geprueft(rng)))
        titel_in.add((hid, titel))
        st.setdefault("ss_eintraege", []).append(angebote[-1])
        # Hausnotruf einiger Sozialstationen
        if rng.random() < 0.4:
            t = f"Hausnotruf der {titel}"
            angebote.append(dict(
                id=neue_id(t, None), gemeinde=hid, typ="hausnotruf_ss", kategorien=["hausnotruf"], titel=t, traeger=tr,
                kurz=f"Hausnotruf mit Schlüsselhinterlegung: Im Notfall kommt eine Pflegekraft der Sozialstation aus der Nähe – in {orte_txt}.",
                body=["Das Notrufgerät wird an die Telefondose angeschlossen, der Knopf wird als Armband oder Kette getragen.",
                      "Ab Pflegegrad 1 zahlt die Pflegekasse die Grundgebühr."],
                adresse=angebote[-1]["adresse"], telefon=telefon(g, rng), email=angebote[-1]["email"], web=None,
                oeffnungszeiten="24/7", einzugsgebiet=[o.id for o in orte], kosten="25,50 € im Monat", barrierefrei=None,
                zielgruppen=["Alleinlebende"], stichworte=["Hausnotruf", "Notrufknopf", "Schlüssel"], geprueft=geprueft(rng)))

    # Angebotstypen je Gemeinde
    for g in gs:
        gfaktor = (g.ew / 3000) ** 0.8
        haeuser = HAEUSER[:]
        rng.shuffle(haeuser)
        for T in ANGEBOTSTYPEN:
            if g.ew < T["min_ew"]:
                continue
            if "fest" in T:
                n = T["fest"]
            else:
                n = min(T["max"], poisson(rng, T["p"] * faktor * (g.ew / 3000) ** T["skala"]))
            for _ in range(n):
                e = mache_angebot(T, g, rng, st, haeuser, titel_in, neue_id)
                if e:
                    angebote.append(e)

    # Angebote des Landkreises
    for R in REGIONALE_ANGEBOTE:
        ids.add(R["id"])
        angebote.append(dict(
            id=R["id"], gemeinde=None, typ="region", kategorien=R["kategorien"], titel=R["titel"], traeger=R["traeger"],
            kurz=R["kurz"], body=R["body"], adresse=None if R.get("telefonisch") else (R["strasse"], R["plz"], R["ort"]),
            telefonisch=R.get("telefonisch"), telefon=R.get("telefon"), email=R.get("email"), web=R.get("web"),
            oeffnungszeiten=R.get("oeffnungszeiten"), einzugsgebiet=R.get("einzugsgebiet", "alle"), kosten=R.get("kosten"),
            barrierefrei=R.get("barrierefrei"), zielgruppen=R["zielgruppen"], stichworte=R["stichworte"], geprueft=geprueft(rng)))

    termine = mache_termine(gs, angebote, rng, st)
    return dict(gemeinden=gs, angebote=angebote, termine=termine, kategorien=KATEGORIEN)


def mache_angebot(T, g, rng, st, haeuser, titel_in, neue_id):
    tk = rng.choice(T["traeger"])
    tr = traeger(tk, g, rng, st)
    zeiten, zc = slot(rng, T["zeit"] if T["zeit"] != "buergerbus" else "kurs")
    if T["zeit"] == "buergerbus":
        a, b = rng.sample([0, 1, 2, 3, 4], 2)
        a, b = sorted((a, b))
        zeiten = f"{WOCHENTAGE[a][0]},{WOCHENTAGE[b][0]} 08:00-12:30"
        zc["tage"] = f"{WOCHENTAGE[a][2]} und {WOCHENTAGE[b][2]}"
    if not haeuser:
        haeuser.extend(HAEUSER)
    haus, haus_kurz = haeuser.pop()
    a = traeger_art(g)
    p_sb, weibl = g.beauftragte
    nachbar = g.nachbarn[rng.randint(0, 2)]
    ctx = dict(
        ort=g.name, ot=rng.choice(g.ortsteile), traeger=tr["name"], tkurz=tr["kurz"], des_tkurz=tr["gen"], beim_tkurz=tr["bei"],
        nom_tkurz=tr["nom"], person=tr.get("person", p_sb if tk == "seniorenbeauftragte" else f"{tr['vorname']} {tr['nachname']}"),
        lk=LK, kst=KST, nachbar=nachbar.name, nachname=tr["nachname"], vorname=tr["vorname"], haus=haus, haus_kurz=haus_kurz,
        heiliger=g.heiliger, gasthof=g.gasthof, apotheke=g.apotheke, buecherei=g.buecherei, nbh=g.nbh, bank=g.bank,
        nbh_ohne_ev=g.nbh.replace(" e.V.", ""), gart=a, der_gart={"Markt": "des Marktes", "Stadt": "der Stadt", "Gemeinde": "der Gemeinde"}[a],
        raumplatz=rng.choice(["Rathaus", "Kirchplatz", "Dorfplatz", "Friedhof"]),
        busname=rng.choice(["Günztaler", "Dorfflitzer", "Rathaus-Express", "Seniorenschwalbe", "Mobil"]),
        halle=rng.choice(["Turnhalle der Grundschule", "Mehrzweckhalle", "Schulturnhalle", "Gymnastikhalle"]),
        preis_menue=rng.choice(["7,50 €", "6,80 €", "8,50 €"]), plaetze=rng.choice([12, 14, 16, 18, 20, 24, 30, 45, 60, 72, 90, 110]),
        tpname=rng.choice(["Sonnenblume", "Lebensfreude", "Zeit-Los", "Löwenzahn", "Kornblume", "Herbstzeitlose", "Miteinander"]),
        strasse_am=rng.choice(["am Marktplatz", "am Kirchplatz", "an der Günz", "am Mühlbach", "im Ortskern", "am Stadtpark", "Am Anger", "im Lindenhof"]),
        wohnungen=rng.choice([8, 12, 16, 18, 24, 30, 36, 48]), mghname=rng.choice(["Brückenhaus", "Treffpunkt Mitte", "Haus der Begegnung"]),
        demenzname=rng.choice(["Vergissmeinnicht", "Sonnenstunden", "Lichtblick", "Kaffeeklatsch", "Herbstzeitlose", "Regenbogen"]),
        Sb="Seniorenbeauftragte" if weibl else "Seniorenbeauftragter", des_sb="der Seniorenbeauftragten" if weibl else "des Seniorenbeauftragten",
        Die_sb="Die Seniorenbeauftragte" if weibl else "Der Seniorenbeauftragte", Sie_="Sie" if weibl else "Er",
        Ansprechpartnerin="Ansprechpartnerin" if weibl else "Ansprechpartner", r_="" if weibl else "r",
    )
    ctx["raum"], ctx["im_raum"], ctx["ins_raum"] = rng.choice(g.raeume)
    ctx.update(zc)
    ctx.setdefault("tag", "Dienstag")
    ctx.setdefault("tage", "dienstags")
    ctx.setdefault("zeittext", "")
    ctx["zeittext_gross"] = gross(ctx["zeittext"]) or "Regelmäßig"
    titel = None
    for _ in range(12):
        t = fuelle(rng.choice(T["titel"]), ctx)
        if (g.id, t) not in titel_in:
            titel = t
            break
    if titel is None:
        t2 = f"{t} ({ctx['ot']})"
        if (g.id, t2) in titel_in:
            t2 = f"{t} – {tr['kurz']}"
        if (g.id, t2) in titel_in:
            return None
        titel = t2
    titel_in.add((g.id, titel))
    kurz = fuelle(rng.choice(T["kurz"]), ctx)
    zus = ZUSATZ.get(T["kat"][0])
    if zus and rng.random() < 0.5:
        z = fuelle(rng.choice(zus), ctx)
        if len(kurz) + 1 + len(z) <= 300 and z not in kurz:
            kurz = f"{kurz} {z}"
    assert len(kurz) <= 300, (len(kurz), kurz)
    lo, hi = T["nbody"]
    k = min(len(T["body"]), rng.randint(lo, hi))
    idx = sorted(rng.sample(range(len(T["body"])), k))
    body = [fuelle(T["body"][i], ctx) for i in idx]
    if rng.random() < 0.35 and tk not in ("seniorenbeauftragte",):
        vn, nn, w = person(rng)
        body.append(rng.choice([f"Ansprechpartnerin: {vn} {nn}." if w else f"Ansprechpartner: {vn} {nn}.",
                                f"Ihre Ansprechpartnerin ist {vn} {nn}." if w else f"Ihr Ansprechpartner ist {vn} {nn}.",
                                f"Fragen beantwortet gern {vn} {nn}."]))
    kats = list(T["kat"]) + [c for c, p in T["extra_kat"] if rng.random() < p and c not in T["kat"]]
    reich = T["reich"]
    if reich == "own":
        eg = None
    elif reich == "alle":
        eg = "alle"
    else:
        _, lo, hi = reich
        eg = [g.id] + [h.id for h in g.nachbarn[:rng.randint(lo, hi)]]
        if nachbar.id not in eg and "{nachbar}" in "".join(T["kurz"] + T["titel"]):
            eg.append(nachbar.id)
    if nachbar.name in titel or nachbar.name in kurz:
        if eg is None:
            eg = [g.id, nachbar.id]
        elif isinstance(eg, list) and nachbar.id not in eg:
            eg.append(nachbar.id)
    dom = slug(tr["kurz"])[:36].strip("-")
    if tk.startswith("person") or tk in ("privat_haushalt", "privat_person"):
        email = f"{slug(tr['vorname'])}.{slug(tr['nachname'])}@mail.example.org"
    else:
        email = f"{rng.choice(['info', 'kontakt', 'senioren', 'buero'])}@{dom}.example.org"
    web = f"https://{dom}.example.org/" if rng.random() < 0.45 else None
    stw = rng.sample(T["stichworte"], min(len(T["stichworte"]), rng.randint(2, 5)))
    hat_adresse = True
    strasse = f"{rng.choice(STRASSEN)} {rng.randint(1, 48)}"
    if ctx["raum"] and T["zeit"] in ("kurs", "treff", "treff_monat") and rng.random() < 0.6 and ctx["raum"] != g.gasthof:
        strasse = f"{ctx['raum']}, {rng.choice(STRASSEN)} {rng.randint(1, 30)}"
    return dict(
        id=neue_id(titel, g), gemeinde=g.id, typ=T["typ"], kategorien=kats, titel=titel, traeger=tr["name"], kurz=kurz, body=body,
        adresse=(strasse, rng.choice(g.plz), g.name) if hat_adresse else None, telefon=telefon(g, rng) if (rng.random() < 0.93 or {"haushalt", "pflegedienste"} & set(kats)) else None,
        email=email if rng.random() < 0.7 else None, web=web, oeffnungszeiten=zeiten, einzugsgebiet=eg,
        kosten=fuelle(rng.choice(T["kosten"]), ctx) if T["kosten"] else None, barrierefrei=rng.choice(T["bf"]),
        zielgruppen=rng.sample(T["ziel"], min(len(T["ziel"]), rng.randint(1, 2))), stichworte=stw, geprueft=geprueft(rng))


# ---------------------------------------------------------------- Termine
def mache_termine(gs, angebote, rng, st):
    termine, ids = [], set()
    gewichte = [math.sqrt(g.ew) for g in gs]
    typen = [t for t in TERMINTYPEN for _ in range(t.get("gewicht", 1))]
    heime = {}
    for a in angebote:
        if a["typ"] in ("tagespflege", "pflegeheim") and a["gemeinde"]:
            heime.setdefault(a["gemeinde"], []).append(a)
    ziel = 150 - len(REGIONALE_TERMINE)
    versuche = 0
    while len(termine) < ziel and versuche < 5000:
        versuche += 1
        T = rng.choice(typen)
        g = rng.choices(gs, weights=gewichte)[0]
        heim = None
        if T["typ"] == "tag_offene_tuer":
            if g.id not in heime:
                continue
            heim = rng.choice(heime[g.id])
        titel_wahl = [t for t in T["titel"] if not any(w in t for w in ("Seniorenheim", "Seniorenzentrum", "Tagespflege")) or
                      (heim is not None and (("Tagespflege" in t) == (heim["typ"] == "tagespflege")))]
        if T["typ"] in ("konzert", "sommerfest") and g.id in heime:
            hs = [h for h in heime[g.id] if h["typ"] == "pflegeheim"]
            if hs:
                heim = rng.choice(hs)
                titel_wahl = T["titel"]
        if not titel_wahl:
            continue
        # Datum
        if T["monate"] == "alle":
            monate = [(2026, m) for m in (10, 11, 12)] + [(2027, m) for m in range(1, 11)]
            monate = [m for m in monate if m != (2027, 8)]
        else:
            monate = T["monate"]
        y, m = rng.choice(monate)
        tag = rng.randint(1, 28)
        d = dt.date(y, m, tag)
        if d.weekday() == 6 and T["typ"] not in ("ausflug",):
            d += dt.timedelta(days=1)
        if T["typ"] == "fasching":
            d = dt.date(2027, 2, rng.choice([2, 4, 6, 9]))
        h = rng.choice(T["stunden"])
        mi = rng.choice([0, 0, 30]) if h not in (8, 9) else 0
        beginn = dt.datetime(d.year, d.month, d.day, h, mi)
        ende = beginn + dt.timedelta(minutes=T["dauer"])
        r = rng.choice(g.raeume)
        ctx = {"ort": g.name, "raum": r[0], "im_raum": r[1], "ins_raum": r[2]}
        titel = fuelle(rng.choice(titel_wahl), ctx)
        vk = rng.choice(T["veranstalter"])
        if heim is not None:
            veranstalter, ortname = heim["traeger"], heim["titel"]
            if "Seniorenheim" in titel and heim["typ"] == "pflegeheim":
                titel = titel.replace("im Seniorenheim", f"im {heim['titel']}" if heim["titel"].startswith("Haus") else f"im Seniorenheim {g.name}")
        else:
            veranstalter = veranstalter_name(vk, g, rng, st)
            ortname = ctx["raum"] if not ctx["raum"].startswith(("Gasthof", "Gasthaus", "Landgasthof", "Brauereigasthof")) else ctx["raum"]
            if T["typ"] == "rollator_aktion":
                ortname = "Marktplatz" if g.art != "Gemeinde" else "Rathausplatz"
        wdh = rng.choice(T["wiederholung"]) if T["wiederholung"] else None
        bis = None
        if wdh:
            bis = (beginn.date() + dt.timedelta(days=rng.choice([56, 91, 120, 150]))).isoformat()
        tid = slug(titel)
        if g.id not in tid:
            tid = f"{tid}-{g.id}"
        tid = tid[:70].rstrip("-")
        if tid in ids:
            tid = f"{tid}-{beginn.strftime('%Y-%m')}"
        if tid in ids:
            continue
        ids.add(tid)
        kosten = rng.choice(T["kosten"]) if T["kosten"] else None
        anm = rng.choice(T["anmeldung"]) if T["anmeldung"] else None
        termine.append(dict(
            id=tid, gemeinde=g.id, typ=T["typ"], titel=titel, beginn=beginn.strftime("%Y-%m-%d %H:%M"), ende=ende.strftime("%Y-%m-%d %H:%M"),
            ort=dict(name=ortname, strasse=f"{rng.choice(STRASSEN)} {rng.randint(1, 30)}", plz=g.plz[0], ort=g.name),
            veranstalter=veranstalter, kurz=fuelle(rng.choice(T["kurz"]), ctx), kategorien=T["kat"], kosten=kosten,
            anmeldung=anm, telefon=telefon(g, rng) if rng.random() < 0.6 else None, wiederholung=wdh, bis=bis,
            body=" ".join(fuelle(b, ctx) for b in rng.sample(T["body"], min(len(T["body"]), rng.randint(1, 2))))))
    for R in REGIONALE_TERMINE:
        termine.append(dict(id=R["id"], gemeinde=None, typ="region", titel=R["titel"], beginn=R["beginn"], ende=R.get("ende"), ort=R["ort"],
                            veranstalter=R["veranstalter"], kurz=R["kurz"], kategorien=R.get("kategorien"), kosten=R.get("kosten"),
                            anmeldung=R.get("anmeldung"), telefon=R.get("telefon"), email=R.get("email"), wiederholung=R.get("wiederholung"),
                            bis=R.get("bis"), body=R.get("body", "")))
    return termine


def veranstalter_name(vk, g, rng, st):
    o = g.name
    m = {"seniorenclub": f"Seniorenclub {o}", "brk_bereitschaft": f"BRK-Bereitschaft {o}", "malteser": "Malteser Hilfsdienst e.V., Dienststelle Günzach",
         "sanitaet_event": f"Seniorenbeirat {o} mit dem Sanitätshaus {rng.choice(NACHNAMEN)}", "seniorenbeirat": f"Seniorenbeirat {o}",
         "mgh_event": f"Mehrgenerationenhaus {o}" if g.ew > 5000 else f"Gemeinde {o}", "buecherei_event": g.buecherei,
         "jugend_event": rng.choice([f"Mittelschule {o}", f"Jugendtreff {o}", f"KLJB {o}"]), "alzheimer": "Alzheimer Gesellschaft Landkreis Günzach e.V.",
         "caritas_event": "Caritasverband für den Landkreis Günzach e.V.", "betreuungsverein": "Betreuungsverein des SkF Günzach",
         "heim_event": f"Gemeinde {o}"}
    if vk in m:
        return m[vk]
    return traeger(vk, g, rng, st)["name"]


# ---------------------------------------------------------------- Schreiben
def y(v):
    return json.dumps(v, ensure_ascii=False)


def yliste(xs):
    return "[" + ", ".join(y(x) for x in xs) + "]"


def schreibe_angebot(a, ziel):
    ordner = os.path.join(ziel, "region" if a["gemeinde"] is None else os.path.join("gemeinden", a["gemeinde"]), "angebote")
    os.makedirs(ordner, exist_ok=True)
    L = ["---", f"titel: {y(a['titel'])}", f"kategorien: {yliste(a['kategorien'])}", f"traeger: {y(a['traeger'])}",
         f"kurzbeschreibung: {y(a['kurz'])}"]
    if a.get("telefonisch"):
        L.append("telefonisch: ja")
    if a["adresse"]:
        s, p, o = a["adresse"]
        L += ["adresse:", f"  strasse: {y(s)}", f"  plz: {y(p)}", f"  ort: {y(o)}"]
    tel = a["telefon"]
    if not tel and not a["email"] and not a["web"]:
        tel = "0123 400-4000"
    if tel:
        L.append(f"telefon: {yliste(tel) if isinstance(tel, list) else y(tel)}")
    if a["email"]:
        L.append(f"email: {y(a['email'])}")
    if a["web"]:
        L.append(f"web: {y(a['web'])}")
    if a["oeffnungszeiten"]:
        L.append(f"oeffnungszeiten: {y(a['oeffnungszeiten'])}")
    eg = a["einzugsgebiet"]
    if eg == "alle" and a["gemeinde"] is not None:
        L.append("einzugsgebiet: alle")
    elif isinstance(eg, list):
        L.append(f"einzugsgebiet: {yliste(eg)}")
    if a["kosten"]:
        L.append(f"kosten: {y(a['kosten'])}")
    if a["barrierefrei"]:
        L.append(f"barrierefrei: {a['barrierefrei']}")
    if a["zielgruppen"]:
        L.append(f"zielgruppen: {yliste(a['zielgruppen'])}")
    if a["stichworte"]:
        L.append(f"stichworte: {yliste(a['stichworte'])}")
    L.append(f"geprueft: {a['geprueft']}")
    L.append("---")
    L += ["\n\n".join(a["body"]), ""]
    with open(os.path.join(ordner, a["id"] + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def schreibe_termin(t, ziel):
    ordner = os.path.join(ziel, "region" if t["gemeinde"] is None else os.path.join("gemeinden", t["gemeinde"]), "termine")
    os.makedirs(ordner, exist_ok=True)
    L = ["---", f"titel: {y(t['titel'])}", f"beginn: {y(t['beginn'])}"]
    if t.get("ende"):
        L.append(f"ende: {y(t['ende'])}")
    if t.get("wiederholung"):
        L += [f"wiederholung: {t['wiederholung']}", f"bis: {t['bis']}"]
    L.append("ort:")
    for k in ("name", "strasse", "plz", "ort"):
        if t["ort"].get(k):
            L.append(f"  {k}: {y(t['ort'][k])}")
    L += [f"veranstalter: {y(t['veranstalter'])}", f"kurzbeschreibung: {y(t['kurz'])}"]
    if t.get("kategorien"):
        L.append(f"kategorien: {yliste(t['kategorien'])}")
    for k in ("anmeldung", "kosten", "telefon", "email"):
        if t.get(k):
            L.append(f"{k}: {y(t[k])}")
    L += ["---", t["body"], ""]
    with open(os.path.join(ordner, t["id"] + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def schreibe_gemeinde(g, angebote, ziel, rng):
    ordner = os.path.join(ziel, "gemeinden", g.id)
    os.makedirs(ordner, exist_ok=True)
    p, w = g.beauftragte
    L = ["---", f"name: {y(g.name)}", "landkreis: Günzach", f"plz: {yliste(g.plz)}", f"einwohner: {g.ew}", "ansprechpartner:",
         f"  - name: {y(p)}", f"    rolle: {'Seniorenbeauftragte' if w else 'Seniorenbeauftragter'}", f"    telefon: {y(g.vorwahl + ' 9010')}",
         f"    email: {y('senioren@' + g.id + '.example.org')}",
         f"  - name: {y(g.buergermeister)}", f"    rolle: {'Erste Bürgermeisterin' if g.buergermeister.split()[0] in VORNAMEN_W else 'Erster Bürgermeister'}",
         f"    telefon: {y(g.vorwahl + ' 9000')}", "---"]
    eigene = [a for a in angebote if a["gemeinde"] == g.id]
    typen = {a["typ"] for a in eigene}
    saetze = []
    art_txt = {"Stadt": "Die Stadt", "Markt": "Der Markt", "Gemeinde": "Die Gemeinde"}[g.art]
    ots = ", ".join(g.ortsteile[:-1]) + " und " + g.ortsteile[-1] if len(g.ortsteile) > 1 else g.ortsteile[0]
    saetze.append(f"{art_txt} {g.name} hat rund {g.ew:,} Einwohnerinnen und Einwohner; dazu gehören die Ortsteile {ots}.".replace(",", ".", 1) if g.ew >= 1000 else "")
    if "tagespflege" in typen:
        saetze.append("Im Ort gibt es eine Tagespflege.")
    if "pflegeheim" in typen:
        saetze.append("Ein Seniorenheim liegt mitten im Ort.")
    if "buergerbus" in typen:
        saetze.append("Der Bürgerbus verbindet die Ortsteile mit dem Zentrum.")
    saetze.append(f"Erste Anlaufstelle für ältere Menschen ist {'die Seniorenbeauftragte' if w else 'der Seniorenbeauftragte'} {p}; "
                  f"Hilfe im Alltag vermittelt die {g.nbh.replace(' e.V.', '')}." if not g.nbh.startswith(("Helferkreis", "Nachbarn für", "Miteinander")) else
                  f"Erste Anlaufstelle für ältere Menschen ist {'die Seniorenbeauftragte' if w else 'der Seniorenbeauftragte'} {p}.")
    L.append(" ".join(s for s in saetze if s))
    L.append("")
    with open(os.path.join(ordner, "index.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def schreibe_rest(ziel, gs):
    with open(os.path.join(ziel, "region.yaml"), "w", encoding="utf-8") as f:
        f.write("""titel: Seniorenwegweiser Landkreis Günzach
region: Landkreis Günzach
beschreibung: >-
  Hilfen, Beratung, Pflege und Treffpunkte für ältere Menschen in den 40 Städten,
  Märkten und Gemeinden des Landkreises Günzach. Erfundene Beispieldaten für eine
  Sucherprobung: Organisationen, Personen und Telefonnummern gibt es nicht.
basis_url: https://senioren.lra-guenzach.example.org/
sprache: de
zeitzone: Europe/Berlin
herausgeber:
  name: Landratsamt Günzach – Fachstelle Seniorenarbeit (Beispiel)
  adresse:
    strasse: Schloßplatz 2
    plz: "87730"
    ort: Bad Günzach
  email: senioren@lra-guenzach.example.org
  telefon: "0123 400-4000"
grundversorgung: [pflegedienste, nachbarschaftshilfe, fahrdienste, essen, haushalt, beratung, hausnotruf]
pruefintervall_monate: 12
""")
    with open(os.path.join(ziel, "kategorien.yaml"), "w", encoding="utf-8") as f:
        f.write("# Kategorien des Seniorenwegweisers Landkreis Günzach (Arbeitskreis Soziales)\n")
        for k in KATEGORIEN:
            f.write(f"- id: {k['id']}\n  name: {y(k['name'])}\n  beschreibung: {y(k['beschreibung'])}\n")
            f.write(f"  suchbegriffe: {yliste(k['suchbegriffe'])}\n")
            if k.get("pflichtfelder"):
                f.write(f"  pflichtfelder: {yliste(k['pflichtfelder'])}\n")
            f.write("\n")
    s = os.path.join(ziel, "seiten")
    os.makedirs(s, exist_ok=True)
    gem = ", ".join(g.name for g in gs)
    seiten = {
        "impressum": ("Impressum", f"""**Hinweis:** Dies ist ein erfundener Wegweiser für eine Sucherprobung. Alle Angaben sind ausgedacht.

## Herausgeber

Landratsamt Günzach – Fachstelle Seniorenarbeit (Beispiel)\\
Schloßplatz 2\\
87730 Bad Günzach

Telefon: 0123 400-4000\\
E-Mail: [senioren@lra-guenzach.example.org](mailto:senioren@lra-guenzach.example.org)

Der Wegweiser entsteht im Arbeitskreis Soziales des Landkreises, in dem die Städte, Märkte und
Gemeinden {gem} mitarbeiten.

## Inhalte der Einträge

Die Einträge werden von den Seniorenbeauftragten der Gemeinden und den Trägern zusammengetragen
und regelmäßig geprüft. Bei jedem Eintrag steht, wann er zuletzt geprüft wurde.
"""),
        "datenschutz": ("Datenschutzerklärung", """Dieser Wegweiser setzt keine Cookies und verwendet keine Analysewerkzeuge.
Die Suche läuft vollständig in Ihrem Browser; Ihre Suchbegriffe werden nicht an uns übertragen.

Verantwortlich ist das Landratsamt Günzach, Schloßplatz 2, 87730 Bad Günzach.
Die Datenschutzbeauftragte erreichen Sie unter datenschutz@lra-guenzach.example.org.
"""),
        "barrierefreiheit": ("Erklärung zur Barrierefreiheit", """Das Landratsamt Günzach ist bemüht, diesen Wegweiser im Einklang mit der
Bayerischen Barrierefreie Informationstechnik-Verordnung barrierefrei zugänglich zu machen.

Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte an
[senioren@lra-guenzach.example.org](mailto:senioren@lra-guenzach.example.org) oder rufen Sie an: 0123 400-4000.
"""),
        "ueber-den-wegweiser": ("Über diesen Wegweiser", """Der Seniorenwegweiser sammelt, was älteren Menschen im Landkreis Günzach hilft:
Pflege, Nachbarschaftshilfe, Fahrdienste, Essen auf Rädern, Beratung, Treffpunkte und vieles mehr.

Sie finden Angebote über die Suche, über Ihre Gemeinde oder über die Themen. Wenn ein Eintrag
fehlt oder nicht mehr stimmt, sagen Sie es Ihrer Seniorenbeauftragten oder der Fachstelle
Seniorenarbeit im Landratsamt.
"""),
    }
    for sid, (t, text) in seiten.items():
        with open(os.path.join(s, sid + ".md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitel: {y(t)}\n---\n{text}")


def main():
    ziel = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "region")
    if "--ziel" in sys.argv:
        ziel = sys.argv[sys.argv.index("--ziel") + 1]
    ziel = os.path.abspath(ziel)
    d = baue()
    if os.path.isdir(ziel):
        shutil.rmtree(ziel)
    os.makedirs(ziel)
    rng = random.Random(SEED + 1)
    schreibe_rest(ziel, d["gemeinden"])
    for g in d["gemeinden"]:
        schreibe_gemeinde(g, d["angebote"], ziel, rng)
    for a in d["angebote"]:
        schreibe_angebot(a, ziel)
    for t in d["termine"]:
        schreibe_termin(t, ziel)
    print(f"{len(d['gemeinden'])} Gemeinden, {len(d['angebote'])} Angebote, {len(d['termine'])} Termine -> {ziel}")


if __name__ == "__main__":
    main()
