from gen_base import G

G("aichbach", "Aichbach", 14800, ["94371"], """Die Große Kreisstadt Aichbach ist Sitz des Landratsamts. Hier finden Sie die
meisten Fachstellen des Landkreises, die Kreisklinik, zwei Seniorenheime und das
Mehrgenerationenhaus am Stadtplatz. Der Stadtbus fährt werktags im Halbstundentakt.""",
  [dict(name="Renate Hofbauer", rolle="Seniorenbeauftragte der Stadt", telefon="09971 802-155", email="senioren@aichbach.example")])

G("bad-griesau", "Bad Griesau", 6200, ["94374"], """Der Kurort Bad Griesau mit Therme und Kurpark bietet viel für Bewegung und
Gesundheit. Der Markt hat eine eigene Diakonie-Sozialstation und eine Einrichtung
für Kurzzeitpflege.""",
  [dict(name="Josef Lindinger", rolle="Seniorenbeauftragter", telefon="09973 910-22", email="seniorenbeauftragter@bad-griesau.example")])

G("vilsoed", "Vilsöd", 3600, ["94377"], """Der Markt Vilsöd liegt an der Vils zwischen Aichbach und Rottersdorf. Montags
und donnerstags fährt der Bürgerbus durch alle Ortsteile.""",
  [dict(name="Maria Eichinger", rolle="Seniorenbeauftragte", telefon="09974 301-18", email="senioren@vilsoed.example")])

G("rottersdorf-an-der-vils", "Rottersdorf a.d. Vils", 3100, ["94378"], """Rottersdorf an der Vils hat einen aktiven Helferkreis und einen eigenen
Fahrdienst für Seniorinnen und Senioren.""",
  [dict(name="Anton Brunnhuber", rolle="Seniorenreferent im Gemeinderat", telefon="09975 2210", email="brunnhuber@rottersdorf.example")])

G("thann-moosthenning", "Thann-Moosthenning", 2800, ["94383"], """Die Gemeinde Thann-Moosthenning entstand 1972 aus zwei Gemeinden. Im Ortsteil
Thann liegt das Caritas-Haus St. Elisabeth mit Altenheim und Tagespflege.""",
  [dict(name="Gisela Pointner", rolle="Seniorenbeauftragte", telefon="09976 401-30", email="senioren@thann-moosthenning.example")])

G("grosswiesing", "Großwiesing", 2600, ["94379"], """Großwiesing ist ein Straßendorf mit Dorfladen, Kirche und Gasthof. Für Fahrten
gibt es Mitfahrbänke und die Nachbarschaftshilfe.""",
  [dict(name="Theresia Maier", rolle="Seniorenbeauftragte", telefon="09977 1234", email="senioren@grosswiesing.example")])

G("weissenbrunn", "Weißenbrunn", 2400, ["94381"], """Weißenbrunn liegt im Hügelland südlich der Vils. Die Nachbarschaftshilfe
Weißenbrunn e.V. ist eine der ältesten im Landkreis (gegründet 1996).""",
  [dict(name="Hubert Ertl", rolle="Erster Bürgermeister", telefon="09978 9400", email="rathaus@weissenbrunn.example")])

G("frauenberg-bei-aichbach", "Frauenberg b. Aichbach", 2200, ["94385"], """Frauenberg bei Aichbach mit der Wallfahrtskirche Mariä Himmelfahrt. Die
Nachbarschaftshilfe ist auch für Gänsbach zuständig.""",
  [dict(name="Elfriede Stadler", rolle="Seniorenbeauftragte", telefon="09979 560-12", email="senioren@frauenberg.example")])

G("schoenau-an-der-kollbach", "Schönau a.d. Kollbach", 2050, ["94389"], """Schönau an der Kollbach ist der Hauptort des oberen Kollbachtals. Der Pflegedienst
Kollbachtal hat hier seinen Sitz.""",
  [dict(name="Franz Xaver Huber", rolle="Seniorenbeauftragter", telefon="09981 330-5", email="senioren@schoenau-kollbach.example")])

G("oberhoecking", "Oberhöcking", 1900, ["94394"], """Oberhöcking mit seinen elf Ortsteilen. Der Verein „Miteinander Oberhöcking“
organisiert Hilfe und Fahrten.""",
  [dict(name="Rosa Gmeinwieser", rolle="Seniorenbeauftragte", telefon="09982 710-40", email="senioren@oberhoecking.example")])

G("haselbach-ried", "Haselbach-Ried", 1750, ["94388"], """Haselbach-Ried besteht aus den Dörfern Haselbach und Ried. Im Rathaus gibt es
eine Tablet-Sprechstunde.""")

G("muenchsdorf", "Münchsdorf", 1650, ["94384"], """Münchsdorf und Langenöd haben eine gemeinsame Nachbarschaftshilfe. Einkaufen
kann man in Aichbach – die Nachbarschaftshilfe fährt hin.""",
  [dict(name="Walter Kreilinger", rolle="Seniorenbeauftragter", telefon="09983 501-7", email="senioren@muenchsdorf.example")])

G("aiterbach", "Aiterbach", 1500, ["94393"], """Aiterbach ist landwirtschaftlich geprägt. Der Helferkreis Aiterbach hilft im
Haushalt und beim Einkaufen.""")

G("hoelzlkirchen", "Hölzlkirchen", 1400, ["94386"], """Hölzlkirchen hat eine Apotheke mit Botendienst und einen Helferkreis.""",
  [dict(name="Christa Vilsmeier", rolle="Seniorenbeauftragte", telefon="09984 2288", email="senioren@hoelzlkirchen.example")])

G("dietersbach", "Dietersbach", 1300, ["94391"], """Dietersbach liegt an der Kollbach. Das Alte Schulhaus ist der Treffpunkt des Ortes.""")

G("untergreising", "Untergreising", 1250, ["94391"], """Untergreising hat eine Ausgabestelle der Aichbacher Tafel und einen Seniorenclub.""")

G("altenbuch", "Altenbuch", 1200, ["94387"], """In Altenbuch gibt es einen Mittagstisch im Dorfgemeinschaftshaus und die
Tagespflege auf dem Hof Stegmüller.""")

G("pettenreuth", "Pettenreuth", 1100, ["94392"], """Pettenreuth im Kollbachtal.""")

G("gaensbach", "Gänsbach", 980, ["94386"], """Gänsbach ist die kleinste Gemeinde im Altlandkreis. Nachbarschaftshilfe kommt
aus Frauenberg; an der Dorfstraße steht eine Mitfahrbank.""")

G("langenoed", "Langenöd", 890, ["94384"], """Langenöd gehört zur Verwaltungsgemeinschaft Münchsdorf.""")

G("kollbachzell", "Kollbachzell", 760, ["94389"], """Kollbachzell ist ein Dorf mit 760 Einwohnerinnen und Einwohnern. Seit 2024
gibt es hier das Dorfauto.""")
