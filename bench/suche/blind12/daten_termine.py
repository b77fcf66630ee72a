# Termine (Veranstaltungen) der erfundenen Region Landkreis Falkenried; Stichtag der Tests: 2026-11-22
TERMINE = []


def T(id, gemeinde, **kw):
    kw["id"] = id
    kw["gemeinde"] = gemeinde
    TERMINE.append(kw)


# ------------------------------------------------------------- kommende Termine
T("weihnachtsfeier-senioren-falkenried-2026", "falkenried",
  titel="Weihnachtsfeier für Seniorinnen und Senioren",
  beginn="2026-12-10 14:00", ende="2026-12-10 17:00",
  ort=("Stadthalle Falkenried", "Stadtplatz 15"),
  veranstalter="Stadt Falkenried und Seniorenbeirat",
  kurzbeschreibung="Mit Stubenmusik, Weihnachtsgeschichten, Kaffee und Plätzchen. Der Bürgerbus holt Sie auf Wunsch ab.",
  kategorien=["treffpunkte"],
  anmeldung="bis 3. Dezember im Rathaus, Telefon 09948 3317-112",
  kosten="kostenlos",
  telefon="09948 3317-112")

T("adventsfeier-seniorenclub-st-guntherried-2026", "st-guntherried",
  titel="Adventsfeier des Seniorenclubs",
  beginn="2026-12-06 14:30", ende="2026-12-06 17:30",
  ort=("Pfarrsaal St. Gunther", "Marktplatz 4"),
  veranstalter="Seniorenclub St. Guntherried",
  kurzbeschreibung="Besinnlicher Nachmittag am Nikolaustag – der Nikolaus hat seinen Besuch angekündigt.",
  kategorien=["treffpunkte"],
  telefon="09947 940-31")

T("vortrag-vorsorgevollmacht-ilzbach", "ilzbach",
  titel="Vortrag: Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung",
  beginn="2026-12-02 19:00", ende="2026-12-02 20:30",
  ort=("Generationentreff im Alten Bräuhaus", "Bräuhausgasse 3"),
  veranstalter="Betreuungsverein Falkenried e.V.",
  kurzbeschreibung="Was gilt, wenn ich nicht mehr selbst entscheiden kann? Mit Formularen zum Mitnehmen und Zeit für Fragen.",
  kategorien=["recht-finanzen"],
  kosten="kostenlos",
  telefon="09948 4410")

T("fachtag-alt-werden-daheim-2027", "region",
  titel="Fachtag „Alt werden daheim“",
  beginn="2027-03-18 09:00", ende="2027-03-18 16:00",
  ort=("Landratsamt Falkenried, Großer Sitzungssaal", "Landrat-Wimmer-Platz 1"),
  veranstalter="Landratsamt Falkenried und Arbeitskreis Soziales",
  kurzbeschreibung="Vorträge und Workshops zu Pflege, Nachbarschaftshilfe und seniorengerechtem Wohnen für Bürger, Gemeinderäte und Fachleute.",
  kategorien=["beratung"],
  anmeldung="bis 1. März per E-Mail an senioren@example.org",
  kosten="kostenlos, Mittagessen 9 €",
  email="senioren@example.org",
  text="""Wie können ältere Menschen im Landkreis Falkenried möglichst lange zu Hause leben? Der Fachtag bringt Bürgerinnen und Bürger, Gemeindevertreter, Pflegedienste, Nachbarschaftshilfen und Wohnberater zusammen.

Am Vormittag gibt es zwei Vorträge, am Nachmittag Workshops zu Fahrdiensten, Essen auf Rädern und Wohnen im Alter.""")

T("netzwerktreffen-nachbarschaftshilfen-2027", "region",
  titel="Netzwerktreffen der Nachbarschaftshilfen",
  beginn="2027-02-24 18:00", ende="2027-02-24 20:30",
  ort=("Mehrgenerationenhaus Falkenried", "Klosteranger 2"),
  veranstalter="Arbeitskreis Soziales im Landkreis Falkenried",
  kurzbeschreibung="Austausch der Einsatzleitungen und Helfer aller Nachbarschaftshilfen im Landkreis. Thema: Versicherung und Fahrten mit Privatautos.",
  kategorien=["nachbarschaftshilfe"],
  email="senioren@example.org")

T("whatsapp-kurs-baernhoefen", "baernhoefen",
  titel="WhatsApp-Kurs für Anfänger",
  beginn="2026-11-26 14:00", ende="2026-11-26 15:30",
  wiederholung="woechentlich", bis="2026-12-17",
  ort=("Rathaus Bärnhöfen, Sitzungssaal", "Hauptstraße 12"),
  veranstalter="Digitaltreff für Senioren Bärnhöfen",
  kurzbeschreibung="An vier Donnerstagen lernen Sie, Nachrichten, Fotos und Sprachnachrichten mit WhatsApp zu verschicken. Bitte eigenes Handy mitbringen.",
  kategorien=["digital"],
  anmeldung="im Rathaus, Telefon 09946 902-15",
  kosten="kostenlos")

T("seniorenfasching-zwieselbach-2027", "zwieselbach",
  titel="Seniorenfasching",
  beginn="2027-02-11 14:00", ende="2027-02-11 18:00",
  ort=("Gemeindesaal Zwieselbach", "Rathausstraße 1"),
  veranstalter="Gemeinde Zwieselbach",
  kurzbeschreibung="Am Unsinnigen Donnerstag mit Musik, Krapfen und Prämierung der schönsten Kostüme.",
  kategorien=["treffpunkte"])

T("erste-hilfe-senioren-falkenried-2027", "falkenried",
  titel="Erste Hilfe für Seniorinnen und Senioren",
  beginn="2027-01-20 09:00", ende="2027-01-20 12:00",
  ort=("Rettungswache Falkenried, Schulungsraum", "Rettungsweg 2"),
  veranstalter="Rettungs- und Sozialdienst Falkenrieder Land e.V.",
  kurzbeschreibung="Auffrischungskurs: Was tun bei Sturz, Herzinfarkt oder Schlaganfall? Mit praktischen Übungen in ruhigem Tempo.",
  anmeldung="Telefon 09948 7701-0",
  kosten="10 €")

T("pflegekurs-angehoerige-2027", "region",
  titel="Pflegekurs für pflegende Angehörige",
  beginn="2027-01-13 18:00", ende="2027-01-13 20:00",
  wiederholung="woechentlich", bis="2027-02-10",
  ort=("Sozialstation Falkenried", "Spitalstraße 12"),
  veranstalter="Sozialstation Falkenried",
  kurzbeschreibung="Fünf Abende: Lagern und Bewegen, Körperpflege im Bett, Inkontinenz, Ernährung, Entlastungsangebote.",
  kategorien=["demenz", "pflege-zuhause"],
  anmeldung="Telefon 09948 3040",
  kosten="kostenlos")

T("seniorennachmittag-kreuzoed-reihe", "kreuzoed",
  titel="Seniorennachmittag im Pfarrheim Kreuzöd",
  beginn="2026-12-08 14:00", ende="2026-12-08 16:30",
  wiederholung="monatlich", bis="2027-06-08",
  ort=("Pfarrheim Kreuzöd", "Kirchweg 2"),
  veranstalter="Pfarrgemeinderat Kreuzöd",
  kurzbeschreibung="Jeden zweiten Dienstag im Monat: Kaffee, Kuchen und ein kleines Programm.",
  kategorien=["treffpunkte"])

T("tanztee-falkenried-2026-11", "falkenried",
  titel="Tanztee für Junggebliebene",
  beginn="2026-11-29 14:30", ende="2026-11-29 17:30",
  ort=("Stadthalle Falkenried", "Stadtplatz 15"),
  veranstalter="Seniorenbeirat der Stadt Falkenried",
  kurzbeschreibung="Walzer, Foxtrott und Schlager mit dem Duo Waldklang. Auch wer allein kommt, findet einen Tanzpartner.",
  kategorien=["treffpunkte", "bewegung"],
  kosten="Eintritt 5 €")

T("rentensprechtag-dezember-2026", "region",
  titel="Rentensprechtag im Landratsamt",
  beginn="2026-12-08 09:00", ende="2026-12-08 15:30",
  ort=("Landratsamt Falkenried, Zimmer 014", "Landrat-Wimmer-Platz 1"),
  veranstalter="Versichertenberaterinnen und -berater im Landkreis Falkenried",
  kurzbeschreibung="Persönliche Beratung zu Rentenanträgen, Witwenrente und Rentenbescheiden. Nur mit Termin.",
  kategorien=["recht-finanzen"],
  anmeldung="Telefon 09948 3317-0",
  kosten="kostenlos")

T("vortrag-demenz-mauthoehe-2027", "mauthoehe",
  titel="Vergesslich oder dement? Vortrag und Gespräch",
  beginn="2027-01-27 19:00", ende="2027-01-27 20:30",
  ort=("Bürgerhaus Mauthöhe", "Rathausplatz 3"),
  veranstalter="Demenzberatung Waldland",
  kurzbeschreibung="Woran erkennt man eine beginnende Demenz, was ist normales Altern, und wo bekommen Familien Hilfe?",
  kategorien=["demenz"],
  kosten="kostenlos")

T("offene-tuer-tagespflege-sonnenhang-2027", "mauthoehe",
  titel="Tag der offenen Tür in der Tagespflege Sonnenhang",
  beginn="2027-04-17 10:00", ende="2027-04-17 16:00",
  ort=("Tagespflege Sonnenhang", "Sonnenhang 1"),
  veranstalter="Pflegedienst Sonnhalde GmbH",
  kurzbeschreibung="Räume ansehen, Mitarbeiterinnen kennenlernen, Fragen zu Kosten und Pflegekasse stellen – bei Kaffee und Kuchen.",
  kategorien=["tagespflege"])

T("seniorenkino-ilzbach", "ilzbach",
  titel="Seniorenkino im Alten Bräuhaus",
  beginn="2026-12-03 14:30", ende="2026-12-03 17:00",
  wiederholung="monatlich", bis="2027-05-06",
  ort=("Generationentreff im Alten Bräuhaus", "Bräuhausgasse 3"),
  veranstalter="Generationentreff im Alten Bräuhaus",
  kurzbeschreibung="Jeden ersten Donnerstag im Monat ein Filmklassiker auf großer Leinwand, mit Kaffee und Kuchen in der Pause.",
  kategorien=["treffpunkte"],
  kosten="3 €")

T("letzte-hilfe-kurs-2027", "region",
  titel="Letzte-Hilfe-Kurs",
  beginn="2027-01-30 09:00", ende="2027-01-30 13:00",
  ort=("Mehrgenerationenhaus Falkenried", "Klosteranger 2"),
  veranstalter="Hospizverein Falkenrieder Land e.V.",
  kurzbeschreibung="Das kleine Einmaleins der Sterbebegleitung: Was Angehörige und Freunde am Lebensende tun können.",
  kategorien=["hospiz"],
  anmeldung="Telefon 09948 8824",
  kosten="kostenlos, Spende erbeten")

T("christkindlmarkt-fahrt-oberglashuett-2026", "oberglashuett",
  titel="Seniorenfahrt zum Christkindlmarkt",
  beginn="2026-12-12 13:00", ende="2026-12-12 18:30",
  ort=("Abfahrt am Hüttenplatz", "Hüttenplatz 1"),
  veranstalter="Dorfgemeinschaft Oberglashütt e.V.",
  kurzbeschreibung="Mit dem Bus zum Christkindlmarkt nach Deggenau. Rollatoren können mitgenommen werden.",
  kategorien=["treffpunkte"],
  anmeldung="bis 5. Dezember bei Walburga Stöckl, Telefon 09944 310",
  kosten="12 € für die Busfahrt")

T("neujahrsempfang-senioren-frauenreut-2027", "frauenreut",
  titel="Neujahrsempfang für Seniorinnen und Senioren",
  beginn="2027-01-10 15:00", ende="2027-01-10 17:30",
  ort=("Gasthaus Kronawitter", "Dorfplatz 4"),
  veranstalter="Gemeinde Frauenreut",
  kurzbeschreibung="Der Bürgermeister lädt alle Frauenreuter ab 70 zu Kaffee, Kuchen und einem Rückblick auf das vergangene Jahr ein.",
  kategorien=["treffpunkte"])

T("weihnachtsfeier-seniorenkreis-hofstetten-2026", "hofstetten",
  titel="Weihnachtsfeier des Seniorenkreises",
  beginn="2026-12-13 14:00", ende="2026-12-13 17:00",
  ort=("Pfarrheim Hofstetten", "Kirchgasse 1"),
  veranstalter="Pfarrei St. Jakob Hofstetten",
  kurzbeschreibung="Gemeinsame Feier am dritten Advent mit Kinderchor und Bescherung.",
  kategorien=["treffpunkte"])

T("vortrag-enkeltrick-wolfsried", "wolfsried",
  titel="Vorsicht Betrug! Enkeltrick, Schockanrufe und falsche Polizisten",
  beginn="2026-12-01 14:30", ende="2026-12-01 16:00",
  ort=("Feuerwehrhaus Wolfsried", "Feuerwehrweg 2"),
  veranstalter="Seniorentreff Wolfsried",
  kurzbeschreibung="Die Seniorensicherheitsberater erklären, wie Betrüger am Telefon und an der Haustür vorgehen und wie man sich schützt.",
  kategorien=["hausnotruf"],
  kosten="kostenlos")

T("vortrag-pflegegrad-schoenreut-2027", "schoenreut",
  titel="Pflegegrad beantragen – wie geht das?",
  beginn="2027-01-14 19:00", ende="2027-01-14 20:30",
  ort=("Pfarrsaal Schönreut", "Kirchberg 1"),
  veranstalter="Pflegestützpunkt Landkreis Falkenried",
  kurzbeschreibung="Infoabend: vom Antrag bei der Pflegekasse über den Besuch des Gutachters bis zum Bescheid und Widerspruch.",
  kategorien=["beratung"],
  kosten="kostenlos")

T("gedaechtnistraining-schnupperstunde-hofstetten", "hofstetten",
  titel="Gedächtnistraining zum Ausprobieren",
  beginn="2026-11-25 10:00", ende="2026-11-25 11:30",
  ort=("Gemeindebücherei Hofstetten", "Hauptstraße 18"),
  veranstalter="Gemeindebücherei Hofstetten",
  kurzbeschreibung="Eine Schnupperstunde mit Rätseln, Wortspielen und Übungen für das Gedächtnis.",
  kategorien=["bewegung"],
  kosten="kostenlos")

T("adventssingen-st-guntherried-2026", "st-guntherried",
  titel="Adventssingen in der Wallfahrtskirche",
  beginn="2026-12-19 17:00", ende="2026-12-19 18:30",
  ort=("Wallfahrtskirche St. Gunther", "Wallfahrtsweg 1"),
  veranstalter="Heimat- und Trachtenverein St. Guntherried",
  kurzbeschreibung="Volksmusik, Stubenmusik und Adventslieder mit Sängern und Musikanten aus dem Landkreis.",
  kategorien=["treffpunkte"],
  kosten="freiwillige Spende")

T("smartphone-kurs-vhs-falkenried-2027", "falkenried",
  titel="Smartphone-Kurs für Einsteiger",
  beginn="2027-01-18 09:30", ende="2027-01-18 11:30",
  wiederholung="woechentlich", bis="2027-02-08",
  ort=("Volkshochschule Falkenried", "Schulstraße 8"),
  veranstalter="Volkshochschule Falkenrieder Land",
  kurzbeschreibung="Vier Vormittage für Android-Handys: Einstellungen, Telefonieren, Fotos, Apps und Sicherheit.",
  kategorien=["digital"],
  anmeldung="bei der VHS, Telefon 09948 2290",
  kosten="32 €")

T("infonachmittag-hausnotruf-zwieselbach-2027", "zwieselbach",
  titel="Infonachmittag Hausnotruf",
  beginn="2027-03-10 14:00", ende="2027-03-10 16:00",
  ort=("Gemeindesaal Zwieselbach", "Rathausstraße 1"),
  veranstalter="Seniorenbeirat Zwieselbach",
  kurzbeschreibung="Anbieter stellen Hausnotrufgeräte vor; der Pflegestützpunkt erklärt, wann die Pflegekasse zahlt.",
  kategorien=["hausnotruf"],
  kosten="kostenlos")

# ------------------------------------------------------------- vergangene Termine
T("netzwerktreffen-nachbarschaftshilfen-2026", "region",
  titel="Netzwerktreffen der Nachbarschaftshilfen",
  beginn="2026-11-10 18:00", ende="2026-11-10 20:30",
  ort=("Rathaus Markt Ilzbach", "Marktplatz 1"),
  veranstalter="Arbeitskreis Soziales im Landkreis Falkenried",
  kurzbeschreibung="Herbsttreffen der Nachbarschaftshilfen: Gewinnung neuer Ehrenamtlicher.",
  kategorien=["nachbarschaftshilfe"])

T("vortrag-patientenverfuegung-falkenried-2026", "falkenried",
  titel="Vortrag: Patientenverfügung und Vorsorgevollmacht",
  beginn="2026-10-15 19:00", ende="2026-10-15 20:30",
  ort=("Mehrgenerationenhaus Falkenried", "Klosteranger 2"),
  veranstalter="Betreuungsverein Falkenried e.V.",
  kurzbeschreibung="Informationsabend zur rechtlichen Vorsorge.",
  kategorien=["recht-finanzen"])

T("offene-tuer-tagespflege-ilzblick-2026", "ilzbach",
  titel="Tag der offenen Tür in der Tagespflege Ilzblick",
  beginn="2026-11-14 10:00", ende="2026-11-14 15:00",
  ort=("Haus Ilzblick", "Ilzufer 10"),
  veranstalter="Ev. Sozialverein Ilzbach e.V.",
  kurzbeschreibung="Führungen durch die Tagespflege, Beratung zu Kosten.",
  kategorien=["tagespflege"])

T("weihnachtsfeier-senioren-falkenried-2025", "falkenried",
  titel="Weihnachtsfeier für Seniorinnen und Senioren",
  beginn="2025-12-11 14:00", ende="2025-12-11 17:00",
  ort=("Stadthalle Falkenried", "Stadtplatz 15"),
  veranstalter="Stadt Falkenried und Seniorenbeirat",
  kurzbeschreibung="Mit dem Kirchenchor St. Michael, Kaffee und Plätzchen.",
  kategorien=["treffpunkte"])

T("vortrag-grundsicherung-zwieselbach-2026", "zwieselbach",
  titel="Die Rente reicht nicht? Grundsicherung im Alter",
  beginn="2026-11-05 19:00", ende="2026-11-05 20:30",
  ort=("Gemeindesaal Zwieselbach", "Rathausstraße 1"),
  veranstalter="Katholischer Sozialdienst Falkenried e.V.",
  kurzbeschreibung="Wer hat Anspruch auf Grundsicherung, Wohngeld und andere Hilfen?",
  kategorien=["recht-finanzen"])

T("seniorenausflug-kloster-mariental-2026", "st-guntherried",
  titel="Seniorenausflug zum Kloster Mariental",
  beginn="2026-09-17 08:00", ende="2026-09-17 18:00",
  ort=("Abfahrt am Marktplatz", "Marktplatz 2"),
  veranstalter="Seniorenclub St. Guntherried",
  kurzbeschreibung="Tagesausflug mit Führung und Mittagessen.",
  kategorien=["treffpunkte"])

T("tanztee-falkenried-2026-10", "falkenried",
  titel="Tanztee für Junggebliebene",
  beginn="2026-10-25 14:30", ende="2026-10-25 17:30",
  ort=("Stadthalle Falkenried", "Stadtplatz 15"),
  veranstalter="Seniorenbeirat der Stadt Falkenried",
  kurzbeschreibung="Tanznachmittag mit Live-Musik.",
  kategorien=["treffpunkte", "bewegung"],
  kosten="Eintritt 5 €")
