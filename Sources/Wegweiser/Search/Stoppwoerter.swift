/// Words too common to search for. Normalised (`fuer`, not `für`). The list is written
/// into the index, so `suche.js` drops exactly the same words from a query.
/// Single letters are dropped as well (digits are kept).
///
/// Besides the usual function words: the words a question begins with and the pronouns and
/// adverbs of a spoken sentence. (The relatives people search for, `Fahrdienst für meine Mutter`,
/// are in `zielgruppe`: beside other words they rank, alone they are the query.)
enum Stoppwoerter {
    /// The words, and each spelled without the e of its umlaut as people type it without
    /// umlauts (`fur`, `uber`, `konnen`; not `ware`, a word of its own).
    static let liste: [String] = {
        let ohneUmlaut = woerter.map(SuchIndexBau.umlautfrei).filter { !woerter.contains($0) && $0 != "ware" }
        return woerter + Array(Set(ohneUmlaut)).sorted()
    }()

    private static let woerter: [String] = [
        "ab", "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
        "andere", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim", "bin", "bis",
        "bist", "bzw", "da", "damit", "dann", "das", "dass", "dein", "deine", "deinem", "deinen", "deiner", "dem", "den", "denn", "der", "des",
        "dessen", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch",
        "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa",
        "euch", "euer", "fuer", "gegen", "gibt", "hat", "hatte", "ich", "ihm", "ihn", "ihr", "ihre",
        "ihrem", "ihren", "ihrer", "im", "in", "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder",
        "jedes", "kann", "koennen", "man", "mehr", "mein", "meine", "meinem", "meinen", "meiner", "mich", "mir", "mit", "muss", "nach", "nicht", "noch",
        "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich",
        "sie", "sind", "so", "soll", "sollen", "sondern", "sowie", "ueber", "um", "und", "uns", "unser", "unsere", "unserem", "unseren", "unserer",
        "unter", "usw", "vom", "von", "vor", "waehrend", "war", "was", "weil", "welche", "wenn", "wer",
        "werden", "wie", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwischen",
        // as spoken (`Angst vorm Hinfallen`: not the beginning of `Vormittag`)
        "vorm", "unterm", "ueberm", "hinterm", "aufm",
        // how a question begins (`Ich suche jemanden, der …`, `Wer kann mir helfen`, `ich wohne in …`)
        "benoetige", "benoetigen", "brauche", "brauchen", "braucht", "gern", "gerne", "jemand", "jemanden",
        "koennte", "komme", "moechte", "moechten", "suche", "suchen", "sucht", "gesucht", "wohne", "wohnt", "wuerde",
        // and asks politely (`Können Sie mir sagen, wo …`, `Wäre es möglich, dass …`) or for an overview
        "sagen", "sage", "sagt", "waere", "moeglich", "ueberblick", "uebersicht",
        // (`Was steht meiner Mutter mit Pflegegrad 3 zu?`)
        "steht",
        // and the verbs and words around what is asked (`wo bekomme ich …`, `… prüfen lassen`,
        // `Friseur kommt ins Haus`, `per Anhalter`, `kein Führerschein mehr`)
        "bekomme", "bekommen", "bekommt", "stelle", "stellen", "stellt", "kommen", "kommt", "finde", "finden",
        "lassen", "laesst", "mache",
        "machen", "macht", "tun", "bitte", "mal", "per", "kein", "keine", "keinen", "keiner",
        // pronouns and adverbs of a sentence (`Eltern wohnen weit weg, wer kann nach ihnen sehen`)
        "ihnen", "denen", "deren", "etwas", "schon", "immer", "oft", "wieder", "hier", "weit", "weg",
    ]

    /// The people the whole directory is for (`Gymnastik für Senioren`, `Tanzen für Ältere`,
    /// `Computerhilfe für Rentner`), and what it offers them all (`Hilfe`: `Computer Hilfe
    /// Neumühlen`, `Hilfe mit dem Laptop`). Normalised words of a query. Beside other words they
    /// rank, they do not filter: nearly every entry is for older people and a help, few say so in
    /// words, and as a condition such a word left the entry the query asked for out (as a number,
    /// `pflichtWoerter` in suche.js). Alone they are the query. Their keys go into the index head
    /// as `zielgruppe`.
    static let zielgruppe: [String] = [
        "senioren", "senior", "seniorin", "seniorinnen", "aeltere", "aelteren", "aelterer", "alte", "alten",
        "rentner", "rentnerin", "rentnerinnen", "ruhestaendler", "pensionaere", "menschen", "leute", "hilfe", "hilfen",
        // (and as a verb: `wer hilft mir im Garten`; `Angebote für Männer`: every entry is one)
        "hilft", "helfen", "angebot", "angebote",
        // the relatives people search for (`Tagespflege für Opa`, `Fahrdienst für meine Mutter`): they say
        // who needs the help, not what help; alone they are the query (`Großeltern`: Leih-Großeltern)
        "eltern", "grosseltern", "grossmutter", "grossvater", "mama", "mutter", "oma", "opa", "papa",
        "schwiegereltern", "schwiegermutter", "schwiegervater", "vater",
        // what it costs (`Was kostet ein Hausnotruf?`, `Hausnotruf kostenlos`): most entries say it in a
        // field of their own or not at all; the free ones first, the others not left out
        "kosten", "kostet", "kostenlos", "kostenfrei", "gratis", "umsonst", "preis", "preise",
        // what kind of talk (`Vortrag Pflegegrad`: the evening on applying for a Pflegegrad says
        // "so geht's", not Vortrag; `Veranstaltung` asks for events and stays a condition)
        "vortrag", "vortraege", "infoabend", "infonachmittag", "informationsabend", "infoveranstaltung",
        "informationsveranstaltung",
    ]

    /// The keys of `zielgruppe` (`senior`, `aelt`, `alt` …): the index head lists them, and
    /// suche.js and `SuchAntworten` treat a query word with such a key as rank only.
    static let zielgruppenSchluessel: [String] = {
        let stemmer = Stemmer()
        return Array(Set(zielgruppe.map { stemmer.stamm($0) })).sorted()
    }()

    /// Words that join an open hyphen to the full word: `Fahr- und Begleitdienste`.
    static let bindewoerter: Set<String> = ["und", "oder", "bzw", "sowie", "u"]
}
