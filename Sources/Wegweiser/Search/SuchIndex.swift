import Foundation

/// The search index the site ships in `suchindex/`, read by `assets/suche.js`.
/// The format is described in `SuchIndexFormat.swift`.
public struct SuchIndex {
    public static let format = 2

    /// How the index is split into files.
    struct Aufteilung {
        /// Up to this many bytes (uncompressed), everything goes into `index.js`: one request.
        var einzelneDateiBis = 400_000
        /// Estimated compressed size of a term shard `t/<n>.js` (about 10 KB gzip as sent). A query
        /// of several words loads one per word: 36 000 cost 14 % more bytes on the 100 000 services'
        /// query set (the largest first query 111 KB instead of 96) and 23 % more on the second
        /// blind region, for 3 requests fewer out of 118 and 334.
        var begriffeZiel = 18_000
        /// Posting lists longer than this (characters) go to a file of their own, `p/<n>.js`.
        var trefferEigeneDateiAb = 6_000
        /// Uncompressed size of a document shard `d/<n>.js`.
        var dokumenteZiel = 24_000
        /// Results per key shown before anything else is loaded (the first page).
        var ersteSeite = 10
        /// A postings file carries the display records of its key's best documents, this many: the
        /// first page of a query of several frequent words is often among them (at 100 000 services,
        /// 25 such queries: 10 → 81 requests instead of 88, 19 within 3 instead of 17; 40 → 60:
        /// 78 and 19; the index 4.9 MB larger, 3.3 MB more for each step of 20).
        var trefferDateiSeite = 40
        /// Answer likely queries of several words in advance (`SuchKombinationen`).
        var kombinationen = true
        /// Bytes (uncompressed) for the list of frequent keys in the head (typos at the start of a word).
        var haeufigBytes = 6_000
    }

    /// The files to write below the site's `suchindex/` folder: relative path → bytes.
    /// Deterministic: the same input gives the same bytes.
    /// `suchbegriffe`: each category's search terms (by id), for the queries answered in advance.
    public static func dateien(dokumente: consuming [SuchDokument],
                               gemeinden: [(id: String, name: String)],
                               kategorien: [(id: String, name: String)],
                               suchbegriffe: [String: [String]] = [:]) -> [(pfad: String, inhalt: [UInt8])] {
        var uhr = SuchMessung()
        // (handed on, not copied: the documents are put in order in place)
        let bau = SuchIndexBau(dokumente: consume dokumente)
        uhr.schritt("index")
        let ergebnis = dateien(bau: bau, gemeinden: gemeinden, kategorien: kategorien, suchbegriffe: suchbegriffe)
        imHintergrundFreigeben(consume bau)
        uhr.schritt("dateien")
        return ergebnis
    }

    /// The head of a split index as JSON for the search page itself (`<script type="application/json"
    /// id="suchkopf">`), so that a first query needs one request less; nil for a one-file index,
    /// which stays a file of its own. `<` is written `\u003c`: the text cannot end the element.
    static func kopfFuerSeite(_ dateien: [(pfad: String, inhalt: [UInt8])]) -> String? {
        guard dateien.count > 1, let datei = dateien.first(where: { $0.pfad == "index.js" })?.inhalt,
              let kopf = JSONSchreiber.inhalt("index", ausDatei: datei) else { return nil }
        var json: [UInt8] = []
        json.reserveCapacity(kopf.count)
        for b in kopf {
            if b == 0x3C { json.append(contentsOf: Array("\\u003c".utf8)) } else { json.append(b) }
        }
        return String(decoding: json, as: UTF8.self)
    }

    static func dateien(bau: SuchIndexBau,
                        gemeinden: [(id: String, name: String)],
                        kategorien: [(id: String, name: String)],
                        suchbegriffe: [String: [String]] = [:],
                        aufteilung: Aufteilung = Aufteilung()) -> [(pfad: String, inhalt: [UInt8])] {
        var uhr = SuchMessung()
        let v = Vorarbeit(bau: bau, gemeinden: gemeinden, kategorien: kategorien, suchbegriffe: suchbegriffe,
                          kombinationen: aufteilung.kombinationen)
        let (facetten, dokumente, treffer, kombinationen, flach) = (v.facetten, v.dokumente, v.treffer, v.kombinationen, v.flach)
        let summen = facetten.zaehle(0..<Int32(bau.dokumente.count))
        uhr.schritt("facetten, records, postings")

        var kopf = JSONSchreiber(kapazitaet: 4096)
        kopf.roh("{\"format\":")
        kopf.zahl(format)
        kopf.roh(",\"anzahl\":")
        kopf.zahl(bau.dokumente.count)
        kopf.roh(",\"stopp\":")
        kopf.texte(Stoppwoerter.liste)
        kopf.roh(",\"zielgruppe\":")
        kopf.texte(Stoppwoerter.zielgruppenSchluessel)
        kopf.roh(",\"gemeinden\":")
        kopf.texte(gemeinden.map(\.id))
        kopf.roh(",\"kategorien\":[")
        for (i, k) in kategorien.enumerated() {
            if i > 0 { kopf.roh(",") }
            kopf.texte([k.id, k.name])
        }
        kopf.roh("],\"orte\":[")
        for (i, o) in SuchKombinationen.ortsnamen(gemeinden, bau).enumerated() {
            if i > 0 { kopf.roh(",") }
            kopf.texte([o.steht] + o.schluessel)
        }
        kopf.roh("],\"wendungen\":[")
        for (i, w) in wendungen(kategorien.map(\.name) + suchbegriffe.keys.sorted().flatMap { suchbegriffe[$0] ?? [] }).enumerated() {
            if i > 0 { kopf.roh(",") }
            kopf.texte(w)
        }
        kopf.roh("],\"paragraphen\":")
        let stemmer = Stemmer()
        kopf.texte(Wortfelder.paragraphen.filter { bau.nummer[stemmer.stamm($0)] != nil })
        kopf.roh(",\"summen\":{\"g\":")
        kopf.zahlen(summen.gemeinden.map { $0 + summen.ueberall })
        kopf.roh(",\"k\":")
        kopf.zahlen(summen.kategorien)
        kopf.roh("}")

        // Small: one file.
        let facettenJSON = facetten.json()
        let gesamt = treffer.reduce(0) { $0 + $1.count + 24 } + dokumente.reduce(0) { $0 + $1.count } + facettenJSON.count
        if gesamt <= aufteilung.einzelneDateiBis {
            let begriffe = (0..<bau.schluessel.count).map { eintrag(bau, $0, treffer: .text(treffer[$0])) }
            kopf.roh(",\"begriffe\":")
            kopf.anhaengen(liste("b", begriffe))
            kopf.roh(",\"dokumente\":")
            kopf.anhaengen(liste("d", dokumente))
            kopf.roh(",\"facetten\":")
            kopf.anhaengen(facettenJSON)
            kopf.roh("}")
            return [("index.js", JSONSchreiber.datei("index", kopf.bytes))]
        }

        uhr.schritt("kombinationen \(kombinationen.count)")
        let haeufigText = haeufig(bau, bytes: aufteilung.haeufigBytes,
                                  vorrang: begriffsSchluessel(kategorien.map(\.name) + suchbegriffe.keys.sorted().flatMap { suchbegriffe[$0] ?? [] }, bau))
        let haeufigListe = haeufigText.split(separator: " ").map(String.init)
        let trefferDateien = TrefferDatei.Nummern(bau, treffer: treffer, ab: aufteilung.trefferEigeneDateiAb, haeufig: haeufigListe)
        var teile = SuchIndexTeile(bau: bau, facetten: facetten, dokumente: dokumente, treffer: treffer,
                                   aufteilung: aufteilung, kombinationen: kombinationen, flach: flach,
                                   trefferDateien: trefferDateien.nummer)
        teile.schreibe()
        uhr.schritt("teile")
        kopf.roh(",\"teile\":{\"t\":")
        kopf.texte(teile.grenzen)
        kopf.roh(",\"d\":")
        kopf.zahl(teile.dokumenteProTeil)
        kopf.roh(",\"ph\":")
        kopf.text(trefferDateien.haeufigBits)
        kopf.roh(",\"px\":")
        kopf.text(trefferDateien.andere.joined(separator: " "))
        kopf.roh("},\"zielgruppeAnzahl\":")
        kopf.zahlen(Stoppwoerter.zielgruppenSchluessel.map { bau.nummer[$0].map { bau.trefferDocs[$0].count } ?? 0 })
        kopf.roh(",\"haeufig\":")
        kopf.text(haeufigText)
        kopf.roh(",\"kombi\":")
        kopf.text(kombinationsSchluessel(kombinationen, bekannt: Set(haeufigListe)
                                         .union(SuchKombinationen.ortsnamen(gemeinden, bau).flatMap { [$0.steht] + $0.schluessel })))
        kopf.roh("}")
        var dateien = [("index.js", JSONSchreiber.datei("index", kopf.bytes))]
        dateien.append(contentsOf: teile.dateien)
        dateien.append(("f.js", JSONSchreiber.datei("f", facettenJSON)))
        return dateien
    }

    /// The names and search terms of several words (`Essen auf Rädern`), each as its normalised
    /// words without stop words (`essen raedern`), once, in their order: `suche.js` reads query
    /// words that are a typo or a sound away from all of them as those (`Esen auf Redern`),
    /// where a word alone is too short to be corrected or is another word (`Redern` → reden).
    static func wendungen(_ texte: [String]) -> [[String]] {
        let stopp = Set(Stoppwoerter.liste)
        var schon = Set<[String]>()
        var aus: [[String]] = []
        // a name of several things is several phrases: „Essen auf Rädern und Mittagstisch“,
        // „Wohnen im Alter, Pflegeheime“
        for t in texte {
            for stueck in t.split(whereSeparator: { ",;/&()".contains($0) }) {
                var teil: [String] = []
                for wort in SuchNormalisierung.tokens(String(stueck)) + ["und"] {
                    if Stoppwoerter.bindewoerter.contains(wort) {
                        if teil.count >= 2, schon.insert(teil).inserted { aus.append(teil) }
                        teil = []
                    } else if !stopp.contains(wort) && wort.count > 1 {
                        teil.append(wort)
                    }
                }
            }
        }
        return aus
    }

    /// The queries of several words answered in advance (`SuchKombinationen`), at most `hoechstens`.
    /// From its parts, made at the same time: `SuchKombinationen.liste`, the counts of the
    /// titles (`titelZaehlung`), and the pairs of `ausKurzbeschreibungen` and `ausFeldern`.
    /// The names first, then the titles' and descriptions' combinations, then those with a Gemeinde:
    /// with many Gemeinden (a federal state) these fill the budget and are cut, not the others.
    static func kombinationenFuer(_ bau: SuchIndexBau, liste: (namen: [[String]], mitOrt: [[String]]),
                                  titel: [[UInt64: Int32]], paare: [[String]]) -> [[String]] {
        var kombinationen = liste.namen
        var schon = Set(kombinationen)
        for k in SuchKombinationen.ausTiteln(bau, gezaehlt: titel) where schon.insert(k).inserted { kombinationen.append(k) }
        for k in paare where schon.insert(k).inserted { kombinationen.append(k) }
        for k in liste.mitOrt where schon.insert(k).inserted { kombinationen.append(k) }
        // (no numbers: beside other words a number does not filter in suche.js, `pflichtWoerter`;
        // the words for older people do not either, `SuchAntworten` knows them)
        kombinationen.removeAll { k in k.count > 1 && k.contains { $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } } }
        return Array(kombinationen.prefix(SuchKombinationen.hoechstens))
    }

    enum Treffer {
        /// The postings themselves.
        case text([UInt8])
        /// The number of the file `p/<n>.js` that holds them.
        case datei(Int)
    }

    /// The keys people most likely search for, separated by spaces, up to `bytes`: a word typed
    /// with a typo in its first letters lands in another term shard than the key it means;
    /// this list, in the head, finds the key (`SuchIndexFormat`). Ranked by the documents that
    /// have the key in a field heavier than the body (title, category, search terms, provider,
    /// Gemeinde, short description), then by all its documents: what names a service
    /// (`hausnotruf`) comes before what every body says (`erreichbar`). The words of the
    /// categories' names and search terms (`vorrang`) come first.
    /// The keys of the words of `texte` (and of their compound parts) that are keys of the index.
    static func begriffsSchluessel(_ texte: [String], _ bau: SuchIndexBau) -> Set<Int> {
        var leser = SuchKombinationen.SchluesselLeser(bau)
        var aus = Set<Int>()
        for t in texte {
            for k in leser.schluessel(t) {
                aus.insert(k)
                for teil in bau.teile[k] { if let n = bau.nummer[teil] { aus.insert(n) } }
            }
        }
        return aus
    }

    /// The keys of the combinations that the head does not name otherwise (in `haeufig` or `orte`)
    /// and that are longer than three letters, sorted, separated by spaces: a query of several
    /// words asks its term shard for a combination only when each of its stems may be in one
    /// (`suche.js`, `kombinationMoeglich`), so that a word no combination has (`Kurzzeitpflege
    /// Vötting`, a word with a typo) costs no shard loaded in vain.
    static func kombinationsSchluessel(_ kombinationen: [[String]], bekannt: Set<String>) -> String {
        var aus = Set<String>()
        for k in kombinationen where k.count > 1 {
            for s in k where s.utf16.count > 3 && !bekannt.contains(s) { aus.insert(s) }
        }
        return aus.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }.joined(separator: " ")
    }

    static func haeufig(_ bau: SuchIndexBau, bytes: Int, vorrang: Set<Int> = []) -> String {
        let anzahl: [Int] = bau.trefferDocs.map { $0.count }
        var ordnung: [Int] = []
        // (not the words of a field no entry writes: they would push out the entries' own words)
        for i in 0..<bau.schluessel.count where bau.schluessel[i].utf8.count >= 4 && anzahl[i] >= 2
            && bau.schluessel[i].utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
            && !bau.nurWortfeld.contains(bau.schluessel[i]) { ordnung.append(i) }
        // a word of the body weighs 4 to 7, of the lightest other field (× 3/4 as a compound's part) 9 or more
        let schwer: [Int] = bau.trefferGewichte.map { g in g.reduce(0) { $0 + ($1 >= 8 ? 1 : 0) } }
        ordnung.sort { (a: Int, b: Int) -> Bool in
            let va = vorrang.contains(a), vb = vorrang.contains(b)
            if va != vb { return va }
            return schwer[a] != schwer[b] ? schwer[a] > schwer[b] : anzahl[a] != anzahl[b] ? anzahl[a] > anzahl[b] : a < b
        }
        var gewaehlt: [Int] = []
        var laenge = 0
        for i in ordnung {
            laenge += bau.schluessel[i].utf8.count + 1
            if laenge > bytes { break }
            gewaehlt.append(i)
        }
        return gewaehlt.sorted().map { bau.schluessel[$0] }.joined(separator: " ")
    }

    /// A combination in a term shard: `["key key","",count,"","","top","counts"]`.
    /// `ergaenzt`: the answer also has documents with every word but one (`"+"` in place of the forms).
    static func kombination(_ schluessel: String, anzahl: Int, erste: [UInt8], zaehler: [UInt8], ergaenzt: Bool = false) -> [UInt8] {
        var s = JSONSchreiber(kapazitaet: 64 + erste.count + zaehler.count)
        s.roh("[")
        s.text(schluessel)
        s.roh(ergaenzt ? ",\"+\"," : ",\"\",")
        s.zahl(anzahl)
        s.roh(",\"\",\"\",\"")
        s.anhaengen(erste)
        s.roh("\",\"")
        s.anhaengen(zaehler)
        s.roh("\"]")
        return s.bytes
    }

    /// `["key","forms",documentCount,postings,"parts"]`, in a shard followed by `,"top","counts"`.
    static func eintrag(_ bau: SuchIndexBau, _ i: Int, treffer: Treffer, erste: [UInt8]? = nil, zaehler: [UInt8]? = nil) -> [UInt8] {
        let schluessel = bau.schluessel[i]
        var s = JSONSchreiber(kapazitaet: 64)
        s.roh("[")
        s.text(schluessel)
        s.roh(",")
        s.text(formenText(bau, i))
        s.roh(",")
        s.zahl(bau.trefferDocs[i].count)
        switch treffer {
        case .text(let t):
            s.roh(",\"")
            s.anhaengen(t)
            s.roh("\"")
        case .datei(let n):
            s.roh(",")
            s.zahl(n)
        }
        s.roh(",")
        s.text(bau.teile[i].joined(separator: " "))
        if let erste, let zaehler {
            s.roh(",\"")
            s.anhaengen(erste)
            s.roh("\",\"")
            s.anhaengen(zaehler)
            s.roh("\"")
        }
        s.roh("]")
        return s.bytes
    }

    /// A key's surface forms as its entry writes them: the ending after the key, or `=` and the whole form.
    static func formenText(_ bau: SuchIndexBau, _ i: Int) -> String {
        let schluessel = bau.schluessel[i]
        return bau.formen[i].map { form in
            form.hasPrefix(schluessel) ? String(form.dropFirst(schluessel.count)) : "=" + form
        }.joined(separator: " ")
    }

    /// `[number, url, titel, ort, [category numbers], kurzbeschreibung, 0 = angebot | 1 = termin]`,
    /// an event's date after it when it has one
    @inline(__always)
    static func dokument(_ d: SuchDokument, nummer: Int, _ kategorieNummer: [String: Int]) -> [UInt8] {
        var s = JSONSchreiber(kapazitaet: 256)
        s.roh("[")
        s.zahl(nummer)
        s.roh(",")
        s.text(d.url)
        s.roh(",")
        s.text(d.titel)
        s.roh(",")
        s.text(d.ort ?? "")
        s.roh(",")
        s.zahlen(d.kategorien.compactMap { kategorieNummer[$0] })
        s.roh(",")
        s.text(d.kurzbeschreibung)
        s.roh(d.art == "termin" ? ",1" : ",0")
        if d.wann != nil || d.telefon != nil {
            s.roh(",")
            s.text(d.wann ?? "")
        }
        if let telefon = d.telefon {
            s.roh(",")
            s.text(telefon)
        }
        s.roh("]")
        return s.bytes
    }

    static func liste(_ schluessel: StaticString, _ teile: [[UInt8]]) -> [UInt8] {
        var s = JSONSchreiber(kapazitaet: teile.reduce(16) { $0 + $1.count + 1 })
        s.roh("{\"")
        s.roh(schluessel)
        s.roh("\":[")
        for (i, t) in teile.enumerated() {
            if i > 0 { s.roh(",\n") }
            s.anhaengen(t)
        }
        s.roh("]}")
        return s.bytes
    }
}
