import CMark

/// The places in a body that the page will not show as written: raw HTML, images, and links
/// whose target is no address or no web page, e-mail or phone (`[Bürgerbus](buergerbus)`, `[Web](www.beispiel.de)`).
extension Markdown {
    enum Stelle: Equatable {
        /// An HTML tag in running text (`<b>`): dropped, its text stays.
        case htmlImText(String)
        /// A block of HTML (`<center>Neu!</center>` on its own line): dropped with its text.
        case htmlBlock(String)
        /// An image of a file beside the text: shown as a link to a file the site does not have.
        case bild(url: String)
        /// A link whose target has no `https://`, `mailto:` … and does not begin with `/`, `.` or `#`.
        case linkOhneAdresse(url: String)
        /// A link to something other than a web page, e-mail or phone (`javascript:…`, `file:…`):
        /// the page shows its text without the link.
        case linkUnsicher(url: String)
    }

    /// Each place with the body line (1-based) of the block it stands in.
    static func stellen(_ text: String) -> [(Stelle, block: Int)] {
        // (HTML needs a `<`, a picture or link a `[`: most bodies have neither and are not parsed)
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x5B }) else { return [] }
        let bytes = Array(text.utf8)
        guard let doc = cmark_parse_document(bytes, bytes.count, CMARK_OPT_VALIDATE_UTF8) else { return [] }
        defer { cmark_node_free(doc) }
        var aus: [(Stelle, block: Int)] = []
        var block = 1
        let iter = cmark_iter_new(doc)
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            let zeile = Int(cmark_node_get_start_line(node))
            if zeile > 0 { block = zeile }
            let typ = cmark_node_get_type(node)
            // (texts only for the four kinds of node looked at)
            guard typ == CMARK_NODE_HTML_INLINE || typ == CMARK_NODE_HTML_BLOCK || typ == CMARK_NODE_IMAGE || typ == CMARK_NODE_LINK else { continue }
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            switch typ {
            case CMARK_NODE_HTML_INLINE where !literal.hasPrefix("<!--"):
                aus.append((.htmlImText(literal), block))
            case CMARK_NODE_HTML_BLOCK where !literal.hasPrefix("<!--"):
                aus.append((.htmlBlock(literal), block))
            case CMARK_NODE_IMAGE where !url.contains(":"):
                aus.append((.bild(url: url), block))
            case CMARK_NODE_LINK where istSicher(url) && !url.isEmpty && !url.contains(":")
                && !url.hasPrefix("/") && !url.hasPrefix(".") && !url.hasPrefix("#"):
                aus.append((.linkOhneAdresse(url: url), block))
            case CMARK_NODE_LINK where !istSicher(url):
                aus.append((.linkUnsicher(url: url), block))
            default:
                break
            }
        }
        return aus
    }
}
