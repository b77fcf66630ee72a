REGION_YAML = """titel: Seniorenwegweiser Landkreis Aichbach
region: Landkreis Aichbach
beschreibung: >-
  Pflege, Hilfe im Alltag, Beratung und Treffpunkte für ältere Menschen und ihre
  Angehörigen in den 21 Städten, Märkten und Gemeinden des Landkreises Aichbach.
  Erfundene Testregion: alle Namen und Nummern sind ausgedacht.
basis_url: https://senioren.landkreis-aichbach.example/
sprache: de
zeitzone: Europe/Berlin
herausgeber:
  name: Landratsamt Aichbach – Fachbereich Senioren und Soziales
  adresse:
    strasse: Landshuter Straße 14
    plz: "94371"
    ort: Aichbach
  email: senioren@lra-aichbach.example
  telefon: "09971 88-410"
grundversorgung:
  - pflege
  - nachbarschaftshilfe
  - fahrdienste
  - essen-auf-raedern
  - beratung
  - hausnotruf
pruefintervall_monate: 12
"""

KATEGORIEN_YAML = """# Kategorien des Seniorenwegweisers Landkreis Aichbach
- id: pflege
  name: Pflegedienste
  beschreibung: Ambulante Dienste, die zu Ihnen nach Hause kommen – Grundpflege, Behandlungspflege nach ärztlicher Verordnung und Betreuung.
  suchbegriffe: [ambulanter Pflegedienst, Sozialstation, Krankenpflege, Hauskrankenpflege, Pflege daheim, Grundpflege, Behandlungspflege, Spritzen geben]

- id: tages-kurzzeitpflege
  name: Tagespflege und Kurzzeitpflege
  beschreibung: Betreuung tagsüber oder für ein paar Wochen im Jahr – zur Entlastung der Familie, nach dem Krankenhaus oder im Urlaub.
  suchbegriffe: [Tagespflege, Kurzzeitpflege, Verhinderungspflege, Tagesbetreuung, Ersatzpflege, Urlaubspflege]

- id: wohnen
  name: Wohnen im Alter
  beschreibung: Heime, betreutes Wohnen, Wohngemeinschaften und Hilfe beim altersgerechten Umbau der eigenen Wohnung.
  suchbegriffe: [Pflegeheim, Altenheim, Seniorenheim, Seniorenresidenz, betreutes Wohnen, Service-Wohnen, Senioren-WG, Wohnungsanpassung, barrierefreier Umbau]

- id: nachbarschaftshilfe
  name: Nachbarschaftshilfe und Ehrenamt
  beschreibung: Ehrenamtliche aus dem Ort, die besuchen, begleiten, einkaufen und im Alltag mit anpacken.
  suchbegriffe: [Helferkreis, Besuchsdienst, Einkaufshilfe, Alltagsbegleitung, Ehrenamtliche, Nachbarn helfen, Seniorenbegleitung]

- id: fahrdienste
  name: Fahrdienste und Mobilität
  beschreibung: Wie Sie ohne eigenes Auto zum Arzt, zum Einkaufen und zu Veranstaltungen kommen.
  suchbegriffe: [Fahrdienst, Bürgerbus, Rufbus, Arztfahrt, Begleitdienst, Krankenfahrt, Mitfahrbank, Fahrt zum Arzt]

- id: essen-auf-raedern
  name: Essen auf Rädern und Mittagstisch
  beschreibung: Warme Mahlzeiten ins Haus und Orte, an denen man mittags in Gesellschaft isst.
  suchbegriffe: [Mahlzeitendienst, Menüservice, Mittagstisch, Mittagessen, Essen bringen, Tiefkühlmenüs, Essenslieferung]

- id: hauswirtschaft
  name: Haushaltshilfe
  beschreibung: Unterstützung beim Putzen, Waschen, Kochen und im Garten, damit Sie daheim bleiben können.
  suchbegriffe: [Putzhilfe, Haushaltshilfe, Alltagshilfe, Entlastungsbetrag, Wäsche, Gartenhilfe, Reinigung]
  pflichtfelder: [telefon]

- id: beratung
  name: Beratung und Vorsorge
  beschreibung: Unabhängige, meist kostenlose Beratung zu Pflege, Geld, Recht und Vorsorge.
  suchbegriffe: [Pflegeberatung, Seniorenberatung, Pflegestützpunkt, Vorsorgevollmacht, Patientenverfügung, Pflegegrad, Rentenberatung, Schwerbehindertenausweis]

- id: demenz
  name: Demenz
  beschreibung: Angebote für Menschen mit Demenz und für die, die sie begleiten.
  suchbegriffe: [Alzheimer, Vergesslichkeit, Gedächtnis, Betreuungsgruppe, Demenzcafé, Verwirrtheit]

- id: angehoerige
  name: Pflegende Angehörige
  beschreibung: Beratung, Kurse, Gesprächskreise und Auszeiten für alle, die einen Menschen zu Hause pflegen.
  suchbegriffe: [Angehörigenberatung, Gesprächskreis, Selbsthilfegruppe, Entlastung, Pflegekurs, Auszeit]

- id: hausnotruf
  name: Hausnotruf und Sicherheit
  beschreibung: Hilfe auf Knopfdruck und andere Vorsorge für den Notfall.
  suchbegriffe: [Notruf, Notrufknopf, Notrufuhr, Sturz, Notfalldose, Mobilnotruf, Notrufarmband]

- id: begegnung
  name: Treffpunkte und Freizeit
  beschreibung: Seniorennachmittage, Clubs, Ausflüge und Feste – unter Leute kommen.
  suchbegriffe: [Seniorennachmittag, Seniorenclub, Seniorentreff, Kaffeenachmittag, Ausflug, Stammtisch, Erzählcafé, Spielenachmittag, Einsamkeit]

- id: bewegung
  name: Bewegung und Gesundheit
  beschreibung: Gymnastik, Tanz, Wandern und Vorbeugung – in Schwung bleiben in jedem Alter.
  suchbegriffe: [Seniorengymnastik, Sturzprävention, Sitztanz, Wassergymnastik, Rehasport, Yoga, Fitness, Sport]

- id: digital
  name: Digitales und Lernen
  beschreibung: Hilfe mit Smartphone, Tablet und Computer, Kurse und Vorträge.
  suchbegriffe: [Smartphone, Handy, Tablet, Computer, PC-Kurs, Internet, WhatsApp, Online-Banking]

- id: hospiz
  name: Hospiz und Trauer
  beschreibung: Begleitung schwerkranker und sterbender Menschen, Palliativversorgung und Trauerbegleitung.
  suchbegriffe: [Hospizbegleitung, Sterbebegleitung, Palliativ, Trauercafé, Trauerbegleitung, SAPV, Trauer]

- id: einkauf
  name: Einkaufen und Besorgungen
  beschreibung: Lieferdienste, Dorfläden und Botendienste, die Lebensmittel und Medikamente bringen.
  suchbegriffe: [Lieferservice, Einkaufsservice, Dorfladen, Botendienst, Lebensmittel, Einkaufsbus]

- id: soziale-hilfen
  name: Geld und soziale Hilfen
  beschreibung: Hilfe, wenn die Rente nicht reicht – Tafeln, Kleiderkammern, Anträge und Zuschüsse.
  suchbegriffe: [Tafel, Grundsicherung, Wohngeld, Sozialhilfe, Kleiderkammer, Zuschuss, Armut]
"""

SEITEN = {
"impressum": """---
titel: Impressum
---
**Hinweis:** Testregion für eine Suchauswertung. Der Landkreis Aichbach und alle
Angaben hier sind erfunden.

## Herausgeber

Landratsamt Aichbach – Fachbereich Senioren und Soziales\\
Landshuter Straße 14\\
94371 Aichbach

Telefon: 09971 88-410\\
E-Mail: [senioren@lra-aichbach.example](mailto:senioren@lra-aichbach.example)
""",
"datenschutz": """---
titel: Datenschutzerklärung
---
Dieser Wegweiser setzt keine Cookies und lädt nichts von fremden Servern. Die
Suche läuft vollständig in Ihrem Browser; Ihre Suchbegriffe werden nicht übertragen.
""",
"barrierefreiheit": """---
titel: Erklärung zur Barrierefreiheit
---
Das Landratsamt Aichbach ist bemüht, diesen Wegweiser barrierefrei zugänglich zu
machen. Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte an
[senioren@lra-aichbach.example](mailto:senioren@lra-aichbach.example).
""",
}
