#!/usr/bin/env python3
"""Generates a synthetic Wegweiser region (content format version 1) for the benchmark.

    bench/erzeuge_region.py --angebote 10000 --ziel /tmp/region-10000 [--seed 20261121]

N services spread over ~50 Gemeinden and the 11 categories of the example region,
~N/10 events, one index.md per Gemeinde, region.yaml, kategorien.yaml and the three
legal pages (impressum, datenschutz, barrierefreiheit). The output depends only on
N and the seed (same arguments, byte-identical files). All names, addresses and
numbers are invented; telephone numbers use the fictitious prefix 0123 like the
example region.

Only the Python standard library is used. The result must pass
`wegweiser check --content <ziel> --today 2026-11-21` with 0 errors (warnings for
entries due for checking are intended: a real region has some).
"""

import argparse
import datetime as dt
import os
import random
import shutil
import sys

HEUTE = dt.date(2026, 11, 21)

# ---------------------------------------------------------------- names and words

STAEMME = [
    "Amper", "Eichen", "Linden", "Birken", "Moos", "Haslach", "Kreuz", "Rotten", "Wein",
    "Gries", "Holz", "Sulz", "Buch", "Tann", "Wald", "Stein", "Au", "Berg", "Forst",
    "Mühl", "Hart", "Lohe", "Asch", "Erl", "Fels", "Grub", "Hohen", "Kirch", "Lang",
    "Reichen", "Schön", "Weiden", "Wolfers", "Zell", "Alten", "Dorf", "Egg", "Frauen",
    "Gunder", "Haag", "Ising", "Jetzen", "Kranz", "Lauter", "Marzling", "Neu", "Ober",
    "Pfaffen", "Rudel", "Sieg", "Thal", "Unter", "Vötting", "Wippen",
]
ENDUNGEN = ["hausen", "kirchen", "dorf", "ing", "hofen", "bach", "feld", "berg", "zell",
            "heim", "stetten", "reuth", "münster", "kofen", "ried", "moos"]
ZUSAETZE = ["", "", "", "", "", "", " a.d. Amper", " am Forst", " b. Freising", " i. Holzland"]
LANDKREISE = ["Ampertal", "Holzland"]

STRASSEN = [
    "Hauptstraße", "Kirchplatz", "Rathausplatz", "Schulstraße", "Bahnhofstraße", "Dorfstraße",
    "Lindenweg", "Am Anger", "Gartenstraße", "Bergstraße", "Mühlweg", "Ampertalstraße",
    "Pfarrgasse", "Marktplatz", "Feldstraße", "Birkenweg", "Am Bach", "Wiesenweg",
    "Sankt-Martin-Straße", "Ringstraße", "Forstweg", "Schlossstraße", "Brunnengasse",
]
VORNAMEN = ["Anna", "Maria", "Brigitte", "Gertraud", "Monika", "Elisabeth", "Johanna", "Sabine",
            "Thomas", "Josef", "Franz", "Michael", "Georg", "Andreas", "Peter", "Helmut",
            "Renate", "Ursula", "Christine", "Martin", "Stefan", "Claudia", "Barbara", "Wolfgang"]
NACHNAMEN = ["Huber", "Gruber", "Obermaier", "Sedlmair", "Wagner", "Brandl", "Kaindl", "Bauer",
             "Hofmann", "Lechner", "Moser", "Reiter", "Schmid", "Pichler", "Fischer", "Zehetmair",
             "Weber", "Steinberger", "Eder", "Mayr", "Kronseder", "Haslinger", "Aigner", "Lindner"]
ROLLEN = ["Seniorenbeauftragte", "Seniorenbeauftragter", "Koordinatorin Nachbarschaftshilfe",
          "Sozialreferentin im Gemeinderat", "Ansprechpartner Bürgerbus", "Quartiersmanagerin"]

KATEGORIEN = [
    ("ambulante-pflege", "Ambulante Pflege",
     "Pflegedienste, die zu Ihnen nach Hause kommen – für Grundpflege, Behandlungspflege und Hilfe im Alltag.",
     ["Pflegedienst", "Krankenpflege", "Sozialstation", "Hauskrankenpflege", "Pflege zu Hause", "Behandlungspflege", "Grundpflege"], None),
    ("nachbarschaftshilfe", "Nachbarschaftshilfe",
     "Ehrenamtliche Helferinnen und Helfer aus dem Ort, die beim Einkaufen, bei Besuchen und bei kleinen Dingen im Alltag helfen.",
     ["Helferkreis", "Nachbarschaftshilfen", "Ehrenamt", "Besuchsdienst", "Einkaufshilfe", "Hilfe im Alltag"], None),
    ("fahrdienste", "Fahr- und Begleitdienste",
     "Fahrten und Begleitung zum Arzt, zum Einkaufen, zu Behörden oder zu Veranstaltungen.",
     ["Fahrdienst", "Begleitdienst", "Arztfahrten", "Bürgerbus", "Fahrt zum Arzt", "Einkaufsfahrt", "Seniorenbegleitservice"], None),
    ("essen-auf-raedern", "Essen auf Rädern",
     "Warme Mahlzeiten, die nach Hause gebracht werden, und Mittagstische, an denen man gemeinsam isst.",
     ["Mahlzeitendienst", "Menüservice", "Mittagstisch", "Mittagessen", "Essen bringen", "Tiefkühlmenüs"], None),
    ("hauswirtschaft", "Hauswirtschaftliche Hilfen",
     "Hilfe im Haushalt – Putzen, Wäsche, Einkaufen und Kochen –, damit Sie länger zu Hause wohnen können.",
     ["Haushaltshilfe", "Putzhilfe", "Alltagshilfe", "Hauswirtschaft", "Entlastungsbetrag", "Wäsche"], ["telefon"]),
    ("beratung", "Beratungsstellen",
     "Unabhängige Beratung zu Pflege, Geld, Wohnen und Vorsorge – meist kostenlos.",
     ["Pflegeberatung", "Seniorenberatung", "Pflegestützpunkt", "Vorsorgevollmacht", "Pflegegrad", "Beratung"], None),
    ("tagespflege", "Tages- und Kurzzeitpflege",
     "Pflege und Betreuung tagsüber oder für einige Wochen, zum Beispiel wenn pflegende Angehörige Urlaub brauchen.",
     ["Tagespflege", "Kurzzeitpflege", "Verhinderungspflege", "Tagesbetreuung", "Urlaubspflege"], None),
    ("wohnen", "Wohnen im Alter",
     "Seniorenheime, Pflegeheime, betreutes Wohnen und Beratung zum altersgerechten Umbau der Wohnung.",
     ["Seniorenheim", "Pflegeheim", "betreutes Wohnen", "Altenheim", "Wohnberatung", "Wohnungsanpassung", "Seniorenwohnung"], None),
    ("begegnung", "Begegnung und Freizeit",
     "Treffpunkte, Kurse und Ausflüge, bei denen man andere Menschen trifft und etwas Neues lernt.",
     ["Seniorennachmittag", "Seniorenclub", "PC-Kurs", "Seniorentreff", "Gymnastik", "Ausflug", "Smartphone", "Kaffeenachmittag"], None),
    ("angehoerige", "Hilfe für pflegende Angehörige",
     "Beratung, Entlastung und Gesprächskreise für alle, die einen Angehörigen zu Hause pflegen.",
     ["pflegende Angehörige", "Angehörigenberatung", "Gesprächskreis", "Entlastung", "Demenz", "Betreuungsgruppe"], None),
    ("hausnotruf", "Hausnotruf",
     "Ein Knopf am Handgelenk oder um den Hals, mit dem Sie rund um die Uhr Hilfe rufen können.",
     ["Notruf", "Notrufknopf", "Hausnotrufgerät", "Notrufarmband", "Sturz", "Mobilruf"], None),
]
KAT_IDS = [k[0] for k in KATEGORIEN]
# how often each category occurs (a region has many more Begegnung than Hausnotruf entries)
KAT_GEWICHTE = [10, 14, 8, 7, 8, 10, 5, 6, 18, 7, 3]
GRUNDVERSORGUNG = ["ambulante-pflege", "nachbarschaftshilfe", "fahrdienste", "essen-auf-raedern", "hauswirtschaft", "beratung"]

# per category: title patterns ({ort} = Gemeinde name, {name} = a surname), short descriptions, body sentences
TITEL = {
    "ambulante-pflege": ["Pflegedienst {name}", "Ambulanter Pflegedienst {ort}", "Sozialstation {ort}", "Hauskrankenpflege {name}"],
    "nachbarschaftshilfe": ["Nachbarschaftshilfe {ort}", "Helferkreis {ort}", "Besuchsdienst {ort}", "Einkaufshilfe {ort}"],
    "fahrdienste": ["Bürgerbus {ort}", "Fahrdienst {ort}", "Seniorenfahrdienst {name}", "Begleitdienst zum Arzt {ort}"],
    "essen-auf-raedern": ["Essen auf Rädern {ort}", "Mittagstisch {ort}", "Menüservice {name}", "Seniorenmittagstisch {ort}"],
    "hauswirtschaft": ["Haushaltshilfe {name}", "Hauswirtschaftlicher Dienst {ort}", "Alltagshilfe {ort}", "Putz- und Wäschedienst {name}"],
    "beratung": ["Seniorenberatung {ort}", "Pflegeberatung {ort}", "Rentensprechstunde {ort}", "Wohngeld- und Sozialberatung {ort}"],
    "tagespflege": ["Tagespflege {ort}", "Tagespflege Haus {name}", "Kurzzeitpflege {ort}", "Tagesbetreuung {ort}"],
    "wohnen": ["Betreutes Wohnen {ort}", "Seniorenheim {ort}", "Seniorenwohnanlage {name}", "Wohnberatung {ort}"],
    "begegnung": ["Seniorenclub {ort}", "Seniorengymnastik {ort}", "PC-Treff für Ältere {ort}", "Erzählcafé {ort}",
                  "Seniorentanz {ort}", "Wandergruppe 60 plus {ort}", "Singkreis {ort}"],
    "angehoerige": ["Gesprächskreis pflegende Angehörige {ort}", "Betreuungsgruppe Demenz {ort}", "Angehörigencafé {ort}"],
    "hausnotruf": ["Hausnotruf {name}", "Mobiler Notruf {ort}", "Hausnotrufdienst {ort}"],
}
KURZ = {
    "ambulante-pflege": "Grund- und Behandlungspflege zu Hause, Beratungsbesuche nach § 37 SGB XI und Hilfe beim Anziehen, Waschen und bei den Medikamenten.",
    "nachbarschaftshilfe": "Ehrenamtliche aus dem Ort helfen beim Einkaufen, begleiten zum Arzt, kommen zu Besuch oder erledigen kleine Dinge im Haushalt.",
    "fahrdienste": "Fahrten zum Arzt, zur Apotheke und zum Einkaufen – mit ehrenamtlichen Fahrerinnen und Fahrern, auch mit Rollator.",
    "essen-auf-raedern": "Jeden Werktag ein warmes Mittagessen, auf Wunsch auch Schonkost oder vegetarisch – nach Hause gebracht oder gemeinsam am Tisch.",
    "hauswirtschaft": "Hilfe beim Putzen, Waschen, Bügeln und Einkaufen. Mit Pflegegrad über den Entlastungsbetrag abrechenbar.",
    "beratung": "Kostenlose und unabhängige Beratung zu Pflegegrad, Leistungen der Pflegekasse, Vorsorgevollmacht und Hilfen im Alltag.",
    "tagespflege": "Betreuung tagsüber in einer kleinen Gruppe, mit Mittagessen, Gymnastik und Fahrdienst von der Haustür.",
    "wohnen": "Barrierefreie Wohnungen mit Grundservice und Ansprechpartnerin im Haus; Beratung zum Umbau der eigenen Wohnung.",
    "begegnung": "Ein geselliger Nachmittag mit Kaffee, Kuchen, Vorträgen und Ausflügen – neue Gesichter sind herzlich willkommen.",
    "angehoerige": "Austausch, Rat und Entlastung für alle, die einen Menschen zu Hause pflegen – in vertraulicher Runde.",
    "hausnotruf": "Ein Notrufknopf am Handgelenk verbindet rund um die Uhr mit der Zentrale, die Angehörige oder den Rettungsdienst verständigt.",
}
SAETZE = {
    "ambulante-pflege": [
        "Unsere examinierten Pflegekräfte kommen morgens und abends, auf Wunsch auch am Wochenende.",
        "Wir beraten Sie, welche Leistungen die Pflegekasse übernimmt, und helfen beim Antrag auf einen Pflegegrad.",
        "Behandlungspflege wie Verbandswechsel, Insulingabe oder Kompressionsstrümpfe verordnet Ihre Hausärztin.",
        "Für ein erstes Gespräch kommen wir kostenlos zu Ihnen nach Hause.",
    ],
    "nachbarschaftshilfe": [
        "Die Helferinnen und Helfer sind versichert und werden regelmäßig geschult.",
        "Für Fahrten bitten wir um einen kleinen Beitrag zu den Kosten, alles andere ist kostenlos.",
        "Rufen Sie einfach an, wenn Sie Hilfe brauchen; wir suchen jemanden aus Ihrer Nähe.",
        "Wer selbst ein paar Stunden im Monat helfen möchte, ist jederzeit willkommen.",
    ],
    "fahrdienste": [
        "Bitte melden Sie Fahrten mindestens zwei Tage vorher an.",
        "Der Wagen hat eine Einstiegshilfe; ein Rollator oder ein faltbarer Rollstuhl passt in den Kofferraum.",
        "Auf Wunsch begleitet Sie die Fahrerin auch in die Praxis und wartet dort.",
        "Die Fahrten sind für Menschen gedacht, die nicht selbst fahren können und keine Angehörigen in der Nähe haben.",
    ],
    "essen-auf-raedern": [
        "Sie wählen jede Woche aus drei Menüs; der Speiseplan liegt bei der ersten Lieferung bei.",
        "Das Essen wird zwischen 11 und 13 Uhr heiß gebracht.",
        "Beim Mittagstisch im Pfarrheim essen Sie in Gesellschaft; eine Anmeldung bis zum Vortag genügt.",
        "Diabetiker- und pürierte Kost sind auf Nachfrage möglich.",
    ],
    "hauswirtschaft": [
        "Die Einsätze dauern in der Regel zwei Stunden und finden wöchentlich oder alle zwei Wochen statt.",
        "Mit anerkanntem Pflegegrad können Sie die Kosten über den Entlastungsbetrag von 131 Euro im Monat abrechnen.",
        "Unsere Mitarbeiterinnen bringen auf Wunsch auch die Wäsche mit und zurück.",
        "Wir besprechen beim ersten Besuch gemeinsam, was Ihnen am meisten hilft.",
    ],
    "beratung": [
        "Die Beratung ist vertraulich und kostenlos; Sie können auch Angehörige mitbringen.",
        "Wir kommen auf Wunsch zu Ihnen nach Hause, wenn Sie nicht mehr gut aus dem Haus gehen können.",
        "Bringen Sie zum Termin bitte vorhandene Bescheide der Pflegekasse oder der Rentenversicherung mit.",
        "Wir helfen beim Ausfüllen von Anträgen und vermitteln an die richtigen Stellen.",
    ],
    "tagespflege": [
        "Die Tagespflege ist von Montag bis Freitag geöffnet; Sie können an einzelnen Tagen oder die ganze Woche kommen.",
        "Ein Schnuppertag ist kostenlos.",
        "Die Pflegekasse übernimmt einen großen Teil der Kosten zusätzlich zum Pflegegeld.",
        "Ein Fahrdienst holt Sie morgens ab und bringt Sie am Nachmittag wieder nach Hause.",
    ],
    "wohnen": [
        "Alle Wohnungen haben eine bodengleiche Dusche, breite Türen und einen Balkon.",
        "Im Gemeinschaftsraum gibt es jede Woche einen Kaffeenachmittag und Gymnastik.",
        "Die Wartezeit für eine Wohnung beträgt derzeit etwa ein Jahr.",
        "Die Wohnberatung kommt kostenlos zu Ihnen und zeigt, was sich mit wenig Aufwand ändern lässt.",
    ],
    "begegnung": [
        "Wir treffen uns im Pfarrheim; der Raum ist ebenerdig erreichbar.",
        "Im Sommer machen wir einmal im Monat einen Ausflug mit dem Bus.",
        "Sie brauchen sich nicht anzumelden, kommen Sie einfach vorbei.",
        "Wer nicht mehr gut zu Fuß ist, kann vom Fahrdienst der Nachbarschaftshilfe abgeholt werden.",
        "Neben Kaffee und Kuchen gibt es jedes Mal einen kurzen Vortrag oder Musik.",
    ],
    "angehoerige": [
        "Während des Gesprächskreises betreuen Ehrenamtliche Ihre Angehörigen im Nebenraum.",
        "Was in der Gruppe besprochen wird, bleibt in der Gruppe.",
        "Eine Fachkraft der Angehörigenberatung leitet die Treffen.",
        "Sie können jederzeit dazukommen, auch wenn Sie erst einmal nur zuhören möchten.",
    ],
    "hausnotruf": [
        "Das Gerät wird an Ihre Telefondose oder über Mobilfunk angeschlossen.",
        "Mit anerkanntem Pflegegrad übernimmt die Pflegekasse die Grundgebühr.",
        "Auf Wunsch hinterlegen Sie einen Wohnungsschlüssel bei uns.",
        "Ein Funk-Rauchmelder und ein Sturzsensor können dazugebucht werden.",
    ],
}
ALLGEMEIN = [
    "Sprechen Sie uns gern an, auch wenn Sie nicht sicher sind, ob wir die richtige Stelle sind.",
    "Telefonisch sind wir meist vormittags am besten erreichbar; sonst hinterlassen Sie bitte eine Nachricht.",
    "Für Menschen mit geringem Einkommen gibt es Zuschüsse; fragen Sie uns danach.",
    "Unsere Räume sind mit dem Rollator erreichbar, ein Parkplatz ist direkt vor dem Haus.",
    "Das Angebot wird von der Gemeinde und vom Landkreis unterstützt.",
    "In den Schulferien gelten teilweise andere Zeiten.",
]
ZIELGRUPPEN = ["Seniorinnen und Senioren", "pflegende Angehörige", "Menschen mit Demenz",
               "Menschen mit Pflegegrad", "Alleinstehende", "Menschen ohne Auto", "Menschen mit Behinderung"]
STICHWORTE = ["Hilfe", "Alltag", "Senioren", "Ehrenamt", "Gemeinschaft", "Gesundheit", "Mobilität", "Vorsorge", "Pflege"]
KOSTEN = ["kostenlos", "kostenlos, Spenden willkommen", "0,30 € pro km", "5 € pro Treffen",
          "nach Pflegegrad über die Pflegekasse", "8,90 € pro Mahlzeit", "25 € pro Stunde",
          "monatlich 25,50 €", "Kaffee und Kuchen 3 €"]
OEFFNUNGSZEITEN = [
    "Mo-Fr 08:00-12:00", "Mo-Fr 08:00-16:00", "Mo,Mi 08:00-12:00,14:00-16:00; Sa 09:00-11:00",
    "Di-Do 09:00-12:00; PH off", "Mo[1] 14:00-16:00", "24/7", '"nach Vereinbarung"',
    'Mo-Fr 09:00-12:00 "und nach Vereinbarung"', "Di,Fr 08:00-12:30", "Mi 14:00-17:00",
    "Mo-Do 08:00-12:00,13:00-16:00; Fr 08:00-12:00", "Do[2] 14:30-17:00", "Mo-Fr 07:00-19:00; Sa,So 08:00-12:00",
    "Di 09:00-11:00; Do 15:00-18:00",
]
TRAEGER_ART = [
    ("Caritas-Sozialstation {ort} e.V.", 4), ("BRK Kreisverband {lk}", 1), ("Diakonie {ort}", 2),
    ("AWO Ortsverein {ort}", 3), ("Nachbarschaftshilfe {ort} e.V.", 5), ("Gemeinde {ort}", 5),
    ("Pfarrei St. {heilig} {ort}", 3), ("VdK Ortsverband {ort}", 3), ("Pflegedienst {name} GmbH", 4),
    ("Seniorenbüro {ort}", 2), ("Malteser Hilfsdienst {lk}", 1), ("Johanniter-Unfall-Hilfe {lk}", 1),
    ("Frauenbund {ort}", 2), ("Förderverein Seniorenarbeit {ort} e.V.", 2), ("Landratsamt {lk}", 1),
    ("Sozialdienst {name} & {name2}", 2), ("vhs {lk}", 1), ("Hospizverein {lk}", 1),
]
HEILIGE = ["Martin", "Georg", "Johannes", "Nikolaus", "Michael", "Stephan", "Laurentius", "Peter und Paul"]
TERMIN_TITEL = [
    "Seniorennachmittag", "Vortrag: Vorsorgevollmacht und Patientenverfügung", "Smartphone-Sprechstunde",
    "Adventsfeier für Ältere", "Rollatortraining", "Erste Hilfe für Senioren", "Seniorenausflug",
    "Infoabend Pflegeversicherung", "Tanztee", "Gedächtnistraining", "Angehörigencafé",
    "Sicher unterwegs mit Bus und Bahn", "Kochkurs für Alleinstehende", "Filmnachmittag",
    "Sturzprophylaxe: Gymnastik im Sitzen", "Trickbetrug am Telefon – so schützen Sie sich",
]
ORTE = ["Pfarrheim", "Bürgerhaus", "Gemeindebücherei", "Mehrzweckhalle", "Rathaus, Sitzungssaal",
        "Seniorenbegegnungsstätte", "Gasthaus zur Post", "Feuerwehrhaus", "Grundschule, Aula"]


def slug(text):
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e")):
        t = t.replace(a, b)
    out, strich = [], False
    for c in t:
        if "a" <= c <= "z" or "0" <= c <= "9":
            out.append(c); strich = False
        elif not strich and out:
            out.append("-"); strich = True
    s = "".join(out).strip("-")
    return s if s and s[0].isalpha() else "x-" + s


def q(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def telefon(r):
    return f"0123 {r.randint(100, 999)}-{r.randint(10, 999)}"


# ---------------------------------------------------------------- the region

class Region:
    def __init__(self, n, seed, gemeinden=50):
        self.n = n
        self.anzahl_gemeinden = gemeinden
        self.r = random.Random(seed)
        self.gemeinden = self._gemeinden()
        self.traeger = self._traeger()
        self.ids = set()

    def _gemeinden(self):
        r = self.r
        namen, ids = [], set()
        while len(namen) < self.anzahl_gemeinden:
            name = r.choice(STAEMME) + r.choice(ENDUNGEN) + r.choice(ZUSAETZE)
            gid = slug(name)
            if gid in ids:
                continue
            ids.add(gid)
            namen.append(name)
        out = []
        for i, name in enumerate(namen):
            # a few towns, many villages: the towns get more services
            einwohner = int(r.paretovariate(1.3) * 1500)
            einwohner = min(einwohner, 48000)
            out.append({
                "id": slug(name), "name": name, "landkreis": LANDKREISE[i % 2],
                "plz": [f"{85400 + i * 3 + k}" for k in range(1 + (einwohner > 8000))],
                "einwohner": einwohner,
            })
        return out

    def _traeger(self):
        r = self.r
        anzahl = max(30, self.n // 8)
        gewichte = [w for _, w in TRAEGER_ART]
        namen, gesehen = [], set()
        while len(namen) < anzahl:
            muster = r.choices([m for m, _ in TRAEGER_ART], gewichte)[0]
            name = muster.format(ort=r.choice(self.gemeinden)["name"], lk=r.choice(LANDKREISE),
                                 heilig=r.choice(HEILIGE), name=r.choice(NACHNAMEN), name2=r.choice(NACHNAMEN))
            # Wegweiser makes one page per provider slug: keep names apart after slugging
            if slug(name) in gesehen:
                name = f"{name} ({len(namen) + 1})"
            gesehen.add(slug(name))
            namen.append(name)
        return namen

    def neue_id(self, titel):
        basis = slug(titel)[:60].strip("-")
        i, kandidat = 1, basis
        while kandidat in self.ids:
            i += 1
            kandidat = f"{basis}-{i}"
        self.ids.add(kandidat)
        return kandidat

    def ein_traeger(self):
        # a few providers run many services (Zipf-like), most run one or two
        i = int(len(self.traeger) * (self.r.random() ** 2.2))
        return self.traeger[min(i, len(self.traeger) - 1)]

    def gemeinde_gewichtet(self):
        return self.r.choices(self.gemeinden, [g["einwohner"] ** 0.6 for g in self.gemeinden])[0]

    def nachbarn(self, g, k):
        i = self.gemeinden.index(g)
        kandidaten = [self.gemeinden[(i + d) % len(self.gemeinden)]["id"] for d in (-3, -2, -1, 1, 2, 3, 4)]
        return [g["id"]] + self.r.sample(kandidaten, k)

    def text(self, kategorien):
        r = self.r
        # every sentence at most once per entry: the category's own sentences first, then general ones
        eigene = [s for k in kategorien for s in SAETZE[k]]
        r.shuffle(eigene)
        allgemein = ALLGEMEIN[:]
        r.shuffle(allgemein)
        saetze = eigene + allgemein
        absaetze = []
        for _ in range(r.randint(2, 4)):
            n = min(r.randint(2, 3), len(saetze))
            if n == 0:
                break
            absaetze.append(" ".join(saetze[:n]))
            saetze = saetze[n:]
        if r.random() < 0.35 and len(saetze) >= 2:
            absaetze.insert(1, "Was wir anbieten:\n\n" + "\n".join("- " + s.rstrip(".") for s in saetze[:3]))
        if r.random() < 0.3:
            absaetze.append("**Wichtig:** Bitte melden Sie sich vor dem ersten Besuch telefonisch an.")
        return "\n\n".join(umbrechen(a) for a in absaetze) + "\n"

    # ------------------------------------------------------------ files

    def angebot(self, i):
        r = self.r
        region_weit = r.random() < 0.03
        g = None if region_weit else self.gemeinde_gewichtet()
        anzahl_kat = r.choices([1, 2, 3], [75, 20, 5])[0]
        kats = []
        while len(kats) < anzahl_kat:
            k = r.choices(KAT_IDS, KAT_GEWICHTE)[0]
            if k not in kats:
                kats.append(k)
        ort = g["name"] if g else r.choice(LANDKREISE)
        titel = r.choice(TITEL[kats[0]]).format(ort=ort, name=r.choice(NACHNAMEN))
        aid = self.neue_id(titel)
        traeger = self.ein_traeger()
        kurz = KURZ[kats[0]]
        if len(kats) > 1:
            kurz += " Außerdem: " + ", ".join(KATEGORIEN[KAT_IDS.index(k)][1] for k in kats[1:]) + "."
        telefonisch = region_weit and r.random() < 0.3 or (not region_weit and r.random() < 0.02)
        sitz = g or self.gemeinde_gewichtet()
        zeilen = [
            f"titel: {q(titel)}",
            f"kategorien: [{', '.join(kats)}]",
            f"traeger: {q(traeger)}",
            "kurzbeschreibung: >-",
            *("  " + z for z in umbrechen(kurz).split("\n")),
        ]
        if telefonisch:
            zeilen.append("telefonisch: ja")
        else:
            zeilen += ["adresse:", f"  strasse: {r.choice(STRASSEN)} {r.randint(1, 48)}",
                       f'  plz: "{r.choice(sitz["plz"])}"', f"  ort: {q(sitz['name'])}"]
        hat_telefon = telefonisch or "hauswirtschaft" in kats or r.random() < 0.9
        if hat_telefon:
            if r.random() < 0.1:
                zeilen.append(f'telefon: ["{telefon(r)}", "0170 {r.randint(1000000, 9999999)}"]')
            else:
                zeilen.append(f'telefon: "{telefon(r)}"')
        if not hat_telefon or r.random() < 0.6:
            zeilen.append(f"email: {aid[:30].strip('-')}@example.org")
        if r.random() < 0.5:
            zeilen.append(f"web: https://{slug(traeger)[:40].strip('-')}.example.org/")
        if r.random() < 0.8:
            zeilen.append(f"oeffnungszeiten: {q(r.choice(OEFFNUNGSZEITEN))}" if r.random() < 0.5
                          else f"oeffnungszeiten: '{r.choice(OEFFNUNGSZEITEN)}'")
        if g is not None:
            x = r.random()
            if x < 0.02:
                zeilen.append("einzugsgebiet: alle")
            elif x < 0.40:
                zeilen.append(f"einzugsgebiet: [{', '.join(self.nachbarn(g, r.randint(1, 4)))}]")
        if r.random() < 0.7:
            zeilen.append(f"kosten: {q(r.choice(KOSTEN))}")
        if r.random() < 0.6:
            zeilen.append(f"barrierefrei: {r.choice(['ja', 'nein', 'teilweise'])}")
        if r.random() < 0.5:
            zeilen.append(f"zielgruppen: [{', '.join(r.sample(ZIELGRUPPEN, r.randint(1, 3)))}]")
        if r.random() < 0.4:
            zeilen.append(f"stichworte: [{', '.join(r.sample(STICHWORTE, r.randint(1, 4)))}]")
        # most entries checked within the last year, ~5 % due for checking
        alter = r.randint(400, 700) if r.random() < 0.05 else r.randint(3, 330)
        zeilen.append(f"geprueft: {HEUTE - dt.timedelta(days=alter)}")
        ordner = "region/angebote" if g is None else f"gemeinden/{g['id']}/angebote"
        return ordner, aid, "---\n" + "\n".join(zeilen) + "\n---\n" + self.text(kats)

    def termin(self, i):
        r = self.r
        region_weit = r.random() < 0.1
        g = None if region_weit else self.gemeinde_gewichtet()
        titel_basis = r.choice(TERMIN_TITEL)
        ort_name = g["name"] if g else self.gemeinde_gewichtet()["name"]
        titel = f"{titel_basis} in {ort_name}"
        tid = self.neue_id(titel)
        tag = HEUTE + dt.timedelta(days=r.randint(-90, 240))
        stunde = r.choice([9, 10, 14, 15, 18, 19])
        beginn = f"{tag} {stunde:02d}:{r.choice(['00', '30'])}"
        zeilen = [f"titel: {q(titel)}", f'beginn: "{beginn}"']
        if r.random() < 0.8:
            zeilen.append(f'ende: "{tag} {stunde + r.randint(1, 3):02d}:00"')
        if r.random() < 0.15:
            zeilen.append(f"wiederholung: {r.choice(['woechentlich', '14-taeglich', 'monatlich'])}")
            zeilen.append(f"bis: {tag + dt.timedelta(days=r.randint(60, 200))}")
        sitz = g or self.gemeinde_gewichtet()
        zeilen += ["ort:", f"  name: {q(r.choice(ORTE) + ' ' + sitz['name'])}",
                   f"  strasse: {r.choice(STRASSEN)} {r.randint(1, 30)}",
                   f'  plz: "{sitz["plz"][0]}"', f"  ort: {q(sitz['name'])}"]
        zeilen.append(f"veranstalter: {q(self.ein_traeger())}")
        zeilen += ["kurzbeschreibung: >-",
                   "  " + r.choice(["Mit Kaffee und Kuchen. Alle sind herzlich eingeladen.",
                                    "Eine Fachfrau erklärt und beantwortet Ihre Fragen. Eintritt frei.",
                                    "Bitte bequeme Kleidung mitbringen. Angehörige sind willkommen.",
                                    "Mit Abholung durch den Fahrdienst, bitte bei der Anmeldung angeben."])]
        if r.random() < 0.8:
            zeilen.append(f"kategorien: [{r.choices(KAT_IDS, KAT_GEWICHTE)[0]}]")
        if r.random() < 0.5:
            zeilen.append(f"anmeldung: {q('bis zum Vortag unter ' + telefon(r))}")
        if r.random() < 0.5:
            zeilen.append(f"kosten: {q(r.choice(KOSTEN))}")
        if r.random() < 0.6:
            zeilen.append(f'telefon: "{telefon(r)}"')
        ordner = "region/termine" if g is None else f"gemeinden/{g['id']}/termine"
        text = umbrechen(" ".join(r.sample(ALLGEMEIN + SAETZE["begegnung"], 3))) + "\n"
        return ordner, tid, "---\n" + "\n".join(zeilen) + "\n---\n" + text

    def gemeinde_index(self, g):
        r = self.r
        zeilen = [f"name: {q(g['name'])}", f"landkreis: {g['landkreis']}",
                  f"plz: [{', '.join(q(p) for p in g['plz'])}]", f"einwohner: {g['einwohner']}", "ansprechpartner:"]
        for k in range(r.randint(1, 2)):
            zeilen += [f"  - name: {r.choice(VORNAMEN)} {r.choice(NACHNAMEN)}", f"    rolle: {r.choice(ROLLEN)}",
                       f'    telefon: "{telefon(r)}"', f"    email: senioren-{g['id'][:30].strip('-')}@example.org"]
        text = (f"{g['name']} hat {g['einwohner']} Einwohnerinnen und Einwohner. "
                "Hier finden Sie alle Hilfen, Treffpunkte und Beratungsstellen, die ältere Menschen im Ort "
                "erreichen können – auch die Angebote aus den Nachbarorten und für die ganze Region.\n\n"
                "Wenn Sie nicht wissen, wer Ihnen weiterhelfen kann, rufen Sie die Seniorenbeauftragte an. "
                "Sie kennt die Angebote und vermittelt gern.")
        return "---\n" + "\n".join(zeilen) + "\n---\n" + umbrechen(text) + "\n"

    def schreibe(self, ziel):
        if os.path.exists(ziel):
            shutil.rmtree(ziel)
        os.makedirs(ziel)
        dateien = {}
        dateien["region.yaml"] = REGION_YAML.format(n=self.n, grund="\n".join("  - " + k for k in GRUNDVERSORGUNG))
        kat = []
        for kid, name, beschr, such, pflicht in KATEGORIEN:
            kat += [f"- id: {kid}", f"  name: {name}", f"  beschreibung: {beschr}", f"  suchbegriffe: [{', '.join(such)}]"]
            if pflicht:
                kat.append(f"  pflichtfelder: [{', '.join(pflicht)}]")
            kat.append("")
        dateien["kategorien.yaml"] = "\n".join(kat)
        for g in self.gemeinden:
            dateien[f"gemeinden/{g['id']}/index.md"] = self.gemeinde_index(g)
        for i in range(self.n):
            ordner, aid, text = self.angebot(i)
            dateien[f"{ordner}/{aid}.md"] = text
        for i in range(max(1, self.n // 10)):
            ordner, tid, text = self.termin(i)
            dateien[f"{ordner}/{tid}.md"] = text
        for sid, text in SEITEN.items():
            dateien[f"seiten/{sid}.md"] = text
        for pfad, text in dateien.items():
            voll = os.path.join(ziel, pfad)
            os.makedirs(os.path.dirname(voll), exist_ok=True)
            with open(voll, "w", encoding="utf-8") as f:
                f.write(text)
        return len(dateien)


def umbrechen(text, breite=88):
    """Wraps a paragraph like a volunteer's editor would (lines starting with '- ' stay)."""
    out = []
    for zeile in text.split("\n"):
        if zeile.startswith("- ") or not zeile:
            out.append(zeile)
            continue
        aktuell = ""
        for wort in zeile.split(" "):
            if aktuell and len(aktuell) + 1 + len(wort) > breite:
                out.append(aktuell)
                aktuell = wort
            else:
                aktuell = f"{aktuell} {wort}" if aktuell else wort
        out.append(aktuell)
    return "\n".join(out)


REGION_YAML = """titel: Seniorenwegweiser Landkreise Ampertal und Holzland (Benchmark, {n} Angebote)
region: Ampertal und Holzland
beschreibung: >-
  Hilfen, Beratung und Treffpunkte für ältere Menschen in fünfzig Gemeinden – auf
  einen Blick. Erzeugte Beispieldaten für den Geschwindigkeitsvergleich: alle
  Organisationen, Personen und Telefonnummern sind erfunden.
basis_url: https://wegweiser.example.org/
sprache: de
zeitzone: Europe/Berlin
herausgeber:
  name: Arbeitskreis Seniorenarbeit Ampertal und Holzland (Beispiel)
  adresse:
    strasse: Beispielstraße 1
    plz: "85400"
    ort: Beispielhausen
  email: ak-senioren@example.org
  telefon: "0123 456-100"
grundversorgung:
{grund}
pruefintervall_monate: 12
"""

SEITEN = {
    "impressum": """---
titel: Impressum
---
**Hinweis:** Dies ist das Impressum eines erzeugten Beispiel-Wegweisers. Alle Angaben
sind erfunden.

## Herausgeber

Arbeitskreis Seniorenarbeit Ampertal und Holzland (Beispiel)\\
Beispielstraße 1\\
85400 Beispielhausen

Telefon: 0123 456-100\\
E-Mail: [ak-senioren@example.org](mailto:ak-senioren@example.org)

## Verantwortlich für den Inhalt

Gertraud Obermaier (erfundene Person), Anschrift wie oben.

## Inhalte der Einträge

Die Einträge werden von Ehrenamtlichen und den Gemeinden zusammengetragen und
regelmäßig geprüft. Für die Angebote selbst sind die jeweiligen Träger
verantwortlich. Wenn Ihnen ein Fehler auffällt, schreiben Sie uns bitte eine E-Mail.
""",
    "datenschutz": """---
titel: Datenschutzerklärung
---
Dieser Wegweiser ist eine Sammlung statischer Seiten. Er setzt keine Cookies,
bindet keine Inhalte anderer Anbieter ein und führt keine Statistik über Ihren
Besuch.

## Verantwortliche Stelle

Arbeitskreis Seniorenarbeit Ampertal und Holzland (Beispiel), Beispielstraße 1,
85400 Beispielhausen, E-Mail: ak-senioren@example.org

## Server-Protokolle

Der Webserver speichert beim Abruf einer Seite für sieben Tage die IP-Adresse,
Datum und Uhrzeit und die abgerufene Adresse, um Angriffe abwehren zu können
(Art. 6 Abs. 1 lit. f DSGVO). Danach werden die Einträge gelöscht.

## Suche

Die Suche läuft vollständig in Ihrem Browser. Ihre Suchbegriffe werden nicht an
uns übertragen.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der
Verarbeitung sowie das Recht auf Beschwerde beim Bayerischen Landesamt für
Datenschutzaufsicht.
""",
    "barrierefreiheit": """---
titel: Erklärung zur Barrierefreiheit
---
Wir möchten, dass alle Menschen diesen Wegweiser gut nutzen können, auch mit
Bildschirmleser, Vergrößerung oder nur mit der Tastatur.

## Stand der Vereinbarkeit

Diese Seiten sind mit den Anforderungen der BITV 2.0 weitgehend vereinbar. Sie
werden bei jeder Änderung automatisch geprüft.

## Nicht barrierefreie Inhalte

- Verlinkte Internetseiten der Träger prüfen wir nicht.
- Einige Träger stellen Faltblätter nur als PDF bereit.

## Feedback und Kontakt

Wenn Ihnen Barrieren auffallen, schreiben Sie an ak-senioren@example.org oder
rufen Sie an: 0123 456-100.

## Schlichtungsverfahren

Bleibt eine Anfrage unbeantwortet, können Sie sich an die Schlichtungsstelle nach
§ 16 BGG wenden.
""",
}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--angebote", type=int, default=1000, help="number of services (events: a tenth of it)")
    p.add_argument("--ziel", required=True, help="content folder to (re)create")
    p.add_argument("--seed", type=int, default=20261121)
    p.add_argument("--gemeinden", type=int, default=50,
                   help="number of Gemeinden (a whole federal state: 1000 to 2000; at most 4000)")
    a = p.parse_args()
    if a.angebote < 1:
        p.error("--angebote muss mindestens 1 sein")
    if not 1 <= a.gemeinden <= 4000:
        p.error("--gemeinden muss zwischen 1 und 4000 liegen")
    anzahl = Region(a.angebote, a.seed, a.gemeinden).schreibe(a.ziel)
    print(f"{anzahl} Dateien nach {a.ziel} geschrieben ({a.angebote} Angebote, {max(1, a.angebote // 10)} Termine, {a.gemeinden} Gemeinden).",
          file=sys.stderr)


if __name__ == "__main__":
    main()
