import CMark
#if canImport(Glibc)
import Glibc
#endif

/// CommonMark to HTML through libcmark, safe by default: raw HTML is dropped, links with
/// `javascript:` and similar schemes become plain text, images become links (nothing is
/// loaded from other servers), and headings are shifted so a body never has a second `h1`
/// nor skips a level.
public enum Markdown {
    /// One option set for the page and the search index: the text the index reads is the
    /// text the page shows (`CMARK_OPT_SMART`: typographic quotes and dashes).
    static let optionen = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART

    public static func html(_ text: String, obersteEbene: Int = 2) -> String {
        guard !text.isEmpty, let doc = parse(text) else { return "" }
        defer { cmark_node_free(doc) }
        return html(doc, obersteEbene: obersteEbene)
    }

    /// Plain text of a Markdown body, for the search index.
    public static func text(_ text: String) -> String {
        guard !text.isEmpty, let doc = parse(text) else { return "" }
        defer { cmark_node_free(doc) }
        return klartext(doc)
    }

    /// Both from one parse: a body's page shows the HTML, the search index reads the text
    /// (`Seitenbauer` hands it on; parsing was most of making either).
    static func htmlUndText(_ text: String) -> (html: String, text: String) {
        guard !text.isEmpty, let doc = parse(text) else { return ("", "") }
        defer { cmark_node_free(doc) }
        let t = klartext(doc)
        return (html(doc, obersteEbene: 2), t)
    }

    private static func parse(_ text: String) -> OpaquePointer? {
        let bytes = Array(text.utf8)
        return cmark_parse_document(bytes, bytes.count, optionen)
    }

    private static func html(_ doc: OpaquePointer, obersteEbene: Int) -> String {
        bereinige(doc, obersteEbene: obersteEbene)
        guard let c = cmark_render_html(doc, optionen) else { return "" }
        defer { free(c) }
        // (without the comment cmark leaves where it dropped raw HTML)
        return String(cString: c).ersetzt("<!-- raw HTML omitted -->", durch: "")
    }

    /// The words of the text and code nodes, a space for a line break, a line feed after each
    /// paragraph, heading and list item (before `bereinige`: a picture adds no word).
    private static func klartext(_ doc: OpaquePointer) -> String {
        // bytes first, one string at the end
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        let iter = cmark_iter_new(doc)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let typ = cmark_node_get_type(node)
            if ev == CMARK_EVENT_ENTER, typ == CMARK_NODE_TEXT || typ == CMARK_NODE_CODE, let l = cmark_node_get_literal(node) {
                out.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(l).assumingMemoryBound(to: UInt8.self), count: strlen(l)))
            } else if typ == CMARK_NODE_SOFTBREAK || typ == CMARK_NODE_LINEBREAK {
                out.append(0x20)
            } else if ev == CMARK_EVENT_EXIT, typ == CMARK_NODE_PARAGRAPH || typ == CMARK_NODE_HEADING || typ == CMARK_NODE_ITEM {
                out.append(0x0A)
            }
        }
        // cmark validated the input (CMARK_OPT_VALIDATE_UTF8) and splits text only between characters
        return String(decoding: out, as: UTF8.self).getrimmt()
    }

    static let sichereSchemata = ["http:", "https:", "mailto:", "tel:"]

    static func istSicher(_ url: String) -> Bool {
        let l = url.lowercased().getrimmt(zeilen: false)
        guard let doppelpunkt = l.firstIndex(of: ":") else { return true } // relative
        let schema = l[...doppelpunkt]
        if schema.contains("/") || schema.contains("?") || schema.contains("#") { return true } // colon in path
        return sichereSchemata.contains(String(schema))
    }

    private static func bereinige(_ doc: OpaquePointer, obersteEbene: Int) {
        var links: [OpaquePointer] = [], bilder: [OpaquePointer] = [], ueberschriften: [OpaquePointer] = []
        let iter = cmark_iter_new(doc)
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_IMAGE: bilder.append(node)
            case CMARK_NODE_HEADING: ueberschriften.append(node)
            default: break
            }
        }
        cmark_iter_free(iter)

        for link in links {
            let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
            if !istSicher(url) { entpacke(link) }
        }
        for bild in bilder {
            let url = cmark_node_get_url(bild).map { String(cString: $0) } ?? ""
            if istSicher(url), !url.isEmpty, let link = cmark_node_new(CMARK_NODE_LINK) {
                cmark_node_set_url(link, url)
                while let kind = cmark_node_first_child(bild) { cmark_node_append_child(link, kind) }
                if cmark_node_first_child(link) == nil, let t = cmark_node_new(CMARK_NODE_TEXT) {
                    cmark_node_set_literal(t, "Bild")
                    cmark_node_append_child(link, t)
                }
                cmark_node_replace(bild, link)
                cmark_node_free(bild)
            } else {
                entpacke(bild)
            }
        }
        // heading levels: the smallest becomes `obersteEbene`, and no level is skipped
        let ebenen = ueberschriften.map { Int(cmark_node_get_heading_level($0)) }
        guard let kleinste = ebenen.min() else { return }
        var vorige = obersteEbene - 1
        for (node, ebene) in zip(ueberschriften, ebenen) {
            let neu = min(ebene - kleinste + obersteEbene, vorige + 1, 6)
            cmark_node_set_heading_level(node, Int32(neu))
            vorige = neu
        }
    }

    /// Replaces a node by its children.
    private static func entpacke(_ node: OpaquePointer) {
        while let kind = cmark_node_first_child(node) { cmark_node_insert_before(node, kind) }
        cmark_node_free(node)
    }
}
