from gen_base import A

# ---------------- Bad Griesau
g = "bad-griesau"
A(g, "diakonie-sozialstation-bad-griesau", "Diakonie-Sozialstation Bad Griesau", ["pflege", "hauswirtschaft"],
  "Diakonisches Werk Aichbach e.V.",
  "Häusliche Kranken- und Altenpflege, Hauswirtschaft und Betreuung in Bad Griesau, Oberhöcking und Aiterbach. Wir sind Tag und Nacht erreichbar.",
  """Seit über 40 Jahren pflegen die Schwestern und Pfleger der Diakonie im Griesauer
Land. Wir arbeiten mit den Hausärzten und der Reha-Klinik zusammen.

Neu: Entlastungsleistungen – wir gehen mit Ihnen spazieren, lesen vor oder
begleiten Sie zum Friseur (abrechenbar über den Entlastungsbetrag).""",
  strasse="Kurallee 30", email="sozialstation@diakonie-griesau.example",
  oeffnungszeiten='Mo-Fr 08:00-15:00 "Rufbereitschaft rund um die Uhr"', einzugsgebiet=["bad-griesau", "oberhoecking", "aiterbach"],
  stichworte=["Diakonie", "Altenpflege", "Nachtpflege", "Entlastungsleistungen"])

A(g, "pflegeteam-sonnenschein", "Pflegeteam Sonnenschein", ["pflege"],
  "Pflegeteam Sonnenschein, Inh. Monika Aschenbrenner",
  "Kleiner privater Pflegedienst: Grund- und Behandlungspflege, Verhinderungspflege zu Hause und Beratungseinsätze für Pflegegeldempfänger.",
  """Wir sind ein Team aus neun Pflegefachkräften und kennen unsere Patienten persönlich.
Freie Kapazitäten aktuell vor allem für Abendtouren.""",
  strasse="Thermenstraße 4", email="kontakt@pflegeteam-sonnenschein.example",
  oeffnungszeiten="Mo-Fr 08:00-14:00", einzugsgebiet=["bad-griesau", "grosswiesing"],
  stichworte=["privater Pflegedienst", "Beratungseinsatz", "Abendtour"])

A(g, "haus-am-kurpark-kurzzeitpflege", "Haus am Kurpark – Kurzzeit- und Verhinderungspflege", ["tages-kurzzeitpflege"],
  "Kurpark Pflege gGmbH",
  "Solitäre Kurzzeitpflege mit 20 Plätzen: nach dem Krankenhaus, wenn die Pflegeperson in Urlaub fährt oder krank ist. Aufenthalt von einigen Tagen bis acht Wochen.",
  """Die Kurzzeitpflege ist eine eigene Einrichtung, nicht Teil eines Heims – die Plätze
sind also wirklich für kurze Aufenthalte da. Physiotherapie im Haus,
Anwendungen in der Therme möglich.

Buchungen für die Sommermonate bitte bis Ende Februar.""",
  strasse="Kurallee 12", email="kurzzeit@kurpark-pflege.example",
  oeffnungszeiten="Mo-Fr 09:00-16:00", einzugsgebiet="alle", barrierefrei="ja",
  stichworte=["Kurzzeitpflegeplatz", "nach dem Krankenhaus", "Urlaub der Angehörigen"])

A(g, "seniorenresidenz-sonnenhang", "Seniorenresidenz Sonnenhang", ["wohnen"],
  "Sonnenhang Wohnen im Alter GmbH",
  "Seniorenappartements mit Service am Kurpark: Restaurant, Concierge, Veranstaltungen, auf Wunsch Pflege durch den hauseigenen ambulanten Dienst.",
  """Die Residenz verbindet Selbstständigkeit mit Sicherheit. 1- bis 3-Zimmer-Appartements
zur Miete, Hausnotruf in jeder Wohnung, Schwimmbad im Haus.""",
  strasse="Am Sonnenhang 1", email="residenz@sonnenhang.example", web="https://sonnenhang.example/",
  barrierefrei="ja", kosten="ab 2.150 € im Monat inkl. Service",
  stichworte=["Residenz", "Appartement", "Seniorenappartement", "Concierge"])

A(g, "wassergymnastik-therme", "Wassergymnastik für Seniorinnen und Senioren", ["bewegung"],
  "Griesauer Therme und Kneippverein Bad Griesau",
  "Im 32 Grad warmen Thermalwasser bewegen sich die Gelenke leichter. Angeleitete Aquagymnastik dreimal pro Woche, auch für Nichtschwimmer.",
  """Der Kurs findet im Bewegungsbecken statt (Wassertiefe 1,30 m). Hebelifter für den
Einstieg vorhanden. Mit Kurkarte oder Seniorenpass ermäßigt.""",
  strasse="Thermenplatz 1", email="kurse@griesauer-therme.example",
  oeffnungszeiten="Mo,Mi,Fr 10:00-10:45", kosten="6 € inkl. Eintritt",
  stichworte=["Aquagymnastik", "Aquafitness", "Thermalbad", "Schwimmen", "Gelenke"])

A(g, "nachbarschaftshilfe-bad-griesau", "Nachbarschaftshilfe Bad Griesau e.V.", ["nachbarschaftshilfe", "fahrdienste"],
  "Nachbarschaftshilfe Bad Griesau e.V.",
  "Ehrenamtliche helfen bei Besorgungen, begleiten zu Arztterminen, besuchen alleinstehende Menschen und fahren zu Veranstaltungen.",
  """Rufen Sie uns an, wenn Sie Hilfe brauchen – wir suchen dann eine passende Helferin
oder einen Helfer. Die Fahrten kosten eine kleine Aufwandsentschädigung.""",
  strasse="Rathausplatz 2", email="nbh@bad-griesau.example",
  oeffnungszeiten="Mo,Mi,Fr 09:00-11:00", kosten="Fahrten 0,35 € pro km, Hilfe 8 € pro Stunde",
  stichworte=["Arztbegleitung", "Besuche", "Ehrenamt", "Begleitung"])

A(g, "herzsport-bad-griesau", "Reha- und Herzsportgruppe Bad Griesau", ["bewegung"],
  "Reha-Sportverein Bad Griesau e.V.",
  "Ärztlich betreuter Rehasport für Menschen mit Herz-Kreislauf-Erkrankungen, nach Operationen und bei Arthrose. Verordnung vom Arzt möglich.",
  """Mit einer Verordnung (Muster 56) übernimmt die Krankenkasse 50 Übungseinheiten.
Bei jeder Stunde ist eine Ärztin oder ein Arzt anwesend.""",
  strasse="Kurallee 45", email="rehasport@rsv-griesau.example",
  oeffnungszeiten="Di,Do 17:00-18:00", stichworte=["Herzsport", "Rehabilitationssport", "Arthrose", "Verordnung"])

A(g, "seniorenkreis-evangelisch-griesau", "Seniorenkreis der Christuskirche", ["begegnung"],
  "Evangelisch-Lutherische Kirchengemeinde Bad Griesau",
  "Einmal im Monat Kaffee, Kuchen, Gespräch und ein kleines Programm – Dia-Vortrag, Musik oder Gedächtnisspiele. Offen für alle Konfessionen.",
  """Wer einen Fahrdienst braucht, meldet sich bitte im Pfarramt.""",
  strasse="Kirchweg 3", email="pfarramt.badgriesau@elkb.example",
  oeffnungszeiten="We[1] 14:30-16:30", stichworte=["Kirche", "Kaffee", "evangelisch"])

A(g, "mittagstisch-kurhaus", "Seniorenmittagstisch im Kurhaus-Restaurant", ["essen-auf-raedern"],
  "Kurhaus-Restaurant Bad Griesau",
  "Montag bis Freitag ein günstiges Tagesgericht für Seniorinnen und Senioren aus dem Ort, mit Suppe oder Salat. Auch zum Mitnehmen.",
  """Vorlage des Seniorenpasses des Marktes Bad Griesau genügt. Ein Tisch ist für den
Mittagstisch reserviert – man kommt ins Gespräch.""",
  strasse="Kurallee 1", email="kurhaus@bad-griesau.example",
  oeffnungszeiten="Mo-Fr 11:30-13:30", kosten="6,80 €", stichworte=["Tagesgericht", "Mittagessen", "günstig essen"])

A(g, "wg-am-muehlbach", "Ambulant betreute Wohngemeinschaft „Am Mühlbach“", ["wohnen", "demenz"],
  "Verein Wohnen mit Demenz Bad Griesau e.V.",
  "Zwölf Menschen mit Demenz leben in einer großen Wohnung mit eigenen Zimmern zusammen, rund um die Uhr begleitet von Präsenzkräften und einem Pflegedienst.",
  """Die Angehörigen entscheiden im Gremium über den Alltag mit und wählen den
Pflegedienst selbst. Gekocht wird gemeinsam in der Wohnküche.

Eine Alternative zum Heim für Menschen, die nicht mehr allein wohnen können.""",
  strasse="Mühlbachweg 8", email="wg@wohnen-mit-demenz.example",
  kosten="Miete und Haushaltsgeld ca. 850 €, dazu Pflege", barrierefrei="ja",
  stichworte=["Demenz-WG", "Wohngemeinschaft", "Präsenzkraft", "Alternative zum Heim"])

# ---------------- Vilsöd
g = "vilsoed"
A(g, "nachbarschaftshilfe-vilsoed", "Nachbarschaftshilfe Vilsöd – Hand in Hand e.V.", ["nachbarschaftshilfe", "hauswirtschaft"],
  "Hand in Hand Vilsöd e.V.",
  "Rund 50 Helferinnen und Helfer unterstützen bei Einkauf, Hausarbeit, Gartenarbeit und Behördengängen oder kommen einfach zum Ratschen vorbei.",
  """Die Einsatzleitung vermittelt Helfer aus Ihrer Nachbarschaft. Die Helfer sind
versichert und geschult. Als anerkanntes Angebot zur Unterstützung im Alltag können wir
über den Entlastungsbetrag der Pflegekasse abrechnen.""",
  strasse="Marktplatz 5", email="handinhand@vilsoed.example",
  oeffnungszeiten="Di,Do 09:00-11:00", kosten="12 € pro Stunde, mit Pflegegrad über die Pflegekasse",
  stichworte=["Hausarbeit", "Gartenarbeit", "Behördengänge", "Entlastungsbetrag"])

A(g, "buergerbus-vilsoed", "Bürgerbus Markt Vilsöd", ["fahrdienste"],
  "Markt Vilsöd",
  "Der Kleinbus mit ehrenamtlichen Fahrern fährt montags und donnerstags durch alle Ortsteile zum Marktplatz, zu den Ärzten und zum Supermarkt.",
  """Haltestellen sind mit dem grünen Bürgerbus-Schild gekennzeichnet. Wer nicht zur
Haltestelle laufen kann, wird nach Anmeldung vor der Haustür abgeholt.""",
  strasse="Marktplatz 1", email="buergerbus@vilsoed.example",
  oeffnungszeiten="Mo,Th 08:00-12:00", kosten="1 € pro Fahrt", barrierefrei="teilweise",
  stichworte=["Bus", "Ortsbus", "ehrenamtliche Fahrer", "Einkaufsfahrt"])

A(g, "tagespflege-vilsauen", "Tagespflege Vilsauen", ["tages-kurzzeitpflege"],
  "Ökumenische Sozialstation Rottersdorf-Vilsöd e.V.",
  "16 Tagespflegeplätze in einem hellen Neubau mit Garten. Die Gäste werden morgens mit unserem Bus abgeholt und nachmittags heimgebracht.",
  """Ein typischer Tag: gemeinsames Frühstück, Zeitungsrunde, Bewegung, Mittagessen,
Ruhezeit in Liegesesseln, Kaffee und ein Nachmittagsprogramm.

Auch einzelne Tage pro Woche sind möglich.""",
  strasse="Auenweg 3", email="tagespflege@sozialstation-rv.example",
  oeffnungszeiten="Mo-Fr 08:00-16:00", einzugsgebiet=["vilsoed", "rottersdorf-an-der-vils", "langenoed", "kollbachzell"],
  barrierefrei="ja", stichworte=["Tagesgäste", "Fahrdienst", "Garten"])

A(g, "seniorenclub-vilsoed", "Seniorenclub Vilsöd", ["begegnung"],
  "Seniorenclub Vilsöd",
  "Jeden Dienstagnachmittag treffen sich die Älteren im Pfarrsaal zu Kaffee, Karten und Geselligkeit. Dazu Ausflüge, Maiandacht und Adventsfeier.",
  """Neue Gesichter sind immer willkommen! Man muss kein Mitglied sein.""",
  strasse="Kirchplatz 4", email="seniorenclub@vilsoed.example",
  oeffnungszeiten="Tu 14:00-17:00", stichworte=["Karten spielen", "Geselligkeit", "Ausflüge"])

A(g, "smartphone-treff-vilsoed", "Smartphone-Treff in der Marktbücherei", ["digital"],
  "Marktbücherei Vilsöd",
  "Jugendliche aus der Mittelschule beantworten Fragen rund um Smartphone und Tablet – jeden ersten und dritten Donnerstag, ohne Anmeldung.",
  """Ob Einstellungen, Fotos oder WhatsApp: Die Schülerinnen und Schüler erklären geduldig.
Eine Tasse Kaffee gibt es auch.""",
  strasse="Schulgasse 2", email="buecherei@vilsoed.example",
  oeffnungszeiten="Th[1,3] 16:00-17:30", kosten="kostenlos", stichworte=["Schüler helfen", "Technik", "Bücherei"])

A(g, "pflegedienst-aigner", "Pflegedienst Aigner & Team", ["pflege", "hauswirtschaft"],
  "Aigner Ambulante Pflege GmbH",
  "Familiengeführter Pflegedienst seit 1998. Wir übernehmen Grund- und Behandlungspflege sowie Putzen und Einkaufen im Raum Vilsöd und Rottersdorf.",
  """Unsere Leistungen: Körperpflege, Medikamente richten, Blutzucker messen,
Wundversorgung, Haushaltshilfe, Begleitung zu Ärzten.""",
  strasse="Bahnhofstraße 17", email="info@pflege-aigner.example",
  oeffnungszeiten="Mo-Fr 08:00-15:00", einzugsgebiet=["vilsoed", "rottersdorf-an-der-vils"],
  stichworte=["Wundversorgung", "Blutzucker", "Familienbetrieb"])

A(g, "sitztanz-vilsoed", "Sitztanz im Pfarrheim", ["bewegung"],
  "Katholischer Frauenbund Vilsöd",
  "Tanzen im Sitzen zu Volksmusik und Schlagern – gut für Kopf und Körper, auch mit Rollator oder Rollstuhl möglich.",
  """Leitung: Gertraud Fischer, ausgebildete Sitztanzleiterin. Vorkenntnisse braucht
niemand.""",
  strasse="Kirchplatz 4", email="frauenbund@vilsoed.example",
  oeffnungszeiten="We[2,4] 14:00-15:00", kosten="2 €", stichworte=["Tanzen", "Musik", "im Sitzen"])

A(g, "vdk-ortsverband-vilsoed", "VdK-Ortsverband Vilsöd", ["begegnung", "beratung"],
  "Sozialverband VdK, Ortsverband Vilsöd",
  "Der VdK-Ortsverband lädt zu Mitgliederversammlung, Ausflügen und Stammtisch ein und hilft beim Kontakt zur Sozialrechtsberatung in Aichbach.",
  """Ansprechpartnerin ist die Ortsvorsitzende. Sprechstunde jeden ersten Freitag im
Monat im Gasthaus Zur Vils, Nebenzimmer.""",
  strasse="Marktplatz 9", email="ov-vilsoed@vdk.example",
  oeffnungszeiten="Fr[1] 10:00-11:30", stichworte=["VdK", "Stammtisch", "Sozialverband"])

# ---------------- Rottersdorf a.d. Vils
g = "rottersdorf-an-der-vils"
A(g, "oekumenische-sozialstation-rottersdorf", "Ökumenische Sozialstation Rottersdorf-Vilsöd", ["pflege"],
  "Ökumenische Sozialstation Rottersdorf-Vilsöd e.V.",
  "Kirchlicher Pflegedienst für Rottersdorf, Vilsöd, Langenöd und Kollbachzell: Krankenpflege zu Hause, Palliativpflege, Beratung.",
  """Die Sozialstation wird von der katholischen und der evangelischen Kirchengemeinde
getragen. Unser Team hat eine Palliativfachkraft.""",
  strasse="Pfarrer-Huber-Straße 2", email="pflege@sozialstation-rv.example",
  oeffnungszeiten="Mo-Fr 07:30-15:30", einzugsgebiet=["rottersdorf-an-der-vils", "vilsoed", "langenoed", "kollbachzell"],
  stichworte=["kirchlich", "Palliativpflege", "Krankenschwester"])

A(g, "helferkreis-rottersdorf", "Helferkreis Rottersdorf", ["nachbarschaftshilfe"],
  "Pfarrgemeinderat Rottersdorf",
  "Ehrenamtliche aus der Pfarrei besuchen Kranke und Alleinstehende, erledigen kleine Einkäufe und helfen bei Formularen.",
  """Der Helferkreis ist kein Verein – einfach anrufen. Alle Hilfen sind kostenlos.""",
  strasse="Kirchstraße 1", email="helferkreis@rottersdorf.example",
  kosten="kostenlos", stichworte=["Besuche", "Formulare", "Pfarrei"])

A(g, "mittagessen-metzgerei-weinzierl", "Metzgerei Weinzierl: warmes Mittagessen ins Haus", ["essen-auf-raedern"],
  "Metzgerei und Partyservice Weinzierl",
  "Hausmannskost von der Dorfmetzgerei, werktags heiß geliefert in Rottersdorf und Vilsöd. Wochenkarte liegt im Laden aus.",
  """Bestellung bis 9 Uhr am selben Tag. Schweinebraten, Fleischpflanzerl, Dampfnudeln –
und freitags immer Fisch oder eine Mehlspeise.""",
  strasse="Hauptstraße 14", email="weinzierl@metzgerei.example",
  oeffnungszeiten="Mo-Fr 07:00-18:00; Sa 07:00-12:00", einzugsgebiet=["rottersdorf-an-der-vils", "vilsoed"],
  kosten="8,50 € pro Essen", stichworte=["Hausmannskost", "Lieferung", "Metzger"])

A(g, "seniorengymnastik-sv-rottersdorf", "Seniorengymnastik beim SV Rottersdorf", ["bewegung"],
  "SV Rottersdorf 1949 e.V.",
  "Jeden Mittwoch Seniorengymnastik in der Schulturnhalle. Gut für Gleichgewicht und Kraft, vorbeugend gegen Stürze.",
  """Übungsleiterin Anni Zellner hat eine Zusatzausbildung in Sturzprävention.""",
  strasse="Schulweg 5", email="sv-rottersdorf@verein.example",
  oeffnungszeiten="We 09:00-10:00", kosten="Vereinsbeitrag", stichworte=["Turnhalle", "Stürze vermeiden", "Gymnastik"])

A(g, "seniorenwohnanlage-vilsblick", "Seniorenwohnanlage Vilsblick", ["wohnen"],
  "Gemeinde Rottersdorf a.d. Vils",
  "18 barrierearme Mietwohnungen der Gemeinde für Menschen ab 60 mit Gemeinschaftsgarten. Vergabe über das Rathaus.",
  """Die Wohnungen liegen im Ortskern, nahe Arzt und Bäcker. Eine Hausmeisterin ist
zweimal pro Woche vor Ort. Pflege kann über die Sozialstation dazugebucht werden.""",
  strasse="Vilsstraße 22", email="rathaus@rottersdorf.example",
  stichworte=["Mietwohnung", "Gemeindewohnung", "barrierearm"])

A(g, "fahrdienst-mia-fahrn-di", "Senioren-Fahrdienst „Mia fahrn di“", ["fahrdienste"],
  "Gemeinde Rottersdorf a.d. Vils mit Helferkreis",
  "Ehrenamtliche Fahrerinnen und Fahrer bringen Seniorinnen und Senioren mit dem Gemeindeauto zum Arzt, zur Apotheke oder zum Friseur – auch nach Aichbach.",
  """Anmeldung mindestens zwei Tage vorher im Rathaus. Fahrten in die Kreisklinik
Aichbach sind möglich. Rollstuhl kann im Kofferraum mitgenommen werden.""",
  strasse="Rathausplatz 1", email="rathaus@rottersdorf.example",
  oeffnungszeiten="Mo-Fr 08:00-12:00", kosten="Spende erbeten", einzugsgebiet=["rottersdorf-an-der-vils", "langenoed"],
  stichworte=["Fahrdienst", "Arztbesuch", "Gemeindeauto", "Begleitfahrt"])

A(g, "demenzhelferkreis-rottersdorf", "Demenzhelferkreis Rottersdorf", ["demenz", "angehoerige"],
  "Helferkreis Rottersdorf mit der Fachstelle für pflegende Angehörige",
  "Geschulte Helferinnen betreuen Menschen mit Demenz stundenweise zu Hause, damit die Angehörigen einmal durchatmen können.",
  """Die Helferinnen haben eine 40-stündige Schulung absolviert. Die Betreuung kann
über den Entlastungsbetrag der Pflegekasse bezahlt werden.""",
  strasse="Kirchstraße 1", email="helferkreis@rottersdorf.example",
  kosten="11 € pro Stunde", stichworte=["stundenweise Betreuung", "Entlastungsbetrag", "Demenzhelfer"])
