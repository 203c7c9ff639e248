import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Every address a build writes, and what writes it: the one map that menus, links left as
/// written, aliases and host files ask.
///
/// Addresses are below the output root, as a link names them: a page's folder ends in `/`
/// (`ja/events/launch/`), a file is its path (`ja/feed.xml`), the root chooser is `""`. Two
/// producers claiming one address (compared without case, as macOS and Windows hosts do) are
/// `problems`, at the line that made the second one.
public struct SiteAddresses: Sendable {
    /// Address → what writes it.
    public private(set) var producers: [String: OutputProducer] = [:]
    /// What would be written twice: a page or stand-in where a list page goes, an alias where
    /// something else already is.
    public private(set) var problems: [Diagnostic] = []
    /// Lower-cased address → the address as written, for clashes of case.
    private var folded: [String: String] = [:]

    /// The addresses of `index` built with a theme that makes search pages when `hasSearch`,
    /// feeds and calendars for `feeds` and `calendars`, section feeds for `sectionFeeds`
    /// (sections by language), the pages of `taxonomies` (declared in `configPath`), the
    /// theme's fingerprinted `assets`
    /// (name → output path) and the copied `media` paths.
    init(
        index: SiteIndex, hasSearch: Bool, feeds: Set<String>, calendars: Set<String>,
        sectionFeeds: [String: [String]] = [:], taxonomies: TaxonomyIndex = TaxonomyIndex(),
        configPath: String = "content/site.yaml", assets: [String: String], media: some Sequence<String>
    ) {
        addPagesAndStandIns(index)
        addListPages(index)
        addTaxonomies(taxonomies, languages: index.config.languages.map(\.code), configPath: configPath)
        add("", .root)
        for language in index.config.languages.map(\.code) {
            if feeds.contains(language) { add(AtomFeed.path(language), .feed(language: language)) }
            for section in sectionFeeds[language] ?? [] {
                add(AtomFeed.sectionPath(language, section: section), .feed(language: language, section: section))
            }
            if calendars.contains(language) { add(ICalendar.calendarPath(language), .calendar(language: language)) }
            if hasSearch {
                add(SearchPage.folder(language: language), .searchPage(language: language))
                add(SearchIndex.path(language: language), .searchData(language: language))
                add(SearchIndex.textPath(language: language), .searchData(language: language))
            }
            add(URLScheme.notFoundPage(language), .notFound(language: language))
        }
        for path in media { add(path, .media(path: path)) }
        for page in index.pages where ICalendar.hasEntry(page, in: index) {
            add(ICalendar.eventPath(page), .eventCalendar(source: page.source))
        }
        add("404.html", .notFound(language: nil))
        add("sitemap.xml", .sitemap)
        add("robots.txt", .robots)
        add("_redirects", .hostConfig)
        add("_headers", .hostConfig)
        for (name, path) in assets { add(path, .asset(name: name)) }
        addAliases(AliasPages(index: index).aliases)
    }

    /// What writes `address`, if anything.
    public subscript(address: String) -> OutputProducer? { producers[address] }

    /// The addresses a menu entry may lead to (`OutputProducer.isMenuTarget`).
    var menuTargets: Set<String> { Set(producers.filter(\.value.isMenuTarget).keys) }

    /// Each taxonomy's list of terms, and each term's pages and feed, in every language that
    /// uses them; one where something else already is (a section named like the taxonomy) is a
    /// problem at the taxonomy's line in site.yaml.
    private mutating func addTaxonomies(_ taxonomies: TaxonomyIndex, languages: [String], configPath: String) {
        for taxonomy in taxonomies.taxonomies {
            func claim(_ address: String, _ producer: OutputProducer) {
                guard let other = folded[address.lowercased()], let taken = producers[other] else {
                    add(address, producer)
                    return
                }
                let file = address.hasSuffix("/") ? address + "index.html" : address
                problems.append(
                    Diagnostic(
                        path: configPath, line: taxonomy.line, column: taxonomy.column,
                        message:
                            "the taxonomy `\(taxonomy.name)` would write site/\(file), which \(taken.owner(at: other)) already uses",
                        hint: "name the taxonomy otherwise, or rename the folder content/\(taxonomy.name)/"))
            }
            for language in languages {
                let terms = taxonomies.terms(of: taxonomy.name, language: language)
                guard !terms.isEmpty else { continue }
                claim(
                    TaxonomyIndex.folder(taxonomy.name, language: language),
                    .taxonomy(language: language, name: taxonomy.name))
                for term in terms {
                    let folder = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: language)
                    let count = taxonomies.listPages(of: term, taxonomy: taxonomy)?.count ?? 1
                    for number in 1...count {
                        claim(
                            ListPages.folder(folder, number: number),
                            .term(language: language, taxonomy: taxonomy.name, key: term.key, number: number))
                    }
                    if term.pages.contains(where: AtomFeed.isEntry) {
                        claim(
                            AtomFeed.termPath(language, taxonomy: taxonomy.name, key: term.key),
                            .termFeed(language: language, taxonomy: taxonomy.name, key: term.key))
                    }
                }
            }
        }
    }

    /// Pages, then stand-ins where a translation group lacks a language (at the address of
    /// the group's first source, as `PageRenderer.standIns` writes them).
    private mutating func addPagesAndStandIns(_ index: SiteIndex) {
        for page in index.pages { add(URLScheme.directory(of: page.path), .page(source: page.source)) }
        for page in index.pages {
            let versions = index.translations(of: page)
            guard versions.values.map(\.source).min() == page.source else { continue }
            for language in index.config.languages where versions[language.code] == nil {
                var path = page.path
                path.language = language.code
                let folder = URLScheme.directory(of: path)
                if producers[folder] == nil { add(folder, .standIn(source: page.source)) }
            }
        }
    }

    /// The later pages of paged lists; a page or stand-in already at one is a problem there.
    private mutating func addListPages(_ index: SiteIndex) {
        for (folder, landing) in index.listPageFolders() {
            let number = Int(folder.split(separator: "/").last ?? "") ?? 0
            guard let other = folded[folder.lowercased()], let taken = producers[other] else {
                add(folder, .listPage(landing: landing.source, number: number))
                continue
            }
            let what: String
            switch taken {
            case .page(let source):
                what = "this page would be written to site/\(other)index.html"
                problems.append(listClash(source, what, landing))
            case .standIn(let source):
                what = "the page saying this one is not translated yet would be written to site/\(other)index.html"
                problems.append(listClash(source, what, landing))
            default: continue
            }
        }
    }

    private func listClash(_ source: String, _ what: String, _ landing: Page) -> Diagnostic {
        Diagnostic(
            path: source, line: 1, column: 1,
            message: "\(what), where \(landing.source) puts a page of its list (`paginate`)",
            hint: "rename the folder `page` it is in, or remove `paginate` from \(landing.source)")
    }

    /// Aliases in page order: one at an address already written is a problem at the alias.
    private mutating func addAliases(_ aliases: [AliasPages.Alias]) {
        for alias in aliases {
            let address = alias.file.hasSuffix("/index.html") ? String(alias.file.dropLast(10)) : alias.file
            guard let other = folded[address.lowercased()], let taken = producers[other] else {
                add(address, .alias(source: alias.page.source))
                continue
            }
            let owner = taken.owner(at: other)
            let positions = alias.page.frontMatter.positions
            let position =
                alias.number == AliasPages.firstListPage
                ? positions["paginate"] : positions["aliases[\(alias.number)]"] ?? positions["aliases"]
            problems.append(
                Diagnostic(
                    path: alias.page.source, line: position?.line, column: position?.column,
                    message:
                        "the alias `\(alias.address)` would be written to site/\(alias.file), which \(owner == alias.page.source ? "this page" : owner) already uses",
                    hint: "remove the alias, or keep only one page at that address"))
        }
    }

    /// Records `producer` at `address` unless something is there already (the first one stays).
    private mutating func add(_ address: String, _ producer: OutputProducer) {
        if producers[address] == nil { producers[address] = producer }
        if folded[address.lowercased()] == nil { folded[address.lowercased()] = address }
    }
}
