import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A site that declares sections sitegen has never heard of: `news` (a required source
/// address, newest first) and `people` (a role among choices, grouped by role). It builds,
/// checks and scaffolds with no Swift written for it.
@Suite struct ContentModelTests {
    static let siteYAML = """
        baseURL: https://example.org/
        timezone: Asia/Tokyo
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: 研究所 }
          en: { name: English, locale: en_US, title: The Institute }
        sections:
          news:
            keys:
              date: { type: date, required: true }
              source: { type: url, required: true }
              tags: { type: list }
            facts: [date, source]
            order: date-descending
            schema: NewsArticle
          people:
            keys:
              role: { type: choice, of: [director, researcher, staff], required: true }
              country: { type: country }
              joined: { type: date-or-month }
              fulltime: { type: boolean }
              office: { type: number }
            facts: [role]
            order: title
            groupBy: role
        """

    static let theme: [String: String] = {
        var theme = FixtureSite.minimalTheme
        theme["templates/news.mustache"] =
            "{{<base}}{{$main}}<h1>{{page.title}}</h1><a class=\"source\" href=\"{{page.params.source}}\">{{page.params.sourceLabel}}</a>{{#page.params.tags}}<i>{{.}}</i>{{/page.params.tags}}{{/main}}{{/base}}"
        theme["templates/list-news.mustache"] =
            "{{<base}}{{$main}}{{#pages}}<p>{{title}} {{date.iso}}</p>{{/pages}}{{/main}}{{/base}}"
        theme["templates/people.mustache"] =
            "{{<base}}{{$main}}<h1>{{page.title}}</h1><p class=\"role\">{{page.params.roleLabel}}</p><p class=\"country\">{{page.params.countryName}}</p>{{#page.params.joined}}<time datetime=\"{{iso}}\">{{text}}</time>{{/page.params.joined}}{{#page.params.fulltime}}<b>full</b>{{/page.params.fulltime}}<s>{{page.params.office}}</s>{{/main}}{{/base}}"
        theme["templates/list-people.mustache"] =
            "{{<base}}{{$main}}{{#groups}}<h2 id=\"{{value}}\">{{title}}</h2>{{#pages}}<p>{{title}}</p>{{/pages}}{{/groups}}{{/main}}{{/base}}"
        theme["templates/i18n/ja.yaml"] =
            "notTranslated: 未翻訳です\nrole_director: 所長\nrole_researcher: 研究員\nroles_researcher: 研究員一覧\n"
        theme["templates/i18n/en.yaml"] =
            "notTranslated: Not translated yet\nrole_director: Director\nrole_researcher: Researcher\nroles_researcher: Our researchers\n"
        return theme
    }()

    static let files: [String: String] = {
        var files = ["content/site.yaml": siteYAML]
        for (language, title) in [("ja", "ホーム"), ("en", "Home")] {
            files["content/_index.\(language).md"] = "---\ntitle: \(title)\n---\n"
            files["content/news/_index.\(language).md"] = "---\ntitle: News\n---\n"
            files["content/people/_index.\(language).md"] = "---\ntitle: People\n---\n"
            files["content/news/old.\(language).md"] =
                "---\ntitle: Old \(language)\ndate: 2024-01-05\nsource: https://www.example.jp/old/\n---\nOld.\n"
            files["content/news/new.\(language).md"] =
                "---\ntitle: New \(language)\ndate: 2026-03-01\nsource: https://www.example.jp/\ntags: [ai, 半導体]\n---\nNew.\n"
            files["content/people/yamada.\(language).md"] =
                "---\ntitle: Yamada\nrole: director\ncountry: JP\njoined: 2001-04\nfulltime: true\noffice: 12\n---\n"
            files["content/people/lee.\(language).md"] = "---\ntitle: Lee\nrole: researcher\ncountry: TW\n---\n"
            files["content/people/abe.\(language).md"] = "---\ntitle: Abe\nrole: researcher\n---\n"
        }
        return files
    }()

    @Test func theSiteBuildsWithTypedValuesInItsTemplates() async throws {
        let site = FixtureSite(Self.files, theme: Self.theme)
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.warnings.isEmpty, "\(report.result.warnings)")
        let news = try #require(site.read("en/news/new/index.html"))
        #expect(news.contains(#"<a class="source" href="https://www.example.jp/">www.example.jp</a>"#))
        #expect(news.contains("<i>ai</i><i>半導体</i>"))
        let list = try #require(site.read("en/news/index.html"))
        let newer = try #require(list.range(of: "New en 2026-03-01"))
        let older = try #require(list.range(of: "Old en 2024-01-05"))
        #expect(newer.lowerBound < older.lowerBound, "newest first")
        let person = try #require(site.read("ja/people/yamada/index.html"))
        #expect(person.contains(#"<p class="role">所長</p><p class="country">日本</p>"#))
        #expect(person.contains(#"<time datetime="2001-04">2001年4月</time><b>full</b><s>12</s>"#))
        let english = try #require(site.read("en/people/lee/index.html"))
        #expect(english.contains(#"<p class="role">Researcher</p><p class="country">Taiwan</p>"#))
        // Grouped by role in the order of its choices, titled by the theme's plural strings.
        let people = try #require(site.read("en/people/index.html"))
        #expect(
            people.contains(
                #"<h2 id="director">Director</h2><p>Yamada</p><h2 id="researcher">Our researchers</h2><p>Abe</p><p>Lee</p>"#
            ), "\(people)")
    }

    @Test func checkNamesAMissingKeyAtItsLineAndTheChoicesOfAWrongOne() {
        var files = Self.files
        files["content/news/new.en.md"] = "---\ntitle: New\ndate: 2026-03-01\n---\nNo source.\n"
        files["content/people/lee.en.md"] = "---\ntitle: Lee\nrole: reseacher\ncountry: TW\n---\n"
        files["content/people/abe.en.md"] = "---\ntitle: Abe\nrole: staff\nsauce: x\n---\n"
        let report = SiteCheck(source: CheckFixture.source(files, theme: Self.theme)).run()
        let lines = report.findings.map(\.description)
        #expect(
            lines.contains(
                "content/news/new.en.md:2:1: error: news pages need `source`; add `source: https://www.example.org/` to the front matter"
            ), "\(lines)")
        #expect(
            lines.contains(
                "content/people/lee.en.md:3:7: error: `role` is `reseacher`, which is not one of its choices; did you mean `researcher`? use one of director, researcher, staff"
            ), "\(lines)")
        // A key the section does not declare: an error in check, with the nearest it has.
        #expect(
            lines.contains { $0.hasPrefix("content/people/abe.en.md:4:1: error: `sauce` is not a front matter key") },
            "\(lines)")
    }

    @Test func newWritesTheDeclaredKeys() throws {
        let config = try SiteConfig.parse(Self.siteYAML, path: "content/site.yaml")
        let now = Date(timeIntervalSince1970: 1_774_987_200)
        let news = try PageSkeleton.files(for: "news/launch", config: config, now: now)[0].text
        #expect(news == "---\ntitle: \nsummary: \ndate: 2026-04-01\nsource:   # https://…\n# tags: []\n---\n\n")
        let person = try PageSkeleton.files(for: "people/sato", config: config, now: now)[1].text
        #expect(person.contains("\nrole:   # director, researcher, staff\n"))
        #expect(person.contains("\n# fulltime: false\n") && person.contains("\nupdated: 2026-04-01\n"))
    }

    @Test(arguments: [
        (
            "      source: { type: adress }",
            "content/site.yaml:11:23: error: `adress` is not a key type sitegen knows; use one of text, date"
        ),
        ("      source: { type: choice }", "content/site.yaml:11:23: error: a `choice` key needs `of`"),
        (
            "      source: { type: url, requried: true }",
            "content/site.yaml:11:28: error: `requried` is not a setting of key `source`; did you mean `required`?"
        ),
    ])
    func mistakesInTheDeclarationAreNamedAtTheirPlace(_ line: String, _ expected: String) {
        let yaml = Self.siteYAML.replacingOccurrences(of: "      source: { type: url, required: true }", with: line)
        #expect(throws: Diagnostic.self) { try SiteConfig.parse(yaml, path: "content/site.yaml") }
        do {
            _ = try SiteConfig.parse(yaml, path: "content/site.yaml")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    /// Facts agree between translations: a key written in each language's words cannot be one.
    @Test func factsAreNotWordedKeys() {
        let yaml = Self.siteYAML.replacingOccurrences(of: "facts: [role]", with: "facts: [role, title]")
        #expect(throws: Diagnostic.self) { try SiteConfig.parse(yaml, path: "content/site.yaml") }
    }

    /// An event whose end is a month gets no calendar entry: DTEND would need a day.
    @Test func aMonthEndGetsNoCalendarEntry() async throws {
        var files = FiscalYearTests.files
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "endDate: { type: date }", with: "endDate: { type: date-or-month }"
        ).replacingOccurrences(of: "venue: { type: text, required: true }", with: "venue: { type: text }")
        for language in ["ja", "en"] {
            files["content/events/span.\(language).md"] = "---\ntitle: Span\ndate: 2023-05-01\nendDate: 2023-06\n---\n"
        }
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/events/span/index.html") != nil)
        #expect(site.read("en/events/span/event.ics") == nil)
        #expect(site.read("en/events/may/event.ics") != nil)
    }

    @Test func groupByMustNameARequiredKey() {
        let yaml = Self.siteYAML.replacingOccurrences(
            of: "role: { type: choice, of: [director, researcher, staff], required: true }",
            with: "role: { type: choice, of: [director, researcher, staff] }")
        #expect(throws: Diagnostic.self) { try SiteConfig.parse(yaml, path: "content/site.yaml") }
    }

    @Test func groupByMustNameAChoiceKey() {
        let yaml = Self.siteYAML.replacingOccurrences(of: "groupBy: role", with: "groupBy: country")
        do {
            _ = try SiteConfig.parse(yaml, path: "content/site.yaml")
            Issue.record("accepted groupBy on a country key")
        } catch {
            #expect(
                error.description.contains("`groupBy` must name a `choice` key of section `people`; use one of role"))
        }
    }
}
