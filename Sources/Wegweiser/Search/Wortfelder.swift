/// Everyday words for the same service, as older people and their relatives type them
/// (`Altersheim` for an entry that says `Seniorenheim`, `Putzfrau` for `Haushaltshilfe`,
/// `Mahlzeitendienst` for `Essen auf Rädern`, `Pflegestufe` for `Pflegegrad`), and words for the
/// need that a service answers (`gestorben` → Trauercafé, `pleite` → Schuldnerberatung).
///
/// A region says its own synonyms in its categories' `suchbegriffe`; these fields are the ones
/// every Seniorenwegweiser needs, so that a folder whose categories name few search terms still
/// answers them. An entry that has a word of a field in its title (also as the last part of a
/// compound: `Seniorenpflegeheim`) is found by every other word of the field a little above a
/// category's search terms (`gewicht`); in a category name or its stichworte a little below them
/// (`nebenGewicht`); in its short description or its category's search terms below a body's own
/// word (`textNebenGewicht`). A phrase (`Essen auf Rädern`) counts where all its words are.
/// Measured on blind sets of such words: `bench/suche/alltag*/`.
///
/// A paragraph of the law that a letter of the Pflegekasse names (`§ 41 SGB XI`, `45b`, `37 Abs. 3
/// SGB XI`) is one word in a query, as `suche.js` (`paragraphen`) writes it: `sgbxi41`,
/// `sgbxi45b`, `sgbxi37abs3`, `sgbv37b`, `bgb1814`; the fields say what it pays for.
///
/// Only words that mean the same thing to the person searching, or name a need one kind of
/// service answers: no general words (`Hilfe`, `Haus`), nothing that would widen a query beyond
/// what was asked.
enum Wortfelder {
    /// The paragraphs the fields know (`sgbxi41`), sorted: the head tells `suche.js` which it may write.
    static let paragraphen: [String] = Array(Set(felder.joined().filter { w in
        w.wholeMatch(of: /(sgb(xi|xii|ix|v)|bgb)[0-9]+[a-z]?(abs[0-9]+)?/) != nil })).sorted()

    static let felder: [[String]] = [
        // homes and housing
        ["Pflegeheim", "Altenheim", "Altersheim", "Seniorenheim", "Altenpflegeheim", "Seniorenpflegeheim",
         "Seniorenstift", "Altenstift", "sgbxi43", "Siechenheim", "Feierabendheim"],
        ["Betreutes Wohnen", "Servicewohnen", "Wohnen mit Service", "Seniorenwohnung", "Seniorenwohnanlage",
         "Altenwohnung", "Seniorenwohnen", "Seniorenresidenz"],
        ["Wohnberatung", "Wohnraumberatung", "Wohnraumanpassung", "Wohnungsanpassung", "Wohnungsumbau", "Badumbau",
         "Wohnberater", "umbauen", "renovieren", "altersgerecht umbauen", "sgbxi40abs4"],
        ["Treppenlift", "Treppensteighilfe", "Sitzlift", "Treppenraupe"],
        // care at home
        ["Pflegedienst", "Sozialstation", "Pflegestation", "Hauskrankenpflege", "ambulante Pflege", "häusliche Pflege",
         "Hauspflege", "Gemeindeschwester", "Spitex", "sgbxi36", "sgbv37"],
        ["Gemeindeschwester", "Dorfschwester", "Gemeindepflegerin", "Gemeindepfleger"],
        ["Haushaltshilfe", "Putzhilfe", "Putzfrau", "Putzkraft", "Reinigungshilfe", "Reinigungskraft",
         "Hauswirtschaftshilfe", "Haushälterin", "Zugehfrau", "Haushaltsdienst", "Kehrwoche", "Heimhilfe",
         "haushaltsnahe Dienstleistungen"],
        ["Alltagsbegleitung", "Alltagsbegleiter", "Seniorenbegleitung", "Seniorenassistenz"],
        ["Nachbarschaftshilfe", "Nachbarschaftsdienst", "Nachbarschaftshelfer", "Bürgerhilfe"],
        ["Gartenhilfe", "Gartenarbeit", "Gartenpflege", "Rasenmähen", "Rasen mähen", "Heckenschnitt", "Hecke schneiden",
         "Datsche", "Schrebergarten", "Kleingarten"],
        ["Winterdienst", "Schneeräumen", "Schnee räumen", "Schneeschippen"],
        ["Handwerkerdienst", "Hausmeisterdienst", "Hausmeisterservice", "Reparaturdienst", "kleine Reparaturen"],
        // (loneliness is what visits and a chat on the phone answer)
        ["Besuchsdienst", "Besuchsservice", "Besuchskreis", "Besucherdienst", "besuchen", "besucht",
         "Einsamkeit", "einsam", "Vereinsamung", "vereinsamt"],
        ["Besuchshund", "Therapiehund", "Hundebesuchsdienst"],
        ["Telefonkette", "Telefonbesuchsdienst", "Telefonpaten"],
        ["Vorlesen", "Vorlesedienst", "Vorlesepaten"],
        ["Essen auf Rädern", "Mahlzeitendienst", "Menüservice", "Menübringdienst", "Mahlzeitenservice", "Menüdienst",
         "Essenslieferung", "Essensdienst", "Essenservice"],
        ["Mittagstisch", "Mittagessen"],
        ["Lieferdienst", "Lieferservice", "Bringdienst", "liefern", "geliefert", "Lieferung", "bringt", "bringen"],
        ["Verkaufswagen", "Verkaufsmobil", "fahrender Händler", "fahrender Kaufmann", "rollender Supermarkt",
         "rollender Laden", "mobiler Laden", "Bäckerwagen", "Marktwagen", "Höker"],
        // (Low German `Höker`, `Dörpsladen`: the small shop of a village)
        ["Dorfladen", "Dörpsladen", "Tante-Emma-Laden", "Hökerladen", "Höker"],
        ["pürierte Kost", "passierte Kost", "püriert", "Breikost"],
        ["Hausnotruf", "Notrufknopf", "Notknopf", "Notfallknopf", "Notrufarmband", "Notrufgerät", "Notrufsystem",
         "Seniorennotruf", "Notrufuhr", "Personennotruf", "Sturzmelder", "Sturzsensor", "hingefallen", "Notfallarmband",
         "Rufhilfe"],
        ["Mobilnotruf", "mobiler Notruf", "GPS-Notruf", "GPS-Tracker", "Ortungsgerät"],
        ["Tagespflege", "Tagesbetreuung", "Seniorenkita", "Tagesmutter", "tagsüber", "sgbxi41"],
        ["Behandlungspflege", "Insulin", "Insulinspritze", "Thrombosespritze", "Verbandswechsel", "Wundversorgung",
         "Medikamentengabe"],
        ["Entlastungsbetrag", "Entlastungsleistung", "Entlastungsleistungen", "sgbxi45a", "sgbxi45b"],
        ["Entlastung", "Entlastungsangebot", "erschöpft", "Erschöpfung", "Burnout", "überlastet", "Überlastung",
         "überfordert", "ausgebrannt"],
        ["24h", "Live-in", "Betreuungskraft", "Betreuungskräfte", "Rundumbetreuung"],
        ["geschlossene Station", "beschützender Wohnbereich", "geschützter Wohnbereich", "beschützte Station", "Demenzstation"],
        ["Intensivpflege", "Beatmung", "Heimbeatmung", "Tracheostoma", "Luftröhrenschnitt"],
        ["Pflegekurs", "Pflegeschulung", "Pflegekurse", "sgbxi45"],
        // advice, money, law
        // what a service's page says about it (`SuchMerkmale`)
        ["kostenlos", "kostenfrei", "gratis", "umsonst", "unentgeltlich", "gebührenfrei"],
        // carriers by their short names
        ["Rotes Kreuz", "BRK", "DRK"],
        ["AWO", "Arbeiterwohlfahrt"],
        ["ASB", "Arbeiter-Samariter-Bund"],
        ["barrierefrei", "rollstuhlgerecht", "behindertengerecht", "rollstuhlgeeignet", "rollstuhlfreundlich",
         "stufenlos", "rollstuhlzugänglich", "ebenerdig", "barrierearm", "schwellenlos"],
        ["Pflegegrad", "Pflegestufe", "sgbxi14", "sgbxi15"],
        ["Pflegekasse", "Pflegeversicherung"],
        ["Pflegeberatung", "Pflegestützpunkt", "sgbxi7a", "sgbxi7b", "sgbxi37", "sgbxi38"],
        ["Pflegestützpunkt", "PSP", "sgbxi7c"],
        ["Antrag", "Anträge", "beantragen", "Antragstellung"],
        ["Beratungseinsatz", "Beratungsbesuch", "Beratungsbesuche", "Pflichtberatung", "Pflichtbesuch", "sgbxi37abs3"],
        ["Elternunterhalt", "Heimkosten", "Unterhaltspflicht"],
        ["Seniorenberatung", "Altenberatung", "Seniorenbüro", "Seniorenberatungsstelle"],
        ["Seniorenbeirat", "Seniorenvertretung", "Seniorenrat", "Seniorenbeauftragte", "Seniorenbeauftragter"],
        ["Rentenberatung", "Rentensprechtag", "Rentenantrag", "Rentenbescheid", "Versichertenberater",
         "Versichertenälteste", "Rentenversicherung", "Mütterrente", "Witwenrente", "Hinterbliebenenrente",
         "Erwerbsminderungsrente"],
        ["Grundsicherung", "Sozialhilfe", "Bürgergeld", "Altersarmut", "sgbxii27", "sgbxii41", "sgbxii42", "sgbxii61", "Sozialamt", "Fürsorge", "Fürsorgeamt", "Wohlfahrtsamt", "Armenkasse", "Armenfürsorge"],
        ["Schuldnerberatung", "Schuldenberatung", "Insolvenzberatung", "Schulden", "Geldsorgen", "Überschuldung",
         "Privatinsolvenz", "Mahnbescheid", "Mahnung", "Pfändung", "Gerichtsvollzieher", "Inkasso", "pleite"],
        ["Schwerbehindertenausweis", "Behindertenausweis", "Schwerbeschädigtenausweis", "Schwerbehinderung", "GdB",
         "Grad der Behinderung", "sgbix152"],
        ["Vorsorgevollmacht", "Vollmacht", "Generalvollmacht", "bgb1820"],
        ["Patientenverfügung", "Patiententestament"],
        ["Betreuungsverein", "Betreuungsstelle", "Vormundschaft", "Vormund", "Entmündigung", "rechtliche Betreuung",
         "gesetzliche Betreuung", "bgb1814", "bgb1896"],
        ["Erbrecht", "Erbschaft", "Testament", "Nachlass"],
        ["Energiekosten", "Stromkosten", "Stromrechnung", "Heizkosten", "Energieberatung", "Stromsparcheck"],
        ["Enkeltrick", "Trickbetrug", "Trickbetrüger", "Telefonbetrug", "Schockanruf", "Betrugsmasche", "Trickdiebstahl",
         "Betrug", "Betrüger", "Abzocke", "Gauner", "Haustürbetrug", "falsche Polizisten"],
        ["Einbruchschutz", "Einbruchsschutz", "Einbruch", "Einbrecher", "Türschloss"],
        ["Antragshilfe", "Formularhilfe", "Formulare", "Schreibhilfe", "Amtsdeutsch", "Papierkram", "Behördenpost"],
        ["Begutachtung", "Pflegebegutachtung", "Pflegegutachten", "MDK", "Medizinischer Dienst", "sgbxi18"],
        ["Notfalldose", "Rettungsdose", "Notfallbox"],
        // health
        ["Arzt", "Doktor", "Hausarzt", "Arztpraxis", "Hausarztpraxis", "Allgemeinarzt"],
        ["Ärztehaus", "Ärztezentrum", "Poliklinik", "MVZ", "Medizinisches Versorgungszentrum", "Gesundheitszentrum"],
        ["Bereitschaftsdienst", "ärztlicher Bereitschaftsdienst", "Bereitschaftspraxis", "Notfallpraxis", "Notdienst",
         "Arztnotdienst", "Notfallambulanz", "116117"],
        ["Wiederbelebung", "Reanimation", "Herzdruckmassage", "Defibrillator", "Erste Hilfe"],
        ["Hausbesuch", "Hausbesuche", "mobil"],
        ["Krankenhaus", "Klinik", "Klinikum", "Spital"],
        ["Physiotherapie", "Krankengymnastik", "Physiotherapeut"],
        ["Fußpflege", "Podologie", "Podologe", "Pediküre", "Fußpflegerin", "Fußnägel", "Zehennägel", "Nagelpflege", "Hühneraugen"],
        ["Hörgerät", "Hörhilfe", "Hörakustiker", "Hörgeräteakustiker", "Hörakustik", "schwerhörig", "Schwerhörigkeit",
         "hören", "hört", "Hörtest", "Gehör"],
        ["Sehbehinderung", "sehbehindert", "Makuladegeneration", "Makula", "Großdruck", "Sehschwäche", "Sehverlust",
         "Sehkraft", "Sehhilfe"],
        ["Demenz", "Alzheimer", "dement", "Vergesslichkeit", "vergesslich", "vergisst", "vergessen", "verwirrt",
         "Verwirrtheit", "tüdelig", "verkalkt"],
        ["Depression", "depressiv", "schwermütig", "Schwermut", "Niedergeschlagenheit"],
        ["Zahnarzt", "Zahnärztin", "zahnärztlich", "Zahnarztpraxis", "Zähne", "Gebiss", "Zahnprothese", "Zahnersatz",
         "dritte Zähne", "Zahnbehandlung"],
        ["Diabetes", "Diabetiker", "Zuckerkrankheit", "zuckerkrank"],
        ["Inkontinenz", "Inkontinenzmaterial", "Inkontinenzartikel", "Windeln", "Erwachsenenwindeln"],
        ["Sanitätshaus", "Hilfsmittel", "Pflegehilfsmittel", "Toilettenstuhl", "Pflegebett", "Badewannenlift", "Duschhocker",
         "Duschstuhl", "Kompressionsstrümpfe", "Thrombosestrümpfe", "Stützstrümpfe", "Nachtstuhl", "sgbxi40", "sgbv33"],
        ["Medikamente", "Arzneimittel", "Arznei", "Tabletten", "Pillen"],
        ["Herzsport", "Herzgruppe", "Herzsportgruppe", "Koronarsport"],
        ["Rückenschule", "Rückengymnastik", "Rückentraining", "Wirbelsäulengymnastik"],
        ["Gedächtnissprechstunde", "Gedächtnisambulanz", "Demenztest", "Demenzabklärung"],
        ["Sturzprophylaxe", "Sturzprävention", "Sturzvorbeugung", "Sturztraining", "Hinfallen", "hinzufallen", "hingefallen"],
        ["Rollator", "Gehwagen", "Gehhilfe", "Gehstock", "Krückstock", "Krücke", "Krücken", "Gehstützen"],
        ["Rollatortraining", "Rollatorkurs", "Rollatorführerschein"],
        ["Rollstuhl", "Rolli"],
        ["Hospiz", "Sterbebegleitung", "Hospizbegleitung", "Hospizdienst", "Hospizhelfer", "Sterben", "Lebensende",
         "unheilbar", "todkrank", "sterbenskrank", "sgbv39a"],
        ["Krankensalbung", "letzte Ölung", "Sterbesakramente", "Versehgang"],
        ["Palliativversorgung", "SAPV", "Palliativpflege", "sgbv37b"],
        ["Trauercafé", "Trauertreff", "Trauergruppe", "Trauerkreis", "Trauerbegleitung", "Trauerfall", "Todesfall",
         "Trauer", "Trauernde", "gestorben", "verstorben", "verwitwet", "Witwe", "Witwer", "Tod"],
        ["Kurzzeitpflege", "Urlaubspflege", "KZP", "sgbxi42", "sgbv39c"],
        ["Verhinderungspflege", "Urlaubspflege", "Ersatzpflege", "sgbxi39"],
        // getting about
        ["Krankenfahrt", "Krankentransport", "Krankentaxi", "Krankenfahrdienst", "Dialysefahrt", "Liegendtransport",
         "Rollstuhlfahrdienst", "Patiententransport", "sgbv60"],
        ["Fahrdienst", "Fahrservice", "Fahrtendienst", "Seniorenfahrdienst", "Mitfahrdienst", "Chauffeur"],
        ["Radeln ohne Alter", "Rikscha", "Rikschafahrt", "Fahrradtaxi"],
        ["Bürgerbus", "Dorfbus", "Gemeindebus"],
        ["Rufbus", "Anrufsammeltaxi", "Ruftaxi", "Anrufbus", "Sammeltaxi"],
        ["Fahrsicherheit", "Fahrtauglichkeit", "Fahreignung", "Fahrtraining", "Fit im Auto"],
        ["Mitfahrbank", "Mitfahrerbank", "Mitfahrbänkle", "Anhalter", "trampen", "Mitfahrgelegenheit", "mitnehmen",
         "mitgenommen"],
        ["Begleitdienst", "Begleitservice"],
        ["Einkaufshilfe", "Einkaufsservice", "Einkaufsdienst"],
        ["Einkaufsfahrt", "Einkaufsbus"],
        // meeting, moving, learning
        ["Seniorentreff", "Seniorenclub", "Seniorenkreis", "Seniorennachmittag", "Seniorencafé", "Altenclub",
         "Altennachmittag", "Rentnertreff", "Altentreff", "Rentnerclub", "Seniorenrunde"],
        ["Kaffeeklatsch", "Kaffeenachmittag", "Kaffeekränzchen", "Kaffeekranzl", "Kaffeerunde"],
        ["Frühstück", "Brunch", "Seniorenfrühstück", "Frühstückstreff"],
        ["Plaudertelefon", "Plauderstunde", "Plaudertreff", "Plausch", "Schwätzle", "Ratsch", "Klönschnack",
         "Einsamkeit", "einsam", "Vereinsamung", "vereinsamt"],
        ["Gymnastik", "Turnen", "Seniorensport"],
        ["Wassergymnastik", "Aquafitness", "Aquafit", "Aquagymnastik", "Wasserfitness", "Schwimmen", "Seniorenschwimmen"],
        ["Bewegungsparcours", "Trimm-dich-Pfad", "Trimmpfad", "Fitnessparcours", "Bewegungspark", "Seniorenspielplatz"],
        ["E-Bike", "Pedelec", "Elektrofahrrad"],
        ["Tanztee", "Tanznachmittag", "Seniorentanz", "Tanzcafé", "Tanzabend", "Schwof"],
        ["Boule", "Boccia", "Pétanque"],
        ["Handarbeit", "Handarbeitskreis", "Handarbeitstreff", "Strickkreis", "Strickcafé", "Stricken", "Häkeln",
         "Nähkreis", "Nähkränzchen"],
        ["Männerschuppen", "Männerwerkstatt", "Hobbywerkstatt", "Hobbykeller"],
        ["Sprachkurs", "Fremdsprache", "Fremdsprachen"],
        ["Migration", "Migrationshintergrund", "Migranten", "Migrantinnen", "Zuwanderer", "Einwanderer", "interkulturell",
         "kultursensibel", "Gastarbeiter", "Aussiedler", "Spätaussiedler"],
        ["Reparaturcafé", "Repair-Café", "Reparaturtreff"],
        ["Leihoma", "Leihopa", "Leihgroßeltern", "Wunschgroßeltern", "Wunschoma", "Großelterndienst"],
        ["Chor", "Singkreis", "Seniorenchor", "Singgruppe", "Singen", "Liedertafel", "Gesangverein", "gesungen",
         "Singstunde", "Volkslieder"],
        ["Volksmusik", "Hoagascht", "Hoagarten", "Stubenmusik", "Musikantenstammtisch", "Musizierrunde", "Hoigarta", "Hoigarten", "Hoagarta", "Hoangart"],
        ["Kartenspielen", "Karten spielen", "Kartenrunde", "Kartenspiel", "karteln", "Schafkopf", "Skat", "Skatrunde",
         "Doppelkopf", "Rommé", "Watten"],
        ["Kino", "Film", "Filmnachmittag", "Kinonachmittag", "Seniorenkino", "Lichtspiele", "Lichtspielhaus"],
        ["Fasching", "Fastnacht", "Fasnacht", "Karneval", "Fasnet", "Kappensitzung", "Prunksitzung", "Faschingssitzung",
         "Kappenabend", "Weiberfasching", "Rosenmontag"],
        ["Weihnachtsfeier", "Adventsfeier", "Adventsnachmittag", "Weihnachtsnachmittag", "Advent", "adventlich"],
        ["Ausflug", "Tagesfahrt", "Tagesausflug", "Seniorenausflug", "Schifffahrt", "Dampferfahrt", "Schiffsausflug",
         "Busfahrt", "Busreise", "Busausflug"],
        ["Totensonntag", "Ewigkeitssonntag"],
        ["Seniorenerholung", "Seniorenurlaub", "Seniorenfreizeit", "Erholungsfreizeit"],
        ["Gedächtnistraining", "Gehirnjogging", "Gedächtnisübungen", "Gedächtnissport", "Denksport"],
        ["Smartphone", "Handy", "Mobiltelefon", "iPhone"],
        ["Tablet", "iPad"],
        ["Computer", "PC", "Laptop", "Rechner"],
        ["Bücherei", "Bibliothek", "Mediathek"],
        ["Bücherbringdienst", "Medienbringdienst", "Bücherdienst"],
        ["Ehrenamt", "Freiwilligenarbeit", "Freiwilligenagentur", "Freiwilligenzentrum", "Ehrenamtsbörse", "Engagement", "engagieren"],
        ["Friseur", "Frisör", "Coiffeur", "Haarschnitt", "Friseurin", "Friseurmeisterin", "Frisörin", "Haare schneiden"],
        ["daheim", "zuhause"],
    ]
}

extension Wortfelder {
    /// A word of a field counts in a document where its weight is at least this: the word itself
    /// in a title, category name or stichwort (4 × 6 or more), or the last part of a compound in
    /// a title (¾ × 4 × 10); not a part before the last (`Turnhalle` is no Turnen), a category's
    /// search terms, the body, the short description, a carrier or a Gemeinde. (18 found the
    /// same on all six query sets, with `Turnhalle` as Gymnastik.)
    static let mindestGewicht: UInt8 = 24
    /// The weight the other words of the field get (4 × 4): more than a category's search terms
    /// (4 × 3), which stand in every entry of the category, as here the entry's own title or
    /// stichworte say it (measured on five blind and own query sets: MRR equal or higher than
    /// with 12 on each, bench/suche/blind3 116 → 117 of 120).
    static let gewicht: UInt8 = 16
    /// A word of the field in the title (the whole word, or a compound's last part: 30 or more)
    /// gives the others `gewicht`; in a category name or stichwort only, `nebenGewicht`, so that a
    /// `Hausnotruf` by its title comes before a fall course filed under the category Hausnotruf.
    static let titelGewicht: UInt8 = 30
    /// What the other words get from a word in a category name or stichwort only: a little less
    /// than a category's search terms (4 × 3), so that where a region names the word itself
    /// (`Ersatzpflege` as a search term of its Kurzzeitpflege) its entries come first, and more
    /// than a body.
    static let nebenGewicht: UInt8 = 11
    /// A word of the field in a short description or a category's search terms (4 × 3) gives the
    /// others this, below a body's own word (4 × 1): `Windeln` finds the Sanitätshaus whose short
    /// description names its Inkontinenzartikel, after any entry that says it. Not where more than
    /// a 64th of the documents would get the word so (measured at 100 000 services: keys of 35 000
    /// documents each for words no entry has, +4 MB); there only the heavy fields count. (The body
    /// as a source, 4, found three more queries of two sets that had led to the fields, none of
    /// the set written after them.)
    static let textGewicht: UInt8 = 12, textNebenGewicht: UInt8 = 3
    /// A part before the last of a compound in a title (½ × 4 × 10) is no source (`Turnhalle`).
    static let titelTeil: Range<UInt8> = 20..<mindestGewicht
    /// The last part of a compound in a title (¾ × 4 × 10): a source, but no second word beside
    /// the compound (`Seniorenpflegeheim` is one word of the field, not two).
    static let titelSchwanz: Range<UInt8> = 30..<40

    /// Adds to the postings of every word of a field the documents that have another word of it
    /// (`keys` sorted as JavaScript sorts strings, and the lists beside them, are updated; a word
    /// no document has becomes a key with itself as its form). Returns the keys it made.
    @discardableResult
    static func ergaenze(schluessel: inout [String], formen: inout [[String]], docs: inout [[Int32]],
                         gewichte: inout [[UInt8]], teile: inout [[String]], dokumente: Int) -> Set<String> {
        var neu = Set<String>()
        var zaehler = [UInt8](repeating: 0, count: dokumente)
        let stemmer = Stemmer()
        let stopp = Set(Stoppwoerter.liste)
        let zielgruppe = Set(Stoppwoerter.zielgruppenSchluessel)
        var nummer = Dictionary(uniqueKeysWithValues: schluessel.enumerated().map { ($1, $0) })
        for feld in felder {
            // per word of the field: its keys (with the normalised word each comes from)
            let woerter: [[(schluessel: String, form: String)]] = feld.map { wort in
                SuchNormalisierung.tokens(wort).filter { !stopp.contains($0) }.map { (stemmer.stamm($0), $0) }
            }
            // per word: the documents that have every key of it in a heavy field, in the title,
            // or at least in a short description or search term (each ascending)
            func mitGewicht(_ mindestens: UInt8, ohne: Range<UInt8> = 0..<0) -> [[Int32]] {
                woerter.map { teile in
                    var menge: [Int32]? = nil
                    for t in teile {
                        guard let k = nummer[t.schluessel] else { return [] }
                        var schwer: [Int32] = []
                        for (d, g) in zip(docs[k], gewichte[k]) where g >= mindestens && !ohne.contains(g) { schwer.append(d) }
                        menge = menge.map { schnitt($0, schwer) } ?? schwer
                    }
                    return menge ?? []
                }
            }
            let haben = mitGewicht(mindestGewicht), imTitel = mitGewicht(titelGewicht), imText = mitGewicht(textGewicht, ohne: titelTeil)
            // (a compound's last part in a title is no evidence of its own beside the compound)
            let belege = mitGewicht(mindestGewicht, ohne: titelSchwanz)
            let zweiOderMehr = zaehle(belege, &zaehler)
            defer { for liste in belege { for d in liste { zaehler[Int(d)] = 0 } } }
            for (i, teileDesWorts) in woerter.enumerated() {
                var dazu: [Int32] = [], schwer: [Int32] = [], ausTiteln: [Int32] = []
                for j in haben.indices where j != i {
                    dazu = vereinigung(dazu, imText[j])
                    schwer = vereinigung(schwer, haben[j])
                    ausTiteln = vereinigung(ausTiteln, imTitel[j])
                }
                guard !dazu.isEmpty else { continue }
                // (a word many short descriptions say is a general word there: only the heavy fields count)
                if dazu.count - schwer.count > max(64, dokumente / 64) { dazu = schwer }
                guard !dazu.isEmpty else { continue }
                let mehrfach = mehrfach(zweiOderMehr, ohne: belege[i], zaehler)
                for t in teileDesWorts {
                    let k: Int
                    if let vorhanden = nummer[t.schluessel] {
                        k = vorhanden
                    } else {
                        k = schluessel.count
                        nummer[t.schluessel] = k
                        neu.insert(t.schluessel)
                        schluessel.append(t.schluessel)
                        formen.append([t.form])
                        docs.append([])
                        gewichte.append([])
                        // a compound the field made a key still finds what has its parts (`Kaffeefahrt`)
                        teile.append(teileVon(t.form))
                    }
                    (docs[k], gewichte[k]) = dazuMischen(docs[k], gewichte[k], dazu, schwer, ausTiteln, mehrfach)
                }
            }
        }
        /// The keys of the parts of a word no document has, as a query word is split (`zerlege` in
        /// suche.js: against the keys and their stems), or none.
        func teileVon(_ form: String) -> [String] {
            var wort = form
            let stuecke: [String]? = wort.withUTF8 { puffer in
                Zerlegung.teile(puffer) { teil in
                    let t = String(decoding: teil, as: UTF8.self)
                    return nummer[t] != nil || (teil.count >= 4 && nummer[stemmer.stamm(t)] != nil)
                }?.map { String(decoding: puffer[$0], as: UTF8.self) }
            }
            guard let stuecke else { return [] }
            let keys = stuecke.map { nummer[$0] != nil ? $0 : stemmer.stamm($0) }
            // (not with a part that only says for whom or `Hilfe`: `Sozialhilfe` is no `sozial`)
            return keys.allSatisfy { nummer[$0] != nil && !zielgruppe.contains($0) } ? keys : []
        }
        // new keys (appended): into JavaScript string order, each where it belongs
        guard !neu.isEmpty else { return neu }
        let alt = schluessel.count - neu.count
        func vor(_ a: String, _ b: String) -> Bool { a.utf16.lexicographicallyPrecedes(b.utf16) }
        let neue = (alt..<schluessel.count).sorted { vor(schluessel[$0], schluessel[$1]) }
        var ordnung: [Int] = []
        ordnung.reserveCapacity(schluessel.count)
        var i = 0, j = 0
        while i < alt || j < neue.count {
            if j == neue.count || (i < alt && vor(schluessel[i], schluessel[neue[j]])) { ordnung.append(i); i += 1 } else { ordnung.append(neue[j]); j += 1 }
        }
        schluessel = ordnung.map { schluessel[$0] }
        formen = ordnung.map { formen[$0] }
        docs = ordnung.map { docs[$0] }
        gewichte = ordnung.map { gewichte[$0] }
        teile = ordnung.map { teile[$0] }
        return neu
    }

    /// Counts in `zaehler` (one per document, up to 3) in how many of the lists each document
    /// is; returns those in two or more, ascending.
    private static func zaehle(_ listen: [[Int32]], _ zaehler: inout [UInt8]) -> [Int32] {
        var aus: [Int32] = []
        for liste in listen {
            for d in liste {
                if zaehler[Int(d)] == 1 { aus.append(d) }
                if zaehler[Int(d)] < 3 { zaehler[Int(d)] += 1 }
            }
        }
        return aus.sorted()
    }

    /// Of the documents in two lists or more (`zweiOderMehr`, counted in `zaehler`), those in two
    /// or more besides the list `ohne` (a word's own), ascending.
    private static func mehrfach(_ zweiOderMehr: [Int32], ohne: [Int32], _ zaehler: [UInt8]) -> [Int32] {
        var aus: [Int32] = [], j = 0
        for d in zweiOderMehr {
            while j < ohne.count && ohne[j] < d { j += 1 }
            let eigen: UInt8 = j < ohne.count && ohne[j] == d ? 1 : 0
            if zaehler[Int(d)] - eigen >= 2 { aus.append(d) }
        }
        return aus
    }

    /// The documents in both ascending lists.
    private static func schnitt(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var aus: [Int32] = [], i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { aus.append(a[i]); i += 1; j += 1 }
        }
        return aus
    }

    /// The documents in either ascending list.
    private static func vereinigung(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var aus: [Int32] = [], i = 0, j = 0
        aus.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { aus.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { aus.append(b[j]); j += 1 }
            else { aus.append(a[i]); i += 1; j += 1 }
        }
        return aus
    }

    /// A key's postings with the documents `dazu` (ascending) where they weigh less: at `gewicht`
    /// those in `ausTiteln`, at `nebenGewicht` the others in `schwer`, at `textNebenGewicht` the
    /// rest (`ausTiteln` ⊆ `schwer` ⊆ `dazu`, all ascending); one more where a document has two
    /// words of the field or more in heavy fields (`mehrfach`: `Pflegeheim` in the title and
    /// `Seniorenheime` in the category is surer than `… im Seniorenheim` in a visiting service's title).
    private static func dazuMischen(_ d: [Int32], _ g: [UInt8], _ dazu: [Int32], _ schwer: [Int32],
                                    _ ausTiteln: [Int32], _ mehrfach: [Int32]) -> ([Int32], [UInt8]) {
        var ausD: [Int32] = [], ausG: [UInt8] = [], i = 0, j = 0, t = 0, h = 0, m = 0
        func gewichtVon(_ doc: Int32) -> UInt8 {
            while m < mehrfach.count && mehrfach[m] < doc { m += 1 }
            let plus: UInt8 = m < mehrfach.count && mehrfach[m] == doc ? 1 : 0
            while t < ausTiteln.count && ausTiteln[t] < doc { t += 1 }
            if t < ausTiteln.count && ausTiteln[t] == doc { return gewicht + plus }
            while h < schwer.count && schwer[h] < doc { h += 1 }
            return h < schwer.count && schwer[h] == doc ? nebenGewicht + plus : textNebenGewicht
        }
        ausD.reserveCapacity(d.count + dazu.count)
        ausG.reserveCapacity(d.count + dazu.count)
        while i < d.count || j < dazu.count {
            if j == dazu.count || (i < d.count && d[i] < dazu[j]) {
                ausD.append(d[i]); ausG.append(g[i]); i += 1
            } else if i == d.count || dazu[j] < d[i] {
                ausD.append(dazu[j]); ausG.append(gewichtVon(dazu[j])); j += 1
            } else {
                ausD.append(d[i]); ausG.append(max(g[i], gewichtVon(d[i]))); i += 1; j += 1
            }
        }
        return (ausD, ausG)
    }
}
