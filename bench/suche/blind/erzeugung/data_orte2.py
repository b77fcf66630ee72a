from gen_base import A

# ---------------- Thann-Moosthenning
g = "thann-moosthenning"
A(g, "caritas-sozialstation-thann", "Caritas-Sozialstation Thann-Moosthenning", ["pflege", "hauswirtschaft"],
  "Caritasverband für den Landkreis Aichbach e.V.",
  "Ambulante Pflege im südlichen Landkreis: Thann-Moosthenning, Haselbach-Ried, Dietersbach und Untergreising.",
  """Pflege, Hauswirtschaft und Beratung aus einer Hand. Die Pflegedienstleitung kommt
zum kostenlosen Erstgespräch zu Ihnen.""",
  strasse="St.-Elisabeth-Weg 1", email="sozialstation-thann@caritas-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-12:00", einzugsgebiet=["thann-moosthenning", "haselbach-ried", "dietersbach", "untergreising"],
  stichworte=["Erstgespräch", "Altenpflege", "Caritas"])

A(g, "tagespflege-st-elisabeth", "Tagespflege im Caritas-Haus St. Elisabeth", ["tages-kurzzeitpflege", "demenz"],
  "Caritas Altenhilfe Niederbayern gGmbH",
  "Tagesbetreuung für pflegebedürftige und demenzkranke Menschen mit Fahrdienst, Mahlzeiten und aktivierendem Programm.",
  """Die Tagespflege ist im Erdgeschoss des Caritas-Hauses und nutzt Garten und Kapelle
mit. Es gibt einen ruhigen Raum für Gäste mit fortgeschrittener Demenz.""",
  strasse="St.-Elisabeth-Weg 1", email="tagespflege-thann@caritas-altenhilfe.example",
  oeffnungszeiten="Mo-Fr 08:00-16:30", einzugsgebiet=["thann-moosthenning", "haselbach-ried", "dietersbach", "untergreising", "pettenreuth"],
  barrierefrei="ja", stichworte=["Tagesbetreuung", "demenzkrank", "Fahrdienst"])

A(g, "altenheim-st-elisabeth", "Caritas-Altenheim St. Elisabeth", ["wohnen"],
  "Caritas Altenhilfe Niederbayern gGmbH",
  "Altenheim mit 64 Plätzen in vier Hausgemeinschaften. Jede Hausgemeinschaft hat eine eigene Küche, in der täglich gekocht wird.",
  """Die Bewohnerinnen und Bewohner können beim Kochen, Tischdecken und Gärtnern
mithelfen, wenn sie mögen. Besuch ist jederzeit willkommen.

Heimbesichtigung nach telefonischer Absprache.""",
  strasse="St.-Elisabeth-Weg 1", email="st-elisabeth@caritas-altenhilfe.example",
  barrierefrei="ja", stichworte=["Hausgemeinschaft", "stationär", "Heimplatz", "Besichtigung"])

A(g, "buergerhilfe-thann-moosthenning", "Bürgerhilfe Thann-Moosthenning", ["nachbarschaftshilfe", "fahrdienste"],
  "Bürgerhilfe Thann-Moosthenning e.V.",
  "Bürger helfen Bürgern: Fahrten zum Arzt, Begleitung beim Spaziergang, Hilfe beim Einkaufen und Besuche bei Alleinstehenden.",
  """Unsere 35 Mitglieder leisten im Jahr rund 2.000 Einsätze. Wer selbst ein paar
Stunden im Monat übrig hat, ist herzlich eingeladen mitzumachen.""",
  strasse="Hauptstraße 30", email="buergerhilfe@thann-moosthenning.example",
  oeffnungszeiten="Mo-Fr 09:00-10:00", kosten="Fahrten 0,30 €/km", einzugsgebiet=["thann-moosthenning", "haselbach-ried"],
  stichworte=["Bürger helfen Bürgern", "Arztfahrten", "Einkaufsbegleitung"])

A(g, "betreuungsgruppe-zeit-fuer-uns", "Betreuungsgruppe „Zeit für uns“", ["demenz", "angehoerige"],
  "Caritasverband für den Landkreis Aichbach e.V.",
  "Jeden Donnerstagnachmittag werden Menschen mit beginnender oder mittlerer Demenz in einer kleinen Gruppe betreut – Singen, Erinnern, Basteln, Bewegung.",
  """Die Angehörigen haben in dieser Zeit frei. Die Betreuung wird über den
Entlastungsbetrag abgerechnet. Ein Fahrdienst kann organisiert werden.""",
  strasse="St.-Elisabeth-Weg 1", email="angehoerige@caritas-aichbach.example",
  oeffnungszeiten="Th 14:00-17:00", kosten="15 € pro Nachmittag", stichworte=["Gruppenbetreuung", "Singen", "Erinnerungen"])

A(g, "gedaechtnistraining-thann", "Gedächtnistraining – fit im Kopf", ["bewegung", "begegnung"],
  "Gemeinde Thann-Moosthenning, Seniorenbeauftragte",
  "Knobeln, Wortspiele, Merkübungen: spielerisches Training für das Gedächtnis in der Gruppe, ohne Leistungsdruck.",
  """Leitung: Gisela Pointner, zertifizierte Gedächtnistrainerin. Acht Termine, danach
beginnt eine neue Runde.""",
  strasse="Hauptstraße 30", email="senioren@thann-moosthenning.example",
  oeffnungszeiten="Fr 10:00-11:30", kosten="20 € für acht Termine", stichworte=["Gehirnjogging", "Denksport", "Merkfähigkeit"])

# ---------------- Großwiesing
g = "grosswiesing"
A(g, "nachbarschaftshilfe-grosswiesing", "Nachbarschaftshilfe Großwiesing", ["nachbarschaftshilfe", "fahrdienste", "hauswirtschaft"],
  "Nachbarschaftshilfe Großwiesing e.V.",
  "Unterstützung im Alltag für ältere und kranke Menschen in Großwiesing: Fahrten, Einkäufe, kleine Reparaturen, Schneeräumen und Besuche.",
  """Telefonzeiten: montags und donnerstags vormittags; sonst bitte auf den
Anrufbeantworter sprechen. Wir melden uns am selben Tag.""",
  strasse="Dorfplatz 3", email="nbh@grosswiesing.example",
  oeffnungszeiten="Mo,Th 08:30-11:30", kosten="8 € pro Stunde, Fahrten nach km",
  stichworte=["Schneeräumen", "Reparaturen", "Einkäufe", "Fahrten"])

A(g, "dorfladen-grosswiesing", "Dorfladen Großwiesing mit Lieferservice", ["einkauf"],
  "Dorfladen Großwiesing eG",
  "Genossenschaftlicher Dorfladen mit Lebensmitteln aus der Region, Post und Café-Ecke. Bestellungen bringen Ehrenamtliche nach Hause.",
  """Einkaufsliste bis 10 Uhr anrufen oder in den Briefkasten werfen; die Lieferung kommt
am Nachmittag. Bezahlt wird bei Lieferung.""",
  strasse="Dorfplatz 1", email="laden@dorfladen-grosswiesing.example",
  oeffnungszeiten="Mo-Fr 07:00-12:30,15:00-18:00; Sa 07:00-12:00", einzugsgebiet=["grosswiesing", "aiterbach"],
  kosten="Lieferung 1,50 €", stichworte=["Lebensmittel", "Einkaufen", "Post", "Genossenschaft"])

A(g, "seniorennachmittag-frauenbund-grosswiesing", "Seniorennachmittag des Frauenbunds", ["begegnung"],
  "Katholischer Frauenbund Großwiesing",
  "Einmal im Monat ein geselliger Nachmittag im Pfarrheim mit Kaffee und selbstgebackenem Kuchen, Musik und einem kleinen Vortrag.",
  """Fahrgelegenheit über die Nachbarschaftshilfe.""",
  strasse="Kirchweg 2", email="frauenbund@grosswiesing.example",
  oeffnungszeiten="Th[3] 14:00-16:30", kosten="Kuchen gegen Spende", stichworte=["Frauenbund", "Kaffee und Kuchen", "Pfarrheim"])

A(g, "mitfahrbaenke-grosswiesing-aiterbach", "Mitfahrbänke Großwiesing–Aiterbach", ["fahrdienste"],
  "Gemeinden Großwiesing und Aiterbach",
  "An sechs gelben Bänken setzt man sich hin, klappt das Schild mit dem Ziel aus und wird von Autofahrern aus dem Ort mitgenommen.",
  """Standorte: Dorfplatz Großwiesing, Kirche Aiterbach, Abzweig Kreisstraße, Friedhof,
Raiffeisenbank und Sportplatz. Ziele: Aichbach, Bad Griesau, Großwiesing, Aiterbach.""",
  strasse="Dorfplatz 1", web="https://grosswiesing.example/mitfahrbank", einzugsgebiet=["grosswiesing", "aiterbach"],
  kosten="kostenlos", stichworte=["Mitfahrgelegenheit", "Trampen", "Bank"])

A(g, "senioren-wg-alte-schule", "Senioren-WG Alte Schule", ["wohnen"],
  "Bürgerstiftung Großwiesing",
  "In der umgebauten alten Schule leben acht ältere Menschen in einer Wohngemeinschaft – jede mit eigenem Zimmer und Bad, Küche und Wohnzimmer gemeinsam.",
  """Die WG ist für Menschen gedacht, die nicht mehr allein leben möchten, aber keine
Pflege rund um die Uhr brauchen. Eine Alltagsbegleiterin ist vormittags da.""",
  strasse="Schulstraße 4", email="wg@buergerstiftung-grosswiesing.example",
  kosten="Miete ca. 520 € warm", stichworte=["Wohngemeinschaft", "gemeinsam wohnen", "Alltagsbegleiterin"])

# ---------------- Weißenbrunn
g = "weissenbrunn"
A(g, "nachbarschaftshilfe-weissenbrunn", "Nachbarschaftshilfe Weißenbrunn e.V.", ["nachbarschaftshilfe", "hauswirtschaft", "fahrdienste"],
  "Nachbarschaftshilfe Weißenbrunn e.V.",
  "Seit 1996 für Weißenbrunn da: Haushaltshilfe, Fahrdienst, Besuchsdienst und Betreuung von Menschen mit Demenz zu Hause.",
  """Die Nachbarschaftshilfe beschäftigt zwei Koordinatorinnen und hat über 80 aktive
Helferinnen und Helfer. Anerkannt als Angebot zur Unterstützung im Alltag.

Fahrten zum Arzt auch nach Aichbach und Bad Griesau.""",
  strasse="Schloßstraße 6", email="info@nbh-weissenbrunn.example", web="https://nbh-weissenbrunn.example/",
  oeffnungszeiten="Mo-Fr 08:00-12:00", kosten="Mitgliedsbeitrag 15 € im Jahr, Hilfe 10 € pro Stunde",
  stichworte=["Haushalt", "Besuchsdienst", "Arztfahrten", "Demenzbetreuung"])

A(g, "mittagstisch-gasthof-zur-post", "Mittagstisch im Gasthof Zur Post", ["essen-auf-raedern", "begegnung"],
  "Gasthof Zur Post, Familie Lallinger",
  "Dienstags und freitags ein Seniorenmenü zum kleinen Preis im Nebenzimmer – gemeinsam statt allein essen.",
  """Organisiert von der Seniorenbeauftragten. Wer abgeholt werden will, meldet sich bei
der Nachbarschaftshilfe.""",
  strasse="Schloßstraße 1", email="post@gasthof-lallinger.example",
  oeffnungszeiten="Tu,Fr 11:30-13:00", kosten="7,50 €", stichworte=["Seniorenmenü", "Gasthaus", "gemeinsam essen"])

A(g, "pc-treff-weissenbrunn", "PC- und Internettreff für Senioren", ["digital"],
  "Gemeinde Weißenbrunn",
  "Im Sitzungssaal des Rathauses stehen Laptops bereit. Ehrenamtliche zeigen, wie man E-Mails schreibt, im Internet sucht und Videos schaut.",
  """Jeden Montagabend, ohne Anmeldung. Eigene Laptops können mitgebracht werden.""",
  strasse="Rathausplatz 1", email="rathaus@weissenbrunn.example",
  oeffnungszeiten="Mo 18:00-20:00", kosten="kostenlos", stichworte=["Laptop", "E-Mail", "Computerkurs"])

A(g, "seniorensprechstunde-weissenbrunn", "Seniorensprechstunde im Rathaus Weißenbrunn", ["beratung"],
  "Gemeinde Weißenbrunn",
  "Der Bürgermeister und die Seniorenbeauftragte helfen bei Anträgen (Pflegegrad, Schwerbehindertenausweis, Rundfunkbeitrag) und vermitteln Hilfen.",
  """Bringen Sie bitte vorhandene Bescheide mit. Auch Hausbesuche sind möglich.""",
  strasse="Rathausplatz 1", email="rathaus@weissenbrunn.example",
  oeffnungszeiten="Th 14:00-16:00", kosten="kostenlos", stichworte=["Anträge", "Formulare", "Rundfunkbeitrag", "Befreiung"])

A(g, "spielenachmittag-weissenbrunn", "Spielenachmittag: Schafkopf, Rommé und Mensch ärgere dich nicht", ["begegnung"],
  "Seniorenclub Weißenbrunn",
  "Jeden zweiten Freitag wird im Pfarrheim gekartelt und gewürfelt. Anfänger lernen Schafkopf von den alten Hasen.",
  """Für Getränke und Brotzeit ist gesorgt.""",
  strasse="Kirchberg 2", email="seniorenclub@weissenbrunn.example",
  oeffnungszeiten='"alle 14 Tage freitags 14:00-17:00"', stichworte=["Karten", "Schafkopf", "Rommé", "Spiele"])
