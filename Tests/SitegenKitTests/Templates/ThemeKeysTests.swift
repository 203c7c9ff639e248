import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Every kind of context, built on a site that has every optional key (a feed, site data, a
/// paged events list with a calendar, grouped partners, an untranslated page, menus with
/// children, a paged taxonomy), has exactly the
/// keys its kind declares (`ContextKind.rows`, the tables of Themes.md).
@Suite struct ThemeKeysTests {
    static func site() -> FixtureSite {
        var files: [String: String] = [
            "content/site.yaml": FixtureSite.siteYAML.replacingOccurrences(
                of: "path: events/ }", with: "path: events/, children: [ { title: A, path: events/a/ } ] }")
                + "\nparams: { email: info@example.org }\ntaxonomies: { topics: { paginate: 1 } }\n",
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/events/_index.ja.md": "---\ntitle: イベント\npaginate: 1\n---\n",
            "content/events/_index.en.md": "---\ntitle: Events\npaginate: 1\n---\n",
            "content/events/b.ja.md": "---\ntitle: 日本語だけ\ndate: 2025-03-01\nvenue: 会場\n---\n",
            "content/partners/_index.ja.md": "---\ntitle: 機関\n---\n",
            "content/partners/_index.en.md": "---\ntitle: Institutions\n---\n",
        ]
        for (code, title) in [("ja", "説明会"), ("en", "Briefing")] {
            files["content/events/a.\(code).md"] =
                "---\ntitle: \(title)\ndate: 2025-02-18\nvenue: Hall\ntopics: [x]\n---\n## One\n\n## Two\n\n## Three\n"
            files["content/partners/p.\(code).md"] = "---\ntitle: P\nkind: university\ncountry: JP\ntopics: [x]\n---\n"
        }
        return FixtureSite(files)
    }

    /// The keys of every context sitegen makes for the fixture, by kind.
    static func keysByKind() throws -> [ContextKind: Set<String>] {
        let site = site()
        defer { site.remove() }
        try site.writeSources()
        let source = try SiteLoader(root: site.root).load()
        let config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        let pages = try source.pages.map {
            try PageParser.parse($0, languages: config.languages.map(\.code), model: config.contentModel)
        }
        let index = try SiteIndex(config: config, pages: pages)
        let theme = Theme(source: source, config: config)
        var context = PageContext(index: index, strings: theme.strings, assetURLs: ["style.css": "assets/style.css"])
        context.taxonomies = TaxonomyIndex(index: index, tables: [:])
        var contexts: [TemplateContext] = []
        for page in index.pages {
            let rendered = try MarkdownRenderer().render(String(page.body), language: page.language)
            contexts.append(context.page(page, rendered: rendered))
            if let list = index.listPages(of: page), let language = config.language(page.language) {
                let entries = context.pagedEntries(page, language: language)
                contexts += (2...list.count).map { context.listPage(page, number: $0, list: list, entries: entries) }
            }
            let versions = index.translations(of: page)
            for language in config.languages where versions[language.code] == nil {
                contexts.append(context.standIn(for: page, language: language, versions: versions))
            }
        }
        for language in config.languages {
            contexts.append(context.searchPage(language: language, folder: SearchPage.folder(language: language.code)))
            contexts.append(
                context.notFound(language: language, folder: URLScheme.home(language.code), shown: [language]))
        }
        contexts.append(context.notFound(language: config.defaultLanguage, folder: "", shown: config.languages))
        contexts.append(context.root())
        for taxonomy in config.contentModel.taxonomies {
            for language in config.languages {
                contexts.append(context.taxonomyPage(taxonomy, language: language))
                for term in context.taxonomies.terms(of: taxonomy.name, language: language.code) {
                    contexts += [1, 2].map { context.termPage(taxonomy, term: term, language: language, number: $0) }
                }
            }
        }
        contexts.append(ThemeHeadings.context(level: 2, id: "one", text: "One", label: "{heading}", content: "One"))
        return Dictionary(contexts.map { ($0.kind, Set($0.keys)) }, uniquingKeysWith: { $0.union($1) })
    }

    static let built = Result(catching: { try keysByKind() })

    @Test(arguments: ContextKind.allCases.filter { $0 != .everyPage }.map(\.title))
    func eachKindHasTheKeysItDeclares(_ title: String) throws {
        let kind = try #require(ContextKind.allCases.first { $0.title == title })
        let declared =
            kind.rows.map(\.key.rawValue)
            + (kind.includesEveryPage ? ContextKind.everyPage.rows.map(\.key.rawValue) : [])
        let made = try #require(try Self.built.get()[kind], "the fixture makes no \(title)")
        #expect(
            made == Set(declared),
            "made but not declared: \(made.subtracting(declared).sorted()); declared but never made: \(Set(declared).subtracting(made).sorted())"
        )
    }

    @Test func aKindDeclaresEachKeyOnce() {
        for kind in ContextKind.allCases {
            let keys = kind.rows.map(\.key) + (kind.includesEveryPage ? ContextKind.everyPage.rows.map(\.key) : [])
            #expect(keys.count == Set(keys).count, "\(kind.title)")
        }
    }
}
