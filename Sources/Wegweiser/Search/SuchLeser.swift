/// Reads the fields of documents into (word, document, weight) postings, in document
/// order: the first step of the index build, and the only one that sees all the text.
struct SuchLeser {
    struct Ergaenzung {
        var doc: Int32
        /// The word before an open hyphen (`fahr`).
        var vorn: Int32
        /// The full word it belongs to (`begleitdienste`).
        var wort: Int32
        var gewicht: UInt8
    }

    /// Word ids below this are stop words; the next ids are the joining words.
    static let stoppAnzahl = Int32(Stoppwoerter.liste.count)

    private(set) var woerter: Wortschatz
    private(set) var pWort: [Int32] = []
    private(set) var pDoc: [Int32] = []
    private(set) var pGewicht: [UInt8] = []
    private(set) var ergaenzungen: [Ergaenzung] = []

    private init() {
        woerter = Wortschatz(kapazitaet: 1 << 14)
        for w in Stoppwoerter.liste { woerter.id(w) }
        for w in Stoppwoerter.bindewoerter.sorted() { woerter.id(w) }
    }

    /// The postings of one slice of consecutive documents, with the slice's own word ids.
    struct Scheibe {
        /// The documents it read.
        let bereich: Range<Int>
        let pWort: [Int32]
        let pDoc: [Int32]
        let pGewicht: [UInt8]
        /// Its word ids → those of `Gelesen.woerter`.
        let neu: [Int32]
    }

    struct Gelesen {
        /// Every word, numbered in the order a single pass would first see it.
        var woerter: Wortschatz
        /// In document order (their postings are not copied into one list: `SuchIndexBau.sammle`
        /// reads each on a core of its own).
        var scheiben: [Scheibe]
        /// Open hyphens, with the ids of `woerter`, in document order.
        var ergaenzungen: [Ergaenzung]
    }

    /// Reads every document: consecutive slices on every core, each with its own vocabulary;
    /// the vocabularies are merged in slice order, which gives every word the id a single pass
    /// would give it (the order words are first seen).
    static func lies(_ dokumente: [SuchDokument]) -> Gelesen {
        let anzahl = dokumente.count >= 4000 ? 4 : 1
        let gelesen: [(Range<Int>, SuchLeser)] = inStuecken(dokumente.count, mindestens: max(1, dokumente.count / anzahl)) { bereich in
            var leser = SuchLeser()
            leser.lies(dokumente, bereich)
            return [(bereich, leser)]
        }
        guard let erste = gelesen.first?.1 else {
            let leer = SuchLeser()
            return Gelesen(woerter: leer.woerter, scheiben: [], ergaenzungen: [])
        }
        var woerter = erste.woerter
        var scheiben: [Scheibe] = []
        var ergaenzungen: [Ergaenzung] = []
        for (n, (bereich, teil)) in gelesen.enumerated() {
            var neu = [Int32](repeating: 0, count: teil.woerter.anzahl)
            if n == 0 {
                for id in neu.indices { neu[id] = Int32(id) }
            } else {
                for id in 0..<teil.woerter.anzahl { neu[id] = teil.woerter.mitWort(Int32(id)) { woerter.id($0) } }
            }
            scheiben.append(Scheibe(bereich: bereich, pWort: teil.pWort, pDoc: teil.pDoc, pGewicht: teil.pGewicht, neu: neu))
            ergaenzungen.append(contentsOf: teil.ergaenzungen.lazy.map {
                Ergaenzung(doc: $0.doc, vorn: neu[Int($0.vorn)], wort: neu[Int($0.wort)], gewicht: $0.gewicht)
            })
        }
        return Gelesen(woerter: woerter, scheiben: scheiben, ergaenzungen: ergaenzungen)
    }

    // MARK: -

    private var zuletzt: [Int32] = []
    private var bestes: [UInt8] = []
    private var anzahl: [UInt8] = []
    private var beruehrt: [Int32] = []

    private mutating func zaehle(_ id: Int32, _ gewicht: UInt8, _ doc: Int32) {
        let i = Int(id)
        if i >= zuletzt.count {
            let neu = max(i + 1, zuletzt.count * 2)
            zuletzt.append(contentsOf: repeatElement(-1, count: neu - zuletzt.count))
            bestes.append(contentsOf: repeatElement(0, count: neu - bestes.count))
            anzahl.append(contentsOf: repeatElement(0, count: neu - anzahl.count))
        }
        if zuletzt[i] != doc {
            zuletzt[i] = doc
            bestes[i] = gewicht
            anzahl[i] = 1
            beruehrt.append(id)
        } else {
            if gewicht > bestes[i] { bestes[i] = gewicht }
            if anzahl[i] < 255 { anzahl[i] += 1 }
        }
    }

    // Short texts recur in many documents (category names and search terms, Gemeinde names,
    // carriers): what a text gives is recorded once and replayed. Its words, the words
    // joined from hyphen chains and the words after open hyphens depend only on the text.
    private var bekannteTexte = Wortschatz(kapazitaet: 1024)
    /// Per known text: the words it counts, `gezaehlt[gezaehltAnfang[t] ..< gezaehltAnfang[t + 1]]`,
    /// and its open hyphens (front word, full word), likewise.
    private var gezaehlt: [Int32] = [], gezaehltAnfang: [Int] = [0]
    private var offeneVon: [Int32] = [], offeneWort: [Int32] = [], offeneAnfang: [Int] = [0]
    static let kurzerText = 100

    private mutating func lies(_ dokumente: [SuchDokument], _ bereich: Range<Int>) {
        // through buffers: the texts are borrowed, not retained (category names and Gemeinde
        // names are shared by many documents, and counting references on them from every
        // core is slow)
        dokumente.withUnsafeBufferPointer { dokumente in
            for docNummer in bereich {
                let doc = Int32(docNummer)
                beruehrt.removeAll(keepingCapacity: true)
                dokumente[docNummer].felder.withUnsafeBufferPointer { felder in
                    for f in felder.indices {
                        let gewicht = UInt8(max(1, min(15, felder[f].gewicht)))
                        lies(felder.baseAddress! + f, gewicht, doc)
                    }
                }
                beruehrt.sort()
                for id in beruehrt {
                    let i = Int(id)
                    pWort.append(id)
                    pDoc.append(doc)
                    pGewicht.append(min(63, bestes[i] &* 4 &+ min(3, anzahl[i] &- 1)))
                }
            }
        }
    }

    /// One field: replayed when its text is short and known, else read (and recorded when short).
    /// (`feld` points at the field: its text is read where it stands, without a reference count)
    private mutating func lies(_ feld: UnsafePointer<SuchFeld>, _ gewicht: UInt8, _ doc: Int32) {
        let kurz = feld.pointee.text.utf8.count <= Self.kurzerText
        var nummer: Int32 = -1
        if kurz {
            // A text many documents share is one storage: known by where its bytes stand, it is
            // not even read (a text of up to 15 bytes is kept inside the value: no address).
            // Else looked up where it stands: only reading, so the text is not retained (the texts
            // many documents share are counted on from both cores, and wait for each other).
            let adresse = Self.adresse(feld.pointee.text)
            var bekannt = adressen.finde(adresse)
            if bekannt == nil, let b = Self.finde(feld.pointee.text, in: bekannteTexte) {
                bekannt = b
                if adresse != 0 { adressen.merke(adresse, b) }
            }
            if let bekannt {
                let n = Int(bekannt)
                for j in gezaehltAnfang[n] ..< gezaehltAnfang[n + 1] { zaehle(gezaehlt[j], gewicht, doc) }
                for j in offeneAnfang[n] ..< offeneAnfang[n + 1] {
                    ergaenzungen.append(Ergaenzung(doc: doc, vorn: offeneVon[j], wort: offeneWort[j], gewicht: gewicht))
                }
                return
            }
            nummer = feld.pointee.text.utf8.withContiguousStorageIfAvailable { bekannteTexte.id($0) } ?? -1
            if nummer >= 0 && adresse != 0 { adressen.merke(adresse, nummer) }
        }
        let aufzeichnen = nummer >= 0
        let stopp = SuchLeser.stoppAnzahl
        let bindewoerter = stopp..<Int32(Int(stopp) + Stoppwoerter.bindewoerter.count)
        zerleger.zerlege(feld.pointee.text)
        let liste = zerleger.woerter
        wortIds.removeAll(keepingCapacity: true)
        zerleger.bytes.withUnsafeBufferPointer { puffer in
            for w in liste {
                wortIds.append(woerter.id(UnsafeBufferPointer(rebasing: puffer[w.start..<w.ende])))
            }
        }
        func zaehleHier(_ id: Int32) {
            zaehle(id, gewicht, doc)
            if aufzeichnen { gezaehlt.append(id) }
        }
        offen.removeAll(keepingCapacity: true)
        for i in 0..<liste.count {
            let id = wortIds[i]
            let w = liste[i]
            let einzelnerBuchstabe = w.ende - w.start == 1
                && !(zerleger.bytes[w.start] >= 0x30 && zerleger.bytes[w.start] <= 0x39)
            if id >= stopp && !einzelnerBuchstabe {
                zaehleHier(id)
            }
            // open hyphens wait for the full word
            if w.verbindung == .offen {
                offen.append(id)
            } else if !bindewoerter.contains(id) {
                if id >= stopp {
                    for vorn in offen {
                        ergaenzungen.append(Ergaenzung(doc: doc, vorn: vorn, wort: id, gewicht: gewicht))
                        if aufzeichnen { offeneVon.append(vorn); offeneWort.append(id) }
                    }
                }
                offen.removeAll(keepingCapacity: true)
            }
            // hyphen chains: joined, and every joined tail (PC-Kurs → pckurs)
            if w.verbindung == .bindestrich && (i == 0 || liste[i - 1].verbindung != .bindestrich) {
                var ende = i
                while ende < liste.count - 1 && liste[ende].verbindung == .bindestrich && ende - i < 4 { ende += 1 }
                for anfang in i..<ende {
                    verbunden.removeAll(keepingCapacity: true)
                    for k in anfang...ende {
                        verbunden.append(contentsOf: zerleger.bytes[liste[k].start..<liste[k].ende])
                    }
                    if verbunden.count <= 48 {
                        let joinId = verbunden.withUnsafeBufferPointer { woerter.id($0) }
                        zaehleHier(joinId)
                    }
                }
            }
        }
        if aufzeichnen {
            gezaehltAnfang.append(gezaehlt.count)
            offeneAnfang.append(offeneVon.count)
        }
    }

    /// Where the bytes of a text longer than 15 bytes stand (0 for shorter ones). Every document
    /// is alive while a slice is read: no two texts of different content have the same address.
    @inline(__always)
    private static func adresse(_ text: borrowing String) -> Int {
        guard text.utf8.count > 15 else { return 0 }
        return text.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? 0
    }

    /// Text numbers by address: open addressing, no hashing of the text.
    private struct Adressbuch {
        private var schluessel = [Int](repeating: 0, count: 1024)
        private var werte = [Int32](repeating: -1, count: 1024)
        private var anzahl = 0

        @inline(__always)
        private func platz(_ adresse: Int, _ maske: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(adresse)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & maske
        }

        func finde(_ adresse: Int) -> Int32? {
            guard adresse != 0 else { return nil }
            let maske = schluessel.count - 1
            var i = platz(adresse, maske)
            while schluessel[i] != 0 {
                if schluessel[i] == adresse { return werte[i] }
                i = (i + 1) & maske
            }
            return nil
        }

        mutating func merke(_ adresse: Int, _ wert: Int32) {
            let maske = schluessel.count - 1
            var i = platz(adresse, maske)
            while schluessel[i] != 0 {
                if schluessel[i] == adresse { return }
                i = (i + 1) & maske
            }
            schluessel[i] = adresse
            werte[i] = wert
            anzahl += 1
            if anzahl * 2 > schluessel.count {
                let alt = zip(schluessel, werte).filter { $0.0 != 0 }
                schluessel = [Int](repeating: 0, count: schluessel.count * 2)
                werte = [Int32](repeating: -1, count: schluessel.count)
                anzahl = 0
                for (a, w) in alt { merke(a, w) }
            }
        }
    }

    private var adressen = Adressbuch()

    @inline(__always)
    private static func finde(_ text: borrowing String, in texte: borrowing Wortschatz) -> Int32? {
        text.utf8.withContiguousStorageIfAvailable { texte.finde($0) } ?? nil
    }

    private var zerleger = SuchZerleger()
    private var wortIds: [Int32] = []
    private var offen: [Int32] = []
    private var verbunden: [UInt8] = []
}
