#!/usr/bin/env python3
"""Schreibt anfragen.json (blind12: Spracheingabe und Diktat älterer Menschen)."""
import json, os

HIER = os.path.dirname(os.path.abspath(__file__))

TAGESPFLEGEN = ["tagespflege-am-stadtpark", "tagespflege-haus-am-bach", "seniorenzentrum-st-gunther",
                "tagespflege-sonnenhang", "tagespflege-altes-schulhaus", "tagespflege-ilzblick", "tagespflege-wolfsbach"]
KURZZEIT = ["kurzzeitpflege-boerse", "kurzzeitpflege-haus-mauthoehe", "seniorenzentrum-st-gunther",
            "seniorenheim-st-elisabeth", "haus-ilzblick-pflegeheim", "seniorenheim-glasmacherhof"]
HEIME = ["seniorenheim-st-elisabeth", "seniorenzentrum-st-gunther", "pflegeheim-waldesruh",
         "seniorenheim-glasmacherhof", "haus-ilzblick-pflegeheim"]
LIEFERESSEN = ["essen-auf-raedern-bayerwald", "essen-auf-raedern-metzgerei-kiefl", "mahlzeitendienst-ilzblick",
               "essen-auf-raedern-wolfsried"]
NOTRUF = ["hausnotruf-sozialdienst", "hausnotruf-mobilruf-waldland", "hausnotruf-sozialstation-ilzbach"]

A = []


def q(art, text, angebote=(), termine=()):
    A.append({"q": text, "art": art,
              "erwartet": [f"angebote/{a}/" for a in angebote] + [f"termine/{t}/" for t in termine]})


# ---------------------------------------------------------------- diktat-satz
k = "diktat-satz"
q(k, "ich bräuchte bitte jemand der mir beim Einkaufen hilft in Bärnhöfen",
  ["nachbarschaftshilfe-baernhoefen", "alltagshelfer-waldland", "lieferservice-frischemarkt-gruber"])
q(k, "Wo gibt es in Zwieselbach eine Tagespflege für meine Mutter?", ["tagespflege-sonnenhang"])
q(k, "meine Frau ist dement und ich weiß nicht mehr weiter was kann ich tun",
  ["demenzberatung-waldland", "fachstelle-pflegende-angehoerige", "pflegestuetzpunkt-landkreis",
   "gespraechskreis-angehoerige-demenz", "cafe-vergissmeinnicht"])
q(k, "Ich möchte gern ein warmes Mittagessen nach Hause gebracht bekommen in Ilzbach.",
  ["mahlzeitendienst-ilzblick", "essen-auf-raedern-metzgerei-kiefl"])
q(k, "gibt es hier irgendwo einen Bus der mich zum Arzt fährt ich wohne in Wolfsried", ["buergerbus-wolfsried"])
q(k, "mein Vater ist gestürzt und liegt allein zu Hause was gibt es da für so einen Notknopf", NOTRUF)
q(k, "Ich suche jemanden der mir mit dem Handy hilft, ich komme mit WhatsApp nicht zurecht.",
  ["handysprechstunde-stadtbuecherei", "smartphone-sprechstunde-ilzbach", "smartphonehilfe-jung-hilft-alt",
   "digitaltreff-baernhoefen"], ["whatsapp-kurs-baernhoefen", "smartphone-kurs-vhs-falkenried-2027"])
q(k, "wie beantrage ich einen Pflegegrad für meinen Mann", ["pflegestuetzpunkt-landkreis"],
  ["vortrag-pflegegrad-schoenreut-2027"])
q(k, "meine Mutter kommt nächste Woche aus dem Krankenhaus und braucht für ein paar Wochen einen Pflegeplatz", KURZZEIT)
q(k, "Ich bin viel allein und hätte gern jemand zum Reden.",
  ["plaudertelefon", "besuchsdienst-pfarrei-st-michael", "besuchsdienst-zwieselbach", "besuchsdienst-kreuzoed"])

# ---------------------------------------------------------------- diktat-getrennt
k = "diktat-getrennt"
q(k, "Tages Pflege Ilzbach", ["tagespflege-ilzblick"])
q(k, "Nachbarschafts Hilfe Hofstetten", ["nachbarschaftshilfe-hofstetten"])
q(k, "Essen auf Räder", LIEFERESSEN)
q(k, "Kurz Zeit Pflege", KURZZEIT)
q(k, "Senioren Nachmittag Zwieselbach", ["seniorennachmittag-zwieselbach"])
q(k, "Bürger Bus Falkenried", ["buergerbus-falkenried"])
q(k, "Haus Not Ruf Ilzbach", NOTRUF)
q(k, "Wasser Gymnastik", ["wassergymnastik-hallenbad"])
q(k, "Betreutes wohnen Frauen reut", ["betreutes-wohnen-dorfplatz-frauenreut"])
q(k, "Smart Phone Kurs", ["vhs-kurse-60plus"], ["smartphone-kurs-vhs-falkenried-2027", "whatsapp-kurs-baernhoefen"])

# ---------------------------------------------------------------- diktat-zusammen
k = "diktat-zusammen"
q(k, "Essenaufrädern Falkenried", ["essen-auf-raedern-bayerwald"])
q(k, "Senioren-Nachmittag Kreuzöd", ["seniorennachmittag-kreuzoed"], ["seniorennachmittag-kreuzoed-reihe"])
q(k, "Hausnotrufgerät", NOTRUF)
q(k, "Nachbarschaftshilfeschönreut", ["nachbarschaftshilfe-schoenreut"])
q(k, "Tagespflegeplatz", TAGESPFLEGEN)
q(k, "Seniorengymnastik-Bärnhöfen", ["gymnastik-fuer-aeltere-baernhoefen"])
q(k, "Mittagstischmauthöhe", ["mittagstisch-dorfladen-mauthoehe"])
q(k, "Handykurs", ["vhs-kurse-60plus"], ["whatsapp-kurs-baernhoefen", "smartphone-kurs-vhs-falkenried-2027"])
q(k, "Demenz-Café", ["cafe-vergissmeinnicht"])
q(k, "Alltags-Hilfe", ["alltagshelfer-waldland", "dorfhelfer-frauenreut", "nachbarschaftshilfe-zwieselbach"])

# ---------------------------------------------------------------- hoerfehler
k = "hoerfehler"
q(k, "Tages flege Wolfsried", ["tagespflege-wolfsbach", "tagespflege-altes-schulhaus", "seniorenzentrum-st-gunther"])
q(k, "Haus Notruf", NOTRUF)
q(k, "Mittags Tisch Schönreut", ["mittagstisch-pfarrsaal-schoenreut"])
q(k, "Pflege Stütz Punkt", ["pflegestuetzpunkt-landkreis"])
q(k, "Fahrt Dienst Mauthöhe", ["fahrdienst-mauthoehe", "rufbus-guntherrieder-land"])
q(k, "Nachbar schafft Hilfe Zwieselbach", ["nachbarschaftshilfe-zwieselbach"])
q(k, "Hospitz Verein", ["hospizverein-falkenrieder-land", "hospizgruppe-ilzbach"])
q(k, "Essen auf rätern", LIEFERESSEN)
q(k, "Joga auf dem Stuhl", ["yoga-auf-dem-stuhl-zwieselbach"])
q(k, "Kneip Verein Wasser treten", ["kneippverein-st-guntherried"])

# ---------------------------------------------------------------- zahlen-gesprochen
k = "zahlen-gesprochen"
q(k, "Pflegegrad zwei was steht mir zu", ["pflegestuetzpunkt-landkreis"])
q(k, "Pflegegrad 2 Haushaltshilfe", ["alltagshelfer-waldland", "pflegedienst-sonnhalde"])
q(k, "Gymnastik ab siebzig",
  ["gymnastik-frauenreut", "seniorengymnastik-tv-falkenried", "gymnastik-fuer-aeltere-baernhoefen",
   "gymnastik-oberglashuett", "gymnastik-hofstetten", "sitzgymnastik-schoenreut"])
q(k, "Sechzig plus Wassergymnastik", ["wassergymnastik-hallenbad"])
q(k, "Entlastungsbetrag hunderteinunddreißig Euro", ["alltagshelfer-waldland", "pflegestuetzpunkt-landkreis", "betreuungsgruppe-demenz-zwieselbach"])
q(k, "Paragraf 37 Beratungsbesuch", ["sozialstation-falkenried", "ambulante-pflege-hilfswerk-baernhoefen"])
q(k, "Tagespflege fünf Tage die Woche Falkenried", ["tagespflege-am-stadtpark", "tagespflege-haus-am-bach"])
q(k, "ab Pflegegrad eins Putzhilfe", ["alltagshelfer-waldland"])
q(k, "Seniorennachmittag erster Donnerstag", ["seniorennachmittag-pfarrheim-baernhoefen"])
q(k, "Weihnachtsfeier zehnter Dezember", [], ["weihnachtsfeier-senioren-falkenried-2026"])

# ---------------------------------------------------------------- ortsname-gesprochen
k = "ortsname-gesprochen"
q(k, "Nachbarschaftshilfe Baernhoefen", ["nachbarschaftshilfe-baernhoefen"])
q(k, "Seniorenheim Sankt Gunther", ["seniorenzentrum-st-gunther"])
q(k, "Tagespflege Bärn Höfen", ["tagespflege-haus-am-bach", "tagespflege-am-stadtpark", "seniorenzentrum-st-gunther"])
q(k, "pflegedienst schoenreut", ["haeusliche-pflege-waldblick", "ambulante-pflege-hilfswerk-baernhoefen"])
q(k, "Mittagstisch Maut Höhe", ["mittagstisch-dorfladen-mauthoehe"])
q(k, "Ober Glashütte Seniorenheim", ["seniorenheim-glasmacherhof"])
q(k, "Kreuz öd Fahrdienst", ["fahrdienst-kreuzoed"])
q(k, "Sankt Günther Ried Bus", ["rufbus-guntherrieder-land"])
q(k, "Markt Ilz Bach Bürgerbus", ["marktbus-ilzbach"])
q(k, "hofstätten im wald essen",
  ["mittagstisch-hofstetten", "mahlzeitendienst-ilzblick", "essen-auf-raedern-bayerwald"])

# ---------------------------------------------------------------- umgangssprache
k = "umgangssprache"
q(k, "Altenheim Falkenried", ["seniorenheim-st-elisabeth"])
q(k, "Schwester kommt ins Haus Zwieselbach", ["krankenpflegestation-zwieselbach", "pflegedienst-sonnhalde"])
q(k, "Brotzeit und Ratsch für Senioren",
  ["seniorenstammtisch-glasmacherhaus", "seniorennachmittag-stadt-falkenried", "seniorentreff-mauthoehe",
   "singen-und-musizieren-st-guntherried", "kaffeerunde-frauenreut"])
q(k, "Kaffeekränzchen Frauenreut", ["kaffeerunde-frauenreut", "seniorennachmittag-frauenreut"])
q(k, "Hoagascht", ["singen-und-musizieren-st-guntherried"], ["adventssingen-st-guntherried-2026"])
q(k, "Karteln Senioren", ["seniorentreff-mauthoehe", "seniorentreff-altes-rathaus", "seniorenclub-st-guntherried"])
q(k, "Vormund für die Mama", ["betreuungsverein-falkenried"])
q(k, "Heimplatz für die Oma", HEIME)
q(k, "Rentnertreff Wolfsried", ["seniorentreff-wolfsried"])
q(k, "Stammtisch für Rentner", ["seniorenstammtisch-glasmacherhaus"])

# ---------------------------------------------------------------- hoeflich
k = "hoeflich"
q(k, "Können Sie mir sagen wo es einen Fahrdienst gibt in Kreuzöd", ["fahrdienst-kreuzoed"])
q(k, "Guten Tag, ich hätte gern die Telefonnummer vom Pflegestützpunkt.", ["pflegestuetzpunkt-landkreis"])
q(k, "Wäre es möglich dass mir jemand Essen bringt, ich wohne in Schönreut", ["essen-auf-raedern-metzgerei-kiefl"])
q(k, "Bitte wo finde ich eine Sterbebegleitung für meinen Vater",
  ["hospizverein-falkenrieder-land", "hospizgruppe-ilzbach", "palliativteam-bayerwald"])
q(k, "Entschuldigung, gibt es in Hofstetten eine Gymnastik für ältere Leute?", ["gymnastik-hofstetten"])
q(k, "Könnten Sie mir bitte helfen, ich suche eine Wohnberatung", ["wohnberatung-landratsamt", "wohnungsanpassung-hofstetten"])
q(k, "Grüß Gott, wann ist denn der nächste Rentensprechtag?", ["rentensprechtag-versichertenberater"],
  ["rentensprechtag-dezember-2026"])
q(k, "Ich würde gerne wissen, wo meine Mutter tagsüber betreut werden kann, sie wohnt in Frauenreut.",
  ["tagespflege-altes-schulhaus"])
q(k, "Darf ich fragen ob es in Oberglashütt eine Nachbarschaftshilfe gibt", ["nachbarschaftshilfe-oberglashuett"])
q(k, "Sehr geehrte Damen und Herren, ich suche einen Pflegedienst in Wolfsried",
  ["pflegedienst-wolfsbachtal", "ev-sozialstation-ilzbach", "sozialstation-st-guntherried", "pflegedienst-hofstetten"])

# ---------------------------------------------------------------- tippfehler
k = "tippfehler"
q(k, "nachbarschaftshile ilzbach", ["nachbarschaftshilfe-ilzbach"])
q(k, "tagespfelge falkenreid", ["tagespflege-am-stadtpark", "tagespflege-haus-am-bach"])
q(k, "hausnotrf", NOTRUF)
q(k, "essen auf räderm", LIEFERESSEN)
q(k, "pflegestützpunkr", ["pflegestuetzpunkt-landkreis"])
q(k, "seniorenachmittag bärnhöfen", ["seniorennachmittag-pfarrheim-baernhoefen"])
q(k, "smartphome hilfe",
  ["smartphonehilfe-jung-hilft-alt", "handysprechstunde-stadtbuecherei", "smartphone-sprechstunde-ilzbach",
   "digitaltreff-baernhoefen"])
q(k, "demnz beratung", ["demenzberatung-waldland"])
q(k, "bürgerbus wolfsreid", ["buergerbus-wolfsried"])
q(k, "kurzzeitplfege st guntherried", ["seniorenzentrum-st-gunther"])

# ---------------------------------------------------------------- termin
k = "termin"
q(k, "Weihnachtsfeier Senioren Dezember", [],
  ["weihnachtsfeier-senioren-falkenried-2026", "weihnachtsfeier-seniorenkreis-hofstetten-2026",
   "adventsfeier-seniorenclub-st-guntherried-2026"])
q(k, "Vortrag Vorsorge", [], ["vortrag-vorsorgevollmacht-ilzbach"])
q(k, "Fasching für Senioren", [], ["seniorenfasching-zwieselbach-2027"])
q(k, "Erste Hilfe Kurs", [], ["erste-hilfe-senioren-falkenried-2027"])
q(k, "Tanztee", [], ["tanztee-falkenried-2026-11"])
q(k, "Vortrag Demenz Januar", [], ["vortrag-demenz-mauthoehe-2027"])
q(k, "Kino für Senioren Ilzbach", [], ["seniorenkino-ilzbach"])
q(k, "Veranstaltungen Hofstetten", [],
  ["weihnachtsfeier-seniorenkreis-hofstetten-2026", "gedaechtnistraining-schnupperstunde-hofstetten"])
q(k, "Christkindlmarkt Ausflug", [], ["christkindlmarkt-fahrt-oberglashuett-2026"])
q(k, "Enkeltrick Vortrag", ["seniorensicherheitsberater-zwieselbach"], ["vortrag-enkeltrick-wolfsried"])

# ---------------------------------------------------------------- mehrere-woerter
k = "mehrere-woerter"
q(k, "Fahrdienst Arzt Bärnhöfen", ["fahrdienst-arztbesuche-baernhoefen", "nachbarschaftshilfe-baernhoefen"])
q(k, "Demenz Angehörige Gesprächskreis", ["gespraechskreis-angehoerige-demenz"])
q(k, "Wohnung umbauen Bad", ["wohnberatung-landratsamt", "wohnungsanpassung-hofstetten"])
q(k, "Rollstuhl Fahrt", ["rollstuhlfahrdienst-bayerwald"])
q(k, "Trauer Gruppe", ["trauercafe-lichtblick", "hospizverein-falkenrieder-land", "hospizgruppe-ilzbach"])
q(k, "Schnee räumen Hilfe", ["nachbarschaftshilfe-schoenreut", "nachbarschaftshilfe-wolfsried"])
q(k, "Mittagessen Senioren Hofstetten",
  ["mittagstisch-hofstetten", "mahlzeitendienst-ilzblick", "essen-auf-raedern-bayerwald"])
q(k, "Computer Hilfe Zwieselbach", ["pc-internet-stammtisch-zwieselbach"])
q(k, "Sturz vorbeugen Kurs", ["trittsicher-kurs-ilzbach"])
q(k, "betreutes Wohnen Falkenried", ["betreutes-wohnen-klosteranger"])

# ---------------------------------------------------------------- exakt
k = "exakt"
q(k, "Café Vergissmeinnicht", ["cafe-vergissmeinnicht"])
q(k, "Mia helfan zam", ["nachbarschaftshilfe-schoenreut"])
q(k, "Tagespflege Sonnenhang", ["tagespflege-sonnenhang"], ["offene-tuer-tagespflege-sonnenhang-2027"])
q(k, "Plaudertelefon", ["plaudertelefon"])
q(k, "Bücher auf Rädern", ["buecher-auf-raedern-hofstetten"])
q(k, "Fachtag Alt werden daheim", [], ["fachtag-alt-werden-daheim-2027"])
q(k, "Letzte-Hilfe-Kurs", ["hospizverein-falkenrieder-land"], ["letzte-hilfe-kurs-2027"])
q(k, "Hausnotruf und Sicherheit", NOTRUF + ["seniorensicherheitsberater-zwieselbach"])
q(k, "Seniorenzentrum St. Gunther", ["seniorenzentrum-st-gunther"])
q(k, "Trittsicher", ["trittsicher-kurs-ilzbach"])

# ---------------------------------------------------------------- synonym
k = "synonym"
q(k, "Putzfrau", ["alltagshelfer-waldland", "pflegedienst-sonnhalde"])
q(k, "Sozialhilfe im Alter", ["sozialberatung-schulden"])
q(k, "Seniorenresidenz", ["betreutes-wohnen-klosteranger", "betreutes-wohnen-dorfplatz-frauenreut",
                          "seniorenwohnanlage-schoenreut"])
q(k, "Sammeltaxi", ["rufbus-guntherrieder-land"])
q(k, "Fußpflege daheim", ["mobile-fusspflege-hofstetten"])
q(k, "Enkel per Video anrufen lernen", ["tablet-kurs-oberglashuett"])
q(k, "Betrüger am Telefon", ["seniorensicherheitsberater-zwieselbach"], ["vortrag-enkeltrick-wolfsried"])
q(k, "Schmerztherapie zu Hause unheilbar krank", ["palliativteam-bayerwald", "hospizverein-falkenrieder-land"])
q(k, "Hinterbliebenenrente", ["rentensprechtag-versichertenberater"], ["rentensprechtag-dezember-2026"])
q(k, "Alzheimer WG", ["demenz-wg-ilzbach"])

ERKLAERUNG = (
    "Blinder Testsatz blind12 für die Suche des Seniorenwegweisers, Region: erfundener Landkreis Falkenried "
    "(Niederbayern, Bayerischer Wald), Inhalt in bench/suche/blind12/region. Thema: Anfragen, wie ältere Menschen "
    "sie mit der Diktierfunktion (Spracheingabe) am Handy erzeugen oder nach dem Hören eines Wortes eintippen – "
    "ganze gesprochene Sätze, von der Spracherkennung getrennte oder zusammengezogene Wörter, Hörfehler, "
    "gesprochene Zahlen, falsch geschriebene Ortsnamen, Umgangssprache und Bairisch, höfliche Fragen, Tippfehler, "
    "Termine, Mehrwortanfragen, exakte Titel und Synonyme (je 10 Anfragen). 'erwartet' nennt alle Einträge, die "
    "ein vernünftiger Mensch unter den ersten fünf Treffern akzeptieren würde; vergangene Termine (vor dem "
    "2026-11-22) werden nie erwartet. Geschrieben ohne Kenntnis des Suchcodes."
)

with open(os.path.join(HIER, "anfragen.json"), "w", encoding="utf-8") as f:
    json.dump({"erklaerung": ERKLAERUNG, "heute": "2026-11-22", "anfragen": A}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(A), "Anfragen geschrieben")
