import Foundation

/// Builds the dictionaries templates see. Every key is documented in README.md
/// ("Template context"); dictionaries, not reflection, keep lookups fast.
struct PageContext: Sendable {
    let index: SiteIndex
    let strings: [String: ThemeStrings]
    let assetURLs: [String: String]
    /// Pages (by source path) shown with a "may be out of date" note (`theme.staleNote`).
    var stale: Set<String> = []
    /// Languages that have an Atom feed, worked out once: every page links to its feed.
    let feedLanguages: Set<String>
    /// Languages that have a calendar of events, worked out once for the events lists.
    let calendarLanguages: Set<String>

    init(index: SiteIndex, strings: [String: ThemeStrings], assetURLs: [String: String]) {
        self.index = index
        self.strings = strings
        self.assetURLs = assetURLs
        let feed = AtomFeed(index: index)
        let calendar = ICalendar(index: index)
        feedLanguages = Set(index.config.languages.map(\.code).filter { !feed.entries($0).isEmpty })
        calendarLanguages = Set(index.config.languages.map(\.code).filter { !calendar.events($0).isEmpty })
    }

    var config: SiteConfig { index.config }

    /// Values shared by every page of `language` rendered in folder `folder`.
    func common(language: Language, folder: String) -> [String: Any] {
        let root = URLScheme.rootPrefix(from: folder)
        var assets: [String: Any] = [:]
        for (name, path) in assetURLs {
            assets[Self.key(name)] = URLScheme.relative(from: folder, to: path)
        }
        let strings = strings[language.code] ?? ThemeStrings()
        let menu: [[String: Any]] = (config.menus[language.code] ?? []).map { item in
            let target = URLScheme.home(language.code) + item.path
            return [
                "title": item.title,
                "url": URLScheme.relative(from: folder, to: target),
                // `current`: this very page; `active`: the page is inside the entry's section.
                "current": folder == target,
                "active": folder.hasPrefix(target),
            ]
        }
        var values: [String: Any] = [
            "lang": language.code,
            "langName": language.name,
            "locale": language.locale,
            "siteTitle": language.title,
            "baseURL": config.baseURL,
            "timeZone": config.timezone,
            "root": root,
            "home": URLScheme.relative(from: folder, to: URLScheme.home(language.code)),
            "assets": assets,
            "t": strings.values,
            "menu": menu,
        ]
        if let feed = feedLink(language: language, folder: folder) { values["feed"] = feed }
        return values
    }

    /// The full context of one page, given its rendered Markdown.
    func page(_ page: Page, rendered: RenderedMarkdown) -> [String: Any] {
        let language = config.language(page.language)!
        let folder = URLScheme.directory(of: page.path)
        var context = common(language: language, folder: folder)
        context["page"] = pageValues(page, language: language, from: folder, content: rendered)
        context["languages"] = switcher(for: page, from: folder)
        context["alternates"] = alternates(for: page)
        context["canonical"] = URLScheme.absolute(folder, baseURL: config.baseURL)
        let crumbs = breadcrumbs(for: page, language: language, from: folder)
        context["breadcrumbs"] = crumbs
        context["hasBreadcrumbs"] = !crumbs.isEmpty
        context["isHome"] = page.kind == .home
        context["isSection"] = page.kind == .section
        context["isPage"] = page.kind == .page
        addPublishing(to: &context, page: page, language: language, folder: folder)
        switch page.kind {
        case .section:
            let children = listed(page.path.section, language: language)
            let items = children.map { listItem($0, language: language, from: folder) }
            context["pages"] = items
            context["hasPages"] = !items.isEmpty
            context["groups"] = groups(children, language: language, from: folder)
        case .home:
            context["sections"] = index.sections(language: page.language).compactMap { section -> [String: Any]? in
                guard let landing = index.landing(section: section, language: page.language) else { return nil }
                var values = listItem(landing, language: language, from: folder)
                values["pages"] = listed(section, language: language).prefix(3)
                    .map { listItem($0, language: language, from: folder) }
                values["section"] = section
                return values
            }
        case .page:
            break
        }
        return context
    }

    /// Title, dates and facts of a page as seen from `folder`.
    func pageValues(_ page: Page, language: Language, from folder: String, content: RenderedMarkdown?) -> [String: Any]
    {
        let matter = page.frontMatter
        let dates = DateText(locale: language.locale)
        let strings = strings[language.code] ?? ThemeStrings()
        var values: [String: Any] = [
            "title": matter.title,
            "url": URLScheme.relative(from: folder, to: URLScheme.directory(of: page.path)),
            "section": page.path.section,
            "slug": page.path.slug,
            "kind": page.kind.rawValue,
            "params": matter.extra,
        ]
        if let summary = matter.summary { values["summary"] = summary }
        if let tagline = matter.tagline { values["tagline"] = tagline }
        if let content {
            values["content"] = content.html
            if stale.contains(page.source) { values["stale"] = true }
            if content.headings.count >= 3 {
                values["toc"] = content.headings.map { ["level": $0.level, "text": $0.text, "id": $0.id] }
                values["hasToc"] = true
            }
        }
        if let date = matter.date { values["date"] = dateValues(date, dates) }
        if let end = matter.endDate, end != matter.date { values["endDate"] = dateValues(end, dates) }
        if let time = matter.time { values["time"] = time.description }
        if let venue = matter.venue { values["venue"] = venue }
        if let updated = matter.updated { values["updated"] = dateValues(updated, dates) }
        if let kind = matter.kind {
            values["partnerKind"] = kind.rawValue
            values["partnerKindLabel"] =
                strings["kind_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")]
                ?? kind.rawValue
        }
        if let country = matter.country {
            values["country"] = country
            values["countryName"] = Self.countryName(country, language: language.code)
        }
        if let website = matter.website { values["website"] = website }
        return values
    }

    func dateValues(_ date: CalendarDate, _ dates: DateText) -> [String: Any] {
        var values: [String: Any] = [
            "iso": date.description,
            "text": dates.format(date),
            "isMonth": date.isMonthPrecision,
        ]
        if let era = dates.japaneseEra(date) { values["era"] = era }
        return values
    }

    /// An entry of a list: what lists show of a page (see `listEntry` for pages in another language).
    func listItem(_ page: Page, language: Language, from folder: String) -> [String: Any] {
        listEntry(page, language: language, from: folder)
    }

    /// Partners and other pages with `kind`, grouped by kind in the order of the contract.
    func groups(_ pages: [Page], language: Language, from folder: String) -> [[String: Any]] {
        let strings = strings[language.code] ?? ThemeStrings()
        return PartnerKind.allCases.compactMap { kind -> [String: Any]? in
            // The section's own order (weight, date, title), the same in every language.
            let members = pages.filter { $0.frontMatter.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "kind": kind.rawValue,
                "title": strings["kinds_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")] ?? kind.rawValue,
                "pages": members.map { listItem($0, language: language, from: folder) },
            ]
        }
    }

    /// One entry per site language: the counterpart page, or where to go when it is missing.
    func switcher(for page: Page, from folder: String) -> [[String: Any]] {
        let versions = index.translations(of: page)
        return config.languages.map { language in
            let target: String
            let missing: Bool
            if let version = versions[language.code] {
                target = URLScheme.directory(of: version.path)
                missing = false
            } else {
                target = fallback(for: page, in: language.code)
                missing = true
            }
            return [
                "code": language.code,
                "name": language.name,
                "url": URLScheme.relative(from: folder, to: target),
                "current": language.code == page.language,
                "missing": missing,
            ]
        }
    }

    /// Where a reader goes for a page not written in `language`: the stand-in page that says so.
    func fallback(for page: Page, in language: String) -> String {
        var path = page.path
        path.language = language
        return URLScheme.directory(of: path)
    }

    /// `hreflang` alternates: every existing translation (never a stand-in), then `x-default`
    /// (the root chooser for homes, else the default language's version).
    func alternates(for page: Page) -> [[String: Any]] {
        var result: [[String: Any]] = index.alternates(of: page).map { alternate in
            ["hreflang": alternate.language.tag, "href": index.absoluteURL(of: alternate.page)]
        }
        if let xDefault = index.xDefault(of: page) { result.append(["hreflang": "x-default", "href": xDefault]) }
        return result
    }

    /// Home, then each enclosing section that has a landing, then the page itself (`current`).
    func breadcrumbs(for page: Page, language: Language, from folder: String) -> [[String: Any]] {
        guard page.kind != .home else { return [] }
        var crumbs: [[String: Any]] = []
        let homeTitle = strings[language.code]?["home"] ?? language.title
        crumbs.append([
            "title": homeTitle, "url": URLScheme.relative(from: folder, to: URLScheme.home(language.code)),
            "current": false,
        ])
        var sections: [String] = []
        var prefix: [Substring] = []
        for component in page.path.section.split(separator: "/") {
            prefix.append(component)
            sections.append(prefix.joined(separator: "/"))
        }
        if page.kind == .section { sections.removeLast() }
        for section in sections {
            guard let landing = index.landing(section: section, language: language.code) else { continue }
            crumbs.append([
                "title": landing.frontMatter.title,
                "url": URLScheme.relative(from: folder, to: URLScheme.directory(of: landing.path)),
                "current": false,
            ])
        }
        crumbs.append(["title": page.frontMatter.title, "url": "./", "current": true])
        return crumbs
    }

    /// The country's name in the reader's language (台湾, Taiwan), from ICU.
    static func countryName(_ code: String, language: String) -> String {
        Locale(identifier: language).localizedString(forRegionCode: code) ?? code
    }

    /// Asset file names as template keys: `style.css` → `style_css`.
    static func key(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
