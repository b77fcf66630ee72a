from gen_base import A
g = "aichbach"

A(g, "caritas-sozialstation-aichbach", "Caritas-Sozialstation Aichbach", ["pflege", "hauswirtschaft"],
  "Caritasverband für den Landkreis Aichbach e.V.",
  "Ambulante Kranken- und Altenpflege im Raum Aichbach: Grundpflege, Behandlungspflege, hauswirtschaftliche Versorgung und Beratungsbesuche nach § 37.3 SGB XI.",
  """Unsere examinierten Pflegekräfte kommen morgens, mittags und abends – auch am
Wochenende. Zu den Leistungen gehören:

- Körperpflege, An- und Auskleiden, Hilfe bei der Mobilität
- Medikamentengabe, Insulin spritzen, Verbandswechsel, Kompressionsstrümpfe
- Einkaufen, Wohnung reinigen, Wäsche
- Pflichtberatungsbesuche für Pflegegeldempfänger

Die Kosten rechnen wir direkt mit Pflege- und Krankenkasse ab.""",
  strasse="Passauer Straße 3", email="sozialstation@caritas-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-16:00", einzugsgebiet=["aichbach", "frauenberg-bei-aichbach", "hoelzlkirchen", "gaensbach", "altenbuch"],
  stichworte=["Altenpflege", "Insulin", "Verbandswechsel", "Pflegekraft"], barrierefrei="ja")

A(g, "pflegedienst-vilscare", "VilsCare – Ihr ambulanter Pflegedienst", ["pflege", "hauswirtschaft", "demenz"],
  "VilsCare Pflege GmbH",
  "Privater ambulanter Pflegedienst mit Schwerpunkt Demenz und Intensivpflege. Wir pflegen in Aichbach, Vilsöd, Weißenbrunn und Münchsdorf.",
  """Bei VilsCare bekommen Sie feste Bezugspflegekräfte, damit nicht jeden Tag ein neues
Gesicht vor der Tür steht. Für Menschen mit Demenz bieten wir stundenweise
Betreuung zu Hause an (Entlastungsleistungen).

24-Stunden-Rufbereitschaft für unsere Kundinnen und Kunden.""",
  strasse="Gewerbering 11", email="info@vilscare.example", web="https://vilscare.example/",
  oeffnungszeiten="Mo-Fr 07:30-17:00", einzugsgebiet=["aichbach", "vilsoed", "weissenbrunn", "muenchsdorf"],
  stichworte=["Intensivpflege", "Betreuung zu Hause", "Bezugspflege"])

A(g, "aichbacher-tafel", "Aichbacher Tafel e.V.", ["soziale-hilfen", "einkauf"],
  "Aichbacher Tafel e.V.",
  "Lebensmittel für Menschen mit kleinem Einkommen, zweimal pro Woche gegen einen symbolischen Beitrag. Berechtigungsnachweis nötig (z. B. Grundsicherungsbescheid).",
  """Ehrenamtliche holen übrig gebliebene Lebensmittel bei Supermärkten und Bäckereien
ab und geben sie an Bedürftige weiter.

Für Menschen, die nicht mehr selbst kommen können, bringt der Tafel-Lieferdienst
die Tüte nach Hause (nur im Stadtgebiet).""",
  strasse="Industriestraße 4", email="info@aichbacher-tafel.example",
  oeffnungszeiten="Di,Fr 14:00-16:30", kosten="2 € pro Einkauf",
  stichworte=["Lebensmittelausgabe", "Bedürftige", "kleine Rente"])

A(g, "kleiderkammer-st-martin", "Kleiderkammer im Pfarrzentrum St. Martin", ["soziale-hilfen"],
  "Katholische Pfarrei St. Martin Aichbach",
  "Gut erhaltene Kleidung, Bettwäsche und Haushaltsgegenstände für wenig Geld. Jeder darf kommen.",
  """Spenden nehmen wir zu den Öffnungszeiten an – bitte nur saubere, tragbare Kleidung.
Der Erlös geht an die Seniorenarbeit der Pfarrei.""",
  strasse="Kirchplatz 2", email="pfarrei.st-martin@bistum.example",
  oeffnungszeiten="Mi 09:00-11:30; Sa 10:00-12:00", kosten="kleine Beträge", stichworte=["Second Hand", "Kleidung", "Spenden"])

A(g, "seniorenzentrum-st-martin", "Seniorenzentrum St. Martin", ["wohnen", "tages-kurzzeitpflege"],
  "Caritas Altenhilfe Niederbayern gGmbH",
  "Vollstationäre Pflege für 96 Bewohnerinnen und Bewohner, davon eine beschützende Wohngruppe für Menschen mit Demenz, dazu eingestreute Kurzzeitpflegeplätze.",
  """Das Seniorenzentrum liegt mitten in der Stadt, fünf Gehminuten vom Stadtplatz. Alle
Zimmer sind Einzelzimmer mit eigenem Bad. Es gibt eine Hauskapelle, einen
Sinnesgarten und ein öffentliches Café.

Bitte melden Sie sich frühzeitig an – die Warteliste ist lang.""",
  strasse="Martinsgasse 10", email="st-martin@caritas-altenhilfe.example", web="https://caritas-altenhilfe.example/st-martin",
  barrierefrei="ja", stichworte=["stationäre Pflege", "Heimplatz", "Warteliste", "beschützende Station"])

A(g, "betreutes-wohnen-stadtpark", "Betreutes Wohnen am Stadtpark", ["wohnen"],
  "Wohnungsbaugesellschaft Aichbach mbH mit BRK",
  "42 barrierefreie Zwei-Zimmer-Wohnungen mit Balkon, Aufzug und Gemeinschaftsraum. Das BRK bietet Grundservice mit Hausnotruf und Sprechstunde.",
  """Sie leben in Ihrer eigenen Mietwohnung und können bei Bedarf Hilfe dazu buchen.
Im Grundservice enthalten: Hausnotruf, wöchentliche Sprechstunde der Betreuerin,
Vermittlung von Diensten, Veranstaltungen im Gemeinschaftsraum.""",
  strasse="Parkstraße 20", email="vermietung@wbg-aichbach.example",
  kosten="Miete ab 9,80 €/m², Betreuungspauschale 95 € im Monat", barrierefrei="ja",
  stichworte=["Seniorenwohnung", "Servicewohnen", "Mietwohnung", "Aufzug"])

A(g, "tagespflege-lebensbaum", "Tagespflege Lebensbaum", ["tages-kurzzeitpflege", "demenz"],
  "Lebensbaum Tagespflege GmbH",
  "Tagesgäste verbringen hier gemeinsam den Tag – mit Frühstück, Mittagessen, Gymnastik und Gedächtnistraining. Abholdienst im Umkreis von 15 km.",
  """Die Tagespflege hat 18 Plätze und ist von Montag bis Freitag geöffnet. Viele unserer
Gäste haben eine Demenz; die Mitarbeiterinnen sind dafür geschult.

Die Pflegekasse zahlt die Tagespflege zusätzlich zum Pflegegeld. Schnuppertag
kostenlos.""",
  strasse="Am Mühlgraben 6", email="info@tagespflege-lebensbaum.example",
  oeffnungszeiten="Mo-Fr 07:30-16:30", einzugsgebiet=["aichbach", "frauenberg-bei-aichbach", "gaensbach", "vilsoed", "hoelzlkirchen"],
  stichworte=["Tagesgäste", "Abholdienst", "Schnuppertag"], barrierefrei="ja")

A(g, "vhs-digital-kurse", "vhs Aichbach: Smartphone- und Tabletkurse 60+", ["digital"],
  "Volkshochschule Aichbach",
  "Kurse in kleinen Gruppen für Einsteiger: Android oder iPhone kennenlernen, Fotos verschicken, Apps installieren, sicher im Internet.",
  """Jeder Kurs hat höchstens acht Teilnehmende und zwei Kursleitungen. Bitte bringen Sie
Ihr eigenes, geladenes Gerät mit.

- Smartphone-Grundkurs Android (4 Vormittage)
- iPhone-Grundkurs (4 Vormittage)
- Tablet für Neugierige
- Sicher online: Betrugsmaschen erkennen""",
  strasse="Schulstraße 1", email="vhs@aichbach.example", web="https://vhs-aichbach.example/",
  kosten="48 € pro Kurs", stichworte=["iPhone", "Android", "Kurs", "Apps", "Einsteiger"])

A(g, "mehrgenerationenhaus-aichbach", "Mehrgenerationenhaus Aichbach", ["begegnung", "nachbarschaftshilfe"],
  "Mehrgenerationenhaus Aichbach e.V.",
  "Offener Treff für Jung und Alt am Stadtplatz mit Café, Spielenachmittag, Handy-Sprechstunde, Mittagstisch und Vermittlung von Alltagshelfern.",
  """Im MGH ist jeden Tag etwas los. Einige feste Angebote:

- Montag: Strickcafé
- Dienstag: Handy-Sprechstunde mit Schülern
- Mittwoch: Offener Mittagstisch
- Donnerstag: Spielenachmittag (Rommé, Schafkopf, Brettspiele)
- Freitag: Erzählcafé

Das Café ist barrierefrei, eine Toilette für Rollstuhlfahrer ist vorhanden.""",
  strasse="Stadtplatz 8", email="info@mgh-aichbach.example", web="https://mgh-aichbach.example/",
  oeffnungszeiten="Mo-Fr 09:00-17:00", barrierefrei="ja",
  stichworte=["MGH", "Jung und Alt", "Strickcafé", "offener Treff", "Generationen"])

A(g, "mittagstisch-mgh", "Offener Mittagstisch im MGH", ["essen-auf-raedern", "begegnung"],
  "Mehrgenerationenhaus Aichbach e.V.",
  "Jeden Mittwoch kochen Ehrenamtliche ein frisches Mittagessen mit Suppe und Nachspeise. Wer allein lebt, isst hier in netter Gesellschaft.",
  """Bitte bis Montag anmelden, damit wir genug einkaufen. Wer nicht gut zu Fuß ist, wird
von der Nachbarschaftshilfe abgeholt.""",
  strasse="Stadtplatz 8", email="info@mgh-aichbach.example",
  oeffnungszeiten="We 12:00-13:30", kosten="5,50 €", stichworte=["gemeinsam essen", "Mittagessen", "Suppe"])

A(g, "seniorenbeirat-aichbach", "Seniorenbeirat der Stadt Aichbach", ["beratung", "begegnung"],
  "Stadt Aichbach",
  "Der Seniorenbeirat vertritt die Interessen der älteren Bürgerinnen und Bürger im Stadtrat und bietet eine monatliche Bürgersprechstunde im Rathaus.",
  """Sie haben ein Anliegen – eine fehlende Sitzbank, eine zu kurze Ampelphase, ein
Problem mit dem Bus? Sprechen Sie den Seniorenbeirat an.

Der Beirat organisiert außerdem den jährlichen Seniorentag und verteilt die
Notfalldosen.""",
  strasse="Stadtplatz 1", email="seniorenbeirat@aichbach.example",
  oeffnungszeiten="Mo[1] 10:00-12:00", stichworte=["Seniorenvertretung", "Sprechstunde", "Stadtrat", "Anliegen"])

A(g, "vdk-kreisgeschaeftsstelle", "VdK-Kreisgeschäftsstelle Aichbach – Sozialrechtsberatung", ["beratung", "soziale-hilfen"],
  "Sozialverband VdK Bayern, Kreisverband Aichbach",
  "Der VdK berät Mitglieder zu Rente, Pflegegrad, Schwerbehinderung und Erwerbsminderung und vertritt sie bei Widerspruch und Klage vor dem Sozialgericht.",
  """Der Pflegegrad wurde abgelehnt oder zu niedrig eingestuft? Der Grad der Behinderung
passt nicht? Wir legen Widerspruch für Sie ein.

Beratung nur für Mitglieder; der Beitritt ist jederzeit möglich (Jahresbeitrag 72 €).
Bitte vereinbaren Sie einen Termin.""",
  strasse="Bahnhofstraße 22", email="kv-aichbach@vdk.example", web="https://vdk.example/aichbach",
  oeffnungszeiten="Mo-Do 08:00-12:00,13:00-16:00; Fr 08:00-12:00", kosten="für Mitglieder kostenlos",
  stichworte=["Sozialrecht", "Widerspruch", "Schwerbehinderung", "GdB", "Klage", "Erwerbsminderungsrente"])

A(g, "stadtbus-aichbach", "Stadtbus Aichbach", ["fahrdienste"],
  "Stadtwerke Aichbach",
  "Zwei Stadtbuslinien verbinden Wohngebiete, Kreisklinik, Friedhof und Supermärkte im 30-Minuten-Takt. Alle Busse mit Niederflureinstieg.",
  """Für Seniorinnen und Senioren ab 65 gibt es die vergünstigte **Stadtbus-Jahreskarte
65plus** für 120 €. Die Fahrer helfen gern mit dem Rollator.""",
  strasse="Am Gaswerk 3", email="stadtbus@stadtwerke-aichbach.example",
  oeffnungszeiten="Mo-Fr 06:00-19:30; Sa 08:00-13:00", kosten="Einzelfahrt 1,60 €",
  stichworte=["Bus", "Fahrplan", "Niederflurbus", "Seniorenticket"])

A(g, "krankenfahrten-brunner", "Taxi Brunner – Krankenfahrten und Rollstuhlfahrten", ["fahrdienste"],
  "Taxi- und Mietwagenbetrieb Brunner",
  "Fahrten zur Dialyse, Chemotherapie, Bestrahlung und zum Facharzt, auch im Rollstuhl sitzend. Abrechnung direkt mit der Krankenkasse bei Verordnung.",
  """Wir holen Sie an der Wohnungstür ab und bringen Sie bis in die Praxis. Für
Rollstuhlfahrer haben wir zwei umgebaute Fahrzeuge mit Rampe.""",
  strasse="Bahnhofplatz 1", email="fahrt@taxi-brunner.example", oeffnungszeiten="24/7",
  einzugsgebiet="alle", stichworte=["Taxi", "Dialysefahrt", "Krankentransport", "Rollstuhltaxi", "Transportschein"])

A(g, "gymnastik-tv-aichbach", "Gymnastik 60 plus beim TV 1861 Aichbach", ["bewegung"],
  "TV 1861 Aichbach e.V., Abteilung Gesundheitssport",
  "Zweimal pro Woche Gymnastik für Ältere: Kräftigung, Gleichgewicht und Beweglichkeit, mit ausgebildeter Übungsleiterin. Einstieg jederzeit.",
  """Die Stunde beginnt mit Aufwärmen zu Musik, dann folgen Übungen im Stehen und auf dem
Stuhl, zum Schluss Entspannung. Man muss nicht auf den Boden.

Probestunde kostenlos, danach Vereinsmitgliedschaft.""",
  strasse="Sportplatzweg 2", email="gesundheitssport@tv-aichbach.example",
  oeffnungszeiten="Mo,Do 09:30-10:30", kosten="Vereinsbeitrag 60 € im Jahr",
  stichworte=["Turnen", "Gleichgewichtstraining", "Senioren-Fitness", "Kräftigung"])

A(g, "repair-cafe-aichbach", "Repair-Café Aichbach", ["begegnung"],
  "Bund Naturschutz, Ortsgruppe Aichbach",
  "Kaputter Toaster, wackeliger Stuhl, Loch in der Hose? Ehrenamtliche Tüftler reparieren gemeinsam mit Ihnen – bei Kaffee und Kuchen.",
  """Jeden ersten Samstag im Monat im Mehrgenerationenhaus. Reparatur kostenlos,
Ersatzteile zahlen Sie selbst. Auch ältere Menschen, die selbst gern schrauben,
sind als Helfer willkommen.""",
  strasse="Stadtplatz 8", email="repaircafe@bn-aichbach.example",
  oeffnungszeiten="Sa[1] 14:00-17:00", kosten="Spende", stichworte=["Reparatur", "reparieren", "Elektrogeräte"])

A(g, "shg-parkinson-aichbach", "Selbsthilfegruppe Parkinson Aichbach", ["angehoerige", "begegnung"],
  "Deutsche Parkinson Vereinigung, Regionalgruppe Aichbach",
  "Betroffene und Angehörige treffen sich monatlich zum Austausch, zu Vorträgen von Ärzten und Therapeuten und zur gemeinsamen Bewegung.",
  """Die Gruppe trifft sich jeden zweiten Donnerstag im Monat im Pfarrzentrum St. Martin.
Neue Mitglieder sind herzlich willkommen, auch ohne Mitgliedschaft in der DPV.""",
  strasse="Kirchplatz 2", email="parkinson-aichbach@dpv.example",
  oeffnungszeiten="Th[2] 15:00-17:00", stichworte=["Parkinson", "Selbsthilfe", "Austausch", "Betroffene"])

A(g, "cafe-vergissmeinnicht", "Café Vergissmeinnicht", ["demenz", "angehoerige", "begegnung"],
  "Fachstelle für pflegende Angehörige (Caritas) und Helferkreis Aichbach",
  "Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: gemeinsam Kaffee trinken, singen, erzählen. Angehörige können sich austauschen.",
  """Das Café findet alle zwei Wochen im Pfarrzentrum St. Martin statt. Geschulte
Ehrenamtliche kümmern sich um die Gäste mit Demenz, während die Angehörigen in einem
Nebenraum mit einer Fachkraft sprechen können.""",
  strasse="Kirchplatz 2", email="angehoerige@caritas-aichbach.example",
  oeffnungszeiten='"jeden 2. und 4. Mittwoch 14:30-16:30"', kosten="3 € für Kaffee und Kuchen",
  stichworte=["Demenzcafé", "Alzheimer", "Austausch"])

A(g, "mobile-fusspflege-wimmer", "Mobile medizinische Fußpflege Wimmer", ["bewegung", "pflege"],
  "Sabine Wimmer, Podologin",
  "Medizinische Fußpflege bei Ihnen zu Hause: Nägel schneiden, Hornhaut, Hühneraugen, Diabetikerfüße (mit Verordnung).",
  """Ich komme mit meiner mobilen Ausrüstung zu Ihnen nach Hause oder ins Heim. Termine
nach Vereinbarung, auch im Umland.""",
  telefonisch="ja", einzugsgebiet=["aichbach", "vilsoed", "frauenberg-bei-aichbach", "hoelzlkirchen", "gaensbach", "weissenbrunn"],
  kosten="ab 32 €", oeffnungszeiten='"nach Vereinbarung"', stichworte=["Fußpflege", "Podologie", "Diabetischer Fuß", "Hausbesuch"])

A(g, "marien-apotheke-botendienst", "Stadt-Apotheke Aichbach: Botendienst", ["einkauf"],
  "Stadt-Apotheke Aichbach",
  "Ihre Medikamente bringen wir Ihnen nach Hause – Rezept anrufen oder einwerfen, Lieferung am selben Nachmittag.",
  """Der Botendienst ist kostenlos im Stadtgebiet. Rezepte können Sie auch per E-Rezept
über die Gesundheitskarte einlösen; wir holen die Karte nicht ab, aber Ihre
Angehörigen können sie vorbeibringen.""",
  strasse="Stadtplatz 15", email="stadt-apotheke@aichbach.example", oeffnungszeiten="Mo-Fr 08:00-18:30; Sa 08:00-12:30",
  kosten="kostenlos", stichworte=["Apotheke", "Medikamente", "Arzneimittel", "Rezept", "Lieferung"])

A(g, "keb-seniorenakademie", "Seniorenakademie der Katholischen Erwachsenenbildung", ["digital", "begegnung"],
  "Katholische Erwachsenenbildung im Landkreis Aichbach e.V.",
  "Vorträge, Studienfahrten und Gesprächskreise zu Geschichte, Glaube, Gesundheit und Kunst – für neugierige Menschen ab 60.",
  """Das Semesterprogramm liegt in Pfarrämtern und Banken aus. Die Vorträge finden
dienstags im Pfarrzentrum statt; eine Anmeldung ist nur für Fahrten nötig.""",
  strasse="Kirchplatz 2", email="keb@bistum-aichbach.example", web="https://keb-aichbach.example/",
  kosten="Vortrag 4 €", stichworte=["Vorträge", "Bildung", "Studienfahrt", "Lernen"])
