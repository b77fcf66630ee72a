/// Words too common to search for. Normalised (`fuer`, not `für`). The list is written
/// into the index, so `suche.js` drops exactly the same words from a query.
/// Single letters are dropped as well (digits are kept).
enum Stoppwoerter {
    static let liste: [String] = [
        "ab", "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
        "andere", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim", "bin", "bis",
        "bist", "bzw", "da", "damit", "dann", "das", "dass", "dein", "dem", "den", "denn", "der", "des",
        "dessen", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch",
        "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa",
        "euch", "euer", "fuer", "gegen", "gibt", "hat", "hatte", "ich", "ihm", "ihn", "ihr", "ihre",
        "ihrem", "ihren", "ihrer", "im", "in", "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder",
        "jedes", "kann", "koennen", "man", "mehr", "mich", "mir", "mit", "muss", "nach", "nicht", "noch",
        "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich",
        "sie", "sind", "so", "soll", "sollen", "sondern", "sowie", "ueber", "um", "und", "uns", "unser",
        "unter", "usw", "vom", "von", "vor", "waehrend", "war", "was", "weil", "welche", "wenn", "wer",
        "werden", "wie", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwischen",
    ]

    /// Words that join an open hyphen to the full word: `Fahr- und Begleitdienste`.
    static let bindewoerter: Set<String> = ["und", "oder", "bzw", "sowie", "u"]
}
