"""Textbausteine für schreibe.py: Kategorien, Angebotstypen, Termintypen.

Platzhalter in Vorlagen: {ort} Gemeinde, {ot} Ortsteil, {traeger}, {tkurz}, {raum},
{tag}/{tage}/{von}/{bis}/{zeittext}, {person}, {lk}, {kst}, {nachbar}, {nachname},
{haus}, {strasse}, {heiliger}, {gasthof}, {apotheke}, {buecherei}, {nbh}, {bank}.
"""

# ---------------------------------------------------------------- Kategorien
KATEGORIEN = [
    dict(id="pflegedienste", name="Ambulante Pflegedienste",
         beschreibung="Pflegedienste und Sozialstationen, die zu Ihnen nach Hause kommen – Grundpflege, Behandlungspflege nach ärztlicher Verordnung und Betreuung.",
         suchbegriffe=["Sozialstation", "Hauskrankenpflege", "Krankenpflege", "häusliche Pflege", "Pflegeservice", "Pflege daheim", "Grundpflege", "Behandlungspflege", "Wundversorgung", "Pflegedienst"],
         pflichtfelder=["telefon"]),
    dict(id="tages-kurzzeitpflege", name="Tages- und Kurzzeitpflege",
         beschreibung="Betreuung tagsüber oder für einige Wochen – damit pflegende Familien entlastet sind, nach einem Krankenhausaufenthalt oder im Urlaub.",
         suchbegriffe=["Tagespflege", "Kurzzeitpflege", "Verhinderungspflege", "Urlaubspflege", "Tagesbetreuung", "teilstationäre Pflege", "Nachtpflege", "Ersatzpflege", "Tagesklinik für Senioren"]),
    dict(id="pflegeheime", name="Pflegeheime und Seniorenheime",
         beschreibung="Häuser, in denen ältere Menschen wohnen und rund um die Uhr gepflegt werden.",
         suchbegriffe=["Altenheim", "Altersheim", "Seniorenheim", "Pflegeheim", "Seniorenzentrum", "vollstationäre Pflege", "Heimplatz", "Seniorenstift", "Pflegeplatz"]),
    dict(id="wohnen", name="Betreutes Wohnen und neue Wohnformen",
         beschreibung="Seniorenwohnungen mit Service, Wohngemeinschaften und Mehrgenerationenwohnen – selbstständig wohnen mit Sicherheit im Hintergrund.",
         suchbegriffe=["betreutes Wohnen", "Service-Wohnen", "Seniorenwohnung", "Senioren-WG", "Wohngemeinschaft", "Seniorenwohnanlage", "Mehrgenerationenwohnen", "altersgerechte Wohnung", "Seniorenresidenz"]),
    dict(id="wohnberatung", name="Wohnberatung und Hilfsmittel",
         beschreibung="Rat und Hilfe, damit die eigene Wohnung auch im Alter passt: Umbau, Hilfsmittel, Handgriffe.",
         suchbegriffe=["Wohnraumanpassung", "Wohnungsanpassung", "barrierefreier Umbau", "Badumbau", "Treppenlift", "Hilfsmittel", "Rollator", "Pflegebett", "barrierefrei wohnen"]),
    dict(id="nachbarschaftshilfe", name="Nachbarschaftshilfen",
         beschreibung="Ehrenamtliche aus dem Ort, die beim Einkaufen, im Haushalt, mit Fahrten und Besuchen helfen – unbürokratisch und günstig.",
         suchbegriffe=["Helferkreis", "Bürgerhilfe", "Nachbarn helfen", "Einkaufshilfe", "Ehrenamt", "Hilfe im Alltag", "Seniorenhilfe", "Alltagshilfe"]),
    dict(id="besuch-begleitung", name="Besuchsdienste und Alltagsbegleitung",
         beschreibung="Menschen, die vorbeikommen, zuhören, vorlesen, spazieren gehen oder zum Termin begleiten – gegen Einsamkeit im Alter.",
         suchbegriffe=["Besuchsdienst", "Seniorenbegleitung", "Alltagsbegleiter", "Einsamkeit", "Vorlesen", "Spazierengehen", "Gesellschaft", "Seniorenbegleitservice"]),
    dict(id="fahrdienste", name="Fahr- und Begleitdienste",
         beschreibung="Wie Sie ohne eigenes Auto zum Arzt, zum Einkaufen, zur Therapie oder zu Veranstaltungen kommen.",
         suchbegriffe=["Fahrdienst", "Bürgerbus", "Rufbus", "Arztfahrt", "Krankenfahrt", "Seniorentaxi", "Mitfahrbank", "Fahrt zum Arzt", "Rollstuhlfahrdienst", "Begleitdienst"]),
    dict(id="essen", name="Essen auf Rädern und Mittagstisch",
         beschreibung="Warme Mahlzeiten, die ins Haus gebracht werden, und Orte, an denen man mittags in Gesellschaft isst.",
         suchbegriffe=["Mahlzeitendienst", "Menüservice", "Mittagstisch", "Mittagessen", "Essenslieferung", "Tiefkühlmenüs", "warmes Essen", "Menübringdienst", "Essen bringen"]),
    dict(id="haushalt", name="Hilfe im Haushalt",
         beschreibung="Putzen, Wäsche, Einkaufen, Garten und Winterdienst – Hilfe, damit Sie länger zu Hause bleiben können.",
         suchbegriffe=["Haushaltshilfe", "Putzhilfe", "Putzfrau", "Reinigungshilfe", "Entlastungsbetrag", "Gartenhilfe", "Winterdienst", "Wäscheservice", "hauswirtschaftliche Versorgung", "Alltagshelfer"],
         pflichtfelder=["telefon"]),
    dict(id="dienste-ins-haus", name="Dienste ins Haus",
         beschreibung="Fußpflege, Friseur, Apotheke, Bücher und Lebensmittel – wer zu Ihnen nach Hause kommt oder liefert.",
         suchbegriffe=["Hausbesuch", "Lieferdienst", "Bringdienst", "Fußpflege", "Podologie", "Friseur", "Apothekenbote", "Verkaufswagen", "Lieferservice"]),
    dict(id="hausnotruf", name="Hausnotruf",
         beschreibung="Ein Knopf am Handgelenk oder um den Hals, mit dem Sie rund um die Uhr Hilfe rufen – zu Hause und unterwegs.",
         suchbegriffe=["Notruf", "Notrufknopf", "Notrufarmband", "Mobilnotruf", "Sturzmelder", "Notrufsystem", "Notrufuhr", "Seniorennotruf", "Notfallknopf"]),
    dict(id="beratung", name="Senioren- und Pflegeberatung",
         beschreibung="Kostenlose Beratung zu Pflege, Rente, Anträgen und allem, was im Alter wichtig wird.",
         suchbegriffe=["Pflegestützpunkt", "Pflegeberatung", "Seniorenberatung", "Pflegegrad", "Pflegeantrag", "Sozialberatung", "Rentenberatung", "Seniorenbeauftragte", "Anlaufstelle"]),
    dict(id="vorsorge", name="Vorsorge und rechtliche Betreuung",
         beschreibung="Vorsorgevollmacht, Patientenverfügung und Betreuungsverfügung – und wer hilft, wenn jemand seine Dinge nicht mehr selbst regeln kann.",
         suchbegriffe=["Vorsorgevollmacht", "Patientenverfügung", "Betreuungsverfügung", "Betreuungsverein", "gesetzliche Betreuung", "Notfallmappe", "Notfalldose", "Testament", "Vorsorgeordner"]),
    dict(id="demenz", name="Demenz",
         beschreibung="Betreuungsgruppen, Cafés und Beratung für Menschen mit Demenz und ihre Familien.",
         suchbegriffe=["Alzheimer", "Vergesslichkeit", "Gedächtnisprobleme", "Demenzbetreuung", "Betreuungsgruppe", "Demenzcafé", "Gedächtnissprechstunde", "Demenzhelfer", "Gedächtnisschwäche"]),
    dict(id="angehoerige", name="Pflegende Angehörige",
         beschreibung="Entlastung, Austausch und Schulung für alle, die einen Menschen zu Hause pflegen.",
         suchbegriffe=["pflegende Angehörige", "Angehörigengruppe", "Gesprächskreis", "Entlastung", "Selbsthilfegruppe", "Pflegekurs", "Auszeit", "Angehörigenberatung"]),
    dict(id="treffpunkte", name="Treffpunkte und Geselligkeit",
         beschreibung="Seniorenclubs, Stammtische, Spielenachmittage, Ausflüge und Feste – andere Menschen treffen.",
         suchbegriffe=["Seniorenclub", "Seniorennachmittag", "Seniorentreff", "Kaffeenachmittag", "Stammtisch", "Erzählcafé", "Ausflug", "Seniorenkreis", "Geselligkeit", "Altenclub", "Rentnertreff"]),
    dict(id="bewegung", name="Bewegung und Gesundheit",
         beschreibung="Gymnastik, Tanz, Wandern und Training für Gleichgewicht und Gedächtnis – in Ihrem Tempo.",
         suchbegriffe=["Seniorengymnastik", "Seniorensport", "Sitztanz", "Sturzprophylaxe", "Sturzprävention", "Rollatortraining", "Wassergymnastik", "Gedächtnistraining", "Reha-Sport", "Fitness", "Seniorenturnen"]),
    dict(id="bildung-digital", name="Bildung und Digitales",
         beschreibung="Kurse, Vorträge und Sprechstunden – vom ersten Smartphone bis zur Seniorenakademie.",
         suchbegriffe=["PC-Kurs", "Computerkurs", "Smartphone", "Handy", "Tablet", "Internet", "Digitallotsen", "Vortrag", "Seniorenakademie", "Onlinebanking", "Computerhilfe"]),
    dict(id="hospiz-trauer", name="Hospiz, Trauer und Seelsorge",
         beschreibung="Begleitung in der letzten Lebensphase, Palliativversorgung und Angebote für Trauernde.",
         suchbegriffe=["Hospiz", "Sterbebegleitung", "Palliativ", "Trauerbegleitung", "Trauercafé", "Seelsorge", "SAPV", "Trauergruppe", "Hospizbegleitung", "Letzte Hilfe"]),
]

# ---------------------------------------------------------------- gemeinsame Absätze
ENTLASTUNG = ("Als anerkanntes Angebot zur Unterstützung im Alltag kann die Hilfe über den "
              "Entlastungsbetrag der Pflegekasse (131 € im Monat ab Pflegegrad 1) abgerechnet werden.")
ANFAHRT_BUS = "Der Treffpunkt ist mit dem Bus erreichbar; wer nicht mehr gut zu Fuß ist, wird auf Wunsch abgeholt."
NEUE = "Neue Gesichter sind jederzeit willkommen – kommen Sie einfach vorbei, eine Anmeldung ist nicht nötig."

# ---------------------------------------------------------------- Angebotstypen
# p: Anzahl je Gemeinde mit 3 000 Einwohnern (wächst mit der Größe); fest: genau so viele
A = []


def T(**kw):
    kw.setdefault("skala", 0.8)
    kw.setdefault("max", 6)
    kw.setdefault("min_ew", 0)
    kw.setdefault("reich", "own")
    kw.setdefault("extra_kat", [])
    kw.setdefault("ziel", ["Seniorinnen und Senioren"])
    kw.setdefault("kosten", None)
    kw.setdefault("bf", ["ja", "teilweise", "nein", None])
    kw.setdefault("nbody", (1, 3))
    A.append(kw)


# ---- Nachbarschaftshilfe
T(typ="nachbarschaftshilfe", kat=["nachbarschaftshilfe"], fest=1,
  extra_kat=[("besuch-begleitung", 0.4), ("fahrdienste", 0.3)],
  traeger=["nbh"], zeit="buero",
  titel=["{nbh_ohne_ev}", "{nbh_ohne_ev}", "Nachbarschaftshilfe {ort}", "Nachbarschaftshilfe – Hilfe von nebenan",
         "Helfende Hände {ort}", "Nachbarschaftshilfe für {ort} und Ortsteile"],
  kurz=["Ehrenamtliche Helferinnen und Helfer unterstützen ältere Menschen in {ort} beim Einkaufen, bei Fahrten zum Arzt, mit Besuchen und kleinen Handgriffen im Haushalt.",
        "Wir helfen, wo die Familie nicht da ist: Einkaufshilfe, Begleitung zu Ärzten und Behörden, Gesellschaft leisten und stundenweise Entlastung für pflegende Angehörige.",
        "Unbürokratische Hilfe im Alltag für Seniorinnen und Senioren in {ort} und den Ortsteilen – vom Rasenmähen bis zum Vorlesen.",
        "Nachbarn helfen Nachbarn: Besuchsdienst, Fahrdienst, Einkaufsservice und Hilfe bei Formularen. Ein Anruf bei der Einsatzleitung genügt.",
        "Kleine Hilfen mit großer Wirkung: Unsere Ehrenamtlichen kaufen ein, fahren zum Arzt, gehen mit Ihnen spazieren oder schauen einfach auf einen Kaffee vorbei."],
  body=["Die Einsatzleitung nimmt Ihre Anfrage entgegen und sucht eine passende Helferin oder einen passenden Helfer aus der Nachbarschaft. Die Nachbarschaftshilfe ist keine Pflege und ersetzt keinen Pflegedienst, sie schließt aber oft die Lücke dazwischen.",
        "Für Einsätze bitten wir um eine Aufwandsentschädigung von 10 € pro Stunde; Fahrten werden mit 0,35 € pro Kilometer abgerechnet. Der Mitgliedsbeitrag beträgt 15 € im Jahr.",
        ENTLASTUNG,
        "Wir suchen immer Menschen, die ein paar Stunden im Monat verschenken möchten. Unsere Helferinnen und Helfer sind versichert und treffen sich regelmäßig zum Austausch.",
        "Unsere Angebote: Einkaufshilfe und Einkaufsbegleitung, Fahrten zu Ärzten und Therapien, Besuche und Spaziergänge, Hilfe bei kleinen Reparaturen, Unterstützung bei Anträgen und stundenweise Betreuung, damit pflegende Angehörige einmal durchatmen können.",
        "Ansprechpartnerin für die Einsatzplanung ist {person}. Wenn niemand abhebt, sprechen Sie bitte auf den Anrufbeantworter – wir rufen am selben Tag zurück."],
  stichworte=["Einkaufshilfe", "Besuchsdienst", "Fahrdienst", "Ehrenamt", "Alltagshilfe", "Entlastungsbetrag", "Nachbarschaftshilfe", "Helferkreis"],
  ziel=["Seniorinnen und Senioren", "pflegende Angehörige", "Alleinlebende"],
  kosten=["10 € pro Stunde, Fahrten 0,35 € pro km", "Aufwandsentschädigung 9 € pro Stunde", "12 € pro Stunde; Abrechnung über den Entlastungsbetrag möglich", "gegen Spende"])

T(typ="einkaufshilfe", kat=["nachbarschaftshilfe"], p=0.2, max=2, extra_kat=[("dienste-ins-haus", 0.4)],
  traeger=["kljb", "pfarrei", "gemeinde", "nbh", "dorfladen"], zeit="kurs",
  titel=["Einkaufshilfe für Senioren", "Einkaufsservice {ort}", "Wir kaufen für Sie ein", "Einkaufsbegleitung",
         "Einkaufsdienst {des_tkurz}", "Einkaufs-Bringdienst {ort}"],
  kurz=["Jeden {tag} kaufen junge Leute {des_tkurz} für ältere Menschen im Supermarkt ein und bringen die Einkäufe bis an die Haustür. Die Liste geben Sie am Vortag telefonisch durch.",
        "Sie schreiben den Einkaufszettel, wir erledigen den Rest: Ehrenamtliche bringen Lebensmittel, Drogerieartikel und Rezepte aus der Apotheke nach Hause.",
        "Wer nicht mehr selbst einkaufen kann, bekommt einmal in der Woche Hilfe: Einkaufen, Tragen und auf Wunsch Begleitung in den Laden."],
  body=["Bezahlt wird bei Lieferung gegen Kassenbon, der Dienst selbst ist kostenlos.",
        "Auf Wunsch begleiten wir Sie auch in den Laden – dann können Sie selbst aussuchen und wir tragen.",
        "Die Einkaufshilfe ist während der Corona-Zeit entstanden und wird seitdem von Jugendlichen und Rentnern gemeinsam weitergeführt.",
        "Bitte geben Sie Ihren Einkaufszettel bis {tag} 10 Uhr durch."],
  stichworte=["Einkaufen", "Lebensmittel", "Bringdienst", "Einkaufsservice", "Einkaufshilfe"],
  kosten=["kostenlos", "kostenlos, Spenden willkommen"])

T(typ="handwerker", kat=["nachbarschaftshilfe", "haushalt"], p=0.22,
  traeger=["nbh", "gemeinde", "maennerschuppen", "pfarrei"], zeit="vereinbarung",
  titel=["Senioren-Handwerkerdienst", "Kleine Hilfen rund ums Haus", "Hausmeisterdienst für Senioren",
         "Reparaturhilfe für ältere Menschen", "Helfende Handwerker {ort}", "Rentner helfen Rentnern"],
  kurz=["Handwerklich geschickte Ruheständler wechseln Glühbirnen, hängen Bilder und Vorhänge auf, reparieren den tropfenden Wasserhahn oder bauen Haltegriffe an.",
        "Für kleine Reparaturen, für die kein Handwerker kommt: Ehrenamtliche helfen bei Arbeiten, die höchstens zwei Stunden dauern und keinen Meisterbetrieb brauchen.",
        "Lampe kaputt, Rauchmelder piepst, Gartentor klemmt? Unser Hausmeisterdienst kommt vorbei."],
  body=["Sie zahlen nur das Material und eine kleine Aufwandsentschädigung von 8 € pro Einsatz.",
        "Wir machen keine Arbeiten an Strom- oder Gasleitungen – dafür vermitteln wir gern einen Fachbetrieb aus dem Ort.",
        "Auch Rauchmelder, Haltegriffe im Bad und Türschwellen-Rampen bauen wir an."],
  stichworte=["Reparaturen", "Hausmeister", "Haltegriffe", "Rauchmelder", "Handwerker"],
  kosten=["Material plus 8 € pro Einsatz", "kostenlos, Material wird berechnet"])

# ---- Besuchsdienste
T(typ="besuchsdienst", kat=["besuch-begleitung"], p=0.4, max=4,
  traeger=["pfarrei", "evkirche", "frauenbund", "nbh", "vdk"], zeit="vereinbarung",
  titel=["Besuchsdienst {des_tkurz}", "Besuchsdienst {ort}", "Krankenbesuchsdienst", "Ehrenamtlicher Besuchsdienst",
         "Besuche zu Hause und im Seniorenheim", "Geburtstagsbesuche für Senioren", "Zeit schenken – Besuchsdienst"],
  kurz=["Ehrenamtliche besuchen alleinlebende, kranke und ältere Menschen zu Hause oder im Heim – für ein Gespräch, zum Vorlesen oder für einen Spaziergang.",
        "Wir kommen zu runden Geburtstagen, nach einem Krankenhausaufenthalt und immer dann, wenn die Tage lang werden. Ein Anruf genügt.",
        "Regelmäßige Besuche gegen die Einsamkeit: Eine feste Besucherin oder ein fester Besucher kommt einmal in der Woche für ein, zwei Stunden."],
  body=["Die Besuche sind kostenlos und unabhängig von Konfession und Herkunft.",
        "Alle Besucherinnen und Besucher sind geschult und zur Verschwiegenheit verpflichtet.",
        "Wenn Sie jemanden kennen, der sich über Besuch freuen würde, melden Sie sich gern auch stellvertretend bei uns.",
        "Wir suchen weitere Ehrenamtliche, die Freude am Zuhören haben."],
  stichworte=["Besuche", "Einsamkeit", "Gespräch", "Geburtstag", "Krankenbesuch", "Besuchsdienst"],
  kosten=["kostenlos"])

T(typ="alltagsbegleitung", kat=["besuch-begleitung"], p=0.18, min_ew=2500, extra_kat=[("fahrdienste", 0.5)],
  traeger=["caritas", "awo", "nbh", "privat_person"], zeit="buero", reich=("nachbarn", 1, 4),
  titel=["Alltagsbegleitung für Senioren", "Seniorenbegleitservice {ort}", "Begleitservice für Seniorinnen und Senioren",
         "Seniorenbegleitung {tkurz}", "Alltagsbegleiter kommen ins Haus", "Begleitung zu Arzt, Bank und Behörde"],
  kurz=["Geschulte Alltagsbegleiterinnen begleiten Sie zum Arzt, zur Bank oder zum Friedhof, gehen mit Ihnen spazieren und leisten Gesellschaft.",
        "Unser Seniorenbegleitservice fährt und begleitet zu Arztbesuchen und Einkäufen und bleibt dabei – auch im Wartezimmer.",
        "Stundenweise Begleitung im Alltag: Gespräche, Spaziergänge, Vorlesen, gemeinsames Kochen und Begleitung zu Terminen."],
  body=[ENTLASTUNG, "Die Begleiterinnen und Begleiter haben eine Qualifizierung nach § 45a SGB XI abgeschlossen.",
        "Auf Wunsch fahren wir mit dem eigenen Auto; Fahrtkosten werden nach Kilometern abgerechnet.",
        "Wir kommen zu festen Zeiten oder nach Absprache, auch kurzfristig."],
  stichworte=["Seniorenbegleitung", "Begleitung", "Arztbesuch", "Spaziergang", "Alltagsbegleitung", "Entlastungsbetrag"],
  kosten=["18 € pro Stunde, abrechenbar über den Entlastungsbetrag", "15 € pro Stunde zuzüglich Fahrtkosten", "22 € pro Stunde"])

T(typ="vorlesen", kat=["besuch-begleitung"], p=0.1,
  traeger=["buecherei", "pfarrei", "frauenbund"], zeit="vereinbarung",
  titel=["Vorlesepaten für Senioren", "Lesepaten besuchen Sie", "Vorlesestunde im Seniorenheim", "Vorlesen zu Hause"],
  kurz=["Ehrenamtliche Vorlesepatinnen kommen ins Haus oder ins Seniorenheim und lesen Zeitung, Geschichten und Gedichte vor – auch für Menschen, die schlecht sehen.",
        "Wer nicht mehr gut sieht, bekommt vorgelesen: aus der Tageszeitung, dem Gemeindeblatt oder einem Lieblingsbuch."],
  body=["Bücher in Großdruck und Hörbücher leihen wir gern dazu aus.", "Die Vorlesepaten kommen einmal in der Woche für etwa eine Stunde."],
  stichworte=["Vorlesen", "Lesepaten", "Sehbehinderung", "Großdruck", "Hörbücher"], kosten=["kostenlos"])

T(typ="spazierpaten", kat=["besuch-begleitung", "bewegung"], p=0.07,
  traeger=["nbh", "gemeinde", "kneipp"], zeit="vereinbarung",
  titel=["Spazierpaten", "Gemeinsam gehen – Spaziergehpatenschaften", "Spaziergang-Partner gesucht und gefunden"],
  kurz=["Ehrenamtliche Spazierpatinnen und -paten gehen mit älteren Menschen regelmäßig an die frische Luft – mit Rollator oder Rollstuhl.",
        "Allein traut man sich oft nicht mehr hinaus. Unsere Spazierpaten holen Sie ab und gehen eine Runde mit Ihnen."],
  body=["Wir vermitteln feste Tandems, die sich einmal pro Woche verabreden.", "Auch Rollstuhlschieben gehört dazu."],
  stichworte=["Spaziergang", "frische Luft", "Rollstuhl", "Rollator", "Begleitung"], kosten=["kostenlos"])

# ---- Fahrdienste
T(typ="buergerbus", kat=["fahrdienste"], p=0.25, min_ew=2200, max=1, reich=("nachbarn", 1, 3),
  traeger=["gemeinde", "buergerbusverein"], zeit="buergerbus",
  titel=["Bürgerbus {ort}", "Bürgerbus {ort}–{nachbar}", "Der {ort}er Bürgerbus", "Bürgerbus „{busname}“"],
  kurz=["Kleinbus mit ehrenamtlichen Fahrern, der {tage} alle Ortsteile mit Ärzten, Apotheke und Supermarkt in {ort} verbindet.",
        "Der Bürgerbus fährt nach festem Fahrplan durch {ort} und nach {nachbar}; Haltestellen gibt es in jedem Ortsteil. Rollatoren können mitgenommen werden.",
        "Ehrenamtliche Fahrerinnen und Fahrer bringen Sie mit dem Bürgerbus zum Einkaufen, zum Arzt und zum Wochenmarkt – barrierearm mit Klapprampe."],
  body=["Den Fahrplan gibt es im Rathaus, beim Bäcker und auf der Internetseite der Gemeinde.",
        "Die Fahrt kostet 1 €, Hin- und Rückfahrt 2 €. Begleitpersonen fahren umsonst.",
        "Der Bus hat acht Sitzplätze und eine Klapprampe für Rollstühle.",
        "Wer nicht an einer Haltestelle wohnt, kann sich nach Anmeldung an der Haustür abholen lassen."],
  stichworte=["Bus", "Einkaufsbus", "Arztfahrt", "Fahrplan", "Bürgerbus", "Rollator"],
  kosten=["1 € pro Fahrt", "2 € Hin- und Rückfahrt", "kostenlos"], bf=["teilweise", "ja"])

T(typ="fahrdienst_ehrenamt", kat=["fahrdienste"], p=0.3, max=3, extra_kat=[("besuch-begleitung", 0.3)],
  traeger=["nbh", "pfarrei", "gemeinde", "awo", "vdk"], zeit="buero",
  titel=["Ehrenamtlicher Fahrdienst", "Fahrdienst für Arztbesuche", "Senioren-Fahrdienst {ort}", "Fahr- und Begleitdienst",
         "Arztfahrdienst {des_tkurz}", "Mobil im Alter – Fahrdienst {ort}", "Fahrdienst „Wir bringen Sie hin“"],
  kurz=["Ehrenamtliche fahren ältere Menschen aus {ort} zu Ärzten, Therapien, Behörden und zum Friedhof – auch nach {kst} und in die Kreisklinik.",
        "Sie haben kein Auto mehr? Unsere Fahrerinnen und Fahrer bringen Sie zum Arzt, zur Physiotherapie oder zum Einkaufen und holen Sie wieder ab.",
        "Fahr- und Begleitdienst für Menschen, die nicht mehr selbst fahren können: Anmeldung mindestens zwei Tage vorher."],
  body=["Wir fahren mit privaten Autos; der Fahrdienst ist kein Krankentransport, Rollstuhlfahrer können wir leider nicht befördern.",
        "Wir berechnen 0,35 € pro gefahrenem Kilometer, Wartezeiten sind frei.",
        "Bitte melden Sie Fahrten möglichst zwei Werktage vorher an, in dringenden Fällen versuchen wir es auch kurzfristig.",
        "Auf Wunsch begleitet Sie die Fahrerin bis ins Wartezimmer und wieder nach Hause."],
  stichworte=["Arztfahrt", "Fahrt zum Arzt", "Begleitung", "Fahrdienst", "Krankenhaus", "Physiotherapie"],
  kosten=["0,35 € pro km", "0,30 € pro km, Wartezeit kostenlos", "gegen Spende", "pauschal 5 € innerorts, 10 € nach " + "{kst}"])

T(typ="mitfahrbank", kat=["fahrdienste"], p=0.2, max=1, traeger=["gemeinde", "ogv", "kljb"], zeit=None,
  titel=["Mitfahrbank {ort}", "Mitfahrbänke in {ort} und {ot}", "Mitfahrbank am {raumplatz}"],
  kurz=["Wer auf der Mitfahrbank Platz nimmt und das Schild mit dem Ziel ausklappt, wird von Autofahrern aus dem Ort mitgenommen – zum Beispiel nach {nachbar} oder {kst}.",
        "Die Mitfahrbänke stehen am Ortsausgang Richtung {nachbar} und am Rathaus. Einfach hinsetzen, Ziel anzeigen, mitfahren."],
  body=["Die Mitfahrbank ist ein Angebot für alle, nicht nur für Ältere. Mitnehmen ist freiwillig und kostenlos.",
        "Ein Aufkleber am Auto zeigt, wer bei der Mitfahrbank mitmacht."],
  stichworte=["Mitfahrbank", "Mitfahrgelegenheit", "mitnehmen", "trampen"], kosten=["kostenlos"], bf=[None])

T(typ="dorfauto", kat=["fahrdienste"], p=0.06, max=1, traeger=["gemeinde", "nbh"], zeit="buero",
  titel=["Dorfauto {ort}", "E-Dorfauto mit Fahrerinnen und Fahrern", "Dorfmobil {ort}"],
  kurz=["Das Elektro-Dorfauto der Gemeinde kann man ausleihen – oder sich von einer ehrenamtlichen Fahrerin fahren lassen, etwa zum Arzt nach {kst}.",
        "Ein Elektroauto für alle im Dorf: Wer nicht selbst fährt, bucht eine Fahrt mit Fahrer über die Buchungszentrale."],
  body=["Buchungen laufen über das Rathaus oder per Telefon.", "Fahrten mit Fahrer kosten 0,30 € pro Kilometer."],
  stichworte=["Dorfauto", "Carsharing", "Elektroauto", "Fahrdienst"], kosten=["0,30 € pro km"])

T(typ="taxi", kat=["fahrdienste"], p=0.12, min_ew=2000, max=2, reich=("nachbarn", 3, 6), traeger=["taxi"], zeit="24",
  titel=["{traeger}", "Taxi- und Krankenfahrten {nachname}", "Krankenfahrten {nachname}"],
  kurz=["Sitzende Krankenfahrten zur Dialyse, Chemo- und Strahlentherapie; Abrechnung direkt mit der Krankenkasse. Auch Rollstuhlbeförderung im Spezialfahrzeug.",
        "Taxi und Krankenfahrten in {ort} und Umgebung, zugelassen für alle Kassen. Wir helfen beim Ein- und Aussteigen.",
        "Ihr Taxi für Arztfahrten, Einkäufe und Ausflüge – mit Rollstuhlrampe und viel Geduld."],
  body=["Für Krankenfahrten brauchen Sie eine ärztliche Verordnung; die Zuzahlung beträgt 5 bis 10 € pro Fahrt.",
        "Wir nehmen Gutscheine des Seniorentaxis der Stadt {kst} an.", "Rollstuhlfahrten bitte einen Tag vorher anmelden."],
  stichworte=["Taxi", "Krankenfahrt", "Dialysefahrt", "Rollstuhl", "Krankenkasse"], kosten=["nach Taxitarif", "Abrechnung mit der Krankenkasse"],
  ziel=["Patientinnen und Patienten", "Rollstuhlfahrer"])

# ---- Essen
T(typ="mittagstisch", kat=["essen"], p=0.45, extra_kat=[("treffpunkte", 0.4)],
  traeger=["gasthof", "pfarrei", "awo", "frauenbund", "gemeinde", "mgh"], zeit="mittag",
  titel=["Mittagstisch im {gasthof}", "Seniorenmittagstisch {ort}", "Gemeinsam statt einsam – Mittagstisch", "Offener Mittagstisch {im_raum}",
         "Mittagessen für Senioren", "Senioren-Mittagstisch {des_tkurz}", "Mittagstisch 60plus", "Suppe und mehr – Mittagstisch"],
  kurz=["{zeittext_gross} gibt es ein warmes Mittagessen mit Suppe, Hauptgericht und Nachspeise – in netter Runde und zu einem kleinen Preis.",
        "Gemeinsam essen schmeckt besser: Beim Mittagstisch treffen sich ältere Menschen aus {ort} zu einem frisch gekochten Menü. Abholung von zu Hause möglich.",
        "Frisch gekochte Hausmannskost für Seniorinnen und Senioren, auch zum Mitnehmen. Anmeldung bis zum Vortag."],
  body=["Getränke werden extra berechnet.", "Bitte melden Sie sich bis zum Vortag um 12 Uhr an, damit wir genug kochen.",
        "Schonkost und vegetarische Gerichte sind nach Absprache möglich.", ANFAHRT_BUS,
        "Nach dem Essen bleibt man gern noch auf einen Kaffee sitzen."],
  stichworte=["Mittagessen", "Mittagstisch", "Hausmannskost", "gemeinsam essen", "Menü"],
  kosten=["Menü 7,50 €", "6,50 € inkl. Nachspeise", "8,90 € für Senioren", "9 €, Getränke extra"])

T(typ="essen_lieferung_lokal", kat=["essen"], p=0.15, max=1, reich=("nachbarn", 2, 5),
  traeger=["metzgerei", "gasthof", "baeckerei"], zeit="mittag",
  titel=["Mittagsmenü-Lieferung {des_tkurz}", "Menü-Bringdienst {tkurz}", "Warmes Mittagessen frei Haus", "Heiße Theke zum Liefern"],
  kurz=["Täglich ein warmes Mittagsmenü aus der eigenen Küche, heiß geliefert nach {ort} und {nachbar}. Wochenkarte zum Ankreuzen.",
        "Hausmannskost wie daheim: Wir liefern mittags warm in Warmhalteboxen, auch an Wochenenden auf Bestellung."],
  body=["Die Speisekarte liegt jede Woche im Laden aus und kommt mit der Lieferung.", "Lieferung ab einem Menü, ohne Vertragsbindung."],
  stichworte=["Essen auf Rädern", "Lieferung", "Mittagsmenü", "Hausmannskost"], kosten=["Menü 8,80 € inkl. Lieferung", "9,50 € pro Menü"])

# ---- Haushalt
T(typ="haushaltshilfe", kat=["haushalt"], p=0.25, min_ew=1500, max=5, reich=("nachbarn", 2, 6),
  traeger=["privat_haushalt"], zeit="buero",
  titel=["{traeger}", "Haushaltshilfe {nachname}", "Haushaltsnahe Dienste {tkurz}", "Putz- und Haushaltshilfe für Senioren",
         "Alltagshilfe {tkurz}", "Hauswirtschaftlicher Dienst {nachname}"],
  kurz=["Wir putzen, waschen, bügeln, kaufen ein und kochen – zuverlässig, mit festen Ansprechpartnerinnen und abrechenbar über den Entlastungsbetrag.",
        "Hilfe im Haushalt für ältere Menschen in {ort} und Umgebung: Wohnungsreinigung, Fenster putzen, Wäsche, Einkaufsfahrten.",
        "Anerkannter Dienst zur Unterstützung im Alltag: Haushaltshilfe, Begleitung und stundenweise Betreuung."],
  body=[ENTLASTUNG, "Unsere Mitarbeiterinnen kommen immer zur selben Zeit und möglichst immer dieselbe Person.",
        "Ein kostenloses Erstgespräch bei Ihnen zu Hause klärt, was gebraucht wird.", "Wir sind über die Pflegekassen anerkannt; eine Rechnung bekommen Sie monatlich."],
  stichworte=["Haushaltshilfe", "Putzhilfe", "Reinigung", "Entlastungsbetrag", "Bügeln", "Fenster putzen"],
  kosten=["34 € pro Stunde", "32,50 € pro Stunde, Entlastungsbetrag möglich", "29 € pro Stunde"])

T(typ="garten_winter", kat=["haushalt"], p=0.12, max=1, traeger=["gemeinde", "kljb", "ogv", "nbh"], zeit="vereinbarung",
  titel=["Garten- und Winterdienst für Senioren", "Gartenhilfe {ort}", "Schneeräumen für ältere Mitbürger", "Hilfe bei Garten und Gehweg"],
  kurz=["Junge Leute aus {ort} mähen den Rasen, schneiden Hecken und räumen im Winter den Gehweg für ältere Menschen, die das nicht mehr selbst schaffen.",
        "Wenn der Gehweg geräumt werden muss und der Rücken nicht mehr mitmacht: Wir vermitteln Helferinnen und Helfer für Schnee und Garten."],
  body=["Die Helfer bekommen eine kleine Aufwandsentschädigung, die Sie direkt bezahlen.", "Bitte melden Sie den Winterdienst vor dem ersten Schnee an."],
  stichworte=["Rasenmähen", "Schneeräumen", "Räumpflicht", "Gartenarbeit", "Winterdienst"], kosten=["8 bis 12 € pro Stunde"])

T(typ="waescheservice", kat=["haushalt", "dienste-ins-haus"], p=0.04, min_ew=5000, max=1, reich="alle",
  traeger=["privat_haushalt"], zeit="laden",
  titel=["Wäscheservice mit Hol- und Bringdienst", "Wäscherei {nachname} – Abholservice"],
  kurz=["Wir holen Ihre Wäsche zu Hause ab, waschen, bügeln und bringen sie nach drei Tagen zurück – im ganzen Landkreis."],
  body=["Abholung einmal pro Woche nach Tourenplan."], stichworte=["Wäsche", "Bügeln", "Abholservice"], kosten=["nach Gewicht, ab 2,80 € pro kg"])

# ---- Dienste ins Haus
T(typ="fusspflege", kat=["dienste-ins-haus"], p=0.35, max=3, reich=("nachbarn", 2, 6), traeger=["person_fuss"], zeit="vereinbarung",
  titel=["Mobile Fußpflege {vorname} {nachname}", "Fußpflege im Hausbesuch", "Medizinische Fußpflege – auch zu Hause",
         "Podologie {nachname}", "Fußpflege {vorname} {nachname} kommt ins Haus"],
  kurz=["Medizinische Fußpflege mit Hausbesuchen in {ort} und Umgebung, auch für Diabetiker. Podologische Behandlung auf ärztliche Verordnung.",
        "Nägel schneiden, Hornhaut entfernen, Hühneraugen behandeln – ich komme zu Ihnen nach Hause oder ins Seniorenheim.",
        "Fußpflege für Menschen, die nicht mehr in die Praxis kommen: mobil, hygienisch, mit viel Zeit."],
  body=["Hausbesuche innerhalb von 15 km ohne Anfahrtspauschale.", "Kassenzulassung für podologische Komplexbehandlung beim diabetischen Fußsyndrom.",
        "Termine bitte telefonisch, der Anrufbeantworter wird täglich abgehört."],
  stichworte=["Fußpflege", "Podologie", "Nagelpflege", "Diabetiker", "Hausbesuch", "Hühneraugen"], kosten=["ab 32 € pro Behandlung", "Hausbesuch 38 €"])

T(typ="friseur", kat=["dienste-ins-haus"], p=0.2, max=2, reich=("nachbarn", 2, 5), traeger=["person_friseur"], zeit="vereinbarung",
  titel=["Mobiler Friseur {vorname}", "Friseur kommt ins Haus", "Haarschnitt zu Hause – {traeger}", "Mobiler Friseurservice {nachname}"],
  kurz=["Waschen, Schneiden, Legen und Dauerwelle bei Ihnen zu Hause – für alle, die nicht mehr in den Salon kommen können.",
        "Friseurmeisterin mit Hausbesuchen in {ort} und den Nachbargemeinden, auch im Seniorenheim und in der Tagespflege."],
  body=["Termine auch samstags.", "Ich bringe alles mit, was gebraucht wird – auch ein mobiles Waschbecken."],
  stichworte=["Friseur", "Haarschnitt", "Hausbesuch", "Dauerwelle"], kosten=["Waschen und Schneiden ab 28 €"])

T(typ="apotheke", kat=["dienste-ins-haus"], p=0.35, max=2, min_ew=1500, traeger=["apotheke"], zeit="laden",
  titel=["Botendienst der {apotheke}", "Arzneimittel-Lieferservice {ort}", "Apothekenbotendienst {tkurz}", "{apotheke} {ort} – Lieferung nach Hause"],
  kurz=["Rezept anrufen oder einwerfen – wir bringen Ihre Medikamente noch am selben Tag kostenlos nach Hause, in {ort} und den Ortsteilen.",
        "Unser Botendienst liefert Arzneimittel, Pflegehilfsmittel und Inkontinenzartikel zu Ihnen – auch Medikamentenboxen zum Wochenverblistern."],
  body=["Das Rezept kann auch vom Arzt direkt an uns geschickt werden (E-Rezept).", "Wir beraten Sie am Telefon zu Wechselwirkungen und Einnahme.",
        "Medikamente werden ab 14 Uhr ausgeliefert."],
  stichworte=["Apotheke", "Medikamente", "E-Rezept", "Lieferung", "Botendienst"], kosten=["kostenlos"])

T(typ="medienbringdienst", kat=["dienste-ins-haus", "bildung-digital"], p=0.12, max=1, traeger=["buecherei"], zeit="kurs",
  titel=["Medienbringdienst der Bücherei", "Bücher auf Rädern", "Bücherbringdienst für Senioren", "Die Bücherei kommt zu Ihnen"],
  kurz=["Ehrenamtliche der {buecherei} bringen Bücher, Hörbücher und Zeitschriften zu Menschen, die nicht mehr in die Bücherei kommen können.",
        "Lesen Sie gern, kommen aber nicht mehr aus dem Haus? Wir bringen Ihnen alle drei Wochen neue Bücher – auch in Großdruck."],
  body=["Die Ausleihe ist kostenlos.", "Sie sagen uns, was Sie gern lesen, wir stellen eine Auswahl zusammen."],
  stichworte=["Bücher", "Hörbücher", "Großdruck", "Bücherei", "Lesen"], kosten=["kostenlos"])

T(typ="verkaufswagen", kat=["dienste-ins-haus"], p=0.15, max=1, reich=("nachbarn", 2, 4), traeger=["baeckerei", "dorfladen", "metzgerei"], zeit="kurs",
  titel=["Verkaufswagen {des_tkurz}", "Rollender Dorfladen", "Lieferservice Dorfladen {ort}", "Brot und mehr an die Haustür"],
  kurz=["Der Verkaufswagen hält {tage} in {ort} und {nachbar} – mit Brot, Wurst, Milchprodukten und dem Nötigsten für den Alltag.",
        "Telefonisch bestellen, nach Hause geliefert: Der Dorfladen bringt Lebensmittel und Getränke an die Haustür."],
  body=["Die Haltestellen und Zeiten stehen im Gemeindeblatt.", "Auf Bestellung bringen wir Ware bis in die Küche."],
  stichworte=["Einkaufen", "Lebensmittel", "Bäcker", "Dorfladen", "Lieferservice"], kosten=None)

# ---- Pflege (Sozialstationen werden in schreibe.py eigens angelegt)
T(typ="pflegedienst_privat", kat=["pflegedienste"], p=0.22, min_ew=1500, max=5, reich=("nachbarn", 3, 8),
  extra_kat=[("haushalt", 0.3)], traeger=["privat_pflege"], zeit="pflege",
  titel=["{traeger}", "{traeger}", "Ambulanter Pflegedienst {tkurz}", "Häusliche Kranken- und Altenpflege {nachname}", "Pflege daheim – {tkurz}"],
  kurz=["Häusliche Kranken- und Altenpflege in {ort} und Umgebung: Grundpflege, Behandlungspflege nach ärztlicher Verordnung, Verhinderungspflege und Beratungsbesuche.",
        "Familiengeführter Pflegedienst mit festen Bezugspflegekräften – wir pflegen zu Hause, beraten Angehörige und helfen beim Antrag auf einen Pflegegrad.",
        "Ambulante Pflege rund um die Uhr erreichbar: Medikamentengabe, Wundversorgung, Kompressionsstrümpfe, Insulin und Körperpflege.",
        "Wir kommen zu Ihnen: Pflege, Betreuung und hauswirtschaftliche Versorgung aus einer Hand, zugelassen für alle Kassen."],
  body=["Unser Team besteht aus examinierten Pflegefachkräften, Pflegehelferinnen und Betreuungskräften.", "Die Rufbereitschaft ist auch nachts und am Wochenende erreichbar.",
        "Beratungsbesuche nach § 37.3 SGB XI für Pflegegeldempfänger führen wir ebenfalls durch.", "Wir arbeiten eng mit den Hausärzten und der Kreisklinik {kst} zusammen.",
        "Derzeit können wir neue Patientinnen und Patienten nur eingeschränkt aufnehmen – bitte fragen Sie nach."],
  stichworte=["Pflegedienst", "Hauskrankenpflege", "Behandlungspflege", "Grundpflege", "Wundversorgung", "Pflegegrad", "Verhinderungspflege"],
  kosten=["Abrechnung mit Pflege- und Krankenkasse"], ziel=["pflegebedürftige Menschen", "Angehörige"])

T(typ="krankenpflegeverein", kat=["pflegedienste"], p=0.3, max=1, extra_kat=[("wohnberatung", 0.6)],
  traeger=["krankenpflegeverein"], zeit="vereinbarung",
  titel=["{traeger}", "Kranken- und Altenpflegeverein {ort}", "Krankenpflegeverein {ort} – Hilfsmittelverleih"],
  kurz=["Der Verein unterstützt die Sozialstation und gibt Mitgliedern Zuschüsse zur häuslichen Pflege. Außerdem verleiht er Pflegebetten, Rollstühle und Toilettenstühle.",
        "Mitglieder bekommen vergünstigte Pflegeeinsätze der Sozialstation und können Hilfsmittel wie Rollator, Pflegebett oder Badewannenlifter ausleihen."],
  body=["Der Jahresbeitrag beträgt 25 € pro Haushalt.", "Das Hilfsmittellager ist im Keller des Pfarrheims; ausgeliehen wird nach telefonischer Absprache.",
        "Der Verein wurde vor über hundert Jahren gegründet und trägt heute gemeinsam mit anderen Vereinen die Sozialstation."],
  stichworte=["Krankenpflegeverein", "Hilfsmittelverleih", "Pflegebett", "Rollstuhl", "Mitgliedschaft"], kosten=["Jahresbeitrag 25 €"])

# ---- Tages- und Kurzzeitpflege
T(typ="tagespflege", kat=["tages-kurzzeitpflege"], p=0.22, min_ew=2000, max=3, reich=("nachbarn", 3, 7),
  traeger=["caritas", "brk", "awo", "privat_pflege", "diakonie"], zeit="tagespflege", extra_kat=[("demenz", 0.3)],
  titel=["Tagespflege {haus}", "Tagespflege {ort}", "Tagespflege im Seniorenzentrum {ort}", "Tagespflege „{tpname}“", "{tkurz} – Tagespflege {ort}", "Tagesbetreuung {haus}"],
  kurz=["Pflege und Betreuung tagsüber in familiärer Runde: gemeinsames Frühstück und Mittagessen, Gymnastik, Gedächtnistraining und Ruhezeiten. Fahrdienst inklusive.",
        "{plaetze} Plätze für pflegebedürftige Menschen, die tagsüber Gesellschaft und Betreuung brauchen, abends aber zu Hause sein möchten. Auch für Menschen mit Demenz.",
        "Entlastung für pflegende Angehörige: ein bis fünf Tage pro Woche in der Tagespflege, mit Hol- und Bringdienst aus {ort} und den Nachbarorten."],
  body=["Die Kosten übernimmt zum großen Teil die Pflegekasse (Leistungen für Tagespflege zusätzlich zum Pflegegeld). Ein Eigenanteil für Verpflegung und Investitionskosten bleibt.",
        "Kommen Sie zu einem kostenlosen Schnuppertag vorbei.", "Unser Fahrdienst holt Sie morgens ab und bringt Sie nachmittags wieder heim.",
        "Zum Haus gehört ein geschützter Garten mit Hochbeeten.", "Es gibt einen Ruheraum mit Liegesesseln."],
  stichworte=["Tagespflege", "Tagesbetreuung", "Schnuppertag", "Entlastung", "Fahrdienst", "Demenz"], ziel=["pflegebedürftige Menschen", "Menschen mit Demenz", "pflegende Angehörige"],
  kosten=["Abrechnung mit der Pflegekasse, Eigenanteil ca. 25 € pro Tag", "Eigenanteil je nach Pflegegrad"], bf=["ja"])

T(typ="kurzzeitpflege", kat=["tages-kurzzeitpflege"], p=0.1, min_ew=4000, max=1, reich="alle",
  traeger=["heimtraeger"], zeit="buero",
  titel=["Kurzzeitpflege im {haus}", "Kurzzeitpflegeplätze {ort}", "Verhinderungs- und Kurzzeitpflege {haus}", "Eingestreute Kurzzeitpflege {tkurz}"],
  kurz=["Für ein paar Wochen rundum versorgt – nach dem Krankenhaus, wenn die Pflege zu Hause kurz nicht klappt oder die Angehörigen Urlaub brauchen.",
        "{plaetze} Kurzzeitpflegeplätze, die das ganze Jahr über gebucht werden können. Frühzeitige Anfrage für die Urlaubszeit empfohlen."],
  body=["Die Pflegekasse zahlt für bis zu acht Wochen im Jahr.", "Freie Plätze erfragen Sie bitte telefonisch – die Lage ändert sich täglich."],
  stichworte=["Kurzzeitpflege", "Verhinderungspflege", "Urlaubspflege", "nach dem Krankenhaus"], kosten=["Abrechnung mit der Pflegekasse, Eigenanteil"], bf=["ja"])

# ---- Pflegeheime
T(typ="pflegeheim", kat=["pflegeheime"], p=0.22, min_ew=2500, max=4, reich="alle",
  traeger=["heimtraeger"], zeit="buero", extra_kat=[("tages-kurzzeitpflege", 0.35)],
  titel=["{haus}", "Seniorenheim {haus_kurz}", "Seniorenzentrum {ort}", "Pflegeheim {haus_kurz}", "Alten- und Pflegeheim {haus_kurz}", "Senioren- und Pflegeheim {ort}"],
  kurz=["{plaetze} Pflegeplätze in Einzelzimmern mit eigenem Bad, ein beschützender Wohnbereich für Menschen mit Demenz und ein großer Garten mitten in {ort}.",
        "Vollstationäre Pflege in Hausgemeinschaften zu je zwölf Bewohnerinnen und Bewohnern – mit eigener Küche, in der gemeinsam gekocht wird.",
        "Ein Zuhause für Menschen, die nicht mehr allein leben können: Pflege rund um die Uhr, Therapieangebote, Kapelle, Cafeteria und Friseur im Haus."],
  body=["Besichtigungen sind nach Absprache jederzeit möglich.", "Über freie Plätze und die aktuellen Heimentgelte informiert die Heimverwaltung.",
        "Ehrenamtliche des Besuchsdienstes und der Pfarrei kommen regelmäßig ins Haus.", "Einmal im Monat gibt es einen Gottesdienst in der Hauskapelle.",
        "Die Cafeteria ist auch für Besucher und Gäste aus dem Ort geöffnet."],
  stichworte=["Pflegeheim", "Seniorenheim", "Altenheim", "Heimplatz", "beschützender Bereich", "Demenz"], kosten=["Heimentgelt je nach Pflegegrad"],
  ziel=["pflegebedürftige Menschen", "Menschen mit Demenz"], bf=["ja"])

# ---- Wohnen
T(typ="betreutes_wohnen", kat=["wohnen"], p=0.22, min_ew=2200, max=4, reich="alle",
  traeger=["heimtraeger", "gemeinde", "wohnbau", "caritas", "awo"], zeit="sprechstunde",
  titel=["Betreutes Wohnen {strasse_am}", "Seniorenwohnanlage {haus_kurz}", "Wohnen mit Service {ort}", "Seniorenwohnungen {des_tkurz}",
         "Service-Wohnen {haus}", "Betreutes Wohnen {ort}"],
  kurz=["{wohnungen} barrierefreie Zwei- und Dreizimmerwohnungen mit Balkon, Notrufanschluss und einer Ansprechpartnerin vor Ort. Pflege kann bei Bedarf dazugebucht werden.",
        "Selbstständig wohnen, aber nicht allein: altersgerechte Mietwohnungen im Ortskern mit Gemeinschaftsraum, Aufzug und Betreuungspauschale.",
        "Seniorengerechte Wohnungen in der Nähe von Arzt, Bäcker und Kirche, mit Grundservice und Hausnotruf."],
  body=["Die Betreuungspauschale beträgt etwa 90 € im Monat und umfasst Sprechstunden, Hausnotruf und gemeinsame Veranstaltungen.",
        "Eine Warteliste wird geführt; bitte melden Sie sich frühzeitig.", "Der ambulante Pflegedienst ist im selben Haus.", "Im Gemeinschaftsraum gibt es jeden Mittwoch Kaffee und Kuchen."],
  stichworte=["betreutes Wohnen", "Seniorenwohnung", "barrierefrei", "Aufzug", "Service-Wohnen"], kosten=["Miete plus Betreuungspauschale"], bf=["ja"])

T(typ="senioren_wg", kat=["wohnen"], p=0.06, min_ew=1500, max=1, reich="alle", extra_kat=[("demenz", 0.5)],
  traeger=["privat_pflege", "caritas", "nbh"], zeit="vereinbarung",
  titel=["Ambulant betreute Wohngemeinschaft {ort}", "Senioren-WG {haus_kurz}", "Wohngemeinschaft für Menschen mit Demenz", "Pflege-WG {ort}"],
  kurz=["Acht bis zwölf ältere Menschen leben in einer großen Wohnung zusammen, jede und jeder mit eigenem Zimmer; ein Pflegedienst ist rund um die Uhr da.",
        "Die Angehörigen bestimmen in der Wohngemeinschaft mit – eine Alternative zum Heim, mitten im Dorf."],
  body=["Die Mieterinnen und Mieter wählen den Pflegedienst selbst.", "Es gibt ein Gremium der Angehörigen, das sich monatlich trifft."],
  stichworte=["Wohngemeinschaft", "Senioren-WG", "Pflege-WG", "Demenz", "Alternative zum Heim"], bf=["ja"])

T(typ="mehrgenerationenhaus", kat=["treffpunkte", "wohnen"], p=0.05, min_ew=5000, max=1, reich=("nachbarn", 2, 5),
  traeger=["mgh"], zeit="buero",
  titel=["Mehrgenerationenhaus {ort}", "Mehrgenerationenhaus „{mghname}“", "MGH {ort} – Offener Treff"],
  kurz=["Offener Treffpunkt für Jung und Alt mit Café, Mittagstisch, Kursen, Leihgroßeltern-Vermittlung und Sprechstunden verschiedener Beratungsstellen.",
        "Im Mehrgenerationenhaus treffen sich Familien, Alleinlebende und Senioren: offenes Café, Handarbeitskreis, Repair-Café und Smartphone-Hilfe."],
  body=["Das offene Café hat {zeittext} geöffnet.", "Das Haus wird vom Bundesprogramm Mehrgenerationenhaus gefördert."],
  stichworte=["Mehrgenerationenhaus", "Jung und Alt", "offener Treff", "Leihgroßeltern", "Café"], kosten=["kostenlos"])

# ---- Wohnberatung
T(typ="wohnberatung_ehrenamt", kat=["wohnberatung"], p=0.14, max=1, reich=("nachbarn", 1, 4),
  traeger=["nbh", "gemeinde", "vdk"], zeit="vereinbarung",
  titel=["Ehrenamtliche Wohnberatung {ort}", "Wohnberater kommen ins Haus", "Wohnraumanpassung – Beratung vor Ort", "Sicher wohnen im Alter – Wohnberatung"],
  kurz=["Geschulte ehrenamtliche Wohnberater schauen sich Ihre Wohnung an und zeigen, wie sie mit kleinen Änderungen sicherer wird: Haltegriffe, Licht, Stolperfallen, Badumbau.",
        "Wohnraumanpassung für ältere Menschen: Beratung zu Umbau, Hilfsmitteln und Zuschüssen der Pflegekasse (bis zu 4 180 €)."],
  body=["Die Beratung ist kostenlos und unverbindlich.", "Wir helfen auch beim Antrag auf Zuschuss für wohnumfeldverbessernde Maßnahmen.",
        "Die Wohnberater wurden von der Fachstelle Wohnberatung des Landratsamts ausgebildet."],
  stichworte=["Wohnberatung", "Umbau", "Stolperfallen", "Haltegriffe", "Zuschuss", "Wohnraumanpassung"], kosten=["kostenlos"])

T(typ="sanitaetshaus", kat=["wohnberatung"], p=0.07, min_ew=5000, max=1, reich="alle", traeger=["firma_sani"], zeit="laden",
  titel=["{traeger}", "Sanitätshaus {nachname}", "Reha- und Sanitätshaus {nachname}"],
  kurz=["Rollatoren, Rollstühle, Pflegebetten, Badewannenlifter und Kompressionsstrümpfe – mit Beratung, Lieferung und Anpassung bei Ihnen zu Hause.",
        "Hilfsmittel für den Alltag: Rollator, Toilettensitzerhöhung, Duschhocker, Greifzange. Wir rechnen direkt mit Ihrer Krankenkasse ab."],
  body=["Unser Außendienst kommt zur Hilfsmittelberatung auch ins Haus.", "Reparaturen von Rollstühlen und Rollatoren in eigener Werkstatt."],
  stichworte=["Sanitätshaus", "Rollator", "Rollstuhl", "Pflegebett", "Hilfsmittel", "Kompressionsstrümpfe"], kosten=["Abrechnung mit der Krankenkasse"])

T(typ="badumbau", kat=["wohnberatung"], p=0.06, min_ew=2000, max=1, reich=("nachbarn", 4, 10), traeger=["firma_bad"], zeit="buero",
  titel=["{traeger}", "Barrierefreie Bäder – {tkurz}", "Badumbau {nachname}"],
  kurz=["Aus der Badewanne wird eine bodengleiche Dusche – in wenigen Tagen, aus einer Hand, mit Beratung zu Zuschüssen der Pflegekasse und der KfW.",
        "Meisterbetrieb für Sanitär und Heizung mit Schwerpunkt altersgerechter Badumbau: Haltegriffe, Dusch-WC, rutschfeste Fliesen."],
  body=["Wir beraten kostenlos vor Ort.", "Förderung über die Pflegekasse bis zu 4 180 € je Maßnahme möglich."],
  stichworte=["Badumbau", "bodengleiche Dusche", "Badewanne", "Zuschuss", "Handwerker", "barrierefrei"], kosten=["Angebot nach Besichtigung"])

# ---- Beratung
T(typ="seniorenbeauftragte", kat=["beratung"], fest=1, traeger=["seniorenbeauftragte"], zeit="sprechstunde",
  titel=["Sprechstunde {des_sb}", "{Sb} {der_gart} {ort}", "Seniorenbüro im Rathaus {ort}",
         "{Ansprechpartnerin} für ältere Bürgerinnen und Bürger", "Seniorensprechstunde {ort}", "{Sb} {ort}"],
  kurz=["{person} ist die erste Anlaufstelle für ältere Menschen in {ort}: {Sie_} hört zu, kennt die Hilfen vor Ort und vermittelt weiter.",
        "Fragen zu Pflege, Wohnen, Fahrdiensten oder Anträgen? {Die_sb} {der_gart} hilft weiter – im Rathaus oder bei Ihnen zu Hause.",
        "Sprechstunde {des_sb} im Rathaus {zeittext}. Hausbesuche nach Absprache.",
        "Unabhängige{r_} {Ansprechpartnerin} für Seniorinnen und Senioren und ihre Familien; Bindeglied zwischen Bürgern, Gemeinderat und den Hilfsangeboten im Ort."],
  body=["{Die_sb} ist ehrenamtlich tätig und vom Gemeinderat bestellt.", "{Sie_} organisiert außerdem den jährlichen Seniorennachmittag und die Geburtstagsbesuche.",
        "Auch Angehörige, die weiter weg wohnen, können sich melden.", "Die Sprechstunde ist im Erdgeschoss des Rathauses, ein Aufzug ist vorhanden."],
  stichworte=["Seniorenbeauftragte", "Anlaufstelle", "Sprechstunde", "Rathaus", "Beratung"], kosten=["kostenlos"], bf=["ja", "teilweise"])

T(typ="vdk_beratung", kat=["beratung"], p=0.28, max=1, traeger=["vdk"], zeit="sprechstunde",
  titel=["Sprechstunde des VdK-Ortsverbands", "VdK-Sozialrechtsberatung {ort}", "Hilfe bei Rente, Pflegegrad und Schwerbehindertenausweis", "VdK {ort} – Beratung für Mitglieder"],
  kurz=["Der Ortsverband hilft bei Anträgen auf Pflegegrad, Schwerbehindertenausweis und Rente und vermittelt die Sozialrechtsberatung der Kreisgeschäftsstelle.",
        "Ehrenamtliche Ortsvertrauensleute beraten {zeittext} zu Sozialleistungen und begleiten bei Widersprüchen."],
  body=["Für die Vertretung im Widerspruch ist eine Mitgliedschaft nötig (ab 7 € im Monat).", "Außerdem lädt der Ortsverband zu Ausflügen und Adventsfeiern ein."],
  stichworte=["VdK", "Sozialrecht", "Widerspruch", "Schwerbehindertenausweis", "Pflegegrad", "Rente"], kosten=["für Mitglieder kostenlos"])

T(typ="rentenberatung", kat=["beratung"], p=0.12, max=1, traeger=["person_versichertenberater"], zeit="sprechstunde",
  titel=["Rentenberatung im Rathaus", "Hilfe beim Rentenantrag", "Sprechstunde des Versichertenberaters", "Rentenanträge und Kontenklärung"],
  kurz=["Der ehrenamtliche Versichertenberater der Deutschen Rentenversicherung nimmt Rentenanträge auf, klärt Versicherungskonten und hilft bei der Witwenrente.",
        "Kostenlose Hilfe bei Altersrente, Witwen- und Witwerrente und Erwerbsminderungsrente – bitte Unterlagen und Ausweis mitbringen."],
  body=["Bitte vereinbaren Sie einen Termin.", "Für die Witwenrente bringen Sie bitte die Sterbeurkunde und die Rentenbescheide mit."],
  stichworte=["Rente", "Rentenantrag", "Witwenrente", "Versichertenberater", "Kontenklärung"], kosten=["kostenlos"])

T(typ="formularhilfe", kat=["beratung"], p=0.12, max=1, traeger=["nbh", "pfarrei", "awo", "mgh"], zeit="sprechstunde",
  titel=["Formularhilfe", "Hilfe bei Anträgen und Briefen", "Schreibhilfe für Senioren", "Papierkram-Sprechstunde"],
  kurz=["Ehrenamtliche helfen beim Ausfüllen von Anträgen, beim Verstehen von Bescheiden und beim Schreiben von Briefen an Behörden, Krankenkasse und Vermieter.",
        "Post vom Amt verstanden? Bei der Formularhilfe gehen wir die Unterlagen gemeinsam durch – vertraulich und kostenlos."],
  body=["Bitte bringen Sie alle Unterlagen mit.", "Rechtsberatung dürfen wir nicht geben, aber wir wissen, wer es darf."],
  stichworte=["Formulare", "Anträge", "Bescheid", "Behörde", "Schreibhilfe"], kosten=["kostenlos"])

T(typ="pflegeberatung_aussen", kat=["beratung"], p=0.08, min_ew=4000, max=1, reich=("nachbarn", 3, 6),
  traeger=["pflegestuetzpunkt"], zeit="sprechstunde",
  titel=["Außensprechstunde des Pflegestützpunkts in {ort}", "Pflegeberatung vor Ort in {ort}", "Pflegestützpunkt – Sprechtag {ort}"],
  kurz=["Die Pflegeberaterinnen des Pflegestützpunkts {lk} beraten {zeittext} im Rathaus {ort}: Pflegegrad, Leistungen der Pflegekasse, Entlastung, Heimplatz.",
        "Unabhängige, kostenlose Pflegeberatung wohnortnah – für Betroffene und Angehörige aus {ort} und den umliegenden Gemeinden."],
  body=["Bitte melden Sie sich vorher an, damit genug Zeit für Sie eingeplant ist.", "Hausbesuche sind ebenfalls möglich."],
  stichworte=["Pflegeberatung", "Pflegestützpunkt", "Pflegegrad", "Pflegekasse", "Leistungen"], kosten=["kostenlos"])

T(typ="sicherheitsberater", kat=["beratung"], p=0.06, max=1, traeger=["gemeinde"], zeit="vereinbarung",
  titel=["Sicherheitsberater für Senioren", "Sicherheit im Alter – ehrenamtliche Berater", "Schutz vor Betrug an der Haustür und am Telefon"],
  kurz=["Ehrenamtliche Sicherheitsberater, geschult von der Polizei, informieren über Enkeltrick, falsche Polizeibeamte, Schockanrufe und Trickdiebstahl an der Haustür.",
        "Wie schütze ich mich vor Betrügern am Telefon? Die Sicherheitsberater kommen in Seniorenkreise und auf Wunsch auch zu Ihnen nach Hause."],
  body=["Der Polizeinotruf 110 ruft Sie niemals an – legen Sie im Zweifel auf.", "Die Berater sind an ihrem Ausweis der Gemeinde zu erkennen."],
  stichworte=["Enkeltrick", "Betrug", "Schockanruf", "Polizei", "Sicherheit", "Trickdiebstahl"], kosten=["kostenlos"])

T(typ="energieberatung", kat=["beratung"], p=0.04, max=1, min_ew=4000, traeger=["gemeinde", "caritas"], zeit="sprechstunde",
  titel=["Hilfe bei hohen Energiekosten", "Energiespar-Sprechstunde für Senioren", "Stromspar-Check für Haushalte mit kleinem Einkommen"],
  kurz=["Wenn die Nebenkostenabrechnung Sorgen macht: Beratung zu Stromsparen, Heizkosten, Wohngeld und Härtefallhilfen – auch mit Hausbesuch.",
        "Stromspar-Helfer kommen ins Haus, messen den Verbrauch und bringen kostenlos LED-Lampen und Steckerleisten mit."],
  body=["Viele ältere Menschen haben Anspruch auf Wohngeld, ohne es zu wissen.", "Die Beratung ist kostenlos."],
  stichworte=["Energiekosten", "Heizkosten", "Wohngeld", "Strom sparen", "Nebenkosten"], kosten=["kostenlos"])

T(typ="seniorenbeirat", kat=["beratung"], p=0.06, min_ew=5000, max=1, traeger=["gemeinde"], zeit="treff_monat",
  titel=["Seniorenbeirat {ort}", "Seniorenbeirat {der_gart} {ort}", "Seniorenvertretung {ort}"],
  kurz=["Der Seniorenbeirat vertritt die Anliegen der älteren Generation gegenüber Stadtrat und Verwaltung – von Sitzbänken bis zu barrierefreien Gehwegen.",
        "Gewählte Vertreterinnen und Vertreter der Älteren: Sie nehmen Anregungen auf, laden zu Vorträgen ein und geben den Seniorenwegweiser {der_gart} heraus."],
  body=["Die Sitzungen sind öffentlich; Gäste sind willkommen.", "Anregungen können Sie auch in den Briefkasten am Rathaus werfen."],
  stichworte=["Seniorenbeirat", "Seniorenvertretung", "Mitbestimmung", "Stadtrat"], kosten=["kostenlos"])

# ---- Vorsorge
T(typ="notfalldose", kat=["vorsorge"], p=0.18, max=1, traeger=["gemeinde", "nbh", "apotheke"], zeit="buero",
  titel=["Notfalldose", "Notfalldose für den Kühlschrank", "Notfallmappe {der_gart} {ort}", "Notfallinfos griffbereit – Notfalldose"],
  kurz=["Die Notfalldose steht im Kühlschrank und enthält die wichtigsten Angaben zu Medikamenten, Krankheiten und Kontaktpersonen – damit der Rettungsdienst sie sofort findet.",
        "Kostenlose Notfallmappe zum Ausfüllen: Medikamentenplan, Ärzte, Angehörige, Vorsorgevollmacht. Erhältlich im Rathaus und in der Apotheke."],
  body=["Ein Aufkleber an der Wohnungstür zeigt den Rettungskräften, dass eine Notfalldose vorhanden ist.", "Bitte halten Sie die Angaben aktuell."],
  stichworte=["Notfalldose", "Notfallmappe", "Rettungsdienst", "Medikamentenplan"], kosten=["kostenlos"])

T(typ="vorsorgesprechstunde", kat=["vorsorge", "beratung"], p=0.1, max=1, min_ew=2000, traeger=["gemeinde", "pfarrei", "vdk"], zeit="sprechstunde",
  titel=["Sprechstunde Vorsorgevollmacht", "Vorsorge-Sprechstunde im Rathaus", "Vorsorgevollmacht und Patientenverfügung – Beratung in {ort}"],
  kurz=["Ehrenamtliche Vorsorgelotsen erklären Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung und helfen beim Ausfüllen der Vordrucke des Justizministeriums.",
        "Wer entscheidet für mich, wenn ich es nicht mehr kann? In der Vorsorge-Sprechstunde bekommen Sie Antworten und die passenden Formulare."],
  body=["Für schwierige Fälle vermitteln wir an den Betreuungsverein {lk}.", "Die Vollmacht kann im Zentralen Vorsorgeregister der Bundesnotarkammer eingetragen werden."],
  stichworte=["Vorsorgevollmacht", "Patientenverfügung", "Betreuungsverfügung", "Vorsorge"], kosten=["kostenlos"])

# ---- Demenz
T(typ="betreuungsgruppe", kat=["demenz"], p=0.22, max=1, min_ew=1500, reich=("nachbarn", 1, 4),
  extra_kat=[("angehoerige", 0.6)], traeger=["caritas", "nbh", "brk", "diakonie", "awo", "sozialstation"], zeit="treff",
  titel=["Betreuungsgruppe für Menschen mit Demenz", "Betreuungsnachmittag „{demenzname}“", "Aktivgruppe für Menschen mit Gedächtnisproblemen",
         "Betreuungsgruppe {ort}", "Gruppe „{demenzname}“ – Demenzbetreuung"],
  kurz=["Einmal pro Woche werden Menschen mit Demenz für drei Stunden in kleiner Gruppe betreut – mit Singen, Erzählen, Bewegung und Kaffee. Die Angehörigen haben frei.",
        "Geschulte Helferinnen gestalten {zeittext} einen abwechslungsreichen Nachmittag für Menschen mit beginnender Demenz. Fahrdienst möglich.",
        "Stundenweise Betreuung in der Gruppe: Gedächtnisspiele, Musik, Basteln und gemeinsames Kaffeetrinken, während pflegende Angehörige durchatmen."],
  body=[ENTLASTUNG, "Vor dem ersten Besuch gibt es ein Kennenlerngespräch mit der Fachkraft.", "Die Gruppe ist auf acht Gäste begrenzt.",
        "Wer möchte, wird von zu Hause abgeholt."],
  stichworte=["Demenz", "Alzheimer", "Betreuungsgruppe", "Entlastung", "Gedächtnis"], ziel=["Menschen mit Demenz", "pflegende Angehörige"],
  kosten=["15 € pro Nachmittag, abrechenbar über den Entlastungsbetrag", "12 € pro Nachmittag"])

T(typ="demenzcafe", kat=["demenz", "treffpunkte"], p=0.12, max=1, traeger=["pfarrei", "nbh", "caritas", "mgh"], zeit="treff_monat",
  titel=["Café Vergissmeinnicht", "Demenzcafé {ort}", "Café Auszeit – für Menschen mit und ohne Demenz", "Erinnerungscafé", "Café Zeitlos"],
  kurz=["Einmal im Monat treffen sich Menschen mit Demenz und ihre Angehörigen zu Kaffee, Kuchen, Musik und Gespräch – in entspannter Runde ohne Leistungsdruck.",
        "Ein Nachmittag, an dem man nicht erklären muss: Das Café ist offen für Menschen mit Gedächtnisproblemen und alle, die sie begleiten."],
  body=["Ehrenamtliche und eine Fachkraft der Gerontopsychiatrie sind dabei.", "Der Eintritt ist frei, über eine Spende für Kuchen freuen wir uns."],
  stichworte=["Demenzcafé", "Demenz", "Angehörige", "Begegnung", "Musik"], kosten=["kostenlos"])

T(typ="helferkreis_demenz", kat=["demenz", "besuch-begleitung"], p=0.08, max=1, reich=("nachbarn", 2, 5),
  traeger=["caritas", "nbh", "sozialstation"], zeit="buero",
  titel=["Helferkreis Demenz", "Ehrenamtliche Demenzbegleiter", "Häusliche Demenzbetreuung durch Ehrenamtliche", "Helferinnenkreis für Menschen mit Demenz"],
  kurz=["Geschulte Helferinnen kommen stundenweise zu Menschen mit Demenz nach Hause – zum Spazierengehen, Spielen, Erzählen –, damit Angehörige Zeit für sich haben.",
        "Häusliche Demenzbetreuung: einmal pro Woche zwei, drei Stunden Betreuung durch dieselbe Helferin."],
  body=[ENTLASTUNG, "Die Helferinnen haben eine 40-stündige Schulung absolviert."],
  stichworte=["Demenz", "Demenzbetreuung", "Helferkreis", "stundenweise Betreuung"], ziel=["Menschen mit Demenz", "pflegende Angehörige"],
  kosten=["14 € pro Stunde, abrechenbar über den Entlastungsbetrag"])

# ---- Angehörige
T(typ="angehoerigengruppe", kat=["angehoerige"], p=0.18, max=1, min_ew=1500, reich=("nachbarn", 2, 5),
  extra_kat=[("demenz", 0.4)], traeger=["caritas", "sozialstation", "diakonie", "pfarrei", "nbh"], zeit="treff_monat",
  titel=["Gesprächskreis für pflegende Angehörige", "Angehörigentreff {ort}", "Stammtisch für pflegende Angehörige", "Selbsthilfegruppe pflegende Angehörige",
         "Angehörigengruppe „Atempause“", "Austausch für Angehörige von Menschen mit Demenz"],
  kurz=["Wer einen Menschen zu Hause pflegt, findet hier Verständnis, Rat und Austausch mit anderen in der gleichen Lage. Eine Fachkraft begleitet die Gruppe.",
        "Monatlicher Gesprächskreis für alle, die Eltern, Partner oder Partnerin pflegen – mit kurzen Vorträgen zu Pflegegrad, Entlastung und Demenz."],
  body=["Während des Treffens kann der pflegebedürftige Angehörige nach Absprache betreut werden.", "Alles, was gesprochen wird, bleibt in der Gruppe.",
        "Neue Teilnehmerinnen und Teilnehmer melden sich bitte kurz vorher an."],
  stichworte=["pflegende Angehörige", "Gesprächskreis", "Selbsthilfe", "Austausch", "Entlastung"], ziel=["pflegende Angehörige"], kosten=["kostenlos"])

T(typ="pflegekurs", kat=["angehoerige"], p=0.07, max=1, min_ew=2500, reich=("nachbarn", 3, 6), traeger=["sozialstation", "brk", "caritas"], zeit="kurs",
  titel=["Pflegekurs für Angehörige", "Häusliche Pflege leicht gemacht – Kurs für Angehörige", "Pflegekurs „Zu Hause pflegen“"],
  kurz=["In acht Abenden lernen Angehörige, wie man rückenschonend hebt und lagert, beim Waschen hilft und was die Pflegekasse zahlt.",
        "Kostenloser Pflegekurs nach § 45 SGB XI: Praxis und Theorie für alle, die zu Hause pflegen oder es bald tun werden."],
  body=["Die Kosten übernimmt die Pflegekasse, auch wenn Ihr Angehöriger bei einer anderen Kasse versichert ist.", "Auch individuelle Schulungen zu Hause sind möglich."],
  stichworte=["Pflegekurs", "Schulung", "Angehörige", "Lagerung", "Pflegekasse"], ziel=["pflegende Angehörige"], kosten=["kostenlos"])

# ---- Treffpunkte
T(typ="seniorenclub", kat=["treffpunkte"], fest=1, traeger=["pfarrei", "pfarrei", "gemeinde", "frauenbund", "awo", "vdk"], zeit="treff",
  titel=["Seniorenclub {ort}", "Seniorenkreis der Pfarrei {heiliger}", "Altenclub {heiliger}", "Senioren-Treff {ot}", "Seniorennachmittag {ort}",
         "Club 60 plus", "Seniorengemeinschaft {ort}", "Offener Seniorentreff", "Seniorenkreis {ort}"],
  kurz=["{zeittext_gross} treffen sich Seniorinnen und Senioren {im_raum} zu Kaffee und Kuchen, Vorträgen, Spielen und Gesprächen.",
        "Geselliger Nachmittag für alle ab 60: Kaffeetrinken, Ratschen, Singen, ab und zu ein Vortrag oder ein Ausflug.",
        "Ein fester Termin im Kalender: Der Seniorenkreis lädt {zeittext} zu Kaffee, Kuchen und einem kleinen Programm {ins_raum}.",
        "Hier trifft man sich: Musik, Lichtbildervorträge, Geburtstagsfeiern, Maiandacht und Adventsfeier – und immer Zeit für einen Ratsch."],
  body=[NEUE, ANFAHRT_BUS, "Das Programm für das Halbjahr liegt in der Kirche und im Rathaus aus und steht im Gemeindeblatt.",
        "Im Sommer machen wir einen Halbtagesausflug, im Dezember gibt es eine Adventsfeier mit dem Kinderchor.",
        "Der Kostenbeitrag für Kaffee und Kuchen beträgt 3 €."],
  stichworte=["Seniorennachmittag", "Kaffee und Kuchen", "Geselligkeit", "Vorträge", "Seniorenkreis"], kosten=["3 € für Kaffee und Kuchen", "kostenlos", "Unkostenbeitrag 2,50 €"])

T(typ="seniorennachmittag_verein", kat=["treffpunkte"], p=0.45, max=5, traeger=["frauenbund", "vdk", "awo", "evkirche", "landfrauen", "ogv"], zeit="treff_monat",
  titel=["Seniorennachmittag {des_tkurz}", "Kaffeenachmittag {des_tkurz}", "Frauenbund-Seniorennachmittag", "Senioren-Kaffeekranz", "Monatstreff {des_tkurz}",
         "Offener Nachmittag für Ältere", "Kaffeeklatsch {ort}"],
  kurz=["Einmal im Monat lädt {nom_tkurz} alle älteren Mitbürgerinnen und Mitbürger zu Kaffee, Kuchen und Unterhaltung ein – Mitgliedschaft nicht nötig.",
        "Gemütliche Kaffeerunde {zeittext}, oft mit Referentinnen zu Gesundheit, Garten oder Heimatgeschichte.",
        "Ratschen, Kuchen essen, Lieder singen: Der Nachmittag {im_raum} ist für viele ein fester Termin."],
  body=[NEUE, "Selbstgebackener Kuchen wird gern gesehen.", "Das Jahresprogramm gibt es bei der Vorsitzenden.", ANFAHRT_BUS],
  stichworte=["Kaffeenachmittag", "Seniorennachmittag", "Kuchen", "Geselligkeit"], kosten=["Unkostenbeitrag 3 €", "kostenlos"])

T(typ="stammtisch", kat=["treffpunkte"], p=0.28, max=3, traeger=["gemeinde", "vdk", "pfarrei", "sport", "gasthof"], zeit="treff_monat",
  titel=["Seniorenstammtisch {ort}", "Rentnerstammtisch im {gasthof}", "Stammtisch der Ruheständler", "Männerstammtisch 60+", "Senioren-Frühschoppen"],
  kurz=["Einmal im Monat treffen sich Ruheständlerinnen und Ruheständler im {gasthof} zum Ratschen über Gott und die Welt. Keine Anmeldung.",
        "Wer im Ruhestand neue Kontakte sucht: Am Stammtisch sitzen Alteingesessene und Zugezogene gemeinsam.",
        "Zwangloser Stammtisch mit Brotzeit – {zeittext}."],
  body=["Jeder zahlt seine Getränke selbst.", "Ab und zu gibt es einen kleinen Ausflug oder eine Betriebsbesichtigung.", NEUE],
  stichworte=["Stammtisch", "Ruhestand", "Rentner", "Wirtshaus", "Brotzeit"], kosten=["kostenlos, Verzehr auf eigene Rechnung"])

T(typ="erzaehlcafe", kat=["treffpunkte"], p=0.12, max=1, traeger=["buecherei", "heimatverein", "mgh", "pfarrei"], zeit="treff_monat",
  titel=["Erzählcafé", "Erzählcafé {ort}", "Zeitzeugen-Café", "Geschichtenrunde „Weißt du noch?“", "Erzählcafé {im_raum}"],
  kurz=["Wie war das früher in {ort}? Beim Erzählcafé erzählen Ältere aus ihrem Leben – von der Schulzeit, der Landwirtschaft, dem Dorfleben. Jüngere hören zu.",
        "Bei Kaffee und alten Fotos werden Erinnerungen lebendig: Jeden Monat steht ein anderes Thema im Mittelpunkt."],
  body=["Alte Fotos und Gegenstände zum Thema dürfen gern mitgebracht werden.", "Einige Geschichten sammelt der Heimatverein für die Ortschronik."],
  stichworte=["Erzählcafé", "Erinnerungen", "früher", "Heimatgeschichte", "Zeitzeugen"], kosten=["kostenlos"])

T(typ="spielenachmittag", kat=["treffpunkte"], p=0.3, max=4, traeger=["pfarrei", "vdk", "awo", "gemeinde", "mgh", "sport"], zeit="treff",
  titel=["Spielenachmittag für Senioren", "Schafkopfrunde für Senioren", "Rommé- und Canastarunde", "Bingo-Nachmittag", "Spieletreff {ot}",
         "Karten- und Brettspieltreff", "Schafkopf und Watten im {gasthof}"],
  kurz=["{zeittext_gross} wird {im_raum} gekartelt, gewürfelt und gelacht: Schafkopf, Rommé, Mensch ärgere dich nicht und Kniffel.",
        "Spielen hält den Kopf fit – und macht Spaß. Wer ein Spiel nicht kennt, bekommt es erklärt.",
        "Geselliger Spielenachmittag mit Kaffee. Schafkopfanfänger willkommen – es wird um kleine Beträge für die Kaffeekasse gespielt."],
  body=[NEUE, "Spiele sind vorhanden, eigene dürfen mitgebracht werden.", "Auch Großdruck-Karten liegen bereit."],
  stichworte=["Spielen", "Schafkopf", "Karten", "Rommé", "Bingo", "Gesellschaftsspiele"], kosten=["kostenlos", "1 € in die Kaffeekasse"])

T(typ="chor", kat=["treffpunkte"], p=0.18, max=1, traeger=["pfarrei", "gesangverein", "gemeinde"], zeit="kurs",
  titel=["Seniorenchor {ort}", "Singkreis „Goldene Stimmen“", "Offenes Singen für Ältere", "Volksliedersingen {im_raum}", "Seniorensingkreis"],
  kurz=["Gemeinsam singen tut gut: Volkslieder, Schlager und Kirchenlieder, ohne Notenkenntnisse und ohne Vorsingen.",
        "Der Chor für alle über 60 probt {zeittext} und singt bei Seniorenfeiern, im Seniorenheim und im Gottesdienst."],
  body=["Liedtexte gibt es in Großdruck.", NEUE],
  stichworte=["Singen", "Chor", "Volkslieder", "Musik"], kosten=["kostenlos", "Jahresbeitrag 20 €"])

T(typ="wandern", kat=["treffpunkte", "bewegung"], p=0.25, max=1, traeger=["dav", "sport", "ogv", "kneipp", "pfarrei", "heimatverein"], zeit="treff_monat",
  titel=["Seniorenwandergruppe {ort}", "Seniorenwandern {des_tkurz}", "Gemütliches Wandern 60+", "Wandertreff für Junggebliebene", "Halbtageswanderungen für Senioren"],
  kurz=["Einmal im Monat eine gemütliche Wanderung von zwei bis drei Stunden in der Umgebung, mit Einkehr zum Abschluss. Auch mit Stöcken gut zu schaffen.",
        "Wir wandern in ruhigem Tempo auf Feld- und Waldwegen rund um {ort} – Treffpunkt ist am Rathaus, Fahrgemeinschaften werden gebildet."],
  body=["Festes Schuhwerk und Regenschutz sind wichtig.", "Die Touren stehen im Gemeindeblatt.", "Die Wanderführerin ist in Erster Hilfe ausgebildet."],
  stichworte=["Wandern", "Wanderung", "Natur", "Einkehr", "Bewegung"], kosten=["kostenlos", "Fahrtkosten werden geteilt"])

T(typ="radeln", kat=["treffpunkte", "bewegung"], p=0.18, max=1, traeger=["sport", "adfc", "ogv", "gemeinde"], zeit="treff",
  titel=["Seniorenradeln", "Radltreff für Junggebliebene", "E-Bike-Gruppe 60plus", "Radeln ohne Alter – Rikschafahrten", "Radlgruppe {ort}"],
  kurz=["Von April bis Oktober fahren wir {tage} gemeinsam 30 bis 50 Kilometer auf Radwegen durch das Günztal – mit Pedelec oder ohne, mit Einkehr.",
        "Gemütliche Radtouren für alle ab 60, Tempo nach den Langsamsten. Helm ist Pflicht.",
        "Mit der Fahrrad-Rikscha nehmen ehrenamtliche Pilotinnen Menschen mit, die selbst nicht mehr Rad fahren können – Wind in den Haaren inklusive."],
  body=["Treffpunkt ist am Rathaus.", "Bei Regen fällt die Tour aus.", "Ein Pedelec-Sicherheitstraining bieten wir im Frühjahr an."],
  stichworte=["Radfahren", "E-Bike", "Pedelec", "Radtour", "Rikscha"], kosten=["kostenlos"])

T(typ="ausfluege", kat=["treffpunkte"], p=0.18, max=1, traeger=["gemeinde", "vdk", "pfarrei", "awo", "frauenbund"], zeit=None,
  titel=["Seniorenausflüge {ort}", "Tagesfahrten für Senioren", "Ausflugsfahrten {des_tkurz}", "Unterwegs mit dem Seniorenclub", "Halbtagesfahrten im Bus"],
  kurz=["Mehrmals im Jahr geht es mit dem Bus hinaus: an den Bodensee, ins Allgäu, zu Wallfahrtskirchen und Gärten. Der Bus hält in allen Ortsteilen.",
        "Ausflüge mit Kaffee, Besichtigung und Abendessen – für alle, die gern unterwegs sind, aber nicht mehr selbst fahren wollen."],
  body=["Die Termine stehen im Gemeindeblatt; Anmeldung bei der Seniorenbeauftragten.", "Rollatoren werden im Bus mitgenommen."],
  stichworte=["Ausflug", "Busfahrt", "Tagesfahrt", "Reise", "Besichtigung"], kosten=["je nach Fahrt 25 bis 45 €"])

T(typ="handarbeit", kat=["treffpunkte"], p=0.16, max=1, traeger=["frauenbund", "landfrauen", "mgh", "pfarrei", "buecherei"], zeit="treff",
  titel=["Handarbeitskreis", "Strickcafé {ort}", "Strick- und Häkeltreff", "Handarbeitsrunde {im_raum}", "Nadel und Faden – offener Handarbeitstreff"],
  kurz=["Stricken, Häkeln, Sticken und dabei ratschen: Der Handarbeitskreis trifft sich {zeittext}. Was entsteht, wird beim Adventsmarkt für einen guten Zweck verkauft.",
        "Offener Treff für alle, die gern mit Wolle und Nadel arbeiten – Anfängerinnen lernen es hier."],
  body=["Wolle wird gespendet und steht zur Verfügung.", NEUE],
  stichworte=["Stricken", "Häkeln", "Handarbeit", "Wolle"], kosten=["kostenlos"])

T(typ="fruehstueck", kat=["treffpunkte"], p=0.22, max=1, traeger=["pfarrei", "frauenbund", "gemeinde", "mgh", "baeckerei", "evkirche"], zeit="vormittag_monat",
  titel=["Seniorenfrühstück", "Frühstückstreff für Ältere", "Weißwurstfrühstück für Senioren", "Gemeinsames Frühstück {ort}", "Frühstück für Alleinstehende"],
  kurz=["Einmal im Monat reich gedeckter Frühstückstisch mit Semmeln, Wurst, Käse und selbstgemachter Marmelade – und mit Zeit für Gespräche.",
        "Wer allein lebt, frühstückt oft allein. Beim Seniorenfrühstück ist das anders: {zeittext} {im_raum}."],
  body=["Bitte melden Sie sich bis zwei Tage vorher an, damit genug Semmeln da sind.", "Im Anschluss gibt es manchmal einen kurzen Vortrag oder eine Lesung.", ANFAHRT_BUS],
  stichworte=["Frühstück", "Weißwurst", "Alleinstehende", "Begegnung"], kosten=["5 €", "4 € inkl. Kaffee"])

T(typ="kegeln", kat=["treffpunkte", "bewegung"], p=0.08, max=1, traeger=["sport", "gasthof", "vdk"], zeit="treff",
  titel=["Seniorenkegeln", "Kegelgruppe 60 plus", "Senioren-Kegelnachmittag im {gasthof}"],
  kurz=["Kegeln mit Spaß statt Wettkampf: {zeittext} auf der Kegelbahn im {gasthof}.", "Die Kegelgruppe der Junggebliebenen sucht Verstärkung."],
  body=["Kegelschuhe können ausgeliehen werden.", NEUE], stichworte=["Kegeln", "Kegelbahn", "Geselligkeit"], kosten=["Bahngebühr anteilig"])

T(typ="maennerschuppen", kat=["treffpunkte"], p=0.04, max=1, min_ew=1800, traeger=["maennerschuppen"], zeit="treff",
  titel=["Männerschuppen {ort}", "Werkstatt-Treff für Männer im Ruhestand"],
  kurz=["Eine Werkstatt, in der Männer im Ruhestand gemeinsam werkeln, reparieren und für Kindergärten und Vereine bauen – Kaffee und Ratsch inklusive."],
  body=["Werkzeug ist vorhanden.", "Frauen sind natürlich auch willkommen."], stichworte=["Werkstatt", "Männer", "Handwerk", "Reparieren"], kosten=["kostenlos"])

T(typ="repaircafe", kat=["treffpunkte"], p=0.06, max=1, traeger=["mgh", "ogv", "gemeinde", "buergerverein"], zeit="treff_monat",
  titel=["Repair-Café {ort}", "Reparatur-Treff", "Repair-Café {im_raum}"],
  kurz=["Kaputter Toaster, wackliger Stuhl, Loch in der Hose? Ehrenamtliche Tüftler reparieren gemeinsam mit Ihnen – bei Kaffee und Kuchen."],
  body=["Bitte nur Geräte, die man tragen kann.", "Es wird um eine Spende gebeten."], stichworte=["Reparieren", "Repair-Café", "Elektrogeräte"], kosten=["Spende erbeten"])

T(typ="leihgrosseltern", kat=["treffpunkte", "besuch-begleitung"], p=0.05, max=1, min_ew=3000, traeger=["mgh", "gemeinde", "awo"], zeit="vereinbarung",
  titel=["Leihgroßeltern-Vermittlung", "Oma-Opa-Patenschaften", "Leih-Omas und Leih-Opas gesucht"],
  kurz=["Wir bringen Familien ohne Großeltern in der Nähe und ältere Menschen zusammen, die Zeit und Lust auf Kinder haben – für Vorlesen, Spielplatz und Kuchenbacken."],
  body=["Es gibt ein Kennenlerntreffen und regelmäßigen Austausch.", "Leihgroßeltern sind über die Gemeinde versichert."],
  stichworte=["Leihgroßeltern", "Generationen", "Familien", "Kinder", "Jung und Alt"], kosten=["kostenlos"])

# ---- Bewegung
T(typ="gymnastik", kat=["bewegung"], p=0.75, max=7, traeger=["sport", "sport", "kneipp", "pfarrei", "vhs", "frauenbund"], zeit="kurs",
  titel=["Seniorengymnastik", "Seniorengymnastik {beim_tkurz}", "Gymnastik für Junggebliebene", "Fit ab 60", "Bewegung 60plus", "Gesundheitsgymnastik für Ältere",
         "Wirbelsäulengymnastik für Senioren", "Damengymnastik 60+", "Senioren-Fitness {im_raum}", "Fit und beweglich im Alter"],
  kurz=["Gymnastik mit Musik, Bällen und Bändern für Frauen und Männer ab 60 – {zeittext} in der {halle}.",
        "Kräftigung, Beweglichkeit und Gleichgewicht: Die Übungsleiterin passt jede Übung an, viele gehen auch im Sitzen.",
        "Wer rastet, der rostet: Sanftes Ganzkörpertraining für Ältere, mit vielen Übungen für Rücken und Gelenke.",
        "Seit über 30 Jahren trifft sich die Gymnastikgruppe {tage}. Neue Mitturnerinnen und Mitturner sind willkommen."],
  body=["Bitte bequeme Kleidung, Hallenschuhe und eine Decke mitbringen.", "Für Nichtmitglieder gibt es eine Zehnerkarte.",
        "Die Übungsleiterin hat eine Lizenz für Sport in der Prävention.", "In den Schulferien ist Pause.", NEUE],
  stichworte=["Gymnastik", "Bewegung", "Seniorensport", "Beweglichkeit", "Rücken"], kosten=["Vereinsmitglieder kostenlos, sonst 3 € pro Stunde", "Zehnerkarte 30 €", "im Vereinsbeitrag enthalten"])

T(typ="sitztanz", kat=["bewegung"], p=0.22, max=1, traeger=["pfarrei", "sport", "frauenbund", "awo", "vhs"], zeit="kurs",
  titel=["Sitztanz", "Tanzen im Sitzen", "Sitztanz für Senioren {im_raum}", "Sitzgymnastik mit Musik", "Tänze im Sitzen – für alle ab 70"],
  kurz=["Tanzen im Sitzen zu Musik aus aller Welt: gut für Kreislauf, Koordination und Gedächtnis – und auch mit Rollator oder Rollstuhl möglich.",
        "Sitztanz ist Bewegung und Gedächtnistraining zugleich. Vorkenntnisse braucht niemand."],
  body=["Die Gruppe trifft sich {zeittext}.", NEUE], stichworte=["Sitztanz", "Tanzen", "Musik", "Rollstuhl"], kosten=["2 € pro Stunde", "kostenlos"])

T(typ="sturzprophylaxe", kat=["bewegung"], p=0.18, max=2, reich=("nachbarn", 1, 3), traeger=["sport", "vhs", "sozialstation", "kneipp", "physio"], zeit="kurs",
  titel=["Sturzprophylaxe", "Trittsicher durchs Leben", "Standfest im Alter – Sturzprävention", "Gleichgewichtstraining für Senioren",
         "Sicher gehen, sicher stehen", "Kurs zur Sturzvorbeugung"],
  kurs=True,
  kurz=["In zehn Einheiten trainieren Sie Kraft und Balance, lernen, Stolperfallen zu erkennen, und üben, wie man nach einem Sturz wieder aufsteht.",
        "Sturzprophylaxe-Kurs für Menschen ab 65: Gleichgewicht, Gangsicherheit und Kraft der Beine – mit Übungen für zu Hause.",
        "Mehr Sicherheit auf den Beinen: ein Kurs nach dem Programm „Trittsicher“ der Sozialversicherung für Landwirtschaft."],
  body=["Viele Krankenkassen bezuschussen den Kurs.", "Anmeldung erforderlich, höchstens zwölf Teilnehmende.", "Der Kurs findet {zeittext} statt."],
  stichworte=["Sturzprophylaxe", "Sturz", "Gleichgewicht", "Balance", "Trittsicher", "Sturzprävention"], kosten=["45 € für 10 Einheiten", "kostenlos für Versicherte der SVLFG"])

T(typ="rollatortraining", kat=["bewegung"], p=0.08, max=1, reich=("nachbarn", 2, 5), traeger=["sozialstation", "sanitaet", "gemeinde", "vhs"], zeit="kurs",
  titel=["Rollatortraining", "Rollator-Führerschein", "Sicher mit dem Rollator unterwegs", "Rollatortraining am Bus"],
  kurz=["Wie komme ich mit dem Rollator über den Bordstein, in den Bus und die Rampe hinauf? Im Rollatortraining üben Sie es mit einer Physiotherapeutin.",
        "Einmal im Quartal: praktische Übungen mit dem Rollator auf dem Marktplatz und am Linienbus, dazu ein kostenloser Rollator-Check."],
  body=["Eigenen Rollator bitte mitbringen; Leihgeräte sind vorhanden.", "Der Busfahrer des Verkehrsverbunds ist mit dabei."],
  stichworte=["Rollator", "Rollatortraining", "Bus", "Mobilität", "Gehhilfe"], kosten=["kostenlos"])

T(typ="wassergymnastik", kat=["bewegung"], p=0.06, min_ew=4000, max=1, reich=("nachbarn", 2, 5), traeger=["sport", "vhs", "dlrg"], zeit="kurs",
  titel=["Wassergymnastik für Senioren", "Aqua-Fitness 60plus", "Wassergymnastik im Hallenbad {ort}"],
  kurz=["Bewegung im warmen Wasser schont die Gelenke: Wassergymnastik {zeittext} im Hallenbad, auch für Nichtschwimmer im Flachwasser."],
  body=["Der Eintritt ins Hallenbad ist im Kursbeitrag enthalten.", "Das Bad hat einen Hublifter für den Einstieg."],
  stichworte=["Wassergymnastik", "Schwimmbad", "Aqua", "Gelenke"], kosten=["50 € für 10 Termine"])

T(typ="gedaechtnistraining", kat=["bewegung"], p=0.22, max=3, extra_kat=[("bildung-digital", 0.4)],
  traeger=["vhs", "pfarrei", "buecherei", "frauenbund", "mgh"], zeit="kurs",
  titel=["Gedächtnistraining", "Gehirnjogging für Senioren", "Denksport 60plus", "Ganzheitliches Gedächtnistraining", "Fit im Kopf", "Gedächtnistraining {im_raum}"],
  kurz=["Mit Rätseln, Wortspielen und Bewegungsübungen bleibt das Gedächtnis in Schwung. Spaß steht im Vordergrund, nicht Leistung.",
        "Ganzheitliches Gedächtnistraining nach dem Bundesverband Gedächtnistraining: Konzentration, Wortfindung, Merkfähigkeit – in geselliger Runde."],
  body=["Die Trainerin ist vom Bundesverband Gedächtnistraining ausgebildet.", NEUE],
  stichworte=["Gedächtnis", "Gehirnjogging", "Konzentration", "Rätsel", "Merkfähigkeit"], kosten=["3 € pro Termin", "kostenlos"])

T(typ="nordicwalking", kat=["bewegung"], p=0.18, max=1, traeger=["sport", "kneipp", "dav"], zeit="kurs",
  titel=["Nordic Walking für Senioren", "Walkinggruppe {ort}", "Nordic Walking 60plus", "Walking-Treff am Sportplatz"],
  kurz=["Treffpunkt {tage} am Sportplatz: eine Stunde Nordic Walking in gemütlichem Tempo, Stöcke können geliehen werden.",
        "Bewegung an der frischen Luft, gelenkschonend und gesellig – die Walkinggruppe ist offen für alle."],
  body=["Eine Einweisung in die richtige Stocktechnik gibt es beim ersten Mal.", NEUE],
  stichworte=["Nordic Walking", "Walking", "Stöcke", "frische Luft"], kosten=["kostenlos"])

T(typ="yoga", kat=["bewegung"], p=0.16, max=3, traeger=["vhs", "sport", "kneipp", "person_yoga"], zeit="kurs",
  titel=["Yoga auf dem Stuhl", "Stuhlyoga für Senioren", "Sanftes Yoga 60+", "Qigong für Ältere", "Tai-Chi für Senioren", "Entspannung und Yoga {im_raum}"],
  kurz=["Sanfte Übungen im Sitzen und am Stuhl, Atemübungen und Entspannung – auch für Menschen mit eingeschränkter Beweglichkeit.",
        "Langsame, fließende Bewegungen stärken Gleichgewicht und Konzentration. Der Kurs läuft {zeittext}."],
  body=["Bitte eine Decke und bequeme Kleidung mitbringen.", "Der Kurs ist von den Krankenkassen als Präventionskurs anerkannt."],
  stichworte=["Yoga", "Stuhlyoga", "Qigong", "Tai-Chi", "Entspannung"], kosten=["60 € für 8 Termine", "8 € pro Stunde"])

T(typ="rehasport", kat=["bewegung"], p=0.1, max=1, min_ew=2500, reich=("nachbarn", 2, 5), traeger=["sport", "physio"], zeit="kurs",
  titel=["Reha-Sport für Ältere", "Herzsportgruppe {ort}", "Osteoporose-Gymnastik", "Lungensportgruppe", "Rehasport Orthopädie"],
  kurz=["Rehabilitationssport auf ärztliche Verordnung: Die Krankenkasse zahlt 50 Übungseinheiten. Unter Leitung einer Übungsleiterin mit Reha-Lizenz.",
        "Bewegung nach Herzinfarkt, bei Osteoporose oder nach einer neuen Hüfte – in der Gruppe und mit ärztlicher Betreuung."],
  body=["Die Verordnung (Formular 56) stellt Ihr Hausarzt aus.", "Eine Ärztin ist bei der Herzsportgruppe immer anwesend."],
  stichworte=["Rehasport", "Reha-Sport", "Herzsport", "Osteoporose", "Verordnung"], kosten=["über Verordnung der Krankenkasse"])

T(typ="kneipp", kat=["bewegung"], p=0.06, max=1, traeger=["kneipp"], zeit="treff_monat",
  titel=["Kneipp-Gesundheitstreff", "Wassertreten und Kneippen für Senioren", "Kneipp-Nachmittag {ort}"],
  kurz=["Gesund älter werden nach Sebastian Kneipp: Wassertreten im Kneippbecken, Kräuterwissen, Bewegung und gesunde Ernährung."],
  body=["Im Winter trifft sich die Gruppe {im_raum}.", NEUE], stichworte=["Kneipp", "Wassertreten", "Kräuter", "Gesundheit"], kosten=["für Mitglieder kostenlos"])

T(typ="tanzen", kat=["bewegung", "treffpunkte"], p=0.14, max=1, traeger=["sport", "vhs", "pfarrei", "awo"], zeit="kurs",
  titel=["Seniorentanz", "Tanzkreis 60plus", "Line Dance für Ältere", "Kreistänze für Senioren", "Seniorentanzgruppe {ort}"],
  kurz=["Tanzen ohne festen Partner: Kreis- und Reihentänze aus aller Welt, leicht zu lernen und gut für Kopf und Beine.",
        "Der Tanzkreis trifft sich {zeittext} – Walzer, Polka und Line Dance, immer mit Pausen."],
  body=[NEUE, "Tanzpartner sind nicht nötig."], stichworte=["Tanzen", "Seniorentanz", "Line Dance", "Musik"], kosten=["3 € pro Abend"])

T(typ="bewegungsparcours", kat=["bewegung"], p=0.05, max=1, traeger=["gemeinde"], zeit=None,
  titel=["Bewegungsparcours für Jung und Alt", "Generationenpark {ort}", "Seniorenfitnessgeräte im Kurpark"],
  kurz=["Sechs Outdoor-Fitnessgeräte für Gleichgewicht, Beweglichkeit und Kraft, frei zugänglich; Übungstafeln erklären die Übungen."],
  body=["Jeden ersten Montag im Monat gibt es eine angeleitete Runde.", "Bänke laden zwischendurch zum Ausruhen ein."],
  stichworte=["Fitnessparcours", "Outdoor", "Bewegung", "Park"], kosten=["kostenlos"])

# ---- Bildung und Digitales
T(typ="smartphone", kat=["bildung-digital"], p=0.35, max=4, traeger=["vhs", "buecherei", "mgh", "kljb", "gemeinde", "bank", "pfarrei"], zeit="treff",
  titel=["Smartphone-Sprechstunde", "Handy-Sprechstunde", "Hilfe rund ums Handy", "Digital-Sprechstunde {ort}", "Smartphone-Treff für Senioren",
         "Handy-Hilfe von Jugendlichen", "Smartphone-Café", "Fragen zu Handy und Tablet? Sprechstunde {im_raum}"],
  kurz=["Bringen Sie Ihr Smartphone oder Tablet mit: Ehrenamtliche Digitallotsen helfen bei WhatsApp, Fotos, Einstellungen und dem Online-Termin beim Arzt.",
        "{zeittext_gross} beantworten Schülerinnen und Schüler Fragen rund um Handy, Tablet und Internet – geduldig und so oft wie nötig.",
        "Offene Sprechstunde ohne Anmeldung: Wie schreibe ich eine Nachricht, wie mache ich einen Videoanruf mit den Enkeln, wie lade ich eine App?"],
  body=["Bitte das Gerät aufgeladen mitbringen und, wenn vorhanden, die Zugangsdaten.", "Wir helfen auch bei der Einrichtung der E-Rezept-App und des Deutschlandtickets.",
        "Kaffee und Plätzchen gibt es umsonst.", NEUE],
  stichworte=["Smartphone", "Handy", "WhatsApp", "Tablet", "Digitallotsen", "Internet"], kosten=["kostenlos", "Spende erbeten"])

T(typ="pckurs", kat=["bildung-digital"], p=0.18, max=3, reich=("nachbarn", 1, 3), traeger=["vhs", "vhs", "mgh"], zeit="kurs",
  titel=["PC-Kurs für Senioren", "Computerkurs 60+", "Internet für Einsteiger", "Sicher im Internet – Kurs für Ältere", "Der erste Computer",
         "PC-Grundkurs in kleiner Gruppe"],
  kurs=True,
  kurz=["In kleiner Gruppe und ganz ohne Vorkenntnisse lernen Sie, den Computer einzuschalten, im Internet zu suchen und E-Mails zu schreiben.",
        "Computerkurs im langsamen Tempo für Menschen über 60: Maus und Tastatur, Internet, E-Mail und sicheres Surfen.",
        "Sicher im Internet: Betrugsmaschen erkennen, sichere Passwörter, Online-Banking und Einkaufen ohne böse Überraschung."],
  body=["Schulungsrechner sind vorhanden, eigene Laptops können mitgebracht werden.", "Der Kurs hat sechs Termine zu je 90 Minuten.", "Anmeldung bei der Volkshochschule."],
  stichworte=["Computer", "PC", "Internet", "E-Mail", "Kurs", "Einsteiger"], kosten=["48 € für 6 Termine", "59 € inkl. Skript"])

T(typ="tablet", kat=["bildung-digital"], p=0.14, max=2, traeger=["vhs", "mgh", "buecherei", "bank"], zeit="kurs",
  titel=["Tablet-Kurs für Senioren", "iPad für Einsteiger", "Tabletkurs 60plus", "Mein erstes Tablet", "Android-Smartphone für Anfänger"],
  kurs=True,
  kurz=["Tablets sind leicht zu bedienen – wenn man weiß, wie. In vier Terminen lernen Sie Grundlagen, Fotos, Videotelefonie und Mediathek.",
        "Smartphone- und Tablet-Kurs für Anfängerinnen und Anfänger mit eigenen Geräten, langsames Tempo, viele Wiederholungen."],
  body=["Leihgeräte sind vorhanden.", "Die Kursunterlagen sind in großer Schrift."], stichworte=["Tablet", "iPad", "Android", "Kurs", "Videotelefonie"],
  kosten=["36 € für 4 Termine", "kostenlos"])

T(typ="computeria", kat=["bildung-digital", "treffpunkte"], p=0.08, max=1, traeger=["mgh", "gemeinde", "buecherei"], zeit="treff",
  titel=["Computeria {ort}", "Internetcafé für Senioren", "Senioren-Computerclub", "Computer-Treff 60plus"],
  kurz=["Senioren helfen Senioren am Computer: Beim offenen Treff lernt man voneinander, von der Fotobearbeitung bis zur Ahnenforschung im Internet."],
  body=["Drei Rechner und WLAN sind vorhanden.", NEUE], stichworte=["Computeria", "Computer", "Internetcafé", "Treff"], kosten=["kostenlos"])

T(typ="onlinebanking", kat=["bildung-digital"], p=0.08, max=1, min_ew=2000, traeger=["bank"], zeit="sprechstunde",
  titel=["Online-Banking-Sprechstunde", "Digitales Bezahlen für Senioren", "Sicher online bezahlen – Beratung"],
  kurz=["Mitarbeiterinnen {des_tkurz} zeigen in Ruhe, wie Online-Banking, die Banking-App und kontaktloses Bezahlen funktionieren – und wie man Betrug erkennt."],
  body=["Auch Nichtkunden sind willkommen.", "Bitte Smartphone und Zugangsdaten mitbringen."], stichworte=["Onlinebanking", "Banking-App", "Bezahlen", "Betrug"], kosten=["kostenlos"])

T(typ="seniorenakademie", kat=["bildung-digital"], p=0.06, max=1, min_ew=5000, reich="alle", traeger=["vhs", "gemeinde"], zeit="treff_monat",
  titel=["Seniorenakademie {ort}", "Vortragsreihe „Älter werden – gut leben“", "Bildung im Alter – Seniorenuniversität {ort}"],
  kurz=["Vorträge und Gesprächsabende zu Geschichte, Medizin, Kunst und Zeitgeschehen, speziell für Menschen im Ruhestand – ohne Prüfungen, mit Kaffee."],
  body=["Das Semesterprogramm liegt in der Geschäftsstelle der Volkshochschule aus.", "Einzelvorträge sind ohne Anmeldung möglich."],
  stichworte=["Vortrag", "Seniorenakademie", "Bildung", "Seniorenstudium"], kosten=["5 € pro Vortrag", "Semesterkarte 30 €"])

T(typ="sprachkurs", kat=["bildung-digital"], p=0.06, max=1, min_ew=3000, traeger=["vhs"], zeit="kurs",
  titel=["Englisch für Senioren", "Italienisch 55+ – für den nächsten Urlaub", "Französisch für Wiedereinsteiger 60+"],
  kurz=["Sprachkurs im gemütlichen Tempo für Menschen im Ruhestand – mit viel Sprechen und ohne Leistungsdruck."],
  body=["Der Einstieg ist jederzeit möglich."], stichworte=["Sprachkurs", "Englisch", "Italienisch", "Französisch"], kosten=["65 € pro Semester"])

# ---- Hospiz und Trauer
T(typ="hospizgruppe", kat=["hospiz-trauer"], p=0.12, max=1, min_ew=2000, reich=("nachbarn", 3, 6), traeger=["hospizgruppe"], zeit="buero",
  titel=["{traeger}", "Ambulanter Hospizdienst {ort}", "Hospizbegleitung in {ort} und Umgebung", "Hospizgruppe {ort}"],
  kurz=["Ehrenamtliche Hospizbegleiterinnen sind für schwerkranke und sterbende Menschen und ihre Angehörigen da – zu Hause, im Heim und im Krankenhaus.",
        "Wir begleiten in der letzten Lebensphase: Zeit haben, zuhören, da sein, Angehörige entlasten. Die Begleitung ist kostenlos."],
  body=["Die Begleiterinnen haben einen Qualifizierungskurs nach den Richtlinien des Hospizverbands absolviert.", "Wir arbeiten mit dem SAPV-Team und den Hausärzten zusammen.",
        "Wer selbst Hospizbegleiterin werden möchte, kann im Herbst einen neuen Kurs beginnen."],
  stichworte=["Hospiz", "Sterbebegleitung", "Hospizbegleitung", "Palliativ", "schwerkrank"], ziel=["schwerkranke Menschen", "Angehörige"], kosten=["kostenlos"])

T(typ="trauercafe", kat=["hospiz-trauer"], p=0.12, max=1, traeger=["hospizgruppe", "pfarrei", "evkirche", "caritas"], zeit="treff_monat",
  titel=["Trauercafé", "Trauercafé {ort}", "Café Lichtblick – für Trauernde", "Trauertreff {im_raum}", "Offenes Trauercafé"],
  kurz=["Wer einen lieben Menschen verloren hat, findet im Trauercafé Menschen, die zuhören und verstehen. {zeittext_gross}, ohne Anmeldung.",
        "Ein geschützter Raum für Trauernde: Kaffee, Gespräch und Begleitung durch ausgebildete Trauerbegleiterinnen."],
  body=["Es muss niemand etwas erzählen – zuhören ist genauso willkommen.", "Der Besuch ist kostenlos und unabhängig von der Konfession."],
  stichworte=["Trauer", "Trauercafé", "Verlust", "Trauerbegleitung", "Witwe"], ziel=["Trauernde"], kosten=["kostenlos"])

T(typ="trauergruppe", kat=["hospiz-trauer"], p=0.07, max=1, reich=("nachbarn", 2, 5), traeger=["hospizgruppe", "caritas", "evkirche"], zeit="treff_monat",
  titel=["Trauergruppe", "Trauerspaziergang", "Trauerwandern {ort}", "Geschlossene Trauergruppe – acht Abende"],
  kurz=["Gemeinsam gehen, reden, schweigen: Beim Trauerspaziergang begleiten Trauerbegleiterinnen Menschen nach einem Verlust.",
        "Eine feste Gruppe, die sich über acht Abende trifft und gemeinsam den Weg durch die Trauer geht."],
  body=["Vorher gibt es ein Einzelgespräch.", "Feste Schuhe mitbringen."], stichworte=["Trauer", "Trauergruppe", "Trauerspaziergang", "Verlust"],
  ziel=["Trauernde"], kosten=["kostenlos"])

T(typ="seelsorge", kat=["hospiz-trauer"], p=0.12, max=1, traeger=["pfarrei", "evkirche"], zeit="vereinbarung",
  titel=["Seelsorge für Kranke und Ältere", "Krankenkommunion und Hausbesuche", "Seelsorgliche Begleitung im Alter", "Hauskommunion der Pfarrei {heiliger}"],
  kurz=["Wer nicht mehr in den Gottesdienst kommen kann, bekommt Besuch: Krankenkommunion, Krankensalbung, Gespräch und Gebet – zu Hause oder im Heim.",
        "Die Seelsorgerinnen und Seelsorger der Pfarrei besuchen Kranke und Ältere auf Wunsch regelmäßig."],
  body=["Ein Anruf im Pfarrbüro genügt.", "Auch Angehörige können einen Besuch erbitten."],
  stichworte=["Seelsorge", "Krankenkommunion", "Krankensalbung", "Pfarrei", "Gebet"], kosten=["kostenlos"])

ANGEBOTSTYPEN = A

# ---------------------------------------------------------------- Angebote für den ganzen Landkreis
# Adresse in der Kreisstadt, sofern nicht anders angegeben. einzugsgebiet: alle (Standard für region/).
def R(**kw):
    kw.setdefault("ort", "Bad Günzach")
    kw.setdefault("plz", "87730")
    kw.setdefault("zielgruppen", ["Seniorinnen und Senioren", "Angehörige"])
    REGIONALE_ANGEBOTE.append(kw)


REGIONALE_ANGEBOTE = []
R(id="pflegestuetzpunkt-landkreis-guenzach", titel="Pflegestützpunkt Landkreis Günzach", kategorien=["beratung", "angehoerige"],
  traeger="Pflegestützpunkt Landkreis Günzach (Landratsamt, Pflege- und Krankenkassen)",
  kurz="Unabhängige und kostenlose Pflegeberatung: Pflegegrad beantragen, Leistungen der Pflegekasse, Entlastungsangebote, Heimplatzsuche – im Landratsamt, am Telefon oder bei Ihnen zu Hause.",
  body=["Die Pflegeberaterinnen kennen alle Dienste im Landkreis und helfen, die Pflege zu Hause zu organisieren.", "Außensprechstunden gibt es regelmäßig in Hohenried, Ettenhofen und Breitenau.",
        "Bringen Sie, wenn vorhanden, das Gutachten des Medizinischen Dienstes und den Bescheid der Pflegekasse mit."],
  strasse="Landratsamt, Zimmer 104, Schloßplatz 2", telefon="0123 400-4100", email="pflegestuetzpunkt@lra-guenzach.example.org",
  web="https://www.lra-guenzach.example.org/pflegestuetzpunkt", oeffnungszeiten="Mo-Do 08:00-12:00,13:30-16:00; Fr 08:00-12:00", kosten="kostenlos",
  stichworte=["Pflegeberatung", "Pflegegrad", "Pflegekasse", "Entlastungsbetrag", "Heimplatz", "Pflegeantrag"], barrierefrei="ja")
R(id="fachstelle-seniorenarbeit-landratsamt", titel="Fachstelle Seniorenarbeit im Landratsamt", kategorien=["beratung"],
  traeger="Landratsamt Günzach – Sachgebiet Soziales und Senioren",
  kurz="Die Fachstelle koordiniert den Arbeitskreis Soziales, berät Gemeinden und Seniorenbeauftragte und gibt diesen Seniorenwegweiser heraus.",
  body=["Hier laufen die Fäden der Seniorenarbeit im Landkreis zusammen: Seniorenpolitisches Gesamtkonzept, Netzwerktreffen der Nachbarschaftshilfen und der Fachtag „Daheim alt werden“.",
        "Bürgerinnen und Bürger erreichen hier auch die Seniorenbeauftragte des Landkreises."],
  strasse="Schloßplatz 2", telefon="0123 400-4000", email="senioren@lra-guenzach.example.org", web="https://www.lra-guenzach.example.org/senioren",
  oeffnungszeiten="Mo-Fr 08:00-12:00; Do 14:00-17:30", kosten="kostenlos", stichworte=["Seniorenbeauftragte", "Landkreis", "Seniorenarbeit", "Seniorenwegweiser"], barrierefrei="ja")
R(id="wohnberatungsstelle-landkreis", titel="Wohnberatungsstelle des Landkreises", kategorien=["wohnberatung"],
  traeger="Landratsamt Günzach – Fachstelle Wohnberatung",
  kurz="Kostenlose Beratung zur Wohnraumanpassung: Was muss in Bad, Treppe und Eingang geändert werden, welche Zuschüsse gibt es? Hausbesuch im ganzen Landkreis.",
  body=["Die Architektin der Wohnberatungsstelle kommt zu Ihnen nach Hause und schreibt Ihnen auf, was sinnvoll ist – von der Haltestange bis zum Treppenlift.",
        "Sie hilft auch beim Antrag auf den Zuschuss der Pflegekasse (bis zu 4 180 €) und beim KfW-Programm „Altersgerecht umbauen“.",
        "Im Landratsamt gibt es eine kleine Musterausstellung mit Hilfsmitteln für Küche und Bad."],
  strasse="Schloßplatz 2", telefon="0123 400-4140", email="wohnberatung@lra-guenzach.example.org", oeffnungszeiten='Di,Do 09:00-12:00 "und nach Vereinbarung"',
  kosten="kostenlos", stichworte=["Wohnberatung", "Wohnungsanpassung", "Treppenlift", "Badumbau", "Zuschuss", "barrierefrei umbauen"], barrierefrei="ja")
R(id="brk-hausnotruf", titel="BRK-Hausnotruf", kategorien=["hausnotruf"], traeger="BRK-Kreisverband Günzach",
  kurz="Ein Knopfdruck genügt: Der Hausnotruf des Roten Kreuzes verbindet Sie rund um die Uhr mit der Zentrale, die Angehörige oder den Rettungsdienst schickt.",
  body=["Auf Wunsch hinterlegen Sie einen Wohnungsschlüssel bei uns – dann kommt unser Bereitschaftsdienst auch, wenn Sie nicht mehr zur Tür können.",
        "Ab Pflegegrad 1 übernimmt die Pflegekasse die Grundgebühr.", "Den Mobilnotruf mit GPS gibt es für unterwegs, zum Beispiel beim Spazierengehen."],
  strasse="Rot-Kreuz-Straße 4", telefon="0123 400-5100", email="hausnotruf@brk-guenzach.example.org", web="https://www.brk-guenzach.example.org/hausnotruf",
  oeffnungszeiten="Mo-Fr 08:00-16:00", kosten="Grundgebühr 25,50 € im Monat, ab Pflegegrad 1 Übernahme durch die Pflegekasse",
  stichworte=["Hausnotruf", "Notrufknopf", "Mobilnotruf", "Schlüsselhinterlegung", "Sturz"], barrierefrei="ja")
R(id="malteser-hausnotruf", titel="Malteser Hausnotruf und Mobilruf", kategorien=["hausnotruf"], traeger="Malteser Hilfsdienst e.V., Dienststelle Günzach",
  kurz="Hausnotruf mit Funkfinger oder Armband, Sturzmelder und Rauchmelder-Aufschaltung, dazu ein Mobilruf für unterwegs – Beratung und Installation zu Hause.",
  body=["Die Einrichtung dauert etwa eine Stunde; ein Telefonanschluss ist nicht nötig.", "Unser Hintergrunddienst ist im ganzen Landkreis innerhalb von 30 Minuten vor Ort."],
  strasse="Memminger Straße 40", telefon=["0123 400-5200", "0800 1234567 (kostenlos)"], email="hausnotruf.guenzach@malteser.example.org",
  oeffnungszeiten="Mo-Fr 08:00-17:00", kosten="ab 25,50 € im Monat", stichworte=["Hausnotruf", "Sturzmelder", "Mobilruf", "Notrufarmband"], barrierefrei="teilweise")
R(id="johanniter-hausnotruf", titel="Johanniter-Hausnotruf", kategorien=["hausnotruf"], traeger="Johanniter-Unfall-Hilfe e.V., Regionalverband Schwaben",
  kurz="Sicher zu Hause mit dem Johanniter-Hausnotruf: Notrufknopf als Armband oder Kette, 24 Stunden besetzte Zentrale, auf Wunsch Schlüsselhinterlegung.",
  body=["Der Hausnotruf kann 30 Tage kostenlos getestet werden.", "Mit der Notrufuhr funktioniert der Notruf auch beim Einkaufen oder im Garten."],
  telefonisch="ja", telefon="0800 3210321 (kostenlos)", web="https://www.johanniter.example.org/hausnotruf", oeffnungszeiten="24/7",
  kosten="ab 25,50 € im Monat", stichworte=["Hausnotruf", "Notrufuhr", "Notrufknopf", "Schlüsselhinterlegung"])
R(id="asb-hausnotruf", titel="Hausnotruf des Arbeiter-Samariter-Bundes", kategorien=["hausnotruf"], traeger="Arbeiter-Samariter-Bund, Regionalverband Schwaben-Süd",
  kurz="Hausnotrufgerät mit Lautsprecher und Funksender, Bereitschaftsdienst vor Ort und Sturzsensor – auch mit Mobilnotruf für unterwegs.",
  body=["Wir beraten Sie gern bei Ihnen zu Hause.", "Auch eine Aufschaltung von Rauchmeldern ist möglich."],
  ort="Hohenried", plz="87740", strasse="Augsburger Straße 17", telefon="0123 410-7700", email="hausnotruf@asb-schwaben.example.org",
  oeffnungszeiten="Mo-Fr 08:00-15:00", kosten="Basis ab 25,50 € im Monat", stichworte=["Hausnotruf", "Sturzsensor", "Mobilnotruf"])
R(id="brk-menueservice", titel="BRK-Menüservice – Essen auf Rädern", kategorien=["essen"], traeger="BRK-Kreisverband Günzach",
  kurz="Essen auf Rädern im ganzen Landkreis: täglich warm geliefert oder wöchentlich als Tiefkühlmenüs, mit Schonkost, Diabetikerkost und vegetarischer Auswahl.",
  body=["Sie wählen aus 12 Menüs pro Tag; bestellt wird per Wochenkarte oder am Telefon.", "Die Fahrerinnen und Fahrer schauen bei der Übergabe, ob es Ihnen gut geht.",
        "Die Auslieferung der warmen Menüs ist zwischen 11 und 13 Uhr."],
  strasse="Rot-Kreuz-Straße 4", telefon="0123 400-5150", email="menueservice@brk-guenzach.example.org", oeffnungszeiten="Mo-Fr 08:00-13:00",
  kosten="warmes Menü 8,90 €, Tiefkühlmenü ab 6,50 €", stichworte=["Essen auf Rädern", "Menüservice", "Tiefkühlmenüs", "Diabetikerkost", "Mahlzeitendienst"], barrierefrei="ja")
R(id="malteser-menueservice", titel="Malteser Menüservice", kategorien=["essen"], traeger="Malteser Hilfsdienst e.V., Dienststelle Günzach",
  kurz="Heißes Mittagessen frei Haus, sieben Tage die Woche, auch an Feiertagen – zubereitet in einer regionalen Küche und mit dem Malteser-Fahrzeug gebracht.",
  body=["Ein Probeessen ist kostenlos.", "Auch passierte Kost für Menschen mit Schluckbeschwerden ist möglich."],
  strasse="Memminger Straße 40", telefon="0123 400-5220", email="menueservice.guenzach@malteser.example.org", oeffnungszeiten="Mo-Fr 08:00-14:00",
  kosten="ab 8,60 € pro Menü", stichworte=["Essen auf Rädern", "Mittagessen", "Lieferung", "passierte Kost"])
R(id="landhaus-kueche-tiefkuehlmenues", titel="Tiefkühlmenüs frei Haus – Landhausküche Stöckle", kategorien=["essen", "dienste-ins-haus"],
  traeger="Landhausküche Stöckle GmbH", ort="Tussenried", plz="87767",
  kurz="Über 150 tiefgekühlte Menüs, Suppen und Desserts zur Auswahl, alle 14 Tage kostenlos geliefert und bei Bedarf in die Gefriertruhe geräumt.",
  body=["Die Menüs werden in der eigenen Küche in Tussenried gekocht und schockgefroren.", "Ein Katalog mit großer Schrift kommt mit der Post."],
  strasse="Gewerbestraße 9", telefon="0123 52-8800", email="bestellung@landhauskueche-stoeckle.example.org", web="https://landhauskueche-stoeckle.example.org/",
  oeffnungszeiten="Mo-Fr 08:00-16:00", kosten="Menü ab 6,20 €", stichworte=["Tiefkühlmenüs", "Essenslieferung", "Menübringdienst", "Katalog"])
R(id="betreuungsverein-skf-guenzach", titel="Betreuungsverein des SkF Günzach", kategorien=["vorsorge", "beratung"],
  traeger="Sozialdienst katholischer Frauen (SkF) Günzach e.V.",
  kurz="Information und Beratung zu Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung sowie Begleitung von ehrenamtlichen rechtlichen Betreuern.",
  body=["Der Verein führt auch rechtliche Betreuungen und berät Angehörige, die eine Betreuung übernommen haben.", "Vortragsabende in den Gemeinden auf Anfrage."],
  strasse="Klosterweg 5", telefon="0123 400-6300", email="betreuungsverein@skf-guenzach.example.org", oeffnungszeiten="Mo-Do 09:00-12:00",
  kosten="Beratung kostenlos", stichworte=["Vorsorgevollmacht", "Betreuungsverfügung", "Patientenverfügung", "rechtliche Betreuung", "Betreuungsverein"], barrierefrei="nein")
R(id="betreuungsstelle-landratsamt", titel="Betreuungsstelle im Landratsamt", kategorien=["vorsorge"], traeger="Landratsamt Günzach – Betreuungsstelle",
  kurz="Öffentliche Beglaubigung von Unterschriften unter Vorsorgevollmachten und Betreuungsverfügungen sowie Beratung, wenn eine gesetzliche Betreuung nötig wird.",
  body=["Die Beglaubigung kostet 10 €.", "Bitte Personalausweis und die nicht unterschriebene Vollmacht mitbringen."],
  strasse="Schloßplatz 2", telefon="0123 400-4200", email="betreuungsstelle@lra-guenzach.example.org", oeffnungszeiten="Mo-Fr 08:00-12:00",
  kosten="Beglaubigung 10 €", stichworte=["Beglaubigung", "Vorsorgevollmacht", "gesetzliche Betreuung"], barrierefrei="ja")
R(id="hospizverein-guenztal", titel="Hospizverein Günztal e.V.", kategorien=["hospiz-trauer"], traeger="Hospizverein Günztal e.V.",
  kurz="Über 80 ehrenamtliche Hospizbegleiterinnen und -begleiter im ganzen Landkreis, Trauerbegleitung, Palliativberatung und Vorträge zur Patientenverfügung.",
  body=["Die Koordinatorinnen sind Palliativfachkräfte und kommen zum Erstgespräch zu Ihnen.", "Der Verein bietet zweimal im Jahr einen Befähigungskurs für neue Hospizbegleiter an."],
  strasse="Spitalgasse 3", telefon="0123 400-6600", email="info@hospiz-guenztal.example.org", web="https://hospiz-guenztal.example.org/",
  oeffnungszeiten='Mo-Fr 09:00-12:00 "und nach Vereinbarung"', kosten="kostenlos", stichworte=["Hospiz", "Sterbebegleitung", "Palliativberatung", "Trauerbegleitung"])
R(id="sapv-team-guenzach", titel="SAPV-Team Günzach – Palliativversorgung zu Hause", kategorien=["hospiz-trauer", "pflegedienste"],
  traeger="Palliativ-Team Günzach gGmbH",
  kurz="Spezialisierte ambulante Palliativversorgung (SAPV): Palliativärzte und -pflegekräfte behandeln Schmerzen und Beschwerden schwerkranker Menschen zu Hause, rund um die Uhr erreichbar.",
  body=["Die SAPV verordnet der Hausarzt oder das Krankenhaus; die Krankenkasse übernimmt die Kosten.", "Wir arbeiten mit dem Hospizverein und den Pflegediensten zusammen."],
  strasse="Kreisklinik, Haus C, Klinikstraße 10", telefon="0123 400-6700", email="sapv@palliativ-guenzach.example.org", oeffnungszeiten="24/7",
  kosten="Leistung der Krankenkasse", stichworte=["SAPV", "Palliativversorgung", "Schmerztherapie", "Palliativ", "schwerkrank"], zielgruppen=["schwerkranke Menschen", "Angehörige"])
R(id="alzheimer-gesellschaft-guenzach", titel="Alzheimer Gesellschaft Landkreis Günzach e.V.", kategorien=["demenz", "angehoerige"],
  traeger="Alzheimer Gesellschaft Landkreis Günzach e.V. – Selbsthilfe Demenz",
  kurz="Beratung für Menschen mit Demenz und ihre Angehörigen, Schulungen für Helferkreise und Vorträge in den Gemeinden.",
  body=["Das Beratungstelefon ist mittwochs auch abends besetzt.", "Unsere Kurse „Hilfe beim Helfen“ richten sich an Angehörige von Menschen mit Demenz."],
  strasse="Kirchplatz 9", telefon="0123 400-6800", email="info@alzheimer-guenzach.example.org", oeffnungszeiten="Mo,Mi 09:00-12:00; Mi 17:00-19:00",
  kosten="kostenlos", stichworte=["Alzheimer", "Demenz", "Angehörigenschulung", "Beratung"], zielgruppen=["Menschen mit Demenz", "pflegende Angehörige"])
R(id="gedaechtnissprechstunde-kreisklinik", titel="Gedächtnissprechstunde der Kreisklinik", kategorien=["demenz"], traeger="Kreisklinik Günzach, Klinik für Geriatrie",
  kurz="Wenn die Vergesslichkeit Sorgen macht: Untersuchung und Diagnose von Gedächtnisstörungen durch Fachärzte der Geriatrie, mit Beratung der Angehörigen.",
  body=["Für einen Termin brauchen Sie eine Überweisung vom Hausarzt oder Neurologen.", "Die Untersuchung dauert etwa drei Stunden; ein Angehöriger sollte dabei sein."],
  strasse="Klinikstraße 10", telefon="0123 400-7100", email="geriatrie@kreisklinik-guenzach.example.org", oeffnungszeiten="Di,Do 08:00-13:00",
  kosten="Leistung der Krankenkasse", stichworte=["Gedächtnissprechstunde", "Demenzdiagnose", "Vergesslichkeit", "Geriatrie", "Memory-Klinik"])
R(id="gerontopsychiatrischer-dienst", titel="Gerontopsychiatrischer Dienst", kategorien=["demenz", "beratung"], traeger="Diakonisches Werk Günzach e.V.",
  kurz="Beratung und Hausbesuche bei seelischen Krisen im Alter, Depression, Ängsten und Demenz – für Betroffene, Angehörige und Fachkräfte.",
  body=["Die Beratung ist kostenlos und vertraulich.", "Wir kommen auch zu Ihnen nach Hause."],
  strasse="Bahnhofstraße 21", telefon="0123 400-6900", email="gpd@diakonie-guenzach.example.org", oeffnungszeiten="Mo-Fr 09:00-12:00",
  kosten="kostenlos", stichworte=["Depression", "Demenz", "Gerontopsychiatrie", "Krise", "Einsamkeit"])
R(id="fachstelle-pflegende-angehoerige-caritas", titel="Fachstelle für pflegende Angehörige (Caritas)", kategorien=["angehoerige", "beratung"],
  traeger="Caritasverband für den Landkreis Günzach e.V.",
  kurz="Psychosoziale Beratung und Entlastung für pflegende Angehörige im Süden des Landkreises – Einzelgespräche, Angehörigengruppen und Pflegekurse.",
  body=["Wir hören zu, sortieren mit Ihnen die Lage und suchen nach Entlastung: Tagespflege, Verhinderungspflege, Betreuungsgruppe, Kur für pflegende Angehörige.",
        "Gespräche auch bei Ihnen zu Hause."],
  strasse="Kirchplatz 7", telefon="0123 400-6100", email="angehoerige@caritas-guenzach.example.org", oeffnungszeiten='Mo-Fr 08:30-12:00 "und nach Vereinbarung"',
  kosten="kostenlos", stichworte=["pflegende Angehörige", "Angehörigenberatung", "Entlastung", "Überlastung", "Kur"], zielgruppen=["pflegende Angehörige"])
R(id="fachstelle-pflegende-angehoerige-diakonie", titel="Angehörigenberatung der Diakonie", kategorien=["angehoerige"], traeger="Diakonisches Werk Günzach e.V.",
  ort="Hohenried", plz="87740",
  kurz="Beratung, Gesprächsgruppen und Auszeit-Angebote für Familien, die einen Menschen zu Hause pflegen – im Norden des Landkreises.",
  body=["Einmal im Jahr organisieren wir eine Urlaubswoche für pflegende Angehörige mit ihren Pflegebedürftigen.", "Beratung telefonisch, im Büro oder zu Hause."],
  strasse="Poststraße 6", telefon="0123 410-6150", email="angehoerige@diakonie-guenzach.example.org", oeffnungszeiten="Di-Fr 09:00-12:00",
  kosten="kostenlos", stichworte=["pflegende Angehörige", "Urlaub mit Pflege", "Auszeit", "Gesprächsgruppe"], zielgruppen=["pflegende Angehörige"])
R(id="caritas-sozialberatung", titel="Allgemeine Sozialberatung der Caritas", kategorien=["beratung"], traeger="Caritasverband für den Landkreis Günzach e.V.",
  kurz="Beratung bei Geldsorgen, Grundsicherung im Alter, Wohngeld, Anträgen und Behördenpost – vertraulich und unabhängig von der Konfession.",
  body=["Wir helfen beim Antrag auf Grundsicherung im Alter und bei Schwierigkeiten mit Energiekosten.", "Außensprechstunden nach Vereinbarung in allen Gemeinden."],
  strasse="Kirchplatz 7", telefon="0123 400-6000", email="sozialberatung@caritas-guenzach.example.org", oeffnungszeiten="Mo-Fr 09:00-12:00; Di 14:00-16:00",
  kosten="kostenlos", stichworte=["Grundsicherung", "Wohngeld", "Geldsorgen", "Sozialberatung", "Anträge"])
R(id="schuldnerberatung-diakonie", titel="Schuldner- und Insolvenzberatung", kategorien=["beratung"], traeger="Diakonisches Werk Günzach e.V.",
  kurz="Wenn die Rente nicht mehr reicht und die Schulden wachsen: Hilfe beim Haushaltsplan, bei Verhandlungen mit Gläubigern und im Insolvenzverfahren.",
  body=["Wartezeit für ein Erstgespräch etwa drei Wochen, in Notfällen schneller.", "Die Beratung ist kostenlos."],
  strasse="Bahnhofstraße 21", telefon="0123 400-6950", email="schuldnerberatung@diakonie-guenzach.example.org", oeffnungszeiten="Mo-Do 09:00-12:00",
  kosten="kostenlos", stichworte=["Schulden", "Insolvenz", "Geldsorgen", "Pfändung"])
R(id="vdk-kreisgeschaeftsstelle", titel="VdK-Kreisgeschäftsstelle Günzach – Sozialrechtsberatung", kategorien=["beratung"], traeger="Sozialverband VdK Bayern, Kreisverband Günzach",
  kurz="Sozialrechtliche Beratung und Vertretung für Mitglieder: Pflegegrad, Schwerbehinderung, Rente, Krankenkasse – bis vor das Sozialgericht.",
  body=["Termine nur nach Vereinbarung.", "Die Ortsverbände haben eigene Sprechstunden in den Gemeinden."],
  strasse="Bahnhofstraße 12", telefon="0123 400-6400", email="kv-guenzach@vdk.example.org", oeffnungszeiten="Mo-Do 08:00-12:00,13:00-16:00; Fr 08:00-12:00",
  kosten="Mitgliedsbeitrag 7,50 € im Monat", stichworte=["VdK", "Sozialrecht", "Widerspruch", "Klage", "Pflegegrad", "Schwerbehinderung"])
R(id="drv-auskunftsstelle", titel="Auskunfts- und Beratungsstelle der Rentenversicherung", kategorien=["beratung"], traeger="Deutsche Rentenversicherung Schwaben",
  kurz="Auskunft zu Rente, Rentenantrag, Reha und Versicherungskonto – mit Termin im Landratsamt an jedem zweiten Donnerstag.",
  body=["Termine vergibt das Servicetelefon.", "Bringen Sie Ausweis und Rentenversicherungsnummer mit."],
  strasse="Schloßplatz 2", telefon="0800 1000 4800 (kostenlos)", web="https://www.drv.example.org/", oeffnungszeiten="Do[2] 08:30-15:30", kosten="kostenlos",
  stichworte=["Rente", "Rentenantrag", "Reha", "Rentenberatung"])
R(id="polizei-seniorenberatung", titel="Polizeiliche Beratung für Senioren", kategorien=["beratung"], traeger="Polizeiinspektion Bad Günzach – Kriminalpolizeiliche Beratungsstelle",
  kurz="Vorträge und Beratung zu Enkeltrick, Schockanrufen, falschen Polizisten und Haustürbetrug – in Seniorenkreisen oder persönlich.",
  body=["Die echte Polizei fragt nie am Telefon nach Geld oder Wertsachen.", "Auch eine kostenlose Einbruchschutzberatung zu Hause ist möglich."],
  strasse="Augsburger Straße 30", telefon="0123 400-8800", email="beratung.pi-guenzach@polizei.example.org", oeffnungszeiten="Mo-Fr 08:00-15:00",
  kosten="kostenlos", stichworte=["Enkeltrick", "Betrug", "Schockanruf", "Einbruchschutz", "Polizei"])
R(id="rufbus-guenztal-flexi", titel="Günztal-Flexi – Rufbus im Landkreis", kategorien=["fahrdienste"], traeger="Verkehrsgemeinschaft Landkreis Günzach",
  kurz="Der Rufbus fährt ohne festen Fahrplan: Bis eine Stunde vorher per Telefon oder App bestellen, er holt Sie an der nächsten Haltestelle ab – zum normalen Bustarif.",
  body=["Der Flexi fährt Mo-Fr 6 bis 20 Uhr und Sa 8 bis 14 Uhr.", "Die Fahrzeuge haben eine Rampe für Rollstühle und Rollatoren.", "Das Deutschlandticket gilt."],
  telefonisch="ja", telefon="0123 400-9000", web="https://www.guenztal-flexi.example.org/", oeffnungszeiten="Mo-Fr 06:00-20:00; Sa 08:00-14:00",
  kosten="Bustarif, Deutschlandticket gilt", stichworte=["Rufbus", "Bus", "ÖPNV", "Anrufbus", "Deutschlandticket"], barrierefrei="ja")
R(id="brk-fahrdienst-rollstuhl", titel="BRK-Fahrdienst für Rollstuhlfahrer", kategorien=["fahrdienste"], traeger="BRK-Kreisverband Günzach",
  kurz="Beförderung im Rollstuhl oder Tragestuhl zu Ärzten, Therapien, Familienfeiern und Ausflügen – mit speziell ausgestatteten Fahrzeugen und geschulten Fahrern.",
  body=["Bitte mindestens drei Tage vorher anmelden.", "Für Fahrten zur Behandlung kann die Krankenkasse die Kosten übernehmen."],
  strasse="Rot-Kreuz-Straße 4", telefon="0123 400-5160", email="fahrdienst@brk-guenzach.example.org", oeffnungszeiten="Mo-Fr 07:30-16:00",
  kosten="Grundpauschale 25 € plus 1,20 € pro km", stichworte=["Rollstuhlfahrdienst", "Behindertenfahrdienst", "Tragestuhl", "Krankenfahrt"], zielgruppen=["Rollstuhlfahrer", "Menschen mit Behinderung"])
R(id="malteser-begleitdienst", titel="Malteser Einkaufs- und Begleitdienst", kategorien=["fahrdienste", "besuch-begleitung"], traeger="Malteser Hilfsdienst e.V., Dienststelle Günzach",
  kurz="Ehrenamtliche Malteser begleiten Sie zum Einkaufen, zum Arzt oder zum Friedhof – zu Fuß oder mit dem Malteser-Auto, im ganzen Landkreis.",
  body=["Anmeldung bitte zwei Tage vorher.", "Fahrtkosten nach Kilometern."],
  strasse="Memminger Straße 40", telefon="0123 400-5230", email="begleitdienst.guenzach@malteser.example.org", oeffnungszeiten="Mo-Fr 09:00-12:00",
  kosten="0,40 € pro km", stichworte=["Begleitdienst", "Einkaufsbegleitung", "Arztbegleitung", "Fahrdienst"])
R(id="seniorentaxi-bad-guenzach", titel="Seniorentaxi Bad Günzach – Taxigutscheine", kategorien=["fahrdienste"], traeger="Stadt Bad Günzach – Seniorenbüro",
  kurz="Bürgerinnen und Bürger ab 75 ohne eigenes Auto bekommen von der Stadt Taxigutscheine im Wert von 10 € pro Monat für Fahrten im Stadtgebiet.",
  body=["Den Antrag gibt es im Seniorenbüro; Nachweis: Personalausweis.", "Die Gutscheine gelten bei allen Taxiunternehmen in Bad Günzach."],
  strasse="Rathaus, Marktplatz 1", telefon="0123 400-1230", email="seniorenbuero@bad-guenzach.example.org", oeffnungszeiten="Mo-Fr 08:00-12:00",
  einzugsgebiet=["bad-guenzach"], kosten="Gutscheine kostenlos", stichworte=["Seniorentaxi", "Taxigutschein", "Taxi"], zielgruppen=["Seniorinnen und Senioren ab 75"])
R(id="plaudertelefon-guenzach", titel="Plaudertelefon – Anruf gegen Einsamkeit", kategorien=["besuch-begleitung"], traeger="Evang.-Luth. Dekanat Günzach",
  kurz="Wer allein ist und reden möchte, ruft an – oder wird angerufen: Ehrenamtliche haben jeden Tag von 10 bis 12 und von 16 bis 19 Uhr ein offenes Ohr.",
  body=["Auf Wunsch rufen wir Sie regelmäßig an, zum Beispiel jeden Montag zur selben Zeit.", "Das Plaudertelefon ist keine Krisenberatung – in Krisen hilft die Telefonseelsorge."],
  telefonisch="ja", telefon="0800 7001700 (kostenlos)", oeffnungszeiten="Mo-So 10:00-12:00,16:00-19:00", kosten="kostenlos",
  stichworte=["Einsamkeit", "Telefon", "Gespräch", "Plaudertelefon", "Telefonpatenschaft"], zielgruppen=["Alleinlebende"])
R(id="telefonseelsorge", titel="Telefonseelsorge", kategorien=["hospiz-trauer"], traeger="Ökumenische Telefonseelsorge Schwaben",
  kurz="Rund um die Uhr, anonym und kostenlos: Menschen, die zuhören – bei Trauer, Einsamkeit, Sorgen und in Krisen.",
  body=["Auch per Chat und E-Mail erreichbar."], telefonisch="ja", telefon=["0800 1110111 (kostenlos)", "0800 1110222 (kostenlos)"],
  web="https://www.telefonseelsorge.example.org/", oeffnungszeiten="24/7", kosten="kostenlos", stichworte=["Seelsorge", "Krise", "Einsamkeit", "anonym"])
R(id="seniorenbegleitservice-awo", titel="AWO-Seniorenbegleitservice", kategorien=["besuch-begleitung", "fahrdienste"], traeger="AWO-Kreisverband Günzach e.V.",
  kurz="Ausgebildete Seniorenbegleiterinnen begleiten stundenweise im Alltag: zum Arzt, zum Einkaufen, zum Spaziergang oder einfach zum Gespräch – im ganzen Landkreis.",
  body=[ENTLASTUNG, "Die Begleiterinnen sind nach dem Seniorenbegleiter-Curriculum des Landes geschult."],
  strasse="Ziegeleistraße 14", telefon="0123 400-6500", email="begleitservice@awo-guenzach.example.org", oeffnungszeiten="Mo-Fr 08:00-13:00",
  kosten="16 € pro Stunde", stichworte=["Seniorenbegleitservice", "Seniorenbegleitung", "Alltagsbegleitung", "Entlastungsbetrag"])
R(id="wohnen-fuer-hilfe", titel="Wohnen für Hilfe", kategorien=["wohnen", "nachbarschaftshilfe"], traeger="Freiwilligenagentur Günzach e.V.",
  kurz="Ältere Menschen mit freiem Zimmer und junge Leute, die Wohnraum suchen, werden zusammengebracht: Miete wird teilweise durch Hilfe im Haushalt und Garten ersetzt.",
  body=["Faustregel: eine Stunde Hilfe pro Monat für jeden Quadratmeter Wohnraum.", "Pflegeleistungen sind ausgeschlossen."],
  strasse="Marktplatz 6", telefon="0123 400-3300", email="wohnenfuerhilfe@freiwillig-guenzach.example.org", oeffnungszeiten="Di,Do 10:00-13:00",
  kosten="kostenlos", stichworte=["Wohnpartnerschaft", "Studenten", "Untermiete", "Hilfe gegen Wohnraum"])
R(id="freiwilligenagentur-guenzach", titel="Freiwilligenagentur Günzach – Ehrenamt im Ruhestand", kategorien=["nachbarschaftshilfe", "treffpunkte"],
  traeger="Freiwilligenagentur Günzach e.V.",
  kurz="Sie sind im Ruhestand und möchten sich engagieren? Die Freiwilligenagentur vermittelt Ehrenämter in Nachbarschaftshilfen, Besuchsdiensten, Vereinen und Projekten.",
  body=["Ein Erstgespräch dauert etwa eine halbe Stunde.", "Wir vermitteln auch Schulungen für Ehrenamtliche."],
  strasse="Marktplatz 6", telefon="0123 400-3300", email="info@freiwillig-guenzach.example.org", oeffnungszeiten="Di,Do 10:00-13:00",
  kosten="kostenlos", stichworte=["Ehrenamt", "Engagement", "Freiwillige", "Ruhestand"])
R(id="urlaub-fuer-pflegende-angehoerige", titel="Erholung für pflegende Angehörige – Kurberatung", kategorien=["angehoerige"], traeger="Caritasverband für den Landkreis Günzach e.V.",
  kurz="Beratung und Antragstellung für Vorsorge- und Rehamaßnahmen für pflegende Angehörige, auf Wunsch gemeinsam mit dem pflegebedürftigen Menschen.",
  body=["Seit 2024 haben pflegende Angehörige Anspruch auf eine stationäre Reha, auch wenn ambulante Angebote ausreichen würden.", "Wir helfen bei der Suche nach einer geeigneten Klinik."],
  strasse="Kirchplatz 7", telefon="0123 400-6120", email="kurberatung@caritas-guenzach.example.org", oeffnungszeiten="Mo-Do 09:00-12:00",
  kosten="kostenlos", stichworte=["Kur", "Reha", "Erholung", "pflegende Angehörige", "Auszeit"], zielgruppen=["pflegende Angehörige"])
R(id="ambulante-psychiatrische-pflege", titel="Ambulante psychiatrische Pflege", kategorien=["pflegedienste"], traeger="Pflegedienst Seelenruh GmbH",
  kurz="Psychiatrische Fachpflege zu Hause bei Depression, Angst, Psychosen und beginnender Demenz – auf ärztliche Verordnung.",
  body=["Die Kosten übernimmt die Krankenkasse für bis zu vier Monate.", "Unsere Pflegekräfte haben eine Fachweiterbildung Psychiatrie."],
  strasse="Bahnhofstraße 44", telefon="0123 400-7400", email="info@seelenruh-pflege.example.org", oeffnungszeiten="Mo-Fr 08:00-16:00",
  kosten="Leistung der Krankenkasse", stichworte=["psychiatrische Pflege", "Depression", "Angst", "APP"], zielgruppen=["Menschen mit psychischer Erkrankung"])
R(id="intensivpflege-guenztal", titel="Außerklinische Intensivpflege Günztal", kategorien=["pflegedienste"], traeger="Intensivpflege Günztal GmbH",
  ort="Ettenhofen", plz="87750",
  kurz="1:1-Versorgung von beatmeten und intensivpflichtigen Menschen zu Hause und in unserer Intensivpflege-Wohngemeinschaft in Ettenhofen.",
  body=["Unsere Pflegefachkräfte sind für Beatmung und Trachealkanülen weitergebildet.", "Wir beraten bei der Überleitung aus der Klinik."],
  strasse="Industriestraße 3", telefon="0123 43-9200", email="info@intensivpflege-guenztal.example.org", oeffnungszeiten="24/7",
  kosten="Leistung der Krankenkasse", stichworte=["Intensivpflege", "Beatmung", "Heimbeatmung", "Tracheostoma"], zielgruppen=["intensivpflegebedürftige Menschen"])
R(id="nachtpflege-haus-am-stadtpark", titel="Nachtpflege im Haus am Stadtpark", kategorien=["tages-kurzzeitpflege", "demenz"], traeger="Caritas-Altenhilfe Günzach gGmbH",
  kurz="Betreuung und Pflege in der Nacht für Menschen, die nachts unruhig sind – damit pflegende Angehörige endlich wieder durchschlafen können.",
  body=["Die Gäste kommen am Abend und werden morgens nach dem Frühstück heimgebracht.", "Die Pflegekasse bezahlt die Nachtpflege wie die Tagespflege."],
  strasse="Am Stadtpark 8", telefon="0123 400-7500", email="nachtpflege@caritas-altenhilfe.example.org", oeffnungszeiten="Mo-Fr 19:00-23:59",
  kosten="Abrechnung mit der Pflegekasse", stichworte=["Nachtpflege", "Nachtbetreuung", "Demenz", "Schlaf", "Entlastung"], zielgruppen=["Menschen mit Demenz", "pflegende Angehörige"])
R(id="hilfsmittelboerse-landkreis", titel="Hilfsmittelbörse im Landkreis", kategorien=["wohnberatung", "nachbarschaftshilfe"], traeger="Freiwilligenagentur Günzach e.V.",
  kurz="Gebrauchte Rollatoren, Rollstühle, Duschhocker und Pflegebetten werden gespendet, geprüft und kostenlos an Menschen weitergegeben, die sie brauchen.",
  body=["Abgabe und Abholung nach telefonischer Absprache im Lager an der Ziegeleistraße.", "Geräte der Krankenkasse dürfen nicht weitergegeben werden – bitte geben Sie sie dort zurück."],
  strasse="Ziegeleistraße 20", telefon="0123 400-3310", email="hilfsmittel@freiwillig-guenzach.example.org", oeffnungszeiten="Sa[1] 09:00-12:00",
  kosten="kostenlos", stichworte=["Hilfsmittel", "Rollator", "Rollstuhl", "gebraucht", "Spende", "Pflegebett"])
R(id="treppenlift-schwaben", titel="Treppenlifte und Plattformlifte – Liftbau Häußler", kategorien=["wohnberatung"], traeger="Liftbau Häußler GmbH & Co. KG",
  ort="Breitenau", plz="87745",
  kurz="Sitzlifte, Plattformlifte und Hublifte für gerade und kurvige Treppen, neu und gebraucht, mit Montage, Wartung und Notdienst.",
  body=["Kostenlose Besichtigung und Angebot vor Ort.", "Zuschuss der Pflegekasse bis 4 180 € möglich."],
  strasse="Gewerbering 11", telefon="0123 42-6060", email="info@liftbau-haeussler.example.org", web="https://liftbau-haeussler.example.org/",
  oeffnungszeiten="Mo-Fr 08:00-17:00", kosten="nach Angebot", stichworte=["Treppenlift", "Plattformlift", "Sitzlift", "Treppe"])
R(id="digitallotsen-landkreis", titel="Digitallotsen im Landkreis Günzach", kategorien=["bildung-digital"], traeger="Volkshochschule Günzach e.V.",
  kurz="Ehrenamtliche Digitallotsen helfen älteren Menschen beim Umgang mit Smartphone, Tablet und Internet – in Sprechstunden vor Ort oder bei Ihnen zu Hause.",
  body=["Die Volkshochschule vermittelt eine Lotsin in Ihrer Nähe.", "Die Digitallotsen sind von der Stiftung Digitale Chancen geschult."],
  strasse="Schulstraße 15", telefon="0123 400-2200", email="digitallotsen@vhs-guenzach.example.org", web="https://www.vhs-guenzach.example.org/digital",
  oeffnungszeiten="Mo-Do 09:00-12:00", kosten="kostenlos", stichworte=["Digitallotsen", "Smartphone", "Tablet", "Hausbesuch", "Internet"])
R(id="seniorenakademie-vhs-guenzach", titel="vhs-Programm 60plus", kategorien=["bildung-digital", "bewegung"], traeger="Volkshochschule Günzach e.V.",
  kurz="Kurse für Menschen ab 60 in allen Außenstellen: Computer und Smartphone, Sprachen, Gedächtnistraining, Sturzprophylaxe, Yoga und Vorträge.",
  body=["Das Programmheft erscheint zweimal im Jahr und liegt in allen Rathäusern aus.", "Viele Kurse sind ermäßigt für Inhaber der Ehrenamtskarte."],
  strasse="Schulstraße 15", telefon="0123 400-2200", email="info@vhs-guenzach.example.org", web="https://www.vhs-guenzach.example.org/",
  oeffnungszeiten="Mo-Fr 09:00-12:00; Di,Do 14:00-17:00", kosten="je nach Kurs", stichworte=["vhs", "Volkshochschule", "Kursprogramm", "Senioren"])
R(id="landfrauen-menue", titel="Offener Mittagstisch in der Kreisstadt – Bürgerküche", kategorien=["essen", "treffpunkte"], traeger="AWO-Kreisverband Günzach e.V.",
  kurz="Werktags frisch gekochtes Mittagessen zum kleinen Preis für alle, die nicht allein essen wollen – mit Fahrdienst aus den Ortsteilen Reichau, Kemnat und Hausen.",
  body=["Mit Bürgerkarte der Stadt kostet das Menü nur 4 €.", "Ehrenamtliche Köchinnen und Köche kochen mit regionalen Zutaten."],
  strasse="Ziegeleistraße 14", telefon="0123 400-6520", email="buergerkueche@awo-guenzach.example.org", oeffnungszeiten="Mo-Fr 11:30-13:30",
  einzugsgebiet=["bad-guenzach"], kosten="6,50 €, mit Bürgerkarte 4 €", stichworte=["Mittagstisch", "Mittagessen", "Bürgerküche", "günstig"])
R(id="ehrenamtskarte-landkreis", titel="Seniorenbeirat des Landkreises", kategorien=["beratung"], traeger="Seniorenbeirat des Landkreises Günzach",
  kurz="Die Vertretung der älteren Generation im Landkreis: Anregungen an den Kreistag, Stellungnahmen zu Bus, Ärzten und Pflege und jährliche Seniorenmesse.",
  body=["Jede Gemeinde entsendet ein Mitglied.", "Die Sitzungen sind öffentlich."],
  strasse="Schloßplatz 2", telefon="0123 400-4010", email="seniorenbeirat@lra-guenzach.example.org", oeffnungszeiten="nach Vereinbarung",
  kosten="kostenlos", stichworte=["Seniorenbeirat", "Kreistag", "Mitbestimmung", "Seniorenvertretung"])

# ---------------------------------------------------------------- Termine
TT = []


def E(**kw):
    kw.setdefault("kosten", None)
    kw.setdefault("anmeldung", None)
    kw.setdefault("wiederholung", None)
    kw.setdefault("dauer", 120)
    TT.append(kw)


E(typ="advent", kat=["treffpunkte"], monate=[(2026, 12)], stunden=[14, 15], gewicht=3,
  veranstalter=["seniorenclub", "pfarrei", "gemeinde", "vdk", "frauenbund"],
  titel=["Adventsfeier des Seniorenclubs", "Senioren-Adventsnachmittag", "Weihnachtsfeier für Seniorinnen und Senioren", "Adventlicher Nachmittag {im_raum}",
         "Vorweihnachtliche Feier für alle ab 70"],
  kurz=["Mit Stubenmusik, Kinderchor, Geschichten und Plätzchen. Alle älteren Bürgerinnen und Bürger aus {ort} sind herzlich eingeladen.",
        "Bei Kaffee, Stollen und adventlicher Musik stimmen wir uns gemeinsam auf Weihnachten ein. Der Nikolaus hat sein Kommen zugesagt."],
  body=["Wer abgeholt werden möchte, meldet sich bitte bei der Seniorenbeauftragten.", "Der Eintritt ist frei."], kosten=["kostenlos"], anmeldung=[None, "bei der Seniorenbeauftragten"])
E(typ="fasching", kat=["treffpunkte"], monate=[(2027, 2)], stunden=[14], gewicht=2, veranstalter=["seniorenclub", "pfarrei", "frauenbund", "gemeinde"],
  titel=["Seniorenfasching", "Bunter Nachmittag zum Fasching", "Faschingskranzl für Junggebliebene", "Senioren-Fasching {im_raum}"],
  kurz=["Krapfen, Musik, Sketche und die Prinzengarde des Faschingsvereins – Verkleidung erwünscht, aber kein Muss.", "Gaudi für alle ab 60 mit Live-Musik und Tanz."],
  body=["Für Kaffee und Krapfen ist gesorgt."], kosten=["Eintritt 5 €", "kostenlos"])
E(typ="vortrag_betrug", kat=["beratung", "treffpunkte"], monate="alle", stunden=[14, 19], gewicht=3, veranstalter=["gemeinde", "vdk", "seniorenclub", "bank"],
  titel=["Vortrag: Enkeltrick, Schockanruf & Co.", "Betrug am Telefon – so schützen Sie sich", "Falsche Polizisten und Enkeltrick: Vortrag der Polizei",
         "Sicher im Alter – Infoabend zu Betrugsmaschen"],
  kurz=["Ein Beamter der Kriminalpolizei erklärt die häufigsten Maschen der Betrüger und wie man sich schützt. Mit Zeit für Fragen.",
        "Schockanrufe, falsche Gewinnversprechen, Haustürbetrug: Die Polizei informiert, wie Sie Betrüger erkennen."],
  body=["Angehörige sind ebenfalls eingeladen.", "Die Veranstaltung ist kostenlos."], kosten=["kostenlos"])
E(typ="vortrag_vorsorge", kat=["vorsorge"], monate="alle", stunden=[19, 18, 14], gewicht=3, veranstalter=["gemeinde", "vdk", "pfarrei", "betreuungsverein", "hospizgruppe"],
  titel=["Infoabend Vorsorgevollmacht und Patientenverfügung", "Vorsorge treffen – solange man es kann", "Vortrag: Patientenverfügung richtig ausfüllen",
         "Was passiert, wenn ich nicht mehr entscheiden kann?", "Testament und Erbrecht – Vortrag"],
  kurz=["Eine Mitarbeiterin des Betreuungsvereins erklärt, was in eine Vorsorgevollmacht und eine Patientenverfügung gehört. Vordrucke werden verteilt.",
        "Wer entscheidet im Ernstfall? Ein Vortrag mit Beispielen und viel Zeit für Fragen.",
        "Ein Notar erklärt gesetzliche Erbfolge, Testament und Pflichtteil – verständlich und mit Fragen aus dem Publikum."],
  body=["Der Eintritt ist frei.", "Die Vordrucke des Bayerischen Justizministeriums liegen aus."], kosten=["kostenlos"], anmeldung=[None, "nicht nötig"])
E(typ="vortrag_pflege", kat=["beratung", "angehoerige"], monate="alle", stunden=[19, 18], gewicht=3, veranstalter=["gemeinde", "sozialstation", "pflegestuetzpunkt", "vdk"],
  titel=["Pflegeversicherung – was steht mir zu?", "Vortrag: Pflegegrad beantragen", "Infoabend: Pflege zu Hause organisieren", "Entlastungsbetrag, Verhinderungspflege, Tagespflege – Vortrag"],
  kurz=["Die Pflegeberaterin des Pflegestützpunkts erklärt Pflegegrade, Leistungen der Pflegekasse und die Begutachtung durch den Medizinischen Dienst.",
        "Welche Hilfen gibt es, wenn die Eltern pflegebedürftig werden? Ein Abend für Angehörige und Betroffene."],
  body=["Im Anschluss ist Zeit für persönliche Fragen.", "Der Eintritt ist frei."], kosten=["kostenlos"])
E(typ="vortrag_gesundheit", kat=["bewegung"], monate="alle", stunden=[14, 19], gewicht=3, veranstalter=["gemeinde", "vhs", "seniorenclub", "kneipp", "frauenbund"],
  titel=["Vortrag: Stürze vermeiden", "Gesund älter werden – Vortrag einer Hausärztin", "Gut hören im Alter – Vortrag mit Hörtest", "Ernährung im Alter",
         "Schlafstörungen im Alter – was hilft?", "Vortrag: Medikamente richtig einnehmen"],
  kurz=["Eine Fachfrau gibt praktische Tipps für den Alltag – mit kleinen Übungen zum Mitmachen.", "Ein Vortrag mit anschließender Fragerunde, bei Kaffee und Kuchen."],
  body=["Eintritt frei, Spenden erbeten."], kosten=["kostenlos"])
E(typ="ausflug", kat=["treffpunkte"], monate=[(2027, 5), (2027, 6), (2027, 7), (2027, 9)], stunden=[8, 9, 13], gewicht=3, dauer=540,
  veranstalter=["seniorenclub", "vdk", "gemeinde", "frauenbund", "pfarrei"],
  titel=["Seniorenausflug an den Bodensee", "Tagesfahrt ins Allgäu", "Halbtagesausflug zur Wallfahrtskirche", "Ausflug in den Botanischen Garten", "Schifffahrt auf dem Ammersee",
         "Maiausflug der Senioren", "Fahrt ins Blaue"],
  kurz=["Mit dem Bus geht es zu einem schönen Ziel, mit Mittagessen und Kaffeepause. Abfahrt am Rathaus, Zustieg in den Ortsteilen möglich.",
        "Der Ausflug ist auch für Menschen mit Rollator geeignet; es gibt kurze Wege und viele Pausen."],
  body=["Anmeldung bis zwei Wochen vorher.", "Im Preis enthalten sind Busfahrt und Eintritt."], kosten=["35 € inkl. Mittagessen", "28 €", "42 € mit Schifffahrt"],
  anmeldung=["bei der Seniorenbeauftragten", "im Rathaus", "beim Vorstand"])
E(typ="erste_hilfe", kat=["bewegung", "beratung"], monate="alle", stunden=[9, 14], gewicht=2, dauer=180, veranstalter=["brk_bereitschaft", "malteser", "vhs"],
  titel=["Erste-Hilfe-Auffrischung für Senioren", "Erste Hilfe am älteren Menschen", "Fit in Erster Hilfe ab 60"],
  kurz=["Was tun bei Sturz, Herzinfarkt oder Schlaganfall? In drei Stunden frischen Sie das Wichtigste auf – ohne Prüfung.", "Herzdruckmassage und stabile Seitenlage in Ruhe üben."],
  body=["Der Kurs ist kostenlos, Spenden gehen an die Bereitschaft."], kosten=["kostenlos"], anmeldung=["erforderlich"])
E(typ="rollator_aktion", kat=["bewegung", "fahrdienste"], monate=[(2027, 4), (2027, 5), (2027, 6), (2027, 9)], stunden=[10, 14], gewicht=1, dauer=120,
  veranstalter=["gemeinde", "sanitaet_event", "seniorenbeirat"],
  titel=["Rollator-Sicherheitstraining am Bus", "Rollatortag auf dem Marktplatz", "Rollator-Check und Übungsparcours"],
  kurz=["Einsteigen in den Bus, Bordsteine und Rampen: Unter Anleitung üben Sie mit Ihrem Rollator. Ein Sanitätshaus prüft kostenlos Bremsen und Einstellung.",
        "Praktisches Rollatortraining im Freien mit Physiotherapeutin und Busfahrer."],
  body=["Bei Regen findet das Training in der Mehrzweckhalle statt."], kosten=["kostenlos"])
E(typ="tag_offene_tuer", kat=["tages-kurzzeitpflege", "pflegeheime"], monate="alle", stunden=[13, 14, 10], gewicht=2, dauer=240, veranstalter=["heim_event"],
  titel=["Tag der offenen Tür in der Tagespflege", "Tag der offenen Tür im Seniorenheim", "Schnuppertag in der Tagespflege", "Hausführung und Sommerfest im Seniorenzentrum"],
  kurz=["Schauen Sie sich um, lernen Sie das Team kennen und stellen Sie Ihre Fragen zur Finanzierung durch die Pflegekasse. Mit Kaffee und Kuchen.",
        "Führungen durch das Haus zu jeder vollen Stunde, Informationen zu Tages- und Kurzzeitpflege."],
  body=["Auch Angehörige sind herzlich willkommen."], kosten=["kostenlos"])
E(typ="smartphone_kurs", kat=["bildung-digital"], monate="alle", stunden=[14, 15, 10], gewicht=3, veranstalter=["vhs", "mgh_event", "buecherei_event", "bank"],
  titel=["Smartphone-Kurs für Einsteiger", "Handykurs für Senioren", "WhatsApp für Anfänger", "Tablet-Nachmittag", "Online-Banking sicher nutzen – Workshop",
         "Digitaler Nachmittag: Videotelefonie mit den Enkeln"],
  kurz=["An zwei Nachmittagen lernen Sie die Grundlagen Ihres Smartphones kennen – mit eigenem Gerät, in kleiner Gruppe.",
        "Schritt für Schritt erklärt: Nachrichten schreiben, Fotos verschicken, Videoanruf starten."],
  body=["Bitte das aufgeladene Gerät mitbringen.", "Höchstens zehn Teilnehmende."], kosten=["15 €", "kostenlos"], anmeldung=["erforderlich", "bei der Volkshochschule"])
E(typ="smartphone_sprechstunde", kat=["bildung-digital"], monate=[(2026, 11), (2026, 12), (2027, 1)], stunden=[15, 16], gewicht=2,
  veranstalter=["jugend_event", "buecherei_event", "mgh_event"], wiederholung=["14-taeglich", "monatlich", "woechentlich"],
  titel=["Offene Smartphone-Sprechstunde", "Handy-Sprechstunde mit Schülern", "Jung hilft Alt: Smartphone-Hilfe"],
  kurz=["Jugendliche helfen bei Fragen rund um Handy, Tablet und Internet. Ohne Anmeldung, einfach vorbeikommen.",
        "Digitallotsen beantworten Ihre Fragen zu Smartphone und Tablet – so oft Sie möchten."],
  body=["Bitte Gerät und Ladekabel mitbringen."], kosten=["kostenlos"])
E(typ="trauercafe_termin", kat=["hospiz-trauer"], monate=[(2026, 12), (2027, 1)], stunden=[15], gewicht=1, veranstalter=["hospizgruppe"], wiederholung=["monatlich"],
  titel=["Trauercafé", "Offener Treff für Trauernde"],
  kurz=["Ein geschützter Ort für Menschen, die einen Verlust erlitten haben. Ausgebildete Trauerbegleiterinnen sind da."],
  body=["Ohne Anmeldung, kostenlos."], kosten=["kostenlos"])
E(typ="demenz_schulung", kat=["demenz", "angehoerige"], monate="alle", stunden=[18, 19, 14], gewicht=2, dauer=150, veranstalter=["alzheimer", "caritas_event", "gemeinde"],
  titel=["Demenz-Partner-Kurs", "Demenz verstehen – Vortrag für Angehörige", "Kinonachmittag: Film über Demenz mit Gespräch", "Umgang mit Menschen mit Demenz – Schulung"],
  kurz=["Was passiert im Kopf bei Demenz, und wie gehe ich gut mit Betroffenen um? Ein Kurs in 90 Minuten für Angehörige, Nachbarn und Interessierte.",
        "Ein Abend, der Verständnis weckt – mit Tipps für den Alltag und Hinweisen auf Hilfen im Landkreis."],
  body=["Teilnehmende bekommen eine Bescheinigung als Demenz-Partner.", "Eintritt frei."], kosten=["kostenlos"])
E(typ="pflegekurs_termin", kat=["angehoerige"], monate="alle", stunden=[18, 19], gewicht=1, dauer=120, veranstalter=["sozialstation", "caritas_event"],
  titel=["Pflegekurs für Angehörige (8 Abende)", "Kurs: Zu Hause pflegen – Grundlagen"],
  kurz=["Ein kostenloser Kurs für alle, die einen Angehörigen pflegen: Heben und Lagern, Körperpflege, Leistungen der Pflegekasse."],
  body=["Die Kosten übernimmt die Pflegekasse."], kosten=["kostenlos"], anmeldung=["erforderlich"], wiederholung=["woechentlich"])
E(typ="sommerfest", kat=["treffpunkte"], monate=[(2027, 6), (2027, 7)], stunden=[14, 15], gewicht=2, veranstalter=["seniorenclub", "gemeinde", "heim_event", "mgh_event"],
  titel=["Sommerfest für Jung und Alt", "Seniorensommerfest im Pfarrgarten", "Gartenfest im Seniorenheim"],
  kurz=["Mit Blasmusik, Grillwürsten, Kaffee und Kuchen. Alle Generationen sind willkommen.", "Ein Nachmittag im Grünen mit Musik und guter Gesellschaft."],
  body=["Bei schlechtem Wetter im Saal."], kosten=["kostenlos"])
E(typ="maiandacht", kat=["treffpunkte", "hospiz-trauer"], monate=[(2027, 5)], stunden=[14, 19], gewicht=1, veranstalter=["pfarrei", "frauenbund"],
  titel=["Senioren-Maiandacht mit anschließendem Kaffee", "Maiandacht an der Feldkapelle"],
  kurz=["Wir feiern die Maiandacht gemeinsam und sitzen danach noch bei Kaffee und Kuchen zusammen. Fahrgelegenheit auf Anfrage."],
  body=["Bei Regen in der Pfarrkirche."], kosten=["kostenlos"])
E(typ="gymnastik_schnupper", kat=["bewegung"], monate="alle", stunden=[9, 10, 15], gewicht=2, dauer=90, veranstalter=["sport", "kneipp", "vhs"],
  titel=["Schnupperstunde Sitztanz", "Schnuppertraining Sturzprophylaxe", "Offene Stunde Seniorengymnastik", "Probetraining Qigong für Ältere",
         "Schnupperkurs Nordic Walking 60plus"],
  kurz=["Einfach mal ausprobieren: eine kostenlose Stunde zum Kennenlernen, ganz ohne Verpflichtung.", "Die Übungsleiterin stellt den neuen Kurs vor – Mitmachen ausdrücklich erwünscht."],
  body=["Bequeme Kleidung mitbringen."], kosten=["kostenlos"])
E(typ="kino", kat=["treffpunkte"], monate="alle", stunden=[14, 15], gewicht=2, veranstalter=["gemeinde", "mgh_event", "buecherei_event"],
  titel=["Seniorenkino: Ein Heimatfilm", "Kinonachmittag mit Kaffee", "Filmnachmittag für Senioren"],
  kurz=["Ein Film auf großer Leinwand, dazu Kaffee und Kuchen in der Pause. Der Titel wird im Gemeindeblatt bekanntgegeben."],
  body=["Der Saal ist barrierefrei."], kosten=["3 € inkl. Kaffee"])
E(typ="konzert", kat=["treffpunkte"], monate="alle", stunden=[15, 16, 19], gewicht=1, veranstalter=["heim_event", "pfarrei", "gemeinde"],
  titel=["Konzert im Seniorenheim", "Volksmusiknachmittag", "Zithermusik und Gedichte", "Frühlingskonzert der Blaskapelle für Senioren"],
  kurz=["Musikantinnen und Musikanten aus dem Ort spielen für die Bewohnerinnen und Bewohner und alle Gäste aus der Nachbarschaft."],
  body=["Eintritt frei."], kosten=["kostenlos"])
E(typ="wohnberatung_termin", kat=["wohnberatung"], monate="alle", stunden=[18, 19, 14], gewicht=1, veranstalter=["gemeinde", "seniorenbeirat"],
  titel=["Infoabend: Barrierefrei umbauen", "Vortrag: Sicher wohnen im Alter", "Wohnraumanpassung – was die Pflegekasse zahlt"],
  kurz=["Die Wohnberaterin des Landkreises zeigt mit Bildern, wie man Bad, Treppe und Eingang altersgerecht macht, und erklärt die Zuschüsse."],
  body=["Eintritt frei."], kosten=["kostenlos"])

TERMINTYPEN = TT

REGIONALE_TERMINE = [
    dict(id="fachtag-daheim-alt-werden-2027", titel="Fachtag „Daheim alt werden“ 2027", beginn="2027-03-13 09:30", ende="2027-03-13 16:00",
         ort=dict(name="Stadtsaal Bad Günzach", strasse="Marktplatz 3", plz="87730", ort="Bad Günzach"), veranstalter="Landratsamt Günzach – Fachstelle Seniorenarbeit",
         kategorien=["beratung", "angehoerige"], kosten="kostenlos, Mittagessen 8 €", anmeldung="bis 1. März 2027 bei der Fachstelle Seniorenarbeit",
         telefon="0123 400-4000", email="senioren@lra-guenzach.example.org",
         kurz="Vorträge und Workshops zu Pflege zu Hause, Nachbarschaftshilfe, Wohnen im Alter und Digitalisierung – für Bürgerinnen und Bürger, Ehrenamtliche und Gemeinden.",
         body="Am Nachmittag stellen sich die Anbieter aus dem Landkreis an Infoständen vor. Ein Shuttlebus fährt ab dem Bahnhof."),
    dict(id="netzwerktreffen-nachbarschaftshilfen-fruehjahr-2027", titel="Netzwerktreffen der Nachbarschaftshilfen", beginn="2027-04-21 18:30", ende="2027-04-21 21:00",
         ort=dict(name="Pfarrheim St. Martin", strasse="Kirchplatz 4", plz="87730", ort="Bad Günzach"), veranstalter="Arbeitskreis Soziales im Landkreis Günzach",
         kategorien=["nachbarschaftshilfe"], kosten="kostenlos", anmeldung="erwünscht",
         kurz="Austausch der Einsatzleitungen und Vorstände der Nachbarschaftshilfen: Versicherung, Entlastungsbetrag, neue Ehrenamtliche gewinnen.",
         body="Mit einem Impulsvortrag zur Abrechnung über den Entlastungsbetrag."),
    dict(id="netzwerktreffen-nachbarschaftshilfen-herbst-2026", titel="Netzwerktreffen der Nachbarschaftshilfen (Herbst)", beginn="2026-10-14 18:30", ende="2026-10-14 21:00",
         ort=dict(name="Bürgerhaus Hohenried", strasse="Poststraße 2", plz="87740", ort="Hohenried"), veranstalter="Arbeitskreis Soziales im Landkreis Günzach",
         kategorien=["nachbarschaftshilfe"], kosten="kostenlos",
         kurz="Die Nachbarschaftshilfen und Helferkreise des Landkreises treffen sich zum Erfahrungsaustausch.", body="Thema: Fahrdienste rechtssicher organisieren."),
    dict(id="seniorenmesse-guenzach-2027", titel="Seniorenmesse „Aktiv im Alter“", beginn="2027-05-08 10:00", ende="2027-05-08 17:00",
         ort=dict(name="Mehrzweckhalle Ettenhofen", strasse="Sportplatzweg 2", plz="87750", ort="Ettenhofen"), veranstalter="Seniorenbeirat des Landkreises Günzach",
         kategorien=["treffpunkte", "beratung", "wohnberatung"], kosten="Eintritt frei",
         kurz="Über 60 Aussteller zeigen Hilfen, Hilfsmittel, Freizeitangebote und Wohnformen für das Alter. Mit Vorträgen, Hörtest und Rollator-Parcours.",
         body="Kostenloser Bus-Shuttle aus allen Gemeinden nach Fahrplan."),
    dict(id="gesundheitstag-kreisklinik-2027", titel="Gesundheitstag 60plus in der Kreisklinik", beginn="2027-06-19 10:00", ende="2027-06-19 15:00",
         ort=dict(name="Kreisklinik Günzach", strasse="Klinikstraße 10", plz="87730", ort="Bad Günzach"), veranstalter="Kreisklinik Günzach",
         kategorien=["bewegung", "demenz"], kosten="kostenlos",
         kurz="Blutdruck- und Blutzuckermessung, Gedächtnistest, Sturzrisiko-Check und Vorträge der Chefärzte zu Herz, Gelenken und Demenz.", body="Die Cafeteria ist geöffnet."),
    dict(id="infoabend-heimplatz-2027", titel="Infoabend: Wenn ein Heimplatz nötig wird", beginn="2027-01-27 18:00", ende="2027-01-27 20:00",
         ort=dict(name="Landratsamt Günzach, Großer Sitzungssaal", strasse="Schloßplatz 2", plz="87730", ort="Bad Günzach"), veranstalter="Pflegestützpunkt Landkreis Günzach",
         kategorien=["pflegeheime", "beratung"], kosten="kostenlos",
         kurz="Wie finde ich einen Pflegeheimplatz, was kostet er, und wer zahlt, wenn Rente und Pflegekasse nicht reichen? Antworten vom Pflegestützpunkt und Sozialamt.",
         body="Mit Liste aller Pflegeheime im Landkreis zum Mitnehmen."),
    dict(id="hospiz-befaehigungskurs-2027", titel="Befähigungskurs für Hospizbegleiterinnen und -begleiter", beginn="2027-02-05 17:00", ende="2027-02-05 20:30",
         ort=dict(name="Hospizverein Günztal", strasse="Spitalgasse 3", plz="87730", ort="Bad Günzach"), veranstalter="Hospizverein Günztal e.V.",
         kategorien=["hospiz-trauer"], kosten="kostenlos", anmeldung="mit Vorgespräch", wiederholung="14-taeglich", bis="2027-06-25",
         kurz="Ein Kurs über mehrere Monate für Menschen, die schwerkranke und sterbende Menschen begleiten möchten.", body="Erster Abend: Kennenlernen und eigene Erfahrungen mit Abschied."),
    dict(id="woche-der-pflegenden-angehoerigen-2027", titel="Aktionswoche für pflegende Angehörige: Auftaktabend", beginn="2027-09-20 19:00", ende="2027-09-20 21:00",
         ort=dict(name="Bürgerhaus Hohenried", strasse="Poststraße 2", plz="87740", ort="Hohenried"), veranstalter="Diakonisches Werk Günzach e.V.",
         kategorien=["angehoerige"], kosten="kostenlos",
         kurz="Kabarett, Gespräch und Informationen zur Entlastung – zum Auftakt einer Woche mit Angeboten für pflegende Angehörige im ganzen Landkreis.", body="Betreuung für pflegebedürftige Angehörige ist nach Anmeldung möglich."),
    dict(id="demenzwoche-kino-2026", titel="Woche der Demenz: Filmabend", beginn="2026-09-24 19:00", ende="2026-09-24 21:30",
         ort=dict(name="Kino im Kornhaus", strasse="Kornhausgasse 1", plz="87730", ort="Bad Günzach"), veranstalter="Alzheimer Gesellschaft Landkreis Günzach e.V.",
         kategorien=["demenz"], kosten="Eintritt frei",
         kurz="Spielfilm über eine Familie mit einem an Demenz erkrankten Vater, danach Gespräch mit einer Gerontopsychiaterin.", body="Zur Woche der Demenz im September."),
    dict(id="vortrag-wohnraumanpassung-landkreis", titel="Vortragsabend Wohnraumanpassung", beginn="2027-03-03 19:00", ende="2027-03-03 20:30",
         ort=dict(name="Landratsamt Günzach, Großer Sitzungssaal", strasse="Schloßplatz 2", plz="87730", ort="Bad Günzach"), veranstalter="Landratsamt Günzach – Fachstelle Wohnberatung",
         kategorien=["wohnberatung"], kosten="kostenlos",
         kurz="Wie wird die Wohnung altersgerecht? Beispiele aus der Praxis, Förderprogramme und Tipps zu Treppenlift, Dusche und Beleuchtung.", body="Mit Ausstellung von Hilfsmitteln."),
    dict(id="seniorenbeauftragte-jahrestreffen-2027", titel="Jahrestreffen der Seniorenbeauftragten", beginn="2027-02-17 14:00", ende="2027-02-17 17:00",
         ort=dict(name="Landratsamt Günzach, Großer Sitzungssaal", strasse="Schloßplatz 2", plz="87730", ort="Bad Günzach"), veranstalter="Landratsamt Günzach – Fachstelle Seniorenarbeit",
         kategorien=["beratung"], kosten="kostenlos",
         kurz="Die Seniorenbeauftragten der 40 Gemeinden tauschen sich aus und planen gemeinsame Aktionen.", body="Mit Bericht aus dem Kreistag."),
    dict(id="pflegekurs-demenz-online-2027", titel="Online-Kurs: Hilfe beim Helfen – Demenz", beginn="2027-01-12 18:00", ende="2027-01-12 19:30",
         ort=dict(name="online (Zugangsdaten nach Anmeldung)"), veranstalter="Alzheimer Gesellschaft Landkreis Günzach e.V.",
         kategorien=["demenz", "angehoerige"], kosten="kostenlos", anmeldung="erforderlich", wiederholung="woechentlich", bis="2027-03-02",
         kurz="Schulungsreihe für Angehörige von Menschen mit Demenz – bequem von zu Hause aus am Computer oder Tablet.", body="Die Teilnahme ist auch per Telefon möglich."),
    dict(id="sicherheitstag-senioren-2027", titel="Sicherheitstag für Senioren", beginn="2027-10-09 10:00", ende="2027-10-09 14:00",
         ort=dict(name="Marktplatz Bad Günzach", strasse="Marktplatz", plz="87730", ort="Bad Günzach"), veranstalter="Polizeiinspektion Bad Günzach",
         kategorien=["beratung"], kosten="kostenlos",
         kurz="Polizei, Verbraucherzentrale und Feuerwehr informieren zu Betrug, Einbruchschutz, Rauchmeldern und sicherem Radfahren im Alter.", body="Mit Pedelec-Parcours."),
]
