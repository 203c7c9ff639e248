import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Taxonomies declared in site.yaml: a page per term and a list of terms in each language,
/// labels from the terms file so that 半導体 and Semiconductors are one term, terms and related
/// pages on each page, term feeds, the sitemap, and the checks of what pages list.
@Suite struct TaxonomyTests {
    static let siteYAML =
        FixtureSite.siteYAML.replacingOccurrences(of: "theme: { builtIn: false }\n", with: "")
        + "\ntaxonomies:\n  topics:\n    label: { ja: トピック, en: Topics }\n"

    static let files: [String: String] = [
        "content/site.yaml": siteYAML,
        "content/data/topics.yaml":
            "semiconductors: { ja: 半導体, en: Semiconductors }\ngx: { ja: GX, en: Green transformation }\n",
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
        "content/_index.en.md": "---\ntitle: Home\n---\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/launch.ja.md":
            "---\ntitle: 発表会\ndate: 2025-02-18\nvenue: 北九州市\ntopics: [半導体]\n---\n発表\n",
        "content/events/launch.en.md":
            "---\ntitle: Launch\ndate: 2025-02-18\nvenue: Kitakyushu\ntopics: [Semiconductors]\n---\nLaunch\n",
        "content/strategy/_index.ja.md": "---\ntitle: 戦略\n---\n",
        "content/strategy/_index.en.md": "---\ntitle: Strategy\n---\n",
        "content/strategy/a.ja.md": "---\ntitle: 方向性A\ntopics: [半導体, GX]\n---\n本文A\n",
        "content/strategy/a.en.md": "---\ntitle: Direction A\ntopics: [semiconductors, gx]\n---\nBody A\n",
        "content/strategy/b.ja.md": "---\ntitle: 方向性B\ntopics: GX\n---\n本文B\n",
        "content/strategy/b.en.md": "---\ntitle: Direction B\ntopics: [Green transformation]\n---\nBody B\n",
        "content/strategy/c.ja.md": "---\ntitle: 方向性C\n---\n本文C\n",
        "content/strategy/c.en.md": "---\ntitle: Direction C\n---\nBody C\n",
    ]

    static func site(_ changes: [String: String] = [:]) -> FixtureSite {
        FixtureSite(files.merging(changes) { $1 }, theme: [:])
    }

    @Test func eachTermHasAPageInEachLanguageAtItsKey() async throws {
        let site = Self.site()
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.warnings.isEmpty, "\(report.result.warnings)")
        let japanese = try #require(site.read("ja/topics/semiconductors/index.html"))
        #expect(japanese.contains("<h1>半導体</h1>"))
        #expect(japanese.contains(">方向性A</a>") && japanese.contains(">発表会</a>"))
        #expect(!japanese.contains("方向性B"))
        // The switcher leads to the same term in English, and hreflang says so.
        #expect(japanese.contains(#"<a href="../../../en/topics/semiconductors/" lang="en" hreflang="en">English</a>"#))
        #expect(
            japanese.contains(
                #"<link rel="alternate" hreflang="en" href="https://example.org/en/topics/semiconductors/">"#))
        let english = try #require(site.read("en/topics/gx/index.html"))
        #expect(english.contains("<h1>Green transformation</h1>"))
        #expect(english.contains(">Direction A</a>") && english.contains(">Direction B</a>"))
        // The list of terms, most pages first, with counts.
        let topics = try #require(site.read("ja/topics/index.html"))
        #expect(topics.contains("<h1>トピック</h1>"))
        let semiconductors = try #require(
            topics.range(of: #"<a class="term" href="semiconductors/">半導体 <span class="term-count">2"#))
        let gx = try #require(topics.range(of: #"<a class="term" href="gx/">GX <span class="term-count">2"#))
        #expect(gx.lowerBound < semiconductors.lowerBound)  // equal counts: by label
    }

    @Test func pagesShowTheirTermsAndRelatedPages() async throws {
        let site = Self.site([
            "content/strategy/d.ja.md": "---\ntitle: 方向性D\nweight: 9\ntopics: [GX, 半導体]\n---\n本文D\n",
            "content/strategy/d.en.md":
                "---\ntitle: Direction D\nweight: 9\ntopics: [gx, semiconductors]\n---\nBody D\n",
        ])
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("ja/strategy/a/index.html"))
        #expect(page.contains(#"<span class="terms-name"><a href="../../topics/">トピック</a>：</span>"#))
        #expect(page.contains(#"<li><a class="term" href="../../topics/semiconductors/" rel="tag">半導体</a></li>"#))
        #expect(page.contains(#"<li><a class="term" href="../../topics/gx/" rel="tag">GX</a></li>"#))
        // Related: pages of the same language sharing a term; none shares both, so list order.
        // Related: the page sharing both terms first, then those sharing one, in list order.
        let after = try #require(page.components(separatedBy: #"<section class="related""#).last)
        let related = try #require(after.components(separatedBy: "</section>").first)
        let titles = related.matches(of: /<li><a href="[^"]*">([^<]*)<\/a><\/li>/).map { String($0.output.1) }
        #expect(titles.first == "方向性D")
        #expect(Set(titles) == ["方向性D", "方向性B", "発表会"])
        #expect(!related.contains("Direction"))
        #expect(site.read("ja/strategy/c/index.html")?.contains("class=\"terms\"") == false)
    }

    @Test func aTermWithDatedPagesHasAFeedAndTheSitemapListsTermPages() async throws {
        let site = Self.site()
        defer { site.remove() }
        try await site.build()
        let feed = try #require(site.read("en/topics/semiconductors/feed.xml"))
        #expect(feed.contains("<title>Test Site – Semiconductors</title>"))
        #expect(
            feed.contains(
                "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/en/topics/semiconductors/\"/>"))
        #expect(feed.contains("<title>Launch</title>") && !feed.contains("Direction A"))
        #expect(site.read("en/topics/gx/feed.xml") == nil)
        #expect(site.read("en/topics/semiconductors/index.html")?.contains("href=\"feed.xml\"") == true)
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/ja/topics/semiconductors/</loc>"))
        #expect(
            sitemap.contains(
                #"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/topics/semiconductors/"/>"#))
        #expect(sitemap.contains("<loc>https://example.org/en/topics/</loc>"))
    }

    @Test func aPagedTaxonomyCutsTermLists() async throws {
        let site = Self.site([
            "content/site.yaml": Self.siteYAML.replacingOccurrences(
                of: "label: { ja: トピック, en: Topics }", with: "label: { ja: トピック, en: Topics }\n    paginate: 1")
        ])
        defer { site.remove() }
        try await site.build()
        let second = try #require(site.read("ja/topics/semiconductors/page/2/index.html"))
        #expect(second.contains(">方向性A</a>") != second.contains(">発表会</a>"))
        #expect(
            second.contains(
                #"<link rel="alternate" hreflang="en" href="https://example.org/en/topics/semiconductors/page/2/">"#))
    }

    @Test func aScheduledPageIsOnNoTermPage() async throws {
        let site = Self.site([
            "content/strategy/b.en.md":
                "---\ntitle: Direction B\npublishDate: 2999-01-01\ntopics: [Green transformation]\n---\nBody B\n"
        ])
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/topics/gx/index.html")?.contains("Direction B") == false)
    }

    @Test func termsWithoutATermsFileAreTheirOwnLabels() async throws {
        var changes = [
            "content/strategy/c.ja.md": "---\ntitle: 方向性C\ntopics: [機械 学習]\n---\n本文C\n",
            "content/strategy/c.en.md": "---\ntitle: Direction C\ntopics: [Machine Learning]\n---\nBody C\n",
        ]
        changes["content/data/topics.yaml"] = nil
        var files = Self.files.merging(changes.compactMapValues { $0 }) { $1 }
        files["content/data/topics.yaml"] = nil
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        let report = try await site.build()
        #expect(site.read("en/topics/machine-learning/index.html")?.contains("<h1>Machine Learning</h1>") == true)
        #expect(site.read("ja/topics/機械-学習/index.html")?.contains("<h1>機械 学習</h1>") == true)
        #expect(site.read("sitemap.xml")?.contains("ja/topics/%E6%A9%9F%E6%A2%B0-%E5%AD%A6%E7%BF%92/") == true)
        // Without a terms file, 半導体 and Semiconductors are two terms, each on one side.
        #expect(report.result.warnings.contains { $0.message.contains("term `半導体` is listed only in some languages") })
    }

    @Test func mistakesInTermsAreWarnedAtTheirLine() async throws {
        let site = Self.site([
            "content/strategy/c.ja.md": "---\ntitle: 方向性C\ntopics: [半導休]\n---\n本文C\n",
            "content/strategy/c.en.md": "---\ntitle: Direction C\ntopics: [\"ＧＸ\", semiconductors ]\n---\nBody C\n",
            "content/strategy/d.en.md": "---\ntitle: Direction D\ntopics: [Semiconductors, AI]\n---\nBody D\n",
            "content/strategy/e.en.md": "---\ntitle: Direction E\ntopics: [ai]\n---\nBody E\n",
        ])
        defer { site.remove() }
        let report = try await site.build()
        let warnings = report.result.warnings
        func warning(_ path: String, _ text: String) -> Diagnostic? {
            warnings.first { $0.path == path && $0.message.contains(text) }
        }
        let unknown = try #require(warning("content/strategy/c.ja.md", "`半導休` is not a topics term"))
        #expect(unknown.line == 3 && unknown.hint == "did you mean `半導体`?")
        // Full-width ＧＸ is not GX: the terms file does not have it, and it reads like `gx`.
        #expect(warning("content/strategy/c.en.md", "`ＧＸ` is not a topics term") != nil)
        #expect(warning("content/strategy/c.en.md", "the topics term `ＧＸ` looks like `gx`") != nil)
        let twoWays = try #require(warning("content/strategy/e.en.md", "the topics term `ai` looks like `AI`"))
        #expect(twoWays.line == 3)
        let oneSided = try #require(
            warnings.first { $0.message.contains("the topics term `AI` is listed only in some languages") })
        #expect(oneSided.path == "content/strategy/d.en.md")
        #expect(oneSided.message.contains("no 日本語 (ja) page lists it"))
        // check says the same, as warnings.
        try site.writeSources()
        let findings = SiteCheck(source: try SiteLoader(root: site.root).load()).run().findings
        #expect(findings.contains { $0.message.contains("`半導休` is not a topics term") && $0.severity == .warning })
    }

    @Test func aSectionWhereATaxonomyGoesStopsTheBuild() async throws {
        let site = Self.site([
            "content/topics/_index.ja.md": "---\ntitle: 話題\n---\n",
            "content/topics/_index.en.md": "---\ntitle: Topics\n---\n",
        ])
        defer { site.remove() }
        let problems = try await site.failure()
        let problem = try #require(problems.first { $0.path == "content/site.yaml" })
        #expect(problem.message.contains("the taxonomy `topics` would write site/ja/topics/index.html"))
        #expect(problem.line == Self.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
    }

    @Test(arguments: [
        ("taxonomies: [Topics]", "a taxonomy's name is the front matter key"),
        ("taxonomies: [title]", "`title` cannot be a taxonomy"),
        ("taxonomies: { topics: { label: { fr: Sujets } } }", "names it in a language the site does not have"),
        ("taxonomies: { topics: { paginate: 0 } }", "must be a number of entries per page"),
        ("taxonomies: topics", "must be a list of names or a mapping"),
    ])
    func aTaxonomyThatCannotBeReadIsAnError(yaml: String, message: String) {
        #expect {
            try SiteConfig.parse(FixtureSite.siteYAML + "\n" + yaml + "\n", path: "content/site.yaml")
        } throws: { error in
            (error as? Diagnostic)?.message.contains(message) == true
        }
    }
}
