#!/usr/bin/env python3
"""Schreibt ../anfragen.json: Suchanfragen mit den Seiten, die sie richtig beantworten.

Die erwarteten Seiten werden aus denselben Daten berechnet, aus denen schreibe.py die
Region schreibt (schreibe.baue()). Eine Anfrage gilt als Treffer, wenn eine der
erwarteten Seiten unter den ersten fünf Ergebnissen steht.

    python3 anfragen.py              # schreibt ../anfragen.json
    python3 anfragen.py --site DIR   # prüft zusätzlich, dass alle Seiten im gebauten Wegweiser existieren
"""
import json
import os
import re
import sys

import schreibe

D = schreibe.baue()
GEM = {g.id: g for g in D["gemeinden"]}
KAT = {k["id"]: k for k in D["kategorien"]}
ITEMS = []
for a in D["angebote"]:
    a = dict(a, art="angebot", pfad=f"angebote/{a['id']}/")
    ITEMS.append(a)
for t in D["termine"]:
    t = dict(t, art="termin", pfad=f"termine/{t['id']}/", stichworte=[], traeger=t["veranstalter"])
    ITEMS.append(t)


def kern(i):
    """Titel, Kurzbeschreibung, Stichworte (was ein Mensch als Antwort sieht)."""
    return " ".join([i["titel"], i["kurz"], " ".join(i.get("stichworte") or [])]).lower()


def volltext(i):
    body = i["body"] if isinstance(i["body"], str) else " ".join(i["body"])
    return " ".join([kern(i), i["traeger"], body, " ".join(i.get("zielgruppen") or [])]).lower()


def kat(*ks):
    return lambda i: bool(set(ks) & set(i.get("kategorien") or []))


def typ(*ts):
    return lambda i: i["typ"] in ts


def im_titel(*ws):
    return lambda i: any(w.lower() in i["titel"].lower() for w in ws)


def im_kern(*ws):
    return lambda i: any(w.lower() in kern(i) for w in ws)


def oder(*ps):
    return lambda i: any(p(i) for p in ps)


def und(*ps):
    return lambda i: all(p(i) for p in ps)


def erreicht(gid):
    def f(i):
        if i["art"] == "termin":
            return i["gemeinde"] in (gid, None)
        if i["gemeinde"] == gid:
            return True
        eg = i["einzugsgebiet"]
        if eg == "alle" or (i["gemeinde"] is None and eg is None):
            return True
        return isinstance(eg, list) and gid in eg
    return f


def sitz(gid):
    return lambda i: i["gemeinde"] == gid


def nur_angebote(p):
    return lambda i: i["art"] == "angebot" and p(i)


# ---------------------------------------------------------------- Antwortmengen
TAGESPFLEGE = oder(typ("tagespflege"), im_titel("Tagespflege"))
HAUSNOTRUF = kat("hausnotruf")
ESSEN_LIEFERUNG = und(kat("essen"), oder(typ("essen_lieferung_lokal"), im_kern("essen auf rädern", "menüservice", "frei haus", "tiefkühlmenü", "geliefert")))
PFLEGESTUETZPUNKT = oder(im_titel("Pflegestützpunkt"), lambda i: "pflegestützpunkt" in i["traeger"].lower())
STURZPROPHYLAXE = oder(typ("sturzprophylaxe"), im_kern("sturzprophylaxe", "sturzprävention", "stürze vermeiden", "sturzvorbeugung"))
VORSORGEVOLLMACHT = im_kern("vorsorgevollmacht")
BUERGERBUS = typ("buergerbus")
MITTAGSTISCH = im_kern("mittagstisch")
TRAUERCAFE = oder(typ("trauercafe", "trauercafe_termin"), im_titel("Trauercafé", "Trauertreff", "Trauernde"))
BETREUTES_WOHNEN = oder(typ("betreutes_wohnen"), und(kat("wohnen"), im_kern("betreutes wohnen", "service-wohnen", "wohnen mit service")))
GYMNASTIK_SENIOREN = oder(typ("gymnastik"), im_titel("Seniorengymnastik"))
SMARTPHONE_SPRECHSTUNDE = oder(typ("smartphone", "smartphone_sprechstunde"), und(kat("bildung-digital"), im_kern("smartphone"), im_kern("sprechstunde")))
NBH = typ("nachbarschaftshilfe")
KURZZEITPFLEGE = oder(typ("kurzzeitpflege"), und(kat("tages-kurzzeitpflege"), im_kern("kurzzeitpflege")))
WOHNRAUMANPASSUNG = oder(typ("wohnberatung_ehrenamt", "badumbau", "wohnberatung_termin"), im_kern("wohnraumanpassung", "wohnungsanpassung", "wohnberatung"))
DEMENZBETREUUNG = oder(typ("betreuungsgruppe", "helferkreis_demenz"), im_kern("demenzbetreuung"))
FUSSPFLEGE = typ("fusspflege")
SITZTANZ = oder(typ("sitztanz"), im_titel("Sitztanz", "Tanzen im Sitzen", "Tänze im Sitzen"))
PATIENTENVERFUEGUNG = im_kern("patientenverfügung")
PFLEGEHEIM = oder(kat("pflegeheime"), im_titel("Seniorenheim", "Pflegeheim"))
GEDAECHTNISTRAINING = oder(typ("gedaechtnistraining"), im_kern("gedächtnistraining"))
ROLLATORTRAINING = oder(typ("rollatortraining", "rollator_aktion"), im_kern("rollatortraining", "rollator-führerschein", "rollator-sicherheitstraining"))
BETREUUNGSGRUPPE = oder(typ("betreuungsgruppe"), im_kern("betreuungsgruppe"))
SENIORENBEAUFTRAGTE = typ("seniorenbeauftragte")
BETREUUNGSVERFUEGUNG = im_kern("betreuungsverfügung")
FRUEHSTUECK = oder(typ("fruehstueck"), im_titel("Frühstück"))
SANITAETSHAUS = oder(typ("sanitaetshaus"), im_titel("Sanitätshaus"))
ANGEHOERIGENGRUPPE = oder(typ("angehoerigengruppe"), im_kern("angehörigengruppe", "gesprächskreis für pflegende", "angehörigentreff"))
# Fahrdienste: die Kategorie, dazu Nachbarschaftshilfen und Begleitdienste, die selbst Fahrten anbieten
FAHRDIENST = oder(kat("fahrdienste"), und(kat("nachbarschaftshilfe", "besuch-begleitung"), im_kern("fahrdienst", "fahrten", "arztfahrt", "fahrt zum arzt")))
SMARTPHONE = und(kat("bildung-digital"), im_kern("smartphone", "handy"))
PFLEGEDIENST = kat("pflegedienste")
HAUSHALT = kat("haushalt")
EINKAUF = oder(typ("einkaufshilfe"), und(kat("nachbarschaftshilfe", "besuch-begleitung", "dienste-ins-haus", "fahrdienste", "haushalt"), im_kern("einkauf")))
SPIELE = oder(typ("spielenachmittag"), im_kern("schafkopf", "rommé", "kartenspiel", "spielenachmittag"))
SPAZIEREN = und(kat("besuch-begleitung"), im_kern("spazier"))
TRAUER = und(kat("hospiz-trauer"), im_kern("trauer"))
PFLEGEGRAD_BERATUNG = und(oder(kat("beratung"), typ("vortrag_pflege")), im_kern("pflegegrad"))
GYMNASTIK_ALLE = im_kern("gymnastik")
TANZ = oder(typ("sitztanz", "tanzen"), im_titel("tanz", "Tänze"))
STURZ = im_kern("sturz", "stürze")
TREFFPUNKT_NACHMITTAG = oder(typ("seniorenclub", "seniorennachmittag_verein"), im_kern("kaffeenachmittag", "seniorennachmittag"))
PFLEGEBERATUNG = oder(im_kern("pflegeberatung", "pflegeberaterin"), PFLEGESTUETZPUNKT)
SENIORENBEGLEITUNG = oder(typ("alltagsbegleitung"), im_kern("begleitservice", "seniorenbegleit"))


# ---------------------------------------------------------------- Anfragen
A = []


def q(text, art, pred, hinweis=None):
    A.append((text, art, pred, hinweis))


# exakt: Wörter, wie sie in den Einträgen stehen
q("Tagespflege", "exakt", TAGESPFLEGE)
q("Hausnotruf", "exakt", HAUSNOTRUF)
q("Essen auf Rädern", "exakt", ESSEN_LIEFERUNG)
q("Pflegestützpunkt", "exakt", PFLEGESTUETZPUNKT)
q("Sturzprophylaxe", "exakt", STURZPROPHYLAXE)
q("Vorsorgevollmacht", "exakt", VORSORGEVOLLMACHT)
q("Bürgerbus", "exakt", BUERGERBUS)
q("Mittagstisch", "exakt", MITTAGSTISCH)
q("Trauercafé", "exakt", TRAUERCAFE)
q("Betreutes Wohnen", "exakt", BETREUTES_WOHNEN)
q("Smartphone-Sprechstunde", "exakt", SMARTPHONE_SPRECHSTUNDE)
q("Kurzzeitpflege", "exakt", KURZZEITPFLEGE)
q("Mitfahrbank", "exakt", typ("mitfahrbank"))
q("Gedächtnissprechstunde", "exakt", im_kern("gedächtnissprechstunde"))

# praefix: mitten im Tippen abgeschnitten
q("Tagespfl", "praefix", TAGESPFLEGE)
q("Wohnraumanp", "praefix", WOHNRAUMANPASSUNG)
q("Essen auf Räd", "praefix", ESSEN_LIEFERUNG)
q("Nachbarschaftsh", "praefix", NBH)
q("Hausnot", "praefix", HAUSNOTRUF)
q("Demenzbetr", "praefix", DEMENZBETREUUNG)
q("Fußpfl", "praefix", FUSSPFLEGE)
q("Sitzta", "praefix", SITZTANZ)
q("Patientenverf", "praefix", PATIENTENVERFUEGUNG)
q("Pflegehei", "praefix", PFLEGEHEIM)
q("Gedächtnistr", "praefix", GEDAECHTNISTRAINING)
q("Rollatortr", "praefix", ROLLATORTRAINING)
q("Betreuungsgr", "praefix", BETREUUNGSGRUPPE)
q("Seniorenbeauf", "praefix", SENIORENBEAUFTRAGTE)

# umlaut: ae/oe/ue/ss geschrieben oder Umlaut weggelassen
q("Essen auf Raedern", "umlaut", ESSEN_LIEFERUNG)
q("Fusspflege", "umlaut", FUSSPFLEGE)
q("Pflegestuetzpunkt", "umlaut", PFLEGESTUETZPUNKT)
q("Betreuungsverfuegung", "umlaut", BETREUUNGSVERFUEGUNG)
q("Gedaechtnistraining", "umlaut", GEDAECHTNISTRAINING)
q("Trauercafe", "umlaut", TRAUERCAFE)
q("Menueservice", "umlaut", ESSEN_LIEFERUNG)
q("Seniorenfruehstueck", "umlaut", FRUEHSTUECK)
q("Seniorenburo", "umlaut", oder(im_kern("seniorenbüro"), lambda i: "seniorenbüro" in i["traeger"].lower(), SENIORENBEAUFTRAGTE))
q("Sanitatshaus", "umlaut", SANITAETSHAUS)
q("Angehoerigengruppe", "umlaut", ANGEHOERIGENGRUPPE)
q("Pflegedienst Kirchhasslau", "umlaut", und(PFLEGEDIENST, erreicht("kirchhasslau")))
q("Nachbarschaftshilfe Horbrunn", "umlaut", und(NBH, erreicht("hoerbrunn")))
q("Burgerbus", "umlaut", BUERGERBUS)

# tippfehler: ein Buchstabe falsch, fehlend, zu viel oder vertauscht (auch der erste)
q("Tagesplfege", "tippfehler", TAGESPFLEGE)
q("Nachbarschaftshilfr", "tippfehler", NBH)
q("Hausnotuf", "tippfehler", HAUSNOTRUF)
q("Fahrdiesnt", "tippfehler", FAHRDIENST)
q("Mitagstisch", "tippfehler", MITTAGSTISCH)
q("Seniorengymnastk", "tippfehler", GYMNASTIK_SENIOREN)
q("Pflegehiem", "tippfehler", PFLEGEHEIM)
q("Zagespflege", "tippfehler", TAGESPFLEGE)
q("Vesuchsdienst", "tippfehler", oder(typ("besuchsdienst"), im_kern("besuchsdienst")))
q("ausnotruf", "tippfehler", HAUSNOTRUF)
q("Fedächtnistraining", "tippfehler", GEDAECHTNISTRAINING)
q("Patientenverfügnug", "tippfehler", PATIENTENVERFUEGUNG)
q("Fußpfelge", "tippfehler", FUSSPFLEGE)
q("Betreuungsgrupe", "tippfehler", BETREUUNGSGRUPPE)
q("Sitztranz", "tippfehler", SITZTANZ)

# kompositum: Teil eines Kompositums oder getrennt geschriebenes Kompositum
q("Demenz Betreuung", "kompositum", DEMENZBETREUUNG)
q("Haushalts Hilfe", "kompositum", HAUSHALT)
q("Einkaufs Hilfe", "kompositum", EINKAUF)
q("Notruf", "kompositum", HAUSNOTRUF)
q("Gymnastik", "kompositum", GYMNASTIK_ALLE)
q("Senioren Begleitservice", "kompositum", SENIORENBEGLEITUNG)
q("Wohnung Anpassung", "kompositum", WOHNRAUMANPASSUNG)
q("Trauer", "kompositum", TRAUER)
q("Sturz", "kompositum", STURZ)
q("Rollator Training", "kompositum", ROLLATORTRAINING)
q("Kaffee Nachmittag", "kompositum", TREFFPUNKT_NACHMITTAG)
q("Pflege Beratung", "kompositum", PFLEGEBERATUNG)
q("Demenzkranke", "kompositum", oder(kat("demenz"), im_kern("demenz")))
q("Tanz", "kompositum", TANZ)

# synonym: Wörter, die nur in den suchbegriffe einer Kategorie stehen (wird unten geprüft)
SYN = [("Altersheim", "pflegeheime"), ("Seniorenstift", "pflegeheime"), ("Pflegeplatz", "pflegeheime"), ("Putzfrau", "haushalt"),
       ("Reinigungshilfe", "haushalt"), ("Seniorennotruf", "hausnotruf"), ("Notfallknopf", "hausnotruf"), ("Ersatzpflege", "tages-kurzzeitpflege"),
       ("Mehrgenerationenwohnen", "wohnen"), ("Demenzhelfer", "demenz"), ("Gedächtnisschwäche", "demenz"),
       ("Seniorenturnen", "bewegung"), ("Rentnertreff", "treffpunkte"), ("Computerhilfe", "bildung-digital"), ("Letzte Hilfe", "hospiz-trauer"),
       ("Vorsorgeordner", "vorsorge"), ("Pflegeservice", "pflegedienste")]
# Wo die Kategorie deutlich breiter ist als das Wort, zählen nur die passenden Einträge der Kategorie
ENGER = {
    "Putzfrau": im_kern("putz", "reinigung", "haushaltshilfe", "hauswirtschaft", "haushalt"),
    "Reinigungshilfe": im_kern("putz", "reinigung", "haushaltshilfe", "hauswirtschaft", "haushalt"),
    "Seniorenturnen": GYMNASTIK_ALLE,
    "Rentnertreff": lambda i: not ({"bewegung", "wohnen", "bildung-digital", "demenz"} & set(i.get("kategorien") or [])),
    "Computerhilfe": im_kern("computer", "pc", "internet", "smartphone", "handy", "tablet", "digital", "online"),
    "Letzte Hilfe": im_kern("hospiz", "sterb", "palliativ", "letzte"),
    "Demenzhelfer": oder(typ("helferkreis_demenz", "betreuungsgruppe"), lambda i: i["id"] == "alzheimer-gesellschaft-guenzach"),
}
for w, k in SYN:
    q(w, "synonym", und(kat(k), ENGER[w]) if w in ENGER else kat(k))
# Gedächtnistraining ist für „Gedächtnisschwäche“ ebenfalls eine vertretbare Antwort
for n, (text, art, pred, h) in enumerate(A):
    if text == "Gedächtnisschwäche":
        A[n] = (text, art, oder(kat("demenz"), GEDAECHTNISTRAINING), h)

# flexion: Mehrzahl, Dativ, abgeleitete Formen
q("Betreuungsgruppen", "flexion", BETREUUNGSGRUPPE)
q("Trauercafés", "flexion", TRAUERCAFE)
q("Bürgerbusse", "flexion", BUERGERBUS)
q("Seniorennachmittage", "flexion", TREFFPUNKT_NACHMITTAG)
q("Pflegeheimen", "flexion", PFLEGEHEIM)
q("Fußpflegerin", "flexion", FUSSPFLEGE)
q("Wanderungen für Senioren", "flexion", oder(typ("wandern"), im_kern("wanderung", "wandern")))
q("Spielenachmittage", "flexion", SPIELE)
q("Fahrdienste", "flexion", FAHRDIENST)
q("Ausflügen", "flexion", oder(typ("ausfluege", "ausflug"), im_kern("ausflug", "ausflüge")))
q("Mittagstische", "flexion", MITTAGSTISCH)
q("Haushaltshilfen", "flexion", HAUSHALT)
q("Hospizbegleiterin", "flexion", oder(typ("hospizgruppe"), im_kern("hospizbegleit"), lambda i: i["id"] == "hospizverein-guenztal"))
q("Sprechstunden der Seniorenbeauftragten", "flexion", SENIORENBEAUFTRAGTE)


# gemeinde+kategorie: Thema und Ort; alle Angebote, die die Gemeinde erreichen (auch landkreisweite)
def gk(text, gid, pred, nur_sitz=False):
    q(text, "gemeinde+kategorie", und(pred, sitz(gid) if nur_sitz else erreicht(gid)))


gk("Fahrdienst Grünthal", "gruenthal", FAHRDIENST)
gk("Pflegedienst Schönegg", "schoenegg", PFLEGEDIENST)
gk("Essen auf Rädern Tussenried", "tussenried", ESSEN_LIEFERUNG)
gk("Tagespflege Ettenhofen", "ettenhofen", nur_angebote(TAGESPFLEGE))
gk("Nachbarschaftshilfe Moosbach", "moosbach", oder(NBH, und(kat("nachbarschaftshilfe"), sitz("moosbach"))))
gk("Seniorenheim Hohenried", "hohenried", kat("pflegeheime"), nur_sitz=True)
gk("Hausnotruf Fellach", "fellach", HAUSNOTRUF)
gk("Seniorenbeauftragte Weißenbrunn", "weissenbrunn", SENIORENBEAUFTRAGTE)
gk("Betreutes Wohnen Bad Günzach", "bad-guenzach", BETREUTES_WOHNEN, nur_sitz=True)
gk("Fußpflege Stetten", "stetten", FUSSPFLEGE)
gk("Haushaltshilfe Maria Thann", "maria-thann", HAUSHALT)
gk("Mittagstisch Kirchhaßlau", "kirchhasslau", MITTAGSTISCH)
gk("Smartphone Hilfe Breitenau", "breitenau", SMARTPHONE)
gk("Seniorengymnastik Aletshofen", "aletshofen", GYMNASTIK_ALLE, nur_sitz=True)
gk("Sozialstation Öschenbach", "oeschenbach", PFLEGEDIENST)

# mehrwort: ganze Sätze mit Füllwörtern, wie ältere Menschen oder Angehörige sie tippen
q("Hilfe beim Einkaufen für meine Mutter", "mehrwort", EINKAUF)
q("wer bringt Essen nach Hause", "mehrwort", ESSEN_LIEFERUNG)
q("mein Vater ist gestürzt und braucht einen Notrufknopf", "mehrwort", HAUSNOTRUF)
q("Pflegegrad beantragen wer hilft", "mehrwort", oder(PFLEGEGRAD_BERATUNG, PFLEGESTUETZPUNKT))
q("Fahrt zum Arzt ohne Auto", "mehrwort", FAHRDIENST)
q("Betreuung für Oma mit Demenz am Nachmittag", "mehrwort", oder(typ("betreuungsgruppe", "demenzcafe", "helferkreis_demenz"), DEMENZBETREUUNG))
q("wo kann man mit anderen Senioren Karten spielen", "mehrwort", SPIELE)
q("Kurs für das Handy von meinem Opa", "mehrwort", SMARTPHONE)
q("Hilfe im Haushalt mit Pflegegrad bezahlen", "mehrwort", HAUSHALT)
q("Urlaub von der Pflege für Angehörige", "mehrwort", oder(KURZZEITPFLEGE, kat("tages-kurzzeitpflege"),
                                                          lambda i: i["id"] in ("urlaub-fuer-pflegende-angehoerige", "fachstelle-pflegende-angehoerige-diakonie")))
q("Gymnastik für ältere Leute in Moosbach", "mehrwort", und(kat("bewegung"), GYMNASTIK_ALLE, sitz("moosbach")))
q("Vollmacht für den Notfall ausfüllen", "mehrwort", oder(VORSORGEVOLLMACHT, typ("notfalldose")))
q("jemand der mit meiner Mutter spazieren geht", "mehrwort", SPAZIEREN)
q("Trauergruppe nach dem Tod meines Mannes", "mehrwort", TRAUER)
q("Bad umbauen damit man mit dem Rollator duschen kann", "mehrwort", oder(kat("wohnberatung"), typ("badumbau")))

ARTEN = {
    "exakt": "ein Wort oder eine Wendung, wie sie in Titeln oder Kurzbeschreibungen steht",
    "praefix": "ein Suchwort, das beim Tippen abgeschnitten ist",
    "umlaut": "Umlaute als ae/oe/ue/ss geschrieben oder ohne Punkte (auch in Ortsnamen)",
    "tippfehler": "ein Buchstabe falsch, fehlend, zu viel oder vertauscht, auch am Wortanfang, in Wörtern ab fünf Buchstaben",
    "kompositum": "ein Teil eines Kompositums, oder ein Kompositum getrennt geschrieben",
    "synonym": "ein Wort, das nur in den suchbegriffe einer Kategorie steht, nicht in den Einträgen",
    "flexion": "Mehrzahl, Dativ oder abgeleitete Form eines Wortes aus den Einträgen",
    "gemeinde+kategorie": "Thema und Gemeinde; erwartet sind alle Angebote, die die Gemeinde erreichen (auch landkreisweite), bei „Seniorenheim“, „Betreutes Wohnen“ und „Seniorengymnastik“ nur die im Ort",
    "mehrwort": "ein ganzer Satz mit Füllwörtern, wie ältere Menschen oder Angehörige ihn tippen",
}


def main():
    basis = os.path.dirname(os.path.abspath(__file__))
    site = sys.argv[sys.argv.index("--site") + 1] if "--site" in sys.argv else None
    fehler = 0
    # synonym-Prüfung: das Wort darf in keinem Eintrag vorkommen
    for text, art, _, _ in A:
        if art == "synonym":
            w = text.lower()
            treffer = [i["id"] for i in ITEMS if w in volltext(i)]
            if treffer:
                print(f"Synonym {text!r} steht in Einträgen: {treffer[:5]}")
                fehler += 1
    anfragen = []
    for text, art, pred, _ in A:
        erw = sorted(i["pfad"] for i in ITEMS if pred(i))
        if not erw:
            print(f"LEER: {text!r}")
            fehler += 1
        if site:
            for p in erw:
                if not os.path.exists(os.path.join(site, p, "index.html")):
                    print(f"fehlt im Wegweiser: {p}")
                    fehler += 1
        anfragen.append({"q": text, "art": art, "erwartet": erw})
    assert not fehler, fehler
    zaehl = {}
    for a in anfragen:
        zaehl[a["art"]] = zaehl.get(a["art"], 0) + 1
    out = {
        "erklaerung": ("Zweite blinde Anfragemenge für den erfundenen Landkreis Günzach (bench/suche/blind2/region, "
                       f"{len(D['angebote'])} Angebote, {len(D['termine'])} Termine, {len(D['gemeinden'])} Gemeinden). "
                       "Geschrieben ohne Blick auf den Suchcode. Die erwarteten Seiten sind aus den Daten des Generators berechnet "
                       "(erzeugung/anfragen.py): alle Seiten, die die Anfrage richtig beantworten. Treffer, wenn eine davon unter den ersten fünf steht."),
        "arten": ARTEN,
        "anfragen": anfragen,
    }
    with open(os.path.join(basis, "..", "anfragen.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(anfragen)} Anfragen: {zaehl}")
    for a in anfragen:
        print(f"  {len(a['erwartet']):4d}  {a['art']:<19} {a['q']}")


if __name__ == "__main__":
    main()
