from gen_base import A

A("aichbach", "tanztee-stadthalle", "Tanztee in der Stadthalle", ["begegnung", "bewegung"],
  "Stadt Aichbach, Kulturamt",
  "Walzer, Foxtrott und Discofox zu Livemusik – jeden letzten Sonntag im Monat. Auch Alleinstehende finden hier Tanzpartner.",
  """Einlass ab 14 Uhr, Kaffee und Kuchen im Foyer. Der Saal ist barrierefrei.""",
  strasse="Stadthallenweg 1", email="kultur@aichbach.example",
  kosten="Eintritt 5 €", barrierefrei="ja", stichworte=["Tanzen", "Tanznachmittag", "Livemusik", "Walzer"])

A("aichbach", "gerontopsychiatrischer-dienst", "Gerontopsychiatrischer Dienst", ["beratung", "demenz"],
  "Bezirk Niederbayern / Diakonisches Werk Aichbach e.V.",
  "Beratung für ältere Menschen mit seelischen Problemen – Niedergeschlagenheit, Ängste, Verwirrtheit, Sucht – und für ihre Angehörigen. Auch Hausbesuche.",
  """Im Alter verändert sich vieles: Der Partner stirbt, die Kräfte lassen nach, man zieht
sich zurück. Wenn Traurigkeit oder Angst den Alltag bestimmen, kann eine Depression
dahinterstecken. Wir beraten vertraulich und vermitteln zu Ärzten und Therapeuten.""",
  strasse="Bahnhofstraße 30", email="gpd@diakonie-aichbach.example",
  oeffnungszeiten="Mo-Fr 09:00-12:00", kosten="kostenlos",
  stichworte=["Depression", "psychische Gesundheit", "Angst", "Seele", "Alkohol"])

A("aichbach", "besuchshunde-aichbach", "Besuchshunde-Team Aichbach", ["begegnung", "demenz"],
  "Tierschutzverein Aichbach e.V.",
  "Ehrenamtliche kommen mit ihren geprüften Hunden in Seniorenheime, Tagespflegen und auf Wunsch zu Menschen nach Hause.",
  """Die Tiere wecken Erinnerungen, bringen zum Lachen und zum Streicheln – gerade bei
Menschen mit Demenz oft ein Türöffner.""",
  strasse="Tierheimweg 3", email="besuchshunde@tsv-aichbach.example",
  kosten="kostenlos", stichworte=["Hund", "Tiere", "tiergestützt", "Besuche"])

A("aichbach", "palliativstation-kreisklinik", "Palliativstation der Kreisklinik Aichbach", ["hospiz"],
  "Kreisklinik Aichbach gKU",
  "Acht Betten für schwerkranke Menschen, deren Beschwerden zu Hause nicht mehr ausreichend gelindert werden können. Angehörige können übernachten.",
  """Ziel ist, Schmerzen und andere Symptome zu lindern und die Rückkehr nach Hause zu
ermöglichen. Aufnahme über Hausarzt oder Klinikarzt.""",
  strasse="Krankenhausstraße 2", email="palliativ@kreisklinik-aichbach.example",
  barrierefrei="ja", stichworte=["Palliativmedizin", "Schmerzen", "Krankenhaus", "Lebensende"])

A("aichbach", "edeka-lieferservice", "Lieferservice des Edeka-Markts Aichbach", ["einkauf"],
  "Edeka Gruber, Aichbach",
  "Einkaufsliste telefonisch durchgeben, wir packen und liefern am nächsten Werktag bis an die Wohnungstür.",
  """Mindestbestellwert 20 €. Für Kundinnen und Kunden ab 70 ohne Liefergebühr.""",
  strasse="Landshuter Straße 60", email="lieferung@edeka-gruber.example",
  oeffnungszeiten="Mo-Sa 07:00-20:00", einzugsgebiet=["aichbach", "frauenberg-bei-aichbach", "vilsoed"],
  kosten="Liefergebühr 3,50 €", stichworte=["Supermarkt", "Einkaufsliste", "Lebensmittel", "nach Hause"])

A("bad-griesau", "hospiz-st-veronika", "Hospiz St. Veronika", ["hospiz"],
  "Hospiz St. Veronika gGmbH",
  "Stationäres Hospiz mit zehn Zimmern für Menschen in ihrer letzten Lebensphase. Für Gäste entstehen keine Kosten.",
  """Pflegekräfte, Ärzte, Seelsorger und Ehrenamtliche sorgen dafür, dass die Gäste ihre
letzte Zeit würdevoll und möglichst ohne Schmerzen erleben. Angehörige sind jederzeit
willkommen und können im Haus übernachten.""",
  strasse="Waldweg 9", email="hospiz@st-veronika.example", web="https://hospiz-st-veronika.example/",
  barrierefrei="ja", einzugsgebiet="alle", kosten="kostenfrei für Gäste",
  stichworte=["stationäres Hospiz", "Lebensende", "Sterben", "Würde"])

A("bad-griesau", "trittsicher-kurs", "Trittsicher – Kurs gegen Stürze", ["bewegung", "hausnotruf"],
  "Sozialversicherung für Landwirtschaft, Forsten und Gartenbau (SVLFG) mit Kneippverein",
  "Sechs Wochen Übungen für Kraft und Gleichgewicht, dazu ein Hausbesuch, bei dem Stolperfallen aufgespürt werden. Für Menschen ab 65, besonders auf dem Land.",
  """Der Kurs findet im Kneipp-Raum im Kurpark statt. Für Versicherte der SVLFG kostenlos,
für alle anderen 30 €.""",
  strasse="Kurpark 3", email="trittsicher@kneipp-griesau.example",
  kosten="30 €, für SVLFG-Versicherte kostenlos", stichworte=["Sturz", "Stürze", "Gleichgewicht", "Stolperfallen", "Sturzvorbeugung"])

A("region", "polizei-seniorenberatung", "Sicherheitsberatung für Senioren der Polizei", ["beratung", "hausnotruf"],
  "Polizeiinspektion Aichbach, Sachgebiet Prävention",
  "Die Polizei berät kostenlos, wie man sich vor Enkeltrick, Schockanrufen, falschen Polizeibeamten und Haustürgeschäften schützt. Vorträge in Vereinen.",
  """Merke: Die echte Polizei ruft niemals unter 110 an und holt kein Geld oder Gold bei
Ihnen ab. Im Zweifel auflegen und selbst die 110 wählen.

Die Seniorensicherheitsberater kommen auch zu Ihrem Seniorenkreis.""",
  strasse="Dingolfinger Straße 11", plz="94371", ort="Aichbach", email="praevention.aichbach@polizei.example",
  kosten="kostenlos", stichworte=["Enkeltrick", "Betrug", "Schockanruf", "Trickbetrug", "Einbruchschutz"])

A("region", "malteser-begleitdienst", "Malteser Seniorenbegleitdienst", ["nachbarschaftshilfe", "fahrdienste"],
  "Malteser Hilfsdienst e.V., Gliederung Aichbach",
  "Ehrenamtliche begleiten ältere Menschen zum Arzt, ins Krankenhaus, zu Behörden oder auf den Friedhof – zu Fuß, mit Bus oder im eigenen Auto.",
  """Die Begleiterinnen warten auch im Wartezimmer mit und bringen Sie wieder heim.
Kostenlos, Spenden sind willkommen.""",
  strasse="Rotkreuzstraße 9", plz="94371", ort="Aichbach", email="begleitdienst@malteser-aichbach.example",
  kosten="kostenlos", einzugsgebiet=["aichbach", "vilsoed", "bad-griesau", "frauenberg-bei-aichbach", "thann-moosthenning"],
  stichworte=["Begleitung", "Arztbegleitung", "Krankenhausbegleitung", "Ehrenamt"])

A("region", "brk-alltagsbegleitung", "BRK-Alltagsbegleitung und Haushaltshilfe", ["hauswirtschaft", "nachbarschaftshilfe"],
  "Bayerisches Rotes Kreuz, Kreisverband Aichbach",
  "Geschulte Alltagsbegleiterinnen helfen im Haushalt, beim Einkaufen und leisten Gesellschaft. Abrechnung über den Entlastungsbetrag (131 €).",
  """Die Alltagsbegleitung ist ein anerkanntes Angebot zur Unterstützung im Alltag nach
§ 45a SGB XI. Mindestens 2 Stunden pro Einsatz.""",
  strasse="Rotkreuzstraße 5", plz="94371", ort="Aichbach", email="alltag@brk-aichbach.example",
  kosten="34 € pro Stunde", einzugsgebiet="alle", stichworte=["Alltagsbegleiterin", "Putzfrau", "Gesellschaft", "Entlastungsbetrag"])

A("vilsoed", "schuldnerberatung-vilsoed", "Schuldner- und Insolvenzberatung", ["soziale-hilfen", "beratung"],
  "Diakonisches Werk Aichbach e.V.",
  "Kostenlose Beratung bei Schulden, Mahnungen und Pfändungen. Sprechstunde in Vilsöd, Hauptstelle in Aichbach.",
  """Auch viele Rentnerinnen und Rentner geraten durch steigende Kosten in Schulden. Wir
verhandeln mit Gläubigern und begleiten durch das Insolvenzverfahren.""",
  strasse="Marktplatz 5", email="schuldnerberatung@diakonie-aichbach.example",
  oeffnungszeiten="We 13:00-16:00", kosten="kostenlos", stichworte=["Schulden", "Mahnung", "Pfändung", "Insolvenz"])
