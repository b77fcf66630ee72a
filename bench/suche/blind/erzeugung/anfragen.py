import json, sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from hilfe import *

HEIME = ids("seniorenzentrum-st-martin", "altenheim-st-elisabeth")
TAGESPFLEGE = ids("tagespflege-lebensbaum", "tagespflege-vilsauen", "tagespflege-st-elisabeth", "tagespflege-hof-stegmueller", "tag-der-offenen-tuer-lebensbaum")
KURZZEIT = ids("haus-am-kurpark-kurzzeitpflege", "seniorenzentrum-st-martin")
HAUSNOTRUF = ids("brk-hausnotruf", "johanniter-hausnotruf", "malteser-mobilnotruf")
SOZIALSTATIONEN = ids("caritas-sozialstation-aichbach", "diakonie-sozialstation-bad-griesau", "oekumenische-sozialstation-rottersdorf", "caritas-sozialstation-thann")
ESSEN_LIEFERUNG = ids("brk-menueservice", "landmenue-vils", "mittagessen-metzgerei-weinzierl", "essen-auf-raedern-schoenau", "essen-auf-raedern-landgasthof-huber")
MITTAGSTISCHE = ids("mittagstisch-mgh", "mittagstisch-kurhaus", "mittagstisch-gasthof-zur-post", "mittagstisch-altenbuch")
GYMNASTIK = ids("gymnastik-tv-aichbach", "seniorengymnastik-sv-rottersdorf", "seniorengymnastik-landfrauen-oberhoecking", "fit-ab-60-frauenberg", "wassergymnastik-therme")
DIGITAL = cat("digital")
WOHNBERATUNG = ids("wohnberatung-landratsamt", "wohnberatung-vortrag-schoenau")
NBH = cat("nachbarschaftshilfe")
DEMENZ = cat("demenz")
PFLEGE = [u for u in cat("pflege") if u not in ids("mobile-fusspflege-wimmer", "blutdruck-messaktion-thann")]
TRAUER = ids("trauercafe-lichtblick", "trauercafe-dezember", "hospizverein-vilstal")
FAHR = [u for u in cat("fahrdienste", termine=False)]
APOTHEKEN = ids("marien-apotheke-botendienst", "apotheke-hoelzlkirchen-botendienst")

def fahr_in(g):
    return [u for u in cat("fahrdienste", g) if u not in ids("radeln-ohne-alter")]

Q = []
def q(text, art, erwartet, orte=()):
    assert erwartet, text
    e = list(dict.fromkeys(erwartet))
    for u in e:
        assert u.split("/")[1] in IDS, u
    d = {"q": text, "art": art, "erwartet": e}
    if orte:
        d["orte"] = list(orte)
    Q.append(d)

# ---------------- exakt
q("Hausnotruf", "exakt", HAUSNOTRUF)
q("Tagespflege", "exakt", TAGESPFLEGE)
q("Pflegestützpunkt", "exakt", ids("pflegestuetzpunkt-landkreis-aichbach"))
q("Tafel", "exakt", ids("aichbacher-tafel", "tafel-ausgabestelle-untergreising"))
q("Hospizverein", "exakt", ids("hospizverein-vilstal", "trauercafe-lichtblick", "letzte-hilfe-kurs-januar", "trauercafe-dezember"))
q("Rufbus", "exakt", ids("rufbus-vilsflex"))
q("Wassergymnastik", "exakt", ids("wassergymnastik-therme"))
q("Mitfahrbank", "exakt", ids("mitfahrbank-gaensbach", "mitfahrbaenke-grosswiesing-aiterbach"))
q("Patientenverfügung", "exakt", ids("betreuungsverein-skf", "infoabend-patientenverfuegung", "hospizverein-vilstal"))
q("Kurzzeitpflege", "exakt", KURZZEIT)

# ---------------- praefix
q("Kurzzeitpfl", "praefix", KURZZEIT)
q("Wohnber", "praefix", WOHNBERATUNG)
q("Demenzhelf", "praefix", ids("demenzhelferkreis-rottersdorf", "schulung-demenzhelfer-2027"))
q("Sozialstat", "praefix", SOZIALSTATIONEN)
q("Essen auf Räd", "praefix", ESSEN_LIEFERUNG + MITTAGSTISCHE)
q("Bürgerb", "praefix", ids("buergerbus-vilsoed"))
q("Seniorengym", "praefix", GYMNASTIK)
q("Trauerc", "praefix", ids("trauercafe-lichtblick", "trauercafe-dezember"))

# ---------------- umlaut
q("Pflegestuetzpunkt", "umlaut", ids("pflegestuetzpunkt-landkreis-aichbach"))
q("Buergerbus", "umlaut", ids("buergerbus-vilsoed"))
q("Fusspflege", "umlaut", ids("mobile-fusspflege-wimmer"))
q("Angehoerigengruppe", "umlaut", ids("fachstelle-pflegende-angehoerige", "angehoerigengruppe-aichbach"))
q("Seniorenfruehstueck", "umlaut", ids("seniorenfruehstueck-kollbachzell"))
q("Gedaechtnistraining", "umlaut", ids("gedaechtnistraining-thann"))
q("Nachbarschaftshilfe Muenchsdorf", "umlaut", ids("nachbarschaftshilfe-muenchsdorf-langenoed"), ["Münchsdorf"])
q("Essen Weissenbrunn", "umlaut", ids("mittagstisch-gasthof-zur-post", "brk-menueservice", "landmenue-vils"), ["Weißenbrunn"])
q("Pflegedienst Schonau", "umlaut", ids("pflegedienst-kollbachtal", "sapv-niederbayern-sued"), ["Schönau"])

# ---------------- tippfehler
q("Hausnotrof", "tippfehler", HAUSNOTRUF)
q("Tagesplege", "tippfehler", TAGESPFLEGE)
q("Nachbarschaftshilef", "tippfehler", NBH)
q("Demnez", "tippfehler", DEMENZ)
q("Paliativ", "tippfehler", ids("sapv-niederbayern-sued", "palliativstation-kreisklinik", "hospizverein-vilstal", "hospiz-st-veronika", "oekumenische-sozialstation-rottersdorf"))
q("Wohnbertung", "tippfehler", WOHNBERATUNG)
q("Fahrdinst", "tippfehler", FAHR)
q("Kurzzeitpflgee", "tippfehler", KURZZEIT)
q("Smartfone", "tippfehler", DIGITAL)
q("Dagespflege", "tippfehler", TAGESPFLEGE)
q("Alzheimr", "tippfehler", DEMENZ)
q("Rolator", "tippfehler", ids("rollator-training-weissenbrunn"))

# ---------------- kompositum
q("Notruf", "kompositum", HAUSNOTRUF + ids("polizei-seniorenberatung"))
q("Gymnastik", "kompositum", GYMNASTIK)
q("Seniorenfahrdienst", "kompositum", FAHR)
q("Trauergruppe", "kompositum", TRAUER)
q("Wohnungsumbau", "kompositum", WOHNBERATUNG)
q("Tanz", "kompositum", ids("tanztee-stadthalle", "sitztanz-vilsoed"))
q("Handykurs", "kompositum", DIGITAL)
q("Gedächtnis", "kompositum", ids("gedaechtnistraining-thann") + DEMENZ)
q("Apothekenlieferdienst", "kompositum", APOTHEKEN)
q("Demenz Helferkreis", "kompositum", ids("demenzhelferkreis-rottersdorf", "schulung-demenzhelfer-2027", "fachstelle-pflegende-angehoerige"))

# ---------------- synonym
q("Pflegeheim", "synonym", HEIME)
q("Altersheim", "synonym", HEIME)
q("Seniorenheim", "synonym", HEIME)
q("Essen bringen", "synonym", ESSEN_LIEFERUNG)
q("Putzhilfe", "synonym", cat("hauswirtschaft"))
q("Mahlzeitendienst", "synonym", ESSEN_LIEFERUNG + MITTAGSTISCHE)
q("Urlaubspflege", "synonym", KURZZEIT)
q("Armut", "synonym", cat("soziale-hilfen"))
q("einsam", "synonym", ids("zuhoer-telefon", "besuchsdienst-frauenberg", "mittagstisch-mgh", "mittagstisch-gasthof-zur-post", "nachbarschaftshilfe-bad-griesau", "helferkreis-rottersdorf", "buergerhilfe-thann-moosthenning"))
q("Putzfrau", "synonym", cat("hauswirtschaft"))
q("Betrug", "synonym", ids("polizei-seniorenberatung", "vortrag-enkeltrick"))

# ---------------- flexion
q("Pflegedienste", "flexion", PFLEGE)
q("Tagespflegen", "flexion", TAGESPFLEGE)
q("Hospizbegleiterin", "flexion", ids("hospizverein-vilstal"))
q("Mittagstische", "flexion", MITTAGSTISCHE)
q("Helferkreise", "flexion", ids("helferkreis-rottersdorf", "helferkreis-hoelzlkirchen", "helferkreis-aiterbach", "demenzhelferkreis-rottersdorf", "fachstelle-pflegende-angehoerige"))
q("Seniorennachmittage", "flexion", ids("seniorennachmittag-frauenbund-grosswiesing", "seniorennachmittag-gaensbach", "kurkonzert-senioren", "seniorenkreis-evangelisch-griesau"))
q("Wohngemeinschaften", "flexion", ids("wg-am-muehlbach", "senioren-wg-alte-schule"))
q("Stürze", "flexion", ids("trittsicher-kurs", "sturzprophylaxe-vortrag", "seniorengymnastik-sv-rottersdorf", "johanniter-hausnotruf"))

# ---------------- gemeinde+kategorie
q("Fahrdienst Vilsöd", "gemeinde+kategorie", fahr_in("vilsoed"), ["Vilsöd"])
q("Essen auf Rädern Weißenbrunn", "gemeinde+kategorie", ids("brk-menueservice", "mittagstisch-gasthof-zur-post", "landmenue-vils"), ["Weißenbrunn"])
q("Pflegedienst Dietersbach", "gemeinde+kategorie", ids("caritas-sozialstation-thann", "pflegedienst-kollbachtal", "sapv-niederbayern-sued"), ["Dietersbach"])
q("Nachbarschaftshilfe Gänsbach", "gemeinde+kategorie", ids("nachbarschaftshilfe-frauenberg"), ["Gänsbach"])
q("Tagespflege Thann", "gemeinde+kategorie", ids("tagespflege-st-elisabeth"), ["Thann"])
q("Hausnotruf Bad Griesau", "gemeinde+kategorie", HAUSNOTRUF, ["Bad Griesau"])
q("Seniorentreff Langenöd", "gemeinde+kategorie", ids("seniorentreff-langenoed"), ["Langenöd"])
q("Mittagstisch Altenbuch", "gemeinde+kategorie", ids("mittagstisch-altenbuch"), ["Altenbuch"])
q("Pflegeheim Aichbach", "gemeinde+kategorie", ids("seniorenzentrum-st-martin"), ["Aichbach"])
q("Fahrdienst Oberhöcking", "gemeinde+kategorie", fahr_in("oberhoecking"), ["Oberhöcking"])
q("Smartphone Hilfe Haselbach", "gemeinde+kategorie", ids("tablet-sprechstunde-haselbach", "whatsapp-kurs-haselbach", "digitallotsen-landkreis"), ["Haselbach"])
q("Seniorengymnastik Frauenberg", "gemeinde+kategorie", ids("fit-ab-60-frauenberg"), ["Frauenberg"])
q("Essen auf Rädern Pettenreuth", "gemeinde+kategorie", ids("essen-auf-raedern-schoenau", "landmenue-vils"), ["Pettenreuth"])

# ---------------- mehrwort
EINKAUF = ids("nachbarschaftshilfe-vilsoed", "buergerhilfe-thann-moosthenning", "nachbarschaftshilfe-grosswiesing", "dorfladen-grosswiesing",
  "nachbarschaftshilfe-frauenberg", "helferkreis-hoelzlkirchen", "nachbarschaftshilfe-muenchsdorf-langenoed", "einkaufsfahrten-muenchsdorf",
  "nachbarschaftshilfe-schoenau", "nachbarschaftshilfe-dietersbach-untergreising", "nachbarschaftshilfe-pettenreuth", "helferkreis-aiterbach",
  "miteinander-oberhoecking", "edeka-lieferservice", "brk-alltagsbegleitung", "nachbarschaftshilfe-altenbuch", "nachbarschaftshilfe-haselbach-ried",
  "helferkreis-rottersdorf", "nachbarschaftshilfe-bad-griesau", "nachbarschaftshilfe-weissenbrunn")
q("Hilfe beim Einkaufen", "mehrwort", EINKAUF)
q("wer hilft bei Demenz", "mehrwort", DEMENZ + ids("fachstelle-pflegende-angehoerige"))
q("Hilfe im Haushalt", "mehrwort", cat("hauswirtschaft"))
q("Fahrt zum Arzt", "mehrwort", FAHR)
q("Pflegegrad beantragen", "mehrwort", ids("pflegestuetzpunkt-landkreis-aichbach", "vdk-kreisgeschaeftsstelle", "seniorensprechstunde-weissenbrunn", "kreisklinik-sozialdienst"))
q("betreutes Wohnen", "mehrwort", ids("betreutes-wohnen-stadtpark", "seniorenresidenz-sonnenhang", "seniorenwohnanlage-vilsblick"))
q("Kurs für pflegende Angehörige", "mehrwort", ids("pflegekurse-angehoerige", "pflegekurs-oberhoecking"))
q("Hilfe mit dem Handy", "mehrwort", DIGITAL)
q("Medikamente nach Hause bringen", "mehrwort", APOTHEKEN)
q("Rente beantragen", "mehrwort", ids("rentenberatung-drv", "rentenberatung-sprechtag-untergreising", "vdk-kreisgeschaeftsstelle"))
q("Zuschuss für Badumbau", "mehrwort", WOHNBERATUNG)
q("Begleitung zum Arzt", "mehrwort", ids("malteser-begleitdienst", "nachbarschaftshilfe-bad-griesau", "fahrdienst-mia-fahrn-di", "buergerhilfe-thann-moosthenning", "nachbarschaftshilfe-frauenberg", "miteinander-oberhoecking", "krankenfahrten-brunner", "pflegedienst-aigner", "nachbarschaftshilfe-dietersbach-untergreising", "nachbarschaftshilfe-weissenbrunn"))
q("Sterbende begleiten", "mehrwort", ids("hospizverein-vilstal", "letzte-hilfe-kurs-januar", "hospiz-st-veronika"))
q("Lebensmittel für wenig Geld", "mehrwort", ids("aichbacher-tafel", "tafel-ausgabestelle-untergreising"))
q("Notruf für unterwegs", "mehrwort", ids("malteser-mobilnotruf"))
q("Wohnen mit Demenz", "mehrwort", ids("wg-am-muehlbach", "seniorenzentrum-st-martin"))

# ---------------- second batch (added after the first run, before looking at the search code)
q("Schwerbehindertenausweis", "exakt", ids("vdk-kreisgeschaeftsstelle", "seniorensprechstunde-weissenbrunn"))
q("Witwenrente", "exakt", ids("rentenberatung-drv", "rentenberatung-sprechtag-untergreising"))
q("Seniorenklub", "tippfehler", ids("seniorenclub-vilsoed", "seniorenclub-untergreising"))
q("Vorsorgevolmacht", "tippfehler", ids("betreuungsverein-skf", "infoabend-patientenverfuegung"))
q("Demenzcafe", "umlaut", ids("cafe-vergissmeinnicht"))
q("Rollstuhlfahrdienst", "kompositum", ids("krankenfahrten-brunner", "miteinander-oberhoecking", "rufbus-vilsflex"))
q("Sport", "synonym", cat("bewegung"))
q("Kaffeeklatsch", "synonym", ids("seniorennachmittag-gaensbach", "seniorenkreis-evangelisch-griesau", "seniorencafe-pfarrhof-muenchsdorf", "seniorennachmittag-frauenbund-grosswiesing", "seniorenclub-vilsoed"))
q("Betreuungsgruppen", "flexion", ids("betreuungsgruppe-zeit-fuer-uns", "alzheimer-beratungstelefon"))
q("Wanderungen", "flexion", ids("seniorenwandern-schoenau"))
q("Haushaltshilfe Vilsöd", "gemeinde+kategorie", ids("nachbarschaftshilfe-vilsoed", "pflegedienst-aigner", "pflegedienst-vilscare", "brk-alltagsbegleitung"), ["Vilsöd"])
q("Pflegedienst Großwiesing", "gemeinde+kategorie", ids("pflegeteam-sonnenschein", "krankenpflege-meier", "sapv-niederbayern-sued"), ["Großwiesing"])
q("Demenz Rottersdorf", "gemeinde+kategorie", ids("demenzhelferkreis-rottersdorf"), ["Rottersdorf"])
q("Altenpflege Aichbach", "gemeinde+kategorie", ids("caritas-sozialstation-aichbach", "pflegedienst-vilscare"), ["Aichbach"])
q("Pflege zu Hause", "mehrwort", PFLEGE)
q("Karten spielen", "mehrwort", ids("seniorenclub-vilsoed", "spielenachmittag-weissenbrunn", "mehrgenerationenhaus-aichbach", "spielenachmittag-aiterbach-alt"))
q("wer bringt Essen nach Hause", "mehrwort", ESSEN_LIEFERUNG)
q("Hilfe nach dem Krankenhaus", "mehrwort", ids("kreisklinik-sozialdienst", "haus-am-kurpark-kurzzeitpflege", "pflegestuetzpunkt-landkreis-aichbach"))
q("Tagespflege mit Abholung", "mehrwort", ids("tagespflege-lebensbaum", "tagespflege-vilsauen", "tagespflege-st-elisabeth"))
q("Yoga für Senioren", "mehrwort", ids("stuhl-yoga-haselbach"))

out = {
 "erklaerung": "Blind query set over an invented second region (Landkreis Aichbach, bench/suche/blind/region), written without looking at Wegweiser's search code or its own query set. 'erwartet' lists all service and event pages that properly answer the query; a query counts as a hit when one of them is among the top 5. 'orte' names the Gemeinden a query mentions.",
 "arten": {
  "exakt": "the words as they appear in the entry",
  "praefix": "a word cut short (typed or sent before it is finished)",
  "umlaut": "ä, ö, ü, ß written as ae, oe, ue, ss, or left out",
  "tippfehler": "one wrong, missing, extra or swapped letter (also at the start)",
  "kompositum": "a part of a compound, or a compound of words that stand apart in the entry",
  "synonym": "a word only among the category's search terms, or an everyday word for it",
  "flexion": "another grammatical form (plural, dative)",
  "gemeinde+kategorie": "a topic and a place",
  "mehrwort": "several words, with stop words"},
 "anfragen": Q}
json.dump(out, open("/work/main/bench/suche/blind/anfragen.json", "w"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(Q), Counter(a["art"] for a in Q))
