"""Writes anfragen.json for the blind3 region.

The queries and the choice of answers are hand-made (below); this script only
expands named sets ("all services of category X that reach Gemeinde Y") from the
front matter of region/, so that the rules in `erklaerung` are applied the same
way everywhere. It does not run or read any search.

    python3 anfragen_bauen.py        # rewrites anfragen.json
"""
import json, os
import inhalt

E = inhalt.eintraege()
NACH_ID = {e["id"]: e for e in E}


def S(*ids):
    """pages of the named services/events"""
    out = []
    for i in ids:
        e = NACH_ID[i]  # KeyError = typo in this file
        assert e["kommend"], f"{i} liegt in der Vergangenheit"
        out.append(e["seite"])
    return out


def kat(c, g=None, termine=True):
    """services of category c that reach Gemeinde g (all, if g is None);
    with termine: upcoming events of c (for a Gemeinde: only events held there)"""
    out = []
    for e in E:
        if c not in e["kategorien"]:
            continue
        if e["art"] == "angebote":
            if g is None or g in e["reicht"]:
                out.append(e["seite"])
        elif termine and e["kommend"] and (g is None or e["gemeinde"] == g):
            out.append(e["seite"])
    assert out, (c, g)
    return out


def reicht(ids, g):
    """of the named services, those that reach Gemeinde g"""
    return [NACH_ID[i]["seite"] for i in ids if g in NACH_ID[i]["reicht"]]


def innen(seiten, c, g=None):
    """the given pages, checked to be of category c (and, with g, to reach Gemeinde g)"""
    out = []
    for s in seiten:
        e = next(x for x in E if x["seite"] == s)
        assert c in e["kategorien"], (s, c)
        if g is None or (g in e["reicht"] if e["art"] == "angebote" else e["gemeinde"] == g):
            out.append(s)
    return out


def K(c):
    return [f"kategorien/{c}/"]


def T(slug):
    return [f"traeger/{slug}/"]


def ohne(seiten, *ids):
    weg = {NACH_ID[i]["seite"] for i in ids}
    return [s for s in seiten if s not in weg]


# ---- named answer sets -------------------------------------------------------
ESSEN_AUF_RAEDERN_IDS = ["essen-auf-raedern-brk", "essen-auf-raedern-landmetzgerei-huber",
                         "essen-auf-raedern-kreuzwirt", "malteser-mahlzeitendienst",
                         "mahlzeitendienst-heimkueche-engelsried"]
ESSEN_AUF_RAEDERN = S(*ESSEN_AUF_RAEDERN_IDS)
HAUSNOTRUF = S("brk-hausnotruf", "hausnotruf-malteser", "johanniter-hausnotruf")
TAGESPFLEGE_IDS = ["awo-tagespflege-am-stadtpark", "tagespflege-marktblick", "tagespflege-im-haus-am-moos",
                   "tagespflege-an-der-muehle", "brk-seniorenheim-engelsried"]
TAGESPFLEGE = S(*TAGESPFLEGE_IDS) + K("tagespflege")
DEMENZCAFE = S("demenzcafe-vergissmeinnicht", "cafe-erinnerung")
PFLEGESTUETZPUNKT = S("pflegestuetzpunkt-landkreis-wendelsau")
MITTAGSTISCH_IDS = ["mittagstisch-im-pfarrheim", "mittagstisch-mehrgenerationenhaus", "mittagstisch-gasthof-post",
                    "mittagstisch-sportheim-irlmoos", "mittagstisch-reuther-hof", "mittagstisch-zur-linde",
                    "mittagstisch-haus-am-moos"]
MITTAGSTISCH = S(*MITTAGSTISCH_IDS)
NACHBARSCHAFTSHILFEN = kat("nachbarschaft") + K("nachbarschaft")
SENIORENGYMNASTIK = S("seniorengymnastik-tsv-wendelsau", "seniorengymnastik-tv-fuerstenmoos",
                      "seniorengymnastik-djk-oberroeth", "seniorengymnastik-engelsried",
                      "gymnastik-60plus-sv-zeillach", "gymnastik-fuer-junggebliebene",
                      "sitzgymnastik-st-leonhard", "seniorengymnastik-feuerwehrhaus-grub")
VORSORGEVOLLMACHT = S("betreuungsverein-wendelsau", "betreuungsstelle-landratsamt",
                      "vortrag-vorsorgevollmacht-dezember")
PFLEGEDIENSTE = kat("pflege-daheim", termine=False) + K("pflege-daheim")
WOHNBERATUNG = S("wohnberatung-wohnraumanpassung", "vortrag-sicher-wohnen")
HOSPIZVEREIN = S("hospizverein-wendelsauer-land") + T("hospizverein-wendelsauer-land-e-v")
PFLEGEHEIME = S("seniorenheim-st-martin", "haus-am-moos", "brk-seniorenheim-engelsried")
BUERGERBUSSE = S("buergerbus-zeillach", "buergerbus-fuerstenmoos")
FAHRDIENSTE = kat("unterwegs", termine=False) + K("unterwegs")
PFLEGENDE_ANGEHOERIGE = S("fachstelle-pflegende-angehoerige", "gespraechsrunde-pflegende-angehoerige-engelsried",
                          "gespraechskreis-angehoerige-demenz", "kraftquelle-tag-pflegende-angehoerige",
                          "pflegekurs-demenz-angehoerige")
KURZZEITPFLEGE = S("seniorenheim-st-martin", "brk-seniorenheim-engelsried", "tagespflege-im-haus-am-moos") + K("tagespflege")
WOHNRAUMANPASSUNG = S("wohnberatung-wohnraumanpassung", "schreinerei-hainz", "handwerkerdienst-flick-und-fix",
                      "vortrag-sicher-wohnen")
SENIORENWOHNEN = S("seniorenwohnanlage-sonnenhang", "brk-seniorenwohnpark", "betreutes-wohnen-am-marktplatz",
                   "mehrgenerationenwohnen-alte-brauerei")
PFLEGEGRAD = S("pflegestuetzpunkt-landkreis-wendelsau", "infonachmittag-pflegegrad", "seniorenberatung-caritas",
               "vdk-kreisgeschaeftsstelle")
EINKAUFEN = S("nachbarschaftshilfe-st-leonhard", "nbh-zeillach", "miteinander-fuereinander-fuerstenmoos",
              "buergerhilfe-schoenbichl", "nachbarschaftshilfe-weissenried", "nachbarschaftshilfe-engelsried",
              "nachbarschaftshilfe-muehlwinkel", "nachbarschaftshilfe-haslbrunn-irlmoos",
              "nachbarschaftshilfe-aichenzell-hohenzirl", "buergerhilfe-kirchenreuth", "freiwilligenagentur-hand-in-hand",
              "helferkreis-oberroeth", "lieferservice-edeka-brunner", "dorfladen-haslbrunn-bringdienst",
              "dorfladen-muehlwinkel", "einkaufsfahrten-stadt-wendelsau", "hauswirtschaftlicher-fachdienst-caritas",
              "seniorenbegleitservice-caritas", "fahrdienst-der-gemeinde-st-leonhard",
              "fahrdienst-der-gemeinde-hohenzirl", "alltagsbegleitung-awo")

ZUM_ARZT = ohne(kat("unterwegs", termine=False), "einkaufsfahrten-stadt-wendelsau")

# ---- the queries -------------------------------------------------------------
A = []


def q(text, art, erwartet):
    seen = []
    for s in erwartet:
        if s not in seen:
            seen.append(s)
    A.append({"q": text, "art": art, "erwartet": seen})


# exakt: the words as they stand in titles / entries
q("Essen auf Rädern", "exakt", ESSEN_AUF_RAEDERN)
q("hausnotruf", "exakt", HAUSNOTRUF)
q("Tagespflege", "exakt", TAGESPFLEGE)
q("Demenzcafé", "exakt", DEMENZCAFE)
q("Pflegestützpunkt", "exakt", PFLEGESTUETZPUNKT)
q("Nachbarschaftshilfe St. Leonhard", "exakt",
  S("nachbarschaftshilfe-st-leonhard") + T("nachbarschaftshilfe-st-leonhard-e-v")
  + T("nachbarschaftshilfe-st-leonhard-am-forst-e-v"))
q("seniorengymnastik", "exakt", SENIORENGYMNASTIK)
q("Betreuungsverein", "exakt", S("betreuungsverein-wendelsau"))
q("Mittagstisch", "exakt", MITTAGSTISCH)
q("Bürgerbus", "exakt", BUERGERBUSSE)
q("Wohnberatung", "exakt", WOHNBERATUNG)
q("Rufbus WENDI", "exakt", S("rufbus-wendi"))

# praefix: the last (or only) word cut off while typing
q("tagespfl", "praefix", TAGESPFLEGE)
q("nachbarschaftsh", "praefix", NACHBARSCHAFTSHILFEN)
q("hausnot", "praefix", HAUSNOTRUF)
q("essen auf r", "praefix", ESSEN_AUF_RAEDERN)
q("demenzc", "praefix", DEMENZCAFE)
q("pflegestü", "praefix", PFLEGESTUETZPUNKT)
q("Mittagst", "praefix", MITTAGSTISCH)
q("seniorenbegl", "praefix", S("seniorenbegleitservice-caritas"))
q("wohnraumanp", "praefix", WOHNRAUMANPASSUNG)
q("Hospizv", "praefix", HOSPIZVEREIN)
q("kurzzeitpfl", "praefix", KURZZEITPFLEGE)
q("betreuungsgr", "praefix", S("betreuungsgruppe-auszeit"))

# umlaut: ae/oe/ue/ss instead of ä/ö/ü/ß
q("Essen auf Raedern", "umlaut", ESSEN_AUF_RAEDERN)
q("pflegestuetzpunkt", "umlaut", PFLEGESTUETZPUNKT)
q("Sanitaetshaus", "umlaut", S("sanitaetshaus-brandl"))
q("gedaechtnistraining", "umlaut", S("gedaechtnistraining-buecherei-haslbrunn", "vhs-programm-50plus"))
q("Seniorenbuero Wendelsau", "umlaut", S("seniorenbuero-wendelsau"))
q("nachbarschaftshilfe muehlwinkel", "umlaut",
  S("nachbarschaftshilfe-muehlwinkel", "ehrenamtlicher-fahrdienst-muehlwinkel") + T("nachbarschaftshilfe-muehlwinkel-e-v"))
q("Buergerbus Fuerstenmoos", "umlaut", S("buergerbus-fuerstenmoos"))
q("pflegende Angehoerige", "umlaut", PFLEGENDE_ANGEHOERIGE)
q("Fusspflege", "umlaut", S("mobile-fusspflege-seidl"))
q("Seniorentreff Weissenried", "umlaut", S("seniorentreff-weissenried"))
q("schoenbichl buergerhilfe", "umlaut", S("buergerhilfe-schoenbichl"))
q("Tagespflege Fuerstenmoos", "umlaut", S("tagespflege-im-haus-am-moos", "tag-der-offenen-tuer-haus-am-moos"))

# tippfehler: one slip in a word of five or more letters
q("Nachbarschaftshilfw", "tippfehler", NACHBARSCHAFTSHILFEN)   # e -> w (neighbouring key)
q("Tagespfelge", "tippfehler", TAGESPFLEGE)                    # l/e swapped
q("hausnotrug", "tippfehler", HAUSNOTRUF)                      # f -> g
q("Demnzcafé", "tippfehler", DEMENZCAFE)                       # e missing
q("mittagstich", "tippfehler", MITTAGSTISCH)                   # s missing
q("Pfleggedienst", "tippfehler", PFLEGEDIENSTE)                # g doubled
q("Seniorenbegleitsevice", "tippfehler", S("seniorenbegleitservice-caritas"))  # r missing
q("betreuungsvereni", "tippfehler", S("betreuungsverein-wendelsau"))         # i/n swapped
q("Sanitätshuas", "tippfehler", S("sanitaetshaus-brandl"))    # a/u swapped
q("Hospizvereim", "tippfehler", HOSPIZVEREIN)                  # n -> m
q("wohnberatunf", "tippfehler", WOHNBERATUNG)                  # g -> f
q("Vorsorgevolmacht", "tippfehler", VORSORGEVOLLMACHT)         # l missing

# kompositum: a part that occurs in the answers only inside a compound
q("Begleitservice", "kompositum", S("seniorenbegleitservice-caritas"))
q("Notruf", "kompositum", HAUSNOTRUF)
q("vollmacht", "kompositum", VORSORGEVOLLMACHT)
q("Stützpunkt", "kompositum", PFLEGESTUETZPUNKT)
q("kegeln", "kompositum", S("seniorenkegeln-zeillach"))
q("Fasching", "kompositum", S("seniorenfasching-schoenbichl"))
q("wohnanlage", "kompositum", SENIORENWOHNEN)
q("Sicherheitsberater", "kompositum", S("seniorensicherheitsberater"))
q("Kino", "kompositum", S("kinonachmittag-senioren"))
q("Mahlzeiten", "kompositum", ESSEN_AUF_RAEDERN)
q("Sprechtag", "kompositum", S("rentensprechtag"))
q("Insolvenz", "kompositum", S("schuldnerberatung-diakonie"))

# synonym: words that occur only in a category's suchbegriffe -> that category's
# services and upcoming events, and the category page
ALTENHEIM = PFLEGEHEIME + S("senioren-wg-irlmoos", "wohngemeinschaft-alte-schmiede", "brk-seniorenwohnpark",
                             "betreutes-wohnen-am-marktplatz", "tag-der-offenen-tuer-haus-am-moos")
q("Altenheim", "synonym", ALTENHEIM + K("heime"))
q("altersheim wendelsau", "synonym", innen(ALTENHEIM, "heime", "wendelsau"))
q("Treppenlift", "synonym",
  innen(S("wohnberatung-wohnraumanpassung", "schreinerei-hainz", "sanitaetshaus-brandl", "vortrag-sicher-wohnen"), "wohnen")
  + K("wohnen"))
q("badumbau", "synonym",
  innen(S("wohnberatung-wohnraumanpassung", "schreinerei-hainz", "vortrag-sicher-wohnen"), "wohnen") + K("wohnen"))
q("Menüservice", "synonym", innen(ESSEN_AUF_RAEDERN, "essen") + K("essen"))
q("Essensbringdienst", "synonym", innen(ESSEN_AUF_RAEDERN, "essen") + K("essen"))
q("seniorentaxi", "synonym", kat("unterwegs", termine=False) + K("unterwegs"))
q("Krankenfahrten", "synonym", innen(ZUM_ARZT, "unterwegs") + K("unterwegs"))
q("Putzfrau", "synonym",
  innen(S("hauswirtschaftlicher-fachdienst-caritas", "nachbarschaftshilfe-st-leonhard", "buergerhilfe-schoenbichl",
          "nachbarschaftshilfe-engelsried", "freiwilligenagentur-hand-in-hand"), "haushalt") + K("haushalt"))
q("alzheimer", "synonym", kat("demenz") + K("demenz"))
q("Einsamkeit", "synonym", kat("treffpunkte") + K("treffpunkte"))
q("Kaffeekranz", "synonym",
  innen(S("seniorennachmittag-pfarrverband", "seniorennachmittag-st-korbinian", "seniorennachmittag-muehlwinkel",
          "seniorennachmittag-frauenbund", "seniorenclub-engelsried", "seniorenclub-schoenbichl", "seniorenclub-zeillach",
          "seniorentreff-altes-schulhaus", "seniorentreff-weissenried", "irlmooser-seniorenrunde",
          "seniorenrunde-pfarrhof-kirchenreuth", "seniorencafe-dorfgemeinschaftshaus", "seniorenkaffee-feuerwehrhaus",
          "seniorenkreis-evangelisch-wendelsau", "erzaehlcafe-heimatverein", "mehrgenerationenhaus-wendelsau"),
        "treffpunkte") + K("treffpunkte"))

# flexion: other inflected forms than in the entries
q("Pflegediensten", "flexion", PFLEGEDIENSTE)
q("Nachbarschaftshilfen", "flexion", NACHBARSCHAFTSHILFEN)
q("mittagstische", "flexion", MITTAGSTISCH)
q("Fahrdienste", "flexion", FAHRDIENSTE)
q("Seniorenheimen", "flexion", PFLEGEHEIME + K("heime"))
q("Hausnotrufgeräte", "flexion", HAUSNOTRUF)
q("Rollator", "flexion", S("sanitaetshaus-brandl"))
q("Demenzcafés", "flexion", DEMENZCAFE)
q("tagespflegen", "flexion", TAGESPFLEGE)
q("Vorsorgevollmachten", "flexion", VORSORGEVOLLMACHT)
q("Bürgerbusse", "flexion", BUERGERBUSSE)
q("des Hospizvereins", "flexion", HOSPIZVEREIN)

# gemeinde+kategorie: what reaches that Gemeinde (einzugsgebiet / region-wide),
# events only if held in that Gemeinde
q("pflegedienst zeillach", "gemeinde+kategorie", kat("pflege-daheim", "zeillach"))
q("Essen Haslbrunn", "gemeinde+kategorie", kat("essen", "haslbrunn"))
q("fahrdienst irlmoos", "gemeinde+kategorie", kat("unterwegs", "irlmoos"))
q("Nachbarschaftshilfe Tannried", "gemeinde+kategorie", kat("nachbarschaft", "tannried"))
q("seniorentreff weißenried", "gemeinde+kategorie", kat("treffpunkte", "weissenried"))
q("tagespflege st. leonhard", "gemeinde+kategorie", reicht(TAGESPFLEGE_IDS, "st-leonhard"))
q("demenz fürstenmoos", "gemeinde+kategorie", kat("demenz", "fuerstenmoos"))
q("gymnastik oberröth", "gemeinde+kategorie",
  reicht(["seniorengymnastik-djk-oberroeth", "aquafit-therapiebad", "kurs-sicher-gehen", "vhs-programm-50plus"], "oberroeth"))
q("pflegeheim wendelsau", "gemeinde+kategorie", S("seniorenheim-st-martin"))
q("Mittagstisch Aichenzell", "gemeinde+kategorie", reicht(MITTAGSTISCH_IDS, "aichenzell"))
q("pflege kirchenreuth", "gemeinde+kategorie",
  kat("pflege-daheim", "kirchenreuth", termine=False) + reicht(TAGESPFLEGE_IDS, "kirchenreuth"))
q("bürgerbus weißenried", "gemeinde+kategorie", S("buergerbus-zeillach"))

# mehrwort: two to four content words
q("Fahrdienst zum Arzt", "mehrwort", ZUM_ARZT)
q("Hilfe beim Einkaufen", "mehrwort", EINKAUFEN)
q("Demenz Angehörige Gesprächskreis", "mehrwort",
  S("gespraechskreis-angehoerige-demenz", "gespraechsrunde-pflegende-angehoerige-engelsried",
    "fachstelle-pflegende-angehoerige"))
q("essen auf rädern diabetiker", "mehrwort", S("essen-auf-raedern-brk", "malteser-mahlzeitendienst"))
q("Wohnung umbauen Zuschuss", "mehrwort",
  S("wohnberatung-wohnraumanpassung", "schreinerei-hainz", "vortrag-sicher-wohnen",
    "pflegestuetzpunkt-landkreis-wendelsau"))
q("Kurzzeitpflege nach Krankenhaus", "mehrwort",
  S("seniorenheim-st-martin", "brk-seniorenheim-engelsried", "tagespflege-im-haus-am-moos",
    "sozialdienst-kreisklinik"))
q("gymnastik im sitzen", "mehrwort",
  S("sitzgymnastik-st-leonhard", "seniorengymnastik-engelsried", "stuhlyoga-fuerstenmoos"))
q("Handykurs Senioren", "mehrwort",
  S("vhs-programm-50plus", "handykurs-einsteiger", "computerclub-60plus", "mehrgenerationenhaus-wendelsau"))
q("rasenmähen schneeräumen", "mehrwort",
  S("nachbarschaftshilfe-st-leonhard", "buergerhilfe-schoenbichl", "gartenpaten-oberroeth",
    "nachbarschaftshilfe-muehlwinkel"))
q("trauer treffen", "mehrwort", S("trauercafe-lichtblick", "trauerwanderung", "hospizverein-wendelsauer-land"))
q("Mittagessen in Gesellschaft", "mehrwort", MITTAGSTISCH)
q("Enkeltrick Betrug Telefon", "mehrwort", S("seniorensicherheitsberater"))

# satz: questions as an older person or a relative would type them
q("Wer bringt meiner Mutter in Haslbrunn das Mittagessen?", "satz",
  reicht(ESSEN_AUF_RAEDERN_IDS, "haslbrunn"))
q("wo kann mein mann tagsüber betreut werden er hat demenz", "satz",
  TAGESPFLEGE + S("betreuungsgruppe-auszeit", "helferkreis-demenz-sued", "alltagsbegleitung-awo"))
q("gibt es in tannried jemand der mich zum arzt fährt", "satz",
  S("seniorenbegleitservice-caritas", "rufbus-wendi", "nachbarschaftshilfe-tannried"))
q("Wie beantrage ich einen Pflegegrad?", "satz", PFLEGEGRAD)
q("Meine Mutter ist gestürzt und lebt allein, was gibt es da?", "satz",
  HAUSNOTRUF + S("kurs-sicher-gehen"))
q("Wer hilft mir bei der Vorsorgevollmacht?", "satz", VORSORGEVOLLMACHT)
q("Wo kann ich in Zeillach mit anderen Senioren Karten spielen", "satz", S("seniorenclub-zeillach"))
q("Ich pflege meinen Vater und kann nicht mehr, wer hilft mir?", "satz",
  S("fachstelle-pflegende-angehoerige", "pflegestuetzpunkt-landkreis-wendelsau",
    "gespraechsrunde-pflegende-angehoerige-engelsried", "kraftquelle-tag-pflegende-angehoerige"))
q("Gibt es in Fürstenmoos einen Bus für die Ortsteile?", "satz", S("buergerbus-fuerstenmoos", "rufbus-wendi"))
q("wer kommt zum haare schneiden ins haus", "satz", S("friseurin-kommt-ins-haus"))
q("Wo kann man in Wendelsau gemeinsam zu Mittag essen?", "satz", S("mittagstisch-mehrgenerationenhaus"))
q("Mein Vater wohnt allein in Oberröth, wer kann ab und zu nach ihm schauen?", "satz",
  S("helferkreis-oberroeth", "plaudertelefon", "alltagsbegleitung-awo"))

ARTEN = ["exakt", "praefix", "umlaut", "tippfehler", "kompositum", "synonym", "flexion",
         "gemeinde+kategorie", "mehrwort", "satz"]

ERKLAERUNG = (
    "Blinde Anfragen für die Region „Landkreis Wendelsau“ (bench/suche/blind3/region), gebaut mit "
    "--today 2026-11-22. Geschrieben, ohne Wegweisers Suchcode, frühere Anfragesätze oder eine Suchmaschine "
    "anzusehen; keine Anfrage wurde vorher in einer Suche ausprobiert. Jede Anfrage hat eine Art; "
    "eine Anfrage gilt als Treffer, wenn eine der erwarteten Seiten unter den ersten 5 Ergebnissen ist. "
    "Regeln für „erwartet“: "
    "(1) Erwartet sind alle Angebots- und Terminseiten (angebote/<id>/, termine/<id>/), deren Gegenstand die "
    "Anfrage beantwortet – nicht Einträge, die das Wort nur nebenbei erwähnen (die Seniorenberatung nennt "
    "Essen auf Rädern, ist aber kein Essen auf Rädern). "
    "(2) Ein Angebot erreicht eine Gemeinde, wenn sein einzugsgebiet sie nennt oder „alle“ ist; ohne "
    "einzugsgebiet erreicht es nur die Gemeinde, in deren Ordner es liegt; Angebote unter region/ erreichen alle. "
    "Ein Termin gehört zu der Gemeinde, in deren Ordner er liegt. "
    "(3) Vergangene Termine (letzter Tag, bei Serien „bis“, vor dem 2026-11-22) sind nie erwartet; eine "
    "laufende Serie (z. B. das monatliche Netzwerktreffen bis 2027-07-13) zählt als kommend. "
    "(4) gemeinde+kategorie: alle Angebote der gemeinten Art, die die Gemeinde erreichen (auch landkreisweite), "
    "dazu kommende Termine dieser Kategorie, die in dieser Gemeinde stattfinden; landkreisweite Termine "
    "anderswo zählen nicht. „pflege <Gemeinde>“ = Pflege daheim und Tagespflege; „pflegedienst“ = Kategorie "
    "Pflege daheim; „demenz“, „essen“, „fahrdienst“, „seniorentreff“, „nachbarschaftshilfe“ = die Kategorie "
    "gleichen Themas; „pflegeheim“, „tagespflege“, „mittagstisch“, „gymnastik“, „bürgerbus“ = nur Einträge dieser Art. "
    "(5) synonym: das Wort steht nur in den suchbegriffe einer Kategorie in kategorien.yaml, in keinem "
    "Eintrag; erwartet sind die Angebote und kommenden Termine dieser Kategorie, die dem Wort der Sache nach "
    "entsprechen (bei Menüservice die Lieferdienste, nicht die Mittagstische; bei Putzfrau, wer im Haushalt "
    "sauber macht, nicht die Friseurin; bei Alzheimer und Einsamkeit die ganze Kategorie), und die "
    "Kategorieseite kategorien/<id>/ (bei „altersheim wendelsau“ nur, was Wendelsau erreicht, ohne Kategorieseite). "
    "(6) Kategorieseiten sind außerdem erwartet, wenn die Anfrage genau das Thema einer ganzen Kategorie "
    "nennt (Tagespflege, Pflegedienste, Nachbarschaftshilfen, Fahrdienste, Seniorenheime, Hospiz); "
    "Trägerseiten (traeger/<slug>/), wenn die Anfrage einen Träger beim Namen nennt; Gemeindeseiten nie. "
    "(7) kompositum: das Anfragewort steht in keiner erwarteten Seite als eigenes Wort, nur als Teil eines "
    "Kompositums (Notruf in Hausnotruf, Vollmacht in Vorsorgevollmacht). tippfehler: genau ein Fehler "
    "(Nachbartaste, fehlender, doppelter oder vertauschter Buchstabe) in einem Wort mit mindestens fünf "
    "Buchstaben. praefix: das letzte Wort ist beim Tippen abgeschnitten. umlaut: ae/oe/ue/ss statt ä/ö/ü/ß. "
    "flexion: andere Beugungsform als im Eintrag (Plural, Dativ, Genitiv). mehrwort: 2–4 Inhaltswörter. "
    "satz: eine Frage, wie ältere Menschen oder Angehörige sie tippen."
)


def main():
    zaehl = {a: sum(1 for x in A if x["art"] == a) for a in ARTEN}
    assert all(x["art"] in ARTEN for x in A)
    aus = {"erklaerung": ERKLAERUNG, "arten": ARTEN, "anfragen": A}
    pfad = os.path.join(inhalt.HIER, "anfragen.json")
    with open(pfad, "w", encoding="utf-8") as f:
        json.dump(aus, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(A), "Anfragen:", zaehl)


if __name__ == "__main__":
    main()
