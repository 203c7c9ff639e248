import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Site data: `content/data/<name>.yaml` as `data.<name>` on every kind of page, each value in
/// the page's language; `check` and `build` on what is missing or cannot be read.
@Suite struct SiteDataTests {
    /// A base template that prints the data on every page that uses it.
    static let theme: [String: String] = FixtureSite.minimalTheme.merging([
        "templates/base.mustache": """
        <!doctype html><html lang="{{lang}}"><head><title>{{page.title}}</title></head><body>
        <p class="motto">{{data.site.motto}}</p>
        <ul class="links">{{#data.site.links}}<li><a href="{{home}}{{path}}">{{label}}</a></li>{{/data.site.links}}</ul>
        <p class="tags">{{#data.site.tags}}[{{.}}]{{/data.site.tags}}</p>
        {{#data.site.open}}<p class="open">open</p>{{/data.site.open}}{{^data.site.note}}<p class="no-note"></p>{{/data.site.note}}
        {{$main}}{{/main}}</body></html>
        """,
        "templates/404.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{/main}}{{/base}}",
        "templates/search.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{/main}}{{/base}}",
    ]) { $1 }

    static let siteData = """
        # The site's own words.
        motto: { ja: 知と産業の融合, en: "Knowledge & <industry>" }
        open: true
        note: ~
        tags: [GX, { ja: 半導体, en: Semiconductors }]
        links:
          - { path: news/, label: { ja: お知らせ, en: News } }
          - path: news/a/
            label:
              ja: 記事A
              en: Article A
        """

    static let files: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n", "content/_index.en.md": "---\ntitle: Home\n---\n",
        "content/news/_index.ja.md": "---\ntitle: お知らせ\n---\n",
        "content/news/_index.en.md": "---\ntitle: News\n---\n",
        "content/news/a.ja.md": "---\ntitle: 記事A\n---\n本文\n",
        "content/news/a.en.md": "---\ntitle: Article A\n---\nBody\n",
        "content/data/site.yaml": siteData,
    ]

    @Test func dataReachesEveryKindOfPageInItsLanguage() async throws {
        let site = FixtureSite(Self.files, theme: Self.theme)
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.warnings.isEmpty, "\(report.result.warnings)")
        // Home, landing, page, search page and 404 pages, in each language.
        let japanese = ["ja/index.html", "ja/news/index.html", "ja/news/a/index.html", "ja/search/index.html"]
        let english = ["en/index.html", "en/news/index.html", "en/news/a/index.html", "en/search/index.html"]
        for path in japanese + ["ja/404.html", "404.html"] {
            let page = try #require(site.read(path), "\(path) was not written")
            #expect(page.contains(#"<p class="motto">知と産業の融合</p>"#), "\(path)")
            #expect(page.contains("<p class=\"tags\">[GX][半導体]</p>"), "\(path)")
            #expect(page.contains(#"<p class="open">open</p>"#) && page.contains(#"<p class="no-note">"#), "\(path)")
        }
        for path in english + ["en/404.html"] {
            let page = try #require(site.read(path), "\(path) was not written")
            // Escaped as every value from content is.
            #expect(page.contains(#"<p class="motto">Knowledge &amp; &lt;industry&gt;</p>"#), "\(path)")
            #expect(page.contains("<p class=\"tags\">[GX][Semiconductors]</p>"), "\(path)")
        }
        // Addresses written in data, below the language's home, work from any page.
        #expect(site.read("en/index.html")?.contains(#"<a href="./news/a/">Article A</a>"#) == true)
        #expect(site.read("en/news/a/index.html")?.contains(#"<a href="../../news/">News</a>"#) == true)
        #expect(site.read("ja/news/a/index.html")?.contains(#"<a href="../../news/a/">記事A</a>"#) == true)
        // On 404 pages every address is absolute, and data stays as written.
        #expect(site.read("en/404.html")?.contains(#"<a href="https://example.org/en/news/">News</a>"#) == true)
    }

    @Test func aValueMissingALanguageIsACheckWarningAtItsKey() async throws {
        let data = """
            title: { ja: 見出し, en: Heading }
            items:
              - name: { ja: 半導体 }
            """
        let site = FixtureSite(Self.files.merging(["content/data/site.yaml": data]) { $1 }, theme: Self.theme)
        defer { site.remove() }
        try site.writeSources()
        let report = SiteCheck(source: try SiteLoader(root: site.root).load()).run()
        let warning = try #require(report.findings.first { $0.path == "content/data/site.yaml" })
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (3, 5))
        #expect(warning.message.contains("`name` is written in ja but not in en"))
        #expect(warning.hint?.contains("add `en: …`") == true)
        // `build` says the same, and English pages show the Japanese value meanwhile.
        let build = try await site.build()
        #expect(build.result.warnings.contains(warning))
    }

    @Test(arguments: [
        // A key's full-width colon, as a Japanese keyboard types it.
        ("title: 見出し\nmotto： 知\n", 2, 6, "full-width colon"),
        // A flow mapping left open: the parser stops at the next key.
        ("title: { ja: 見出し, en: Heading\nmotto: x\n", 2, 6, "invalid YAML"),
        // A list of texts and mappings, which templates cannot take.
        ("items:\n  - a\n  - { b: c }\n", 2, 3, "mixes texts"),
    ])
    func unreadableDataStopsTheBuildAtItsPosition(text: String, line: Int, column: Int, message: String)
        async throws
    {
        let site = FixtureSite(Self.files.merging(["content/data/site.yaml": text]) { $1 }, theme: Self.theme)
        defer { site.remove() }
        let problems = try await site.failure()
        let problem = try #require(problems.first { $0.path == "content/data/site.yaml" }, "\(problems)")
        #expect(problem.severity == .error)
        #expect((problem.line, problem.column) == (line, column), "\(problem)")
        #expect(problem.message.contains(message), "\(problem)")
        #expect(problem.hint != nil)
    }

    @Test func onlyYAMLFilesDirectlyInTheDataFolderAreData() {
        #expect(SiteData.isDataFile("data/home.yaml"))
        #expect(!SiteData.isDataFile("data/home.yml"))
        #expect(!SiteData.isDataFile("data/sub/home.yaml"))
        #expect(!SiteData.isDataFile("data/.yaml"))
        #expect(!SiteData.isDataFile("terms.yaml"))
        #expect(SiteData.name(of: "data/home.yaml") == "home")
    }
}
