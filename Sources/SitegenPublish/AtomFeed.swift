import SitegenCore

/// An Atom feed (RFC 4287) per language of the dated pages: events, and any other page with a
/// `date` (`<lang>/feed.xml`); one per language of each section whose declaration says
/// `feed: true`, of that section's dated pages alone (`<lang>/<section>/feed.xml`); and one per
/// term of a taxonomy, of its dated pages (`<lang>/<taxonomy>/<term>/feed.xml`).
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

    /// Where the feed of the section `section` (a top-level folder) in `language` is written.
    package static func sectionPath(_ language: String, section: String) -> String {
        URLScheme.home(language) + section + "/feed.xml"
    }

    /// Where the feed of term `key` of `taxonomy` in `language` is written.
    package static func termPath(_ language: String, taxonomy: String, key: String) -> String {
        TaxonomyIndex.termFolder(taxonomy, key: key, language: language) + "feed.xml"
    }

    /// Whether `page` can be an entry of a feed: a dated page with a day to stamp it with (a
    /// page dated by fiscal year alone needs `updated`).
    package static func isEntry(_ page: Page) -> Bool {
        page.kind == .page && page.frontMatter.date != nil && page.contentUpdated != nil
    }

    /// `pages` newest first, as feeds list them.
    package static func newestFirst(_ pages: [Page]) -> [Page] {
        pages.filter(isEntry).sorted { lhs, rhs in
            let left = (lhs.contentUpdated!, lhs.frontMatter.date!)
            let right = (rhs.contentUpdated!, rhs.frontMatter.date!)
            if left != right { return left > right }
            return lhs.source < rhs.source
        }
    }

    /// The sections that ask for a feed of their own (`feed: true`), sorted.
    package var feedSections: [String] {
        config.contentModel.sections.filter(\.value.feed).map(\.key).sorted()
    }

    /// The pages in the feed of `language` (of `section` alone, when given), newest first.
    package func entries(_ language: String, section: String? = nil) -> [Page] {
        Self.newestFirst(
            index.pages.filter { $0.language == language && (section == nil || $0.sectionRoot == section) })
    }

    package func files() -> [OutputFile] {
        let sections = feedSections
        return config.languages.flatMap { language in
            var files = feed(language).map { [OutputFile(path: Self.path(language.code), text: $0)] } ?? []
            for section in sections {
                guard let text = feed(language, section: section) else { continue }
                files.append(OutputFile(path: Self.sectionPath(language.code, section: section), text: text))
            }
            return files
        }
    }

    /// The feed of `language`, or of its `section` alone: nil when it has no dated page. A
    /// section's feed is titled `site title – section title` and leads to the section's landing.
    package func feed(_ language: Language, section: String? = nil) -> String? {
        let pages = entries(language.code, section: section)
        var title = language.title
        var home = URLScheme.absolute(URLScheme.home(language.code), baseURL: config.baseURL)
        var selfURL = URLScheme.absolute(Self.path(language.code), baseURL: config.baseURL)
        if let section {
            let landing = index.landing(section: section, language: language.code)
            title += " – " + (landing?.frontMatter.title ?? section)
            if let landing { home = index.absoluteURL(of: landing) }
            selfURL = URLScheme.absolute(Self.sectionPath(language.code, section: section), baseURL: config.baseURL)
        }
        return feed(language, entries: pages, title: title, home: home, selfURL: selfURL)
    }

    /// The feed of every term of every taxonomy in every language that has dated pages.
    package func termFiles(_ taxonomies: TaxonomyIndex) -> [OutputFile] {
        config.languages.flatMap { language in
            taxonomies.taxonomies.flatMap { taxonomy in
                taxonomies.terms(of: taxonomy.name, language: language.code).compactMap { term -> OutputFile? in
                    let path = Self.termPath(language.code, taxonomy: taxonomy.name, key: term.key)
                    let home = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: language.code)
                    guard
                        let text = feed(
                            language, entries: Self.newestFirst(term.pages), title: language.title + " – " + term.label,
                            home: URLScheme.absolute(home, baseURL: config.baseURL),
                            selfURL: URLScheme.absolute(path, baseURL: config.baseURL))
                    else { return nil }
                    return OutputFile(path: path, text: text)
                }
            }
        }
    }

    /// A feed titled `title` of `pages` (newest first), leading to `home`: nil when it has none.
    private func feed(_ language: Language, entries pages: [Page], title: String, home: String, selfURL: String)
        -> String?
    {
        guard let newest = pages.first?.contentUpdated else { return nil }
        let time = SiteTime(config: config)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(language.tag))">
            <title>\(XMLText.escape(title))</title>
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
