from gen_base import T
R = "region"

T(R, "fachtag-demenz-2027", "Fachtag Demenz: „Leben mit dem Vergessen“", "2027-03-13 09:00",
  dict(name="Stadthalle Aichbach", strasse="Stadthallenweg 1", plz="94371", ort="Aichbach"),
  "Landratsamt Aichbach und Alzheimer Gesellschaft Niederbayern",
  "Vorträge und Workshops für Angehörige, Ehrenamtliche und Fachkräfte: Diagnose, Kommunikation, rechtliche Vorsorge und Entlastungsangebote im Landkreis.",
  """**Programm**

- 09:00 Begrüßung durch den Landrat
- 09:30 Vortrag: Was ist Demenz – und was nicht?
- 11:00 Workshops: Kommunikation mit Menschen mit Demenz; Vollmachten; Technik im Alltag
- 13:30 Markt der Möglichkeiten: Helferkreise, Tagespflegen, Beratungsstellen stellen sich vor

Für die Betreuung Ihres Angehörigen während des Fachtags ist gesorgt (bitte anmelden).""",
  kategorien=["demenz", "angehoerige"], ende="2027-03-13 16:00", anmeldung="bis 1. März 2027 beim Landratsamt",
  kosten="kostenlos", telefon="09971 88-410", email="senioren@lra-aichbach.example")

T(R, "letzte-hilfe-kurs-januar", "Letzte-Hilfe-Kurs: Am Ende wissen, wie es geht", "2027-01-23 09:30",
  dict(name="Pfarrzentrum St. Martin", strasse="Kirchplatz 2", plz="94371", ort="Aichbach"),
  "Hospizverein Vilstal e.V.",
  "In vier Stunden lernen Interessierte, was Sterbende brauchen, wie man Leiden lindert und Abschied nimmt. Für alle Bürgerinnen und Bürger.",
  """Der Kurs ist das Gegenstück zum Erste-Hilfe-Kurs. Vorkenntnisse sind nicht nötig.""",
  kategorien=["hospiz", "angehoerige"], ende="2027-01-23 13:30", anmeldung="beim Hospizverein", kosten="kostenlos",
  email="info@hospiz-vilstal.example")

T(R, "infoabend-patientenverfuegung", "Infoabend Patientenverfügung und Vorsorgevollmacht", "2026-12-08 19:00",
  dict(name="Rathaus Bad Griesau, Sitzungssaal", strasse="Rathausplatz 2", plz="94374", ort="Bad Griesau"),
  "Betreuungsverein SkF Aichbach",
  "Was gehört in eine Patientenverfügung, wer darf für mich entscheiden, was kostet ein Notar? Mit Vordrucken zum Mitnehmen.",
  """Referentin: Rechtsanwältin Dr. Claudia Resch. Im Anschluss Zeit für Fragen.""",
  kategorien=["beratung"], ende="2026-12-08 21:00", kosten="kostenlos", email="btv@skf-aichbach.example")

T(R, "netzwerktreffen-nachbarschaftshilfen-2027", "Netzwerktreffen der Nachbarschaftshilfen und Helferkreise", "2027-02-04 18:00",
  dict(name="Landratsamt Aichbach, Großer Sitzungssaal", strasse="Landshuter Straße 14", plz="94371", ort="Aichbach"),
  "Landratsamt Aichbach, Seniorenfachstelle",
  "Austausch der Vorstände und Koordinatorinnen: Versicherung, Abrechnung über den Entlastungsbetrag, Gewinnung neuer Ehrenamtlicher.",
  """Jede Nachbarschaftshilfe stellt ein Projekt des letzten Jahres vor.""",
  kategorien=["nachbarschaftshilfe"], ende="2027-02-04 20:30", anmeldung="formlos per E-Mail", email="senioren@lra-aichbach.example")

T(R, "seniorenmesse-aktiv-im-alter", "Seniorenmesse „Aktiv im Alter“", "2027-04-17 10:00",
  dict(name="Stadthalle Aichbach", strasse="Stadthallenweg 1", plz="94371", ort="Aichbach"),
  "Seniorenbeirat der Stadt Aichbach",
  "Über 40 Aussteller zeigen Angebote rund ums Älterwerden: Pflegedienste, Hausnotruf, Wohnberatung, Reisen, Sport und Ehrenamt. Mit Vorträgen.",
  """Vorträge im Kleinen Saal: 11 Uhr „Sicher wohnen“, 13 Uhr „Fit mit 80“, 14:30 Uhr
„Schutz vor Betrug am Telefon“. Kostenloser Shuttle vom Bahnhof.""",
  kategorien=["beratung", "begegnung", "hausnotruf"], ende="2027-04-17 17:00", kosten="Eintritt frei",
  email="seniorenbeirat@aichbach.example")

T(R, "schulung-demenzhelfer-2027", "Schulung für ehrenamtliche Demenzhelferinnen und -helfer", "2027-02-20 09:00",
  dict(name="Caritas-Haus St. Elisabeth", strasse="St.-Elisabeth-Weg 1", plz="94383", ort="Thann-Moosthenning"),
  "Fachstelle für pflegende Angehörige",
  "40-stündige Qualifizierung nach AVSG für alle, die Menschen mit Demenz stundenweise betreuen möchten. Fünf Samstage.",
  """Inhalte: Krankheitsbild, Kommunikation, Beschäftigungsideen, rechtliche Fragen,
Selbstpflege. Die Schulung ist Voraussetzung für die Mitarbeit in einem Helferkreis.""",
  kategorien=["demenz", "nachbarschaftshilfe"], ende="2027-02-20 16:00", wiederholung="woechentlich", bis="2027-03-20",
  anmeldung="bei der Fachstelle", kosten="kostenlos", email="angehoerige@caritas-aichbach.example")

# ---- Gemeinden
T("aichbach", "angehoerigengruppe-aichbach", "Gesprächsgruppe für pflegende Angehörige", "2026-12-01 18:00",
  dict(name="Caritas-Beratungsstelle", strasse="Passauer Straße 3", plz="94371", ort="Aichbach"),
  "Fachstelle für pflegende Angehörige",
  "Monatliches Treffen für alle, die einen Angehörigen pflegen: Erfahrungen teilen, Kraft tanken, Tipps bekommen. Eine Fachkraft moderiert.",
  """Neue Teilnehmende sind jederzeit willkommen.""",
  kategorien=["angehoerige"], ende="2026-12-01 19:30", wiederholung="monatlich", bis="2027-07-06", kosten="kostenlos",
  email="angehoerige@caritas-aichbach.example")

T("aichbach", "vortrag-enkeltrick", "Vortrag: Vorsicht, Betrüger! Enkeltrick und Schockanrufe", "2026-12-10 15:00",
  dict(name="Mehrgenerationenhaus Aichbach", strasse="Stadtplatz 8", plz="94371", ort="Aichbach"),
  "Polizeiinspektion Aichbach mit Seniorenbeirat",
  "Ein Beamter der Polizei erklärt die Maschen der Telefonbetrüger und wie man sich und seine Ersparnisse schützt.",
  """Mit vielen Beispielen aus dem Landkreis. Im Anschluss Kaffee und Fragen.""",
  kategorien=["beratung"], ende="2026-12-10 16:30", kosten="kostenlos")

T("aichbach", "smartphone-sprechstunde-mgh", "Handy-Sprechstunde im Mehrgenerationenhaus", "2026-12-01 14:00",
  dict(name="Mehrgenerationenhaus Aichbach", strasse="Stadtplatz 8", plz="94371", ort="Aichbach"),
  "Mehrgenerationenhaus Aichbach e.V.",
  "Schülerinnen und Schüler des Gymnasiums helfen bei Fragen rund ums Smartphone. Jeden Dienstag, ohne Anmeldung.",
  """Bringen Sie Ihr geladenes Gerät und Ihre Zugangsdaten mit.""",
  kategorien=["digital"], ende="2026-12-01 16:00", wiederholung="woechentlich", bis="2027-03-23", kosten="kostenlos")

T("aichbach", "adventsfeier-seniorenbeirat", "Adventsfeier für Seniorinnen und Senioren", "2026-12-13 14:00",
  dict(name="Stadthalle Aichbach", strasse="Stadthallenweg 1", plz="94371", ort="Aichbach"),
  "Stadt Aichbach und Seniorenbeirat",
  "Die Stadt lädt alle Bürgerinnen und Bürger ab 70 zur Adventsfeier mit Stubenmusik, Kinderchor, Kaffee und Stollen ein.",
  """Ein Fahrdienst holt Sie auf Wunsch ab – bitte bis 8. Dezember im Rathaus melden.""",
  kategorien=["begegnung"], ende="2026-12-13 17:00", anmeldung="für den Fahrdienst bis 8.12. im Rathaus", kosten="kostenlos")

T("aichbach", "tag-der-offenen-tuer-lebensbaum", "Tag der offenen Tür in der Tagespflege Lebensbaum", "2027-01-16 10:00",
  dict(name="Tagespflege Lebensbaum", strasse="Am Mühlgraben 6", plz="94371", ort="Aichbach"),
  "Lebensbaum Tagespflege GmbH",
  "Räume ansehen, das Team kennenlernen, Fragen zur Finanzierung durch die Pflegekasse stellen. Mit Mittagsimbiss.",
  """Führungen zu jeder vollen Stunde.""",
  kategorien=["tages-kurzzeitpflege"], ende="2027-01-16 15:00", kosten="kostenlos")

T("aichbach", "seniorentag-2026", "Aichbacher Seniorentag 2026", "2026-10-10 10:00",
  dict(name="Stadtplatz Aichbach"),
  "Seniorenbeirat der Stadt Aichbach",
  "Informationsstände, Blutdruckmessen, Rollator-Check und Musik auf dem Stadtplatz.",
  """Rückblick: Über 600 Besucherinnen und Besucher kamen zum Seniorentag.""",
  kategorien=["begegnung", "beratung"], ende="2026-10-10 15:00", kosten="kostenlos")

T("bad-griesau", "sturzprophylaxe-vortrag", "Vortrag: Stürze vermeiden – sicher auf den Beinen", "2027-01-27 15:00",
  dict(name="Kurhaus Bad Griesau, Spiegelsaal", strasse="Kurallee 1", plz="94374", ort="Bad Griesau"),
  "Kneippverein Bad Griesau",
  "Eine Physiotherapeutin zeigt einfache Übungen für zu Hause und erklärt, wie man Stolperfallen in der Wohnung beseitigt.",
  """Bitte bequeme Kleidung tragen – wir üben gleich mit.""",
  kategorien=["bewegung", "hausnotruf"], ende="2027-01-27 16:30", kosten="3 €")

T("bad-griesau", "kurkonzert-senioren", "Seniorennachmittag mit Kurkonzert", "2026-12-06 15:00",
  dict(name="Kurpark Bad Griesau, Musikpavillon"),
  "Kurverwaltung Bad Griesau",
  "Adventliches Kurkonzert mit der Griesauer Blaskapelle, danach Glühwein und Lebkuchen im Kurhaus.",
  """Bei schlechtem Wetter im Kurhaus.""",
  kategorien=["begegnung"], ende="2026-12-06 17:00", kosten="frei")

T("vilsoed", "trauercafe-dezember", "Trauercafé „Lichtblick“ – Weihnachten ohne dich", "2026-12-20 14:30",
  dict(name="Pfarrsaal Vilsöd", strasse="Kirchplatz 4", plz="94377", ort="Vilsöd"),
  "Hospizverein Vilstal e.V.",
  "Ein besonderes Trauercafé vor Weihnachten für alle, die die Feiertage zum ersten Mal ohne einen geliebten Menschen erleben.",
  """Mit Kerzenritual. Keine Anmeldung nötig.""",
  kategorien=["hospiz"], ende="2026-12-20 16:30", kosten="kostenlos")

T("vilsoed", "seniorenfasching-vilsoed", "Seniorenfasching im Pfarrsaal", "2027-02-09 14:00",
  dict(name="Pfarrsaal Vilsöd", strasse="Kirchplatz 4", plz="94377", ort="Vilsöd"),
  "Seniorenclub Vilsöd",
  "Krapfen, Kaffee und Musik mit den „Vilstaler Buam“ – Verkleidung erwünscht, aber kein Muss.",
  """Prämierung der schönsten Kostüme.""",
  kategorien=["begegnung"], ende="2027-02-09 17:30", kosten="5 € inkl. Krapfen")

T("rottersdorf-an-der-vils", "erste-hilfe-senioren-rottersdorf", "Erste-Hilfe-Auffrischung für Seniorinnen und Senioren", "2027-02-27 09:00",
  dict(name="Feuerwehrhaus Rottersdorf", strasse="Feuerwehrstraße 2", plz="94378", ort="Rottersdorf a.d. Vils"),
  "BRK-Bereitschaft Rottersdorf",
  "Was tun bei Herzinfarkt, Schlaganfall oder einem Sturz? Ein kurzer Auffrischungskurs speziell für Ältere, ohne Bodenübungen.",
  """Der Kurs dauert drei Stunden, mit Kaffeepause.""",
  kategorien=["bewegung", "hausnotruf"], ende="2027-02-27 12:00", anmeldung="im Rathaus", kosten="kostenlos")

T("rottersdorf-an-der-vils", "kinonachmittag-rottersdorf", "Kinonachmittag: „Die Brücke am Fluss“", "2027-01-14 14:30",
  dict(name="Gemeindesaal Rottersdorf", strasse="Rathausplatz 1", plz="94378", ort="Rottersdorf a.d. Vils"),
  "Helferkreis Rottersdorf",
  "Filmklassiker auf der großen Leinwand mit Kaffee und Kuchen in der Pause.",
  """Der Fahrdienst „Mia fahrn di“ holt Sie ab.""",
  kategorien=["begegnung"], ende="2027-01-14 17:00", kosten="3 €")

T("thann-moosthenning", "demenz-partner-kurs-thann", "Demenz Partner – Kompaktkurs für alle", "2027-01-19 18:30",
  dict(name="Bürgersaal Thann", strasse="Hauptstraße 30", plz="94383", ort="Thann-Moosthenning"),
  "Alzheimer Gesellschaft Niederbayern mit der Gemeinde",
  "In 90 Minuten lernen Sie, wie man Menschen mit Demenz im Alltag – im Laden, im Bus, in der Nachbarschaft – verständnisvoll begegnet.",
  """Für Nachbarn, Verkäuferinnen, Vereinsmitglieder – einfach alle.""",
  kategorien=["demenz"], ende="2027-01-19 20:00", kosten="kostenlos")

T("thann-moosthenning", "blutdruck-messaktion-thann", "Gesundheitstag mit Blutdruck- und Blutzuckermessung", "2026-12-05 09:00",
  dict(name="Bürgersaal Thann", strasse="Hauptstraße 30", plz="94383", ort="Thann-Moosthenning"),
  "Caritas-Sozialstation Thann-Moosthenning",
  "Pflegefachkräfte messen kostenlos Blutdruck und Blutzucker und beraten zu Ernährung und Bewegung im Alter.",
  """Auch Hörtest und Venen-Check durch Partner aus dem Landkreis.""",
  kategorien=["bewegung", "pflege"], ende="2026-12-05 12:00", kosten="kostenlos")

T("grosswiesing", "seniorenausflug-altoetting", "Seniorenausflug zur Wallfahrt nach Altötting", "2027-05-12 08:00",
  dict(name="Dorfplatz Großwiesing"),
  "Nachbarschaftshilfe Großwiesing und Pfarrei",
  "Busfahrt mit Gottesdienst in der Gnadenkapelle, Mittagessen und Freizeit. Der Bus hat eine Hebebühne.",
  """Rückkehr gegen 18 Uhr.""",
  kategorien=["begegnung"], ende="2027-05-12 18:00", anmeldung="bis 20. April bei der Nachbarschaftshilfe", kosten="28 € inkl. Mittagessen")

T("weissenbrunn", "rollator-training-weissenbrunn", "Rollator-Training: sicher in den Bus ein- und aussteigen", "2027-04-08 10:00",
  dict(name="Bushaltestelle Rathaus Weißenbrunn", strasse="Rathausplatz 1", plz="94381", ort="Weißenbrunn"),
  "Verkehrsgemeinschaft Vilstal mit der Nachbarschaftshilfe Weißenbrunn",
  "Ein Linienbus steht bereit: Üben Sie in Ruhe das Ein- und Aussteigen mit Rollator. Auch Rollatoren werden durchgesehen.",
  """Kleine Reparaturen an Bremsen und Rädern übernimmt ein Sanitätshaus kostenlos.""",
  kategorien=["fahrdienste", "bewegung"], ende="2027-04-08 12:00", kosten="kostenlos")

T("frauenberg-bei-aichbach", "maiandacht-senioren-frauenberg", "Maiandacht mit anschließendem Kaffeetrinken", "2027-05-06 15:00",
  dict(name="Wallfahrtskirche Mariä Himmelfahrt Frauenberg"),
  "Pfarrei Mariä Himmelfahrt Frauenberg",
  "Andacht in der Wallfahrtskirche, danach Kaffee und Kuchen im Pfarrheim. Fahrdienst über die Nachbarschaftshilfe.",
  """Die Kirche ist über die Seitentür stufenlos erreichbar.""",
  kategorien=["begegnung"], ende="2027-05-06 17:00")

T("schoenau-an-der-kollbach", "wohnberatung-vortrag-schoenau", "Vortrag: Daheim alt werden – Wohnung anpassen", "2027-03-03 19:00",
  dict(name="Gasthaus Zur Kollbach", strasse="Marktplatz 3", plz="94389", ort="Schönau a.d. Kollbach"),
  "Wohnberatung im Landratsamt Aichbach",
  "Praktische Tipps, wie Bad, Treppe und Küche sicherer und bequemer werden, und welche Zuschüsse es gibt.",
  """Mit Ausstellung von Hilfsmitteln: Haltegriffe, Duschhocker, Treppenlift-Modell.""",
  kategorien=["wohnen"], ende="2027-03-03 20:30", kosten="kostenlos")

T("oberhoecking", "pflegekurs-oberhoecking", "Pflegekurs für Angehörige in Oberhöcking", "2027-02-02 18:30",
  dict(name="Pfarrsaal Oberhöcking", strasse="Kirchplatz 2", plz="94394", ort="Oberhöcking"),
  "AOK Direktion Aichbach und Diakonie-Sozialstation Bad Griesau",
  "Drei Abende Praxis für pflegende Angehörige: Hilfe beim Aufstehen, Körperpflege im Bett, Umgang mit Inkontinenz.",
  """Der Kurs ist kostenlos und steht Versicherten aller Kassen offen.""",
  kategorien=["angehoerige"], ende="2027-02-02 21:00", wiederholung="woechentlich", bis="2027-02-16",
  anmeldung="bei der AOK", kosten="kostenlos")

T("haselbach-ried", "whatsapp-kurs-haselbach", "WhatsApp für Einsteiger", "2027-01-12 14:00",
  dict(name="Rathaus Haselbach-Ried", strasse="Rathausstraße 1", plz="94388", ort="Haselbach-Ried"),
  "Gemeinde Haselbach-Ried",
  "Nachrichten, Fotos und Sprachnachrichten an die Familie schicken – Schritt für Schritt an zwei Nachmittagen.",
  """Höchstens sechs Teilnehmende. Eigenes Smartphone mitbringen.""",
  kategorien=["digital"], ende="2027-01-12 16:00", wiederholung="woechentlich", bis="2027-01-19", anmeldung="im Rathaus", kosten="10 €")

T("kollbachzell", "weihnachtsfeier-kollbachzell", "Senioren-Weihnachtsfeier im Feuerwehrhaus", "2026-12-19 14:00",
  dict(name="Feuerwehrhaus Kollbachzell", strasse="Dorfstraße 15", plz="94389", ort="Kollbachzell"),
  "Freiwillige Feuerwehr Kollbachzell",
  "Mit Nikolaus, Zithermusik, Plätzchen und Punsch. Alle ab 65 aus Kollbachzell sind eingeladen.",
  """Das Dorfauto holt ab.""",
  kategorien=["begegnung"], ende="2026-12-19 17:00", kosten="kostenlos")

T("untergreising", "rentenberatung-sprechtag-untergreising", "Sprechtag Rente im Rathaus Untergreising", "2027-01-22 09:00",
  dict(name="Rathaus Untergreising", strasse="Rathausweg 2", plz="94391", ort="Untergreising"),
  "Versichertenberater der Deutschen Rentenversicherung",
  "Ein ehrenamtlicher Versichertenberater hilft beim Ausfüllen von Rentenanträgen und beantwortet Fragen zur Witwenrente.",
  """Termine zu 30 Minuten, bitte im Rathaus vereinbaren.""",
  kategorien=["beratung"], ende="2027-01-22 12:00", anmeldung="im Rathaus Untergreising", kosten="kostenlos")

T("aiterbach", "spielenachmittag-aiterbach-alt", "Spiele- und Ratschnachmittag", "2026-09-17 14:00",
  dict(name="Gasthaus Aiterbach", strasse="Hofmarkstraße 1", plz="94393", ort="Aiterbach"),
  "Seniorengemeinschaft Aiterbach",
  "Karten, Würfelspiele und Gespräche im Nebenzimmer des Gasthauses.",
  """""",
  kategorien=["begegnung"], ende="2026-09-17 17:00")
