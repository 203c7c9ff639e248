import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import Synchronization

/// Builds the contexts templates see, one `TemplateContext` for every kind of page (pages of the
/// content here and in `PageContext+ListPages`; the stand-ins, search, 404 and root pages in
/// `PageContext+SitegenPages`). The keys of each kind are listed in `ContextKind.rows`, which
/// Sources/sitegen/Documentation.docc/Themes.md ("Template context") shows.
package struct PageContext: Sendable {
    package let index: SiteIndex
    package let strings: [String: ThemeStrings]
    /// Each language's interface strings with their keys sorted once, for `t`.
    package let stringMaps: [String: StringMap]
    /// The theme's asset addresses by template key (`style_css`), sorted by file name, worked
    /// out once.
    package let assetKeys: [(key: String, path: String)]
    /// `commonObject` by language and parent folder; nil where it cannot be shared.
    package let commons = CommonObjects()
    /// Pages (by source path) shown with a "may be out of date" note (`theme.staleNote`).
    package var stale: Set<String> = []
    /// Languages that have an Atom feed, worked out once: every page links to its feed.
    package let feedLanguages: Set<String>
    /// The sections with a feed of their own (`feed: true`) that has entries, by language.
    package let sectionFeeds: [String: [String]]
    /// Languages that have a calendar of events, worked out once for the events lists.
    package let calendarLanguages: Set<String>
    /// `data` by language code: the site's data files (`SiteData`).
    package var data: [String: TemplateObject] = [:]
    /// How many headings each language's pages need for a table of contents (`t.tocMinimum`).
    package let tocMinimum: [String: Int]
    /// Whether pages get `previous` and `next` (`addNeighbours`): only when a template can
    /// reach them (`TemplateSet.reaches(pageKey:)`).
    package var neighbours = true
    /// The site's taxonomies and terms; empty when it declares none.
    package var taxonomies = TaxonomyIndex()
    /// Whether pages get `related` (`addTerms`): only when a template can reach it.
    package var related = true

    package init(index: SiteIndex, strings: [String: ThemeStrings], assetURLs: [String: String]) {
        self.index = index
        self.strings = strings
        self.stringMaps = strings.mapValues { StringMap($0.values) }
        self.assetKeys = assetURLs.sorted { $0.key < $1.key }.map { (Self.key($0.key), $0.value) }
        let feed = AtomFeed(index: index)
        let calendar = ICalendar(index: index)
        feedLanguages = Set(index.config.languages.map(\.code).filter { !feed.entries($0).isEmpty })
        let sections = feed.feedSections
        var sectionFeeds: [String: [String]] = [:]
        for language in index.config.languages.map(\.code) {
            let withEntries = sections.filter { !feed.entries(language, section: $0).isEmpty }
            if !withEntries.isEmpty { sectionFeeds[language] = withEntries }
        }
        self.sectionFeeds = sectionFeeds
        calendarLanguages = Set(index.config.languages.map(\.code).filter { !calendar.events($0).isEmpty })
        tocMinimum = strings.mapValues { Self.tocMinimum($0) }
    }

    /// `t.tocMinimum` as a number; its default where the theme has none or it is not one
    /// (`ThemeCheck` says so).
    package static func tocMinimum(_ strings: ThemeStrings) -> Int {
        Int(strings.text(.tocMinimum)) ?? Int(EngineString.tocMinimum.fixedDefault ?? "") ?? 3
    }

    /// The interface strings of `language`; none when the theme has no strings at all.
    package func interfaceStrings(_ language: Language) -> ThemeStrings {
        strings[language.code] ?? ThemeStrings()
    }

    package var config: SiteConfig { index.config }

    /// Values shared by every page of `language` rendered in folder `folder`. Pages side by
    /// side (`en/events/a/`, `en/events/b/`) see the same values when no address they point
    /// to lies inside their parent folder, so those are made once per parent (`commons`).
    /// Only for ASCII folders and addresses without empty components (`/events/`): there,
    /// comparing bytes is what `URLScheme.relative` does; other paths are compared as
    /// components of `Character`s, where canonically equal text is equal.
    package func commonObject(language: Language, folder: String) -> TemplateObject {
        guard folder.utf8.allSatisfy({ $0 < 0x80 }), let parent = Self.parentFolder(folder) else {
            return makeCommonObject(language: language, folder: folder)
        }
        let key = language.code + "\u{0}" + parent
        if let known = commons.values.withLock({ $0[key] }) {
            if let known { return known }
            return makeCommonObject(language: language, folder: folder)
        }
        let made = makeCommonObject(language: language, folder: folder)
        let shared = commonTargets(language: language).allSatisfy { target in
            target.utf8.allSatisfy { $0 < 0x80 } && target.first != "/" && !target.contains("//")
                && (!target.utf8.starts(with: parent.utf8) || target == parent)
        }
        commons.values.withLock { $0[key] = shared ? made : .some(nil) }
        return made
    }

    /// Every address `makeCommonObject` points to from a page of `language`.
    private func commonTargets(language: Language) -> [String] {
        var targets = [URLScheme.home(language.code), AtomFeed.path(language.code)]
        targets += assetKeys.map(\.path)
        targets += (config.menus[language.code] ?? []).flatMap(\.entries).map {
            URLScheme.home(language.code) + $0.path
        }
        return targets
    }

    /// `en/events/` for `en/events/a/`; nil for a folder of one component (a home) or none.
    package static func parentFolder(_ folder: String) -> String? {
        guard folder.hasSuffix("/") else { return nil }
        let trimmed = folder.utf8.dropLast()
        guard let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return String(folder[...slash])
    }

    /// One entry of a menu as templates see it, on the page in `folder`: `current` when it is
    /// this very page, `active` when the page is inside the entry's section or one of its
    /// children's; its `children` the same way, and `id` (`menu-2`) for the disclosure that
    /// holds them (`aria-controls`).
    static func menuEntry(_ item: MenuItem, language: String, folder: String, id: String) -> TemplateObject {
        let target = URLScheme.home(language) + item.path
        let children = item.children.map { menuEntry($0, language: language, folder: folder, id: "") }
        let linked = item.isLinked
        let holds = item.children.contains { folder.hasPrefix(URLScheme.home(language) + $0.path) }
        var entry: TemplateObject = [
            "title": .string(item.title),
            "current": .bool(linked && folder == target),
            "active": .bool((linked && folder.hasPrefix(target)) || holds),
        ]
        if linked { entry["url"] = .string(URLScheme.relative(from: folder, to: target)) }
        if !children.isEmpty {
            entry["children"] = .objects(children)
            entry["hasChildren"] = .bool(true)
            entry["id"] = .string(id)
        }
        return entry
    }

    private func makeCommonObject(language: Language, folder: String) -> TemplateObject {
        let root = URLScheme.rootPrefix(from: folder)
        var assets = TemplateObject()
        for (key, path) in assetKeys {
            assets[key] = .string(URLScheme.relative(from: folder, to: path))
        }
        let menu = (config.menus[language.code] ?? []).enumerated().map { index, item in
            Self.menuEntry(item, language: language.code, folder: folder, id: "menu-\(index + 1)")
        }
        var common = TemplateContext(.everyPage)
        common[.lang] = .string(language.code)
        common[.langName] = .string(language.name)
        common[.locale] = .string(language.locale)
        common[.siteTitle] = .string(language.title)
        common[.baseURL] = .string(config.baseURL)
        common[.timeZone] = .string(config.timezone)
        common[.root] = .string(root)
        common[.home] = .string(URLScheme.relative(from: folder, to: URLScheme.home(language.code)))
        common[.assets] = .object(assets)
        common[.t] = .strings(stringMaps[language.code] ?? StringMap.empty)
        common[.menu] = .objects(menu)
        if (config.menus[language.code] ?? []).contains(where: { !$0.children.isEmpty }) {
            common[.submenus] = .bool(true)
        }
        common[.data] = .object(data[language.code] ?? TemplateObject())
        let params = config.params(for: language)
        if !params.isEmpty { common[.site] = .object(["params": .strings(StringMap(params))]) }
        if let feed = feedLink(language: language, folder: folder) { common[.feed] = .object(feed) }
        return common.values
    }

    /// The full context of one page, given its rendered Markdown.
    package func page(_ page: Page, rendered: RenderedMarkdown) -> TemplateContext {
        let language = config.language(page.language)!
        let folder = URLScheme.directory(of: page.path)
        var context = TemplateContext(ContextKind(page.kind), common: commonObject(language: language, folder: folder))
        context[.page] = .object(pageValues(page, language: language, from: folder, content: rendered))
        context[.languages] = .objects(switcher(for: page, from: folder))
        context[.alternates] = .objects(alternates(for: page))
        context[.canonical] = .string(URLScheme.absolute(folder, baseURL: config.baseURL))
        let crumbs = breadcrumbs(for: page, language: language, from: folder)
        context[.breadcrumbs] = .objects(crumbs)
        context[.hasBreadcrumbs] = .bool(!crumbs.isEmpty)
        context[.isHome] = .bool(page.kind == .home)
        context[.isSection] = .bool(page.kind == .section)
        context[.isPage] = .bool(page.kind == .page)
        addPublishing(to: &context, page: page, language: language, folder: folder)
        switch page.kind {
        case .section:
            // The first page of a paged list (`paginate`); `listPage` makes the others.
            let children = listedPage(page, number: 1, language: language)
            let items = children.map { listItem($0, language: language, from: folder) }
            context[.pages] = .objects(items)
            context[.hasPages] = .bool(!items.isEmpty)
            context[.groups] = .objects(groups(children, section: page.sectionRoot, language: language, from: folder))
            if let list = index.listPages(of: page) {
                context[.pager] = .object(pager(list, number: 1, landing: folder, language: language))
            }
        case .home:
            let sections = index.sections(language: page.language).compactMap { section -> TemplateObject? in
                guard let landing = index.landing(section: section, language: page.language) else { return nil }
                var values = listItem(landing, language: language, from: folder)
                values["pages"] = .objects(
                    listed(section, language: language).prefix(3).map { listItem($0, language: language, from: folder) }
                )
                values["section"] = .string(section)
                return values
            }
            context[.sections] = .objects(sections)
        case .page:
            addNeighbours(to: &context, page: page, language: language, folder: folder)
        }
        addTerms(to: &context, page: page, language: language, folder: folder)
        return context
    }

    /// Title, dates and facts of a page as seen from `folder`.
    package func pageValues(_ page: Page, language: Language, from folder: String, content: RenderedMarkdown?)
        -> TemplateObject
    {
        let matter = page.frontMatter
        let dates = DateText(locale: language.locale)
        let strings = interfaceStrings(language)
        var values: TemplateObject = [
            "title": .string(matter.title),
            "url": .string(URLScheme.relative(from: folder, to: URLScheme.directory(of: page.path))),
            "section": .string(page.path.section),
            "slug": .string(page.path.slug),
            "kind": .string(page.kind.rawValue),
        ]
        if let summary = page.summary { values["summary"] = .string(summary) }
        if let tagline = matter.tagline { values["tagline"] = .string(tagline) }
        if let content {
            values["content"] = .string(content.html)
            // swift-mustache takes an empty text as true: themes test this instead.
            if !content.html.isEmpty { values["hasContent"] = .bool(true) }
            if stale.contains(page.source) { values["stale"] = .bool(true) }
            if content.headings.count >= tocMinimum[language.code] ?? Self.tocMinimum(ThemeStrings()) {
                values["toc"] = .objects(
                    content.headings.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] })
                values["hasToc"] = .bool(true)
            }
        }
        if let date = matter.date {
            var date = dateValues(date, dates)
            // A period's own words (`令和5年度`) replace the day or month, and make the era redundant.
            if let label = matter.dateLabel {
                date["text"] = .string(label)
                date["era"] = nil
                date["isLabel"] = .bool(true)
            }
            values["date"] = .object(date)
        }
        if let updated = matter.updated { values["updated"] = .object(dateValues(updated, dates)) }
        values["params"] = params(matter, language: language, dates: dates, strings: strings)
        return values
    }

    package func dateValues(_ date: CalendarDate, _ dates: DateText) -> TemplateObject {
        var values: TemplateObject = [
            // A fiscal year is its year in `datetime` (HTML's year form): it has no month or day.
            "iso": .string(date.isFiscalYear ? CalendarDate.pad(date.year, 4) : date.description),
            "text": .string(dates.format(date)),
            "isMonth": .bool(date.isMonthPrecision && !date.isFiscalYear),
        ]
        if date.isFiscalYear { values["isFiscalYear"] = .bool(true) }
        if let era = dates.japaneseEra(date) { values["era"] = .string(era) }
        return values
    }

    /// An entry of a list: what lists show of a page (see `listEntry` for pages in another language).
    package func listItem(_ page: Page, language: Language, from folder: String) -> TemplateObject {
        listEntry(page, language: language, from: folder)
    }

    /// The pages of a section that declares `groupBy`, grouped by that key's value in the order
    /// of its choices; each group's title is the theme string `<key>s_<value>` (plural), else
    /// `<key>_<value>`, else the value. Empty when the section does not group its list.
    package func groups(_ pages: [Page], section: String, language: Language, from folder: String) -> [TemplateObject] {
        guard let schema = config.contentModel.schema(for: section), let key = schema.groupBy,
            case .choice(let choices)? = schema.key(key)?.type
        else { return [] }
        let strings = interfaceStrings(language)
        return choices.compactMap { choice -> TemplateObject? in
            // The section's own order (weight, date, title), the same in every language.
            let members = pages.filter { $0.frontMatter.fields[key] == .choice(choice) }
            guard !members.isEmpty else { return nil }
            let title =
                strings.themeText(.choiceGroup, key, choice) ?? Self.choiceLabel(key, choice, strings: strings)
            return [
                "key": .string(key),
                "value": .string(choice),
                "title": .string(title),
                "pages": .objects(members.map { listItem($0, language: language, from: folder) }),
            ]
        }
    }

    /// One entry per site language: the counterpart page, or where to go when it is missing.
    package func switcher(for page: Page, from folder: String) -> [TemplateObject] {
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
                "code": .string(language.code),
                "name": .string(language.name),
                "url": .string(URLScheme.relative(from: folder, to: target)),
                "current": .bool(language.code == page.language),
                "missing": .bool(missing),
            ]
        }
    }

    /// Where a reader goes for a page not written in `language`: the stand-in page that says so.
    package func fallback(for page: Page, in language: String) -> String {
        var path = page.path
        path.language = language
        return URLScheme.directory(of: path)
    }

    /// `hreflang` alternates: every existing translation (never a stand-in), then `x-default`
    /// (the root chooser for homes, else the default language's version).
    package func alternates(for page: Page) -> [TemplateObject] {
        var result: [TemplateObject] = index.alternates(of: page).map { alternate in
            ["hreflang": .string(alternate.language.tag), "href": .string(index.absoluteURL(of: alternate.page))]
        }
        if let xDefault = index.xDefault(of: page) {
            result.append(["hreflang": .string("x-default"), "href": .string(xDefault)])
        }
        return result
    }

    /// Home, then each enclosing section that has a landing, then the page itself (`current`).
    /// The first breadcrumb of every page but the home: the home, named by `t.home`.
    package func homeCrumb(language: Language, from folder: String) -> TemplateObject {
        [
            "title": .string(interfaceStrings(language).text(.home, else: language.title)),
            "url": .string(URLScheme.relative(from: folder, to: URLScheme.home(language.code))),
            "current": .bool(false),
        ]
    }

    package func breadcrumbs(for page: Page, language: Language, from folder: String) -> [TemplateObject] {
        guard page.kind != .home else { return [] }
        var crumbs = [homeCrumb(language: language, from: folder)]
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
                "title": .string(landing.frontMatter.title),
                "url": .string(URLScheme.relative(from: folder, to: URLScheme.directory(of: landing.path))),
                "current": .bool(false),
            ])
        }
        crumbs.append(["title": .string(page.frontMatter.title), "url": .string("./"), "current": .bool(true)])
        return crumbs
    }

    /// The country's name in the reader's language (台湾, Taiwan), from ICU.
    package static func countryName(_ code: String, language: String) -> String {
        Locale(identifier: language).localizedString(forRegionCode: code) ?? code
    }

    /// A web address as a reader reads it: without `https://` and a lone trailing `/`
    /// (`www.kyutech.ac.jp`).
    package static func addressLabel(_ address: String) -> String {
        var label = Substring(address)
        for scheme in ["https://", "http://"] where label.lowercased().hasPrefix(scheme) {
            label = label.dropFirst(scheme.count)
        }
        if label.hasSuffix("/"), label.dropLast().firstIndex(of: "/") == nil { label = label.dropLast() }
        return label.isEmpty ? address : String(label)
    }

    /// Asset file names as template keys: `style.css` → `style_css`.
    package static func key(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// A warning for each asset whose template key another asset already has (`a.css` and
    /// `a-css` are both `assets.a_css`): templates reach only the last of them in name order.
    /// `names` are below `templates/assets/`.
    package static func keyCollisions(_ names: some Sequence<String>) -> [Diagnostic] {
        var byKey: [String: [String]] = [:]
        for name in names { byKey[key(name), default: []].append(name) }
        return byKey.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { key, names in
            let sorted = names.sorted()
            let others = sorted.dropLast().map { "templates/assets/" + $0 }.joined(separator: ", ")
            return Diagnostic(
                path: "templates/assets/" + sorted.last!, line: 1, column: 1, severity: .warning,
                message:
                    "this file and \(others) have the same template key `assets.\(key)`; templates reach only this one",
                hint: "rename one of them so that their names differ in a letter or digit")
        }
    }
}

/// The memo of `PageContext.commonObject`, shared by the tasks that render pages.
package final class CommonObjects: Sendable {
    package let values = Mutex<[String: TemplateObject?]>([:])
}
