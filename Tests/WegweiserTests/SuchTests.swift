import Foundation
import Testing
@testable import Wegweiser

/// The search: normalisation shared with `suche.js`, the stemmer, and the built index.
/// The same vector files are checked by `node --test Tests/js/`.
@Suite struct SuchTests {
    static let testsOrdner = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixturen = testsOrdner.appendingPathComponent("js/fixtures")

    struct Vektor: Decodable {
        var input: String
        var normalised: String
        var tokens: [String]
        var stems: [String]
    }

    static func vektoren() throws -> [Vektor] {
        let daten = try Data(contentsOf: testsOrdner.appendingPathComponent("search-vectors.json"))
        return try JSONDecoder().decode([Vektor].self, from: daten)
    }

    // MARK: - Normalisation

    @Test func vektorenNormalisierung() throws {
        let vektoren = try Self.vektoren()
        #expect(vektoren.count >= 40)
        for v in vektoren {
            #expect(SuchNormalisierung.normalisiere(v.input) == v.normalised, "\(v.input.debugDescription)")
            #expect(SuchNormalisierung.tokens(v.input) == v.tokens, "\(v.input.debugDescription)")
        }
    }

    @Test func vektorenStaemme() throws {
        let stemmer = Stemmer()
        for v in try Self.vektoren() {
            #expect(v.tokens.map { stemmer.stamm($0) } == v.stems, "\(v.input.debugDescription)")
        }
    }

    @Test func schnellerZerlegerWieReferenz() throws {
        var zerleger = SuchZerleger()
        for v in try Self.vektoren() {
            zerleger.zerlege(v.input)
            #expect((0..<zerleger.woerter.count).map { zerleger.text($0) } == v.tokens, "\(v.input.debugDescription)")
        }
    }

    /// Random text from a pool of awkward characters: the fast tokenizer must give
    /// exactly the words and joins of the reference implementation.
    @Test func schnellerZerlegerZufall() {
        let vorrat: [String] = ["a", "B", "ä", "Ö", "ß", "ẞ", "e\u{301}", "u\u{308}", "\u{308}", "-", "- ", " ", ",", ".",
                                "\u{AD}", "\u{200B}", "’", "´", "'", "–", "\u{A0}", "1", "²", "½", "ﬁ", "👵🏼", "❤️", "Σ", "ς",
                                "İ", "й", "中", "\t", "\n", "æ", "ø", "Ⅻ", "ＰＣ", "&", "/", "x\u{332}", "\u{2011}"]
        var zufall = Zufall(zustand: 20_261_121)
        var zerleger = SuchZerleger()
        for _ in 0..<3000 {
            let laenge = Int.random(in: 0...14, using: &zufall)
            let text = (0..<laenge).map { _ in vorrat.randomElement(using: &zufall)! }.joined()
            zerleger.zerlege(text)
            let schnell = (0..<zerleger.woerter.count).map { SuchWort(zerleger.text($0), zerleger.woerter[$0].verbindung) }
            #expect(schnell == SuchNormalisierung.woerter(text), "\(text.debugDescription)")
        }
    }

    /// SplitMix64: the same "random" texts on every run.
    struct Zufall: RandomNumberGenerator {
        var zustand: UInt64
        mutating func next() -> UInt64 {
            zustand &+= 0x9E37_79B9_7F4A_7C15
            var z = zustand
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func bindestriche() {
        #expect(SuchNormalisierung.woerter("PC-Kurs") == [SuchWort("pc", .bindestrich), SuchWort("kurs")])
        #expect(SuchNormalisierung.woerter("Fahr- und Begleitdienste")
            == [SuchWort("fahr", .offen), SuchWort("und"), SuchWort("begleitdienste")])
        #expect(SuchNormalisierung.woerter("Fahr-, Begleit- und Einkaufsdienste")
            == [SuchWort("fahr", .offen), SuchWort("begleit", .offen), SuchWort("und"), SuchWort("einkaufsdienste")])
        #expect(SuchNormalisierung.woerter("Mo - Fr") == [SuchWort("mo"), SuchWort("fr")])
        #expect(SuchNormalisierung.woerter("St.-Martin") == [SuchWort("st"), SuchWort("martin")])
    }

    /// The stems `suche.js` must compute the same way (CI would notice a different libstemmer).
    @Test func stammformen() throws {
        let daten = try Data(contentsOf: Self.fixturen.appendingPathComponent("stammformen.json"))
        let paare = try JSONDecoder().decode([[String]].self, from: daten)
        #expect(paare.count > 1000)
        let stemmer = Stemmer()
        for p in paare { #expect(stemmer.stamm(p[0]) == p[1], "\(p[0])") }
    }

    @Test func wendungenAusNamenUndSuchbegriffen() {
        #expect(SuchIndex.wendungen(["Essen auf Rädern und Mittagstisch", "Wohnen im Alter, Pflegeheime", "Tagespflege",
                                     "Fahr- und Begleitdienste", "Essen auf Rädern", "Hilfe für pflegende Angehörige"])
                == [["essen", "raedern"], ["wohnen", "alter"], ["hilfe", "pflegende", "angehoerige"]])
    }

    @Test func paragraphenDerWortfelder() {
        #expect(Wortfelder.paragraphen.contains("sgbxi41"))
        #expect(Wortfelder.paragraphen.contains("sgbv37b"))
        #expect(Wortfelder.paragraphen.allSatisfy { $0.first == "s" || $0.first == "b" })
        #expect(!Wortfelder.paragraphen.contains("tagespflege"))
    }

    @Test func zerlegung() {
        let wortschatz: Set<String> = ["senioren", "begleit", "service", "nachbarschaft", "hilfe", "tag", "pflege", "pfleg",
                                        "buerger", "bus", "ruf", "frei", "lesest", "off"]
        func teile(_ w: String) -> [String]? {
            var w = w
            return w.withUTF8 { puffer in
                Zerlegung.teile(puffer) { wortschatz.contains(String(decoding: $0, as: UTF8.self)) }
                    .map { $0.map { String(decoding: puffer[$0], as: UTF8.self) } }
            }
        }
        #expect(teile("seniorenbegleitservice") == ["senioren", "begleit", "service"])
        #expect(teile("nachbarschaftshilfe") == ["nachbarschaft", "hilfe"])
        #expect(teile("tagespflege") == ["tag", "pflege"])
        // a known front is enough for an unknown last part of 4 letters or more …
        #expect(teile("pflegedienst") == ["pflege", "dienst"])
        #expect(teile("nachbarschaftsdienste") == ["nachbarschaft", "dienste"])
        // … but not for a mere ending
        #expect(teile("seniorenung") == nil)
        #expect(teile("pflegerinnen") == nil)
        #expect(teile("service") == nil)
        // a last part of three letters: one of the short nouns that end compounds, not any stem
        #expect(teile("buergerbus") == ["buerger", "bus"])
        #expect(teile("rufbus") == ["ruf", "bus"])
        #expect(teile("freitag") == nil)
        #expect(teile("lesestoff") == nil)
    }

    // MARK: - The index

    struct Fixtur: Decodable {
        struct Gemeinde: Decodable { var id: String; var name: String }
        struct Kategorie: Decodable { var id: String; var name: String; var suchbegriffe: [String]? }
        struct Dokument: Decodable {
            var url, art, titel, kurzbeschreibung: String
            var gemeinden: [String]
            var ort: String?
            var kategorien: [String]
            var stichworte: [String]
            var traeger: String
            var text: String
        }
        var gemeinden: [Gemeinde]
        var kategorien: [Kategorie]
        var dokumente: [Dokument]

        /// The fields as the generator builds them, with the suggested weights.
        var suchDokumente: [SuchDokument] {
            let kategorie = Dictionary(uniqueKeysWithValues: kategorien.map { ($0.id, $0) })
            let gemeinde = Dictionary(uniqueKeysWithValues: gemeinden.map { ($0.id, $0.name) })
            return dokumente.map { d in
                var felder = [SuchFeld(d.titel, gewicht: 10)]
                for k in d.kategorien.compactMap({ kategorie[$0] }) {
                    felder.append(SuchFeld(k.name, gewicht: 6))
                    felder.append(SuchFeld((k.suchbegriffe ?? []).joined(separator: ", "), gewicht: 5))
                }
                felder.append(SuchFeld(d.stichworte.joined(separator: ", "), gewicht: 5))
                felder.append(SuchFeld(d.traeger, gewicht: 4))
                felder.append(SuchFeld(d.kurzbeschreibung, gewicht: 3))
                felder.append(SuchFeld(d.gemeinden.compactMap { gemeinde[$0] }.joined(separator: ", "), gewicht: 3))
                felder.append(SuchFeld(d.text, gewicht: 1))
                return SuchDokument(url: d.url, art: d.art, titel: d.titel, kurzbeschreibung: d.kurzbeschreibung,
                                    gemeinden: d.gemeinden, ort: d.ort, kategorien: d.kategorien, felder: felder)
            }
        }

        func dateien(_ aufteilung: SuchIndex.Aufteilung = .init()) -> [(pfad: String, inhalt: [UInt8])] {
            SuchIndex.dateien(bau: SuchIndexBau(dokumente: suchDokumente),
                              gemeinden: gemeinden.map { ($0.id, $0.name) },
                              kategorien: kategorien.map { ($0.id, $0.name) },
                              aufteilung: aufteilung)
        }
    }

    static func fixtur() throws -> Fixtur {
        let daten = try Data(contentsOf: fixturen.appendingPathComponent("dokumente.json"))
        return try JSONDecoder().decode(Fixtur.self, from: daten)
    }

    /// Tiny shards, so that the node tests also exercise the sharded format.
    static let geteilt = SuchIndex.Aufteilung(einzelneDateiBis: 0, begriffeZiel: 600, trefferEigeneDateiAb: 6,
                                              dokumenteZiel: 900, ersteSeite: 3, trefferDateiSeite: 12)

    /// The committed index fixtures under Tests/js/fixtures must be what the Swift code
    /// builds now; `WEGWEISER_FIXTUREN_SCHREIBEN=1 swift test --filter SuchTests` rewrites them.
    @Test func jsFixturenAktuell() throws {
        let fixtur = try Self.fixtur()
        let schreiben = ProcessInfo.processInfo.environment["WEGWEISER_FIXTUREN_SCHREIBEN"] == "1"
        for (ordner, aufteilung) in [("suchindex", SuchIndex.Aufteilung()), ("suchindex-geteilt", Self.geteilt)] {
            let ziel = Self.fixturen.appendingPathComponent(ordner)
            let dateien = fixtur.dateien(aufteilung)
            if schreiben {
                try? FileManager.default.removeItem(at: ziel)
                for d in dateien {
                    let url = ziel.appendingPathComponent(d.pfad)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(d.inhalt).write(to: url)
                }
            }
            for d in dateien {
                let vorhanden = try? Data(contentsOf: ziel.appendingPathComponent(d.pfad))
                #expect(vorhanden == Data(d.inhalt), "\(ordner)/\(d.pfad) is outdated: run WEGWEISER_FIXTUREN_SCHREIBEN=1 swift test --filter SuchTests")
            }
        }
    }

    /// A split index's head goes into the search page as JSON that cannot end its element;
    /// a one-file index stays a file.
    @Test func kopfFuerDieSuchseite() throws {
        let fixtur = try Self.fixtur()
        #expect(SuchIndex.kopfFuerSeite(fixtur.dateien()) == nil)
        let geteilt = fixtur.dateien(Self.geteilt)
        let kopf = try #require(SuchIndex.kopfFuerSeite(geteilt))
        let datei = try #require(geteilt.first { $0.pfad == "index.js" })
        let text = String(decoding: datei.inhalt, as: UTF8.self)
        #expect(text.hasPrefix("wegweiserSuche(\"index\",") && text.contains(kopf))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(kopf.utf8)) as? [String: Any])
        #expect(json["teile"] != nil && json["format"] as? Int == SuchIndex.format)
        // a category named like markup comes back as it was, and no `<` stands in the page
        var mitMarkup = geteilt
        mitMarkup[mitMarkup.firstIndex { $0.pfad == "index.js" }!].inhalt =
            Array("wegweiserSuche(\"index\",{\"k\":\"</script><!--\"});\n".utf8)
        let heikel = try #require(SuchIndex.kopfFuerSeite(mitMarkup))
        #expect(!heikel.contains("<"))
        #expect((try JSONSerialization.jsonObject(with: Data(heikel.utf8)) as? [String: String])?["k"] == "</script><!--")
    }

    @Test func deterministisch() throws {
        let fixtur = try Self.fixtur()
        let a = fixtur.dateien(), b = fixtur.dateien()
        #expect(a.map(\.pfad) == b.map(\.pfad))
        #expect(a.map(\.inhalt) == b.map(\.inhalt))
        // The order of the input does not matter either.
        var umgekehrt = fixtur
        umgekehrt.dokumente.reverse()
        #expect(umgekehrt.dateien().map(\.inhalt) == a.map(\.inhalt))
    }

    @Test func kleineRegionIstEineDatei() throws {
        let dateien = try Self.fixtur().dateien()
        #expect(dateien.map(\.pfad) == ["index.js"])
        let text = String(decoding: dateien[0].inhalt, as: UTF8.self)
        #expect(text.hasPrefix("wegweiserSuche(\"index\",{\"format\":2,"))
        #expect(text.hasSuffix(");\n"))
        #expect(dateien[0].inhalt.allSatisfy { $0 < 0x80 }, "index files are ASCII")
    }

    @Test func geteilterIndex() throws {
        let dateien = try Self.fixtur().dateien(Self.geteilt)
        let pfade = dateien.map(\.pfad)
        #expect(pfade.first == "index.js")
        #expect(pfade.contains("f.js"))
        #expect(pfade.filter { $0.hasPrefix("t/") }.count > 3)
        #expect(pfade.filter { $0.hasPrefix("d/") }.count > 3)
        #expect(pfade.filter { $0.hasPrefix("p/") }.count > 3)
    }

    /// Decoded postings of one key.
    /// A service in Zolling with these fields (title 10, stichworte 6, short description 3, body 1).
    static func dok(_ i: Int, titel: String, text: String = "", stichworte: String = "", kurz: String = "",
                    kategorie: String = "beratung") -> SuchDokument {
        SuchDokument(url: "angebote/a-\(i)/", art: "angebot", titel: titel, kurzbeschreibung: kurz,
                     gemeinden: ["zolling"], ort: "Zolling", kategorien: [kategorie],
                     felder: [SuchFeld(titel, gewicht: 10), SuchFeld(stichworte, gewicht: 6), SuchFeld(kurz, gewicht: 3),
                              SuchFeld(text, gewicht: 1)])
    }

    static func treffer(_ bau: SuchIndexBau, _ schluessel: String) -> [(url: String, gewicht: Int)] {
        guard let i = bau.schluessel.firstIndex(of: schluessel) else { return [] }
        return zip(bau.trefferDocs[i], bau.trefferGewichte[i]).map { (bau.dokumente[Int($0)].url, Int($1)) }
    }

    /// Two words of a document under one key (`Trauer` in its category's name, `Trauercafé` in
    /// its title, whose first part is `trauer`) weigh as the best and an eighth of the other:
    /// the Trauercafé before the church groups whose category is "Kirchgemeinden, Seelsorge und
    /// Trauer" (blind set 21). (The same word in two fields counts once, by its best field.)
    @Test func zweiWoerterUnterEinemSchluessel() throws {
        let bau = SuchIndexBau(dokumente: [Self.dok(0, titel: "Kaffeestube Lindach", stichworte: "Kaffee"),
                                           Self.dok(1, titel: "Kaffeestube Moosburg"),
                                           Self.dok(2, titel: "Treff am Dienstag", stichworte: "Kaffee")])
        let g = Dictionary(Self.treffer(bau, "kaffe").map { ($0.url, $0.gewicht) }, uniquingKeysWith: { a, _ in a })
        let beide = try #require(g["angebote/a-0/"]), teil = try #require(g["angebote/a-1/"]), stichwort = try #require(g["angebote/a-2/"])
        #expect(stichwort > teil && teil >= 8, "\(g)")
        #expect(beide == stichwort + teil / 8, "\(g)")
    }

    /// A verb in -eln keeps its n in the stem (`bosseln`), its compounds drop it (`Boßelclub`):
    /// the front in -el with an n is that key, so `Boßeln` finds the Boßelclub.
    @Test func vorderteilEinesVerbsAufEln() throws {
        let bau = SuchIndexBau(dokumente: [Self.dok(0, titel: "Boßeln im Winter"), Self.dok(1, titel: "Boßelclub Sielhusen"),
                                           Self.dok(2, titel: "Bastelkreis Moorende"), Self.dok(3, titel: "Apfelbaum im Garten")])
        #expect(Set(Self.treffer(bau, "bosseln").map(\.url)) == ["angebote/a-0/", "angebote/a-1/"])
        // (no verb `basteln` in these documents: the Bastelkreis stays one word; nor is every -el a verb)
        #expect(Self.treffer(bau, "bastel").isEmpty && Self.treffer(bau, "basteln").isEmpty)
        #expect(Self.treffer(bau, "apfeln").isEmpty)
    }

    @Test func schluesselUndTreffer() throws {
        let bau = SuchIndexBau(dokumente: try Self.fixtur().suchDokumente)
        // keys sorted as JavaScript compares strings, postings ascending
        for i in 1..<bau.schluessel.count {
            #expect(Array(bau.schluessel[i - 1].utf16).lexicographicallyPrecedes(Array(bau.schluessel[i].utf16)))
        }
        for docs in bau.trefferDocs {
            #expect(!docs.isEmpty)
            #expect(zip(docs, docs.dropFirst()).allSatisfy { $0 < $1 })
        }
        #expect(!bau.schluessel.contains("und"), "stop words are not indexed")
        // a title word weighs more than the same word in the body
        let essen = Self.treffer(bau, "mittagess")
        let titel = essen.first { $0.url == "angebote/mittagstisch-gasthof-post/" }
        let text = essen.first { $0.url == "angebote/tagespflege-im-pfarrhof/" }
        #expect((titel?.gewicht ?? 0) > (text?.gewicht ?? 99))
        // inflections share a key
        #expect(Self.treffer(bau, "pflegedien").contains { $0.url == "angebote/ambulanter-pflegedienst-ampertal/" })
        // compound tails and parts
        // (also found by entries that say "Begleitdienst": `Wortfelder`)
        #expect(Self.treffer(bau, "begleitservic").filter { $0.gewicht > Int(Wortfelder.gewicht) }.map(\.url)
                == ["angebote/seniorenbegleitservice-kranzberg/"])
        #expect(Self.treffer(bau, "servic").contains { $0.url == "angebote/seniorenbegleitservice-kranzberg/" })
        // hyphen chains joined, open hyphens completed
        #expect(Self.treffer(bau, "pckur").map(\.url) == ["angebote/pc-kurs-haag/"])
        #expect(Self.treffer(bau, "fahrdien").contains { $0.url == "angebote/einkaufsfahrten-allershausen/" })
        let formen = bau.formen[bau.schluessel.firstIndex(of: "pflegedien")!]
        #expect(formen.contains("pflegedienst"))
    }

    @Test func umlautfrei() {
        #expect(SuchIndexBau.umlautfrei("vortraeg") == "vortrag")
        #expect(SuchIndexBau.umlautfrei("aerzt") == "arzt")
        #expect(SuchIndexBau.umlautfrei("haeus") == "haus")
        #expect(SuchIndexBau.umlautfrei("steuer") == "steuer", "eue is no umlaut")
        #expect(SuchIndexBau.umlautfrei("bauer") == "bauer", "aue is no umlaut")
        #expect(SuchIndexBau.umlautfrei("quell") == "quell")
    }

    @Test func teileUndUmlautschluessel() throws {
        let bau = SuchIndexBau(dokumente: try Self.fixtur().suchDokumente)
        // a compound key remembers its parts, for queries that write them apart
        #expect(bau.teile[bau.nummer["pflegeberat"]!] == ["pfleg", "berat"])
        #expect(bau.teile[bau.nummer["pflegedien"]!] == ["pfleg", "dien"])
        #expect(bau.teile[bau.nummer["kranzberg"]!].isEmpty)
        // "Ärzten" is also found under the singular's key
        let aerzte = Set(Self.treffer(bau, "aerzt").map(\.url))
        #expect(!aerzte.isEmpty)
        #expect(aerzte.isSubset(of: Set(Self.treffer(bau, "arzt").map(\.url))))
        // a compound's tail weighs more than a part before it
        let service = Self.treffer(bau, "servic").first { $0.url == "angebote/seniorenbegleitservice-kranzberg/" }!
        let senior = Self.treffer(bau, "senior").first { $0.url == "angebote/seniorenbegleitservice-kranzberg/" }!
        #expect(service.gewicht > senior.gewicht)
    }

    @Test func kombinationenImGeteiltenIndex() throws {
        let dateien = try Self.fixtur().dateien(Self.geteilt)
        let text = dateien.filter { $0.pfad.hasPrefix("t/") }.map { String(decoding: $0.inhalt, as: UTF8.self) }.joined()
        // a topic with a Gemeinde, a category name, a category name with a Gemeinde
        for k in ["kranzberg pfleg", "ess raed", "ess raed zolling"] {
            #expect(text.contains("[\"\(k)\",\"\","), "\(k)")
        }
        let kopf = String(decoding: dateien[0].inhalt, as: UTF8.self)
        let haeufig = try #require(kopf.range(of: "\"haeufig\":\"[a-z ]+\"", options: .regularExpression))
        #expect(kopf[haeufig].contains(" pfleg "))
        // a one-file index needs none of this
        let einzeln = String(decoding: try Self.fixtur().dateien()[0].inhalt, as: UTF8.self)
        #expect(!einzeln.contains("\"haeufig\""))
        #expect(!einzeln.contains("[\"kranzberg pfleg\""))
    }

    @Test func antwortWieSucheJs() throws {
        let bau = SuchIndexBau(dokumente: try Self.fixtur().suchDokumente)
        var antworten = SuchAntworten(bau)
        let antwort = antworten.antwort([bau.nummer["pfleg"]!, bau.nummer["kranzberg"]!], ersteSeite: 3)
        let pflege = try #require(antwort)
        #expect(pflege.erste.count == 3)
        #expect(pflege.docs.count >= pflege.erste.count)
        let urls = pflege.docs.map { bau.dokumente[Int($0)].url }
        #expect(urls.contains("angebote/ambulanter-pflegedienst-ampertal/"))
        #expect(!urls.contains("angebote/oekumenische-sozialstation-hohenkammer/"), "does not serve Kranzberg")
        // no document has both: no answer in advance (the browser shows partial matches)
        #expect(antworten.antwort([bau.nummer["pckur"]!, bau.nummer["hausnotruf"]!], ersteSeite: 3) == nil)
    }

    /// The build answers queries of several words from candidates (the rarest word's documents
    /// looked up in the others'); it must give what walking every posting gives, for words with
    /// umlaut spellings and compound parts too.
    /// The counts per Gemeinde and category a term shard keeps for a key: counted run by run of
    /// documents with the same Gemeinden and categories, they are what counting each document gives.
    @Test func zaehlwerkZaehltWieJedesDokumentEinzeln() {
        let gemeinden = (0..<6).map { (id: "g\($0)", name: "G\($0)") }
        let kategorien = (0..<4).map { (id: "k\($0)", name: "K\($0)") }
        var zustand: UInt64 = 7
        func zufall(_ n: Int) -> Int {
            zustand = zustand &* 6364136223846793005 &+ 1442695040888963407
            return Int(zustand >> 33) % n
        }
        // runs of documents with the same lists, some region-wide, some lists met again later
        var docs: [SuchDokument] = []
        while docs.count < 600 {
            let g = zufall(4) == 0 ? gemeinden.map(\.id) : (0..<(1 + zufall(3))).map { _ in gemeinden[zufall(6)].id }
            let k = (0..<(1 + zufall(2))).map { _ in kategorien[zufall(4)].id }
            for _ in 0..<(1 + zufall(40)) {
                docs.append(SuchDokument(url: "a/\(docs.count)/", art: "angebot", titel: "", kurzbeschreibung: "",
                                         gemeinden: g, ort: nil, kategorien: k, felder: []))
            }
        }
        let facetten = SuchFacetten(docs, gemeinden: gemeinden, kategorien: kategorien)
        var werk = SuchIndexTeile.Zaehlwerk(facetten)
        var laeufe = 0
        for versuch in 0..<300 {
            // sparse, dense and whole lists
            let dichte = [1, 2, 10, 50, 100][versuch % 5]
            let auswahl = (0..<docs.count).filter { _ in zufall(100) < dichte }.map(Int32.init)
            var g = [Int](repeating: 0, count: 6), k = [Int](repeating: 0, count: 4), ueberall = 0
            for d in auswahl {
                if let menge = facetten.gemeindeMengen[Int(facetten.docGemeinden[Int(d)])] {
                    for x in menge { g[x] += 1 }
                } else {
                    ueberall += 1
                }
                for x in facetten.kategorieMengen[Int(facetten.docKategorien[Int(d)])] { k[x] += 1 }
            }
            var erwartet: [UInt8] = []
            for n in [auswahl.count, ueberall, g.filter { $0 > 0 }.count] { Zahlenkodierung.zahl(n, in: &erwartet) }
            var vorher = -1
            for x in g.indices where g[x] > 0 {
                Zahlenkodierung.zahl(x - vorher - 1, in: &erwartet)
                Zahlenkodierung.zahl(g[x], in: &erwartet)
                vorher = x
            }
            Zahlenkodierung.zahl(k.filter { $0 > 0 }.count, in: &erwartet)
            for x in k.indices where k[x] > 0 {
                Zahlenkodierung.zahl(x, in: &erwartet)
                Zahlenkodierung.zahl(k[x], in: &erwartet)
            }
            #expect(werk.kodiere(auswahl) == erwartet, "\(auswahl)")
            if zip(auswahl, auswahl.dropFirst()).contains(where: { $0 + 1 == $1 }) { laeufe += 1 }
        }
        #expect(laeufe > 100, "lists with neighbouring documents")
    }

    @Test func antwortUeberKandidatenWieDurchZaehlen() throws {
        let bau = SuchIndexBau(dokumente: try Self.fixtur().suchDokumente)
        // postings searched; dense weights for keys with 3 documents or more; for all keys
        for dicht in [nil, 3, 1] {
            try vergleicheAntworten(bau, SuchAntworten(bau, flach: .init(bau, dichtAbAnzahl: dicht)))
        }
        // words with umlaut spellings and compound parts merged in advance
        let flach = SuchAntworten.Flach(bau, dichtAbAnzahl: 3)
        let listen = SuchAntworten(bau, flach: flach).wortlisten(Array(0..<bau.schluessel.count))
        #expect(listen.docs.count >= 15)
        try vergleicheAntworten(bau, SuchAntworten(bau, flach: flach, wortlisten: listen))
    }

    private func vergleicheAntworten(_ bau: SuchIndexBau, _ a: SuchAntworten) throws {
        var antworten = a
        let n = bau.schluessel.count
        // keys with many documents, with an umlaut spelling, and compounds: the interesting ones
        let haeufig = (0..<n).sorted { bau.trefferDocs[$0].count > bau.trefferDocs[$1].count }.prefix(40)
        let umlaute = (0..<n).filter { SuchIndexBau.umlautfrei(bau.schluessel[$0]) != bau.schluessel[$0] }
        let komposita = (0..<n).filter { bau.teile[$0].count >= 2 }
        #expect(umlaute.count >= 5 && komposita.count >= 10)
        // every pair of a frequent key with a frequent, umlaut or compound key, then triples
        var mengen: [[Int]] = []
        for a in haeufig { for b in Array(haeufig) + umlaute + komposita where a != b { mengen.append([a, b]) } }
        var zustand: UInt64 = 2026
        func zufall(_ n: Int) -> Int {
            zustand = zustand &* 6364136223846793005 &+ 1442695040888963407
            return Int(zustand >> 33) % n
        }
        let auswahl = Array(haeufig) + umlaute + komposita
        for _ in 0..<1000 {
            let menge = Set((0..<3).map { _ in auswahl[zufall(auswahl.count)] })
            if menge.count == 3 { mengen.append(menge.sorted()) }
        }
        var mitAntwort = 0
        for woerter in mengen {
            // the whole ranking, not only the first page
            let erwartet = antworten.antwortDurchZaehlen(woerter, ersteSeite: 100)
            let bekommen = antworten.antwortUeberKandidaten(woerter, ersteSeite: 100)
            #expect(erwartet?.erste == bekommen?.erste, "\(woerter.map { bau.schluessel[$0] })")
            #expect(erwartet?.docs == bekommen?.docs, "\(woerter.map { bau.schluessel[$0] })")
            if erwartet != nil { mitAntwort += 1 }
        }
        #expect(mitAntwort > 300, "enough sets with documents that have every word")
    }

    /// A category's `suchbegriffe` are answered in advance with every Gemeinde, whatever
    /// weight their field has in the documents.
    @Test func suchbegriffeWerdenKombinationen() {
        let docs = (0..<3).map { i in
            SuchDokument(url: "angebote/menue-\(i)/", art: "angebot", titel: "Menüdienst \(i)", kurzbeschreibung: "",
                         gemeinden: ["zolling"], ort: "Zolling", kategorien: ["essen-auf-raedern"],
                         felder: [SuchFeld("Menüdienst \(i)", gewicht: 10), SuchFeld("Essen auf Rädern", gewicht: 6),
                                  SuchFeld("Mahlzeitendienst", gewicht: 3), SuchFeld("Warme Mahlzeiten", gewicht: 3),
                                  SuchFeld("Zolling", gewicht: 4)])
        }
        let (namen, mitOrt) = SuchKombinationen.liste(dokumente: docs, kategorien: [(id: "essen-auf-raedern", name: "Essen auf Rädern")],
                                            suchbegriffe: ["essen-auf-raedern": ["Mahlzeitendienst", "Warme Mahlzeiten"]],
                                            gemeinden: [(id: "zolling", name: "Zolling")], istSchluessel: { _ in true })
        let liste = namen + mitOrt
        let stemmer = Stemmer()
        func menge(_ w: [String]) -> [String] { w.map { stemmer.stamm($0) }.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) } }
        #expect(liste.contains(menge(["mahlzeitendienst", "zolling"])), "\(liste)")
        #expect(liste.contains(menge(["warme", "mahlzeiten"])), "\(liste)")
        #expect(liste.contains(menge(["essen", "raedern", "zolling"])), "\(liste)")
    }

    /// With more Gemeinden than the budget of combinations holds (a federal state), the words with
    /// a Gemeinde come word by word, the most frequent first, and after the titles' and the
    /// descriptions' combinations: the cut leaves out rare words for every Gemeinde, not the
    /// Gemeinden late in the alphabet, and never the combinations that serve free queries.
    @Test func kombinationenMitOrtZuletztUndWortFuerWort() throws {
        let stemmer = Stemmer()
        let (mahl, ess, raed) = (stemmer.stamm("mahlzeitendienst"), stemmer.stamm("essen"), stemmer.stamm("raedern"))
        let (namen, mitOrt) = SuchKombinationen.liste(dokumente: [], kategorien: [(id: "essen-auf-raedern", name: "Essen auf Rädern")],
                                                      suchbegriffe: ["essen-auf-raedern": ["Mahlzeitendienst"]],
                                                      gemeinden: [(id: "zolling", name: "Zolling"), (id: "haag", name: "Haag")],
                                                      istSchluessel: { _ in true },
                                                      haeufigkeit: { $0 == mahl ? 100 : 1 })
        #expect(namen == [[ess, raed]], "\(namen)")
        // the most frequent word with both Gemeinden, then the next word (each combination sorted)
        #expect(Array(mitOrt.prefix(3)) == [[mahl, "zolling"], ["haag", mahl], [ess, "zolling"]], "\(mitOrt)")
        let bau = SuchIndexBau(dokumente: [Self.dok(0, titel: "Essen")])
        let viele = (0..<SuchKombinationen.hoechstens).map { [ess, "ort\($0)"] }
        let k = SuchIndex.kombinationenFuer(bau, liste: (namen, viele), titel: [[:]], paare: [["warm", "zu"]])
        #expect(k.count == SuchKombinationen.hoechstens)
        #expect(Array(k.prefix(3)) == [[ess, raed], ["warm", "zu"], [ess, "ort0"]], "\(k.prefix(3))")
        #expect(k.last == [ess, "ort\(SuchKombinationen.hoechstens - 3)"])
    }

    /// Three words that one or two documents have in full: those first, then the documents
    /// with every word but one; with three full matches, or two words, every word must match.
    @Test func fastPassendeNachWenigenGenauen() {
        let docs = ["Tagespflege bringt Sie nach Hause", "Warmes Essen nach Hause", "Essen auf Rädern bringt es nach Hause",
                    "Essen im Gasthof", "Essen nach Hause gebracht", "Seniorentreff"].enumerated().map { Self.dok($0, titel: $1) }
        let bau = SuchIndexBau(dokumente: docs)
        var antworten = SuchAntworten(bau)
        let stemmer = Stemmer()
        func n(_ w: String) -> Int { bau.nummer[stemmer.stamm(w)]! }
        func urls(_ a: SuchAntworten.Antwort?) -> [String] { (a?.erste ?? []).map { bau.dokumente[Int($0)].url } }
        let satz = [n("bringt"), n("essen"), n("hause")]
        let a = antworten.antwort(satz, ersteSeite: 10)
        #expect(a?.ergaenzt == true)
        // only "Essen auf Rädern bringt es nach Hause" has all three
        #expect(urls(a).first == "angebote/a-2/", "\(urls(a))")
        #expect(Set(urls(a)) == ["angebote/a-0/", "angebote/a-1/", "angebote/a-2/", "angebote/a-4/"], "\(urls(a))")
        #expect(a?.docs.count == 4)
        // the same as walking every posting with one word allowed to miss
        #expect(antworten.antwortDurchZaehlen(satz, ersteSeite: 10, fehlen: 1)?.erste == a?.erste)
        // two words: only the full matches
        let zwei = antworten.antwort([n("essen"), n("hause")], ersteSeite: 10)
        #expect(zwei?.ergaenzt == false && zwei?.docs.count == 3)
        // enough full matches: nothing added
        var mehr = docs
        mehr += (6..<9).map { Self.dok($0, titel: "Essen bringt nach Hause \($0)") }
        let bau2 = SuchIndexBau(dokumente: mehr)
        var antworten2 = SuchAntworten(bau2)
        let b = antworten2.antwort([bau2.nummer[stemmer.stamm("bringt")]!, bau2.nummer[stemmer.stamm("essen")]!,
                                    bau2.nummer[stemmer.stamm("hause")]!], ersteSeite: 10)
        #expect(b?.ergaenzt == false && b?.docs.count == 4)
    }

    /// Events carry "Termin Veranstaltung" and the months they take place in, for
    /// `Adventsfeier Dezember` and `Handykurs Termin`.
    @Test func monateEinesTermins() {
        func d(_ t: String) -> Datum { Datum(t)! }
        let heute = d("2026-11-22")
        #expect(Suchwerk.wann(beginn: d("2026-12-09"), ende: nil, wiederholt: false, bis: nil, heute: heute)
                == "Termin Veranstaltung Dezember 2026")
        #expect(Suchwerk.wann(beginn: d("2026-12-30"), ende: d("2027-01-02"), wiederholt: false, bis: nil, heute: heute)
                == "Termin Veranstaltung Dezember 2026 Januar 2027")
        // repeating: from today, until its last date …
        #expect(Suchwerk.wann(beginn: d("2026-01-07"), ende: nil, wiederholt: true, bis: d("2027-02-10"), heute: heute)
                == "Termin Veranstaltung November 2026 Dezember Januar 2027 Februar")
        // … at most a year ahead
        let offen = Suchwerk.wann(beginn: d("2025-03-01"), ende: nil, wiederholt: true, bis: nil, heute: heute)
        #expect(offen.hasPrefix("Termin Veranstaltung November 2026 Dezember Januar 2027"), "\(offen)")
        #expect(offen.hasSuffix("Oktober November"), "\(offen)")
        // the months it meets in: not a month it is cancelled in, not the months a series skips
        let tage = [d("2026-12-08"), d("2027-01-12"), d("2027-03-09"), d("2027-05-11")]
        #expect(Suchwerk.wann(beginn: d("2026-01-13"), ende: nil, wiederholt: true, bis: d("2027-05-31"), heute: heute, tage: tage)
                == "Termin Veranstaltung Dezember 2026 Januar 2027 März Mai")
        #expect(Suchwerk.wann(beginn: d("2026-01-13"), ende: nil, wiederholt: true, bis: nil, heute: heute, tage: [])
                == "Termin Veranstaltung")
    }

    /// The head's list for typos at the start of a word: the words of categories first, then
    /// what stands in titles and other heavy fields, before what only bodies say.
    @Test func haeufigeSchluesselImKopf() {
        var docs = (0..<3).map { Self.dok($0, titel: "Hausnotruf \($0)", text: "Telefonisch erreichbar.") }
        docs += (3..<6).map { Self.dok($0, titel: "Tagespflege \($0)", text: "Telefonisch erreichbar.") }
        docs += (6..<20).map { Self.dok($0, titel: "Sprechstunde \($0)", text: "Telefonisch erreichbar, bitte anrufen.") }
        let bau = SuchIndexBau(dokumente: docs)
        func liste(_ bytes: Int, _ vorrang: [String] = []) -> [String] {
            SuchIndex.haeufig(bau, bytes: bytes, vorrang: SuchIndex.begriffsSchluessel(vorrang, bau)).split(separator: " ").map(String.init)
        }
        // titles before the bodies' words, though these are in every document
        #expect(liste(40).contains("sprechstund"), "\(liste(40))")
        #expect(liste(40).contains("tagespfleg"), "\(liste(40))")
        #expect(!liste(40).contains("erreichbar"), "\(liste(40))")
        #expect(liste(200).contains("erreichbar"), "\(liste(200))")
        // a category's name first, however rare
        #expect(!liste(12).contains("hausnotruf"), "\(liste(12))")
        #expect(liste(12, ["Hausnotruf"]).contains("hausnotruf"), "\(liste(12, ["Hausnotruf"]))")
    }

    /// Pairs of words that many short descriptions have close together are answered in advance.
    /// The stems of two words as a combination writes them (sorted as JavaScript sorts).
    static func paar(_ a: String, _ b: String) -> [String] {
        let stemmer = Stemmer()
        return [stemmer.stamm(a), stemmer.stamm(b)].sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
    }

    @Test func paareAusKurzbeschreibungen() {
        var docs = (0..<10).map { Self.dok($0, titel: "Angebot \($0)", kurz: "Beratung zum Umbau der eigenen Wohnung.") }
        docs += (10..<12).map { Self.dok($0, titel: "Angebot \($0)", kurz: "Kaffee und Kuchen am Nachmittag.") }
        docs += (12..<40).map { Self.dok($0, titel: "Angebot \($0)", kurz: "Sprechstunde im Rathaus.") }
        let bau = SuchIndexBau(dokumente: docs)
        let paare = SuchKombinationen.ausKurzbeschreibungen(bau)
        #expect(paare.contains(Self.paar("umbau", "wohnung")), "\(paare)")
        #expect(paare.contains(Self.paar("beratung", "umbau")), "\(paare)")
        // in only two documents
        #expect(!paare.contains(Self.paar("kaffee", "kuchen")), "\(paare)")
        // the most frequent first
        #expect(paare.first == Self.paar("sprechstunde", "rathaus"), "\(paare)")
        // no more than `hoechstens`
        #expect(SuchKombinationen.ausKurzbeschreibungen(bau, hoechstens: 2).count == 2)
    }

    /// Pairs of what a service is (title, category name, search term) and what it offers (title,
    /// short description) that many documents share are answered in advance.
    @Test func paareAusFeldern() {
        var docs = (0..<6).map { Self.dok($0, titel: "Seniorennachmittag \($0)", stichworte: "Seniorentreff",
                                          kurz: "Kaffee und Kuchen.", kategorie: "begegnung") }
        docs += (6..<8).map { Self.dok($0, titel: "Sprechstunde \($0)", kurz: "Kaffee im Rathaus.") }
        docs += (8..<20).map { Self.dok($0, titel: "Beratung \($0)", kurz: "Im Rathaus.") }
        let bau = SuchIndexBau(dokumente: docs)
        let kategorien = [(id: "begegnung", name: "Begegnung"), (id: "beratung", name: "Beratung")]
        let paare = SuchKombinationen.ausFeldern(bau, kategorien: kategorien, suchbegriffe: ["begegnung": ["Seniorentreff"]])
        // the category's search term with the short description, the title with it
        #expect(paare.contains(Self.paar("seniorentreff", "kaffee")), "\(paare)")
        #expect(paare.contains(Self.paar("seniorennachmittag", "kuchen")), "\(paare)")
        // in only two documents
        #expect(!paare.contains(Self.paar("sprechstunde", "kaffee")), "\(paare)")
        // `rathaus` and `beratung` are in more than half of the documents
        let haeufig = Set(Self.paar("rathaus", "beratung"))
        #expect(!paare.contains { !haeufig.isDisjoint(with: $0) }, "\(paare)")
        #expect(SuchKombinationen.ausFeldern(bau, kategorien: kategorien, suchbegriffe: [:], hoechstens: 1).count == 1)
    }

    /// Everyday words find the entries that use another word of the same field, where that
    /// word stands in a title (also as a compound's last part) or a phrase is whole.
    @Test func wortfelder() throws {
        let docs = [
            Self.dok(0, titel: "Seniorenpflegeheim St. Josef"),
            Self.dok(1, titel: "Essen auf Rädern der Metzgerei Huber"),
            Self.dok(2, titel: "Sprechstunde im Rathaus", text: "Auskunft auch über das Altenheim und Essen auf Rädern."),
            Self.dok(3, titel: "Essen und Rädern ohne Zusammenhang", text: "x"),
            Self.dok(4, titel: "Altenheim Maria Hilf"),
            // (a body that knows the words "Senioren" and "Pflegeheim", so that the first title splits)
            Self.dok(5, titel: "Beratung", text: "Kurzzeitpflege für Senioren im Pflegeheim."),
            Self.dok(6, titel: "Mittagstisch in der Turnhalle", text: "In der Halle."),
            Self.dok(7, titel: "Turnen am Vormittag"),
            // the word in a stichwort only
            Self.dok(8, titel: "Beratung im Alter", stichworte: "Altenheim"),
            // the word in a short description only
            Self.dok(9, titel: "Fahrdienst", kurz: "Fahrten ins Altenheim und zum Arzt."),
            // two words of the field in heavy fields
            Self.dok(10, titel: "Pflegeheim am See", stichworte: "Seniorenheim"),
        ]
        let bau = SuchIndexBau(dokumente: docs)
        let stemmer = Stemmer()
        func urls(_ wort: String) -> [String] {
            Self.treffer(bau, stemmer.stamm(SuchNormalisierung.normalisiere(wort))).map(\.url)
        }
        // a word no entry has becomes a key: the title's compound, not the body's mention
        #expect(Set(urls("Altersheim")) == ["angebote/a-0/", "angebote/a-4/", "angebote/a-8/", "angebote/a-9/", "angebote/a-10/"],
                "\(urls("Altersheim"))")
        #expect(urls("Pflegeheim").contains("angebote/a-4/"))
        #expect(bau.formen[try #require(bau.nummer[stemmer.stamm("altersheim")])] == ["altersheim"])
        // a part before the last is not the word: the Turnhalle is no Gymnastik
        #expect(urls("Gymnastik") == ["angebote/a-7/"], "\(urls("Gymnastik"))")
        // a phrase counts where all its words are in a heavy field
        #expect(urls("Mahlzeitendienst").contains("angebote/a-1/"))
        #expect(!urls("Mahlzeitendienst").contains("angebote/a-2/"), "only the body says it")
        // (a phrase is its words in heavy fields, not their order: a-3 counts as well)
        #expect(urls("Mahlzeitendienst").contains("angebote/a-3/"))
        // the added documents weigh more than a category's search term, less than the title's own word
        let altenheim = Self.treffer(bau, stemmer.stamm("altenheim"))
        let eigen = try #require(altenheim.first { $0.url == "angebote/a-4/" }).gewicht
        let dazu = try #require(altenheim.first { $0.url == "angebote/a-0/" }).gewicht
        #expect(dazu == Int(Wortfelder.gewicht) && dazu > 4 * 3 && dazu < eigen)
        // from a stichwort less than from a title, and less than a category's search term (a
        // region's own word for it comes first), more than a body: the Altenheim by its title first
        let altersheim = Self.treffer(bau, stemmer.stamm("altersheim"))
        let ausTitel = try #require(altersheim.first { $0.url == "angebote/a-4/" }).gewicht
        let ausStichwort = try #require(altersheim.first { $0.url == "angebote/a-8/" }).gewicht
        #expect(ausStichwort > 4 * 1 && ausStichwort < 4 * 3 && ausTitel > 4 * 3, "\(altersheim)")
        // from a short description below a body's own word
        let ausKurz = try #require(altersheim.first { $0.url == "angebote/a-9/" }).gewicht
        #expect(ausKurz > 0 && ausKurz < 4 * 1)
        // two words of the field (title and stichwort) weigh one more than one word; a compound
        // in the title and its last part are one word (a-0: Seniorenpflegeheim)
        let zweiWoerter = try #require(altersheim.first { $0.url == "angebote/a-10/" }).gewicht
        #expect(zweiWoerter == ausTitel + 1, "\(altersheim)")
        #expect(try #require(altersheim.first { $0.url == "angebote/a-0/" }).gewicht == ausTitel)
        // keys stay in JavaScript string order
        for i in 1..<bau.schluessel.count {
            #expect(Array(bau.schluessel[i - 1].utf16).lexicographicallyPrecedes(Array(bau.schluessel[i].utf16)))
        }
    }

    /// A word of a field that no entry has becomes a key; when it is a compound of keys, those
    /// are its parts, so that it still finds the entries that say its parts (`Busreise`: the
    /// trip "mit dem Bus" on a "Reise"), as a word that is no key would.
    @Test func wortfeldSchluesselMitTeilen() throws {
        let docs = [
            Self.dok(0, titel: "Seniorenausflug an den See"),
            Self.dok(1, titel: "Unterwegs", text: "Eine Reise mit dem Bus."),
            // (`Sozialhilfe`: a part that only says it helps makes no parts)
            Self.dok(2, titel: "Grundsicherung im Alter", text: "Soziales und Hilfe."),
        ]
        let bau = SuchIndexBau(dokumente: docs)
        let stemmer = Stemmer()
        let busreise = try #require(bau.nummer[stemmer.stamm("busreise")])
        #expect(bau.teile[busreise] == ["bus", "reis"], "\(bau.teile[busreise])")
        let sozialhilfe = try #require(bau.nummer[stemmer.stamm("sozialhilfe")])
        #expect(bau.teile[sozialhilfe].isEmpty, "\(bau.teile[sozialhilfe])")
        // a field word that is a key of its own keeps what the entries say (no parts of its own)
        let ausflug = try #require(bau.nummer[stemmer.stamm("ausflug")])
        #expect(bau.teile[ausflug].isEmpty)
    }

    /// The days of an event from today to three months ahead are keys (`t20261122`) that the
    /// search page reads `heute`, `morgen`, `nächste Woche` as; a series has each of its days.
    @Test func tageDerTermine() throws {
        let w = try Werkstatt(["gemeinden/audorf/termine/kurs.md": """
            ---
            titel: Gedächtnistraining
            beginn: "2026-11-20 10:00"
            ende: "2026-11-20 11:30"
            wiederholung: woechentlich
            bis: 2027-06-30
            ort: Pfarrheim Audorf
            veranstalter: Pfarrei Audorf
            kurzbeschreibung: Jede Woche.
            ---
            """, "gemeinden/audorf/termine/fahrt.md": """
            ---
            titel: Adventsfahrt
            beginn: "2026-12-05 08:00"
            ende: "2026-12-06 18:00"
            ort: Rathaus Audorf
            veranstalter: Gemeinde Audorf
            kurzbeschreibung: Zwei Tage.
            ---
            """]); defer { w.aufraeumen() }
        let (inhalt, diagnosen) = try w.pruefe()
        #expect(!diagnosen.hatFehler)
        let heute = try #require(Datum("2026-11-22"))
        let termine = try #require(inhalt).termine
        let kurs = try #require(termine.first { $0.titel == "Gedächtnistraining" })
        let tage = Suchwerk.tage(kurs, heute: heute).split(separator: " ").map(String.init)
        // Fridays from the 27th (the 20th is past), up to 92 days ahead (22 February)
        #expect(tage.first == "t20261127" && tage.contains("t20261204") && !tage.contains("t20261120"), "\(tage)")
        #expect(tage.last == "t20270219" && tage.count == 13, "\(tage)")
        let fahrt = try #require(termine.first { $0.titel == "Adventsfahrt" })
        #expect(Suchwerk.tage(fahrt, heute: heute) == "t20261205 t20261206")
        // and in the index, as keys
        let site = Website(inhalt: try #require(inhalt), heute: heute)
        let dok = try #require(Suchwerk(site: site).dokumente().first { $0.titel == "Adventsfahrt" })
        #expect(dok.felder.contains { $0.text == "t20261205 t20261206" })
    }

    /// A past event stays in the index, but every word of it weighs as a word of a body:
    /// the current entries come first.
    @Test func vergangeneTermineZuletzt() throws {
        let w = try Werkstatt(["gemeinden/audorf/termine/tag-der-offenen-tuer.md": """
            ---
            titel: Tag der offenen Tür im Pflegedienst
            beginn: "2026-10-10 10:00"
            ort: Pflegedienst Audorf
            veranstalter: Sozialstation Audorf
            kurzbeschreibung: Besichtigung und Beratung.
            ---
            """]); defer { w.aufraeumen() }
        let (inhalt, diagnosen) = try w.pruefe()
        #expect(!diagnosen.hatFehler)
        let site = Website(inhalt: try #require(inhalt), heute: Werkstatt.heute)
        let docs = Suchwerk(site: site).dokumente()
        let vorbei = try #require(docs.first { $0.url == "termine/tag-der-offenen-tuer/" })
        #expect(vorbei.felder.allSatisfy { $0.gewicht == Suchwerk.Gewicht.inhalt })
        let kommend = try #require(docs.first { $0.url == "termine/seniorennachmittag/" })
        #expect(kommend.felder.first?.gewicht == Suchwerk.Gewicht.termintitel)
        // (a series that goes on counts as current)
        let reihe = try #require(docs.first { $0.url == "termine/netzwerktreffen/" })
        #expect(reihe.felder.first?.gewicht == Suchwerk.Gewicht.termintitel)
    }

    /// What a page says besides title and descriptions is searchable: free of charge and
    /// accessible like a short description, an Ortsteil like a Gemeinde, the costs' words,
    /// postcode and opening days like a body; a Gemeinde's name in the address is not (a
    /// query naming a Gemeinde asks for the services that reach it), nor the street.
    @Test func merkmaleDerSeite() throws {
        let w = try Werkstatt([
            "gemeinden/audorf/angebote/treff.md": """
            ---
            titel: Seniorentreff
            kategorien: [nachbarschaftshilfe]
            traeger: Helferkreis
            kurzbeschreibung: Treffen.
            adresse:
              strasse: Marktplatz 3a
              plz: "85391"
              ort: Oberau
            telefon: "08166 1"
            oeffnungszeiten: Mi 14:00-17:00; Sa 10:00-12:00 "nur im Sommer"
            kosten: Kostenlos, Spenden willkommen
            barrierefrei: ja
            geprueft: 2026-10-01
            ---
            """,
            "gemeinden/audorf/angebote/notruf.md": """
            ---
            titel: Hausnotruf
            kategorien: [pflege]
            traeger: Rotes Kreuz
            kurzbeschreibung: Hilfe auf Knopfdruck.
            adresse:
              strasse: Ringstraße 1
              plz: "85391"
              ort: Bedorf
            telefon: "08166 2"
            oeffnungszeiten: 24/7
            kosten: 25 € im Monat
            barrierefrei: teilweise
            geprueft: 2026-10-01
            ---
            """,
            "gemeinden/audorf/termine/basar.md": """
            ---
            titel: Basar
            beginn: "2026-12-05 10:00"
            ort:
              name: Pfarrheim
              strasse: Siekholm 4
              plz: "85391"
              ort: Audorf
            veranstalter: Pfarrei
            kurzbeschreibung: Verkauf.
            anmeldung: nicht nötig
            kosten: gratis
            ---
            """]); defer { w.aufraeumen() }
        let (inhalt, diagnosen) = try w.pruefe()
        #expect(!diagnosen.hatFehler, "\(diagnosen)")
        let docs = Suchwerk(site: Website(inhalt: try #require(inhalt), heute: Werkstatt.heute)).dokumente()
        func felder(_ url: String) throws -> [(String, Int)] {
            try #require(docs.first { $0.url == url }).felder.map { ($0.text, $0.gewicht) }
        }
        let treff = try felder("angebote/treff/")
        #expect(treff.contains { $0 == ("kostenlos barrierefrei", Suchwerk.Gewicht.kurz) }, "\(treff)")
        #expect(treff.contains { $0 == ("Oberau", Suchwerk.Gewicht.gemeinde) })
        let text = try #require(treff.last { $0.1 == Suchwerk.Gewicht.inhalt && $0.0.contains("85391") }).0
        for wort in ["Kostenlos, Spenden willkommen", "Mittwoch", "Samstag", "Wochenende", "nur im Sommer"] {
            #expect(text.contains(wort), "\(wort) in \(text)")
        }
        #expect(!text.contains("Montag") && !treff.contains { $0.0.contains("Marktplatz") })
        // the parts of the day it is open (`Seniorentreff nachmittags`)
        #expect(text.contains("vormittags") && text.contains("nachmittags") && !text.contains("abends"), "\(text)")
        let notruf = try felder("angebote/notruf/")
        // (Oberau, the place of the Seniorentreff's address, is an Ortsteil of Audorf: every entry serving Audorf has
        // it; so is Siekholm, the basar's address written as the Ortsteil and a number, not Marktplatz)
        #expect(notruf.contains { $0 == ("Oberau Siekholm", Suchwerk.Gewicht.ortsteil) }, "\(notruf)")
        #expect(Suchwerk.ortsteil(ausStrasse: "Siekholm 4") == "Siekholm")
        for strasse in ["Dorfstraße 8", "Kirchweg 2", "Am Markt 3", "Kirchberg 5", "Dörpstraat 1", "Siekholm"] {
            #expect(Suchwerk.ortsteil(ausStrasse: strasse) == nil, "\(strasse)")
        }
        // (Bedorf is a Gemeinde: the Hausnotruf of Audorf does not reach it)
        #expect(!notruf.contains { $0.0 == "Bedorf" || $0.0.contains("kostenlos") }, "\(notruf)")
        let notrufText = try #require(notruf.last { $0.0.contains("85391") }).0
        #expect(notrufText.contains("rund um die Uhr") && notrufText.contains("teilweise barrierefrei"))
        #expect(notrufText.contains("25 € im Monat"))
        // an event: its weekday (5 December 2026 is a Saturday), registration, costs
        let basar = try felder("termine/basar/")
        // (an event's title weighs a little less than a service's)
        #expect(basar.first.map { $0 == ("Basar", Suchwerk.Gewicht.termintitel) } == true, "\(basar)")
        #expect(treff.first.map { $0 == ("Seniorentreff", Suchwerk.Gewicht.titel) } == true)
        #expect(basar.contains { $0 == ("kostenlos", Suchwerk.Gewicht.kurz) }, "\(basar)")
        let basarText = try #require(basar.last { $0.0.contains("85391") }).0
        #expect(basarText.contains("Samstag") && basarText.contains("nicht nötig") && basarText.contains("gratis"))
        #expect(basarText.contains("vormittags") && !basarText.contains("nachmittags"), "\(basarText)")
        #expect(notrufText.contains("vormittags nachmittags abends"))
    }

    /// The part of the day: an event by its beginning, a service by an hour or more open in it
    /// (6 to 12, 13 to 18, after 18); never `mittags` (half of `Mittagessen`).
    @Test func tageszeiten() {
        func spannen(_ s: [(Int, Int)]) -> [String] {
            SuchMerkmale.tageszeiten(s.map { Oeffnungszeiten.Zeitspanne(von: $0.0 * 60, bis: $0.1 * 60) })
        }
        #expect(spannen([(17, 19)]) == ["nachmittags", "abends"])
        #expect(spannen([(8, 12)]) == ["vormittags"])
        #expect(spannen([(8, 13)]) == ["vormittags"])
        #expect(spannen([(11, 14)]) == ["vormittags", "nachmittags"])
        #expect(spannen([(12, 13)]).isEmpty)
        #expect(spannen([(9, 11), (15, 16), (20, 22)]) == ["vormittags", "nachmittags", "abends"])
        #expect(SuchMerkmale.tageszeit(beginn: 11 * 60 + 59) == "vormittags")
        #expect(SuchMerkmale.tageszeit(beginn: 17 * 60 + 29) == "nachmittags")
        #expect(SuchMerkmale.tageszeit(beginn: 17 * 60 + 30) == "abends")
    }

    /// A service weighs its own Gemeinde (its folder) more than the others it serves: of two
    /// homes that take people from everywhere, `Pflegeheim Bedorf` finds the one in Bedorf first.
    @Test func eigeneGemeindeWiegtMehr() throws {
        func heim(_ name: String) -> String {
            """
            ---
            titel: Pflegeheim \(name == "audorf" ? "Sonnenhof" : "Lindenhof")
            kategorien: [pflege]
            traeger: Verein
            kurzbeschreibung: Ein Pflegeheim.
            telefon: "08166 1"
            einzugsgebiet: alle
            geprueft: 2026-10-01
            telefonisch: ja
            ---
            """
        }
        let w = try Werkstatt(["gemeinden/audorf/angebote/sonnenhof.md": heim("audorf"),
                               "gemeinden/bedorf/angebote/lindenhof.md": heim("bedorf")]); defer { w.aufraeumen() }
        let (inhalt, diagnosen) = try w.pruefe()
        #expect(!diagnosen.hatFehler, "\(diagnosen)")
        let docs = Suchwerk(site: Website(inhalt: try #require(inhalt), heute: Werkstatt.heute)).dokumente()
        let bau = SuchIndexBau(dokumente: docs)
        let bedorf = Dictionary(uniqueKeysWithValues: Self.treffer(bau, "bedorf").map { ($0.url, $0.gewicht) })
        let audorf = Dictionary(uniqueKeysWithValues: Self.treffer(bau, "audorf").map { ($0.url, $0.gewicht) })
        #expect(try #require(bedorf["angebote/lindenhof/"]) > #require(bedorf["angebote/sonnenhof/"]), "\(bedorf)")
        #expect(try #require(audorf["angebote/sonnenhof/"]) > #require(audorf["angebote/lindenhof/"]), "\(audorf)")
    }

    /// An event's record carries its date as its page writes it: the next one of a series.
    @Test func termineMitDatumInDenTreffern() throws {
        let w = try Werkstatt(); defer { w.aufraeumen() }
        _ = try w.baue()
        let index = try w.lies("suchindex/index.js")
        #expect(index.contains("\"termine/seniorennachmittag/\"") && index.contains(",1,\"Mittwoch, 2. Dezember 2026, 14:00 bis 16:00 Uhr\"]"))
        // (monthly on the second Tuesday from 10 November; today is 21 November)
        #expect(index.contains(",1,\"Dienstag, 8. Dezember 2026, 19:00"))
        // a service's record: its kind, no date, its first phone number (shown in the result)
        #expect(index.contains("\"angebote/pflege-audorf/\"") && index.contains(",0,\"\",\"08166 1234\"]"))
        // without a phone, its kind ends it
        #expect(!index.contains(",0,\"\"]"))
    }

    /// The head names the Gemeinden of several words and the key that stands for each in a query.
    @Test func ortsnamenImKopf() {
        let gemeinden = [(id: "st-leonhard", name: "St. Leonhard am Forst"), (id: "bad-guenzach", name: "Bad Günzach"),
                         (id: "st-martin", name: "St. Martin"), (id: "martin", name: "Martin"), (id: "zolling", name: "Zolling")]
        let docs = gemeinden.enumerated().map { i, g in
            SuchDokument(url: "angebote/a-\(i)/", art: "angebot", titel: "Treff \(g.name)", kurzbeschreibung: "",
                         gemeinden: [g.id], ort: g.name, kategorien: ["treff"], felder: [SuchFeld("Treff \(g.name)", gewicht: 10)])
        }
        let orte = SuchKombinationen.ortsnamen(gemeinden, SuchIndexBau(dokumente: docs))
        #expect(orte.map(\.steht) == ["leonhard", "guenzach"], "\(orte)")
        #expect(orte.first?.schluessel == ["st", "leonhard", "forst"])
        // (St. Martin has no word of its own: "st" begins many names, "martin" is another Gemeinde's)
    }

    /// `mehr` is a stop word, but it begins compounds: their tails are keys (`Generationenhaus`).
    @Test func mehrAmAnfang() {
        let bau = SuchIndexBau(dokumente: [Self.dok(0, titel: "Mehrgenerationenhaus Zolling", text: "Offener Treff."),
                                           Self.dok(1, titel: "Seniorenrat", text: "Für die ältere Generation im Haus der Vereine.")])
        #expect(Self.treffer(bau, "generationenhaus").map(\.url) == ["angebote/a-0/"])
        #expect(!bau.schluessel.contains("mehr"), "the stop word itself is no key")
    }

    /// A compound's front may be the word without the umlaut that the corpus only has with it:
    /// `Sturzprophylaxe` where the other entries say `stürzen`, `Arzttermine` beside `Ärzte`.
    @Test func vorderteilOhneUmlaut() {
        let bau = SuchIndexBau(dokumente: [Self.dok(0, titel: "Kurs Trittsicher – Sturzprophylaxe", text: "Übungen für das Gleichgewicht."),
                                           Self.dok(1, titel: "Hausnotruf", text: "Hilfe, wenn Sie stürzen."),
                                           Self.dok(2, titel: "Fahrdienst", text: "Fahrten zu Ärzten und Arztterminen.")])
        let sturz = Self.treffer(bau, "sturz").map(\.url)
        #expect(sturz.contains("angebote/a-0/") && sturz.contains("angebote/a-1/"), "\(sturz)")
        #expect(Self.treffer(bau, "termin").map(\.url) == ["angebote/a-2/"])
        // the rest is the last part, as after any known front
        #expect(Self.treffer(bau, "prophylax").map(\.url) == ["angebote/a-0/"])
    }

    /// A word for older people beside other words ranks but does not filter, in suche.js and in
    /// the answers computed in advance; the head lists their keys for the page.
    @Test func zielgruppeRangNurNeben() throws {
        let docs = ["Gymnastik am Morgen", "Gymnastik für Senioren im Pfarrheim", "Gymnastik im Turnverein",
                    "Gymnastik für Senioren im Bürgerhaus", "Senioren-Café", "Gymnastik für Senioren am Weiher"]
            .enumerated().map { Self.dok($0, titel: $1) }
        let bau = SuchIndexBau(dokumente: docs)
        let gymnast = try #require(bau.nummer["gymnast"]), senior = try #require(bau.nummer["senior"])
        var antworten = SuchAntworten(bau)
        #expect(antworten.nebenWoerter([gymnast, senior]) == [false, true])
        #expect(antworten.nebenWoerter([senior]) == [false], "alone it is the query")
        let antwort = antworten.antwort([gymnast, senior], ersteSeite: 10)
        let a = try #require(antwort)
        // every Gymnastik, those for Senioren first; not the Café (the index orders documents by title)
        func urls(_ d: some Sequence<Int32>) -> Set<String> { Set(d.map { bau.dokumente[Int($0)].url }) }
        #expect(urls(a.docs) == Set([0, 1, 2, 3, 5].map { "angebote/a-\($0)/" }))
        #expect(urls(a.erste.prefix(3)) == Set([1, 3, 5].map { "angebote/a-\($0)/" }), "\(a.erste)")
        // the way over candidates and the reference agree
        let neben = antworten.nebenWoerter([gymnast, senior])
        let referenz = antworten.antwortDurchZaehlen([gymnast, senior], neben: neben, ersteSeite: 10)
        #expect(referenz?.erste == a.erste && Set(referenz?.docs ?? []) == Set(a.docs))
        let kopf = String(decoding: try #require(SuchIndex.dateien(dokumente: docs, gemeinden: [("zolling", "Zolling")],
                                                                   kategorien: [("bewegung", "Bewegung")]).first).inhalt, as: UTF8.self)
        #expect(kopf.contains("\"zielgruppe\":[\"aelt\",\"alt\","), "the keys, for the page")
        #expect(kopf.contains("\"senior\""))
    }

    /// A compound whose first part only says who it is for is its other part: `Seniorengymnastik`
    /// also finds `Gymnastik für Ältere`, after the entries that say the compound.
    @Test func zielgruppenTeilSagtNurFuerWen() throws {
        let docs = [Self.dok(0, titel: "Seniorengymnastik im Pfarrheim"), Self.dok(1, titel: "Gymnastik für Ältere"),
                    Self.dok(2, titel: "Café für Senioren", text: "Kuchen.")]
        let bau = SuchIndexBau(dokumente: docs)
        let k = try #require(bau.nummer["seniorengymnast"])
        #expect(bau.teile[k] == ["senior", "gymnast"])
        let gymnast = try #require(bau.nummer["gymnast"])
        #expect(SuchAntworten.wirksameTeile(bau, k) == [gymnast])
        var antworten = SuchAntworten(bau)
        let antwort = antworten.antwort([k], ersteSeite: 10)
        let a = try #require(antwort)
        #expect(a.erste.map { bau.dokumente[Int($0)].url } == ["angebote/a-0/", "angebote/a-1/"])
        // the reference computation agrees
        #expect(antworten.antwortDurchZaehlen([k], ersteSeite: 10)?.erste == a.erste)
    }

    @Test func leererIndex() {
        let dateien = SuchIndex.dateien(dokumente: [], gemeinden: [], kategorien: [])
        #expect(dateien.map(\.pfad) == ["index.js"])
    }
}
