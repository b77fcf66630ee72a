# Content of the invented region "Stadt Auenbrück" – read by erzeuge_region.py
# (executed in its namespace: A() adds a service, T() an event).

REGION_YAML = """titel: Seniorenwegweiser Auenbrück
region: Stadt Auenbrück und Umland
beschreibung: >-
  Treffpunkte, Hilfen, Beratung und Pflege für ältere Menschen in den zehn
  Stadtteilen von Auenbrück und in Kronweiler, Ulmenau und Sankt Odilien.
  Alle Einträge sind Beispieldaten – Organisationen, Personen und Nummern sind erfunden.
basis_url: https://senioren-auenbrueck.example.org/
sprache: de
zeitzone: Europe/Berlin
herausgeber:
  name: Seniorenbüro der Stadt Auenbrück (Beispiel)
  adresse:
    strasse: Rathausplatz 1
    plz: "35611"
    ort: Auenbrück
  email: seniorenbuero@auenbrueck.example.org
  telefon: "06499 20-400"
grundversorgung:
  - pflege-daheim
  - treffpunkte
  - alltag
  - mobil
  - beratung-pflege
pruefintervall_monate: 12
"""

KATEGORIEN_YAML = """- id: treffpunkte
  name: Treffpunkte und Seniorencafés
  beschreibung: Orte im Stadtteil, an denen man bei Kaffee, Spiel und Gespräch andere Menschen trifft.
  suchbegriffe: [Seniorentreff, Begegnungsstätte, Quartierstreff, Kaffeenachmittag, Seniorenclub]

- id: digital
  name: Smartphone, Computer und Internet
  beschreibung: Kurse, Sprechstunden und Paten, die geduldig bei Handy, Tablet und Computer helfen.
  suchbegriffe: [Handy, Smartphone, Tablet, Computer, PC, WhatsApp, Internet, Digitallotsen]

- id: bewegung
  name: Sport und Bewegung
  beschreibung: Gymnastik, Spaziergruppen, Rehasport und Kurse gegen Stürze – für jede Kondition.
  suchbegriffe: [Seniorensport, Gymnastik, Fitness, Turnen]

- id: kultur
  name: Kultur und Bildung
  beschreibung: Kino, Theater, Musik, Lesen und Lernen – in der Stadt und in den Dörfern.

- id: ehrenamt
  name: Mitmachen und Ehrenamt
  beschreibung: Wo Ältere sich engagieren und mitreden können – und wo Ehrenamtliche gesucht werden.
  suchbegriffe: [Ehrenamt, Freiwilligenarbeit, engagieren, mitmachen]

- id: wohnen
  name: Wohnen im Alter
  beschreibung: Service-Wohnen, Wohngemeinschaften, Seniorenresidenzen und Beratung zum Umbau der eigenen Wohnung.

- id: pflege-daheim
  name: Pflege zu Hause
  beschreibung: Ambulante Pflegedienste und Sozialstationen, die zu Ihnen nach Hause kommen.
  suchbegriffe: [Pflegedienst, ambulante Pflege, Sozialstation, Krankenpflege]

- id: pflege-haus
  name: Tagespflege, Kurzzeitpflege und Pflegeheime
  beschreibung: Pflege und Betreuung außerhalb der eigenen Wohnung – für einen Tag, ein paar Wochen oder auf Dauer.

- id: demenz
  name: Leben mit Demenz
  beschreibung: Beratung, Betreuungsgruppen und Wohnformen für Menschen mit Demenz und ihre Familien.
  suchbegriffe: [Demenz, Alzheimer, Vergesslichkeit]

- id: lebensende
  name: Hospiz, Palliativ und Trauer
  beschreibung: Begleitung am Lebensende, Schmerzlinderung zu Hause und Hilfe in der Trauer.

- id: geld-recht
  name: Rente, Geld und Recht
  beschreibung: Hilfe bei Rentenfragen, Grundsicherung, Wohngeld, Schulden, Vollmachten und Anträgen.

- id: beratung-pflege
  name: Senioren- und Pflegeberatung
  beschreibung: Unabhängige Stellen, die Sie und Ihre Angehörigen rund um Älterwerden und Pflege beraten.
  suchbegriffe: [Pflegeberatung, Seniorenberatung, Pflegegrad]

- id: mobil
  name: Mobil bleiben
  beschreibung: Fahrdienste, Bürgerbusse, Begleitung in Bus und Bahn und Hilfe für Rollstuhlfahrer.
  suchbegriffe: [Fahrdienst, Begleitdienst, Bus, Fahrt]

- id: alltag
  name: Hilfe im Alltag
  beschreibung: Nachbarschaftshilfen, Einkaufsdienste, Hausnotruf und Hilfe im Haushalt.

- id: essen
  name: Essen und Mittagstisch
  beschreibung: Gemeinsam zu Mittag essen oder das Essen ins Haus gebracht bekommen.
  suchbegriffe: [Mittagessen, Mittagstisch, Essen auf Rädern]

- id: sprachen
  name: Angebote in anderen Sprachen
  beschreibung: Treffpunkte, Beratung und Pflege auf Türkisch, Russisch und in weiteren Sprachen.
"""

SEITEN = {
    "impressum": ("Impressum", """
**Seniorenbüro der Stadt Auenbrück (Beispiel)**
Rathausplatz 1, 35611 Auenbrück

Telefon: 06499 20-400
E-Mail: [seniorenbuero@auenbrueck.example.org](mailto:seniorenbuero@auenbrueck.example.org)

Vertreten durch die Leiterin des Seniorenbüros, Frau Dagmar Wellhöfer (erfunden).

Verantwortlich für den Inhalt: Seniorenbüro der Stadt Auenbrück (Beispiel).

**Hinweis:** Dieser Wegweiser ist ein Beispiel. Die Stadt Auenbrück, ihre Stadtteile,
alle Organisationen, Personen, Adressen und Telefonnummern sind erfunden.
"""),
    "datenschutz": ("Datenschutzerklärung", """
Dieser Wegweiser setzt keine Cookies, bindet keine fremden Dienste ein und
führt keine Statistik über Ihre Besuche.

Der Webserver speichert technisch notwendige Angaben (Zeitpunkt, aufgerufene
Seite, IP-Adresse) höchstens sieben Tage, um Störungen zu beheben.

Die Suche läuft vollständig in Ihrem Browser; Ihre Suchwörter werden nicht
an uns geschickt.

Verantwortliche Stelle: Seniorenbüro der Stadt Auenbrück (Beispiel),
Rathausplatz 1, 35611 Auenbrück, datenschutz@auenbrueck.example.org.

Sie haben das Recht auf Auskunft, Berichtigung und Löschung sowie das Recht,
sich beim Hessischen Beauftragten für Datenschutz und Informationsfreiheit zu beschweren.
"""),
    "barrierefreiheit": ("Erklärung zur Barrierefreiheit", """
Das Seniorenbüro der Stadt Auenbrück (Beispiel) möchte, dass alle Menschen
diesen Wegweiser gut nutzen können.

**Hinweis:** Dies ist eine Beispiel-Erklärung.

## Stand der Vereinbarkeit

Die Seiten sind weitgehend barrierefrei: große Schrift, starker Kontrast,
Bedienung mit der Tastatur, keine Inhalte von fremden Servern.

## Was noch fehlt

- Texte in Leichter Sprache gibt es noch nicht.
- Die Angaben „barrierefrei: ja, nein, teilweise“ stammen von den Trägern.

## Barriere melden

E-Mail: [barrierefreiheit@auenbrueck.example.org](mailto:barrierefreiheit@auenbrueck.example.org),
Telefon 06499 20-400. Wir antworten innerhalb von sechs Wochen.

## Schlichtung

Bleibt Ihre Meldung ohne befriedigende Antwort, können Sie sich an die
Durchsetzungsstelle für barrierefreie Informationstechnik des Landes Hessen wenden.
"""),
    "ueber-uns": ("Über diesen Wegweiser", """
Der Seniorenwegweiser Auenbrück sammelt die Angebote für ältere Menschen aus
allen zehn Stadtteilen und den Nachbargemeinden Kronweiler, Ulmenau und Sankt
Odilien. Er entstand aus dem Seniorenpolitischen Konzept der Stadt und wird
vom Seniorenbüro zusammen mit dem Seniorenbeirat und den Quartiersbüros gepflegt.

Fehlt ein Angebot oder stimmt etwas nicht mehr? Schreiben Sie uns an
seniorenbuero@auenbrueck.example.org.
"""),
}

ANSPRECH = {
    "innenstadt": [("Dagmar Wellhöfer", "Leiterin Seniorenbüro", "06499 20-401", "wellhoefer@auenbrueck.example.org"),
                   ("Horst Lammerich", "Seniorenbeirat, Sprecher Innenstadt", "06499 20-402", "beirat-innenstadt@example.org")],
    "bahnhofsviertel": [("Selin Aydoğan", "Stadtteilkoordinatorin", "06499 20-411", "stadtteil-bahnhof@example.org")],
    "nordend": [("Gisela Pfannmüller", "Seniorenbeiratsmitglied Nordend", "06499 20-421", "beirat-nordend@example.org"),
                ("Jonas Rehbein", "Quartiersarbeit Nordend", "06499 20-422", "quartier-nordend@example.org")],
    "am-kirchberg": [("Ursula Vogt-Heinemann", "Seniorenbeauftragte des Ortsbeirats", "06499 20-431", "senioren-kirchberg@example.org")],
    "oberau-sued": [("Mehmet Kaya", "Quartiersmanager Oberau-Süd", "06499 20-441", "quartier-oberau@example.org"),
                    ("Irina Bauer", "Ansprechpartnerin für russischsprachige Senioren", "06499 20-442", "irina.bauer@example.org")],
    "roetheln": [("Kerstin Mahr", "Quartiersmanagerin Rötheln", "06499 20-451", "quartier-roetheln@example.org")],
    "gaertnersiedlung": [("Walter Eichhorn", "Seniorenbeirat, Gärtnersiedlung", "06499 20-461", "beirat-gaertner@example.org")],
    "muehlgraben": [("Petra Schönborn", "Koordinatorin Mehrgenerationenhaus", "06499 20-471", "mgh-muehlgraben@example.org")],
    "lindenhoehe": [("Rainer Adelmann", "Ortsvorsteher", "06499 20-481", "ortsvorsteher-linden@example.org")],
    "alt-weilbach": [("Hannelore Kissel", "Seniorenbeauftragte Alt-Weilbach", "06499 20-491", "senioren-weilbach@example.org")],
    "kronweiler": [("Bernd Schäfer", "Seniorenbeauftragter der Gemeinde", "06497 31-10", "senioren@kronweiler.example.org"),
                   ("Martina Keil", "Koordinatorin Helferkreis", "06497 31-11", "helferkreis@kronweiler.example.org")],
    "ulmenau": [("Erika Dörr", "Seniorenbeauftragte", "06496 42-20", "senioren@ulmenau.example.org")],
    "sankt-odilien": [("Sr. Benedikta Rauch", "Seniorenseelsorge", "06495 53-30", "seelsorge@st-odilien.example.org"),
                      ("Klaus Wendling", "Bürgermeister", "06495 53-31", "buergermeister@st-odilien.example.org")],
}

GEMTEXT = {
    "innenstadt": """
Die Innenstadt rund um Marktplatz und Rathaus ist der Ort kurzer Wege: Hier
sitzen das Seniorenbüro, der Pflegestützpunkt und viele Beratungsstellen. Im
Alten Zollhaus trifft man sich zum Karten spielen, in den Burg-Lichtspielen
läuft einmal im Monat das Seniorenkino.
""",
    "bahnhofsviertel": """
Im Bahnhofsviertel leben viele Menschen allein. Die Bahnhofsmission hilft
beim Umsteigen, der ASB hat hier seinen Fahrdienst, und im Stadtteilladen
gibt es ein Frühstück für Ältere.
""",
    "nordend": """
Das Nordend ist der größte Altbau-Stadtteil. Die AWO hat hier ihre
Begegnungsstätte mit Mittagstisch und liefert von hier aus Essen in die
ganze Stadt.
""",
    "am-kirchberg": """
Am Kirchberg liegen das Altenpflegeheim St. Aurelius, die Seniorenresidenz
und das stationäre Hospiz. Die Evangelische Kirchengemeinde lädt jede Woche
zum Seniorenkreis ein.
""",
    "oberau-sued": """
Oberau-Süd ist ein Stadtteil mit vielen Sprachen. Das Quartiersbüro am
Oberauer Platz ist erste Anlaufstelle; es gibt Treffpunkte für
türkischsprachige und russischsprachige Seniorinnen und Senioren.
""",
    "roetheln": """
In Rötheln gibt es seit 2021 ein Quartiersmanagement. Im Ladenlokal in der
Hainstraße treffen sich Nachbarn zum Kaffee, zum Reparieren und zum Gärtnern.
""",
    "gaertnersiedlung": """
Die Gärtnersiedlung mit ihren kleinen Häusern und Gärten ist ruhig und grün.
Hier gibt es eine selbstorganisierte Senioren-Wohngemeinschaft und ein
Gesundheitszentrum mit Rehasport.
""",
    "muehlgraben": """
Herz des Stadtteils Mühlgraben ist das Mehrgenerationenhaus an der alten
Mühle: offener Treff, Mittagstisch, PC-Treff und Erzählcafé unter einem Dach.
""",
    "lindenhoehe": """
Die Lindenhöhe ist ein junger Stadtteil am Waldrand. Der DRK-Ortsverein
betreibt das betreute Wohnen und die Tagespflege.
""",
    "alt-weilbach": """
Alt-Weilbach war bis 1972 ein eigenes Dorf und hat sich viel vom Dorfleben
bewahrt: Seniorenclub, Turnverein und eine rührige Nachbarschaftshilfe.
Der Bürgerbus fährt in die Innenstadt und nach Kronweiler.
""",
    "kronweiler": """
Kronweiler liegt sechs Kilometer nördlich von Auenbrück. Der Helferkreis und
der Bürgerbus sorgen dafür, dass niemand allein bleibt.
""",
    "ulmenau": """
Ulmenau ist eine kleine Gemeinde im Lahntal mit Seniorenheim, Dorfladen und
zwei Mitfahrbänken.
""",
    "sankt-odilien": """
Sankt Odilien ist um das Kloster gewachsen. Die Ordensschwestern betreiben
das Klostergarten-Café und das Wohnen im Klosterhof.
""",
}

# ---------------------------------------------------------------- Region
A("region", "pflegestuetzpunkt-auenbrueck", "Pflegestützpunkt Auenbrück", ["beratung-pflege"],
  "Stadt Auenbrück und Pflegekassen in Hessen (Beispiel)",
  "Kostenlose und neutrale Beratung rund um die Pflege: Pflegegrad beantragen, Leistungen der Pflegekasse, Hilfen zu Hause organisieren.",
  strasse="Rathausplatz 3", plz="35611", tel="06499 20-450", email="pflegestuetzpunkt@auenbrueck.example.org",
  oh="Mo-Do 09:00-12:00,14:00-16:00; Fr 09:00-12:00 \"und nach Vereinbarung\"", kosten="kostenlos", bf="ja",
  zg=["pflegebedürftige Menschen", "pflegende Angehörige"],
  body="""
Im Pflegestützpunkt beraten Sie eine Pflegefachkraft und eine Sozialarbeiterin
gemeinsam. Sie erklären, wie der Antrag auf einen Pflegegrad gestellt wird,
was bei der Begutachtung durch den Medizinischen Dienst passiert und welche
Leistungen Ihnen zustehen – vom Pflegegeld bis zur Tagespflege.

Wer nicht kommen kann, bekommt einen Hausbesuch. Die Beratung ist
unabhängig: Wir vermitteln an alle Pflegedienste der Stadt, nicht an einen bestimmten.
""")

A("region", "seniorenbuero-stadt-auenbrueck", "Seniorenbüro der Stadt Auenbrück", ["beratung-pflege", "ehrenamt"],
  "Seniorenbüro der Stadt Auenbrück (Beispiel)",
  "Erste Anlaufstelle der Stadt für alle Fragen rund ums Älterwerden – wir wissen, wer helfen kann, und vermitteln weiter.",
  strasse="Rathausplatz 1", plz="35611", tel="06499 20-400", email="seniorenbuero@auenbrueck.example.org",
  web="https://senioren-auenbrueck.example.org/seniorenbuero/", oh="Mo-Fr 09:00-12:30; Do 14:00-17:00; PH off",
  kosten="kostenlos", bf="ja", sw=["Seniorenpass", "Seniorenberatung", "Hausbesuch"],
  body="""
Das Seniorenbüro berät ältere Menschen und ihre Angehörigen, gibt den
Seniorenpass für vergünstigte Eintritte aus und organisiert den
Theaterring 60plus. Es unterstützt den Seniorenbeirat und die Quartierstreffs.
""")

A("region", "hausnotruf-drk-auenbrueck", "DRK-Hausnotruf", ["alltag"],
  "DRK-Kreisverband Auenbrück (Beispiel)",
  "Ein Knopfdruck genügt: Der Hausnotruf verbindet Sie rund um die Uhr mit der DRK-Zentrale, die Angehörige, Nachbarn oder den Rettungsdienst schickt.",
  strasse="Kasernenweg 12", plz="35612", tel="06499 30-100", email="hausnotruf@drk-auenbrueck.example.org",
  oh="24/7", kosten="Basispaket ab 25,50 € im Monat; mit Pflegegrad übernimmt die Pflegekasse die Kosten",
  sw=["Notrufknopf", "Notrufarmband", "Schlüsselhinterlegung"])

A("region", "hausnotruf-johanniter", "Johanniter-Hausnotruf und Mobilnotruf", ["alltag"],
  "Johanniter-Unfall-Hilfe, Regionalverband Lahn-Auen (Beispiel)",
  "Notruf für zu Hause und unterwegs: Der Mobilnotruf mit Ortung funktioniert auch beim Spaziergang oder Einkaufen.",
  telefonisch=True, tel="06499 31-200", email="hausnotruf@johanniter-lahnauen.example.org",
  web="https://johanniter-lahnauen.example.org/hausnotruf/", oh="24/7", kosten="ab 27,00 € im Monat",
  body="""
Neben dem klassischen Gerät mit Funkfinger bieten wir einen Mobilnotruf mit
GPS an. Auf Wunsch schließen wir einen Sturzmelder an, der von selbst Alarm
gibt, wenn Sie hinfallen und nicht mehr aufstehen können.
""")

A("region", "ambulanter-hospizdienst-lichtblick", "Ambulanter Hospizdienst Lichtblick", ["lebensende"],
  "Hospizverein Auenbrück e.V. (Beispiel)",
  "Ehrenamtliche begleiten schwerkranke Menschen in ihrer letzten Lebenszeit zu Hause, im Heim oder im Krankenhaus – und stehen den Angehörigen bei.",
  strasse="Lindenallee 7", plz="35611", tel="06499 32-300", email="lichtblick@hospiz-auenbrueck.example.org",
  oh="Mo-Fr 10:00-12:00 \"und nach Vereinbarung\"", kosten="kostenlos", bf="teilweise",
  zg=["schwerkranke Menschen", "Angehörige", "Trauernde"],
  body="""
Unsere ausgebildeten Ehrenamtlichen kommen regelmäßig, hören zu, lesen vor,
halten die Hand oder sitzen einfach da, damit die Familie eine Pause hat.
Zwei hauptamtliche Koordinatorinnen beraten zu Patientenverfügung und
Versorgung am Lebensende.

Für Trauernde gibt es Einzelgespräche und den Trauerspaziergang am Kirchberg.
""")

A("region", "sapv-team-lahn-auen", "SAPV-Team Lahn-Auen", ["lebensende", "pflege-daheim"],
  "Palliativnetz Lahn-Auen gGmbH (Beispiel)",
  "Spezialisierte ambulante Palliativversorgung: Ärztinnen und Pflegekräfte lindern Schmerzen und Atemnot bei schwerer Krankheit zu Hause – rund um die Uhr erreichbar.",
  strasse="Am Klinikum 2", plz="35613", tel=["06499 33-400", "06499 33-499"], email="sapv@palliativnetz-lahnauen.example.org",
  oh="24/7", kosten="auf Verordnung, Kosten trägt die Krankenkasse",
  body="""
Die SAPV wird vom Hausarzt oder vom Krankenhaus verordnet. Unser Team arbeitet
mit Hausärzten, Pflegediensten und dem Hospizdienst zusammen.
""")

A("region", "schuldnerberatung-diakonie", "Schuldner- und Insolvenzberatung", ["geld-recht"],
  "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Wenn die Rechnungen über den Kopf wachsen: vertrauliche Beratung bei Schulden, Mahnungen, Pfändung und Privatinsolvenz.",
  strasse="Kirchgasse 9", plz="35611", tel="06499 34-500", email="schuldnerberatung@diakonie-lahnauen.example.org",
  oh="Di,Do 09:00-12:00; Mi 14:00-17:00", kosten="kostenlos", bf="nein",
  sw=["Pfändungsschutzkonto", "Mahnung", "Inkasso"])

A("region", "rentensprechstunde-versichertenaelteste", "Rentensprechstunde der Versichertenältesten", ["geld-recht"],
  "Deutsche Rentenversicherung Hessen – Versichertenälteste in Auenbrück (Beispiel)",
  "Ehrenamtliche Versichertenälteste helfen beim Rentenantrag, bei der Kontenklärung und beim Antrag auf Witwenrente.",
  strasse="Rathausplatz 1, Zimmer 14", plz="35611", tel="06499 20-414",
  oh="Mo[1] 14:00-17:00; Mo[3] 14:00-17:00", kosten="kostenlos",
  body="Bitte bringen Sie Ihren Personalausweis, Ihre Rentenversicherungsnummer und Ihre Unterlagen mit. Termin nur nach telefonischer Absprache.")

A("region", "grundsicherung-sozialamt", "Grundsicherung im Alter", ["geld-recht"],
  "Stadt Auenbrück, Amt für Soziales (Beispiel)",
  "Wenn die Rente nicht zum Leben reicht: Das Amt für Soziales prüft Ihren Anspruch auf Grundsicherung im Alter und bei Erwerbsminderung.",
  strasse="Weberstraße 20", plz="35611", tel="06499 20-500", email="grundsicherung@auenbrueck.example.org",
  oh="Mo,Di,Do 08:30-12:00", bf="ja",
  body="""
Grundsicherung bekommen Menschen ab der Regelaltersgrenze, deren Einkommen
und Vermögen nicht für den Lebensunterhalt reicht. Kinder müssen in der
Regel nicht dafür aufkommen, solange sie weniger als 100.000 Euro im Jahr
verdienen. Wir helfen beim Ausfüllen des Antrags.
""")

A("region", "wohngeldstelle-auenbrueck", "Wohngeldstelle", ["geld-recht", "wohnen"],
  "Stadt Auenbrück, Amt für Wohnen (Beispiel)",
  "Zuschuss zur Miete oder zu den Kosten des eigenen Hauses für Haushalte mit kleinem Einkommen – auch für Rentnerinnen und Rentner.",
  strasse="Weberstraße 20", plz="35611", tel="06499 20-520", email="wohngeld@auenbrueck.example.org",
  oh="Mo,Di,Do 08:30-12:00; Do 14:00-17:30", bf="ja", kosten="kostenlos",
  sw=["Lastenzuschuss", "Wohngeldantrag"])

A("region", "wohnberatung-auenbrueck", "Wohnberatung – Wohnung anpassen", ["wohnen", "beratung-pflege"],
  "Caritasverband Auenbrück (Beispiel)",
  "Damit Sie in Ihrer Wohnung bleiben können: Wir schauen uns Ihre Wohnung an und beraten zu Haltegriffen, bodengleicher Dusche, Türschwellen und Zuschüssen der Pflegekasse.",
  strasse="Caritasplatz 2", plz="35611", tel="06499 35-600", email="wohnberatung@caritas-auenbrueck.example.org",
  oh="\"nach Vereinbarung\"", kosten="kostenlos",
  sw=["Barrierefreiheit", "Hausbesuch", "Zuschuss Pflegekasse"],
  body="""
Oft helfen schon kleine Dinge: ein zweiter Handlauf an der Treppe, ein
erhöhter Toilettensitz, bessere Beleuchtung im Flur. Bei größeren Umbauten
im Bad erklären wir, wie Sie bis zu 4.180 € Zuschuss der Pflegekasse beantragen.
""")

A("region", "alzheimer-gesellschaft-beratung", "Alzheimer-Gesellschaft Auenbrück – Beratungsstelle", ["demenz", "beratung-pflege"],
  "Alzheimer-Gesellschaft Auenbrück e.V. (Beispiel)",
  "Beratung für Menschen mit Demenz und ihre Familien: Diagnose, Umgang im Alltag, Entlastung und rechtliche Fragen.",
  strasse="Brunnengasse 4", plz="35611", tel="06499 36-700", email="beratung@alzheimer-auenbrueck.example.org",
  oh="Di,Mi 10:00-13:00; Do 15:00-18:00", kosten="kostenlos", bf="teilweise",
  zg=["Menschen mit Demenz", "Angehörige"])

A("region", "telefonbesuchsdienst-hallo-nachbar", "Telefonbesuchsdienst „Hallo Nachbar“", ["ehrenamt", "alltag"],
  "Malteser Hilfsdienst Auenbrück (Beispiel)",
  "Für alle, die viel allein zu Hause sind: Eine Ehrenamtliche ruft Sie regelmäßig an – zum Plaudern, Zuhören und Nachfragen.",
  telefonisch=True, tel="06499 37-800", email="hallo-nachbar@malteser-auenbrueck.example.org",
  oh="Mo-Fr 10:00-12:00", kosten="kostenlos",
  body="Wir suchen auch weitere Anruferinnen und Anrufer, die eine Stunde in der Woche Zeit haben.")

A("region", "betreuungsverein-vorsorge", "Betreuungsverein – Vorsorgevollmacht und Patientenverfügung", ["geld-recht"],
  "SkF Betreuungsverein Auenbrück e.V. (Beispiel)",
  "Wir erklären Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung und helfen beim Ausfüllen.",
  strasse="Weberstraße 5", plz="35611", tel="06499 38-900", email="vorsorge@skf-auenbrueck.example.org",
  oh="Mi 09:00-12:00 \"und nach Vereinbarung\"", kosten="kostenlos")

A("region", "seniorenbeirat-auenbrueck", "Seniorenbeirat der Stadt Auenbrück", ["ehrenamt"],
  "Seniorenbeirat der Stadt Auenbrück (Beispiel)",
  "Die gewählte Vertretung der älteren Generation: Der Seniorenbeirat berät Stadtverordnete und Magistrat und nimmt Anregungen und Beschwerden auf.",
  strasse="Rathausplatz 1", plz="35611", tel="06499 20-402", email="seniorenbeirat@auenbrueck.example.org",
  oh="Mi[1] 10:00-12:00", bf="ja",
  body="""
Der Seniorenbeirat hat fünfzehn Mitglieder, die alle fünf Jahre von den
Bürgerinnen und Bürgern ab 60 gewählt werden. Er tagt öffentlich. In der
Bürgersprechstunde am ersten Mittwoch im Monat können Sie Ihr Anliegen
persönlich vortragen – zum Beispiel fehlende Bänke, zu kurze Ampelphasen
oder Bushaltestellen ohne Dach.
""")

A("region", "freiwilligenagentur-auenbrueck", "Freiwilligenagentur Auenbrück", ["ehrenamt"],
  "Paritätischer Wohlfahrtsverband Hessen, Regionalgeschäftsstelle Lahn-Auen (Beispiel)",
  "Sie haben Zeit und möchten etwas Sinnvolles tun? Wir finden mit Ihnen das passende Ehrenamt – vom Vorlesen bis zur Begleitung im Bus.",
  strasse="Marktgasse 11", plz="35611", tel="06499 39-100", email="freiwillig@paritaet-lahnauen.example.org",
  web="https://freiwillig-auenbrueck.example.org/", oh="Di,Do 10:00-13:00", kosten="kostenlos", bf="ja")

A("region", "malteser-menueservice", "Malteser Menüservice", ["essen"],
  "Malteser Hilfsdienst Auenbrück (Beispiel)",
  "Täglich ein warmes Mittagessen an die Haustür – auch Schonkost, diabetikergerecht oder püriert. Ohne Vertragsbindung.",
  telefonisch=True, tel="06499 37-810", email="menue@malteser-auenbrueck.example.org",
  oh="Mo-Fr 08:00-14:00", kosten="7,90 € pro Menü", sw=["Tiefkühlmenüs", "Wochenkarte"])

A("region", "anruf-sammeltaxi", "Anruf-Sammeltaxi (AST)", ["mobil"],
  "Stadtwerke Auenbrück Verkehr (Beispiel)",
  "Abends und am Wochenende, wenn kein Bus mehr fährt: Das Sammeltaxi fährt zum Bustarif, wenn Sie es 30 Minuten vorher bestellen.",
  telefonisch=True, tel="06499 40-222", web="https://stadtwerke-auenbrueck.example.org/ast/",
  oh="Mo-Fr 20:00-24:00; Sa,Su 08:00-24:00", kosten="Bustarif plus 1,50 € Zuschlag")

A("region", "bus-begleiter", "Bus-Begleiter – sicher unterwegs mit Bus und Bahn", ["mobil", "ehrenamt"],
  "Stadtwerke Auenbrück Verkehr und Freiwilligenagentur (Beispiel)",
  "Ehrenamtliche Bus-Begleiter fahren mit, zeigen den Fahrkartenautomaten und die App und helfen beim Ein- und Aussteigen mit Rollator.",
  strasse="Bahnhofsplatz 1", plz="35610", tel="06499 40-230", email="busbegleiter@stadtwerke-auenbrueck.example.org",
  oh="Mo-Fr 08:00-12:00", kosten="kostenlos, Sie zahlen nur Ihren Fahrschein", bf="ja",
  zg=["Menschen mit Rollator", "Menschen, die unsicher im Bus sind"],
  body="""
Viele Ältere trauen sich nicht mehr in den Bus, seit die Fahrpläne sich geändert
haben. Unsere Begleiterinnen und Begleiter üben mit Ihnen die Strecke zum Arzt
oder zum Markt, bis Sie sie allein fahren können. Zweimal im Jahr gibt es ein
Rollator-Training mit einem echten Bus auf dem Betriebshof.
""")

A("region", "rollstuhl-schiebedienst", "Rollstuhl-Schiebedienst", ["mobil", "ehrenamt"],
  "Malteser Hilfsdienst Auenbrück (Beispiel)",
  "Ehrenamtliche schieben Sie im Rollstuhl – zum Wochenmarkt, zum Friedhof, in den Park oder zum Gottesdienst.",
  telefonisch=True, tel="06499 37-820", email="schiebedienst@malteser-auenbrueck.example.org",
  oh="Mo-Fr 09:00-11:00 \"Anmeldung mindestens drei Tage vorher\"", kosten="kostenlos, Spende willkommen")

A("region", "awo-seniorenreisen", "AWO-Seniorenreisen und Tagesfahrten", ["kultur", "treffpunkte"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Begleitete Urlaubsreisen und Tagesausflüge für Ältere – mit Kofferservice und Betreuung unterwegs.",
  strasse="Nordring 40", plz="35612", tel="06499 41-300", email="reisen@awo-auenbrueck.example.org",
  oh="Mo-Do 09:00-12:00", kosten="je nach Reise; Zuschuss für Menschen mit kleiner Rente möglich", bf="teilweise",
  sw=["Urlaub", "Ausflug", "Busreise"])

A("region", "sicherheitsberater-senioren", "Sicherheitsberater für Senioren", ["ehrenamt", "geld-recht"],
  "Polizeipräsidium Lahn-Auen und Stadt Auenbrück (Beispiel)",
  "Ehrenamtliche Sicherheitsberater erklären, wie Sie sich vor Enkeltrick, falschen Polizisten und Haustürgeschäften schützen.",
  strasse="Rathausplatz 1", plz="35611", tel="06499 20-430", email="sicherheitsberater@auenbrueck.example.org",
  oh="\"nach Vereinbarung\"", kosten="kostenlos",
  sw=["Enkeltrick", "Schockanruf", "falsche Polizisten", "Haustür"])

A("region", "selbsthilfe-kontaktstelle", "Selbsthilfe-Kontaktstelle", ["beratung-pflege"],
  "Der Paritätische Hessen (Beispiel)",
  "Vermittelt Selbsthilfegruppen – etwa zu Parkinson, Schlaganfall, Diabetes, Trauer oder Sucht – und hilft bei der Gründung neuer Gruppen.",
  strasse="Marktgasse 11", plz="35611", tel="06499 39-120", email="selbsthilfe@paritaet-lahnauen.example.org",
  oh="Mo,Mi 10:00-13:00")

A("region", "mobile-fusspflege-sohle", "Mobile Fußpflege", ["alltag"],
  "Fußpflegepraxis Sohle & Co. (Beispiel)",
  "Medizinische Fußpflege bei Ihnen zu Hause: Nägel schneiden, Hornhaut, eingewachsene Nägel – auch für Diabetiker.",
  telefonisch=True, tel="06499 42-440", oh="Mo-Fr 08:00-17:00", kosten="ab 32 € je Behandlung, Hausbesuch 5 € Zuschlag")

A("region", "blinden-sehbehindertenberatung", "Beratung für blinde und sehbehinderte Menschen", ["beratung-pflege"],
  "Blinden- und Sehbehindertenbund Lahn-Auen (Beispiel)",
  "Wenn die Augen nachlassen: Beratung zu Hilfsmitteln wie Lupen und Vorlesegeräten, zu Blindengeld und zum Umgang mit Makula-Degeneration.",
  strasse="Brunnengasse 6", plz="35611", tel="06499 43-550", oh="Di 10:00-16:00", kosten="kostenlos", bf="ja")

A("region", "telefonseelsorge-lahn-auen", "Telefonseelsorge Lahn-Auen", ["beratung-pflege"],
  "Ev. und kath. Kirche in Auenbrück (Beispiel)",
  "Anonym und rund um die Uhr: Menschen am Telefon, die zuhören, wenn Sorgen, Trauer oder Angst zu groß werden.",
  telefonisch=True, tel="06499 44-000", oh="24/7", kosten="kostenlos")

# ---------------------------------------------------------------- Innenstadt
A("innenstadt", "seniorencafe-am-markt", "Seniorencafé am Markt", ["treffpunkte"],
  "Caritasverband Auenbrück (Beispiel)",
  "Kaffee und selbst gebackener Kuchen zu kleinen Preisen, Zeitungen und nette Gesellschaft – mitten in der Altstadt.",
  strasse="Marktplatz 6", tel="06499 35-610", oh="Mo-Fr 14:00-17:00; PH off", kosten="Kaffee 1,20 €, Kuchen 1,80 €", bf="ja")

A("innenstadt", "begegnungsstaette-altes-zollhaus", "Begegnungsstätte Altes Zollhaus", ["treffpunkte", "kultur"],
  "AWO Ortsverein Auenbrück-Mitte (Beispiel)",
  "Skat, Doppelkopf, Rommé und Bingo, Gedächtnisspiele und Vorträge: Die Begegnungsstätte ist an fünf Tagen in der Woche geöffnet.",
  strasse="Zollgasse 2", tel="06499 41-320", email="zollhaus@awo-auenbrueck.example.org",
  oh="Mo-Fr 13:30-18:00", kosten="Mitgliedschaft nicht nötig", bf="teilweise",
  body="""
Das Alte Zollhaus ist seit über vierzig Jahren ein Treffpunkt für Ältere aus
der Innenstadt. Jeden Montag wird Skat gespielt, mittwochs Doppelkopf,
donnerstags gibt es Bingo mit kleinen Preisen. Einmal im Monat hält jemand
einen Vortrag – über Reisen, Gesundheit oder die Geschichte der Stadt.

Das Erdgeschoss ist stufenlos, der Saal im ersten Stock nur über eine Treppe erreichbar.
""")

A("innenstadt", "handy-sprechstunde-stadtbibliothek", "Handy-Sprechstunde in der Stadtbibliothek", ["digital"],
  "Stadtbibliothek Auenbrück (Beispiel)",
  "Jeden Dienstag beantworten Digitallotsen Ihre Fragen zu Handy und Tablet: WhatsApp, Fotos verschicken, Apps installieren.",
  strasse="Am Schlossgraben 1", tel="06499 20-600", email="bibliothek@auenbrueck.example.org",
  oh="Tu 10:00-12:00", kosten="kostenlos", bf="ja")

A("innenstadt", "seniorenkino-burg-lichtspiele", "Seniorenkino in den Burg-Lichtspielen", ["kultur"],
  "Burg-Lichtspiele Auenbrück und Seniorenbüro (Beispiel)",
  "Einmal im Monat am Dienstagnachmittag: ein ausgewählter Film, vorher Kaffee und Kuchen im Foyer.",
  strasse="Burgstraße 14", tel="06499 45-100", web="https://burg-lichtspiele.example.org/senioren/",
  oh="Tu[2] 14:30-17:30", kosten="6 € inklusive Kaffee und Kuchen", bf="ja",
  body="Die Termine und Filme stehen im Terminkalender und im Programmheft. Der Saal hat Plätze für Rollstühle und eine Höranlage.")

A("innenstadt", "theaterring-60plus", "Theaterring 60plus – Theaterbesuche mit Abholung", ["kultur", "mobil"],
  "Seniorenbüro der Stadt Auenbrück (Beispiel)",
  "Sechsmal im Jahr gemeinsam ins Stadttheater: Ein Kleinbus holt Sie zu Hause ab und bringt Sie nach der Vorstellung zurück.",
  strasse="Rathausplatz 1", tel="06499 20-405", email="theaterring@auenbrueck.example.org",
  ez="alle", kosten="Abo 90 € für sechs Vorstellungen einschließlich Fahrt",
  body="""
Das Abo umfasst zwei Schauspiele, eine Operette, ein Konzert und zwei
Komödien im Stadttheater Auenbrück. Die Plätze liegen im Parkett, gut
erreichbar. Wer nicht mehr sicher gehen kann, wird von Ehrenamtlichen bis
zum Platz begleitet.
""")

A("innenstadt", "caritas-sozialstation-mitte", "Caritas-Sozialstation Mitte", ["pflege-daheim"],
  "Caritasverband Auenbrück (Beispiel)",
  "Grundpflege, Behandlungspflege nach ärztlicher Verordnung, Beratungsbesuche nach § 37.3 und Hilfe im Haushalt in Innenstadt, Bahnhofsviertel und Nordend.",
  strasse="Caritasplatz 2", tel="06499 35-620", email="sozialstation@caritas-auenbrueck.example.org",
  oh="Mo-Fr 08:00-16:00", ez=["innenstadt", "bahnhofsviertel", "nordend"],
  kosten="Abrechnung mit Pflege- und Krankenkasse", geprueft="2026-06-02")

A("innenstadt", "service-wohnen-marktgasse", "Service-Wohnen Marktgasse", ["wohnen"],
  "Gemeinnützige Wohnungsbau Auenbrück GWA (Beispiel)",
  "28 barrierefreie Zwei-Zimmer-Wohnungen mit Aufzug, Concierge am Vormittag und Gemeinschaftsraum – Hilfe nur dann, wenn Sie sie brauchen.",
  strasse="Marktgasse 20", tel="06499 46-200", email="servicewohnen@gwa-auenbrueck.example.org",
  oh="Mo-Fr 09:00-12:00", kosten="Miete ab 9,80 €/m², Servicepauschale 85 € im Monat", bf="ja",
  body="""
Sie wohnen in Ihrer eigenen Mietwohnung mit eigenem Mietvertrag. Die
Servicepauschale deckt den Concierge, einen Hausnotrufanschluss und die
Nutzung des Gemeinschaftsraums. Pflege können Sie bei jedem Pflegedienst
dazubuchen. Es gibt eine Warteliste.
""")

A("innenstadt", "vdk-sozialrechtsberatung", "VdK-Sozialrechtsberatung", ["geld-recht"],
  "Sozialverband VdK, Kreisverband Auenbrück (Beispiel)",
  "Hilfe bei Widersprüchen und Klagen: Pflegegrad abgelehnt, Schwerbehindertenausweis, Erwerbsminderungsrente, Krankenkasse.",
  strasse="Weberstraße 8", tel="06499 47-300", email="auenbrueck@vdk-beispiel.example.org",
  oh="Mo-Do 09:00-12:00", ez="alle", kosten="für Mitglieder kostenlos, Mitgliedsbeitrag 7 € im Monat",
  sw=["Widerspruch", "Schwerbehinderung", "Sozialgericht"])

A("innenstadt", "vhs-aelter-werden", "vhs-Programm „Älter werden – neugierig bleiben“", ["kultur", "digital"],
  "Volkshochschule Auenbrück (Beispiel)",
  "Kurse am Vormittag für Menschen ab 60: Englisch für die Reise, Gedächtnistraining, Tablet für Einsteiger, Kunstgeschichte und Yoga.",
  strasse="Schulstraße 3", tel="06499 48-100", web="https://vhs-auenbrueck.example.org/60plus/",
  oh="Mo-Fr 09:00-12:00", kosten="je nach Kurs, 20 % Ermäßigung mit Seniorenpass", bf="ja")

A("innenstadt", "johanniter-begleitdienst", "Begleitdienst „Gemeinsam unterwegs“", ["mobil"],
  "Johanniter-Unfall-Hilfe, Regionalverband Lahn-Auen (Beispiel)",
  "Wir begleiten Sie zu Fuß, mit Bus oder Taxi zum Arzt, zur Physiotherapie, zu Behörden oder zum Friseur und warten mit Ihnen.",
  strasse="Burgstraße 30", tel="06499 31-210", email="begleitdienst@johanniter-lahnauen.example.org",
  oh="Mo-Fr 08:00-15:00", ez=["innenstadt", "bahnhofsviertel", "nordend", "am-kirchberg", "muehlgraben"],
  kosten="12 € pro Stunde; über den Entlastungsbetrag abrechenbar")

A("innenstadt", "trauercafe-haus-der-kirche", "Trauercafé im Haus der Kirche", ["lebensende", "treffpunkte"],
  "Evangelisches Dekanat Auenbrück (Beispiel)",
  "Für Menschen, die einen nahen Angehörigen verloren haben: Gespräch, Kaffee und Verständnis in geschützter Runde.",
  strasse="Kirchgasse 1", tel="06499 49-100", oh="Sa[1] 15:00-17:00", kosten="kostenlos")

A("innenstadt", "stadtfuehrung-mit-sitzpausen", "Stadtführungen mit Sitzpausen", ["kultur"],
  "Verkehrsverein Auenbrück (Beispiel)",
  "Altstadtrundgang in gemächlichem Tempo, höchstens eine Stunde, mit Bänken an jeder Station.",
  strasse="Marktplatz 1", tel="06499 45-300", kosten="4 €")

A("innenstadt", "seniorenchor-goldkehlchen", "Seniorenchor „Goldkehlchen“", ["kultur"],
  "Musikschule Auenbrück (Beispiel)",
  "Singen hält jung: Der Chor probt jeden Donnerstag alte Schlager, Volkslieder und Kanons. Notenkenntnisse sind nicht nötig.",
  strasse="Schulstraße 5", tel="06499 48-200", oh="Th 10:00-11:30", kosten="5 € im Monat", bf="ja",
  body="""
Wir sind rund vierzig Sängerinnen und Sänger zwischen 65 und 92 Jahren und
treten zweimal im Jahr auf, zuletzt beim Adventskonzert in der Stadtkirche.
Wer nicht mehr lange stehen kann, singt im Sitzen.
""")

A("innenstadt", "wassergymnastik-hallenbad", "Wassergymnastik im Hallenbad am Schlossgraben", ["bewegung"],
  "Stadtwerke Auenbrück Bäder und TV 1871 (Beispiel)",
  "Bewegung im 30 Grad warmen Wasser, schonend für Gelenke und Rücken. Hubboden und Lifter für den Einstieg.",
  strasse="Am Schlossgraben 8", tel="06499 40-300", oh="Mo,Mi 09:00-10:00", kosten="Eintritt 4 €", bf="ja")

# ---------------------------------------------------------------- Bahnhofsviertel
A("bahnhofsviertel", "drk-seniorentreff-bahnhofstrasse", "DRK-Seniorentreff Bahnhofstraße", ["treffpunkte"],
  "DRK-Kreisverband Auenbrück (Beispiel)",
  "Kaffeenachmittag, Gesellschaftsspiele und einmal im Monat Blutdruckmessen.",
  strasse="Bahnhofstraße 44", tel="06499 30-120", oh="Di,Fr 14:00-17:00", bf="ja")

A("bahnhofsviertel", "asb-fahrdienst", "ASB-Fahrdienst für Menschen im Rollstuhl", ["mobil"],
  "Arbeiter-Samariter-Bund, Ortsverband Auenbrück (Beispiel)",
  "Fahrten im Spezialfahrzeug mit Rampe: zur Dialyse, zur Bestrahlung, zum Arzt, zu Familienfeiern. Sie bleiben in Ihrem Rollstuhl sitzen.",
  strasse="Güterstraße 3", tel="06499 50-100", email="fahrdienst@asb-auenbrueck.example.org",
  oh="Mo-Fr 07:00-18:00; Sa 08:00-13:00", ez="alle",
  kosten="Fahrten mit Verordnung über die Krankenkasse; private Fahrten 2,20 € pro km",
  sw=["Tragestuhl", "Treppe", "Dialysefahrt"],
  body="""
Unsere Fahrer helfen mit dem Treppenraupe auch in Wohnungen ohne Aufzug.
Bitte bestellen Sie Fahrten mindestens zwei Tage vorher.
""")

A("bahnhofsviertel", "bahnhofsmission-auenbrueck", "Bahnhofsmission Auenbrück – Umsteigehilfe", ["mobil"],
  "Ökumenische Bahnhofsmission Auenbrück (Beispiel)",
  "Hilfe auf dem Bahnsteig: Wir holen Sie am Zug ab, tragen das Gepäck und bringen Sie zum Anschlusszug oder zum Taxi.",
  strasse="Bahnhofsplatz 1, Gleis 1", tel="06499 51-000", oh="Mo-Sa 07:00-19:00", kosten="kostenlos",
  body="Melden Sie Ihre Reise möglichst einen Tag vorher an. Wir arbeiten mit dem Mobilitätsservice der Bahn zusammen.")

A("bahnhofsviertel", "caritas-sozialberatung-bahnhofsviertel", "Allgemeine Sozialberatung", ["geld-recht"],
  "Caritasverband Auenbrück (Beispiel)",
  "Wir helfen bei Anträgen und Briefen von Ämtern: Grundsicherung, Wohngeld, GEZ-Befreiung, Rechnungen, die Sie nicht bezahlen können.",
  strasse="Bahnhofstraße 20", tel="06499 35-630", oh="Mo,Mi 09:00-12:00; Mi 14:00-16:00",
  ez=["bahnhofsviertel", "innenstadt", "nordend", "oberau-sued"], kosten="kostenlos")

A("bahnhofsviertel", "mittagstisch-st-elisabeth", "Mittagstisch St. Elisabeth", ["essen"],
  "Katholische Pfarrei St. Aurelius (Beispiel)",
  "Ein warmes Mittagessen für 1,50 € – für alle, die wenig Geld haben oder nicht allein essen möchten.",
  strasse="Elisabethstraße 2", tel="06499 52-100", oh="Mo-Fr 12:00-13:30", kosten="1,50 €")

A("bahnhofsviertel", "seniorentanzkreis-drk", "Seniorentanzkreis", ["bewegung", "kultur"],
  "DRK-Kreisverband Auenbrück (Beispiel)",
  "Kreistänze und Tänze aus aller Welt, ohne Partner. Jede Woche im Saal des DRK-Hauses.",
  strasse="Bahnhofstraße 44", tel="06499 30-130", oh="We 15:00-16:30", kosten="2 € pro Nachmittag")

A("bahnhofsviertel", "pflegedienst-lindgruen", "Pflegedienst Lindgrün", ["pflege-daheim"],
  "Lindgrün Ambulante Pflege GmbH (Beispiel)",
  "Privater Pflegedienst mit kleinem Team: Pflege, Medikamentengabe, Verbandswechsel und Betreuung.",
  strasse="Güterstraße 15", tel="06499 53-200", email="info@lindgruen-pflege.example.org",
  oh="Mo-Fr 07:30-15:30", ez=["bahnhofsviertel", "innenstadt", "oberau-sued", "roetheln"])

A("bahnhofsviertel", "smartphone-cafe-awo", "Smartphone-Café", ["digital", "treffpunkte"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Bei Kaffee und Keksen helfen junge Ehrenamtliche bei Smartphone und Tablet. Jeden Donnerstag, ohne Anmeldung.",
  strasse="Bahnhofstraße 31", tel="06499 41-330", oh="Th 15:00-17:00", kosten="kostenlos")

A("bahnhofsviertel", "fruehstueckstreff-stadtteilladen", "Frühstückstreff im Stadtteilladen", ["treffpunkte", "essen"],
  "Stadtteilladen Bahnhofsviertel e.V. (Beispiel)",
  "Jeden Mittwoch ein reichhaltiges Frühstück für ältere Nachbarinnen und Nachbarn – mit Zeitung und Gespräch.",
  strasse="Gleisstraße 9", tel="06499 54-100", oh="We 09:00-11:00", kosten="2,50 €")

# ---------------------------------------------------------------- Nordend
A("nordend", "quartierstreff-nordend", "Quartierstreff Nordend", ["treffpunkte"],
  "Nachbarschaftsverein Nordend e.V., Mitglied im Paritätischen (Beispiel)",
  "Offener Treff für alle Generationen: Montagsfrühstück, Spielenachmittag, Strickgruppe und Beratung durch die Quartiersarbeit.",
  strasse="Eichendorffstraße 17", tel="06499 20-422", email="quartier-nordend@example.org",
  oh="Mo 09:00-12:00; Di-Do 14:00-18:00", bf="ja",
  body="""
Der Quartierstreff ist ein Ladenlokal mit großer Fensterfront. Hier kann man
ohne Anmeldung hereinkommen, eine Tasse Kaffee trinken und Nachbarn kennenlernen.
Jonas Rehbein von der Quartiersarbeit hilft bei Fragen zu Ämtern und vermittelt
Hilfe. Wer eine Idee für eine Gruppe hat, bekommt einen Raum.
""")

A("nordend", "awo-essen-auf-raedern", "AWO Essen auf Rädern", ["essen"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Frisch gekochtes Mittagessen aus unserer Küche im Nordend, heiß an die Tür gebracht – an sieben Tagen in der Woche.",
  strasse="Nordring 40", tel="06499 41-340", email="essen@awo-auenbrueck.example.org",
  oh="Mo-Fr 08:00-13:00",
  ez=["innenstadt", "bahnhofsviertel", "nordend", "am-kirchberg", "oberau-sued", "roetheln", "gaertnersiedlung", "muehlgraben", "lindenhoehe", "alt-weilbach", "kronweiler"],
  kosten="8,20 € pro Essen", sw=["Schonkost", "vegetarisch"])

A("nordend", "awo-mittagstisch-nordend", "Mittagstisch in der AWO-Begegnungsstätte Nordend", ["essen", "treffpunkte"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Gemeinsam essen statt allein: Montag bis Freitag ein Menü mit Suppe und Nachtisch.",
  strasse="Nordring 40", tel="06499 41-341", oh="Mo-Fr 12:00-13:30; PH off", kosten="5,50 €, mit Seniorenpass 4,50 €", bf="ja")

A("nordend", "seniorensport-tv-nordend", "Seniorensport im TV 1871 Nordend", ["bewegung"],
  "Turnverein 1871 Auenbrück-Nordend (Beispiel)",
  "Gymnastik, Faszientraining und Ballspiele für Frauen und Männer ab 65 – dreimal in der Woche in der Nordend-Halle.",
  strasse="Turnerweg 5", tel="06499 55-100", oh="Mo,Mi,Fr 10:00-11:00", kosten="Vereinsbeitrag 8 € im Monat")

A("nordend", "awo-pflegedienst-nordend", "AWO Pflegedienst Nordend", ["pflege-daheim"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Ambulante Pflege und hauswirtschaftliche Versorgung, auch am Wochenende.",
  strasse="Nordring 42", tel="06499 41-350", oh="Mo-Fr 07:00-16:00",
  ez=["nordend", "innenstadt", "am-kirchberg"])

A("nordend", "tagespflege-haus-ahorn", "Tagespflege Haus Ahorn", ["pflege-haus", "demenz"],
  "AWO Kreisverband Auenbrück (Beispiel)",
  "Tagsüber gut versorgt, abends wieder zu Hause: 20 Plätze, Frühstück und Mittagessen, Gedächtnistraining, Ruheraum und Hol- und Bringdienst.",
  strasse="Ahornweg 3", tel="06499 41-360", email="haus-ahorn@awo-auenbrueck.example.org",
  oh="Mo-Fr 08:00-16:30", ez=["nordend", "innenstadt", "bahnhofsviertel", "am-kirchberg"],
  kosten="nach Pflegegrad; Eigenanteil für Verpflegung", bf="ja",
  zg=["Menschen mit Pflegegrad", "Menschen mit Demenz"])

A("nordend", "cafe-vergissmeinnicht", "Café Vergissmeinnicht", ["demenz", "treffpunkte"],
  "Alzheimer-Gesellschaft Auenbrück e.V. (Beispiel)",
  "Ein Café für Menschen mit Demenz und ihre Angehörigen: gemeinsam singen, erzählen, Kuchen essen – geschulte Ehrenamtliche sind dabei.",
  strasse="Eichendorffstraße 17", tel="06499 36-710", oh="Th[2] 15:00-17:00; Th[4] 15:00-17:00", kosten="kostenlos",
  body="Während die Gäste betreut werden, können sich die Angehörigen im Nebenraum austauschen.")

A("nordend", "computerclub-maus-und-tastatur", "Computerclub „Maus & Tastatur“", ["digital"],
  "Computerclub Maus & Tastatur e.V. (Beispiel)",
  "Ältere helfen Älteren am PC und Laptop: E-Mail, Online-Banking, Fotos ordnen, Briefe schreiben.",
  strasse="Eichendorffstraße 21", email="info@maus-tastatur.example.org", oh="Tu,Th 14:00-17:00",
  kosten="Jahresbeitrag 24 €")

A("nordend", "nachbarschaftshilfe-nordend", "Nachbarschaftshilfe Nordend", ["alltag", "ehrenamt"],
  "Nachbarschaftsverein Nordend e.V. (Beispiel)",
  "Ehrenamtliche erledigen Einkäufe, bringen den Müll raus, wechseln Glühbirnen und gehen mit zum Arzt.",
  strasse="Eichendorffstraße 17", tel="06499 20-423", oh="Mo,Do 10:00-12:00", kosten="Aufwandsentschädigung 8 € pro Stunde")

A("nordend", "schachtreff-nordend", "Schachtreff Nordend", ["treffpunkte"],
  "Schachfreunde Nordend (Beispiel)",
  "Schach spielen, auch für Anfänger.",
  strasse="Eichendorffstraße 17", tel="06499 55-210")

A("nordend", "seniorenyoga-nordend", "Yoga auf dem Stuhl", ["bewegung"],
  "Gesundheitsstudio Atemraum (Beispiel)",
  "Sanftes Yoga im Sitzen für Menschen mit wenig Beweglichkeit – Atmung, Dehnung, Entspannung.",
  strasse="Goethering 9", tel="06499 55-300", oh="Tu 10:30-11:30", kosten="8 € pro Stunde, 10er-Karte 70 €")

A("nordend", "digitalpaten-nordend", "Digitalpaten Nordend", ["digital", "ehrenamt"],
  "Nachbarschaftsverein Nordend e.V. (Beispiel)",
  "Ein Pate kommt zu Ihnen nach Hause und richtet Smartphone, Tablet oder Fernseher ein. Leihgeräte zum Ausprobieren.",
  strasse="Eichendorffstraße 17", tel="06499 20-424", oh="\"nach Vereinbarung\"", kosten="kostenlos",
  ez=["nordend", "am-kirchberg"])

# ---------------------------------------------------------------- Am Kirchberg
A("am-kirchberg", "seniorenresidenz-am-kirchberg", "Seniorenresidenz Am Kirchberg", ["wohnen"],
  "Residenz Kirchberg GmbH (Beispiel)",
  "Komfortable Appartements mit Restaurant, Schwimmbad, Bibliothek und Kulturprogramm. Ambulanter Pflegedienst im Haus.",
  strasse="Kirchbergweg 30", tel="06499 56-100", email="info@residenz-kirchberg.example.org",
  web="https://residenz-kirchberg.example.org/", oh="Mo-Fr 09:00-17:00; Sa 10:00-14:00",
  kosten="ab 3.200 € im Monat einschließlich Mittagessen", bf="ja",
  body="""
Die Residenz bietet 84 Ein- und Zweizimmer-Appartements mit Balkon. Im Preis
sind Mittagessen, wöchentliche Reinigung, Wäscheservice und das Kulturprogramm
enthalten. Probewohnen ist möglich.
""")

A("am-kirchberg", "altenpflegeheim-st-aurelius", "Altenpflegeheim St. Aurelius", ["pflege-haus"],
  "Caritasverband Auenbrück (Beispiel)",
  "96 Einzelzimmer in vier Wohnbereichen, davon einer für Menschen mit Demenz. Acht Plätze für Kurzzeitpflege.",
  strasse="Aureliusweg 1", tel="06499 35-700", email="st-aurelius@caritas-auenbrueck.example.org",
  oh="Mo-Fr 08:00-16:00 \"Besuche jederzeit\"", kosten="Eigenanteil je nach Pflegegrad, Heimkostenberatung", bf="ja",
  zg=["Pflegebedürftige", "Menschen mit Demenz"])

A("am-kirchberg", "ev-seniorenkreis-kirchberg", "Seniorenkreis der Evangelischen Kirchengemeinde", ["treffpunkte"],
  "Evangelische Kirchengemeinde Am Kirchberg (Beispiel)",
  "Jeden Mittwoch Kaffee, Gespräch, Andacht und Geburtstagsständchen im Gemeindehaus.",
  strasse="Kirchbergweg 2", tel="06499 49-200", oh="We 15:00-17:00")

A("am-kirchberg", "sturzprophylaxe-sicher-auf-den-beinen", "Sturzprophylaxe-Kurs „Sicher auf den Beinen“", ["bewegung"],
  "Johanniter-Unfall-Hilfe, Regionalverband Lahn-Auen (Beispiel)",
  "Zwölf Wochen Training für Kraft und Gleichgewicht, damit Sie nicht hinfallen – und Übungen, wie Sie nach einem Sturz wieder aufstehen.",
  strasse="Kirchbergweg 2", tel="06499 31-220", oh="Fr 10:00-11:00",
  kosten="60 € für zwölf Termine, Krankenkassen erstatten meist 80 %",
  zg=["Menschen mit Gangunsicherheit", "Rollatornutzer"],
  body="""
Der Kurs nach dem Ulmer Modell wird von einer Physiotherapeutin geleitet.
Zu Beginn und am Ende machen wir einen kurzen Test, damit Sie sehen, was Sie
gewonnen haben. Übungen für zu Hause gibt es als großgedrucktes Heft.
""")

A("am-kirchberg", "herzsportgruppe-kirchberg", "Herzsportgruppe Kirchberg", ["bewegung"],
  "Reha- und Behindertensportverein Auenbrück (Beispiel)",
  "Rehasport für Menschen mit Herzerkrankung, nach Herzinfarkt oder Bypass-Operation – unter ärztlicher Aufsicht.",
  strasse="Am Klinikum 4", tel="06499 57-100", oh="Tu,Th 18:00-19:00",
  kosten="mit ärztlicher Verordnung kostenlos", sw=["Rehasport", "Herzgruppe"])

A("am-kirchberg", "hospiz-am-kirchberg", "Stationäres Hospiz Am Kirchberg", ["lebensende"],
  "Hospiz Am Kirchberg gGmbH (Beispiel)",
  "Zehn Zimmer für schwerstkranke Menschen in ihrer letzten Lebensphase. Angehörige können mit übernachten.",
  strasse="Kirchbergweg 40", tel="06499 58-100", email="hospiz@kirchberg.example.org",
  oh="24/7", kosten="für Gäste kostenlos", bf="ja",
  body="""
Im Hospiz geht es nicht mehr um Heilung, sondern um Lebensqualität:
Schmerzen lindern, Ruhe, gutes Essen, Zeit. Ein Garten mit Blick über die
Stadt, ein Raum der Stille und die Begleitung durch Pflegekräfte,
Ärzte und Ehrenamtliche gehören dazu.

Nach dem Tod laden wir Angehörige zum monatlichen Trauerspaziergang ein.
""")

A("am-kirchberg", "malteser-besuchsdienst", "Malteser Besuchs- und Begleitdienst", ["ehrenamt", "alltag"],
  "Malteser Hilfsdienst Auenbrück (Beispiel)",
  "Ehrenamtliche besuchen alleinstehende ältere Menschen einmal in der Woche: zum Reden, Spazierengehen, Vorlesen oder Spielen.",
  strasse="Kirchbergweg 12", tel="06499 37-830", oh="Mo-Fr 09:00-12:00", ez=["am-kirchberg", "lindenhoehe", "alt-weilbach"],
  kosten="kostenlos")

A("am-kirchberg", "buecherei-kirchberg-medienbote", "Bücherei Kirchberg mit Medienboten", ["kultur"],
  "Stadtbibliothek Auenbrück, Zweigstelle Kirchberg (Beispiel)",
  "Großdruckbücher, Hörbücher und Zeitschriften – wer nicht mehr kommen kann, bekommt die Bücher alle zwei Wochen nach Hause gebracht.",
  strasse="Kirchbergweg 5", tel="06499 20-610", oh="Tu,Th 10:00-12:00,14:00-18:00", kosten="Leseausweis 12 € im Jahr")

A("am-kirchberg", "spazierclub-kirchberg", "Spazierclub Kirchberg", ["bewegung"],
  "Seniorenbeirat, Gruppe Kirchberg (Beispiel)",
  "Jeden Dienstag eine Stunde spazieren, Treffpunkt Kirche.",
  strasse="Kirchbergweg 2", tel="06499 20-431")

A("am-kirchberg", "literaturkreis-kirchberg", "Kirchberger Literaturkreis", ["kultur"],
  "Bücherei Kirchberg (Beispiel)",
  "Wir lesen jeden Monat ein Buch und sprechen darüber. Neue Leserinnen und Leser sind willkommen.",
  strasse="Kirchbergweg 5", tel="06499 20-611", oh="Th[1] 17:00-18:30")

A("am-kirchberg", "seniorenberatung-aussensprechstunde-kirchberg", "Seniorenberatung – Außensprechstunde Kirchberg", ["beratung-pflege"],
  "Seniorenbüro der Stadt Auenbrück (Beispiel)",
  "Die Seniorenberaterin der Stadt kommt jeden zweiten Donnerstag ins Gemeindehaus am Kirchberg.",
  strasse="Kirchbergweg 2", tel="06499 20-406", oh="Th[2] 10:00-12:00; Th[4] 10:00-12:00", kosten="kostenlos",
  ez=["am-kirchberg", "lindenhoehe"])

# ---------------------------------------------------------------- Oberau-Süd
A("oberau-sued", "quartiersbuero-oberau-sued", "Quartiersbüro Oberau-Süd", ["treffpunkte", "beratung-pflege"],
  "Quartiersmanagement Oberau-Süd im Programm Sozialer Zusammenhalt (Beispiel)",
  "Anlaufstelle im Stadtteil: Sprechstunde, Hilfe bei Briefen, Nachbarschaftsprojekte und ein Raum für Gruppen.",
  strasse="Oberauer Platz 4", tel="06499 20-441", email="quartier-oberau@example.org",
  oh="Mo-Do 10:00-13:00; Di 15:00-18:00", kosten="kostenlos", bf="ja",
  zg=["alle Nachbarinnen und Nachbarn"],
  body="""
Im Quartiersbüro arbeiten ein Quartiersmanager, eine Sozialarbeiterin und
Ehrenamtliche, die Türkisch, Russisch, Arabisch und Polnisch sprechen.
Wir helfen, wenn ein Brief vom Amt unverständlich ist, und bringen Nachbarn
zusammen: beim Hoffest, beim Frauenfrühstück und beim Seniorentreff.
""")

A("oberau-sued", "cay-saati-seniorentreff", "Çay Saati – Türkischsprachiger Seniorentreff", ["treffpunkte", "sprachen"],
  "Türkisch-Deutscher Kulturverein Auenbrück (Beispiel)",
  "Tee, Gespräche und Spiele auf Türkisch und Deutsch für ältere Frauen und Männer. Yaşlılar için çay ve sohbet buluşması.",
  strasse="Oberauer Platz 4", tel="06499 59-100", oh="Mo,Th 14:00-17:00", kosten="kostenlos",
  zg=["türkischsprachige Senioren"], sw=["Okey", "Tavla", "Türkisch"],
  body="""
Der Treff findet im Gruppenraum des Quartiersbüros statt. Einmal im Monat
kommt eine Ärztin oder eine Beraterin und spricht auf Türkisch über Gesundheit,
Rente oder Pflege.

Her pazartesi ve perşembe saat 14:00'te görüşmek üzere!
""")

A("oberau-sued", "berjoska-seniorenklub", "Seniorenklub „Berjoska“ – auf Russisch und Deutsch", ["treffpunkte", "sprachen", "kultur"],
  "Verein Brücke – Deutsche aus Russland in Auenbrück (Beispiel)",
  "Chor, Gedichte, Feste und Hilfe bei Behördenpost für russischsprachige Seniorinnen und Senioren. Клуб для пожилых людей.",
  strasse="Birkenstraße 11", tel="06499 20-442", oh="We 14:00-18:00", kosten="kostenlos",
  zg=["Spätaussiedler", "russischsprachige Senioren"],
  body="""
Der Klub trifft sich jeden Mittwoch. Unser Chor singt russische und deutsche
Volkslieder und tritt bei Stadtteilfesten auf. Irina Bauer hilft bei Fragen
zur Rente aus Russland, Kasachstan und der Ukraine.
""")

A("oberau-sued", "pflegedienst-hayat", "Pflegedienst Hayat – kultursensible Pflege", ["pflege-daheim", "sprachen"],
  "Hayat Pflegedienst GmbH (Beispiel)",
  "Ambulante Pflege durch Pflegekräfte, die Türkisch, Arabisch oder Russisch sprechen und Ihre Gewohnheiten, Speisen und Religion respektieren.",
  strasse="Oberauer Straße 55", tel="06499 59-200", email="info@hayat-pflege.example.org",
  oh="Mo-Fr 08:00-17:00", ez=["oberau-sued", "bahnhofsviertel", "roetheln", "nordend", "muehlgraben"],
  sw=["Pflege auf Türkisch", "muslimische Pflege"])

A("oberau-sued", "migrationsberatung-aeltere", "Migrationsberatung für ältere Zugewanderte", ["geld-recht", "sprachen"],
  "Caritasverband Auenbrück (Beispiel)",
  "Beratung auf Deutsch, Türkisch und Russisch zu Rente aus dem Herkunftsland, Aufenthalt, Einbürgerung und Pflegeleistungen.",
  strasse="Oberauer Platz 4", tel="06499 35-640", oh="Tu,Th 09:00-12:00", ez="alle", kosten="kostenlos")

A("oberau-sued", "smartphone-kurs-oberau", "Smartphone-Kurs für Anfänger im Stadtteilzentrum Oberau", ["digital"],
  "Quartiersmanagement Oberau-Süd (Beispiel)",
  "Vier Nachmittage in kleiner Gruppe: Telefonieren, Kontakte, Kamera, WhatsApp. Auch auf Türkisch.",
  strasse="Oberauer Platz 6", tel="06499 20-443", kosten="10 € für vier Termine, Leihgeräte vorhanden")

A("oberau-sued", "stuhlgymnastik-oberau", "Stuhlgymnastik im Stadtteilzentrum", ["bewegung"],
  "ASB Ortsverband Auenbrück (Beispiel)",
  "Bewegung im Sitzen für alle, die nicht mehr gut stehen können.",
  strasse="Oberauer Platz 6", tel="06499 50-120", oh="Tu 10:00-11:00", kosten="kostenlos", bf="ja")

A("oberau-sued", "tafel-ausgabestelle-oberau", "Tafel Auenbrück – Ausgabestelle Oberau", ["alltag", "geld-recht"],
  "Auenbrücker Tafel e.V. (Beispiel)",
  "Gespendete Lebensmittel gegen einen kleinen Beitrag für Menschen mit wenig Geld. Berechtigungsnachweis nötig, z. B. Grundsicherungsbescheid.",
  strasse="Oberauer Straße 70", tel="06499 60-100", oh="Tu,Fr 13:00-15:00", kosten="2 € pro Einkauf",
  ez=["oberau-sued", "roetheln", "bahnhofsviertel", "muehlgraben", "gaertnersiedlung"])

A("oberau-sued", "frauenfruehstueck-international", "Internationales Frauenfrühstück", ["treffpunkte", "sprachen"],
  "Quartiersmanagement Oberau-Süd (Beispiel)",
  "Frauen jeden Alters und aus vielen Ländern frühstücken zusammen – jede bringt etwas mit.",
  strasse="Oberauer Platz 4", tel="06499 20-441", oh="Fr[1] 09:30-11:30", kosten="kostenlos")

A("oberau-sued", "awo-seniorentreff-oberau", "AWO-Seniorentreff Oberau", ["treffpunkte"],
  "AWO Ortsverein Oberau (Beispiel)",
  "Kaffeenachmittag jeden Dienstag, Ausflüge und Feste.",
  strasse="Birkenstraße 2", tel="06499 41-370", oh="Tu 14:30-17:00")

A("oberau-sued", "caritas-sozialstation-oberau", "Caritas-Sozialstation Oberau", ["pflege-daheim"],
  "Caritasverband Auenbrück (Beispiel)",
  "Pflegedienst für Oberau-Süd, Rötheln und Mühlgraben – mit Palliativpflege und Beratung für pflegende Angehörige.",
  strasse="Oberauer Straße 12", tel="06499 35-650", oh="Mo-Fr 07:30-15:30",
  ez=["oberau-sued", "roetheln", "muehlgraben"])

# ---------------------------------------------------------------- Rötheln
A("roetheln", "quartierstreff-roetheln", "Quartierstreff Rötheln im Ladenlokal", ["treffpunkte"],
  "Quartiersmanagement Rötheln (Beispiel)",
  "Kaffee, Nähstube, Spieleabend und Sprechstunde der Quartiersmanagerin – ein offener Treffpunkt in der Hainstraße.",
  strasse="Hainstraße 16", tel="06499 20-451", email="quartier-roetheln@example.org",
  oh="Mo-Fr 10:00-13:00; Mi 15:00-19:00", kosten="kostenlos", bf="ja")

A("roetheln", "repair-cafe-roetheln", "Repair-Café Rötheln", ["treffpunkte", "ehrenamt"],
  "Quartiersmanagement Rötheln und Ehrenamtliche (Beispiel)",
  "Kaputter Toaster, wackeliger Stuhl, Loch in der Hose? Ehrenamtliche Tüftler reparieren mit Ihnen – jeden ersten Samstag im Monat.",
  strasse="Hainstraße 16", tel="06499 20-452", oh="Sa[1] 10:00-13:00", kosten="Spende")

A("roetheln", "gemeinschaftsgarten-roetheln", "Gemeinschaftsgarten Rötheln", ["treffpunkte"],
  "Quartiersmanagement Rötheln (Beispiel)",
  "Hochbeete in bequemer Höhe, Kräuter und Tomaten, gemeinsames Gießen und Ernten.",
  strasse="Hainstraße 30 (Hinterhof)", tel="06499 20-451")

A("roetheln", "diakoniestation-roetheln-muehlgraben", "Diakoniestation Rötheln-Mühlgraben", ["pflege-daheim"],
  "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Häusliche Pflege, Behandlungspflege und Verhinderungspflege – seit 1978 im Stadtteil.",
  strasse="Hainstraße 4", tel="06499 34-520", email="diakoniestation@diakonie-lahnauen.example.org",
  oh="Mo-Fr 08:00-16:00", ez=["roetheln", "muehlgraben", "gaertnersiedlung"],
  body="""
Unsere 34 Pflegekräfte fahren mit dem Fahrrad und kleinen Elektroautos durch
drei Stadtteile. Wir übernehmen auch die Beratungsbesuche für Menschen, die
Pflegegeld bekommen, und schulen pflegende Angehörige zu Hause.
""")

A("roetheln", "jung-hilft-alt-handyhilfe", "Jung hilft Alt – Handyhilfe von Schülern", ["digital"],
  "Gesamtschule Rötheln (Beispiel)",
  "Schülerinnen und Schüler der 9. Klasse erklären Smartphone und Tablet: Videoanrufe mit den Enkeln, Bus-App, Fotos.",
  strasse="Schulweg 1", tel="06499 61-100", oh="We 13:30-15:00", kosten="kostenlos")

A("roetheln", "einkaufsbus-roetheln", "Einkaufsbus Rötheln", ["mobil", "alltag"],
  "Quartiersmanagement Rötheln und Bürgerverein (Beispiel)",
  "Jeden Dienstagvormittag fährt ein Kleinbus von Haustür zu Haustür zum Supermarkt und zurück. Hilfe beim Tragen inklusive.",
  strasse="Hainstraße 16", tel="06499 20-453", oh="Tu 09:00-12:00", kosten="2 € hin und zurück")

A("roetheln", "demenz-wg-rosenhof", "Wohngemeinschaft für Menschen mit Demenz „Rosenhof“", ["demenz", "wohnen"],
  "Angehörigenverein Rosenhof e.V. (Beispiel)",
  "Acht Menschen mit Demenz leben zusammen in einer großen Wohnung, rund um die Uhr von Alltagsbegleitern und einem Pflegedienst betreut.",
  strasse="Rosenweg 8", tel="06499 62-100", kosten="Miete, Haushaltsgeld und Betreuungspauschale; Zuschlag der Pflegekasse", bf="ja",
  body="""
Die Angehörigen entscheiden gemeinsam, wie die WG geführt wird und welcher
Pflegedienst kommt. Jede Bewohnerin hat ihr eigenes Zimmer mit eigenen Möbeln;
Küche, Wohnzimmer und Garten werden geteilt. Gekocht wird gemeinsam.
""")

A("roetheln", "asb-gymnastik-roetheln", "Seniorengymnastik Rötheln", ["bewegung"],
  "ASB Ortsverband Auenbrück (Beispiel)",
  "Gymnastik mit Musik für Beweglichkeit und gute Laune.",
  strasse="Hainstraße 16", tel="06499 50-130", oh="Th 10:00-11:00", kosten="2 €")

A("roetheln", "sozialsprechstunde-roetheln", "Sozialsprechstunde – Hilfe bei Anträgen", ["geld-recht"],
  "Quartiersmanagement Rötheln (Beispiel)",
  "Wir füllen mit Ihnen Anträge aus: Wohngeld, Grundsicherung, Schwerbehindertenausweis, Pflegegrad.",
  strasse="Hainstraße 16", tel="06499 20-454", oh="Tu 14:00-17:00", kosten="kostenlos")

# ---------------------------------------------------------------- Gärtnersiedlung
A("gaertnersiedlung", "senioren-wg-gaertnersiedlung", "Senioren-Wohngemeinschaft Gärtnersiedlung", ["wohnen"],
  "Wohnprojekt Gartenstadt e.G. (Beispiel)",
  "Sechs Frauen und Männer zwischen 68 und 84 teilen ein großes Haus mit Garten. Ein Zimmer wird im Frühjahr frei.",
  strasse="Rosmarinweg 4", email="wg@gartenstadt-eg.example.org", kosten="Warmmiete 560 € plus Haushaltskasse",
  body="""
Wir haben uns 2019 gefunden, weil keiner von uns im Alter allein leben wollte.
Jede und jeder hat ein eigenes Zimmer mit Bad. Küche, Wohnzimmer und Garten
teilen wir. Pflege organisiert jeder selbst; einmal in der Woche kommt eine
Haushaltshilfe für die Gemeinschaftsräume.

Wenn Sie sich vorstellen können, mit uns zu wohnen, schreiben Sie uns.
""")

A("gaertnersiedlung", "seniorencafe-gaertnerhaus", "Seniorencafé im Gärtnerhaus", ["treffpunkte"],
  "Bürgerverein Gärtnersiedlung (Beispiel)",
  "Jeden Sonntagnachmittag selbst gebackener Kuchen und Musik vom Plattenspieler.",
  strasse="Am Gärtnerhaus 1", tel="06499 63-100", oh="Su 14:30-17:30", kosten="Kaffee und Kuchen 3 €")

A("gaertnersiedlung", "beetpatenschaft-kleingarten", "Beetpatenschaften im Kleingartenverein", ["treffpunkte", "ehrenamt"],
  "Kleingartenverein Gärtnersiedlung (Beispiel)",
  "Ein Stück Garten pflegen, ohne einen ganzen Kleingarten zu pachten.",
  strasse="Kleingartenanlage Am Wiesenrain", tel="06499 63-200")

A("gaertnersiedlung", "rehasport-orthopaedie-gesundheitszentrum", "Rehasport Orthopädie im Gesundheitszentrum", ["bewegung"],
  "Gesundheitszentrum Gärtnersiedlung (Beispiel)",
  "Rehasport nach Hüft- oder Knie-OP, bei Arthrose und Rückenschmerzen. 50 Übungseinheiten auf ärztliche Verordnung.",
  strasse="Salbeiweg 2", tel="06499 64-100", oh="Mo-Th 09:00-12:00,16:00-19:00",
  kosten="mit Verordnung kostenlos", bf="ja", sw=["Gelenke", "Rücken", "Arthrose"])

A("gaertnersiedlung", "johanniter-pflegedienst-gaertnersiedlung", "Johanniter-Pflegedienst Gärtnersiedlung", ["pflege-daheim"],
  "Johanniter-Unfall-Hilfe, Regionalverband Lahn-Auen (Beispiel)",
  "Pflege zu Hause in Gärtnersiedlung, Lindenhöhe und Ulmenau – auch Demenzbetreuung und 24-Stunden-Rufbereitschaft.",
  strasse="Salbeiweg 6", tel="06499 31-230", oh="Mo-Fr 07:00-15:00",
  ez=["gaertnersiedlung", "lindenhoehe", "ulmenau"])

A("gaertnersiedlung", "johanniter-alltagsbegleitung", "Alltagsbegleitung und Haushaltshilfe", ["alltag"],
  "Johanniter-Unfall-Hilfe, Regionalverband Lahn-Auen (Beispiel)",
  "Hilfe im Haushalt, Wäsche, Einkaufen und Gesellschaft leisten – abrechenbar über den Entlastungsbetrag der Pflegekasse.",
  strasse="Salbeiweg 6", tel="06499 31-240", oh="Mo-Fr 08:00-14:00",
  ez=["gaertnersiedlung", "lindenhoehe", "ulmenau", "muehlgraben"],
  kosten="34 € pro Stunde, ab Pflegegrad 1 über den Entlastungsbetrag")

A("gaertnersiedlung", "boulegruppe-gaertnersiedlung", "Boulegruppe", ["bewegung", "treffpunkte"],
  "Bürgerverein Gärtnersiedlung (Beispiel)",
  "Boule spielen auf dem Platz am Gärtnerhaus, bei jedem Wetter außer Regen.",
  strasse="Am Gärtnerhaus 1", tel="06499 63-110", oh="We,Sa 15:00-17:00")

A("gaertnersiedlung", "smartphone-stammtisch-gaertnersiedlung", "Smartphone-Stammtisch", ["digital"],
  "Bürgerverein Gärtnersiedlung (Beispiel)",
  "Einmal im Monat tauschen wir Tipps zu Apps, Fotos und Sicherheit am Handy aus.",
  strasse="Am Gärtnerhaus 1", tel="06499 63-120", oh="Mo[1] 18:00-19:30", kosten="kostenlos")

A("gaertnersiedlung", "sitztanz-gaertnersiedlung", "Sitztanz", ["bewegung"],
  "Bürgerverein Gärtnersiedlung (Beispiel)",
  "Tanzen im Sitzen zu Musik aus aller Welt – für Menschen mit und ohne Rollator.",
  strasse="Am Gärtnerhaus 1", tel="06499 63-130", oh="Fr 10:00-11:00", kosten="2 €")

# ---------------------------------------------------------------- Mühlgraben
A("muehlgraben", "mehrgenerationenhaus-muehlgraben", "Mehrgenerationenhaus Mühlgraben", ["treffpunkte", "ehrenamt"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Offener Treff für Jung und Alt mit Café, Mittagstisch, PC-Treff, Erzählcafé, Leih-Großeltern und vielen Ehrenamtlichen.",
  strasse="An der alten Mühle 3", tel="06499 20-471", email="mgh-muehlgraben@example.org",
  web="https://mgh-muehlgraben.example.org/", oh="Mo-Fr 09:00-18:00; Sa 10:00-14:00", bf="ja",
  body="""
Im Mehrgenerationenhaus begegnen sich Kinder, Eltern und Großeltern. Das
Café ist der Mittelpunkt: Hier sitzen morgens Mütter mit Kinderwagen und
nachmittags die Skatrunde. Wer sich engagieren möchte, findet bei uns
viele Möglichkeiten – von der Hausaufgabenhilfe bis zur Fahrradwerkstatt.
""")

A("muehlgraben", "erzaehlcafe-mgh", "Erzählcafé im Mehrgenerationenhaus", ["treffpunkte", "kultur"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Ältere erzählen von früher – von der Mühle, der Nachkriegszeit, dem ersten Fernseher – und Schülerinnen und Schüler hören zu.",
  strasse="An der alten Mühle 3", tel="06499 20-472", oh="We[2] 15:00-17:00; We[4] 15:00-17:00", kosten="kostenlos")

A("muehlgraben", "pc-treff-mgh", "PC-Treff im Mehrgenerationenhaus", ["digital"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Computer, Laptop und Internet: Hilfe beim Online-Termin im Bürgerbüro, beim Bahnticket oder beim Ausdrucken.",
  strasse="An der alten Mühle 3", tel="06499 20-473", oh="Mo,Th 10:00-12:00", kosten="kostenlos")

A("muehlgraben", "leih-grosseltern-projekt", "Leih-Großeltern-Projekt", ["ehrenamt"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Ältere Menschen werden Wunsch-Großeltern für Familien, deren eigene Großeltern weit weg wohnen: vorlesen, spielen, vom Kindergarten abholen.",
  strasse="An der alten Mühle 3", tel="06499 20-474", kosten="kostenlos; Versicherung über das Mehrgenerationenhaus",
  ez="alle")

A("muehlgraben", "haus-am-muehlbach", "Haus am Mühlbach – Pflegeheim mit Kurzzeitpflege", ["pflege-haus"],
  "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Pflegeheim mit 72 Plätzen in Hausgemeinschaften, zwölf Kurzzeitpflegeplätze, eigene Küche.",
  strasse="Mühlbachweg 10", tel="06499 34-600", email="muehlbach@diakonie-lahnauen.example.org",
  oh="Mo-Fr 08:00-16:00", kosten="Eigenanteil je nach Pflegegrad", bf="ja")

A("muehlgraben", "gedaechtnistraining-grips-gymnastik", "Gedächtnistraining „Grips-Gymnastik“", ["kultur", "demenz"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Spielerische Übungen für Konzentration und Merkfähigkeit in kleiner Runde.",
  strasse="An der alten Mühle 3", tel="06499 20-475", oh="Tu 10:00-11:30", kosten="3 €")

A("muehlgraben", "angehoerigengruppe-demenz-muehlgraben", "Gesprächskreis für Angehörige von Menschen mit Demenz", ["demenz"],
  "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Austausch, Rat und Verständnis für Töchter, Söhne und Partner, die einen Menschen mit Demenz begleiten. Betreuung des Erkrankten während des Treffens möglich.",
  strasse="Mühlbachweg 10", tel="06499 34-610", oh="Mo[3] 18:00-19:30", kosten="kostenlos", ez="alle",
  zg=["pflegende Angehörige"])

A("muehlgraben", "mittagstisch-mgh", "Mittagstisch im Mehrgenerationenhaus", ["essen"],
  "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Hausmannskost, von Ehrenamtlichen gekocht, an großen Tischen mit Jung und Alt.",
  strasse="An der alten Mühle 3", tel="06499 20-476", oh="Tu-Th 12:00-13:30", kosten="4 €")

A("muehlgraben", "sturzpraevention-standfest", "Sturzprävention „Standfest“", ["bewegung"],
  "AOK-Gesundheitskurse in Kooperation mit dem Mehrgenerationenhaus (Beispiel)",
  "Balance-, Kraft- und Gangtraining für Menschen ab 70, die unsicher auf den Beinen sind oder schon einmal gestürzt sind.",
  strasse="An der alten Mühle 3", tel="06499 65-100", oh="Mo 14:00-15:00", kosten="kostenlos für Versicherte, sonst 40 €")

# ---------------------------------------------------------------- Lindenhöhe
A("lindenhoehe", "betreutes-wohnen-lindenhoehe", "Betreutes Wohnen Lindenhöhe", ["wohnen"],
  "DRK-Kreisverband Auenbrück (Beispiel)",
  "42 seniorengerechte Wohnungen mit Hausnotruf, Sprechstunde der Sozialarbeiterin und Tagespflege im selben Haus.",
  strasse="Lindenring 1", tel="06499 30-200", email="betreutes-wohnen@drk-auenbrueck.example.org",
  oh="Mo-Fr 09:00-12:00", kosten="Miete ab 10,20 €/m², Betreuungspauschale 110 €", bf="ja")

A("lindenhoehe", "drk-gymnastik-fit-ab-70", "DRK-Gymnastik „Fit ab 70“", ["bewegung"],
  "DRK-Ortsverein Lindenhöhe (Beispiel)",
  "Gymnastik für Ältere im Bürgerhaus: Kräftigung, Koordination und Spaß in der Gruppe.",
  strasse="Lindenring 10", tel="06499 30-210", oh="Th 09:30-10:30", kosten="3 €")

A("lindenhoehe", "nordic-walking-lindenhoehe", "Nordic Walking am Waldrand", ["bewegung"],
  "Lauftreff Lindenhöhe (Beispiel)",
  "Gemütliches Nordic Walking in zwei Tempogruppen, Stöcke können ausgeliehen werden.",
  strasse="Parkplatz Waldstraße", tel="06499 66-100", oh="Tu,Sa 09:00-10:30", kosten="kostenlos")

A("lindenhoehe", "seniorentreff-buergerhaus-lindenhoehe", "Seniorentreff im Bürgerhaus Lindenhöhe", ["treffpunkte"],
  "Ortsbeirat Lindenhöhe und Seniorenbeirat (Beispiel)",
  "Jeden Donnerstag Kaffeetafel, Gedächtnisspiele und Vorträge; im Sommer Grillfest.",
  strasse="Lindenring 10", tel="06499 20-481", oh="Th 14:30-17:00", bf="ja")

A("lindenhoehe", "tagespflege-lindenhoehe", "DRK-Tagespflege Lindenhöhe", ["pflege-haus"],
  "DRK-Kreisverband Auenbrück (Beispiel)",
  "16 Plätze für Gäste mit Pflegegrad, Fahrdienst, Therapieküche und Garten.",
  strasse="Lindenring 1", tel="06499 30-220", oh="Mo-Fr 07:45-16:15",
  ez=["lindenhoehe", "gaertnersiedlung", "am-kirchberg", "ulmenau"], kosten="nach Pflegegrad")

A("lindenhoehe", "radeln-ohne-alter-lindenhoehe", "Radeln ohne Alter – Ausfahrten mit der Rikscha", ["mobil", "ehrenamt"],
  "Radeln ohne Alter Auenbrück (Beispiel)",
  "Ehrenamtliche Pilotinnen und Piloten fahren Sie in der Fahrrad-Rikscha durch Park und Wald – mit Decke und Wind in den Haaren.",
  strasse="Lindenring 1", tel="06499 66-200", oh="Mo-Fr 10:00-12:00 \"April bis Oktober\"",
  kosten="kostenlos", ez=["lindenhoehe", "gaertnersiedlung", "am-kirchberg"])

A("lindenhoehe", "smartphone-kurs-drk-lindenhoehe", "Smartphone-Kurs beim DRK", ["digital"],
  "DRK-Ortsverein Lindenhöhe (Beispiel)",
  "Grundkurs für Einsteiger mit Android-Handys, sechs Termine.",
  strasse="Lindenring 10", tel="06499 30-230", kosten="30 €")

A("lindenhoehe", "seniorencafe-lindenbluete", "Seniorencafé Lindenblüte", ["treffpunkte"],
  "Ev. Kirchengemeinde Lindenhöhe (Beispiel)",
  "Kaffee, Kuchen und Klönen im Gemeindehaus, jeden zweiten Freitag.",
  strasse="Lindenring 22", tel="06499 49-300")

A("lindenhoehe", "lesepaten-lindenschule", "Lesepaten an der Lindenschule", ["ehrenamt"],
  "Lindenschule Auenbrück (Beispiel)",
  "Ältere lesen einmal in der Woche mit Grundschulkindern, die beim Lesen Unterstützung brauchen.",
  strasse="Schulweg 12", tel="06499 67-100", zg=["Menschen mit Zeit und Geduld"])

# ---------------------------------------------------------------- Alt-Weilbach
A("alt-weilbach", "seniorenclub-alt-weilbach", "Seniorenclub Alt-Weilbach", ["treffpunkte"],
  "Seniorenclub Alt-Weilbach e.V. (Beispiel)",
  "Seit 1969: Kaffeenachmittage, Ausflüge, Fastnachtssitzung und Adventsfeier im Dorfgemeinschaftshaus.",
  strasse="Dorfplatz 2", tel="06499 20-491", oh="We[1] 14:30-17:30; We[3] 14:30-17:30", kosten="Jahresbeitrag 15 €")

A("alt-weilbach", "weilbacher-nachbarschaftshilfe", "Weilbacher Nachbarschaftshilfe", ["alltag", "ehrenamt"],
  "Weilbacher Nachbarschaftshilfe e.V. (Beispiel)",
  "Nachbarn helfen Nachbarn: Einkaufen, Begleitung, Rasenmähen, Schneeschippen und kleine Reparaturen.",
  strasse="Dorfplatz 2", tel="06499 68-100", oh="Mo,Mi,Fr 09:00-11:00", kosten="8 € pro Einsatzstunde",
  ez=["alt-weilbach", "kronweiler"])

A("alt-weilbach", "mittagstisch-dorfgemeinschaftshaus", "Mittagstisch im Dorfgemeinschaftshaus", ["essen", "treffpunkte"],
  "Landfrauen Alt-Weilbach (Beispiel)",
  "Jeden zweiten Donnerstag kochen die Landfrauen ein Mittagessen für alle, die Gesellschaft suchen.",
  strasse="Dorfplatz 2", tel="06499 68-110", oh="Th[2] 12:00-14:00; Th[4] 12:00-14:00", kosten="6 €")

A("alt-weilbach", "buergerbus-weilbach-kronweiler", "Bürgerbus Alt-Weilbach – Kronweiler", ["mobil"],
  "Bürgerbus Weilbachtal e.V. (Beispiel)",
  "Ehrenamtliche Fahrer fahren dreimal täglich von Kronweiler über Alt-Weilbach in die Innenstadt – Haltestellen auch an Arztpraxen und Supermarkt.",
  strasse="Dorfplatz 2", tel="06499 68-120", oh="Mo-Fr 08:00-17:00", kosten="1 € pro Fahrt",
  ez=["alt-weilbach", "kronweiler", "innenstadt"],
  body="Der Bus hat acht Sitzplätze und eine Einstiegshilfe. Rollatoren werden mitgenommen.")

A("alt-weilbach", "sprechstunde-seniorenbeauftragte-weilbach", "Sprechstunde der Seniorenbeauftragten", ["beratung-pflege"],
  "Ortsbeirat Alt-Weilbach (Beispiel)",
  "Hannelore Kissel hört zu und weiß, wer weiterhelfen kann.",
  strasse="Dorfplatz 2", tel="06499 20-491", oh="Th[1] 10:00-12:00")

A("alt-weilbach", "seniorenturnen-tv-weilbach", "Seniorenturnen TV Weilbach", ["bewegung"],
  "Turnverein Weilbach 1889 (Beispiel)",
  "Turnen für Frauen und Männer ab 60 in der Turnhalle.",
  strasse="Turnhallenweg 1", tel="06499 68-130", oh="Mo 17:00-18:00", kosten="Vereinsbeitrag")

A("alt-weilbach", "handyhilfe-dorfgemeinschaftshaus", "Handyhilfe im Dorfgemeinschaftshaus", ["digital"],
  "Seniorenclub Alt-Weilbach e.V. (Beispiel)",
  "Konfirmanden helfen bei Fragen rund ums Mobiltelefon.",
  strasse="Dorfplatz 2", tel="06499 20-492", oh="Sa[2] 10:00-12:00")

# ---------------------------------------------------------------- Kronweiler
A("kronweiler", "seniorennachmittag-kronweiler", "Seniorennachmittag Kronweiler", ["treffpunkte"],
  "Gemeinde Kronweiler (Beispiel)",
  "Einmal im Monat Kaffee und Kuchen, Musik und Gespräche im Bürgerhaus.",
  strasse="Hauptstraße 12", tel="06497 31-10", oh="Th[1] 14:30-17:00")

A("kronweiler", "helferkreis-kronweiler", "Helferkreis Kronweiler", ["alltag", "ehrenamt"],
  "Gemeinde Kronweiler und Kirchengemeinden (Beispiel)",
  "Fahrten zum Arzt, Einkaufshilfe, Besuche und Hilfe im Garten – Ehrenamtliche aus dem Dorf.",
  strasse="Hauptstraße 12", tel="06497 31-11", oh="Mo,Do 09:00-11:00", kosten="Spende")

A("kronweiler", "pflegedienst-kronweiler-ulmenau", "Pflegedienst Kronweiler-Ulmenau", ["pflege-daheim"],
  "Ambulante Pflege Heidrich (Beispiel)",
  "Familiengeführter Pflegedienst für die drei Gemeinden rund um Auenbrück.",
  strasse="Mühlweg 3", tel="06497 32-200", oh="Mo-Fr 08:00-16:00",
  ez=["kronweiler", "ulmenau", "sankt-odilien"])

A("kronweiler", "seniorengymnastik-tsv-kronweiler", "Seniorengymnastik TSV Kronweiler", ["bewegung"],
  "TSV Kronweiler 1920 (Beispiel)",
  "Gymnastik und Dehnen mit Musik in der Mehrzweckhalle.",
  strasse="Sportplatzweg 1", tel="06497 33-100", oh="We 18:00-19:00")

A("kronweiler", "handy-treff-kronweiler", "Handy-Treff Kronweiler", ["digital"],
  "Helferkreis Kronweiler (Beispiel)",
  "Fragen zu Smartphone, Tablet und Online-Banking – bei einer Tasse Kaffee im Bürgerhaus.",
  strasse="Hauptstraße 12", tel="06497 31-12", oh="Tu[2] 15:00-17:00", kosten="kostenlos")

A("kronweiler", "landgasthof-mittagstisch-kronweiler", "Seniorenmittagstisch im Landgasthof Krone", ["essen"],
  "Landgasthof Krone (Beispiel)",
  "Mittwochs ein kleines Seniorenmenü zum Sonderpreis, auch zum Mitnehmen.",
  strasse="Hauptstraße 30", tel="06497 34-100", oh="We 11:30-14:00", kosten="8,50 €")

# ---------------------------------------------------------------- Ulmenau
A("ulmenau", "seniorenheim-ulmenhof", "Seniorenheim Ulmenhof", ["pflege-haus"],
  "Ulmenhof Pflege gGmbH (Beispiel)",
  "Kleines Heim mit 48 Plätzen im Grünen, familiäre Atmosphäre, eigener Garten mit Hühnern.",
  strasse="Ulmenallee 5", tel="06496 43-100", email="info@ulmenhof.example.org",
  oh="Mo-Fr 08:30-16:00", kosten="Eigenanteil nach Pflegegrad", bf="ja",
  ez=["ulmenau", "kronweiler", "sankt-odilien", "lindenhoehe"])

A("ulmenau", "ulmenauer-seniorenkreis", "Ulmenauer Seniorenkreis", ["treffpunkte"],
  "Kath. Pfarrei Ulmenau (Beispiel)",
  "Spielen, singen, erzählen – jeden zweiten Montag im Pfarrsaal.",
  strasse="Kirchplatz 3", tel="06496 42-30", oh="Mo[2] 14:00-16:30; Mo[4] 14:00-16:30")

A("ulmenau", "mitfahrbank-ulmenau", "Mitfahrbänke Ulmenau", ["mobil"],
  "Gemeinde Ulmenau (Beispiel)",
  "Zwei Bänke mit Klappschild: Wer sich setzt und das Ziel anzeigt, wird von Autofahrern aus dem Dorf mitgenommen.",
  strasse="Ortsmitte, Bushaltestelle Ulmenallee", tel="06496 42-20",
  kosten="kostenlos",
  body="""
Eine Bank steht an der Bushaltestelle Ulmenallee (Richtung Auenbrück), die
andere am Dorfladen (Richtung Kronweiler). Auf dem Klappschild wählen Sie
„Auenbrück“, „Kronweiler“ oder „Ärztehaus“. Die Fahrerinnen und Fahrer
haben sich bei der Gemeinde registriert.
""")

A("ulmenau", "vdk-sprechstunde-ulmenau", "VdK-Sprechstunde Ulmenau", ["geld-recht"],
  "VdK Ortsverband Ulmenau (Beispiel)",
  "Rat bei Rentenbescheid, Schwerbehinderung und Pflegegrad – einmal im Monat im Rathaus.",
  strasse="Rathausweg 1", tel="06496 44-100", oh="Tu[1] 17:00-18:30", kosten="für Mitglieder kostenlos")

A("ulmenau", "dorfladen-ulmenau-lieferservice", "Dorfladen Ulmenau mit Lieferservice", ["alltag"],
  "Dorfladen Ulmenau UG (Beispiel)",
  "Lebensmittel, Brot und Zeitung – telefonisch bestellen, nachmittags bringt ein Ehrenamtlicher den Einkauf vorbei.",
  strasse="Ulmenallee 12", tel="06496 45-100", oh="Mo-Fr 07:00-18:00; Sa 07:00-12:00", kosten="Lieferung 1,50 €")

A("ulmenau", "seniorenwandern-ulmenau", "Seniorenwandern der Wanderfreunde", ["bewegung"],
  "Wanderfreunde Ulmenau (Beispiel)",
  "Kurze Wanderungen von sechs bis acht Kilometern, mit Einkehr.",
  strasse="Kirchplatz 3", tel="06496 46-100", oh="Th[3] 10:00-15:00")

# ---------------------------------------------------------------- Sankt Odilien
A("sankt-odilien", "klostergarten-cafe", "Klostergarten-Café", ["treffpunkte"],
  "Benediktinerinnen von Sankt Odilien (Beispiel)",
  "Kaffee und Kuchen aus der Klosterbäckerei im Kreuzgang oder im Garten.",
  strasse="Klosterhof 1", tel="06495 53-40", oh="Th-Su 14:00-17:30", bf="teilweise")

A("sankt-odilien", "wohnen-im-klosterhof", "Wohnen im Klosterhof", ["wohnen"],
  "Benediktinerinnen von Sankt Odilien (Beispiel)",
  "Zwölf barrierefreie Wohnungen in den ehemaligen Wirtschaftsgebäuden des Klosters mit Betreuung durch die Schwestern und einem Gemeinschaftsraum.",
  strasse="Klosterhof 4", tel="06495 53-41", email="klosterhof@st-odilien.example.org",
  kosten="Miete ab 8,50 €/m² plus Betreuungspauschale", bf="ja",
  body="""
Die Wohnungen haben zwei Zimmer, Küche und Bad mit ebenerdiger Dusche.
Die Schwestern schauen täglich vorbei, es gibt einen Notruf und gemeinsame
Mahlzeiten am Sonntag. Die Teilnahme am Klosterleben ist möglich, aber
nicht Pflicht.
""")

A("sankt-odilien", "nachbarschaftshilfe-sankt-odilien", "Nachbarschaftshilfe Sankt Odilien", ["alltag"],
  "Pfarrgemeinderat Sankt Odilien (Beispiel)",
  "Besuche, Einkäufe und Fahrten für ältere Dorfbewohner.",
  strasse="Kirchgasse 2", tel="06495 53-50")

A("sankt-odilien", "hospizgruppe-sankt-odilien", "Palliativ- und Hospizgruppe Sankt Odilien", ["lebensende"],
  "Pfarrei Sankt Odilien (Beispiel)",
  "Ehrenamtliche aus dem Dorf sind da, wenn ein Mensch zu Hause stirbt: Sitzwachen, Gespräche, Beistand für die Familie.",
  strasse="Kirchgasse 2", tel="06495 53-60", kosten="kostenlos", ez=["sankt-odilien", "ulmenau", "kronweiler"])

A("sankt-odilien", "bewegungstreff-pfarrheim", "Bewegungstreff im Pfarrheim", ["bewegung"],
  "Pfarrei Sankt Odilien (Beispiel)",
  "Leichte Gymnastik, Tanz und Gedächtnisübungen – wöchentlich.",
  strasse="Kirchgasse 2", tel="06495 53-70", oh="Tu 15:00-16:00")

A("sankt-odilien", "vorlesenachmittag-buecherei-odilien", "Vorlesenachmittag in der Bücherei", ["kultur"],
  "Kath. öffentliche Bücherei Sankt Odilien (Beispiel)",
  "Geschichten und Gedichte, vorgelesen bei Tee – für alle, die selbst nicht mehr gut lesen können.",
  strasse="Kirchgasse 4", tel="06495 53-80", oh="Fr[1] 15:00-16:30", kosten="kostenlos")


# ---------------------------------------------------------------- Nachträge
A("bahnhofsviertel", "suchtberatung-aeltere", "Suchtberatung für Ältere", ["beratung-pflege"],
  "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Wenn Alkohol, Schlaf- oder Beruhigungstabletten zum Problem werden: vertrauliche Beratung für Ältere und ihre Angehörigen.",
  strasse="Güterstraße 7", tel="06499 34-530", oh="Mo,Mi 14:00-17:00; Fr 09:00-12:00", kosten="kostenlos", ez="alle")

A("innenstadt", "kurzzeitpflege-marienstift", "Kurzzeitpflege im Marienstift", ["pflege-haus"],
  "Marienstift gGmbH (Beispiel)",
  "Pflege für einige Wochen – nach dem Krankenhaus oder wenn die pflegende Familie Urlaub braucht. 14 Einzelzimmer.",
  strasse="Marienstraße 4", tel="06499 69-100", oh="Mo-Fr 08:00-16:00",
  kosten="über Pflegekasse (Kurzzeit- und Verhinderungspflege), Eigenanteil für Unterkunft und Verpflegung", bf="ja",
  ez="alle")

A("oberau-sued", "deutschkurs-aeltere-zugewanderte", "Deutschkurs für ältere Zugewanderte", ["kultur", "sprachen"],
  "Volkshochschule Auenbrück (Beispiel)",
  "Deutsch lernen in langsamem Tempo: für den Arztbesuch, den Einkauf und das Gespräch mit den Nachbarn.",
  strasse="Oberauer Platz 6", tel="06499 48-130", oh="Mo,We 09:00-10:30", kosten="20 € im Halbjahr")

A("lindenhoehe", "nachbarschaftshilfe-lindenhoehe", "Nachbarschaftshilfe Lindenhöhe", ["alltag", "ehrenamt"],
  "Bürgerverein Lindenhöhe (Beispiel)",
  "Einkaufen, Rezepte abholen, Gesellschaft leisten.",
  strasse="Lindenring 10", tel="06499 20-482")

A("am-kirchberg", "gymnastik-gemeindehaus-kirchberg", "Gymnastik im Gemeindehaus", ["bewegung"],
  "Evangelische Kirchengemeinde Am Kirchberg (Beispiel)",
  "Sanfte Gymnastik für Frauen und Männer, montags nach dem Frühstück.",
  strasse="Kirchbergweg 2", tel="06499 49-210", oh="Mo 10:00-11:00", kosten="2 €")

A("nordend", "wohnanlage-am-nordring", "Wohnanlage Am Nordring – barrierefreie Mietwohnungen für Ältere", ["wohnen"],
  "Gemeinnützige Wohnungsbau Auenbrück GWA (Beispiel)",
  "Altengerechte Ein- und Zweizimmerwohnungen mit Aufzug und Wohnberechtigungsschein; Sozialarbeiterin der AWO im Haus.",
  strasse="Nordring 44", tel="06499 46-210", kosten="Sozialmiete ab 6,90 €/m²", bf="ja")

# ================================================================ Termine
T("region", "fachtag-demenz-im-quartier", "Fachtag „Demenz im Quartier“", "2026-10-14 09:00",
  ("Stadthalle Auenbrück", "Stadthallenplatz 1", "innenstadt"), "Seniorenbüro und Alzheimer-Gesellschaft (Beispiel)",
  "Vorträge und Workshops für Fachkräfte, Ehrenamtliche und Angehörige: Wie wird der Stadtteil demenzfreundlich?",
  ende="2026-10-14 16:00", kat=["demenz"], kosten="kostenlos", anmeldung="bis 30. September beim Seniorenbüro")

T("region", "seniorenmesse-aktiv-im-alter", "Seniorenmesse „Aktiv im Alter“", "2027-03-20 10:00",
  ("Stadthalle Auenbrück", "Stadthallenplatz 1", "innenstadt"), "Seniorenbüro der Stadt Auenbrück (Beispiel)",
  "Über 60 Aussteller – von Pflegediensten über Reiseanbieter bis zu Sportvereinen – stellen sich vor. Mit Vorträgen und Blutzuckermessung.",
  ende="2027-03-20 17:00", kat=["beratung-pflege", "treffpunkte"], kosten="Eintritt frei")

T("region", "vortrag-enkeltrick-schockanrufe", "Vortrag: Enkeltrick und Schockanrufe – so schützen Sie sich", "2026-12-03 15:00",
  ("Begegnungsstätte Altes Zollhaus", "Zollgasse 2", "innenstadt"), "Sicherheitsberater für Senioren (Beispiel)",
  "Ein Kriminalbeamter erklärt die Maschen der Betrüger und was Sie am Telefon sagen sollten.",
  ende="2026-12-03 16:30", kat=["geld-recht"], kosten="kostenlos")

T("region", "infoabend-patientenverfuegung", "Infoabend Patientenverfügung und Vorsorgevollmacht", "2027-01-21 18:00",
  ("Haus der Kirche", "Kirchgasse 1", "innenstadt"), "SkF Betreuungsverein Auenbrück (Beispiel)",
  "Was gehört in eine Patientenverfügung? Wer darf für mich entscheiden? Mit Vordrucken zum Mitnehmen.",
  ende="2027-01-21 19:30", kat=["geld-recht"], kosten="kostenlos")

T("region", "seniorenweihnachtsfeier-stadthalle", "Weihnachtsfeier der Stadt für Seniorinnen und Senioren", "2026-12-10 14:00",
  ("Stadthalle Auenbrück", "Stadthallenplatz 1", "innenstadt"), "Magistrat der Stadt Auenbrück (Beispiel)",
  "Der Oberbürgermeister lädt alle Auenbrückerinnen und Auenbrücker ab 70 zu Kaffee, Stollen und Programm ein.",
  ende="2026-12-10 17:00", kat=["treffpunkte"], anmeldung="Einladungskarte oder Anruf im Seniorenbüro", tel="06499 20-400")

T("region", "rollator-training-bus", "Rollator-Training im Bus", "2027-04-15 10:00",
  ("Betriebshof der Stadtwerke", "Industriestraße 8", "bahnhofsviertel"), "Stadtwerke Auenbrück Verkehr (Beispiel)",
  "Ein- und Aussteigen mit dem Rollator üben, am stehenden Bus und ohne Zeitdruck.",
  ende="2027-04-15 12:00", kat=["mobil"], kosten="kostenlos", anmeldung="bei den Bus-Begleitern, 06499 40-230")

T("region", "letzte-hilfe-kurs", "Letzte-Hilfe-Kurs", "2027-01-30 10:00",
  ("Hospiz Am Kirchberg", "Kirchbergweg 40", "am-kirchberg"), "Hospizverein Auenbrück e.V. (Beispiel)",
  "Das kleine Einmaleins der Begleitung am Lebensende: Was Angehörige und Nachbarn tun können.",
  ende="2027-01-30 14:00", kat=["lebensende"], kosten="kostenlos", anmeldung="erforderlich, 06499 32-300")

T("region", "oeffentliche-sitzung-seniorenbeirat", "Öffentliche Sitzung des Seniorenbeirats", "2026-12-08 15:00",
  ("Rathaus, Sitzungssaal", "Rathausplatz 1", "innenstadt"), "Seniorenbeirat der Stadt Auenbrück (Beispiel)",
  "Themen: Sitzbänke in der Fußgängerzone, neuer Busfahrplan, Bericht aus den Stadtteilen. Gäste willkommen.",
  kat=["ehrenamt"])

T("region", "kandidatenvorstellung-seniorenbeiratswahl", "Kandidatenvorstellung zur Seniorenbeiratswahl", "2026-11-05 17:00",
  ("Stadthalle Auenbrück, kleiner Saal", "Stadthallenplatz 1", "innenstadt"), "Wahlamt der Stadt Auenbrück (Beispiel)",
  "Die Kandidatinnen und Kandidaten für den neuen Seniorenbeirat stellen sich vor.",
  kat=["ehrenamt"])

T("region", "ehrenamtsboerse-engagement-ab-60", "Ehrenamtsbörse „Engagement ab 60“", "2027-03-13 11:00",
  ("Mehrgenerationenhaus Mühlgraben", "An der alten Mühle 3", "muehlgraben"), "Freiwilligenagentur Auenbrück (Beispiel)",
  "Zwanzig Vereine und Einrichtungen suchen Freiwillige – vom Lesepaten bis zum Bürgerbusfahrer.",
  ende="2027-03-13 15:00", kat=["ehrenamt"], kosten="kostenlos")

T("region", "seniorenausflug-rhein", "Tagesfahrt an den Rhein", "2026-10-08 08:00",
  ("Busbahnhof Auenbrück", "Bahnhofsplatz 3", "bahnhofsviertel"), "AWO Kreisverband Auenbrück (Beispiel)",
  "Schifffahrt von Boppard nach St. Goar, Mittagessen und Kaffee. Rollstuhlgerechter Bus.",
  ende="2026-10-08 19:00", kat=["kultur"], kosten="59 €", anmeldung="bei der AWO, 06499 41-300")

# Innenstadt
T("innenstadt", "seniorenkino-dienstag", "Seniorenkino am Dienstag", "2026-09-08 14:30",
  ("Burg-Lichtspiele", "Burgstraße 14"), "Burg-Lichtspiele Auenbrück und Seniorenbüro (Beispiel)",
  "Jeden zweiten Dienstag im Monat ein Film für Junggebliebene, vorher Kaffee und Kuchen.",
  ende="2026-09-08 17:30", wdh="monatlich", bis="2027-06-08", kat=["kultur"], kosten="6 €",
  body="Im Dezember zeigen wir eine Weihnachtskomödie, im Januar einen Heimatfilm aus den Fünfzigerjahren.")

T("innenstadt", "adventskonzert-goldkehlchen", "Adventskonzert des Seniorenchors", "2026-12-13 16:00",
  ("Stadtkirche", "Kirchgasse 3"), "Seniorenchor „Goldkehlchen“ (Beispiel)",
  "Weihnachtslieder zum Zuhören und Mitsingen, danach Glühwein und Plätzchen.",
  ende="2026-12-13 17:15", kat=["kultur"], kosten="Eintritt frei, Spende erbeten")

T("innenstadt", "weihnachtsmarkt-rollstuhl-begleitung", "Weihnachtsmarkt-Bummel mit Rollstuhlbegleitung", "2026-12-05 15:00",
  ("Marktplatz", "Marktplatz 1"), "Malteser Hilfsdienst Auenbrück (Beispiel)",
  "Ehrenamtliche schieben Sie über den Weihnachtsmarkt und spendieren einen Punsch.",
  ende="2026-12-05 17:00", kat=["mobil"], anmeldung="bis 1. Dezember, 06499 37-820", kosten="kostenlos")

T("innenstadt", "theaterbesuch-zerbrochner-krug", "Theaterbesuch „Der zerbrochne Krug“ mit Abholservice", "2027-01-23 19:30",
  ("Stadttheater Auenbrück", "Theaterplatz 1"), "Seniorenbüro der Stadt Auenbrück (Beispiel)",
  "Kleists Komödie im Stadttheater – der Kleinbus des Theaterrings holt Sie ab und bringt Sie heim.",
  ende="2027-01-23 21:30", kat=["kultur"], kosten="22 € einschließlich Fahrt", anmeldung="Seniorenbüro, 06499 20-405")

T("innenstadt", "rentensprechtag-rathaus", "Rentensprechtag im Rathaus", "2026-12-03 09:00",
  ("Rathaus, Zimmer 14", "Rathausplatz 1"), "Deutsche Rentenversicherung Hessen (Beispiel)",
  "Eine Beraterin der Rentenversicherung beantwortet Fragen zu Rentenbescheid, Hinzuverdienst und Witwenrente.",
  ende="2026-12-03 12:00", wdh="monatlich", bis="2027-06-03", kat=["geld-recht"], anmeldung="Terminvergabe unter 06499 20-414")

# Bahnhofsviertel
T("bahnhofsviertel", "tanztee-drk", "Tanztee im DRK-Haus", "2026-10-11 15:00",
  ("DRK-Haus", "Bahnhofstraße 44"), "DRK-Kreisverband Auenbrück (Beispiel)",
  "Walzer, Foxtrott und Schlager mit Live-Musik, Kaffee und Kuchen.",
  ende="2026-10-11 18:00", wdh="monatlich", bis="2027-05-09", kat=["kultur", "bewegung"], kosten="5 €")

T("bahnhofsviertel", "sozialsprechtag-wohngeld-bahnhof", "Sprechtag: Wohngeld und Grundsicherung", "2026-12-07 10:00",
  ("Stadtteilladen Bahnhofsviertel", "Gleisstraße 9"), "Stadt Auenbrück, Amt für Soziales (Beispiel)",
  "Mitarbeiterinnen von Wohngeldstelle und Sozialamt kommen in den Stadtteil und prüfen, ob Sie Anspruch haben.",
  ende="2026-12-07 12:00", wdh="monatlich", bis="2027-06-07", kat=["geld-recht"], kosten="kostenlos")

# Nordend
T("nordend", "digitalpaten-sprechstunde-nordend", "Offene Digital-Sprechstunde im Quartierstreff", "2026-09-02 15:00",
  ("Quartierstreff Nordend", "Eichendorffstraße 17"), "Digitalpaten Nordend (Beispiel)",
  "Jeden Mittwoch: Bringen Sie Ihr Smartphone oder Tablet mit, wir helfen geduldig.",
  ende="2026-09-02 17:00", wdh="woechentlich", bis="2027-03-31", kat=["digital"], kosten="kostenlos")

T("nordend", "laternenfest-quartierstreff", "Herbstfest im Quartierstreff Nordend", "2026-10-17 15:00",
  ("Quartierstreff Nordend", "Eichendorffstraße 17"), "Nachbarschaftsverein Nordend e.V. (Beispiel)",
  "Zwiebelkuchen, Federweißer und Musik für die ganze Nachbarschaft.",
  ende="2026-10-17 20:00", kat=["treffpunkte"])

# Am Kirchberg
T("am-kirchberg", "trauerspaziergang-kirchberg", "Trauerspaziergang am Kirchberg", "2026-09-12 10:00",
  ("Hospiz Am Kirchberg, Eingang", "Kirchbergweg 40"), "Hospiz Am Kirchberg gGmbH (Beispiel)",
  "Gemeinsam gehen und reden: ein Spaziergang für Trauernde, begleitet von zwei Trauerbegleiterinnen.",
  ende="2026-09-12 11:30", wdh="monatlich", bis="2027-07-10", kat=["lebensende"], kosten="kostenlos")

T("am-kirchberg", "gottesdienst-menschen-mit-demenz", "Gottesdienst für Menschen mit und ohne Demenz", "2026-12-16 15:00",
  ("Kirche Am Kirchberg", "Kirchbergweg 1"), "Evangelische Kirchengemeinde Am Kirchberg (Beispiel)",
  "Ein kurzer Gottesdienst mit vertrauten Liedern und Gebeten, danach Kaffee.",
  ende="2026-12-16 16:00", wdh="monatlich", bis="2027-06-16", kat=["demenz"])

T("am-kirchberg", "lesung-literaturkreis", "Lesung: „Kindheit an der Lahn“", "2026-11-26 17:00",
  ("Bücherei Kirchberg", "Kirchbergweg 5"), "Kirchberger Literaturkreis (Beispiel)",
  "Eine Auenbrücker Autorin liest aus ihren Erinnerungen an die Nachkriegsjahre.",
  ende="2026-11-26 18:30", kat=["kultur"], kosten="3 €")

# Oberau-Süd
T("oberau-sued", "konzert-chor-berjoska", "Winterkonzert des Chors Berjoska", "2026-12-19 16:00",
  ("Gemeindesaal St. Michael", "Birkenstraße 20"), "Verein Brücke – Deutsche aus Russland (Beispiel)",
  "Russische und deutsche Winterlieder, danach Tee aus dem Samowar und Piroggen.",
  ende="2026-12-19 18:00", kat=["kultur", "sprachen"], kosten="Eintritt frei")

T("oberau-sued", "gesundheitsvortrag-tuerkisch-diabetes", "Gesundheitsvortrag auf Türkisch: Diabetes im Alter", "2027-01-14 15:00",
  ("Quartiersbüro Oberau-Süd", "Oberauer Platz 4"), "Türkisch-Deutscher Kulturverein Auenbrück (Beispiel)",
  "Eine türkischsprachige Ärztin erklärt Zucker, Ernährung und Medikamente. Türkçe sunum.",
  ende="2027-01-14 16:30", kat=["sprachen"], kosten="kostenlos")

T("oberau-sued", "hoffest-oberau", "Hoffest Oberau-Süd", "2026-08-29 14:00",
  ("Innenhof Oberauer Platz", "Oberauer Platz 4"), "Quartiersmanagement Oberau-Süd (Beispiel)",
  "Essen aus vielen Ländern, Musik und Spiele für Jung und Alt.",
  ende="2026-08-29 19:00", kat=["treffpunkte"])

# Rötheln
T("roetheln", "repair-cafe-termin", "Repair-Café: Reparieren statt wegwerfen", "2026-10-03 10:00",
  ("Quartierstreff Rötheln", "Hainstraße 16"), "Quartiersmanagement Rötheln (Beispiel)",
  "Bringen Sie kaputte Elektrogeräte, Kleidung oder Spielzeug mit – wir reparieren gemeinsam.",
  ende="2026-10-03 13:00", wdh="monatlich", bis="2027-06-05", kat=["treffpunkte"], kosten="Spende")

T("roetheln", "herbstfest-roetheln", "Herbstfest in Rötheln", "2026-09-19 14:00",
  ("Gemeinschaftsgarten Rötheln", "Hainstraße 30"), "Quartiersmanagement Rötheln (Beispiel)",
  "Ernte aus den Hochbeeten, Kürbissuppe und Musik.",
  ende="2026-09-19 18:00", kat=["treffpunkte"])

# Gärtnersiedlung
T("gaertnersiedlung", "schnupperstunde-rehasport", "Schnupperstunde Rehasport", "2026-11-12 10:00",
  ("Gesundheitszentrum Gärtnersiedlung", "Salbeiweg 2"), "Gesundheitszentrum Gärtnersiedlung (Beispiel)",
  "Unverbindlich ausprobieren, wie Rehasport funktioniert, und Fragen zur Verordnung stellen.",
  ende="2026-11-12 11:00", kat=["bewegung"], kosten="kostenlos")

T("gaertnersiedlung", "adventsbasar-gaertnerhaus", "Adventsbasar im Gärtnerhaus", "2026-11-29 11:00",
  ("Gärtnerhaus", "Am Gärtnerhaus 1"), "Bürgerverein Gärtnersiedlung (Beispiel)",
  "Gestricktes, Gebasteltes und Marmeladen, dazu Waffeln. Der Erlös geht an das Seniorencafé.",
  ende="2026-11-29 16:00", kat=["treffpunkte"])

# Mühlgraben
T("muehlgraben", "pflegekurs-angehoerige-muehlgraben", "Pflegekurs für Angehörige", "2027-01-12 17:00",
  ("Haus am Mühlbach", "Mühlbachweg 10"), "Diakonisches Werk Lahn-Auen (Beispiel)",
  "Sechs Abende: Lagern, Waschen, Mobilisieren, rückenschonend arbeiten – und auf sich selbst achten.",
  ende="2027-01-12 19:00", wdh="woechentlich", bis="2027-02-16", kat=["beratung-pflege"],
  kosten="kostenlos, die Pflegekassen übernehmen die Kosten", anmeldung="06499 34-610")

T("muehlgraben", "aktionstag-sturzpraevention", "Aktionstag Sturzprävention", "2027-02-24 10:00",
  ("Mehrgenerationenhaus Mühlgraben", "An der alten Mühle 3"), "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Gleichgewichtstest, Rollator-Check, Schuhberatung und Tipps für eine stolperfreie Wohnung.",
  ende="2027-02-24 14:00", kat=["bewegung"], kosten="kostenlos")

T("muehlgraben", "sommerfest-mgh", "Sommerfest im Mehrgenerationenhaus", "2026-07-04 14:00",
  ("Mehrgenerationenhaus Mühlgraben", "An der alten Mühle 3"), "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Kinderflohmarkt, Kaffeetafel, Drehorgel und Grill.",
  ende="2026-07-04 19:00", kat=["treffpunkte"])

T("muehlgraben", "erzaehlcafe-termin-weihnachten-frueher", "Erzählcafé: Weihnachten früher", "2026-12-09 15:00",
  ("Mehrgenerationenhaus Mühlgraben", "An der alten Mühle 3"), "Mehrgenerationenhaus Mühlgraben e.V. (Beispiel)",
  "Wie war Weihnachten in Ihrer Kindheit? Erzählen Sie – die Schülerzeitung schreibt mit.",
  ende="2026-12-09 17:00", kat=["treffpunkte", "kultur"], kosten="kostenlos")

# Lindenhöhe
T("lindenhoehe", "erste-hilfe-senioren-drk", "Erste Hilfe für Seniorinnen und Senioren", "2027-02-10 09:00",
  ("DRK-Bürgerhaus Lindenhöhe", "Lindenring 10"), "DRK-Ortsverein Lindenhöhe (Beispiel)",
  "Was tun bei Schlaganfall, Herzinfarkt oder Sturz? Auffrischung in ruhigem Tempo.",
  ende="2027-02-10 13:00", kat=["beratung-pflege"], kosten="10 €", anmeldung="06499 30-210")

T("lindenhoehe", "schnupper-nordic-walking", "Schnuppertreff Nordic Walking", "2027-03-07 10:00",
  ("Parkplatz Waldstraße", "Waldstraße 1"), "Lauftreff Lindenhöhe (Beispiel)",
  "Die richtige Technik mit den Stöcken lernen – Leihstöcke vorhanden.",
  ende="2027-03-07 11:30", kat=["bewegung"], kosten="kostenlos")

# Alt-Weilbach
T("alt-weilbach", "pedelec-training-senioren", "Pedelec-Training für Ältere", "2027-04-24 10:00",
  ("Schulhof Alt-Weilbach", "Schulgasse 2"), "Verkehrswacht Auenbrück (Beispiel)",
  "Sicher aufs E-Bike: Anfahren, Bremsen, Kurven – auf dem abgesperrten Schulhof.",
  ende="2027-04-24 13:00", kat=["mobil", "bewegung"], kosten="kostenlos")

T("alt-weilbach", "spielenachmittag-skat-romme", "Spielenachmittag: Skat und Rommé", "2026-09-04 14:00",
  ("Dorfgemeinschaftshaus", "Dorfplatz 2"), "Seniorenclub Alt-Weilbach e.V. (Beispiel)",
  "Jeden Freitag Karten spielen im Dorfgemeinschaftshaus.",
  ende="2026-09-04 17:00", wdh="woechentlich", bis="2027-06-25", kat=["treffpunkte"])

# Kronweiler
T("kronweiler", "nikolausfeier-kronweiler", "Nikolausfeier für Senioren", "2026-12-06 14:30",
  ("Bürgerhaus Kronweiler", "Hauptstraße 12"), "Gemeinde Kronweiler (Beispiel)",
  "Mit dem Kindergarten, Kaffee und Weckmännern.",
  ende="2026-12-06 17:00", kat=["treffpunkte"])

T("kronweiler", "whatsapp-kurs-kronweiler", "WhatsApp-Kurs in vier Teilen", "2027-01-13 15:00",
  ("Bürgerhaus Kronweiler", "Hauptstraße 12"), "Helferkreis Kronweiler (Beispiel)",
  "Nachrichten schreiben, Fotos schicken, Videoanruf mit den Enkeln.",
  ende="2027-01-13 16:30", wdh="woechentlich", bis="2027-02-03", kat=["digital"], kosten="kostenlos",
  anmeldung="06497 31-12")

# Ulmenau
T("ulmenau", "adventskaffee-ulmenau", "Adventskaffee Ulmenau", "2026-12-14 14:00",
  ("Pfarrsaal Ulmenau", "Kirchplatz 3"), "Ulmenauer Seniorenkreis (Beispiel)",
  "Adventslieder, Geschichten und Stollen.",
  ende="2026-12-14 16:30", kat=["treffpunkte"])

# Sankt Odilien
T("sankt-odilien", "erntedankmarkt-kloster", "Erntedankmarkt im Kloster", "2026-10-03 10:00",
  ("Klosterhof", "Klosterhof 1"), "Benediktinerinnen von Sankt Odilien (Beispiel)",
  "Obst, Honig und Brot aus dem Klostergarten, Kaffee im Kreuzgang.",
  ende="2026-10-03 16:00", kat=["treffpunkte"])
