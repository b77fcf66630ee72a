# Angebote (Dienste) der erfundenen Region Landkreis Falkenried
ANGEBOTE = []


def A(id, gemeinde, **kw):
    kw["id"] = id
    kw["gemeinde"] = gemeinde
    ANGEBOTE.append(kw)


# ---------------------------------------------------------------- ganze Region
A("pflegestuetzpunkt-landkreis", "region",
  titel="Pflegestützpunkt Landkreis Falkenried",
  kategorien=["beratung", "demenz"],
  traeger="Landratsamt Falkenried gemeinsam mit den Pflege- und Krankenkassen",
  kurzbeschreibung="Kostenlose, neutrale Beratung zu allen Fragen der Pflege: Pflegegrad, Leistungen der Pflegekasse, Entlastung für Angehörige, passende Dienste in Ihrer Nähe.",
  adresse="Landrat-Wimmer-Platz 1",
  telefon="09948 3317-250", email="pflegestuetzpunkt@example.org", web="https://example.org/pflegestuetzpunkt-falkenried",
  oeffnungszeiten='Mo-Do 08:30-12:00,13:30-16:00; Fr 08:30-12:00 "Hausbesuche nach Vereinbarung"',
  kosten="kostenlos", barrierefrei="ja",
  zielgruppen=["Pflegebedürftige", "pflegende Angehörige", "Senioren"],
  stichworte=["Pflegegrad", "Pflegegeld", "Antrag Pflegekasse", "MD-Begutachtung", "Entlastungsbetrag"],
  geprueft="2026-09-14",
  text="""Im Pflegestützpunkt beraten Sie zwei Pflegefachkräfte und eine Sozialpädagogin – unabhängig von Pflegediensten und Heimen.

**Wir helfen zum Beispiel bei:**

- dem Antrag auf einen Pflegegrad und der Vorbereitung auf die Begutachtung durch den Medizinischen Dienst,
- der Frage, was Pflegegrad 1 bis 5 bedeuten und welche Leistungen (Pflegegeld, Sachleistung, Entlastungsbetrag, Verhinderungspflege) Ihnen zustehen,
- der Suche nach einem Pflegedienst, einer Tagespflege oder einem Kurzzeitpflegeplatz,
- Hilfsmitteln wie Pflegebett, Rollator oder Badewannenlift.

Wenn Sie nicht ins Landratsamt kommen können, besuchen wir Sie auch zu Hause. In Markt Ilzbach gibt es jeden zweiten Dienstag eine Außensprechstunde im Rathaus.""")

A("fachstelle-pflegende-angehoerige", "region",
  titel="Fachstelle für pflegende Angehörige",
  kategorien=["demenz", "beratung"],
  traeger="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="Beratung, Gesprächsgruppen und Pflegekurse für alle, die einen Angehörigen zu Hause pflegen.",
  adresse="Klosteranger 4",
  telefon="09948 5520-30", email="angehoerige@example.org",
  oeffnungszeiten='Mo-Fr 09:00-12:00 "und nach Vereinbarung"',
  kosten="kostenlos",
  zielgruppen=["pflegende Angehörige"],
  geprueft="2026-06-02",
  text="""Wer pflegt, braucht selbst Unterstützung. Wir hören zu, helfen beim Sortieren der Möglichkeiten und zeigen Wege zur Entlastung – vom stundenweisen Helferkreis bis zur Urlaubspflege.

Zweimal im Jahr bieten wir einen kostenlosen Pflegekurs an (Heben und Lagern, Umgang mit Inkontinenz, Ernährung)."""
)

A("hausnotruf-sozialdienst", "region",
  titel="Hausnotruf",
  kategorien=["hausnotruf"],
  traeger="Rettungs- und Sozialdienst Falkenrieder Land e.V.",
  kurzbeschreibung="Ein Knopfdruck genügt: Über den Funksender am Handgelenk oder um den Hals erreichen Sie Tag und Nacht unsere Zentrale.",
  adresse="Rettungsweg 2",
  telefon=["09948 19222", "09948 7701-0"], email="hausnotruf@example.org", web="https://example.org/hausnotruf-falkenried",
  oeffnungszeiten="24/7",
  kosten="Basistarif 25,50 € im Monat, bei Pflegegrad übernimmt die Pflegekasse in der Regel die Kosten",
  stichworte=["Notruf", "Sturz", "allein leben", "Schlüsselhinterlegung"],
  geprueft="2026-03-20",
  text="""Das Hausnotrufgerät wird an Ihr Telefon oder an die Steckdose angeschlossen. Wenn Sie stürzen oder sich nicht wohlfühlen, drücken Sie den Knopf am Armband oder an der Halskette. Sie sprechen dann sofort mit einem Menschen in unserer Zentrale, der Angehörige, Nachbarn oder den Rettungsdienst verständigt.

Auf Wunsch hinterlegen Sie einen Wohnungsschlüssel bei uns. Den Antrag bei der Pflegekasse füllen wir mit Ihnen gemeinsam aus.""")

A("hausnotruf-mobilruf-waldland", "region",
  titel="Hausnotruf und mobiler Notruf Waldland",
  kategorien=["hausnotruf"],
  traeger="Waldland-Sozialwerk e.V.",
  kurzbeschreibung="Hausnotruf für daheim und ein mobiles Notrufgerät mit Ortung für unterwegs, beim Spazierengehen oder im Garten.",
  telefonisch="ja",
  telefon="0800 5598 100", email="notruf-waldland@example.org",
  oeffnungszeiten="24/7",
  kosten="ab 23 € im Monat; mobiler Notruf 39 € im Monat",
  stichworte=["GPS", "Ortung", "Notrufuhr"],
  geprueft="2026-01-30")

A("essen-auf-raedern-bayerwald", "region",
  titel="Essen auf Rädern – Menüdienst Bayerwald",
  kategorien=["essen"],
  traeger="Waldland-Sozialwerk e.V.",
  kurzbeschreibung="Täglich warmes Mittagessen an die Haustür, auch an Sonn- und Feiertagen. Vollkost, Schonkost, Diabetikerkost und pürierte Kost.",
  adresse="Gewerbering 17",
  telefon="09948 6630", email="menuedienst@example.org", web="https://example.org/menuedienst-bayerwald",
  oeffnungszeiten="Mo-Fr 08:00-13:00",
  einzugsgebiet=["falkenried", "baernhoefen", "st-guntherried", "mauthoehe", "zwieselbach", "oberglashuett", "frauenreut", "hofstetten", "wolfsried"],
  kosten="7,90 € pro Menü einschließlich Lieferung",
  geprueft="2026-08-11",
  text="""Unsere Fahrerinnen und Fahrer bringen das Essen zwischen 11 und 13 Uhr. Sie können jeden Tag aus drei Menüs wählen oder ein Tiefkühlmenü für die ganze Woche bestellen.

Eine Bestellung ist schon ab einem Tag pro Woche möglich, kündigen können Sie täglich. Bei Pflegegrad kann der Entlastungsbetrag **nicht** für das Essen selbst eingesetzt werden – lassen Sie sich vom Pflegestützpunkt beraten.""")

A("wohnberatung-landratsamt", "region",
  titel="Wohnberatung für ältere und behinderte Menschen",
  kategorien=["wohnen", "beratung"],
  traeger="Landratsamt Falkenried – Fachstelle Senioren und Pflege",
  kurzbeschreibung="Wir kommen zu Ihnen nach Hause und zeigen, wie Bad, Treppe und Wohnung sicherer werden – und wer die Kosten übernimmt.",
  adresse="Landrat-Wimmer-Platz 1",
  telefon="09948 3317-244", email="wohnberatung@example.org",
  oeffnungszeiten='"nach Vereinbarung"',
  kosten="kostenlos",
  stichworte=["Treppenlift", "bodengleiche Dusche", "Haltegriffe", "Zuschuss wohnumfeldverbessernde Maßnahmen"],
  geprueft="2026-04-07",
  text="""Stolperfallen, eine hohe Badewanne, fehlende Handläufe: Oft helfen schon kleine Veränderungen, damit Sie lange sicher in Ihrer Wohnung bleiben können.

Die ehrenamtlichen Wohnberaterinnen und -berater sind geschult und arbeiten unabhängig von Handwerksfirmen. Die Pflegekasse bezuschusst Umbauten mit bis zu 4.180 € je Maßnahme.""")

A("hospizverein-falkenrieder-land", "region",
  titel="Hospizverein Falkenrieder Land",
  kategorien=["hospiz", "besuchsdienste"],
  traeger="Hospizverein Falkenrieder Land e.V.",
  kurzbeschreibung="Ehrenamtliche Hospizbegleiterinnen begleiten schwerkranke und sterbende Menschen und ihre Angehörigen – zu Hause, im Heim und im Krankenhaus.",
  adresse="Kirchgasse 9",
  telefon="09948 8824", email="hospizverein@example.org", web="https://example.org/hospizverein-falkenried",
  oeffnungszeiten='Di,Do 09:00-12:00 "Bereitschaftstelefon täglich"',
  kosten="kostenlos",
  stichworte=["Sterbebegleitung", "Trauerbegleitung", "Letzte Hilfe"],
  geprueft="2026-02-16",
  text="""Wir sind da, wenn das Leben zu Ende geht: Wir hören zu, sitzen am Bett, entlasten Angehörige für ein paar Stunden und helfen bei Fragen zur Patientenverfügung.

Nach dem Tod eines Menschen bieten wir Einzelgespräche und das Trauercafé in Falkenried an.""")

A("palliativteam-bayerwald", "region",
  titel="Palliativteam Bayerwald (SAPV)",
  kategorien=["hospiz", "pflege-zuhause"],
  traeger="Palliativnetz Bayerwald gGmbH",
  kurzbeschreibung="Spezialisierte ambulante Palliativversorgung: Ärzte und Pflegekräfte lindern Schmerzen und Beschwerden schwerkranker Menschen zu Hause.",
  adresse="Spitalstraße 30",
  telefon="09948 91770", email="sapv@example.org",
  oeffnungszeiten='Mo-Fr 08:00-16:00 "Rufbereitschaft rund um die Uhr für betreute Patienten"',
  kosten="Leistung der Krankenkasse, Verordnung durch Haus- oder Facharzt",
  geprueft="2026-05-05")

A("rentensprechtag-versichertenberater", "region",
  titel="Rentensprechtag",
  kategorien=["recht-finanzen"],
  traeger="Versichertenberaterinnen und -berater im Landkreis Falkenried",
  kurzbeschreibung="Hilfe beim Rentenantrag, bei der Witwenrente und bei Fragen zum Rentenbescheid. Bitte Rentenversicherungsnummer und Ausweis mitbringen.",
  adresse="Landrat-Wimmer-Platz 1",
  telefon="09948 3317-0",
  oeffnungszeiten='Di[2] 09:00-12:00,13:00-15:30 "Termin bitte vorher telefonisch vereinbaren"',
  kosten="kostenlos",
  stichworte=["Witwenrente", "Rentenbescheid", "Erwerbsminderungsrente", "Kontenklärung"],
  geprueft="2026-07-21")

A("seniorenbeauftragte-landkreis", "region",
  titel="Seniorenbeauftragte des Landkreises",
  kategorien=["beratung"],
  traeger="Landratsamt Falkenried",
  kurzbeschreibung="Erste Anlaufstelle für alle Fragen rund ums Älterwerden im Landkreis. Vermittelt an die Seniorenbeauftragten der Gemeinden.",
  adresse="Landrat-Wimmer-Platz 1",
  telefon="09948 3317-240", email="senioren@example.org",
  oeffnungszeiten="Mo-Fr 08:00-12:00",
  geprueft="2026-09-01")

A("betreuungsverein-falkenried", "region",
  titel="Betreuungsverein – Vorsorgevollmacht und rechtliche Betreuung",
  kategorien=["recht-finanzen", "beratung"],
  traeger="Betreuungsverein Falkenried e.V.",
  kurzbeschreibung="Information und Beratung zu Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung; Unterstützung ehrenamtlicher Betreuer.",
  adresse="Stadtplatz 22",
  telefon="09948 4410", email="betreuungsverein@example.org",
  oeffnungszeiten='Mo,Mi 09:00-12:00; Do 14:00-17:00',
  kosten="Beratung kostenlos",
  geprueft="2025-06-30",
  text="""Was passiert, wenn ich selbst nicht mehr entscheiden kann? Wir erklären die Unterschiede zwischen Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung und sehen Ihre Entwürfe durch.

Regelmäßig halten wir Vorträge in den Gemeinden – die Termine finden Sie im Veranstaltungskalender.""")

A("demenzberatung-waldland", "region",
  titel="Demenzberatung Waldland",
  kategorien=["demenz", "beratung"],
  traeger="Waldland-Sozialwerk e.V.",
  kurzbeschreibung="Beratung für Menschen mit Gedächtnisproblemen und ihre Familien, Vermittlung von Helferkreisen und Betreuungsgruppen.",
  adresse="Gewerbering 17",
  telefon="09948 6630-40", email="demenz@example.org",
  oeffnungszeiten='Mi 14:00-17:00 "und nach Vereinbarung, auch Hausbesuche"',
  kosten="kostenlos",
  zielgruppen=["Menschen mit Demenz", "Angehörige"],
  stichworte=["Alzheimer", "Vergesslichkeit", "Gedächtnis"],
  geprueft="2026-03-03")

A("plaudertelefon", "region",
  titel="Plaudertelefon Falkenrieder Land",
  kategorien=["besuchsdienste"],
  traeger="Freiwilligenzentrum Falkenried e.V.",
  kurzbeschreibung="Einmal in der Woche ruft Sie eine Ehrenamtliche an – zum Ratschen, Zuhören, Erzählen. Für alle, die viel allein sind.",
  telefonisch="ja",
  telefon="09948 5044",
  email="plaudertelefon@example.org",
  oeffnungszeiten='Mo-Fr 10:00-12:00 "Anmeldung"',
  kosten="kostenlos",
  stichworte=["Einsamkeit", "Telefonpartnerschaft"],
  geprueft="2026-10-12")

A("vhs-kurse-60plus", "region",
  titel="Volkshochschule – Kurse 60plus",
  kategorien=["digital", "bewegung"],
  traeger="Volkshochschule Falkenrieder Land",
  kurzbeschreibung="Kurse für Ältere im ganzen Landkreis: Smartphone und Tablet für Einsteiger, Gedächtnistraining, Qigong, Sprachen.",
  adresse="Schulstraße 8",
  telefon="09948 2290", web="https://example.org/vhs-falkenried",
  oeffnungszeiten="Mo-Fr 08:00-12:00; Di 14:00-17:00",
  kosten="je nach Kurs",
  geprueft="2026-09-22")

A("kurzzeitpflege-boerse", "region",
  titel="Freie Kurzzeitpflegeplätze – tagesaktuelle Übersicht",
  kategorien=["kurzzeitpflege", "beratung"],
  traeger="Landratsamt Falkenried – Fachstelle Senioren und Pflege",
  kurzbeschreibung="Das Landratsamt fragt jede Woche bei allen Heimen im Landkreis nach freien Kurzzeitpflegeplätzen und gibt die Auskunft telefonisch weiter.",
  telefonisch="ja",
  telefon="09948 3317-252",
  oeffnungszeiten="Mo-Fr 08:30-12:00",
  geprueft="2026-10-01")

A("sozialberatung-schulden", "region",
  titel="Allgemeine Sozialberatung und Schuldnerberatung",
  kategorien=["recht-finanzen"],
  traeger="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="Hilfe bei Geldsorgen, Anträgen auf Grundsicherung, Wohngeld und Befreiung von der Rundfunkgebühr.",
  adresse="Klosteranger 4",
  telefon="09948 5520-0",
  oeffnungszeiten='Mo-Do 09:00-12:00',
  kosten="kostenlos",
  geprueft="2026-04-28")

A("rollstuhlfahrdienst-bayerwald", "region",
  titel="Rollstuhl- und Behindertenfahrdienst",
  kategorien=["fahrdienste"],
  traeger="Rettungs- und Sozialdienst Falkenrieder Land e.V.",
  kurzbeschreibung="Fahrten im Spezialfahrzeug für Menschen im Rollstuhl – zum Arzt, zur Dialyse, zu Familienfeiern.",
  adresse="Rettungsweg 2",
  telefon="09948 7701-30",
  oeffnungszeiten='Mo-Fr 07:00-17:00 "Fahrten bitte zwei Tage vorher bestellen"',
  kosten="nach Entfernung, Krankenfahrten mit Verordnung über die Krankenkasse",
  barrierefrei="ja",
  geprueft="2026-02-10")

A("seniorenreisen-waldland", "region",
  titel="Seniorenausflüge und Erholungsfahrten",
  kategorien=["treffpunkte"],
  traeger="Waldland-Sozialwerk e.V.",
  kurzbeschreibung="Tagesfahrten und begleitete Erholungswochen für ältere Menschen, auch mit Rollator.",
  telefonisch="ja",
  telefon="09948 6630-55",
  geprueft="2025-09-15")

A("alltagshelfer-waldland", "region",
  titel="Haushaltsnahe Dienste Waldland",
  kategorien=["haushalt"],
  traeger="Waldland-Sozialwerk e.V.",
  kurzbeschreibung="Geschulte Alltagshelferinnen putzen, waschen, kaufen ein und leisten Gesellschaft. Abrechnung über den Entlastungsbetrag von 131 € im Monat möglich.",
  adresse="Gewerbering 17",
  telefon="09948 6630-20",
  oeffnungszeiten="Mo-Fr 08:00-14:00",
  einzugsgebiet="alle",
  kosten="34 € pro Stunde",
  zielgruppen=["Menschen mit Pflegegrad"],
  stichworte=["anerkanntes Angebot zur Unterstützung im Alltag"],
  geprueft="2026-06-19",
  text="""Unsere Alltagshelferinnen kommen regelmäßig, meistens einmal in der Woche für zwei bis drei Stunden: Sie putzen die Wohnung, machen die Wäsche, erledigen Einkäufe oder gehen mit Ihnen spazieren.

Wer einen Pflegegrad hat (schon ab Pflegegrad 1), kann die Kosten über den Entlastungsbetrag der Pflegekasse abrechnen. Wir rechnen direkt mit der Kasse ab.""")

A("pflegekurse-angehoerige", "region",
  titel="Pflegekurs für Angehörige",
  kategorien=["demenz"],
  traeger="Sozialstation Falkenried",
  kurzbeschreibung="Kostenloser Kurs in fünf Abenden: Grundlagen der häuslichen Pflege, rückenschonendes Arbeiten, Hilfsmittel.",
  adresse="Spitalstraße 12",
  telefon="09948 3040",
  kosten="kostenlos, wird von der Pflegekasse bezahlt",
  geprueft="2026-08-30")

A("seniorenfuehrerschein-bus", "region",
  titel="Mobil im Alter – Busschule für Senioren",
  kategorien=["fahrdienste"],
  traeger="Verkehrsgemeinschaft Falkenrieder Land",
  kurzbeschreibung="Busfahren üben ohne Stress: Fahrkartenautomat, Einsteigen mit Rollator, Fahrplan-App.",
  telefonisch="ja",
  telefon="09948 1060",
  web="https://example.org/busschule",
  geprueft="2026-05-12")

# ---------------------------------------------------------------- Falkenried
A("sozialstation-falkenried", "falkenried",
  titel="Sozialstation Falkenried",
  kategorien=["pflege-zuhause"],
  traeger="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="Ambulante Kranken- und Altenpflege in Falkenried und den Nachbargemeinden: Grundpflege, Behandlungspflege, Beratungsbesuche nach § 37.3.",
  adresse="Spitalstraße 12",
  telefon="09948 3040", email="sozialstation-falkenried@example.org",
  oeffnungszeiten="Mo-Fr 08:00-16:00",
  einzugsgebiet=["falkenried", "baernhoefen", "kreuzoed"],
  barrierefrei="ja",
  geprueft="2026-07-07",
  text="""Unsere 38 Pflegekräfte sind jeden Tag im Einsatz, auch am Wochenende und an Feiertagen. Wir helfen beim Waschen und Anziehen, übernehmen Spritzen, Verbände und Medikamentengabe nach ärztlicher Verordnung und beraten Angehörige.

Die Beratungsbesuche für Pflegegeldempfänger (Pflegegrad 2 bis 5) machen wir ebenfalls.""")

A("pflegedienst-sonnhalde", "falkenried",
  titel="Pflegedienst Sonnhalde",
  kategorien=["pflege-zuhause", "haushalt"],
  traeger="Pflegedienst Sonnhalde GmbH",
  kurzbeschreibung="Privater ambulanter Pflegedienst. Pflege, hauswirtschaftliche Versorgung und Betreuung zu Hause.",
  adresse="Am Sonnhang 3",
  telefon="09948 90 66 12",
  oeffnungszeiten="Mo-Fr 07:30-15:30",
  einzugsgebiet=["falkenried", "zwieselbach", "mauthoehe"],
  geprueft="2026-01-19")

A("tagespflege-am-stadtpark", "falkenried",
  titel="Tagespflege am Stadtpark",
  kategorien=["tagespflege"],
  traeger="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="18 Plätze für pflegebedürftige Seniorinnen und Senioren von Montag bis Freitag, mit Hol- und Bringdienst.",
  adresse="Parkstraße 5",
  telefon="09948 3040-60", email="tagespflege-stadtpark@example.org",
  oeffnungszeiten="Mo-Fr 07:45-16:30",
  einzugsgebiet=["falkenried", "baernhoefen", "kreuzoed", "hofstetten"],
  kosten="Pflegekosten über die Pflegekasse, Eigenanteil für Verpflegung und Fahrt ca. 28 € pro Tag",
  barrierefrei="ja",
  zielgruppen=["Menschen mit Pflegegrad", "Menschen mit Demenz"],
  geprueft="2026-06-24",
  text="""In der Tagespflege verbringen Sie den Tag in Gesellschaft: gemeinsames Frühstück und Mittagessen, Gymnastik, Singen, Gedächtnistraining, Ruhezeiten in eigenen Ruhesesseln. Am Nachmittag bringt Sie unser Fahrdienst wieder nach Hause.

Sie können an einzelnen Wochentagen kommen. Ein kostenloser Schnuppertag ist jederzeit möglich.""")

A("seniorenheim-st-elisabeth", "falkenried",
  titel="Seniorenheim St. Elisabeth",
  kategorien=["pflegeheim", "kurzzeitpflege"],
  traeger="Stiftung Bürgerspital Falkenried",
  kurzbeschreibung="Pflegeheim mit 96 Plätzen in Einzelzimmern, beschützender Wohnbereich für Menschen mit Demenz, eingestreute Kurzzeitpflege.",
  adresse="Spitalstraße 14",
  telefon="09948 3090", email="st-elisabeth@example.org", web="https://example.org/st-elisabeth-falkenried",
  oeffnungszeiten='Mo-Fr 08:00-16:00 "Verwaltung"',
  barrierefrei="ja",
  geprueft="2026-03-11")

A("mittagstisch-mehrgenerationenhaus", "falkenried",
  titel="Mittagstisch im Mehrgenerationenhaus",
  kategorien=["essen", "treffpunkte"],
  traeger="Mehrgenerationenhaus Falkenried",
  kurzbeschreibung="Gemeinsam statt allein essen: Jeden Dienstag und Donnerstag ein warmes Mittagessen mit Suppe und Nachspeise.",
  adresse="Klosteranger 2",
  telefon="09948 5510",
  oeffnungszeiten="Tu,Th 11:45-13:30",
  kosten="6,50 €",
  barrierefrei="ja",
  geprueft="2026-10-05")

A("nachbarschaftshilfe-falkenried", "falkenried",
  titel="Nachbarschaftshilfe Falkenried e.V.",
  kategorien=["nachbarschaftshilfe", "fahrdienste", "besuchsdienste"],
  traeger="Nachbarschaftshilfe Falkenried e.V.",
  kurzbeschreibung="Rund 60 Ehrenamtliche helfen beim Einkaufen, fahren zum Arzt, begleiten zu Behörden, besuchen Alleinstehende und machen kleine Reparaturen.",
  adresse="Klosteranger 2",
  telefon="09948 5512", email="nbh-falkenried@example.org", web="https://example.org/nbh-falkenried",
  oeffnungszeiten='Mo,Mi,Fr 09:00-11:00 "Einsatzleitung"',
  kosten="Mitgliedsbeitrag 15 € im Jahr, Fahrten 0,35 € pro km",
  stichworte=["Einkaufshilfe", "Arztfahrten", "Behördengänge", "Rasenmähen", "Glühbirne wechseln"],
  geprueft="2026-09-09",
  text="""Sie brauchen jemanden, der Sie zum Augenarzt nach Deggenau fährt, der den Wocheneinkauf mitbringt oder der einen tropfenden Wasserhahn abdichtet? Rufen Sie unsere Einsatzleitung an – wir suchen eine passende Helferin oder einen passenden Helfer.

Die Nachbarschaftshilfe ersetzt keinen Pflegedienst und keine Handwerker, springt aber dort ein, wo früher die Nachbarn geholfen haben.""")

A("buergerbus-falkenried", "falkenried",
  titel="Bürgerbus Falkenried",
  kategorien=["fahrdienste"],
  traeger="Bürgerbusverein Falkenried e.V.",
  kurzbeschreibung="Ehrenamtliche Fahrer bringen Sie mit dem Kleinbus zu Ärzten, Apotheken, Geschäften und zum Friedhof in Falkenried.",
  adresse="Stadtplatz 1",
  telefon="09948 3317-160",
  oeffnungszeiten='Mo-Fr 08:00-17:00 "Fahrten bis 12 Uhr am Vortag anmelden"',
  kosten="1 € pro Fahrt",
  barrierefrei="teilweise",
  geprueft="2026-08-17")

A("seniorentreff-altes-rathaus", "falkenried",
  titel="Seniorentreff im Alten Rathaus",
  kategorien=["treffpunkte"],
  traeger="Stadt Falkenried",
  kurzbeschreibung="Offener Treff mit Kaffee und Kuchen, Karten- und Brettspielen, Zeitung und Gesprächen.",
  adresse="Stadtplatz 3",
  telefon="09948 3317-112",
  oeffnungszeiten="Mo,Mi 14:00-17:00",
  kosten="kostenlos, Kaffee und Kuchen 2 €",
  geprueft="2026-05-20")

A("seniorennachmittag-stadt-falkenried", "falkenried",
  titel="Seniorennachmittag der Stadt Falkenried",
  kategorien=["treffpunkte"],
  traeger="Stadt Falkenried, Seniorenbeirat",
  kurzbeschreibung="Einmal im Monat ein bunter Nachmittag mit Musik, Vorträgen und Brotzeit im Pfarrsaal St. Michael.",
  adresse="Kirchplatz 2",
  telefon="09948 3317-112",
  oeffnungszeiten="We[1] 14:00-17:00",
  geprueft="2026-05-20")

A("handysprechstunde-stadtbuecherei", "falkenried",
  titel="Handysprechstunde in der Stadtbücherei",
  kategorien=["digital"],
  traeger="Stadtbücherei Falkenried",
  kurzbeschreibung="Schülerinnen und Schüler des Gymnasiums erklären Smartphone, Tablet und Laptop – geduldig und Schritt für Schritt.",
  adresse="Stadtplatz 9",
  telefon="09948 3317-180",
  oeffnungszeiten="Th 15:00-17:00; PH off",
  kosten="kostenlos",
  stichworte=["Handy", "WhatsApp", "Fotos verschicken", "Online-Banking"],
  geprueft="2026-09-29")

A("seniorengymnastik-tv-falkenried", "falkenried",
  titel="Seniorengymnastik beim TV Falkenried",
  kategorien=["bewegung"],
  traeger="Turnverein Falkenried 1862 e.V.",
  kurzbeschreibung="Beweglich bleiben mit Musik: Gymnastik für Frauen und Männer ab 65 in der Dreifachturnhalle.",
  adresse="Sportplatzweg 1",
  telefon="09948 4141",
  oeffnungszeiten="Mo 09:30-10:30; Th 17:00-18:00",
  kosten="im Vereinsbeitrag enthalten",
  geprueft="2026-02-05")

A("wassergymnastik-hallenbad", "falkenried",
  titel="Wassergymnastik 60plus",
  kategorien=["bewegung"],
  traeger="Stadtwerke Falkenried – Hallenbad",
  kurzbeschreibung="Gelenkschonende Bewegung im 32 Grad warmen Wasser, mit Übungsleiterin.",
  adresse="Badstraße 11",
  telefon="09948 3317-300",
  oeffnungszeiten="Tu,Fr 10:00-11:00",
  kosten="4,50 € Eintritt",
  geprueft="2026-01-12")

A("cafe-vergissmeinnicht", "falkenried",
  titel="Café Vergissmeinnicht",
  kategorien=["demenz", "treffpunkte"],
  traeger="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Musik, Erinnerungen – während Angehörige sich austauschen.",
  adresse="Klosteranger 2",
  telefon="09948 5520-30",
  oeffnungszeiten="Fr[3] 14:30-17:00",
  kosten="3 € für Kaffee und Kuchen",
  geprueft="2026-06-02",
  text="""Einmal im Monat verwandelt sich der Saal im Mehrgenerationenhaus in ein Café. Geschulte Ehrenamtliche kümmern sich um die Gäste mit Gedächtnisproblemen, singen mit ihnen, spielen und erzählen. Die Angehörigen können in der Zwischenzeit in Ruhe miteinander sprechen oder einfach einmal durchatmen.""")

A("gespraechskreis-angehoerige-demenz", "falkenried",
  titel="Gesprächskreis für Angehörige von Menschen mit Demenz",
  kategorien=["demenz"],
  traeger="Fachstelle für pflegende Angehörige",
  kurzbeschreibung="Angehörige tauschen sich unter fachlicher Leitung aus. Neue Teilnehmer sind jederzeit willkommen.",
  adresse="Klosteranger 4",
  telefon="09948 5520-30",
  oeffnungszeiten="Mo[2] 18:30-20:00",
  kosten="kostenlos",
  geprueft="2026-06-02")

A("besuchsdienst-pfarrei-st-michael", "falkenried",
  titel="Besuchsdienst der Pfarrei St. Michael",
  kategorien=["besuchsdienste"],
  traeger="Katholische Pfarrei St. Michael Falkenried",
  kurzbeschreibung="Ehrenamtliche besuchen ältere Menschen zu Hause und im Heim, zum Geburtstag und einfach so.",
  adresse="Kirchplatz 1",
  telefon="09948 2231",
  geprueft="2024-11-04")

A("betreutes-wohnen-klosteranger", "falkenried",
  titel="Betreutes Wohnen am Klosteranger",
  kategorien=["wohnen"],
  traeger="Wohnbaugenossenschaft Falkenried eG",
  kurzbeschreibung="34 barrierefreie Wohnungen mit Betreuungspauschale, Hausnotruf und Gemeinschaftsraum mitten in der Stadt.",
  adresse="Klosteranger 6",
  telefon="09948 7070",
  oeffnungszeiten='"Besichtigung nach Vereinbarung"',
  kosten="Miete ab 8,90 € pro m², Betreuungspauschale 95 € im Monat",
  barrierefrei="ja",
  stichworte=["Seniorenwohnanlage", "Servicewohnen"],
  geprueft="2026-04-15")

A("trauercafe-lichtblick", "falkenried",
  titel="Trauercafé Lichtblick",
  kategorien=["hospiz"],
  traeger="Hospizverein Falkenrieder Land e.V.",
  kurzbeschreibung="Ein offener Treff für Menschen, die einen nahestehenden Menschen verloren haben.",
  adresse="Kirchgasse 9",
  telefon="09948 8824",
  oeffnungszeiten="Su[1] 15:00-17:00",
  kosten="kostenlos",
  geprueft="2026-02-16")

A("seniorenbeirat-falkenried", "falkenried",
  titel="Seniorenbeirat der Stadt Falkenried",
  kategorien=["beratung"],
  traeger="Stadt Falkenried",
  kurzbeschreibung="Vertritt die Anliegen der älteren Bürgerinnen und Bürger gegenüber Stadtrat und Verwaltung. Sprechstunde im Rathaus.",
  adresse="Stadtplatz 1",
  telefon="09948 3317-112",
  oeffnungszeiten="Th[1] 10:00-12:00",
  geprueft="2026-05-20")

A("gedaechtnistraining-falkenried", "falkenried",
  titel="Gedächtnistraining in der Gruppe",
  kategorien=["bewegung", "demenz"],
  traeger="Mehrgenerationenhaus Falkenried",
  kurzbeschreibung="Spielerische Übungen für Konzentration und Merkfähigkeit, in kleiner Gruppe mit zertifizierter Gedächtnistrainerin.",
  adresse="Klosteranger 2",
  telefon="09948 5510",
  oeffnungszeiten="Mi 10:00-11:30",
  kosten="2 € pro Treffen",
  stichworte=["Gehirnjogging"],
  geprueft="2026-10-05")

# ---------------------------------------------------------------- Bärnhöfen
A("nachbarschaftshilfe-baernhoefen", "baernhoefen",
  titel="Nachbarschaftshilfe Bärnhöfen – Helfende Hände",
  kategorien=["nachbarschaftshilfe", "fahrdienste"],
  traeger="Helfende Hände Bärnhöfen e.V.",
  kurzbeschreibung="Ehrenamtliche Hilfe für ältere und kranke Menschen in Bärnhöfen und allen Ortsteilen: Einkäufe, Arztfahrten, Gesellschaft, Hilfe im Garten.",
  adresse="Hauptstraße 20",
  telefon="09946 902-40",
  email="helfende-haende@example.org",
  oeffnungszeiten='Di,Do 09:00-11:00 "sonst Anrufbeantworter, wir rufen zurück"',
  kosten="Spende erbeten, Fahrten 0,30 € pro km",
  geprueft="2026-07-14")

A("seniorennachmittag-pfarrheim-baernhoefen", "baernhoefen",
  titel="Seniorennachmittag im Pfarrheim",
  kategorien=["treffpunkte"],
  traeger="Pfarrei St. Ulrich Bärnhöfen",
  kurzbeschreibung="Kaffee, Kuchen und Unterhaltung, an jedem ersten Donnerstag im Monat.",
  adresse="Kirchweg 3",
  telefon="09946 311",
  oeffnungszeiten="Th[1] 14:00-17:00",
  geprueft="2026-03-02")

A("tagespflege-haus-am-bach", "baernhoefen",
  titel="Tagespflege Haus am Bach",
  kategorien=["tagespflege"],
  traeger="Hilfswerk Bayerwald e.V.",
  kurzbeschreibung="Kleine Tagespflege mit 12 Plätzen in einem umgebauten Bauernhaus. Garten mit Hochbeeten, Hol- und Bringdienst.",
  adresse="Bachgasse 7",
  telefon="09946 5590",
  oeffnungszeiten="Mo-Fr 08:00-16:00",
  einzugsgebiet=["baernhoefen", "falkenried", "schoenreut"],
  barrierefrei="ja",
  geprueft="2026-05-26")

A("mittagstisch-gasthof-zur-post", "baernhoefen",
  titel="Seniorenmittagstisch im Gasthof Zur Post",
  kategorien=["essen"],
  traeger="Gemeinde Bärnhöfen und Gasthof Zur Post",
  kurzbeschreibung="Mittwochs gibt es für Seniorinnen und Senioren ein günstiges Tagesgericht in der Gaststube.",
  adresse="Hauptstraße 1",
  telefon="09946 233",
  oeffnungszeiten="We 11:30-13:30",
  kosten="6 € mit Getränk",
  geprueft="2026-04-09")

A("gymnastik-fuer-aeltere-baernhoefen", "baernhoefen",
  titel="Gymnastik für Ältere",
  kategorien=["bewegung"],
  traeger="SV Bärnhöfen e.V.",
  kurzbeschreibung="Sanfte Gymnastik im Sitzen und Stehen, auch für Menschen mit Rollator.",
  adresse="Schulstraße 4",
  telefon="09946 1012",
  oeffnungszeiten="Tu 14:30-15:30",
  geprueft="2026-01-26")

A("ambulante-pflege-hilfswerk-baernhoefen", "baernhoefen",
  titel="Ambulanter Pflegedienst Hilfswerk Bayerwald",
  kategorien=["pflege-zuhause"],
  traeger="Hilfswerk Bayerwald e.V.",
  kurzbeschreibung="Pflege zu Hause, Hilfe im Haushalt, Verhinderungspflege und Beratungsbesuche.",
  adresse="Bachgasse 7",
  telefon="09946 5591",
  oeffnungszeiten="Mo-Fr 07:00-15:00",
  einzugsgebiet=["baernhoefen", "schoenreut", "st-guntherried"],
  geprueft="2026-05-26")

A("digitaltreff-baernhoefen", "baernhoefen",
  titel="Digitaltreff für Senioren",
  kategorien=["digital"],
  traeger="Gemeinde Bärnhöfen",
  kurzbeschreibung="Fragen zu Handy, Tablet und Computer? Jeden zweiten Montag im Sitzungssaal des Rathauses.",
  adresse="Hauptstraße 12",
  telefon="09946 902-15",
  oeffnungszeiten="Mo 16:00-18:00",
  geprueft="2026-09-18")

A("fahrdienst-arztbesuche-baernhoefen", "baernhoefen",
  titel="Fahrdienst zu Ärzten und Kliniken",
  kategorien=["fahrdienste"],
  traeger="Gemeinde Bärnhöfen",
  kurzbeschreibung="Gemeindeeigener Kleinbus für Fahrten zu Fachärzten und ins Krankenhaus nach Falkenried und Deggenau, mit ehrenamtlichen Fahrern.",
  adresse="Hauptstraße 12",
  telefon="09946 902-0",
  oeffnungszeiten='Mo-Fr 08:00-12:00 "Anmeldung im Rathaus"',
  kosten="Fahrt nach Falkenried 3 €, nach Deggenau 6 €",
  geprueft="2026-09-18")

# ---------------------------------------------------------------- Schönreut am Wald
A("nachbarschaftshilfe-schoenreut", "schoenreut",
  titel="Mia helfan zam – Nachbarschaftshilfe Schönreut",
  kategorien=["nachbarschaftshilfe", "besuchsdienste", "fahrdienste"],
  traeger="Mia helfan zam e.V.",
  kurzbeschreibung="Unsere Nachbarschaftshilfe für Schönreut am Wald und alle Weiler: Einkaufen, Fahrten, Besuche, Schneeräumen, Hilfe beim Ausfüllen von Formularen.",
  adresse="Dorfplatz 5",
  telefon="09945 8899", email="miahelfanzam@example.org",
  oeffnungszeiten='Mo-Fr 08:00-10:00 "Telefonbereitschaft"',
  kosten="Aufwandsentschädigung 8 € pro Stunde",
  stichworte=["Schneeräumen", "Formulare", "Begleitung"],
  geprueft="2026-10-20",
  text="""„Mia helfan zam“ heißt auf Hochdeutsch „Wir helfen zusammen“ – und genau das tun 42 Schönreuterinnen und Schönreuter seit 2019.

Wir fahren Sie zum Arzt, zur Bank oder zum Friseur, kaufen für Sie ein, schauen regelmäßig vorbei, räumen im Winter den Schnee vor der Haustür und helfen bei Anträgen. Einmal im Quartal laden wir alle Helfer und Nutzer zu einem gemeinsamen Frühstück ein.""")

A("mittagstisch-pfarrsaal-schoenreut", "schoenreut",
  titel="Gemeinsamer Mittagstisch im Pfarrsaal",
  kategorien=["essen", "treffpunkte"],
  traeger="Pfarrei Mariä Himmelfahrt Schönreut",
  kurzbeschreibung="Jeden Donnerstag kochen Ehrenamtliche ein einfaches Mittagessen. Wer nicht mehr gut gehen kann, wird abgeholt.",
  adresse="Kirchberg 1",
  telefon="09945 212",
  oeffnungszeiten="Th 12:00-13:30",
  kosten="5 €",
  geprueft="2026-02-23")

A("seniorennachmittag-frauengemeinschaft-schoenreut", "schoenreut",
  titel="Seniorennachmittag der Frauengemeinschaft",
  kategorien=["treffpunkte"],
  traeger="Frauengemeinschaft Schönreut",
  kurzbeschreibung="Gemütliches Beisammensein bei Kaffee und selbst gebackenem Kuchen, mit Liedern und Geschichten.",
  adresse="Kirchberg 1",
  telefon="09945 8810",
  oeffnungszeiten="We[2] 14:00-16:30",
  geprueft="2025-10-10")

A("haeusliche-pflege-waldblick", "schoenreut",
  titel="Häusliche Pflege Waldblick",
  kategorien=["pflege-zuhause"],
  traeger="Häusliche Pflege Waldblick GmbH",
  kurzbeschreibung="Familiengeführter Pflegedienst: Körperpflege, Medikamente, Wundversorgung, Betreuung nach § 45b.",
  adresse="Waldstraße 28",
  telefon="09945 7731",
  oeffnungszeiten="Mo-Fr 08:00-14:00",
  einzugsgebiet=["schoenreut", "baernhoefen", "oberglashuett"],
  geprueft="2026-06-10")

A("seniorenwohnanlage-schoenreut", "schoenreut",
  titel="Seniorenwohnanlage Am Brunnfeld",
  kategorien=["wohnen"],
  traeger="Gemeinde Schönreut am Wald",
  kurzbeschreibung="Zwölf kleine barrierefreie Mietwohnungen für Menschen ab 60 neben dem Dorfladen.",
  adresse="Brunnfeld 2",
  telefon="09945 8800",
  barrierefrei="ja",
  geprueft="2026-06-10")

A("sitzgymnastik-schoenreut", "schoenreut",
  titel="Sitzgymnastik",
  kategorien=["bewegung"],
  traeger="Frauengemeinschaft Schönreut",
  kurzbeschreibung="Bewegungsübungen auf dem Stuhl für alle, denen das Stehen schwerfällt.",
  adresse="Kirchberg 1",
  telefon="09945 8810",
  oeffnungszeiten="Fr 10:00-11:00",
  geprueft="2026-06-10")

A("essen-auf-raedern-metzgerei-kiefl", "schoenreut",
  titel="Essen auf Rädern der Metzgerei Kiefl",
  kategorien=["essen"],
  traeger="Metzgerei und Partyservice Kiefl",
  kurzbeschreibung="Hausmannskost frisch aus der Metzgerei, werktags heiß geliefert.",
  adresse="Dorfplatz 1",
  telefon="09945 301",
  oeffnungszeiten="Mo-Fr 07:00-12:00",
  einzugsgebiet=["schoenreut", "ilzbach", "kreuzoed"],
  kosten="8,20 € pro Essen",
  geprueft="2026-03-30")

A("smartphonehilfe-jung-hilft-alt", "schoenreut",
  titel="Jung hilft Alt – Smartphonehilfe",
  kategorien=["digital"],
  traeger="Mittelschule Schönreut am Wald",
  kurzbeschreibung="Schüler der 8. Klasse helfen bei allen Fragen rund ums Smartphone.",
  adresse="Schulweg 6",
  telefon="09945 8830",
  oeffnungszeiten="We 13:30-15:00",
  geprueft="2026-10-20")

# ---------------------------------------------------------------- St. Guntherried
A("sozialstation-st-guntherried", "st-guntherried",
  titel="Caritative Sozialstation St. Gunther",
  kategorien=["pflege-zuhause"],
  traeger="Sozialwerk St. Gunther e.V.",
  kurzbeschreibung="Ambulante Pflege, Behandlungspflege und Familienpflege für den Markt St. Guntherried und Umgebung.",
  adresse="Wallfahrtsweg 10",
  telefon="09947 3030",
  oeffnungszeiten="Mo-Fr 08:00-12:00",
  einzugsgebiet=["st-guntherried", "mauthoehe", "wolfsried"],
  geprueft="2026-04-14")

A("seniorenzentrum-st-gunther", "st-guntherried",
  titel="Seniorenzentrum St. Gunther",
  kategorien=["pflegeheim", "kurzzeitpflege", "tagespflege"],
  traeger="Sozialwerk St. Gunther e.V.",
  kurzbeschreibung="Pflegeheim mit 72 Plätzen, feste Kurzzeitpflegeplätze und eine Tagespflege mit 15 Plätzen unter einem Dach.",
  adresse="Wallfahrtsweg 12",
  telefon="09947 3000", email="seniorenzentrum-gunther@example.org", web="https://example.org/seniorenzentrum-st-gunther",
  oeffnungszeiten='Mo-Fr 08:00-16:00 "Verwaltung und Heimaufnahme"',
  einzugsgebiet=["st-guntherried", "mauthoehe", "wolfsried", "baernhoefen"],
  barrierefrei="ja",
  geprueft="2026-04-14",
  text="""Das Seniorenzentrum liegt ruhig unterhalb der Wallfahrtskirche. Es hat drei Bereiche:

- **Pflegeheim** mit 72 Einzelzimmern, davon ein Wohnbereich für Menschen mit Demenz,
- **Kurzzeitpflege** mit vier festen Plätzen, etwa nach einem Krankenhausaufenthalt oder wenn pflegende Angehörige Urlaub machen,
- **Tagespflege** „Guntherstüberl“ mit 15 Plätzen, Montag bis Freitag.

Anmeldung und Besichtigung über die Heimaufnahme.""")

A("nachbarschaftshilfe-st-guntherried", "st-guntherried",
  titel="Miteinander – Nachbarschaftshilfe St. Guntherried",
  kategorien=["nachbarschaftshilfe"],
  traeger="Miteinander St. Guntherried e.V.",
  kurzbeschreibung="Hilfe von Bürgern für Bürger: Einkaufen, Begleitung, kurze Betreuung, Hilfe im Haushalt.",
  adresse="Marktplatz 4",
  telefon="09947 940-38",
  oeffnungszeiten="Mo,Do 09:00-11:00",
  geprueft="2026-01-08")

A("seniorenclub-st-guntherried", "st-guntherried",
  titel="Seniorenclub St. Guntherried",
  kategorien=["treffpunkte"],
  traeger="Seniorenclub St. Guntherried",
  kurzbeschreibung="Treffen alle zwei Wochen mit Kartenspielen, Vorträgen und Ausflügen.",
  adresse="Marktplatz 4",
  telefon="09947 940-31",
  oeffnungszeiten="Tu 14:00-17:00",
  geprueft="2026-01-08")

A("singen-und-musizieren-st-guntherried", "st-guntherried",
  titel="Sing- und Musizierrunde für Ältere",
  kategorien=["treffpunkte"],
  traeger="Heimat- und Trachtenverein St. Guntherried",
  kurzbeschreibung="Volksmusik, alte Lieder und Ratschen in der Gaststube beim Wirt z'Gunther. Wer ein Instrument spielt, bringt es mit.",
  adresse="Marktplatz 1",
  telefon="09947 1188",
  oeffnungszeiten="Fr[1] 19:00-22:00",
  kosten="kostenlos",
  geprueft="2026-07-03")

A("rufbus-guntherrieder-land", "st-guntherried",
  titel="Rufbus Guntherrieder Land",
  kategorien=["fahrdienste"],
  traeger="Markt St. Guntherried",
  kurzbeschreibung="Der Rufbus holt Sie an der Haustür ab und fährt Sie in den Markt zu Arzt, Apotheke und Supermarkt.",
  adresse="Marktplatz 2",
  telefon="09947 940-0",
  oeffnungszeiten='Mo-Fr 07:30-18:00; Sa 08:00-12:00 "Bestellung mindestens eine Stunde vorher"',
  einzugsgebiet=["st-guntherried", "mauthoehe"],
  kosten="2 € pro Fahrt",
  geprueft="2026-07-28")

A("kneippverein-st-guntherried", "st-guntherried",
  titel="Kneippverein – Wassertreten und Bewegung",
  kategorien=["bewegung"],
  traeger="Kneippverein St. Guntherried e.V.",
  kurzbeschreibung="Wassertreten, Wanderungen und Atemgymnastik nach Kneipp für Menschen jeden Alters.",
  adresse="Kurpark 1",
  telefon="09947 2929",
  oeffnungszeiten="We 10:00-11:30",
  geprueft="2026-07-03")

A("besuchsdienst-seniorenzentrum-st-gunther", "st-guntherried",
  titel="Ehrenamtlicher Besuchsdienst im Seniorenzentrum",
  kategorien=["besuchsdienste"],
  traeger="Sozialwerk St. Gunther e.V.",
  kurzbeschreibung="Ehrenamtliche besuchen Bewohner, die selten Besuch bekommen, lesen vor und gehen mit ihnen spazieren.",
  adresse="Wallfahrtsweg 12",
  telefon="09947 3000",
  geprueft="2026-04-14")

# ---------------------------------------------------------------- Mauthöhe
A("tagespflege-sonnenhang", "mauthoehe",
  titel="Tagespflege Sonnenhang",
  kategorien=["tagespflege"],
  traeger="Pflegedienst Sonnhalde GmbH",
  kurzbeschreibung="Tagespflege mit 16 Plätzen und Blick über den Wald. Fahrdienst im ganzen Gemeindegebiet.",
  adresse="Sonnenhang 1",
  telefon="09949 4040",
  oeffnungszeiten="Mo-Fr 08:00-16:30",
  einzugsgebiet=["mauthoehe", "zwieselbach", "st-guntherried"],
  barrierefrei="ja",
  geprueft="2026-08-04")

A("nachbarschaftshilfe-mauthoehe", "mauthoehe",
  titel="Nachbarschaftshilfe Mauthöhe",
  kategorien=["nachbarschaftshilfe"],
  traeger="Gemeinde Mauthöhe",
  kurzbeschreibung="Koordiniert von der Gemeinde: Ehrenamtliche helfen bei Einkäufen, Besorgungen und Papierkram.",
  adresse="Rathausplatz 1",
  telefon="09949 1200",
  geprueft="2026-08-04")

A("seniorentreff-mauthoehe", "mauthoehe",
  titel="Seniorentreff Mauthöhe",
  kategorien=["treffpunkte"],
  traeger="Gemeinde Mauthöhe",
  kurzbeschreibung="Jeden Donnerstagnachmittag im Bürgerhaus: Karteln, Ratschen, Kaffeetrinken.",
  adresse="Rathausplatz 3",
  telefon="09949 1204",
  oeffnungszeiten="Th 14:00-17:00",
  geprueft="2026-08-04")

A("fahrdienst-mauthoehe", "mauthoehe",
  titel="Ehrenamtlicher Fahrdienst Mauthöhe",
  kategorien=["fahrdienste"],
  traeger="Gemeinde Mauthöhe",
  kurzbeschreibung="Ehrenamtliche fahren ältere Mitbürger ohne Auto zum Arzt, zum Einkaufen nach Falkenried und zu Besuchen ins Krankenhaus.",
  adresse="Rathausplatz 1",
  telefon="09949 1200",
  oeffnungszeiten='Mo-Fr 08:00-11:00 "Fahrtwünsche bitte zwei Tage vorher"',
  kosten="0,30 € pro km",
  geprueft="2026-08-04")

A("kurzzeitpflege-haus-mauthoehe", "mauthoehe",
  titel="Kurzzeitpflege im Haus Waldesruh",
  kategorien=["kurzzeitpflege"],
  traeger="Pflegeheim Waldesruh GmbH",
  kurzbeschreibung="Sechs feste Kurzzeitpflegeplätze für bis zu acht Wochen im Jahr.",
  adresse="Waldesruh 4",
  telefon="09949 700-10",
  geprueft="2026-03-17")

A("pflegeheim-waldesruh", "mauthoehe",
  titel="Pflegeheim Waldesruh",
  kategorien=["pflegeheim"],
  traeger="Pflegeheim Waldesruh GmbH",
  kurzbeschreibung="Familiäres Pflegeheim mit 48 Plätzen am Waldrand.",
  adresse="Waldesruh 4",
  telefon="09949 700-0",
  einzugsgebiet="alle",
  geprueft="2026-03-17")

A("seniorenwandergruppe-mauthoehe", "mauthoehe",
  titel="Seniorenwandergruppe",
  kategorien=["bewegung"],
  traeger="Waldverein Mauthöhe",
  kurzbeschreibung="Gemütliche Wanderungen von zwei bis drei Stunden, mit Einkehr.",
  telefon="09949 1377",
  adresse="Rathausplatz 3",
  oeffnungszeiten="Tu[2] 09:00-14:00",
  geprueft="2025-05-06")

A("mittagstisch-dorfladen-mauthoehe", "mauthoehe",
  titel="Mittagstisch im Dorfladen",
  kategorien=["essen"],
  traeger="Dorfladen Mauthöhe eG",
  kurzbeschreibung="Montag bis Freitag ein warmes Tagesgericht im Café des Dorfladens, auch zum Mitnehmen.",
  adresse="Hauptstraße 8",
  telefon="09949 1288",
  oeffnungszeiten="Mo-Fr 11:30-13:30",
  kosten="7,50 €",
  geprueft="2026-08-04")

# ---------------------------------------------------------------- Zwieselbach
A("krankenpflegestation-zwieselbach", "zwieselbach",
  titel="Krankenpflegestation Zwieselbach",
  kategorien=["pflege-zuhause"],
  traeger="Krankenpflegeverein Zwieselbach e.V.",
  kurzbeschreibung="Seit 1956 versorgen unsere Schwestern Kranke und Alte in Zwieselbach zu Hause.",
  adresse="Pfarrgasse 2",
  telefon="09943 551",
  oeffnungszeiten="Mo-Fr 07:30-11:30",
  einzugsgebiet=["zwieselbach", "oberglashuett"],
  stichworte=["Krankenpflegeverein", "Gemeindeschwester"],
  geprueft="2026-02-19")

A("nachbarschaftshilfe-zwieselbach", "zwieselbach",
  titel="Nachbarschaftshilfe Zwieselbach",
  kategorien=["nachbarschaftshilfe", "haushalt"],
  traeger="Krankenpflegeverein Zwieselbach e.V.",
  kurzbeschreibung="Einkaufen, Rezepte holen, kleine Arbeiten in Haus und Garten, stundenweise Betreuung.",
  adresse="Pfarrgasse 2",
  telefon="09943 552",
  kosten="10 € pro Stunde",
  geprueft="2026-02-19")

A("seniorennachmittag-zwieselbach", "zwieselbach",
  titel="Seniorennachmittag Zwieselbach",
  kategorien=["treffpunkte"],
  traeger="Gemeinde Zwieselbach",
  kurzbeschreibung="Geselliger Nachmittag im Gemeindesaal, mit Kaffee, Kuchen und wechselndem Programm.",
  adresse="Rathausstraße 1",
  telefon="09943 7702-20",
  oeffnungszeiten="Tu[3] 14:00-17:00",
  geprueft="2026-02-19")

A("buergerbus-zwieselbach", "zwieselbach",
  titel="Bürgerbus Zwieselbach–Falkenried",
  kategorien=["fahrdienste"],
  traeger="Bürgerbusverein Zwieselbach e.V.",
  kurzbeschreibung="Zweimal täglich mit dem Kleinbus von Zwieselbach nach Falkenried und zurück, mit Halt an Arztpraxen und Supermärkten.",
  adresse="Rathausstraße 1",
  telefon="09943 7702-0",
  oeffnungszeiten="Mo-Fr 08:00-13:00",
  einzugsgebiet=["zwieselbach", "falkenried"],
  kosten="2 € einfach",
  geprueft="2026-06-30")

A("pc-internet-stammtisch-zwieselbach", "zwieselbach",
  titel="PC- und Internetstammtisch",
  kategorien=["digital"],
  traeger="Seniorenbeirat Zwieselbach",
  kurzbeschreibung="Ältere helfen Älteren bei Computer, E-Mail, Internet und Handy.",
  adresse="Rathausstraße 1",
  telefon="09943 7702-20",
  oeffnungszeiten="Mo[1] 18:00-20:00",
  geprueft="2026-06-30")

A("yoga-auf-dem-stuhl-zwieselbach", "zwieselbach",
  titel="Yoga auf dem Stuhl",
  kategorien=["bewegung"],
  traeger="Yogaschule Wolkenlicht",
  kurzbeschreibung="Sanftes Yoga im Sitzen, für Anfänger und Menschen mit eingeschränkter Beweglichkeit.",
  adresse="Bachweg 4",
  telefon="09943 9191",
  oeffnungszeiten="Th 10:00-11:00",
  kosten="8 € pro Stunde",
  geprueft="2026-06-30")

A("betreuungsgruppe-demenz-zwieselbach", "zwieselbach",
  titel="Betreuungsgruppe für Menschen mit Demenz",
  kategorien=["demenz"],
  traeger="Krankenpflegeverein Zwieselbach e.V.",
  kurzbeschreibung="Jeden Mittwochnachmittag werden Menschen mit Demenz in kleiner Gruppe betreut. Angehörige haben ein paar Stunden frei.",
  adresse="Pfarrgasse 2",
  telefon="09943 551",
  oeffnungszeiten="We 13:30-17:00",
  kosten="kann über den Entlastungsbetrag abgerechnet werden",
  geprueft="2026-02-19")

A("besuchsdienst-zwieselbach", "zwieselbach",
  titel="Besuchsdienst Zwieselbach",
  kategorien=["besuchsdienste"],
  traeger="Pfarrei St. Nikolaus Zwieselbach",
  kurzbeschreibung="Regelmäßige Besuche bei alleinstehenden und kranken Menschen.",
  telefon="09943 260",
  adresse="Pfarrgasse 1",
  geprueft="2024-09-12")

# ---------------------------------------------------------------- Oberglashütt
A("nachbarschaftshilfe-oberglashuett", "oberglashuett",
  titel="Nachbarschaftshilfe Oberglashütt",
  kategorien=["nachbarschaftshilfe", "fahrdienste"],
  traeger="Dorfgemeinschaft Oberglashütt e.V.",
  kurzbeschreibung="Wir helfen unseren älteren Nachbarn: Fahrten zum Arzt, Einkaufen, Holz reinholen, Begleitung.",
  adresse="Hüttenplatz 1",
  telefon="09944 318",
  geprueft="2026-05-14")

A("seniorenstammtisch-glasmacherhaus", "oberglashuett",
  titel="Seniorenstammtisch im Glasmacherhaus",
  kategorien=["treffpunkte"],
  traeger="Dorfgemeinschaft Oberglashütt e.V.",
  kurzbeschreibung="Jeden Freitag ab 15 Uhr: Brotzeit, Ratschen und Erinnerungen an die Glashüttenzeit.",
  adresse="Hüttenplatz 1",
  telefon="09944 310",
  oeffnungszeiten="Fr 15:00-18:00",
  geprueft="2026-05-14")

A("gymnastik-oberglashuett", "oberglashuett",
  titel="Seniorengymnastik Oberglashütt",
  kategorien=["bewegung"],
  traeger="DJK Oberglashütt",
  kurzbeschreibung="Gymnastik für Ältere in der Schulturnhalle.",
  adresse="Schulberg 2",
  telefon="09944 402",
  oeffnungszeiten="We 18:00-19:00",
  geprueft="2026-05-14")

A("mittagstisch-glasmacherhof", "oberglashuett",
  titel="Offener Mittagstisch im Seniorenheim Glasmacherhof",
  kategorien=["essen"],
  traeger="Seniorenheim Glasmacherhof",
  kurzbeschreibung="Auswärtige Gäste essen mittags im Speisesaal des Seniorenheims mit. Bitte einen Tag vorher anmelden.",
  adresse="Glasmacherweg 8",
  telefon="09944 800",
  oeffnungszeiten="Mo-Su 11:30-12:30",
  kosten="6,80 €",
  geprueft="2026-05-14")

A("seniorenheim-glasmacherhof", "oberglashuett",
  titel="Seniorenheim Glasmacherhof",
  kategorien=["pflegeheim", "kurzzeitpflege"],
  traeger="Seniorenheim Glasmacherhof gGmbH",
  kurzbeschreibung="Pflegeheim mit 60 Plätzen, Kurzzeit- und Verhinderungspflege nach Verfügbarkeit.",
  adresse="Glasmacherweg 8",
  telefon="09944 800", email="glasmacherhof@example.org",
  barrierefrei="ja",
  geprueft="2026-05-14")

A("tablet-kurs-oberglashuett", "oberglashuett",
  titel="Tablet-Kurs für Einsteiger",
  kategorien=["digital"],
  traeger="Volkshochschule Falkenrieder Land",
  kurzbeschreibung="Vier Vormittage im Glasmacherhaus: Tablet einschalten, Fotos, Videotelefonie mit den Enkeln. Leihgeräte sind vorhanden.",
  adresse="Hüttenplatz 1",
  telefon="09948 2290",
  kosten="24 € für vier Termine",
  geprueft="2026-09-22")

# ---------------------------------------------------------------- Frauenreut
A("dorfhelfer-frauenreut", "frauenreut",
  titel="Frauenreuter Dorfhelfer",
  kategorien=["nachbarschaftshilfe", "haushalt"],
  traeger="Bürgerverein Frauenreut e.V.",
  kurzbeschreibung="Ehrenamtliche helfen im Alltag: Einkäufe, Reparaturen, Gartenarbeit, Begleitung zu Terminen.",
  adresse="Dorfplatz 2",
  telefon="09942 4420",
  oeffnungszeiten='Mo-Fr 09:00-10:00',
  geprueft="2026-07-22")

A("seniorennachmittag-frauenreut", "frauenreut",
  titel="Seniorennachmittag Frauenreut",
  kategorien=["treffpunkte"],
  traeger="Bürgerverein Frauenreut e.V.",
  kurzbeschreibung="Einmal im Monat am letzten Mittwoch im Gasthaus Kronawitter.",
  adresse="Dorfplatz 4",
  telefon="09942 4419",
  oeffnungszeiten="We[-1] 14:00-17:00",
  geprueft="2026-07-22")

A("tagespflege-altes-schulhaus", "frauenreut",
  titel="Tagespflege im alten Schulhaus",
  kategorien=["tagespflege"],
  traeger="Hilfswerk Bayerwald e.V.",
  kurzbeschreibung="Betreuung, Pflege und Beschäftigung tagsüber für Menschen mit Pflegebedarf und Demenz.",
  adresse="Schulstraße 1",
  telefon="09942 5050",
  oeffnungszeiten="Mo-Fr 08:00-16:00",
  einzugsgebiet=["frauenreut", "hofstetten", "wolfsried"],
  barrierefrei="ja",
  geprueft="2026-07-22")

A("pflegedienst-frauenreut", "frauenreut",
  titel="Ambulante Pflege Frauenreut",
  kategorien=["pflege-zuhause"],
  traeger="Hilfswerk Bayerwald e.V.",
  kurzbeschreibung="Grund- und Behandlungspflege, Verhinderungspflege und Hilfe im Haushalt.",
  adresse="Schulstraße 1",
  telefon="09942 5051",
  einzugsgebiet=["frauenreut", "hofstetten"],
  geprueft="2026-07-22")

A("kaffeerunde-frauenreut", "frauenreut",
  titel="Frauenreuter Kaffeerunde",
  kategorien=["treffpunkte"],
  traeger="Pfarrei St. Katharina Frauenreut",
  kurzbeschreibung="Kaffeetrinken und Ratschen nach dem Dienstagsgottesdienst.",
  adresse="Kirchplatz 3",
  telefon="09942 200",
  oeffnungszeiten="Tu 09:30-11:30",
  geprueft="2026-07-22")

A("einkaufsbus-frauenreut", "frauenreut",
  titel="Einkaufsbus",
  kategorien=["fahrdienste", "haushalt"],
  traeger="Gemeinde Frauenreut",
  kurzbeschreibung="Jeden Freitagvormittag fährt der Gemeindebus zum Einkaufszentrum nach Falkenried und wieder zurück.",
  adresse="Dorfplatz 1",
  telefon="09942 4400",
  oeffnungszeiten="Fr 08:30-12:00",
  kosten="kostenlos",
  geprueft="2026-07-22")

A("betreutes-wohnen-dorfplatz-frauenreut", "frauenreut",
  titel="Wohnen mit Service am Dorfplatz",
  kategorien=["wohnen"],
  traeger="Bürgerverein Frauenreut e.V.",
  kurzbeschreibung="Acht altersgerechte Wohnungen mit Ansprechpartnerin vor Ort und Gemeinschaftsraum.",
  adresse="Dorfplatz 6",
  telefon="09942 4420",
  barrierefrei="ja",
  geprueft="2026-07-22")

A("gymnastik-frauenreut", "frauenreut",
  titel="Fit ab 70",
  kategorien=["bewegung"],
  traeger="TSV Frauenreut",
  kurzbeschreibung="Kräftigung, Gleichgewicht und Beweglichkeit in der Mehrzweckhalle.",
  adresse="Sportweg 2",
  telefon="09942 333",
  oeffnungszeiten="Mo 10:00-11:00",
  geprueft="2026-07-22")

# ---------------------------------------------------------------- Markt Ilzbach
A("ev-sozialstation-ilzbach", "ilzbach",
  titel="Evangelische Sozialstation Ilzbach",
  kategorien=["pflege-zuhause"],
  traeger="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="Ambulante Pflege, Intensivpflege, Betreuung und hauswirtschaftliche Hilfe im Süden des Landkreises.",
  adresse="Lutherstraße 5",
  telefon="09951 8080", email="sozialstation-ilzbach@example.org",
  oeffnungszeiten="Mo-Fr 08:00-16:00",
  einzugsgebiet=["ilzbach", "kreuzoed", "hofstetten", "wolfsried"],
  geprueft="2026-05-08")

A("haus-ilzblick-pflegeheim", "ilzbach",
  titel="Haus Ilzblick – Pflege und Wohnen",
  kategorien=["pflegeheim", "kurzzeitpflege"],
  traeger="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="Stationäre Pflege mit 84 Plätzen, Kurzzeitpflege und Hausgemeinschaften für Menschen mit Demenz.",
  adresse="Ilzufer 10",
  telefon="09951 8090",
  einzugsgebiet="alle",
  barrierefrei="ja",
  geprueft="2026-05-08",
  text="""Das Haus Ilzblick liegt direkt am Fluss, fünf Minuten vom Marktplatz. Die Bewohnerinnen und Bewohner leben in Hausgemeinschaften mit je zwölf Personen und eigener Küche.

Kurzzeitpflege ist nach Absprache möglich, auch als Verhinderungspflege.""")

A("tagespflege-ilzblick", "ilzbach",
  titel="Tagespflege Ilzblick",
  kategorien=["tagespflege"],
  traeger="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="20 Tagespflegeplätze im Erdgeschoss des Hauses Ilzblick, auch samstags geöffnet.",
  adresse="Ilzufer 10",
  telefon="09951 8095",
  oeffnungszeiten="Mo-Sa 08:00-16:30",
  einzugsgebiet=["ilzbach", "kreuzoed", "hofstetten"],
  geprueft="2026-05-08")

A("nachbarschaftshilfe-ilzbach", "ilzbach",
  titel="Nachbarschaftshilfe Markt Ilzbach",
  kategorien=["nachbarschaftshilfe", "fahrdienste", "besuchsdienste"],
  traeger="Nachbarschaftshilfe Ilzbach e.V.",
  kurzbeschreibung="Über 80 Helferinnen und Helfer: Fahrdienst, Einkaufsdienst, Besuche, Begleitung beim Spaziergang, Unterstützung pflegender Angehöriger.",
  adresse="Marktplatz 7",
  telefon="09951 606-70", email="nbh-ilzbach@example.org",
  oeffnungszeiten="Mo-Fr 09:00-11:30",
  kosten="Fahrten 0,35 € pro km, Hilfen 9 € pro Stunde",
  geprueft="2026-10-02")

A("mahlzeitendienst-ilzblick", "ilzbach",
  titel="Mahlzeitendienst Haus Ilzblick",
  kategorien=["essen"],
  traeger="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="Das Haus Ilzblick liefert das Mittagessen aus der eigenen Küche warm ins Haus, montags bis samstags.",
  adresse="Ilzufer 10",
  telefon="09951 8099",
  oeffnungszeiten="Mo-Sa 08:00-11:00",
  einzugsgebiet=["ilzbach", "kreuzoed", "hofstetten", "wolfsried"],
  kosten="7,40 € pro Mahlzeit",
  geprueft="2026-05-08")

A("generationentreff-ilzbach", "ilzbach",
  titel="Generationentreff im Alten Bräuhaus",
  kategorien=["treffpunkte"],
  traeger="Markt Ilzbach",
  kurzbeschreibung="Offener Treff für Jung und Alt mit Café, Spielenachmittagen und Seniorenkino.",
  adresse="Bräuhausgasse 3",
  telefon="09951 606-44",
  oeffnungszeiten="Tu-Th 14:00-18:00",
  geprueft="2026-10-02")

A("marktbus-ilzbach", "ilzbach",
  titel="Marktbus Ilzbach",
  kategorien=["fahrdienste"],
  traeger="Markt Ilzbach",
  kurzbeschreibung="Ein Kleinbus mit Einstiegshilfe fährt werktags nach festem Fahrplan durch alle Ortsteile zum Marktplatz.",
  adresse="Marktplatz 1",
  telefon="09951 606-0",
  oeffnungszeiten="Mo-Fr 07:30-17:30",
  kosten="kostenlos",
  stichworte=["Ortsbus", "Bürgerbus"],
  geprueft="2026-10-02")

A("smartphone-sprechstunde-ilzbach", "ilzbach",
  titel="Smartphone-Sprechstunde",
  kategorien=["digital"],
  traeger="Generationentreff im Alten Bräuhaus",
  kurzbeschreibung="Ehrenamtliche Digitallotsen helfen bei Fragen zum Handy.",
  adresse="Bräuhausgasse 3",
  telefon="09951 606-44",
  oeffnungszeiten="Th 16:00-18:00",
  geprueft="2026-10-02")

A("seniorenbeauftragte-ilzbach", "ilzbach",
  titel="Seniorenbeauftragte des Marktes Ilzbach",
  kategorien=["beratung"],
  traeger="Markt Ilzbach",
  kurzbeschreibung="Sprechstunde im Rathaus für alle Anliegen älterer Bürgerinnen und Bürger.",
  adresse="Marktplatz 1",
  telefon="09951 606-44",
  oeffnungszeiten="Mo 10:00-12:00",
  geprueft="2026-10-02")

A("trittsicher-kurs-ilzbach", "ilzbach",
  titel="Trittsicher – Kurs zur Sturzvorbeugung",
  kategorien=["bewegung"],
  traeger="Generationentreff im Alten Bräuhaus",
  kurzbeschreibung="Sechs Übungsstunden für mehr Kraft und Gleichgewicht, dazu Tipps für eine sichere Wohnung.",
  adresse="Bräuhausgasse 3",
  telefon="09951 606-44",
  kosten="kostenlos",
  stichworte=["Sturzprophylaxe", "Gleichgewicht"],
  geprueft="2026-10-02")

A("demenz-wg-ilzbach", "ilzbach",
  titel="Ambulant betreute Wohngemeinschaft für Menschen mit Demenz",
  kategorien=["demenz", "wohnen"],
  traeger="Angehörigengremium Demenz-WG Ilzbach",
  kurzbeschreibung="Zehn Menschen mit Demenz leben gemeinsam in einer großen Wohnung, rund um die Uhr unterstützt von Präsenzkräften.",
  adresse="Ilzufer 14",
  telefon="09951 8111",
  geprueft="2026-05-08")

A("hospizgruppe-ilzbach", "ilzbach",
  titel="Ökumenische Hospizgruppe Ilzbach",
  kategorien=["hospiz"],
  traeger="Hospizverein Falkenrieder Land e.V.",
  kurzbeschreibung="Sterbebegleitung und Trauergespräche im südlichen Landkreis.",
  adresse="Lutherstraße 5",
  telefon="09951 8088",
  geprueft="2026-05-08")

# ---------------------------------------------------------------- Kreuzöd
A("hilfe-von-haus-zu-haus-kreuzoed", "kreuzoed",
  titel="Hilfe von Haus zu Haus",
  kategorien=["nachbarschaftshilfe"],
  traeger="Pfarrgemeinderat Kreuzöd",
  kurzbeschreibung="Nachbarn helfen Nachbarn: ein Anruf genügt.",
  telefon="09952 227",
  adresse="Kirchweg 1",
  geprueft="2026-03-25")

A("seniorennachmittag-kreuzoed", "kreuzoed",
  titel="Seniorennachmittag Kreuzöd",
  kategorien=["treffpunkte"],
  traeger="Pfarrgemeinderat Kreuzöd",
  kurzbeschreibung="Monatlicher Nachmittag im Pfarrheim mit Kaffee und Programm.",
  adresse="Kirchweg 2",
  telefon="09952 227",
  oeffnungszeiten="Tu[2] 14:00-16:30",
  geprueft="2026-03-25")

A("fahrdienst-kreuzoed", "kreuzoed",
  titel="Fahrdienst Kreuzöd",
  kategorien=["fahrdienste"],
  traeger="Gemeinde Kreuzöd",
  kurzbeschreibung="Fahrten für Seniorinnen und Senioren zum Arzt und zum Einkaufen nach Ilzbach.",
  adresse="Dorfstraße 10",
  telefon="09952 210",
  kosten="Spende",
  geprueft="2026-03-25")

A("mittagstisch-kreuzoed", "kreuzoed",
  titel="Mittagessen im Gasthaus Öder",
  kategorien=["essen"],
  traeger="Gasthaus Öder",
  kurzbeschreibung="Senioren-Mittagsmenü an jedem Werktag.",
  adresse="Dorfstraße 3",
  telefon="09952 280",
  oeffnungszeiten="Mo-Fr 11:30-13:00",
  kosten="6,90 €",
  geprueft="2026-03-25")

A("tanzen-im-sitzen-kreuzoed", "kreuzoed",
  titel="Tanzen im Sitzen",
  kategorien=["bewegung", "treffpunkte"],
  traeger="Pfarrgemeinderat Kreuzöd",
  kurzbeschreibung="Bewegung zu Musik auf dem Stuhl – fröhlich und für jeden machbar.",
  adresse="Kirchweg 2",
  telefon="09952 227",
  oeffnungszeiten="Th[4] 14:30-15:30",
  geprueft="2026-03-25")

A("besuchsdienst-kreuzoed", "kreuzoed",
  titel="Geburtstags- und Krankenbesuche",
  kategorien=["besuchsdienste"],
  traeger="Pfarrgemeinderat Kreuzöd",
  kurzbeschreibung="Wir besuchen ältere Gemeindemitglieder zum Geburtstag, im Krankenhaus und im Heim.",
  adresse="Kirchweg 1",
  telefon="09952 227",
  geprueft="2026-03-25")

# ---------------------------------------------------------------- Hofstetten im Wald
A("pflegedienst-hofstetten", "hofstetten",
  titel="Pflegeteam Hofstetten",
  kategorien=["pflege-zuhause"],
  traeger="Pflegeteam Hofstetten UG",
  kurzbeschreibung="Kleiner ambulanter Pflegedienst für Hofstetten und Umgebung. Wir kommen auch am Wochenende.",
  adresse="Hauptstraße 41",
  telefon="09953 7001",
  einzugsgebiet=["hofstetten", "frauenreut", "wolfsried"],
  geprueft="2026-08-21")

A("nachbarschaftshilfe-hofstetten", "hofstetten",
  titel="Nachbarschaftshilfe Hofstetten im Wald",
  kategorien=["nachbarschaftshilfe", "fahrdienste"],
  traeger="Nachbarschaftshilfe Hofstetten e.V.",
  kurzbeschreibung="Hilfe bei Einkäufen, Fahrten, Behördengängen und im Haushalt – auch in Oberhofstetten, Kagerhof und Schwarzach.",
  adresse="Hauptstraße 20",
  telefon="09953 5561",
  oeffnungszeiten="Mo,Mi 17:00-19:00",
  geprueft="2026-08-21")

A("seniorenkreis-hofstetten", "hofstetten",
  titel="Seniorenkreis Hofstetten",
  kategorien=["treffpunkte"],
  traeger="Pfarrei St. Jakob Hofstetten",
  kurzbeschreibung="Der Seniorenkreis trifft sich jeden zweiten Mittwoch im Pfarrheim.",
  adresse="Kirchgasse 1",
  telefon="09953 226",
  oeffnungszeiten="We 14:00-16:30",
  geprueft="2026-08-21")

A("gymnastik-hofstetten", "hofstetten",
  titel="Bewegung im Alter",
  kategorien=["bewegung"],
  traeger="SC Hofstetten",
  kurzbeschreibung="Gymnastik, Koordination und Spiele für Ältere.",
  adresse="Sportplatzstraße 1",
  telefon="09953 808",
  oeffnungszeiten="Th 09:00-10:00",
  geprueft="2026-08-21")

A("buecher-auf-raedern-hofstetten", "hofstetten",
  titel="Bücher auf Rädern",
  kategorien=["besuchsdienste"],
  traeger="Gemeindebücherei Hofstetten",
  kurzbeschreibung="Wer nicht mehr in die Bücherei kommen kann, bekommt Bücher, Hörbücher und Zeitschriften nach Hause gebracht.",
  adresse="Hauptstraße 18",
  telefon="09953 5565",
  kosten="kostenlos",
  geprueft="2026-08-21")

A("mittagstisch-hofstetten", "hofstetten",
  titel="Seniorenmittagstisch Hofstetten",
  kategorien=["essen"],
  traeger="Gasthof Wenzl",
  kurzbeschreibung="Freitags gemeinsames Mittagessen für Seniorinnen und Senioren.",
  adresse="Hauptstraße 2",
  telefon="09953 201",
  oeffnungszeiten="Fr 11:30-13:00",
  geprueft="2026-08-21")

A("computerhilfe-hofstetten", "hofstetten",
  titel="Computerhilfe für Senioren",
  kategorien=["digital"],
  traeger="Gemeindebücherei Hofstetten",
  kurzbeschreibung="Ehrenamtliche beantworten Fragen zu Laptop, E-Mail und Internet.",
  adresse="Hauptstraße 18",
  telefon="09953 5565",
  oeffnungszeiten="Sa 10:00-12:00",
  geprueft="2026-08-21")

A("wohnungsanpassung-hofstetten", "hofstetten",
  titel="Altersgerecht umbauen – Beratung im Rathaus",
  kategorien=["wohnen", "beratung"],
  traeger="Gemeinde Hofstetten im Wald",
  kurzbeschreibung="Ein ehrenamtlicher Wohnberater und ein Handwerksmeister im Ruhestand beraten zu Umbauten im Bad und an der Treppe.",
  adresse="Hauptstraße 10",
  telefon="09953 5560",
  oeffnungszeiten='"nach telefonischer Vereinbarung"',
  kosten="kostenlos",
  geprueft="2026-08-21")

# ---------------------------------------------------------------- Wolfsried
A("pflegedienst-wolfsbachtal", "wolfsried",
  titel="Pflegedienst Wolfsbachtal",
  kategorien=["pflege-zuhause"],
  traeger="Pflegedienst Wolfsbachtal GmbH",
  kurzbeschreibung="Ambulante Alten- und Krankenpflege, 24-Stunden-Rufbereitschaft.",
  adresse="Talstraße 12",
  telefon="09954 3300",
  einzugsgebiet=["wolfsried", "hofstetten", "st-guntherried"],
  geprueft="2026-06-15")

A("nachbarschaftshilfe-wolfsried", "wolfsried",
  titel="Nachbarschaftshilfe Wolfsried",
  kategorien=["nachbarschaftshilfe"],
  traeger="Gemeinde Wolfsried",
  kurzbeschreibung="Einkäufe, Begleitung, kleine Hilfen im Haushalt, Rasenmähen, Schneeschippen.",
  adresse="Talstraße 1",
  telefon="09954 710",
  geprueft="2026-06-15")

A("seniorentreff-wolfsried", "wolfsried",
  titel="Seniorentreff Wolfsried",
  kategorien=["treffpunkte"],
  traeger="Gemeinde Wolfsried",
  kurzbeschreibung="Jeden Dienstag im Feuerwehrhaus: Spiele, Gespräche, ab und zu ein Vortrag.",
  adresse="Feuerwehrweg 2",
  telefon="09954 712",
  oeffnungszeiten="Tu 14:00-17:00",
  geprueft="2026-06-15")

A("buergerbus-wolfsried", "wolfsried",
  titel="Bürgerbus Wolfsried",
  kategorien=["fahrdienste"],
  traeger="Bürgerbus Wolfsried e.V.",
  kurzbeschreibung="Ehrenamtlicher Fahrdienst mit einem Neunsitzer. Fahrten innerhalb der Gemeinde und nach Hofstetten und Ilzbach.",
  adresse="Talstraße 1",
  telefon="09954 7777",
  oeffnungszeiten='Mo-Fr 08:00-12:00 "Fahrten telefonisch anmelden"',
  einzugsgebiet=["wolfsried", "hofstetten", "ilzbach"],
  kosten="1,50 € pro Fahrt",
  geprueft="2026-06-15")

A("tagespflege-wolfsbach", "wolfsried",
  titel="Tagespflege Am Wolfsbach",
  kategorien=["tagespflege"],
  traeger="Pflegedienst Wolfsbachtal GmbH",
  kurzbeschreibung="Neue Tagespflege mit zehn Plätzen in der ehemaligen Post.",
  adresse="Talstraße 14",
  telefon="09954 3310",
  oeffnungszeiten="Mo-Fr 08:00-16:00",
  geprueft="2026-06-15")

A("walking-wolfsried", "wolfsried",
  titel="Nordic Walking für Senioren",
  kategorien=["bewegung"],
  traeger="TV Wolfsried",
  kurzbeschreibung="Gemeinsames Walken mit Stöcken auf ebenen Wegen im Wolfsbachtal.",
  adresse="Sportplatz 1",
  telefon="09954 820",
  oeffnungszeiten="We 09:00-10:30",
  geprueft="2026-06-15")

A("essen-auf-raedern-wolfsried", "wolfsried",
  titel="Mittagessen-Lieferdienst der Landfrauen",
  kategorien=["essen"],
  traeger="Landfrauen Wolfsried",
  kurzbeschreibung="Die Landfrauen kochen zweimal pro Woche und bringen das Essen zu älteren Menschen nach Hause.",
  adresse="Talstraße 1",
  telefon="09954 7150",
  oeffnungszeiten="Tu,Fr 10:00-12:00",
  kosten="6 €",
  geprueft="2026-06-15")

# ---------------------------------------------------------------- Nachträge
A("hausnotruf-sozialstation-ilzbach", "ilzbach",
  titel="Hausnotruf der Evangelischen Sozialstation",
  kategorien=["hausnotruf"],
  traeger="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="Notrufgerät mit Anbindung an die Sozialstation: Im Notfall kommt eine Pflegekraft aus Ilzbach, die Sie kennt.",
  adresse="Lutherstraße 5",
  telefon="09951 8080",
  einzugsgebiet=["ilzbach", "kreuzoed", "hofstetten"],
  kosten="Kostenübernahme durch die Pflegekasse bei Pflegegrad möglich",
  geprueft="2026-05-08")

A("seniorensicherheitsberater-zwieselbach", "zwieselbach",
  titel="Seniorensicherheitsberater",
  kategorien=["hausnotruf", "beratung"],
  traeger="Gemeinde Zwieselbach",
  kurzbeschreibung="Geschulte Ehrenamtliche informieren über Enkeltrick, falsche Polizeibeamte, Haustürgeschäfte und Betrug am Telefon.",
  adresse="Rathausstraße 1",
  telefon="09943 7702-20",
  oeffnungszeiten='"nach Vereinbarung, auch Vorträge in Vereinen"',
  kosten="kostenlos",
  geprueft="2026-06-30")

A("mobile-fusspflege-hofstetten", "hofstetten",
  titel="Mobile Fußpflege",
  kategorien=["haushalt"],
  traeger="Fußpflege Brigitte Loibl",
  kurzbeschreibung="Medizinische Fußpflege bei Ihnen zu Hause, auch für Diabetiker.",
  telefon="0171 5550198",
  telefonisch="ja",
  einzugsgebiet=["hofstetten", "frauenreut", "wolfsried", "ilzbach"],
  kosten="32 € pro Behandlung",
  stichworte=["Podologie", "Nägel schneiden", "Hausbesuch"],
  geprueft="2026-08-21")

A("lieferservice-frischemarkt-gruber", "falkenried",
  titel="Lebensmittel-Lieferservice Frischemarkt Gruber",
  kategorien=["haushalt"],
  traeger="Frischemarkt Gruber",
  kurzbeschreibung="Einkauf per Telefon bestellen, am nächsten Tag wird geliefert – bis in die Küche.",
  adresse="Deggenauer Straße 40",
  telefon="09948 6161",
  oeffnungszeiten="Mo-Sa 08:00-12:00",
  einzugsgebiet=["falkenried", "baernhoefen", "zwieselbach"],
  kosten="Liefergebühr 3 €, ab 60 € Einkaufswert frei",
  geprueft="2026-04-02")
