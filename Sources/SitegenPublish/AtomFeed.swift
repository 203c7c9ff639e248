import SitegenCore

/// An Atom feed (RFC 4287) per language of the dated pages: events, and any other page with a
/// `date` (`<lang>/feed.xml`).
///
/// Addresses are absolute, `xml:lang` is the feed's language, and every `updated` comes from
/// front matter (`updated`, else `date`, at midnight in the site's time zone): never the
/// clock, so the feed is the same from build to build. A language without dated pages has no
/// feed.
package struct AtomFeed: Sendable {
    package let index: SiteIndex

    package init(index: SiteIndex) {
        self.index = index
    }

    package var config: SiteConfig { index.config }

    /// Where the feed of `language` is written.
    package static func path(_ language: String) -> String { URLScheme.home(language) + "feed.xml" }

    /// The pages in the feed of `language`, newest first.
    package func entries(_ language: String) -> [Page] {
        // A page dated by fiscal year alone names no day to stamp it with: it needs `updated`.
        index.pages.filter {
            $0.kind == .page && $0.language == language && $0.frontMatter.date != nil && $0.contentUpdated != nil
        }
        .sorted { lhs, rhs in
            let left = (lhs.contentUpdated!, lhs.frontMatter.date!)
            let right = (rhs.contentUpdated!, rhs.frontMatter.date!)
            if left != right { return left > right }
            return lhs.source < rhs.source
        }
    }

    package func files() -> [OutputFile] {
        config.languages.compactMap { language in
            feed(language).map { OutputFile(path: Self.path(language.code), text: $0) }
        }
    }

    package func feed(_ language: Language) -> String? {
        let pages = entries(language.code)
        guard let newest = pages.first?.contentUpdated else { return nil }
        let time = SiteTime(config: config)
        let home = URLScheme.absolute(URLScheme.home(language.code), baseURL: config.baseURL)
        let selfURL = URLScheme.absolute(Self.path(language.code), baseURL: config.baseURL)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(language.tag))">
            <title>\(XMLText.escape(language.title))</title>
            <id>\(XMLText.escape(selfURL))</id>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(selfURL))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(home))"/>
            <updated>\(time.dateTime(newest))</updated>
            <author><name>\(XMLText.escape(language.title))</name></author>
            <generator>sitegen</generator>

            """
        for page in pages {
            let url = index.absoluteURL(of: page)
            xml += "<entry>\n<title>\(XMLText.escape(page.frontMatter.title))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(url))\"/>\n"
            xml += "<id>\(XMLText.escape(url))</id>\n"
            xml += "<updated>\(time.dateTime(page.contentUpdated!))</updated>\n"
            if let landing = index.landing(section: page.path.section, language: page.language) {
                xml +=
                    "<category term=\"\(XMLText.escape(page.path.section))\" label=\"\(XMLText.escape(landing.frontMatter.title))\"/>\n"
            }
            if let summary = page.summary {
                xml += "<summary>\(XMLText.escape(summary))</summary>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
