/// What the publishing outputs ask of pages and of the index: which pages are events or
/// partners, and their absolute addresses.
extension Page {
    /// A page of the `events` section (its landing excluded).
    var isEvent: Bool { kind == .page && sectionRoot == "events" }

    /// A page of the `partners` section (its landing excluded).
    var isPartner: Bool { kind == .page && sectionRoot == "partners" }

    /// The date feeds and calendars stamp the page with: `updated`, else `date`.
    var contentUpdated: CalendarDate? { frontMatter.updated ?? frontMatter.date }
}

extension SiteIndex {
    /// The page's absolute address, from `baseURL`.
    func absoluteURL(of page: Page) -> String {
        URLScheme.absolute(URLScheme.directory(of: page.path), baseURL: config.baseURL)
    }

    /// The host of `baseURL` (`example.org`), for calendar UIDs.
    var host: String {
        var rest = Substring(config.baseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return String(rest.prefix { $0 != "/" && $0 != ":" })
    }

    /// The versions of `page` that search engines should see, in the site's language order:
    /// real translations only, never stand-ins.
    func alternates(of page: Page) -> [(language: Language, page: Page)] {
        let versions = translations(of: page)
        return config.languages.compactMap { language in versions[language.code].map { (language, $0) } }
    }

    /// The `x-default` address for `page`'s group: the root chooser for homes, else the default
    /// language's version (or the first that exists).
    func xDefault(of page: Page) -> String? {
        if page.kind == .home { return config.baseURL }
        guard let first = alternates(of: page).first else { return nil }
        return absoluteURL(of: first.page)
    }
}
