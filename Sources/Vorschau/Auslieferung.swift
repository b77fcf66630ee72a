import Foundation

/// Which file of the built site answers a request, and what the preview adds to a page.
enum Auslieferung {
    enum Ziel: Equatable {
        case datei(URL)
        /// A folder asked for without its final `/`: the address to go to instead
        /// (relative links in the page only work from there).
        case umleitung(String)
        case fehlt
    }

    /// `target`: the request's path and query as sent (`/angebote/x/?q=1`).
    static func ziel(fuer target: String, in wurzel: URL) -> Ziel {
        var rest = Substring(target)
        if let raute = rest.firstIndex(of: "#") { rest = rest[..<raute] }
        var anfrage = ""
        if let frage = rest.firstIndex(of: "?") { anfrage = String(rest[frage...]); rest = rest[..<frage] }
        guard rest.hasPrefix("/"), let pfad = String(rest).removingPercentEncoding else { return .fehlt }
        var url = wurzel
        for teil in pfad.split(separator: "/") {
            // nothing above the site, nothing hidden (`.wegweiser-ausgabe`), no tricks with separators
            if teil.hasPrefix(".") || teil.contains("\\") || teil.contains("\0") { return .fehlt }
            url.appendPathComponent(String(teil))
        }
        var ordner: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &ordner) else { return .fehlt }
        if ordner.boolValue {
            guard pfad.hasSuffix("/") else { return .umleitung(String(rest) + "/" + anfrage) }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &ordner), !ordner.boolValue else { return .fehlt }
        }
        // (a link that leads out of the site is not followed)
        let echt = url.resolvingSymlinksInPath().path
        let basis = wurzel.resolvingSymlinksInPath().path
        guard echt.hasPrefix(basis.hasSuffix("/") ? basis : basis + "/") else { return .fehlt }
        return .datei(url)
    }

    static func inhaltstyp(_ url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "gif": return "image/gif"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "webmanifest": return "application/manifest+json"
        default: return "application/octet-stream"
        }
    }

    /// A page with the preview's style sheet and script (which reloads it after the next build
    /// and shows the content's errors). `nummer`: the build the page comes from.
    static func mitVorschau(_ html: Data, nummer: Int) -> Data {
        var bytes = [UInt8](html)
        let skript = Array("<script src=\"/_wegweiser/vorschau.js?stand=\(nummer)\"></script>".utf8)
        let stil = Array("<link rel=\"stylesheet\" href=\"/_wegweiser/vorschau.css\">".utf8)
        if let ende = letzte(Array("</body>".utf8), in: bytes) {
            bytes.insert(contentsOf: skript, at: ende)
        } else {
            bytes.append(contentsOf: skript)
        }
        if let kopf = letzte(Array("</head>".utf8), in: bytes) { bytes.insert(contentsOf: stil, at: kopf) }
        return Data(bytes)
    }

    private static func letzte(_ muster: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= muster.count else { return nil }
        var i = bytes.count - muster.count
        while i >= 0 {
            if bytes[i] == muster[0] && bytes[i ..< i + muster.count].elementsEqual(muster) { return i }
            i -= 1
        }
        return nil
    }
}
