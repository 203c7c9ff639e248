import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Search on a whole site: the index and search page per language, and the build summary.
@Suite struct SiteSearchTests {
    static let searchTemplate = """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        <form action="index.html" data-lang="{{lang}}" data-index="{{home}}search-index.js"><input name="q"></form>
        <ul>{{#menu}}<li><a href="{{url}}">{{title}}</a></li>{{/menu}}</ul>{{/main}}{{/base}}
        """

    static let files: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n北九州の学術研究都市です。\n",
        "content/_index.en.md": "---\ntitle: Home\n---\nThe science park of Kitakyushu.\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/chips.ja.md":
            "---\ntitle: 半導体フォーラム\ndate: 2025-02-18\nvenue: 北九州市\nsummary: ＩＭＥＣと半導体を語る\n---\n## 産学連携\n台湾の新竹からも。\n",
        "content/events/chips.en.md":
            "---\ntitle: Semiconductor Forum\ndate: 2025-02-18\nvenue: Kitakyushu\nsummary: Talking chips with IMEC\n---\n## Collaboration\nGuests from Hsinchu, Taiwan, and startups.\n",
        "content/events/wind.ja.md":
            "---\ntitle: 洋上風力\ndate: 2025-04-01\nvenue: 響灘\n---\n風力発電。半導体の話も少し。\n",
        "content/events/wind.en.md":
            "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind power, and a word on semiconductors.\n",
        "content/events/draft.ja.md": "---\ntitle: 下書きの半導体\ndate: 2025-05-01\nvenue: 未定\ndraft: true\n---\n",
        "templates/search.mustache": searchTemplate,
        "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\nsearchTitle: サイト内検索\nhome: ホーム\n",
    ]

    static func indexJSON(_ site: FixtureSite, _ language: String) throws -> [String: Any] {
        let script = try #require(site.read("\(language)/search-index.js"))
        let start = try #require(script.range(of: "] = "))
        let json = script[start.upperBound...].dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func eachLanguageGetsAnIndexAndASearchPage() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        let report = try await site.build()
        let files = site.outputFiles()
        for language in ["ja", "en"] {
            #expect(files.contains("\(language)/search-index.js"))
            #expect(files.contains("\(language)/search-text.js"))
            #expect(files.contains("\(language)/search/index.html"))
        }
        let page = try #require(site.read("ja/search/index.html"))
        #expect(page.contains("<h1>サイト内検索</h1>"))
        #expect(page.contains(#"data-lang="ja" data-index="../search-index.js""#))
        #expect(page.contains(#"<a href="../events/">イベント</a>"#))
        #expect(page.contains(#"<a href="../../en/search/" hreflang="en">English</a>"#))
        #expect(report.summary.contains("search index "))
        #expect(report.summary.contains(" + snippets "))
        #expect(report.summary.contains("HTML "))
    }

    @Test func theIndexListsPublishedPagesOfItsLanguageOnly() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        try await site.build()
        let ja = try Self.indexJSON(site, "ja")
        let pages = try #require(ja["pages"] as? [[String]])
        #expect(pages.map { $0[0] } == ["ホーム", "イベント", "半導体フォーラム", "洋上風力"])
        #expect(pages[2] == ["半導体フォーラム", "events/chips/", "イベント", "ＩＭＥＣと半導体を語る"])
        #expect(pages[0][1] == "./")
        let terms = try #require(ja["terms"] as? [String: [Int]])
        #expect(terms["半導"] == [2, 10, 3, 1])
        #expect(terms["imec"] == [2, 2])
        #expect(terms["台湾"] == [2, 1])
        // The venue is a fact of the page, weighed like the summary.
        #expect(terms["響灘"] == [3, 2])
        #expect(terms["semiconductor"] == nil)
        let en = try Self.indexJSON(site, "en")
        let enTerms = try #require(en["terms"] as? [String: [Int]])
        #expect(enTerms["semiconductor"] == [2, 8, 3, 1])
        #expect(enTerms["半導"] == nil)
    }

    @Test func aThemeWithoutASearchTemplateGetsNoSearch() async throws {
        var files = Self.files
        files["templates/search.mustache"] = nil
        let site = FixtureSite(files)
        defer { site.remove() }
        let report = try await site.build()
        #expect(!site.outputFiles().contains { $0.contains("search") })
        #expect(!report.summary.contains("search index"))
    }

    @Test func theIndexIsByteIdenticalAcrossBuilds() async throws {
        let first = FixtureSite(Self.files)
        let second = FixtureSite(Self.files)
        defer {
            first.remove()
            second.remove()
        }
        try await first.build()
        try await second.build()
        #expect(first.read("ja/search-index.js") == second.read("ja/search-index.js"))
        #expect(first.read("en/search-index.js") == second.read("en/search-index.js"))
    }
}
