# Erfundene Region: Landkreis Falkenried (Niederbayern, Bayerischer Wald)
from daten_angebote import ANGEBOTE
from daten_termine import TERMINE

REGION = {
    "titel": "Seniorenwegweiser Landkreis Falkenried",
    "region": "Landkreis Falkenried",
    "beschreibung": "Hilfe, Pflege, Beratung und Begegnung für ältere Menschen in den zwölf Städten, Märkten und Gemeinden des Landkreises Falkenried im Bayerischen Wald.",
    "basis_url": "https://example.org/seniorenwegweiser-falkenried/",
    "sprache": "de",
    "zeitzone": "Europe/Berlin",
    "herausgeber": {
        "name": "Landratsamt Falkenried – Fachstelle Senioren und Pflege",
        "adresse": {"strasse": "Landrat-Wimmer-Platz 1", "plz": "94710", "ort": "Falkenried"},
        "email": "senioren@example.org",
        "telefon": "09948 3317-240",
    },
    "grundversorgung": ["pflege-zuhause", "essen", "nachbarschaftshilfe", "fahrdienste", "hausnotruf", "beratung"],
    "pruefintervall_monate": 12,
}

KATEGORIEN = [
    {"id": "beratung", "name": "Beratung und Pflegestützpunkt",
     "beschreibung": "Unabhängige Beratung rund um Pflege, Hilfen im Alter und Anträge.",
     "suchbegriffe": ["Pflegeberatung", "Seniorenberatung", "Anlaufstelle", "Pflegegrad beantragen"]},
    {"id": "pflege-zuhause", "name": "Ambulante Pflege",
     "beschreibung": "Pflegedienste und Sozialstationen, die zu Ihnen nach Hause kommen.",
     "suchbegriffe": ["Pflegedienst", "Sozialstation", "Krankenpflege", "häusliche Pflege"],
     "pflichtfelder": ["telefon"]},
    {"id": "tagespflege", "name": "Tagespflege",
     "beschreibung": "Tagsüber gut betreut, abends wieder daheim."},
    {"id": "kurzzeitpflege", "name": "Kurzzeit- und Verhinderungspflege",
     "beschreibung": "Pflege für einige Wochen, etwa nach dem Krankenhaus oder wenn Angehörige Urlaub brauchen.",
     "suchbegriffe": ["Urlaubspflege", "Pflege nach Krankenhaus"]},
    {"id": "pflegeheim", "name": "Pflegeheime und Seniorenheime",
     "beschreibung": "Stationäre Pflege, wenn es zu Hause nicht mehr geht.",
     "suchbegriffe": ["Seniorenheim", "Pflegeplatz", "vollstationär"]},
    {"id": "essen", "name": "Essen auf Rädern und Mittagstisch",
     "beschreibung": "Warmes Essen ins Haus gebracht oder gemeinsam am Tisch.",
     "suchbegriffe": ["Mahlzeitendienst", "Menüservice", "Mittagessen"]},
    {"id": "nachbarschaftshilfe", "name": "Nachbarschaftshilfen",
     "beschreibung": "Ehrenamtliche Helferinnen und Helfer für die kleinen Dinge im Alltag."},
    {"id": "haushalt", "name": "Haushalt und Alltagshilfe",
     "beschreibung": "Hilfe beim Putzen, Waschen, Einkaufen und im Garten.",
     "suchbegriffe": ["Haushaltshilfe", "Putzhilfe", "Entlastungsbetrag"]},
    {"id": "fahrdienste", "name": "Fahr- und Begleitdienste",
     "beschreibung": "Fahrten zum Arzt, zum Einkaufen und zu Behörden, Bürgerbusse.",
     "suchbegriffe": ["Rufbus", "Begleitung zum Arzt", "Mitfahrgelegenheit"]},
    {"id": "hausnotruf", "name": "Hausnotruf und Sicherheit",
     "beschreibung": "Sicher allein leben: Notrufgeräte und Rat gegen Betrug.",
     "suchbegriffe": ["Notrufknopf", "Notrufarmband"]},
    {"id": "demenz", "name": "Demenz und pflegende Angehörige",
     "beschreibung": "Gruppen, Cafés und Beratung für Menschen mit Demenz und ihre Familien."},
    {"id": "treffpunkte", "name": "Seniorentreffs und Geselligkeit",
     "beschreibung": "Seniorennachmittage, Stammtische, Clubs und Ausflüge."},
    {"id": "bewegung", "name": "Bewegung und Gesundheit",
     "beschreibung": "Gymnastik, Wandern, Tanz und Kurse zur Sturzvorbeugung.",
     "suchbegriffe": ["Sport", "Turnen", "Fitness"]},
    {"id": "digital", "name": "Smartphone, Computer und Internet",
     "beschreibung": "Geduldige Hilfe mit Handy, Tablet und Computer.",
     "suchbegriffe": ["Handy", "Tablet", "WhatsApp", "Internet"]},
    {"id": "besuchsdienste", "name": "Besuchsdienste und Telefonkontakte",
     "beschreibung": "Jemand kommt vorbei oder ruft an – gegen das Alleinsein."},
    {"id": "wohnen", "name": "Wohnen im Alter",
     "beschreibung": "Betreutes Wohnen, Wohngemeinschaften und Beratung zum Umbau der Wohnung.",
     "suchbegriffe": ["Wohnraumanpassung", "barrierefreier Umbau", "Seniorenwohnung"]},
    {"id": "hospiz", "name": "Hospiz, Palliativ und Trauer",
     "beschreibung": "Begleitung am Lebensende und in der Trauer."},
    {"id": "recht-finanzen", "name": "Rente, Geld und Vorsorge",
     "beschreibung": "Hilfe bei Rente, Grundsicherung, Vollmachten und Verfügungen.",
     "suchbegriffe": ["Rentenantrag", "Grundsicherung", "Vorsorgevollmacht", "Patientenverfügung"]},
]

GEMEINDEN = [
    {"id": "falkenried", "name": "Falkenried", "landkreis": "Falkenried", "plz": ["94710"], "einwohner": 17420,
     "ansprechpartner": [{"name": "Gertraud Huber-Lindner", "rolle": "Seniorenbeauftragte der Stadt", "telefon": "09948 3317-112", "email": "seniorenbeauftragte-falkenried@example.org"}],
     "text": """Die Große Kreisstadt Falkenried ist Sitz des Landratsamts und hat die meisten Angebote im Landkreis: zwei Pflegedienste, eine Tagespflege am Stadtpark, das Seniorenheim St. Elisabeth, den Bürgerbus und das Mehrgenerationenhaus am Klosteranger.

Viele Angebote für den ganzen Landkreis – der Pflegestützpunkt, die Wohnberatung, der Rentensprechtag – haben ihre Räume im Landratsamt am Landrat-Wimmer-Platz."""},
    {"id": "baernhoefen", "name": "Bärnhöfen", "landkreis": "Falkenried", "plz": ["94712"], "einwohner": 3810,
     "ansprechpartner": [{"name": "Alois Kerschbaumer", "rolle": "Seniorenbeauftragter", "telefon": "09946 902-15", "email": "senioren-baernhoefen@example.org"}],
     "text": """Bärnhöfen liegt an der Staatsstraße zwischen Falkenried und dem Grenzkamm. Zur Gemeinde gehören auch die Ortsteile Unterbärnhöfen, Grubhäuser und Lohwies.

Im Pfarrheim treffen sich die Senioren jeden Monat, die Nachbarschaftshilfe fährt auch in die Ortsteile."""},
    {"id": "schoenreut", "name": "Schönreut am Wald", "landkreis": "Falkenried", "plz": ["94714"], "einwohner": 2960,
     "ansprechpartner": [{"name": "Rosa Brunnhuber", "rolle": "Seniorenbeauftragte", "telefon": "09945 8810", "email": "senioren-schoenreut@example.org"}],
     "text": """Schönreut am Wald ist ein Erholungsort mit vielen kleinen Weilern. Die Nachbarschaftshilfe „Mia helfan zam“ ist hier besonders rührig."""},
    {"id": "st-guntherried", "name": "St. Guntherried", "landkreis": "Falkenried", "plz": ["94716"], "einwohner": 5240,
     "ansprechpartner": [{"name": "Josef Altmannsberger", "rolle": "Seniorenbeauftragter des Marktes", "telefon": "09947 940-31", "email": "senioren-guntherried@example.org"},
                         {"name": "Monika Penzkofer", "rolle": "Quartiersmanagerin", "telefon": "09947 940-35", "email": "quartier-guntherried@example.org"}],
     "text": """Der Wallfahrtsort St. Guntherried (im Volksmund „Sankt Gunther“) hat mit dem Seniorenzentrum St. Gunther ein Haus mit Pflegeheim, Kurzzeitpflege und Tagespflege unter einem Dach.

Der Rufbus „Guntherrieder Land“ verbindet die Ortsteile mit dem Markt."""},
    {"id": "mauthoehe", "name": "Mauthöhe", "landkreis": "Falkenried", "plz": ["94718"], "einwohner": 2410,
     "ansprechpartner": [{"name": "Brigitte Sagmeister", "rolle": "Seniorenbeauftragte", "telefon": "09949 1204", "email": "senioren-mauthoehe@example.org"}],
     "text": """Mauthöhe ist die höchstgelegene Gemeinde des Landkreises. Im Winter ist der Fahrdienst besonders gefragt."""},
    {"id": "zwieselbach", "name": "Zwieselbach", "landkreis": "Falkenried", "plz": ["94720"], "einwohner": 4120,
     "ansprechpartner": [{"name": "Herbert Dullinger", "rolle": "Seniorenbeauftragter", "telefon": "09943 7702-20", "email": "senioren-zwieselbach@example.org"}],
     "text": """Zwieselbach hat eine eigene Krankenpflegestation und einen Bürgerbus, der zweimal am Tag nach Falkenried fährt."""},
    {"id": "oberglashuett", "name": "Oberglashütt", "landkreis": "Falkenried", "plz": ["94722"], "einwohner": 1980,
     "ansprechpartner": [{"name": "Walburga Stöckl", "rolle": "Seniorenbeauftragte", "telefon": "09944 310", "email": "senioren-oberglashuett@example.org"}],
     "text": """Das alte Glasmacherdorf Oberglashütt liegt direkt am Nationalparkrand. Treffpunkt für die Älteren ist das Glasmacherhaus am Hüttenplatz."""},
    {"id": "frauenreut", "name": "Frauenreut", "landkreis": "Falkenried", "plz": ["94724"], "einwohner": 2250,
     "ansprechpartner": [{"name": "Hildegard Ertl", "rolle": "Seniorenbeauftragte", "telefon": "09942 4419", "email": "senioren-frauenreut@example.org"}],
     "text": """In Frauenreut ist im alten Schulhaus eine Tagespflege entstanden. Die Dorfhelfer helfen beim Einkaufen und bei kleinen Reparaturen."""},
    {"id": "ilzbach", "name": "Markt Ilzbach", "landkreis": "Falkenried", "plz": ["94726"], "einwohner": 6890,
     "ansprechpartner": [{"name": "Dr. Elfriede Maierhofer", "rolle": "Seniorenbeauftragte des Marktes", "telefon": "09951 606-44", "email": "senioren-ilzbach@example.org"}],
     "text": """Der Markt Ilzbach im Süden des Landkreises ist nach Falkenried der zweitgrößte Ort. Das Haus Ilzblick bietet Pflegeheim, Tagespflege und Mahlzeitendienst.

Der Marktbus fährt montags bis freitags durch alle Ortsteile."""},
    {"id": "kreuzoed", "name": "Kreuzöd", "landkreis": "Falkenried", "plz": ["94728"], "einwohner": 1340,
     "ansprechpartner": [{"name": "Franz Xaver Greindl", "rolle": "Seniorenbeauftragter", "telefon": "09952 227", "email": "senioren-kreuzoed@example.org"}],
     "text": """Kreuzöd ist die kleinste Gemeinde im Landkreis. Vieles läuft hier über die Nachbarschaft und die Pfarrei."""},
    {"id": "hofstetten", "name": "Hofstetten im Wald", "landkreis": "Falkenried", "plz": ["94730"], "einwohner": 3030,
     "ansprechpartner": [{"name": "Irmgard Wenzl", "rolle": "Seniorenbeauftragte", "telefon": "09953 5560", "email": "senioren-hofstetten@example.org"}],
     "text": """Hofstetten im Wald besteht aus dem Hauptort und den Dörfern Oberhofstetten, Kagerhof und Schwarzach."""},
    {"id": "wolfsried", "name": "Wolfsried", "landkreis": "Falkenried", "plz": ["94732"], "einwohner": 2670,
     "ansprechpartner": [{"name": "Martin Hafenbrädl", "rolle": "Seniorenbeauftragter", "telefon": "09954 712", "email": "senioren-wolfsried@example.org"}],
     "text": """Wolfsried liegt im Tal des Wolfsbachs. Seit 2025 gibt es hier eine kleine Tagespflege und einen ehrenamtlichen Bürgerbus."""},
]

SEITEN = [
    {"id": "impressum", "titel": "Impressum", "text": """Herausgeber: Landratsamt Falkenried, Fachstelle Senioren und Pflege, Landrat-Wimmer-Platz 1, 94710 Falkenried.

Telefon 09948 3317-240, E-Mail senioren@example.org

Dies ist eine erfundene Beispielregion für Testzwecke."""},
    {"id": "datenschutz", "titel": "Datenschutz", "text": """Diese Seiten setzen keine Cookies und binden keine fremden Dienste ein. Die Suche läuft vollständig in Ihrem Browser."""},
    {"id": "barrierefreiheit", "titel": "Erklärung zur Barrierefreiheit", "text": """Wir bemühen uns, diese Seiten barrierefrei zu gestalten. Hinweise auf Barrieren nehmen wir gern unter senioren@example.org entgegen."""},
]
