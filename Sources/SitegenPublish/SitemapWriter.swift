import SitegenCore

/// `sitemap.xml` and `robots.txt`.
///
/// The sitemap lists every published page once (stand-ins for missing translations and 404
/// pages are left out), each with `xhtml:link` alternates for every translation and
/// `x-default`; the root chooser is listed as part of the homes' group. `lastmod` comes from
/// `updated` in front matter, never from the clock. `robots.txt` names the sitemap by its
/// absolute address (crawlers read robots.txt only at the root of a host).
package struct SitemapWriter: Sendable {
    package let index: SiteIndex

    package init(index: SiteIndex) {
        self.index = index
    }

    package var config: SiteConfig { index.config }

    package func files() -> [OutputFile] {
        [OutputFile(path: "sitemap.xml", text: sitemap()), OutputFile(path: "robots.txt", text: robots())]
    }

    package func sitemap() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        var entries: [(loc: String, page: Page?)] = []
        if let home = index.pages.first(where: { $0.kind == .home }) {
            entries.append((config.baseURL, home))
        }
        let pages = index.pages.sorted { URLScheme.directory(of: $0.path) < URLScheme.directory(of: $1.path) }
        entries += pages.map { (index.absoluteURL(of: $0), $0) }
        for entry in entries {
            xml += "<url>\n<loc>\(XMLText.escape(entry.loc))</loc>\n"
            if let page = entry.page {
                if entry.loc != config.baseURL, let updated = page.frontMatter.updated {
                    xml += "<lastmod>\(updated.isoDay)</lastmod>\n"
                }
                for alternate in index.alternates(of: page) {
                    xml += link(alternate.language.tag, index.absoluteURL(of: alternate.page))
                }
                if let xDefault = index.xDefault(of: page) { xml += link("x-default", xDefault) }
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    package func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
    }

    private func link(_ hreflang: String, _ href: String) -> String {
        "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(hreflang))\" href=\"\(XMLText.escape(href))\"/>\n"
    }
}
