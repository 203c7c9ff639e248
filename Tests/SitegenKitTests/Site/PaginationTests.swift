import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `paginate:` on a section's landing: a long list goes on at `<section>/page/2/` and so on,
/// each page linked to its neighbours, to its translation's same page, and to search engines
/// as a page of its own.
@Suite struct PaginationTests {
    /// A list template that shows what a pager needs: the entries, the landing's text, the pager.
    static let listTemplate = """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>{{#pager}}<p class="number">{{label}}</p>{{/pager}}\
        {{{page.content}}}<ul>{{#pages}}<li><a href="{{url}}"{{#onlyIn}} data-only="{{onlyIn}}"{{/onlyIn}}>{{title}}</a></li>{{/pages}}</ul>\
        {{#pager}}<nav>{{#previous}}<a rel="prev" href="{{.}}">prev</a>{{/previous}}\
        {{#pages}}{{#gapBefore}}…{{/gapBefore}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{number}}</a>{{/pages}}\
        {{#next}}<a rel="next" href="{{.}}">next</a>{{/next}}</nav>{{/pager}}\
        <link rel="canonical" href="{{canonical}}">{{/main}}{{/base}}
        """

    /// A `news` section of six paired pages and one in Japanese only, newest first, three a page.
    static func site(englishPaginate: String = "paginate: 3", extra: [String: String] = [:]) -> FixtureSite {
        var files: [String: String] = [
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/news/_index.ja.md": "---\ntitle: お知らせ\npaginate: 3\n---\n一覧の前書き\n",
            "content/news/_index.en.md": "---\ntitle: News\n\(englishPaginate)\n---\nAbout the news\n",
            "content/news/n7.ja.md": "---\ntitle: 七\ndate: 2025-01-01\n---\n",
            "templates/list.mustache": listTemplate,
            // English words for the page's number; Japanese has none, so it gets `3 / 3`.
            "templates/i18n/en.yaml": "notTranslated: Not translated yet\npageOf: \"Page {number} of {count}\"\n",
        ]
        for number in 1...6 {
            let date = "2025-02-\(String(format: "%02d", 10 - number))"
            files["content/news/n\(number).ja.md"] = "---\ntitle: 記事\(number)\ndate: \(date)\n---\n"
            files["content/news/n\(number).en.md"] = "---\ntitle: Item \(number)\ndate: \(date)\n---\n"
        }
        for (path, text) in extra { files[path] = text }
        return FixtureSite(files)
    }

    /// The context of page `number` of the English news list, as its template sees it.
    static func context(of site: FixtureSite, number: Int) throws -> TemplateObject? {
        let source = try SiteLoader(root: site.root).load()
        let config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        let pages = source.pages.compactMap { try? PageParser.parse($0, languages: ["ja", "en"]) }
        let index = try SiteIndex(config: config, pages: pages)
        let theme = Theme(source: source, config: config)
        let context = PageContext(index: index, strings: theme.strings, assetURLs: [:])
        guard let landing = index.landing(section: "news", language: "en"), let list = index.listPages(of: landing),
            let language = config.language("en")
        else { return nil }
        return context.listPage(
            landing, number: number, list: list, entries: context.pagedEntries(landing, language: language)
        ).values
    }

    /// The entries' titles of a list page, in order.
    static func titles(_ html: String) -> [String] {
        html.components(separatedBy: "<li><a ").dropFirst().map {
            String($0[$0.index(after: $0.firstIndex(of: ">")!)..<$0.range(of: "</a>")!.lowerBound])
        }
    }

    @Test func longListsGoOnOnLaterPages() async throws {
        let site = Self.site()
        defer { site.remove() }
        try await site.build()
        let pages = site.outputFiles().filter { $0.hasPrefix("en/news/page/") || $0.hasPrefix("ja/news/page/") }
        #expect(
            pages == [
                "en/news/page/1/index.html", "en/news/page/2/index.html", "en/news/page/3/index.html",
                "ja/news/page/1/index.html", "ja/news/page/2/index.html", "ja/news/page/3/index.html",
            ])
        // Page 1 is the landing: its `page/1/` address sends the reader there, as in Hugo.
        let one = try #require(site.read("en/news/page/1/index.html"))
        #expect(one.contains(#"<meta http-equiv="refresh" content="0; url=../../">"#))
        #expect(site.read("_redirects")?.contains("/en/news/page/1/  /en/news/  301!\n") == true)
        let first = try #require(site.read("en/news/index.html"))
        #expect(Self.titles(first) == ["Item 1", "Item 2", "Item 3"])
        #expect(first.contains("<p>About the news</p>") && first.contains("Page 1 of 3"))
        #expect(first.contains(#"<a rel="next" href="page/2/">"#) && !first.contains(#"rel="prev""#))
        #expect(
            first.contains(#"<a href="./" aria-current="page">1</a><a href="page/2/">2</a><a href="page/3/">3</a>"#))

        let second = try #require(site.read("en/news/page/2/index.html"))
        #expect(Self.titles(second) == ["Item 4", "Item 5", "Item 6"])
        #expect(second.contains(#"<a href="../../n4/">Item 4</a>"#), "entries link from the page's own folder")
        // The landing's text is on page 1 only; its title and the page's number on every page.
        #expect(
            !second.contains("About the news") && second.contains("<h1>News</h1><p class=\"number\">Page 2 of 3</p>"))
        #expect(second.contains(#"<a rel="prev" href="../../">"#) && second.contains(#"<a rel="next" href="../3/">"#))
        #expect(second.contains(#"<link rel="canonical" href="https://example.org/en/news/page/2/">"#))
        let context = try #require(try Self.context(of: site, number: 2))
        guard case .object(let og)? = context["og"], case .string(let title)? = og["title"],
            case .string(let url)? = og["url"]
        else { throw CancellationError() }
        #expect(title == "News – Page 2 of 3" && url == "https://example.org/en/news/page/2/")
        #expect(context["jsonLD"] == nil)
        #expect(second.contains(#"<link rel="alternate" hreflang="ja" href="https://example.org/ja/news/page/2/">"#))
        #expect(second.contains(#"hreflang="x-default" href="https://example.org/ja/news/page/2/">"#))
        #expect(
            second.contains(#"<a href="../../../../ja/news/page/2/" hreflang="ja">"#), "the switcher keeps the page")

        // The page missing in English is listed in English too, last, as in an unpaged list.
        let third = try #require(site.read("en/news/page/3/index.html"))
        #expect(third.contains(#"<a href="../../../../ja/news/n7/" data-only="ja">七</a>"#))
        #expect(Self.titles(third).count == 1 && !third.contains(#"rel="next""#))
        let japanese = try #require(site.read("ja/news/page/3/index.html"))
        #expect(
            japanese.contains(#"<p class="number">3ページ中3ページ目</p>"#),
            "without the theme's `pageOf`, the built-in theme's, in Japanese")
        #expect(Self.titles(japanese) == ["七"])

        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(!sitemap.contains("/page/2/"), "list pages are reached from their list, as in Hugo")
    }

    /// Translations that cut their lists differently link to the landing where the other
    /// language has no such page.
    @Test func aPageTheOtherLanguageLacksLeadsToItsLanding() async throws {
        let site = Self.site(englishPaginate: "paginate: 5")
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/news/page/3/index.html") == nil)
        let third = try #require(site.read("ja/news/page/3/index.html"))
        #expect(third.contains(#"<a href="../../../../en/news/" hreflang="en">"#))
        #expect(!third.contains(#"hreflang="en" href"#), "no hreflang to a page that does not exist")
        let report = CheckFixture.check(
            Self.site(englishPaginate: "paginate: 5").files.mapValues { Optional($0) })
        let finding = try #require(report.findings.first { $0.message.contains("`paginate`") })
        #expect(finding.path == "content/news/_index.en.md" && finding.line == 3)
    }

    @Test func aListThatFitsIsNotCut() async throws {
        let site = Self.site(englishPaginate: "paginate: 7")
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/news/page/2/index.html") == nil)
        let list = try #require(site.read("en/news/index.html"))
        #expect(Self.titles(list).count == 7 && !list.contains(#"class="number""#) && !list.contains(#"rel="next""#))
    }

    @Test(arguments: ["paginate: 0", "paginate: ten", "paginate: -3", "paginate: 2.5"])
    func aWrongSizeStopsTheBuildAtItsLine(_ line: String) async throws {
        let site = Self.site(englishPaginate: line)
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.path == "content/news/_index.en.md" && problem.line == 3 && problem.column == 11)
        #expect(problem.message.contains("not a number of entries per page"), "\(problem.message)")
        #expect(problem.hint?.contains("whole number above 0") == true)
    }

    /// A page whose folder is where a list page goes, or an alias there, stops the build.
    @Test func addressesOfListPagesAreTaken() async throws {
        let page = Self.site(extra: ["content/news/page/2.en.md": "---\ntitle: Two\n---\n"])
        defer { page.remove() }
        let problem = try #require(try await page.failure().first)
        #expect(problem.path == "content/news/page/2.en.md")
        #expect(
            problem.message.contains("where content/news/_index.en.md puts a page of its list"), "\(problem.message)")
        let alias = Self.site(extra: [
            "content/news/n1.en.md": "---\ntitle: Item 1\ndate: 2025-02-09\naliases: [news/page/3/]\n---\n"
        ])
        defer { alias.remove() }
        let taken = try #require(try await alias.failure().first)
        #expect(taken.message.contains("content/news/_index.en.md already uses"), "\(taken.message)")
        // `page/1/` stands for the landing: a page there is refused at the landing's `paginate`.
        let first = Self.site(extra: ["content/news/page/1.en.md": "---\ntitle: One\n---\n"])
        defer { first.remove() }
        let refused = try #require(try await first.failure().first)
        #expect(refused.path == "content/news/_index.en.md" && refused.line == 3, "\(refused)")
        #expect(refused.message.contains("the alias `/en/news/page/1/`"), "\(refused.message)")
    }

    /// The stand-in of a page missing in one language cannot take a list page's place either,
    /// and `check` finds the clash a draft makes with `build --drafts`.
    @Test func standInsAndDraftsCannotTakeAListPage() async throws {
        // Only the English page exists: its Japanese stand-in would go to ja/news/page/2/, where
        // the Japanese list (paged; the English one is not) puts its second page.
        var files = Self.site(englishPaginate: "").files
        files["content/news/page/2.en.md"] = "---\ntitle: Two\n---\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.path == "content/news/page/2.en.md")
        #expect(
            problem.message.contains(
                "the page saying this one is not translated yet would be written to site/ja/news/page/2/index.html"),
            "\(problem.message)")

        var drafted = Self.site().files
        drafted["content/news/page/2.ja.md"] = "---\ntitle: 二\ndraft: true\n---\n"
        drafted["content/news/page/2.en.md"] = "---\ntitle: Two\ndraft: true\n---\n"
        let report = CheckFixture.check(drafted.mapValues { Optional($0) })
        let found = report.findings.filter { $0.message.contains("puts a page of its list") }
        #expect(found.map(\.path) == ["content/news/page/2.en.md", "content/news/page/2.ja.md"], "\(report.findings)")
        let draftSite = FixtureSite(drafted)
        defer { draftSite.remove() }
        try await draftSite.build()
        #expect(try await draftSite.failure(BuildOptions(drafts: true)).count == 2)
    }

    /// Partners are shown kind by kind: a paged list is cut in that order, so a kind's group is
    /// not split across pages and shown again after another kind.
    @Test func groupedListsAreCutInTheOrderTheyAreShown() async throws {
        var files: [String: String] = [
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/partners/_index.ja.md": "---\ntitle: パートナー\npaginate: 2\n---\n",
            "content/partners/_index.en.md": "---\ntitle: Partners\npaginate: 2\n---\n",
            "templates/list.mustache":
                "{{<base}}{{$main}}{{#groups}}<h2>{{value}}</h2>{{#pages}}<p>{{title}}</p>{{/pages}}{{/groups}}{{/main}}{{/base}}",
        ]
        // By weight: a university, a company, a university, a company.
        for (number, kind) in ["university", "company", "university", "company"].enumerated() {
            for language in ["ja", "en"] {
                files["content/partners/p\(number).\(language).md"] =
                    "---\ntitle: P\(number)\nkind: \(kind)\ncountry: JP\nweight: \(number)\n---\n"
            }
        }
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let first = try #require(site.read("en/partners/index.html"))
        #expect(first.contains("<h2>university</h2><p>P0</p><p>P2</p>") && !first.contains("company"))
        let second = try #require(site.read("en/partners/page/2/index.html"))
        #expect(second.contains("<h2>company</h2><p>P1</p><p>P3</p>") && !second.contains("university"))
    }

    /// A menu may lead to a later page (it exists); `paginate` on a page without a list warns.
    @Test func menusReachListPagesAndMisplacedSizesWarn() async throws {
        let yaml =
            FixtureSite.siteYAMLWithoutMenus
            + "menus:\n  ja: [ { title: 古い記事, path: news/page/2/ } ]\n  en: [ { title: Older, path: news/page/2/ } ]\n"
        let site = Self.site(extra: [
            "content/site.yaml": yaml,
            "content/news/n1.en.md": "---\ntitle: Item 1\ndate: 2025-02-09\npaginate: 2\n---\n",
        ])
        defer { site.remove() }
        let report = try await site.build()
        let warning = try #require(report.result.warnings.first { $0.message.contains("`paginate` has no list") })
        #expect(warning.path == "content/news/n1.en.md" && warning.line == 4)
        #expect(site.read("en/news/index.html")?.contains(#"<a class="menu" href="page/2/">Older</a>"#) == true)
    }

    @Test func theWindowOfPageLinksStaysShort() throws {
        let list = try #require(ListPages(entries: 1_700, size: 10))
        #expect(list.count == 170)
        #expect(list.window(around: 1) == [1, 2, 3, 170])
        #expect(list.window(around: 50) == [1, 48, 49, 50, 51, 52, 170])
        #expect(list.window(around: 170) == [1, 168, 169, 170])
        // An ellipsis never stands for a single number: that number is shown instead.
        #expect(list.window(around: 5) == [1, 2, 3, 4, 5, 6, 7, 170])
        #expect(list.window(around: 6) == [1, 4, 5, 6, 7, 8, 170])
        #expect(try #require(ListPages(entries: 5, size: 1)).window(around: 1) == [1, 2, 3, 4, 5])
        #expect(list.range(of: 170, entries: 1_700) == 1_690..<1_700)
        #expect(ListPages(entries: 10, size: 10) == nil && ListPages(entries: 11, size: 10)?.count == 2)
        #expect(ListPages.folder("en/events/", number: 1) == "en/events/")
        #expect(ListPages.folder("en/events/", number: 4) == "en/events/page/4/")
    }
}
