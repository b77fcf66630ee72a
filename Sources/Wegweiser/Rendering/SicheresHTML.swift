import Mustache

/// How templates escape `{{…}}`: `<`, `>`, `&`, `"` and `'` byte by byte.
///
/// swift-mustache's own HTML escaping compares whole Characters, so a quote followed by a
/// combining mark (`"\u{301}`, one Character) passes unescaped and ends an attribute value:
/// `title="{{titel}}"` with such a title could add attributes to the element. Escaping the
/// UTF-8 bytes has no such gap, and is several times faster. `Theme` puts every template
/// under this content type (`{{% CONTENT_TYPE: WEGWEISER_HTML }}`).
struct SicheresHTML: MustacheContentType {
    static let name = "WEGWEISER_HTML"
    /// Registers the content type with swift-mustache (once, before templates are parsed).
    static let registriert: Void = MustacheContentTypes.register(SicheresHTML(), named: name)

    func escapeText(_ text: String) -> String {
        Self.maskiere(text)
    }

    static func maskiere(_ text: String) -> String {
        let utf8 = text.utf8
        let heikel = utf8.withContiguousStorageIfAvailable { b in b.contains(where: istHeikel) } ?? utf8.contains(where: istHeikel)
        guard heikel else { return text }
        var aus: [UInt8] = []
        aus.reserveCapacity(utf8.count + 32)
        for b in utf8 {
            switch b {
            case 0x3C: aus.append(contentsOf: "&lt;".utf8)
            case 0x3E: aus.append(contentsOf: "&gt;".utf8)
            case 0x26: aus.append(contentsOf: "&amp;".utf8)
            case 0x22: aus.append(contentsOf: "&quot;".utf8)
            case 0x27: aus.append(contentsOf: "&#39;".utf8)
            default: aus.append(b)
            }
        }
        return String(decoding: aus, as: UTF8.self)
    }

    @inline(__always) private static func istHeikel(_ b: UInt8) -> Bool {
        b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27
    }
}
