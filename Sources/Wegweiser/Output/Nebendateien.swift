/// Files beside the pages: `robots.txt`, and `sitemap.xml` when `basis_url` is set.
struct Nebendateien {
    let site: Website
    let pfade: [String]

    func dateien() -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        var robots = "User-agent: *\nAllow: /\n"
        if let basis = site.inhalt.region.basisURL {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for p in pfade.sorted() {
                let ordner = p.hasSuffix("index.html") ? String(p.dropLast("index.html".count)) : p
                xml += "  <url><loc>\(SicheresHTML.maskiere(basis + ordner))</loc></url>\n"
            }
            xml += "</urlset>\n"
            out.append(("sitemap.xml", Array(xml.utf8)))
            robots += "Sitemap: \(basis)sitemap.xml\n"
        }
        out.append(("robots.txt", Array(robots.utf8)))
        return out
    }
}
