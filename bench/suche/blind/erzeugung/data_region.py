from gen_base import A
R = "region"

A(R, "pflegestuetzpunkt-landkreis-aichbach", "Pflegestützpunkt Landkreis Aichbach", ["beratung", "angehoerige"],
  "Landkreis Aichbach und Pflege- und Krankenkassen",
  "Neutrale und kostenlose Beratung rund um die Pflege: Pflegegrad beantragen, Leistungen der Pflegekasse, Entlastung für Angehörige. Auch Hausbesuche.",
  """Der Pflegestützpunkt ist die erste Anlaufstelle, wenn sich Pflegebedarf abzeichnet –
ob plötzlich nach einem Krankenhausaufenthalt oder schleichend.

Wir beraten Sie zu:

- Antrag auf einen Pflegegrad und Begutachtung durch den Medizinischen Dienst
- Pflegegeld, Pflegesachleistung, Entlastungsbetrag (131 € im Monat)
- Verhinderungspflege und Kurzzeitpflege
- Hilfsmitteln wie Pflegebett oder Rollator

Die Beratung ist unabhängig von Anbietern. Auf Wunsch kommen wir zu Ihnen nach Hause.""",
  strasse="Landshuter Straße 14", email="pflegestuetzpunkt@lra-aichbach.example",
  oeffnungszeiten='Mo-Fr 08:30-12:00; Do 13:30-17:30 "und nach Vereinbarung"', kosten="kostenlos", barrierefrei="ja",
  zielgruppen=["Pflegebedürftige", "Angehörige"], stichworte=["Pflegegrad", "Pflegekasse", "Hausbesuch", "Pflegeversicherung"])

A(R, "fachstelle-pflegende-angehoerige", "Fachstelle für pflegende Angehörige", ["angehoerige", "demenz", "beratung"],
  "Caritasverband für den Landkreis Aichbach e.V.",
  "Psychosoziale Beratung und Begleitung für Menschen, die Partner, Eltern oder andere Angehörige pflegen – besonders bei Demenz.",
  """Wer einen Menschen pflegt, kommt oft selbst zu kurz. Die Fachstelle hört zu,
hilft beim Sortieren und zeigt Wege zur Entlastung.

Angebote der Fachstelle:

- Einzelgespräche in der Beratungsstelle oder bei Ihnen daheim
- **Angehörigengruppe** jeden ersten Dienstag im Monat in Aichbach
- Vermittlung von ehrenamtlichen Helferinnen (Helferkreise) zur stundenweisen Betreuung
- Informationen zu Krankheitsbildern wie Demenz, Parkinson oder nach einem Schlaganfall

Die Fachstelle wird vom Bayerischen Staatsministerium für Gesundheit, Pflege und
Prävention gefördert.""",
  strasse="Passauer Straße 3", email="angehoerige@caritas-aichbach.example", oeffnungszeiten="Mo-Do 09:00-16:00; Fr 09:00-12:00",
  kosten="kostenlos", barrierefrei="teilweise", zielgruppen=["pflegende Angehörige"], stichworte=["Angehörigenarbeit", "Überlastung", "Gesprächsgruppe"])

A(R, "wohnberatung-landratsamt", "Wohnberatung – länger selbstständig zu Hause", ["wohnen", "beratung"],
  "Landratsamt Aichbach, Seniorenfachstelle",
  "Ehrenamtliche Wohnberaterinnen kommen ins Haus und zeigen, wie Bad, Treppe und Eingang sicherer werden – mit Tipps zu Zuschüssen.",
  """Schon kleine Veränderungen helfen: ein Haltegriff an der Dusche, ein zweiter
Handlauf, Licht im Flur, kein loser Teppich. Bei größeren Umbauten (bodengleiche
Dusche, Treppenlift, Rampe) beraten wir zu Zuschüssen der Pflegekasse (bis zu 4.180 €
für wohnumfeldverbessernde Maßnahmen) und zum Förderprogramm des Freistaats.

Die Wohnberatung ist kostenlos und unabhängig. Sie verkauft nichts.""",
  strasse="Landshuter Straße 14", email="wohnberatung@lra-aichbach.example", oeffnungszeiten='"nach Vereinbarung"',
  kosten="kostenlos", stichworte=["Treppenlift", "Badumbau", "Haltegriffe", "Stolperfallen", "Wohnraumanpassung"])

A(R, "betreuungsverein-skf", "Betreuungsverein SkF Aichbach", ["beratung"],
  "Sozialdienst katholischer Frauen Aichbach e.V.",
  "Beratung zu Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung sowie Unterstützung für ehrenamtliche rechtliche Betreuer.",
  """Was passiert, wenn ich selbst nicht mehr entscheiden kann? Der Betreuungsverein
informiert in Einzelgesprächen und bei Vorträgen in den Gemeinden, wie man mit einer
Vollmacht vorsorgt.

Ehrenamtliche Betreuerinnen und Betreuer sowie Bevollmächtigte finden bei uns
Einführungskurse, Erfahrungsaustausch und Hilfe bei Fragen ans Betreuungsgericht.""",
  strasse="Kirchgasse 7", email="btv@skf-aichbach.example", oeffnungszeiten="Mo,Mi 09:00-12:00; Do 14:00-17:00",
  kosten="Beratung kostenlos", stichworte=["Vollmacht", "Betreuungsrecht", "Vorsorge", "Betreuer"])

A(R, "hospizverein-vilstal", "Hospizverein Vilstal e.V.", ["hospiz", "angehoerige"],
  "Hospizverein Vilstal e.V.",
  "Ehrenamtliche Hospizbegleiterinnen und -begleiter sind für schwerstkranke und sterbende Menschen und ihre Familien da – zu Hause, im Heim und in der Klinik.",
  """Wir schenken Zeit: zum Reden, Vorlesen, Schweigen, Dasein. Die Begleitung ist
kostenlos und unabhängig von Konfession und Herkunft.

Außerdem bietet der Verein:

- Beratung zur Palliativversorgung und zur Patientenverfügung
- Trauerbegleitung einzeln und im Trauercafé „Lichtblick“
- Kurse „Letzte Hilfe“ für alle Interessierten

Die Koordinatorinnen sind werktags erreichbar; Anfragen am Wochenende über den
Anrufbeantworter, wir rufen zurück.""",
  strasse="Stadtplatz 21", plz="94371", ort="Aichbach", email="info@hospiz-vilstal.example", web="https://hospiz-vilstal.example/",
  oeffnungszeiten='Mo-Fr 09:00-12:00 "und nach Vereinbarung"', kosten="kostenlos",
  stichworte=["Sterbebegleitung", "Hospizbegleitung", "Begleitung am Lebensende", "Ehrenamt"])

A(R, "sapv-niederbayern-sued", "SAPV-Team Niederbayern Süd", ["hospiz", "pflege"],
  "Palliativ-Netz Niederbayern Süd gGmbH",
  "Spezialisierte ambulante Palliativversorgung: Palliativärzte und Palliativpflegekräfte versorgen schwerstkranke Menschen zu Hause, rund um die Uhr erreichbar.",
  """Die SAPV wird vom Hausarzt oder vom Krankenhaus verordnet und von der Krankenkasse
bezahlt. Das Team lindert Schmerzen, Atemnot und andere belastende Beschwerden,
damit ein Leben bis zuletzt in vertrauter Umgebung möglich ist.

Wir arbeiten eng mit Hausärzten, Pflegediensten und dem Hospizverein zusammen.""",
  strasse="Krankenhausstraße 2", plz="94371", ort="Aichbach", email="sapv@palliativ-nbs.example",
  oeffnungszeiten="24/7", kosten="Leistung der Krankenkasse", stichworte=["Palliativversorgung", "Schmerztherapie", "Palliativpflege"])

A(R, "brk-hausnotruf", "BRK-Hausnotruf", ["hausnotruf"],
  "Bayerisches Rotes Kreuz, Kreisverband Aichbach",
  "Ein Knopfdruck am Handsender genügt: Die Hausnotrufzentrale meldet sich über die Freisprechanlage und schickt Hilfe – Tag und Nacht.",
  """Der Hausnotruf gibt Sicherheit für Menschen, die allein leben. Das Basisgerät wird
an die Telefondose oder ans Mobilfunknetz angeschlossen, den Sender tragen Sie als
Armband oder Halskette.

Auf Wunsch hinterlegen Sie einen Wohnungsschlüssel bei uns; dann kommt im Notfall
unser Bereitschaftsdienst. Ab Pflegegrad 1 übernimmt die Pflegekasse in der Regel
die Grundgebühr.""",
  strasse="Rotkreuzstraße 5", plz="94371", ort="Aichbach", email="hausnotruf@brk-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-16:00", kosten="Basispaket 25,50 € im Monat, mit Pflegegrad meist kostenfrei",
  stichworte=["Notrufknopf", "Hausnotrufgerät", "Schlüsselhinterlegung", "Hilfe rund um die Uhr"])

A(R, "johanniter-hausnotruf", "Johanniter-Hausnotruf mit Sturzmelder", ["hausnotruf"],
  "Johanniter-Unfall-Hilfe e.V., Regionalverband Niederbayern",
  "Hausnotruf im Landkreis Aichbach, auf Wunsch mit automatischem Sturzmelder und Rauchmelder, der direkt mit der Zentrale verbunden ist.",
  """Die Johanniter installieren das Gerät und erklären es in Ruhe. Im Notfall sprechen
Sie über den Lautsprecher mit der Zentrale, die Angehörige, Nachbarn oder den
Rettungsdienst verständigt.

Zusatzoptionen: Sturzsensor, der auslöst, auch wenn Sie den Knopf nicht mehr drücken
können, und ein Tagesknopf („Ich bin wohlauf“).""",
  telefonisch="ja", email="hausnotruf.niederbayern@johanniter.example", web="https://johanniter-nb.example/hausnotruf",
  kosten="ab 25,50 € im Monat", stichworte=["Sturzsensor", "Rauchmelder", "Notrufzentrale"])

A(R, "malteser-mobilnotruf", "Malteser Mobilnotruf für unterwegs", ["hausnotruf"],
  "Malteser Hilfsdienst gGmbH",
  "Ein kleines Gerät mit GPS für die Handtasche oder am Gürtel: auf Knopfdruck Sprechverbindung zur Malteser-Zentrale, die Ihren Standort sieht.",
  """Für Menschen, die noch gern spazieren gehen, Rad fahren oder im Garten arbeiten,
aber nicht ohne Sicherheit. Der Notrufknopf funktioniert überall mit Handyempfang.

Auch als Notrufuhr erhältlich.""",
  telefonisch="ja", web="https://malteser.example/mobilnotruf", kosten="ab 29,90 € im Monat",
  stichworte=["GPS", "Ortung", "Notrufuhr", "Notruf unterwegs"])

A(R, "notfalldose", "Notfalldose – Ihre wichtigsten Daten im Kühlschrank", ["hausnotruf"],
  "Seniorenbeirat der Stadt Aichbach und Landratsamt",
  "Eine Dose mit Medikamentenplan, Vorerkrankungen und Kontakten, die im Kühlschrank steht. Rettungskräfte finden sie schnell. Kostenlos in allen Rathäusern.",
  """Ein Aufkleber an der Wohnungstür und am Kühlschrank zeigt dem Rettungsdienst, dass
eine Notfalldose da ist. Das Datenblatt liegt bei und kann gemeinsam mit dem Hausarzt
ausgefüllt werden.

Die Dosen gibt es kostenlos in allen Rathäusern des Landkreises und im Landratsamt.""",
  strasse="Landshuter Straße 14", plz="94371", ort="Aichbach", email="senioren@lra-aichbach.example",
  kosten="kostenlos", stichworte=["Rettungsdienst", "Medikamentenplan", "Notfallinformation"])

A(R, "brk-menueservice", "BRK-Menüservice – Essen auf Rädern", ["essen-auf-raedern"],
  "Bayerisches Rotes Kreuz, Kreisverband Aichbach",
  "Täglich ein warmes Mittagessen an die Haustür, auch am Wochenende und an Feiertagen. Auswahl aus fünf Menüs, auch Schonkost und diabetikergerecht.",
  """Die Fahrerinnen und Fahrer bringen das Essen zwischen 11 und 13 Uhr. Sie haben ein
Auge darauf, ob es Ihnen gut geht – wer nicht öffnet, wird nachgefragt.

Liefergebiet: Aichbach, Vilsöd, Frauenberg, Gänsbach, Hölzlkirchen, Weißenbrunn,
Münchsdorf und Langenöd. Bestellung wochenweise, Abbestellen bis 9 Uhr am Vortag.""",
  strasse="Rotkreuzstraße 5", plz="94371", ort="Aichbach", email="menue@brk-aichbach.example",
  einzugsgebiet=["aichbach", "vilsoed", "frauenberg-bei-aichbach", "gaensbach", "hoelzlkirchen", "weissenbrunn", "muenchsdorf", "langenoed"],
  oeffnungszeiten="Mo-Fr 08:00-12:00", kosten="7,90 € pro Menü, Dessert 1,20 €",
  stichworte=["warmes Essen", "Lieferung", "Schonkost", "Diabetiker"])

A(R, "landmenue-vils", "Landmenü Vils – Tiefkühlmenüs frei Haus", ["essen-auf-raedern"],
  "Landmenü Vils GmbH",
  "Über 150 tiefgekühlte Gerichte zur Auswahl, alle zwei Wochen nach Hause geliefert und in der Mikrowelle oder im Backofen schnell zubereitet.",
  """Für alle, die selbst bestimmen wollen, wann sie essen. Die Ware wird vom Fahrer in
Ihre Tiefkühltruhe geräumt. Auf Wunsch leihen wir ein Kombigerät zum Erwärmen.

Bestellkatalog kostenlos anfordern. Wir liefern in den ganzen Landkreis.""",
  telefonisch="ja", web="https://landmenue-vils.example/", kosten="ab 6,20 € je Gericht, Lieferung frei",
  stichworte=["Tiefkühlkost", "Fertiggerichte", "Lieferservice"])

A(R, "zuhoer-telefon", "Zuhör-Telefon „Grüß Gott, wie geht’s?“", ["nachbarschaftshilfe", "begegnung"],
  "Freiwilligenagentur Landkreis Aichbach",
  "Ehrenamtliche rufen Menschen, die viel allein sind, einmal pro Woche zu einer festen Zeit an und ratschen mit ihnen.",
  """Manchmal fehlt einfach jemand zum Reden. Beim Zuhör-Telefon meldet sich jede Woche
dieselbe Person – so entsteht mit der Zeit eine Telefonfreundschaft.

Anmelden können Sie sich selbst oder ein Angehöriger für Sie. Es kostet nichts.""",
  telefonisch="ja", email="zuhoeren@freiwillig-aichbach.example", kosten="kostenlos",
  zielgruppen=["Alleinlebende"], stichworte=["Telefonpatenschaft", "Einsamkeit", "allein", "Gespräch"])

A(R, "seniorenfachstelle-landratsamt", "Seniorenfachstelle im Landratsamt", ["beratung"],
  "Landratsamt Aichbach",
  "Die Seniorenbeauftragte des Landkreises informiert über alle Hilfen im Landkreis, vermittelt weiter und unterstützt die Seniorenbeauftragten der Gemeinden.",
  """Sie wissen nicht, an wen Sie sich wenden sollen? Rufen Sie uns an. Wir kennen die
Dienste, Vereine und Ansprechpersonen in allen 21 Gemeinden.

Die Seniorenfachstelle koordiniert auch das seniorenpolitische Gesamtkonzept des
Landkreises und gibt diesen Wegweiser heraus.""",
  strasse="Landshuter Straße 14", plz="94371", ort="Aichbach", email="senioren@lra-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-12:00; Di 14:00-16:00", kosten="kostenlos", barrierefrei="ja",
  stichworte=["Seniorenbeauftragte", "Wegweiser", "Ansprechpartner", "Landratsamt"])

A(R, "alzheimer-beratungstelefon", "Beratungstelefon der Alzheimer Gesellschaft Niederbayern", ["demenz", "angehoerige"],
  "Alzheimer Gesellschaft Niederbayern e.V.",
  "Telefonische Beratung für Menschen mit Gedächtnisproblemen und ihre Familien: Diagnose, Umgang im Alltag, rechtliche Fragen.",
  """Am Telefon sind erfahrene Fachkräfte, die selbst Angehörige begleitet haben. Das
Gespräch ist vertraulich.

Wir vermitteln auch zu Betreuungsgruppen, Helferkreisen und Gedächtnisambulanzen in
Ihrer Nähe.""",
  telefonisch="ja", email="beratung@alzheimer-niederbayern.example", oeffnungszeiten="Mo-Do 10:00-16:00",
  kosten="kostenlos", stichworte=["Gedächtnisambulanz", "Diagnose", "Demenzberatung"])

A(R, "rufbus-vilsflex", "Rufbus VilsFlex", ["fahrdienste"],
  "Landkreis Aichbach / Verkehrsgemeinschaft Vilstal",
  "Der Rufbus fährt ohne festen Fahrplan: Sie rufen spätestens eine Stunde vorher an, der Bus holt Sie an der nächsten Haltestelle ab. Es gilt der normale Bustarif.",
  """VilsFlex verbindet alle Orte des Landkreises mit Aichbach, Bad Griesau und
Vilsöd. Die Kleinbusse sind niederflurig und haben Platz für einen Rollator oder
Rollstuhl.

Buchung auch per App oder im Internet. Senioren mit Schwerbehindertenausweis und
Wertmarke fahren kostenlos.""",
  telefonisch="ja", web="https://vilsflex.example/", oeffnungszeiten="Mo-Fr 06:00-20:00; Sa 08:00-18:00",
  kosten="Bustarif, z. B. 2,20 € pro Fahrt", einzugsgebiet="alle",
  stichworte=["Anrufbus", "ÖPNV", "Bus auf Bestellung", "Rollstuhl"])

A(R, "rentenberatung-drv", "Sprechtage der Deutschen Rentenversicherung", ["beratung", "soziale-hilfen"],
  "Deutsche Rentenversicherung Bayern Süd",
  "Jeden zweiten Mittwoch im Monat im Landratsamt: Hilfe beim Rentenantrag, Witwenrente, Kontenklärung. Nur mit Termin.",
  """Bringen Sie bitte Ihren Personalausweis, die Versicherungsnummer und vorhandene
Unterlagen mit. Die Versichertenberater im Ehrenamt bieten zusätzlich Termine in
Vilsöd und Bad Griesau an.""",
  strasse="Landshuter Straße 14", plz="94371", ort="Aichbach", email="sprechtage@drv-bayernsued.example",
  oeffnungszeiten="We[2] 08:30-12:00,13:00-15:30", kosten="kostenlos",
  stichworte=["Rente", "Rentenantrag", "Witwenrente", "Hinterbliebenenrente", "Versichertenberater"])

A(R, "sozialamt-grundsicherung", "Grundsicherung im Alter und Hilfe zur Pflege", ["soziale-hilfen", "beratung"],
  "Landratsamt Aichbach, Sozialamt",
  "Wenn Rente und Ersparnisse nicht reichen: Das Sozialamt prüft Ihren Anspruch auf Grundsicherung, Hilfe zur Pflege und Zuschüsse.",
  """Viele ältere Menschen haben Anspruch auf Grundsicherung und beantragen sie nicht –
aus Scham oder weil sie glauben, die Kinder müssten zahlen. Das stimmt in den meisten
Fällen nicht: Kinder werden erst ab 100.000 € Jahreseinkommen herangezogen.

Wir helfen beim Ausfüllen der Anträge. Auch Wohngeld können Sie bei uns beantragen.""",
  strasse="Landshuter Straße 14", plz="94371", ort="Aichbach", email="sozialamt@lra-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-12:00; Do 14:00-17:30", barrierefrei="ja",
  stichworte=["Sozialhilfe", "Wohngeld", "Antrag", "Elternunterhalt", "Heimkosten"])

A(R, "digitallotsen-landkreis", "Digital-Lotsen: Hilfe mit Handy und Tablet daheim", ["digital", "nachbarschaftshilfe"],
  "Freiwilligenagentur Landkreis Aichbach",
  "Geschulte Ehrenamtliche kommen zu Ihnen nach Hause und erklären in Ruhe Ihr Smartphone, Tablet oder den Computer – so oft, bis es klappt.",
  """Typische Fragen: Wie schreibe ich eine WhatsApp-Nachricht an die Enkel? Wie mache
ich einen Videoanruf? Wie komme ich ins Online-Banking, ohne auf Betrüger
hereinzufallen? Wie lade ich das Deutschlandticket aufs Handy?

Die Digital-Lotsen kommen in alle Gemeinden des Landkreises.""",
  telefonisch="ja", email="digital@freiwillig-aichbach.example", einzugsgebiet="alle", kosten="kostenlos, Spende willkommen",
  stichworte=["Handyhilfe", "Videoanruf", "Technikhilfe", "Hausbesuch"])

A(R, "freiwilligenagentur-aichbach", "Freiwilligenagentur Landkreis Aichbach", ["nachbarschaftshilfe"],
  "Kreisjugendring und Landkreis Aichbach",
  "Vermittelt Ehrenamtliche an Vereine, Helferkreise und Nachbarschaftshilfen – und umgekehrt: Wer Hilfe sucht, findet hier den passenden Verein im Ort.",
  """Sie möchten sich engagieren, zum Beispiel als Vorleserin im Seniorenheim, Fahrer
beim Bürgerbus oder Alltagsbegleiter? Kommen Sie vorbei.""",
  strasse="Stadtplatz 12", plz="94371", ort="Aichbach", email="info@freiwillig-aichbach.example",
  oeffnungszeiten="Di,Do 09:00-12:00", stichworte=["Ehrenamt", "Engagement", "Freiwillige", "Vermittlung"])

A(R, "pflegekurse-angehoerige", "Pflegekurse für Angehörige", ["angehoerige"],
  "AOK Direktion Aichbach mit Caritas-Sozialstationen",
  "Kostenlose Kurse für alle, die zu Hause pflegen: rückenschonend lagern, beim Waschen helfen, Umgang mit Inkontinenz. Auch als Schulung bei Ihnen daheim.",
  """Die Kurse dauern drei Abende und finden abwechselnd in Aichbach, Bad Griesau und
Thann-Moosthenning statt. Sie stehen allen offen, unabhängig von der Krankenkasse.

Nach § 45 SGB XI ist auch eine **häusliche Schulung** möglich: Eine Pflegefachkraft
zeigt Ihnen direkt am Pflegebett, was zu tun ist.""",
  strasse="Bahnhofstraße 9", plz="94371", ort="Aichbach", email="pflegekurs@aok-aichbach.example",
  kosten="kostenlos", stichworte=["Pflegeschulung", "häusliche Schulung", "Lagern", "Kurs"])

A(R, "wohnen-fuer-hilfe", "Wohnen für Hilfe", ["wohnen", "nachbarschaftshilfe"],
  "Mehrgenerationenhaus Aichbach",
  "Ältere Menschen mit freiem Zimmer und Studierende oder Auszubildende finden zusammen: günstiges Wohnen gegen Mithilfe im Alltag.",
  """Die Faustregel: eine Stunde Hilfe im Monat pro Quadratmeter Wohnraum – etwa
Einkaufen, Rasenmähen, Schnee räumen oder gemeinsames Kochen. Pflege ist
ausgeschlossen. Das Mehrgenerationenhaus begleitet die Wohnpartnerschaften.""",
  strasse="Stadtplatz 8", plz="94371", ort="Aichbach", email="wfh@mgh-aichbach.example",
  stichworte=["Wohnpartnerschaft", "Studenten", "Untermiete", "Generationen"])

A(R, "trauercafe-lichtblick", "Trauercafé „Lichtblick“", ["hospiz", "begegnung"],
  "Hospizverein Vilstal e.V.",
  "Ein offener Treff für Menschen, die einen nahestehenden Menschen verloren haben. Bei Kaffee und Kuchen reden – oder einfach zuhören.",
  """Das Trauercafé findet jeden dritten Sonntag im Monat im Pfarrsaal Vilsöd statt.
Ausgebildete Trauerbegleiterinnen sind da. Eine Anmeldung ist nicht nötig.""",
  strasse="Kirchplatz 4", plz="94377", ort="Vilsöd", email="info@hospiz-vilstal.example",
  oeffnungszeiten="Su[3] 14:30-16:30", kosten="kostenlos", stichworte=["Trauer", "Verlust", "Witwe", "Witwer"])

A(R, "kreisklinik-sozialdienst", "Sozialdienst und Überleitungspflege der Kreisklinik", ["beratung", "pflege"],
  "Kreisklinik Aichbach gKU",
  "Vor der Entlassung aus dem Krankenhaus organisiert der Sozialdienst Reha, Pflegedienst, Kurzzeitpflege oder Hilfsmittel.",
  """Sprechen Sie den Sozialdienst möglichst früh während des Klinikaufenthalts an. Die
Mitarbeiterinnen stellen auch Eilanträge für einen Pflegegrad und beraten zur
Anschlussheilbehandlung.""",
  strasse="Krankenhausstraße 2", plz="94371", ort="Aichbach", email="sozialdienst@kreisklinik-aichbach.example",
  oeffnungszeiten="Mo-Fr 08:00-15:30", stichworte=["Entlassmanagement", "Krankenhaus", "Reha", "Anschlussheilbehandlung"])

A(R, "radeln-ohne-alter", "Radeln ohne Alter – Rikschafahrten", ["fahrdienste", "begegnung"],
  "Radeln ohne Alter Aichbach e.V.",
  "Ehrenamtliche Piloten fahren Seniorinnen und Senioren in einer Elektro-Rikscha durch die Stadt, an die Vils oder zum Eisessen.",
  """Von April bis Oktober. Die Rikscha hat zwei Sitzplätze, Decken und ein Regendach.
Heime und Tagespflegen können feste Termine vereinbaren, Einzelpersonen melden sich
telefonisch.""",
  strasse="Stadtplatz 8", plz="94371", ort="Aichbach", email="rikscha@radeln-aichbach.example",
  kosten="kostenlos", stichworte=["Rikscha", "E-Bike", "Ausfahrt", "Fahrradrikscha"])
