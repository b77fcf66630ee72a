import Foundation

/// The search script written into the search page itself instead of loaded by it: a first query
/// then waits for one file less (the script, about 30 KB gzip, is needed before any index file can
/// be asked for, so on a slow line it is a whole round trip). Only the search page uses it.
///
/// The page's Content Security Policy allows exactly this text by its hash (`'sha256-…'`), no
/// other inline script. A script that cannot stand in an HTML `<script>` element unchanged (with
/// `</script` or `<!--` in it) stays a file of its own.
struct Suchskript {
    /// The script as the page carries it (compacted like the copy in `assets/`).
    let text: String
    /// Base64 of the SHA-256 of the text, for `script-src 'sha256-…'`.
    let hash: String

    init?(js: String) {
        let t = JSKompakt.verdichte(js)
        let klein = t.lowercased()
        guard !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !klein.contains("</script"), !klein.contains("<!--") else { return nil }
        text = t
        hash = Data(SHA256.digest(Array(t.utf8))).base64EncodedString()
    }

    /// The theme's `assets/suche.js`, if it has one.
    init?(theme: Theme) {
        let url = theme.ordner.appendingPathComponent("assets/suche.js")
        guard let js = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        self.init(js: js)
    }
}
