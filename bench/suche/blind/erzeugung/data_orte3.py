from gen_base import A

# ---------------- Frauenberg b. Aichbach
g = "frauenberg-bei-aichbach"
A(g, "nachbarschaftshilfe-frauenberg", "Nachbarschaftshilfe Frauenberg e.V.", ["nachbarschaftshilfe", "fahrdienste", "hauswirtschaft"],
  "Nachbarschaftshilfe Frauenberg e.V.",
  "Für Frauenberg und Gänsbach: Einkaufshilfe, Fahrdienst zum Arzt, Hilfe in Haus und Garten, Besuche.",
  """Unsere Helferinnen und Helfer kommen aus beiden Gemeinden. Die Vermittlung läuft
über das Einsatztelefon (Mo–Fr vormittags). Jede Stunde Hilfe kostet 9 €, davon
gehen 7 € an den Helfer als Aufwandsentschädigung.""",
  strasse="Kirchplatz 3", email="nbh@frauenberg.example",
  oeffnungszeiten="Mo-Fr 09:00-11:00", kosten="9 € pro Stunde", einzugsgebiet=["frauenberg-bei-aichbach", "gaensbach"],
  stichworte=["Einsatztelefon", "Garten", "Begleitung"])

A(g, "fit-ab-60-frauenberg", "Fit ab 60 – Turnen in Frauenberg", ["bewegung"],
  "DJK Frauenberg e.V.",
  "Bewegungsstunde für Frauen und Männer ab 60 mit Übungen für Rücken, Beckenboden und Gleichgewicht. Stühle und Matten sind vorhanden.",
  """Die Gruppe besteht seit 25 Jahren und ist gesellig – nach der Stunde geht's oft
noch auf einen Kaffee.""",
  strasse="Sportplatzstraße 7", email="djk@frauenberg.example",
  oeffnungszeiten="Tu 18:30-19:30", kosten="Vereinsbeitrag", stichworte=["Turnen", "Rückengymnastik", "Beckenboden"])

A(g, "generationenwohnen-frauenberg", "Generationenwohnen Frauenberg", ["wohnen", "begegnung"],
  "Baugenossenschaft Frauenberg eG",
  "Neubau mit 24 Wohnungen für Familien, Alleinstehende und Ältere, mit Gemeinschaftsraum und gegenseitiger Nachbarschaftshilfe.",
  """Die Hälfte der Wohnungen ist barrierefrei. Der Gemeinschaftsraum steht allen
Frauenbergern für Treffen offen. Bewerbung über die Genossenschaft.""",
  strasse="Am Wiesengrund 2", email="wohnen@bg-frauenberg.example",
  barrierefrei="teilweise", stichworte=["Mehrgenerationenwohnen", "Genossenschaft", "barrierefreie Wohnung"])

A(g, "besuchsdienst-frauenberg", "Besuchsdienst der Pfarrei Mariä Himmelfahrt", ["nachbarschaftshilfe", "begegnung"],
  "Pfarrei Mariä Himmelfahrt Frauenberg",
  "Ehrenamtliche besuchen ältere Menschen zu Geburtstagen, im Krankenhaus und im Heim – und auf Wunsch regelmäßig zu Hause.",
  """Auch die Krankenkommunion wird auf Wunsch nach Hause gebracht.""",
  strasse="Kirchplatz 1", email="pfarramt@frauenberg-pfarrei.example",
  kosten="kostenlos", stichworte=["Besuche", "Krankenkommunion", "Geburtstag", "Seelsorge"])

# ---------------- Hölzlkirchen
g = "hoelzlkirchen"
A(g, "helferkreis-hoelzlkirchen", "Helferkreis „Hölzlkirchen hilft“", ["nachbarschaftshilfe"],
  "Gemeinde Hölzlkirchen",
  "Ein loser Kreis von Nachbarn, die einspringen, wenn jemand krank ist: Einkaufen, Rezept holen, Hund ausführen, Mülltonne rausstellen.",
  """Koordiniert von der Seniorenbeauftragten Christa Vilsmeier.""",
  strasse="Dorfstraße 10", email="senioren@hoelzlkirchen.example",
  kosten="kostenlos", stichworte=["Nachbarn", "Einkaufen", "Rezept holen"])

A(g, "seniorenstammtisch-hoelzlkirchen", "Seniorenstammtisch beim Kirchenwirt", ["begegnung"],
  "Gemeinde Hölzlkirchen",
  "Jeden ersten Montag im Monat um 15 Uhr: Ratschen, Brotzeit und Neuigkeiten aus dem Dorf. Der Bürgermeister schaut auch vorbei.",
  """Keine Anmeldung nötig.""",
  strasse="Dorfstraße 2", email="senioren@hoelzlkirchen.example",
  oeffnungszeiten="Mo[1] 15:00-18:00", stichworte=["Stammtisch", "Wirtshaus", "Ratschen"])

A(g, "apotheke-hoelzlkirchen-botendienst", "Marien-Apotheke Hölzlkirchen – Botendienst", ["einkauf"],
  "Marien-Apotheke Hölzlkirchen",
  "Arzneimittel-Lieferung nach Hause in Hölzlkirchen, Gänsbach, Altenbuch und Frauenberg. Rezepte holt der Bote bei der Praxis ab.",
  """Bestellung telefonisch bis 12 Uhr, Lieferung ab 16 Uhr am selben Tag.""",
  strasse="Dorfstraße 5", email="marien-apotheke@hoelzlkirchen.example",
  oeffnungszeiten="Mo-Fr 08:00-12:30,14:30-18:00; Sa 08:30-12:00", einzugsgebiet=["hoelzlkirchen", "gaensbach", "altenbuch", "frauenberg-bei-aichbach"],
  kosten="kostenlos", stichworte=["Apotheke", "Medikamente", "Lieferung", "Arzneimittel"])

# ---------------- Gänsbach
g = "gaensbach"
A(g, "mitfahrbank-gaensbach", "Mitfahrbank Gänsbach", ["fahrdienste"],
  "Gemeinde Gänsbach",
  "An der Dorfstraße vor dem Feuerwehrhaus steht eine Mitfahrbank: Wer dort sitzt, möchte nach Frauenberg oder Aichbach mitgenommen werden.",
  """Die Bank wurde 2023 auf Wunsch des Seniorenkreises aufgestellt. Schilder mit den
Zielen hängen an der Lehne.""",
  strasse="Dorfstraße 14", web="https://gaensbach.example/mitfahrbank", kosten="kostenlos", stichworte=["Mitfahrgelegenheit", "Bank", "mitnehmen"])

A(g, "seniorennachmittag-gaensbach", "Gänsbacher Seniorennachmittag", ["begegnung"],
  "Gemeinde Gänsbach und Pfarrgemeinde",
  "Alle vier Wochen Kaffeenachmittag im Feuerwehrhaus, im Sommer mit Ausflug. Eingeladen sind alle ab 65.",
  """Die Einladung kommt mit dem Gemeindeblatt.""",
  strasse="Dorfstraße 12", email="gemeinde@gaensbach.example",
  stichworte=["Kaffeenachmittag", "Feuerwehrhaus", "Ausflug"])

# ---------------- Altenbuch
g = "altenbuch"
A(g, "mittagstisch-altenbuch", "Mittagstisch im Dorfgemeinschaftshaus Altenbuch", ["essen-auf-raedern", "begegnung"],
  "Dorfverein Altenbuch e.V.",
  "Jeden Donnerstag kochen Frauen aus dem Dorf ein Mittagessen für alle, die nicht allein essen möchten. Auch Portionen zum Mitnehmen für Kranke.",
  """Das Essen wird im Dorfgemeinschaftshaus frisch gekocht. Bitte bis Dienstagabend
anmelden.""",
  strasse="Dorfplatz 2", email="dorfverein@altenbuch.example",
  oeffnungszeiten="Th 12:00-14:00", kosten="6 €", stichworte=["Mittagessen", "Dorfgemeinschaftshaus", "gemeinsam essen"])

A(g, "nachbarschaftshilfe-altenbuch", "Altenbucher Nachbarschaftshilfe", ["nachbarschaftshilfe", "fahrdienste"],
  "Dorfverein Altenbuch e.V.",
  "Kleine Hilfen von Nachbarn: Fahrten zum Doktor, Einkäufe, Begleitung zum Friedhof, Glühbirne wechseln.",
  """Einfach bei einer der drei Ansprechpersonen anrufen (Nummern im Gemeindeblatt).""",
  strasse="Dorfplatz 2", email="dorfverein@altenbuch.example",
  kosten="freiwillige Spende", stichworte=["Doktor", "Friedhof", "kleine Hilfen"])

A(g, "tagespflege-hof-stegmueller", "Tagespflege auf dem Bauernhof – Hof Stegmüller", ["tages-kurzzeitpflege", "demenz"],
  "Hof Stegmüller GbR",
  "Zwölf Tagespflegeplätze auf einem bewirtschafteten Hof: Tiere füttern, im Garten arbeiten, Kartoffeln schälen – für Menschen vom Land ein vertrauter Alltag.",
  """Die Tagespflege ist von der Pflegekasse zugelassen. Unsere Pflegefachkräfte und
Alltagsbegleiterinnen sind für die Betreuung von Menschen mit Demenz ausgebildet.""",
  strasse="Stegmühle 1", email="tagespflege@hof-stegmueller.example",
  oeffnungszeiten="Mo-Fr 08:00-16:00", einzugsgebiet=["altenbuch", "hoelzlkirchen", "gaensbach", "muenchsdorf", "aichbach"],
  stichworte=["Bauernhof", "Landwirtschaft", "Tiere", "Green Care"])

# ---------------- Haselbach-Ried
g = "haselbach-ried"
A(g, "nachbarschaftshilfe-haselbach-ried", "Nachbarschaftshilfe Haselbach-Ried", ["nachbarschaftshilfe", "fahrdienste"],
  "Nachbarschaftshilfe Haselbach-Ried e.V.",
  "Fahrten, Besuche, Einkäufe und Hilfe bei Formularen für Bürgerinnen und Bürger aus Haselbach und Ried.",
  """Wir haben ein eigenes Fahrzeug, das über den Dorfladen gesponsert wurde.""",
  strasse="Kirchstraße 8", email="nbh@haselbach-ried.example",
  oeffnungszeiten="Tu,Th 09:00-11:00", kosten="nach Entfernung", stichworte=["Fahrten", "Besuche", "Vereinsauto"])

A(g, "stuhl-yoga-haselbach", "Yoga auf dem Stuhl", ["bewegung"],
  "Volkshochschule Aichbach, Außenstelle Haselbach-Ried",
  "Sanftes Yoga im Sitzen: Atemübungen, Dehnung und Entspannung für Menschen, denen Übungen auf der Matte zu schwer sind.",
  """Kurs mit zehn Terminen im Pfarrheim Ried.""",
  strasse="Kirchstraße 10", email="vhs@aichbach.example",
  oeffnungszeiten="We 10:00-11:00", kosten="45 €", stichworte=["Stuhlyoga", "Entspannung", "Atemübungen"])

A(g, "tablet-sprechstunde-haselbach", "Tablet-Sprechstunde im Rathaus", ["digital"],
  "Gemeinde Haselbach-Ried",
  "Einmal im Monat hilft ein IT-Fachmann aus dem Ort kostenlos bei Problemen mit Tablet, iPad und Handy.",
  """Termin bitte vorher im Rathaus ausmachen, damit niemand warten muss.""",
  strasse="Rathausstraße 1", email="rathaus@haselbach-ried.example",
  oeffnungszeiten="Sa[1] 09:00-12:00", kosten="kostenlos", stichworte=["iPad", "Handy", "Technikhilfe"])

# ---------------- Langenöd
g = "langenoed"
A(g, "seniorentreff-langenoed", "Seniorentreff Langenöd", ["begegnung"],
  "Obst- und Gartenbauverein Langenöd",
  "Treffen im Vereinsheim mit Kaffee, Gesprächen und gelegentlich Vorträgen über Garten, Gesundheit und Heimatgeschichte.",
  """Im Sommer findet der Treff im Lehrgarten statt.""",
  strasse="Gartenweg 1", email="ogv@langenoed.example",
  oeffnungszeiten="We[2] 14:00-16:00", stichworte=["Gartenbauverein", "Heimatgeschichte", "Vorträge"])

# ---------------- Münchsdorf
g = "muenchsdorf"
A(g, "nachbarschaftshilfe-muenchsdorf-langenoed", "Nachbarschaftshilfe Münchsdorf–Langenöd", ["nachbarschaftshilfe", "hauswirtschaft"],
  "Nachbarschaftshilfe Münchsdorf-Langenöd e.V.",
  "Ehrenamtliche unterstützen ältere und hilfebedürftige Menschen in beiden Gemeinden im Haushalt und im Alltag.",
  """Leistungen: Putzen, Bügeln, Einkaufen, Vorlesen, Spazierengehen, Begleitung zu
Behörden. Abrechnung über den Entlastungsbetrag möglich.""",
  strasse="Pfarrgasse 4", email="nbh@muenchsdorf.example",
  oeffnungszeiten="Mo,Mi 09:00-11:00", kosten="11 € pro Stunde", einzugsgebiet=["muenchsdorf", "langenoed"],
  stichworte=["Putzen", "Bügeln", "Vorlesen", "Spazierengehen"])

A(g, "einkaufsfahrten-muenchsdorf", "Einkaufsfahrten nach Aichbach", ["fahrdienste", "einkauf"],
  "Nachbarschaftshilfe Münchsdorf-Langenöd e.V.",
  "Jeden Freitagvormittag fährt ein Kleinbus von Münchsdorf und Langenöd zu den Supermärkten in Aichbach. Helfer tragen die Einkäufe bis in die Küche.",
  """Abfahrt 8:30 Uhr am Dorfplatz Münchsdorf, 8:45 Uhr Kapelle Langenöd. Rückkehr gegen
11:30 Uhr. Bitte bis Donnerstag anmelden.""",
  strasse="Pfarrgasse 4", email="nbh@muenchsdorf.example",
  oeffnungszeiten="Fr 08:30-11:30", kosten="3 € hin und zurück", einzugsgebiet=["muenchsdorf", "langenoed"],
  stichworte=["Einkaufsbus", "Supermarkt", "Kleinbus"])

A(g, "seniorencafe-pfarrhof-muenchsdorf", "Seniorencafé im Pfarrhof", ["begegnung"],
  "Pfarrgemeinderat Münchsdorf",
  "Jeden zweiten Sonntag nach dem Gottesdienst: Kaffee, Kuchen, Gespräche im renovierten Pfarrhof.",
  """Kuchenspenden sind willkommen.""",
  strasse="Pfarrgasse 1", email="pfarrgemeinderat@muenchsdorf.example",
  stichworte=["Kaffee", "Pfarrhof", "Sonntag"])
