import SitegenCore

/// What the publishing outputs ask of pages and of the index: what a page's section declares
/// of it, and its absolute address.
extension Page {
    /// The date feeds and calendars stamp the page with: `updated`, else `date` when it names
    /// a day (a month or a fiscal year would need one invented).
    package var contentUpdated: CalendarDate? {
        frontMatter.updated ?? frontMatter.date.flatMap { $0.isMonthPrecision ? nil : $0 }
    }
}

extension SiteIndex {
    /// The declaration of `page`'s section when `page` is one of its pages (not its landing).
    package func schema(of page: Page) -> SectionSchema? {
        page.kind == .page ? config.contentModel.schema(for: page.sectionRoot) : nil
    }

    /// The page's absolute address, from `baseURL`.
    package func absoluteURL(of page: Page) -> String {
        URLScheme.absolute(URLScheme.directory(of: page.path), baseURL: config.baseURL)
    }

    /// The host of `baseURL` (`example.org`), for calendar UIDs.
    package var host: String {
        var rest = Substring(config.baseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return String(rest.prefix { $0 != "/" && $0 != ":" })
    }

    /// The versions of `page` that search engines should see, in the site's language order:
    /// real translations only, never stand-ins.
    package func alternates(of page: Page) -> [(language: Language, page: Page)] {
        let versions = translations(of: page)
        return config.languages.compactMap { language in versions[language.code].map { (language, $0) } }
    }

    /// The `x-default` address for `page`'s group: the root chooser for homes, else the default
    /// language's version (or the first that exists).
    package func xDefault(of page: Page) -> String? {
        if page.kind == .home { return config.baseURL }
        guard let first = alternates(of: page).first else { return nil }
        return absoluteURL(of: first.page)
    }
}
