import Foundation
import SitegenCore

/// `sitemap.xml` and `robots.txt`.
///
/// The sitemap lists every published page once (stand-ins for missing translations and 404
/// pages are left out), each with `xhtml:link` alternates for every translation and
/// `x-default`; the root chooser is listed as part of the homes' group. `lastmod` comes from
/// `updated` in front matter, never from the clock. `robots.txt` names the sitemap by its
/// absolute address (crawlers read robots.txt only at the root of a host). Each taxonomy's
/// list of terms and each term's page follow, with the same page in the other languages that
/// have it as alternates.
package struct SitemapWriter: Sendable {
    package let index: SiteIndex
    package let taxonomies: TaxonomyIndex

    package init(index: SiteIndex, taxonomies: TaxonomyIndex = TaxonomyIndex()) {
        self.index = index
        self.taxonomies = taxonomies
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
        for taxonomy in taxonomies.taxonomies {
            xml += group { language in
                taxonomies.terms(of: taxonomy.name, language: language).isEmpty
                    ? nil : TaxonomyIndex.folder(taxonomy.name, language: language)
            }
            let keys = Set(
                config.languages.flatMap { taxonomies.terms(of: taxonomy.name, language: $0.code).map(\.key) })
            for key in keys.sorted() {
                xml += group { language in
                    taxonomies.term(taxonomy.name, key: key, language: language) == nil
                        ? nil : TaxonomyIndex.termFolder(taxonomy.name, key: key, language: language)
                }
            }
        }
        return xml + "</urlset>\n"
    }

    /// One `<url>` per language for a page sitegen makes in several languages: `folder` gives
    /// each language's address, nil where that language has none (a taxonomy without terms
    /// there). A term's key may be in any script: addresses are percent-encoded.
    private func group(_ folder: (String) -> String?) -> String {
        let versions = config.languages.compactMap { language in
            folder(language.code).map { (language, Self.encoded(URLScheme.absolute($0, baseURL: config.baseURL))) }
        }
        guard !versions.isEmpty else { return "" }
        var xml = ""
        for version in versions {
            xml += "<url>\n<loc>\(XMLText.escape(version.1))</loc>\n"
            for alternate in versions { xml += link(alternate.0.tag, alternate.1) }
            xml += link("x-default", versions[0].1) + "</url>\n"
        }
        return xml
    }

    /// `url` with everything but ASCII path characters percent-encoded.
    static func encoded(_ url: String) -> String {
        url.utf8.allSatisfy { $0 < 0x80 }
            ? url : url.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? url
    }

    package func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
    }

    private func link(_ hreflang: String, _ href: String) -> String {
        "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(hreflang))\" href=\"\(XMLText.escape(href))\"/>\n"
    }
}
