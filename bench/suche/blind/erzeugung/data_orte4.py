from gen_base import A

# ---------------- Schönau a.d. Kollbach
g = "schoenau-an-der-kollbach"
A(g, "pflegedienst-kollbachtal", "Pflegedienst Kollbachtal", ["pflege", "hauswirtschaft"],
  "Pflegedienst Kollbachtal GmbH",
  "Häusliche Krankenpflege und Altenpflege im oberen Kollbachtal. Wir kommen nach Schönau, Kollbachzell, Pettenreuth und Dietersbach.",
  """Leistungen nach SGB V und SGB XI: Grundpflege, Behandlungspflege, Verhinderungspflege
zu Hause, hauswirtschaftliche Versorgung. Beratungsbesuche für Pflegegeldbezieher.

Wir suchen Pflegefachkräfte und Pflegehelfer (m/w/d)!""",
  strasse="Kollbachstraße 20", email="info@pflege-kollbachtal.example",
  oeffnungszeiten="Mo-Fr 08:00-14:00", einzugsgebiet=["schoenau-an-der-kollbach", "kollbachzell", "pettenreuth", "dietersbach"],
  stichworte=["häusliche Krankenpflege", "Altenpflege", "Verhinderungspflege"])

A(g, "nachbarschaftshilfe-schoenau", "Nachbarschaftshilfe Schönau", ["nachbarschaftshilfe"],
  "Nachbarschaftshilfe Schönau a.d. Kollbach e.V.",
  "Wir helfen älteren Mitbürgern bei kleinen Alltagsdingen und schenken Zeit: Besuche, Spaziergänge, Vorlesen, Hilfe beim Einkaufen.",
  """Alle Helferinnen sind ehrenamtlich und haften über den Verein versichert.""",
  strasse="Marktstraße 4", email="nbh@schoenau-kollbach.example",
  oeffnungszeiten="Mo-Fr 09:00-10:00", stichworte=["Zeit schenken", "Spaziergänge", "Vorlesen"])

A(g, "essen-auf-raedern-schoenau", "Essen auf Rädern aus der Schulküche Schönau", ["essen-auf-raedern"],
  "Gemeinde Schönau a.d. Kollbach",
  "Die Küche der Grundschule kocht auch für Senioren: Ehrenamtliche Fahrer bringen das Mittagessen werktags nach Hause – in Schönau, Kollbachzell und Pettenreuth.",
  """Regionale Zutaten, täglich frisch gekocht. In den Schulferien liefert ersatzweise der
BRK-Menüservice.""",
  strasse="Schulstraße 3", email="rathaus@schoenau-kollbach.example",
  oeffnungszeiten="Mo-Fr 11:00-12:30", kosten="6,90 €", einzugsgebiet=["schoenau-an-der-kollbach", "kollbachzell", "pettenreuth"],
  stichworte=["Schulküche", "Mittagessen", "frisch gekocht", "Lieferung"])

A(g, "seniorenwandern-schoenau", "Seniorenwandergruppe „Gmüatlich unterwegs“", ["bewegung", "begegnung"],
  "Wanderfreunde Schönau e.V.",
  "Alle zwei Wochen eine gemütliche Wanderung von 5 bis 8 Kilometern durchs Kollbachtal, mit Einkehr. Tempo nach dem Langsamsten.",
  """Treffpunkt Marktplatz, Fahrgemeinschaften werden gebildet. Stöcke empfohlen.""",
  strasse="Marktplatz 1", email="wanderfreunde@schoenau-kollbach.example",
  oeffnungszeiten='"jeden 2. Mittwoch 13:30"', kosten="kostenlos", stichworte=["Wandern", "Einkehr", "Natur", "Spazieren"])

# ---------------- Dietersbach
g = "dietersbach"
A(g, "nachbarschaftshilfe-dietersbach-untergreising", "Nachbarschaftshilfe Dietersbach-Untergreising", ["nachbarschaftshilfe", "fahrdienste"],
  "Nachbarschaftshilfe Dietersbach-Untergreising e.V.",
  "Hilfe für ältere Menschen in beiden Gemeinden: Fahrten zum Arzt und zum Einkaufen, Besuche, Begleitung und kleine Handgriffe.",
  """Der Verein hat 42 Mitglieder, davon 19 aktive Helfer. Wir fahren mit Privatautos;
Rollstühle können nicht transportiert werden.""",
  strasse="Schulhausweg 1", email="nbh@dietersbach.example",
  oeffnungszeiten="Mo,Th 10:00-11:00", kosten="0,30 € pro km", einzugsgebiet=["dietersbach", "untergreising"],
  stichworte=["Arztfahrten", "Privatauto", "Begleitung"])

A(g, "erzaehlcafe-altes-schulhaus", "Erzählcafé im Alten Schulhaus", ["begegnung"],
  "Heimatverein Dietersbach",
  "Bei Kaffee und Kuchen erzählen Ältere von früher – von der Schulzeit, der Ernte, dem Krieg. Jüngere hören zu, manches wird aufgeschrieben.",
  """Die Erinnerungen werden mit Einverständnis in der Dorfchronik gesammelt.""",
  strasse="Schulhausweg 1", email="heimatverein@dietersbach.example",
  oeffnungszeiten="Su[1] 14:30-16:30", stichworte=["Erinnerungen", "früher", "Dorfchronik", "Geschichten"])

# ---------------- Kollbachzell
g = "kollbachzell"
A(g, "dorfauto-kollbachzell", "Dorfauto Kollbachzell", ["fahrdienste"],
  "Dorfgemeinschaft Kollbachzell e.V.",
  "Ein Elektroauto gehört dem Dorf: Wer selbst fährt, bucht es über die Liste im Dorfladen; wer nicht fährt, bekommt einen ehrenamtlichen Fahrer dazu.",
  """Typische Fahrten: Arzttermine in Schönau oder Aichbach, Einkäufe, Besuche im
Krankenhaus. Die Kosten richten sich nach den gefahrenen Kilometern.""",
  strasse="Dorfstraße 7", email="dorfauto@kollbachzell.example",
  kosten="0,25 € pro km", stichworte=["Carsharing", "E-Auto", "Elektroauto", "Fahrer"])

A(g, "seniorenfruehstueck-kollbachzell", "Seniorenfrühstück im Feuerwehrhaus", ["begegnung", "essen-auf-raedern"],
  "Freiwillige Feuerwehr Kollbachzell",
  "Einmal im Monat laden die Feuerwehrleute alle Älteren zu Weißwurst, Brezn und Kaffee ins Feuerwehrhaus ein.",
  """Wer nicht laufen kann, wird abgeholt – einfach beim Kommandanten melden.""",
  strasse="Dorfstraße 15", email="ffw@kollbachzell.example",
  oeffnungszeiten="Sa[2] 09:00-11:00", kosten="Spende", stichworte=["Frühstück", "Weißwurst", "Feuerwehr"])

# ---------------- Pettenreuth
g = "pettenreuth"
A(g, "nachbarschaftshilfe-pettenreuth", "Pettenreuther Nachbarschaftshilfe", ["nachbarschaftshilfe", "hauswirtschaft"],
  "Pettenreuther Nachbarschaftshilfe e.V.",
  "Die Nachbarschaftshilfe Pettenreuth kümmert sich um ältere Menschen im Dorf: Einkaufsdienst, Hilfe im Haushalt und im Garten, Besuche.",
  """Anfragen bitte über das Pfarrbüro oder direkt bei der Vorsitzenden.""",
  strasse="Kirchweg 1", email="nbh@pettenreuth.example",
  kosten="8 € pro Stunde", stichworte=["Einkaufsdienst", "Garten", "Haushalt"])

A(g, "singkreis-goldene-stimmen", "Singkreis „Goldene Stimmen“", ["begegnung"],
  "Pfarrei St. Georg Pettenreuth",
  "Gemeinsam alte Volkslieder, Schlager und Kirchenlieder singen – ohne Noten, ohne Vorsingen. Im Dezember singen wir im Seniorenheim.",
  """Liedblätter in Großdruck werden gestellt.""",
  strasse="Kirchweg 1", email="pfarrei.pettenreuth@bistum.example",
  oeffnungszeiten="Mo 17:00-18:00", stichworte=["Singen", "Chor", "Volkslieder", "Musik"])

A(g, "nordic-walking-pettenreuth", "Nordic-Walking-Treff 55plus", ["bewegung"],
  "TSV Pettenreuth",
  "Gemeinsam mit Stöcken walken, 60 bis 90 Minuten auf Feldwegen. Leihstöcke für Einsteiger vorhanden.",
  """Treffpunkt am Sportheim. Bei Glatteis fällt der Treff aus.""",
  strasse="Sportheimweg 1", email="tsv@pettenreuth.example",
  oeffnungszeiten="Tu,Sa 09:00-10:30", kosten="kostenlos", stichworte=["Walking", "Stöcke", "Ausdauer"])

# ---------------- Aiterbach
g = "aiterbach"
A(g, "helferkreis-aiterbach", "Helferkreis Aiterbach – Alltagshilfen", ["nachbarschaftshilfe", "hauswirtschaft"],
  "Helferkreis Aiterbach e.V.",
  "Alltagshelferinnen unterstützen beim Putzen, Wäschewaschen, Kochen und Einkaufen. Anerkannt zur Abrechnung über den Entlastungsbetrag.",
  """Die Helferinnen haben eine Schulung nach der bayerischen AVSG absolviert.""",
  strasse="Hofmarkstraße 3", email="helferkreis@aiterbach.example",
  kosten="13,50 € pro Stunde", stichworte=["Alltagshelferin", "Putzen", "Wäsche", "Kochen"])

A(g, "krankenpflege-meier", "Häusliche Krankenpflege Meier", ["pflege"],
  "Häusliche Krankenpflege Meier, Inh. Stefan Meier",
  "Kleiner Pflegedienst für Aiterbach, Großwiesing und Oberhöcking: Behandlungspflege, Grundpflege und Hilfe bei der Medikamenteneinnahme.",
  """Wir sind ein Team aus sechs Pflegekräften. Erstberatung kostenlos bei Ihnen zu Hause.""",
  strasse="Hofmarkstraße 12", email="pflege-meier@aiterbach.example",
  oeffnungszeiten="Mo-Fr 08:00-12:00", einzugsgebiet=["aiterbach", "grosswiesing", "oberhoecking"],
  stichworte=["Medikamente", "Krankenpflege", "Erstberatung"])

A(g, "boccia-aiterbach", "Boccia-Gruppe am Dorfweiher", ["bewegung", "begegnung"],
  "Seniorengemeinschaft Aiterbach",
  "Kugeln werfen, messen, lachen: Boccia für alle ab 60, von Mai bis September auf der Bahn am Dorfweiher.",
  """Kugeln sind vorhanden. Bei Regen Treffen im Gasthaus.""",
  strasse="Weiherweg 1", email="senioren@aiterbach.example",
  oeffnungszeiten="Th 15:00-17:00", stichworte=["Boccia", "Boule", "Kugeln"])

# ---------------- Untergreising
g = "untergreising"
A(g, "seniorenclub-untergreising", "Seniorenclub Untergreising", ["begegnung"],
  "Seniorenclub Untergreising",
  "Geselliges Beisammensein im Gemeindesaal jeden zweiten Mittwoch, mit Ausflügen im Sommer und einer Weihnachtsfeier.",
  """Leitung: Hildegard Wurm.""",
  strasse="Rathausweg 2", email="seniorenclub@untergreising.example",
  oeffnungszeiten='"jeden 2. Mittwoch 14:00"', stichworte=["Geselligkeit", "Weihnachtsfeier", "Ausflüge"])

A(g, "tafel-ausgabestelle-untergreising", "Tafel-Ausgabestelle Untergreising", ["soziale-hilfen", "einkauf"],
  "Aichbacher Tafel e.V.",
  "Außenstelle der Aichbacher Tafel für den südlichen Landkreis. Lebensmittelausgabe freitags im alten Feuerwehrhaus.",
  """Berechtigungsausweis der Aichbacher Tafel gilt auch hier.""",
  strasse="Feuerwehrgasse 1", email="info@aichbacher-tafel.example",
  oeffnungszeiten="Fr 15:00-16:30", kosten="1 € pro Einkauf", einzugsgebiet=["untergreising", "dietersbach", "thann-moosthenning", "haselbach-ried"],
  stichworte=["Lebensmittelausgabe", "Bedürftige"])

# ---------------- Oberhöcking
g = "oberhoecking"
A(g, "miteinander-oberhoecking", "Miteinander Oberhöcking e.V.", ["nachbarschaftshilfe", "fahrdienste"],
  "Miteinander Oberhöcking e.V.",
  "Unser Verein vermittelt Nachbarschaftshilfe in allen Ortsteilen: Begleit- und Fahrdienst, Einkaufen, Besuche, Hilfe bei Papierkram.",
  """Die Fahrten werden mit dem vereinseigenen Kleinbus gemacht (Platz für einen
Rollstuhl). Ausflüge zweimal im Jahr.""",
  strasse="Hauptplatz 4", email="miteinander@oberhoecking.example",
  oeffnungszeiten="Mo-Fr 09:00-11:00", kosten="Fahrten 2 € im Ort, 5 € nach Aichbach",
  stichworte=["Begleitdienst", "Kleinbus", "Papierkram", "Ausflüge"])

A(g, "essen-auf-raedern-landgasthof-huber", "Essen auf Rädern vom Landgasthof Huber", ["essen-auf-raedern"],
  "Landgasthof Huber, Oberhöcking",
  "Täglich außer Montag bringt der Landgasthof Huber ein warmes Mittagsmenü nach Oberhöcking, Aiterbach und Großwiesing.",
  """Zwei Menüs zur Wahl, eines davon vegetarisch. Die Menükarte kommt jede Woche mit der
Lieferung.""",
  strasse="Hauptplatz 1", email="landgasthof-huber@oberhoecking.example",
  oeffnungszeiten="Tu-Su 10:00-14:00", kosten="8,20 €", einzugsgebiet=["oberhoecking", "aiterbach", "grosswiesing"],
  stichworte=["Mittagsmenü", "Gasthof", "vegetarisch"])

A(g, "seniorengymnastik-landfrauen-oberhoecking", "Seniorengymnastik der Landfrauen", ["bewegung"],
  "Landfrauen Oberhöcking",
  "Lockere Gymnastik mit Musik im Pfarrsaal für Frauen und Männer ab 65 – viel im Sitzen, mit Bällen, Bändern und Tüchern.",
  """Beitrag pro Halbjahr 15 €.""",
  strasse="Kirchplatz 2", email="landfrauen@oberhoecking.example",
  oeffnungszeiten="Mo 14:00-15:00", kosten="15 € pro Halbjahr", stichworte=["Sitzgymnastik", "Musik", "Landfrauen"])

A(g, "demenzpaten-oberhoecking", "Demenzpaten Oberhöcking", ["demenz", "nachbarschaftshilfe"],
  "Miteinander Oberhöcking e.V.",
  "Ehrenamtliche Patinnen und Paten besuchen Menschen mit Demenz regelmäßig zu Hause, gehen mit ihnen spazieren oder machen Musik.",
  """Die Paten haben den Kurs „Demenz Partner“ der Alzheimer Gesellschaft besucht.""",
  strasse="Hauptplatz 4", email="miteinander@oberhoecking.example",
  kosten="kostenlos", stichworte=["Patenschaft", "Besuche", "Alzheimer"])
