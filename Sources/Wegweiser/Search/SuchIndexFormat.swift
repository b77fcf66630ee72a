/// The search index format, version 2: what `SuchIndex.dateien` writes below `suchindex/`
/// and `themes/default/assets/suche.js` reads.
///
/// ## Files
///
/// Every file is JavaScript that calls a global function, so the browser can load it with
/// a `<script src>` tag, also from `file://` and under `script-src 'self'`:
///
///     wegweiserSuche("<name>", <JSON>);
///
/// `<name>` is the file's path below `suchindex/` without `.js`. Files are pure ASCII
/// (everything else is written as `\uXXXX`). The same input gives the same bytes.
///
/// A small index (up to about 400 KB, a region of a few hundred entries) is one file,
/// `index.js`, with everything in it. A larger one is split:
///
/// | file | content |
/// |---|---|
/// | `index.js` | the head: always loaded first |
/// | `t/<n>.js` | term shard n: consecutive keys and combinations, each with its answer (first page, number of results, counts) |
/// | `p/<k>.js` | the postings of a key, when they are long, with its entry (k: see `teile` below) |
/// | `d/<n>.js` | display records of documents `n*d ..< (n+1)*d` |
/// | `f.js` | Gemeinden and categories of every document (for filters and counts) |
///
/// The search page also carries the head of a split index, as the JSON of `index.js` in
/// `<script type="application/json" id="suchkopf">` (`SuchIndex.kopfFuerSeite`; every `<`
/// written `\u003c`): the page script reads it instead of loading `index.js`, which stays for
/// other themes. The page carries its script too (`Suchskript`). So a one-word query needs one
/// request, its term shard, and so do the queries of several words the build answers in advance (a category's name or
/// search term, such a word with a Gemeinde, two or three keys many titles share, a word of
/// what many services are with a word of what they offer: `SuchKombinationen`). A word with a typo in its first letters needs one more term shard
/// (found through `haeufig`). Words that only rank (below) beside a word or combination
/// answered in advance get that answer (`Computer Kurs für Senioren` → `computer kurs`).
/// Other queries of several words, filters and later pages also load postings, document
/// shards, and `f.js` for the counts (the page loads it only when a filter is used). For them
/// a word whose key has a postings file that the head names (`ph`, `px`) loads only that
/// file, which carries its entry and the records of its first page; a word for older people
/// that the head counts in most documents (`zielgruppeAnzahl`) loads nothing (it is left out).
///
/// ## `index.js`
///
///     {"format": 2, "anzahl": <documents>,
///      "stopp": [stop words, normalised],
///      "zielgruppe": [keys of the words for older people: beside other words they rank, not filter],
///      "gemeinden": [Gemeinde ids],                     // numbered by position
///      "kategorien": [[id, name], …],                   // numbered by position
///      "orte": [[key, name key, name key, …], …],       // Gemeinde names of several keys and the key
///                                                       // that stands for the name in a query
///      "wendungen": [[word, word, …], …],              // names and search terms of several words, as
///                                                       // their normalised words without stop words
///      "paragraphen": ["sgbxi41", …],                  // the paragraphs of the word fields (Wortfelder)
///                                                       // that are keys: entries have a word of their field
///      "summen": {"g": [documents per Gemeinde], "k": [documents per category]},
///      // one file:
///      "begriffe": {"b": [entries]}, "dokumente": {"d": [records]}, "facetten": {facets},
///      // split:
///      "teile": {"t": [first key of each term shard; the first is ""], "d": <documents per document shard>,
///                "ph": "<bits>",                       // which keys of `haeufig` have a postings file: bit i
///                                                       // (six to a base-64 digit, least significant first)
///                                                       // marks key i, whose file is p/<i>.js
///                "px": "key key …"},                   // the other keys with a postings file: key j has
///                                                       // p/<haeufig count + j>.js
///      "zielgruppeAnzahl": [documents of each `zielgruppe` key, 0 if none],
///      "haeufig": "key key …",                          // the most frequent keys (letters only), about 6 KB
///      "kombi": "key key …"}                            // the other keys of combinations, but those of
///                                                       // `orte` and of three letters or fewer: a query
///                                                       // with another stem has no combination
///
/// ## Entries (keys)
///
/// Keys are Snowball German stems of normalised words (`pflegedien`), sorted as
/// JavaScript compares strings (UTF-16 code units):
///
///     [key, forms, documentCount, postings, parts]                             // one file
///     [key, forms, documentCount, postings | k, parts, firstPage, answer]      // term shard
///     ["key key …", "" | "+", resultCount, "", "", firstPage, answer]          // term shard: a combination
///
/// - `forms`: the words indexed under the key, separated by spaces; `""` is the key
///   itself, `st` is key + `st`, `=haeuser` is that word. Used for typed prefixes, typos
///   and highlighting.
/// - `postings`: documents and weights (below); a number k instead means file `p/k.js`,
///   which holds `{"p": postings, "e": [key, forms, documentCount, k, parts], "d": [records of
///   the key's best 40 documents (`Aufteilung.trefferDateiSeite`), ascending]}` and, for some keys, more (`TrefferDatei`: `u`, `x`, `o`).
/// - `parts`: when the key is a compound, the keys of its parts separated by spaces
///   (`pflegeberat` → `pfleg berat`), else `""`.
/// - `firstPage`: the answer's best documents (up to 10), best first, as plain numbers
///   (below); their records are in the same shard under `"d"`.
/// - `answer`: plain numbers: the number of results, region-wide documents among them, the
///   number of Gemeinden n, then n pairs (gap to the previous Gemeinde number − 1, count),
///   the number of categories m, then m pairs (category number, count). A region-wide
///   document counts for every Gemeinde.
/// - The answer of a key is that of a one-word query whose stem is the key; the answer of a
///   combination, that of a query of exactly those stems (sorted as JavaScript sorts strings,
///   joined by a space), both computed as below (`SuchAntworten`). A combination of three
///   keys or more that only one or two documents have in full also counts and ranks those
///   with all its keys but one, after them; it then has `"+"` in place of the forms.
///
/// ## Numbers in strings
///
/// Base-64 digits `A–Z a–z 0–9 - _` (values 0–63), five bits each, least significant first;
/// value ≥ 32 means "more digits follow". Postings are, for each document in ascending
/// order, (gap to the previous document − 1, starting from −1) then one digit for the weight.
///
/// ## Weights and ranking
///
/// A word in a field of weight g (1–15) gives its document `4g` under the word's key, +1
/// for every further occurrence (at most +3). Compound tails get three quarters of that
/// (`seniorenbegleitservice` → `begleitservic`, `servic`), parts before the last half
/// (`senior`, `begleit`); a stem with `ae`, `oe`, `ue` is also indexed without the `e`
/// (three quarters: `vortraeg` → `vortrag`); hyphen chains are also indexed joined (`pckur`);
/// open hyphens are completed (`Fahr- und Begleitdienste` → `fahrdien`).
///
/// Two query words in a row that together are a key (on a split index: one of `haeufig`) are
/// read as that compound, with the two as its parts (`Fahr Dienst` → fahrdien), unless one of
/// them only ranks.
///
/// A query word's score per document is the best weight × 4 (same stem), × 3 (the stem
/// without umlaut e; a word it begins), × 2 (one typo; two in a word of 12 letters or more
/// that is no compound of known words, when no key is one typo away), plus, when the word is a compound
/// (its key's `parts`, or split against the known words when it is no key), for a document
/// with every part: (sum of the parts' weights ÷ parts) × 2. A word that only matches with
/// a typo stands for the most frequent key one typo away, as if that had been typed; on a
/// sharded index a word that is no key stands for its likeliest key (its umlaut spelling,
/// else the most frequent key it begins). Words that match nothing and contain no known word are left out (the answer
/// says so). A word counts double unless it is common: its key (the best candidate's, the
/// most frequent among equals; for a word matched only by its parts, the rarest part's) is in
/// more than half of the documents. A document's score is the sum over the query words.
/// A word that matches nothing stands for its stem as the start of a key, else its longest
/// known last part, else its first; a compound no document has in full searches its parts as
/// words of their own (both: the answer says not every word was found). Documents with every word
/// come first, then (only if none has all) those with most; ties by score, then by
/// document number. Some words only rank beside other words, they are not needed: numbers
/// (not those of five digits: a postcode), and the words for older people, `Hilfe` and the
/// relatives (`Oma`, `Mutter`: `zielgruppe`).
///
/// ## Records and facets
///
///     record: [number, url, titel, ort, [category numbers], kurzbeschreibung, 0 angebot | 1 termin
///              (, date (, phone))]
///     (an event's next date, else its first, as its page writes it; "" for a service; the first
///     phone number as written: text, not a link, so that every link of a result list is a result)
///     facets: {"g": [Gemeinde sets; -1 = all], "gr": runs (count, set) over the documents,
///              "k": [category sets], "kr": runs of documents with the same category set, as "gr"}
///
/// Documents are numbered by how many Gemeinden they serve (local ones first: they win ties),
/// then by their categories, the Gemeinden they serve, titles and urls: runs are long, and
/// the first page of a query of several words (whose best documents mostly share a category)
/// sits in fewer shards than in the order of the Gemeinden, and its postings compress better
/// (at 100 000 services, 25 such queries: 88 requests and at most 90 KB instead of 103 and 116).
enum SuchIndexFormat {}
