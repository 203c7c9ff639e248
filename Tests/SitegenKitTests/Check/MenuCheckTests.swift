import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Menu entries of site.yaml that lead nowhere: `build` refuses them and `check` reports them,
/// at the entry's path in site.yaml; every form that leads to a page still builds.
@Suite struct MenuCheckTests {
    /// The paired fixture site with the English menu replaced by `entries` (YAML flow mappings).
    static func site(englishMenu entries: String, extra: [String: String] = [:]) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]", with: "en: [ \(entries) ]")
        for (path, text) in extra { files[path] = text }
        return FixtureSite(files)
    }

    /// The 1-based line of the English menu in the fixture's site.yaml, and the character column
    /// where `path` is written on it.
    static func position(of path: String, in entries: String) -> (line: Int, column: Int) {
        let lines = FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]", with: "en: [ \(entries) ]"
        ).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("en: [") }!
        let text = lines[line]
        let start = text.range(of: "path: " + path)!.lowerBound
        return (line + 1, text.distance(from: text.startIndex, to: start) + "path: ".count + 1)
    }

    struct Broken: CustomStringConvertible, Sendable {
        var path: String
        var message: String
        var hint: String
        var description: String { path }
    }

    static let broken: [Broken] = [
        Broken(
            path: "evnets/", message: "has the path `evnets/`, but the site has no page at en/evnets/",
            hint: "did you mean `events/`?"),
        Broken(
            path: "events", message: "without the `/` that ends a page's address", hint: "write `events/`"),
        Broken(
            path: "/strategy/vison/", message: "the site has no page at en/strategy/vison/",
            hint: "did you mean `strategy/vision/`?"),
        Broken(
            path: "https://example.org/", message: "an address outside the site",
            hint: "link to other sites from a page's text"),
        Broken(path: "../../", message: "leads above the site's root", hint: "relative to the en home"),
        Broken(
            path: "strategy/draft/", message: "leads to content/strategy/draft.en.md, which is a draft",
            hint: "removing `draft: true`"),
    ]

    @Test(arguments: broken)
    func buildRefusesAnEntryThatLeadsNowhere(_ entry: Broken) async throws {
        let entries = "{ title: Home, path: '' }, { title: Broken, path: \(entry.path) }"
        let site = Self.site(
            englishMenu: entries,
            extra: ["content/strategy/draft.en.md": "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n"])
        defer { site.remove() }
        let problems = try await site.failure()
        let expected = Self.position(of: entry.path, in: entries)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.path == "content/site.yaml")
        #expect(problem.line == expected.line)
        #expect(problem.column == expected.column)
        #expect(problem.message.contains("the en menu entry `Broken`"))
        #expect(problem.message.contains(entry.message), "\(problem.message)")
        #expect(problem.hint?.contains(entry.hint) == true, "\(problem.hint ?? "")")
        #expect(site.outputFiles().isEmpty)
    }

    /// A failed build leaves the previous site as it was.
    @Test func aBrokenMenuLeavesThePreviousSite() async throws {
        let good = Self.site(englishMenu: "{ title: Events, path: events/ }")
        defer { good.remove() }
        try await good.build()
        let before = good.outputFiles().map { ($0, good.read($0)) }
        var files = good.files
        files["content/site.yaml"] = files["content/site.yaml"]!.replacingOccurrences(
            of: "{ title: Events, path: events/ }", with: "{ title: Events, path: evnets/ }")
        let broken = FixtureSite(root: good.root, files: files)
        _ = try await broken.failure()
        let after = good.outputFiles().map { ($0, good.read($0)) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == before.map(\.1))
    }

    /// Every form that leads somewhere the build writes is accepted and links there.
    @Test func entriesThatLeadToAddressesOfTheSiteBuild() async throws {
        let entries = [
            "{ title: Home, path: '' }", "{ title: Events, path: /events/ }",
            "{ title: Vision, path: strategy/vision/#goals }", "{ title: Feed, path: feed.xml }",
            "{ title: Calendar, path: calendar.ics }", "{ title: Japanese, path: ../ja/events/ }",
            "{ title: Languages, path: ../ }", "{ title: Map, path: ../media/map.txt }",
        ].joined(separator: ", ")
        let site = Self.site(
            englishMenu: entries,
            extra: [
                "content/media/map.txt": "map\n",
                "content/strategy/vision.en.md": "---\ntitle: Vision\n---\n## Goals\n\nBody\n",
            ])
        defer { site.remove() }
        try await site.build()
        let vision = try #require(site.read("en/strategy/vision/index.html"))
        for link in [
            #"href="../../">Home<"#, #"href="../../events/">Events<"#, ##"href="#goals">Vision<"##,
            #"href="../../feed.xml">Feed<"#, #"href="../../calendar.ics">Calendar<"#,
            #"href="../../../ja/events/">Japanese<"#, #"href="../../../">Languages<"#,
            #"href="../../../media/map.txt">Map<"#,
        ] {
            #expect(vision.contains(link), "\(link)")
        }
    }

    @Test func checkReportsWhatBuildRefuses() async throws {
        let entries = "{ title: Events, path: evnets/ }"
        let site = Self.site(englishMenu: entries)
        defer { site.remove() }
        let report = SiteCheck(source: CheckFixture.source(site.files)).run()
        let expected = Self.position(of: "evnets/", in: entries)
        let menu = report.findings.filter { $0.path == "content/site.yaml" }
        #expect(menu.count == 1)
        #expect(menu.first?.line == expected.line && menu.first?.column == expected.column)
        #expect(menu.first?.severity == .error)
        #expect(menu.first?.message.contains("no page at en/evnets/") == true)
    }

    @Test(arguments: [
        ("events/", "en/events/"), ("/events/", "en/events/"), ("", "en/"), ("./", "en/"),
        ("events/#x", "en/events/"), ("events/?q=1", "en/events/"), ("feed.xml", "en/feed.xml"),
        ("../ja/", "ja/"), ("../", ""), ("..", ""), ("events/..", "en/"), ("a//b/", "en/a/b/"),
        ("events/index.html", "en/events/"), ("index.html", "en/"), ("../index.html", ""),
        ("../media/%E8%B3%87%E6%96%99.pdf", "media/資料.pdf"), ("%E6%97%A7/", "en/旧/"),
    ])
    func targetResolvesAgainstTheHome(_ path: String, _ target: String) {
        #expect(MenuCheck.target(of: path, language: "en") == target)
    }

    /// A page paired by `translationKey` under another slug has no address at its own slug in
    /// the other language: a menu entry there leads nowhere.
    @Test func aTranslationUnderAnotherSlugIsNotAtTheOriginalsAddress() async throws {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/vision.en.md"] = nil
        files["content/strategy/vision.ja.md"] = "---\ntitle: ビジョン\ntranslationKey: vision\n---\n本文\n"
        files["content/strategy/our-vision.en.md"] = "---\ntitle: Our vision\ntranslationKey: vision\n---\nBody\n"
        files["content/events/launch.en.md"] = files["content/events/launch.en.md"]!.replacingOccurrences(
            of: "../strategy/vision.md", with: "../strategy/our-vision.md")
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]", with: "en: [ { title: Vision, path: strategy/vision/ } ]")
        let site = FixtureSite(files)
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.message.contains("no page at en/strategy/vision/"))
        #expect(problem.hint?.contains("did you mean `strategy/our-vision/`?") == true, "\(problem.hint ?? "")")
    }

    /// Only a close page is suggested; a path like no page gets the rule alone.
    @Test func onlyAClosePageIsSuggested() async throws {
        let site = Self.site(englishMenu: "{ title: Archive, path: archive/ }")
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.message.contains("no page at en/archive/"))
        #expect(problem.hint?.contains("did you mean") == false, "\(problem.hint ?? "")")
    }

    /// A feed or calendar is an address only in a language that gets one.
    @Test func feedsAndCalendarsCountWhereTheyAreWritten() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
        let index = try SiteIndex(
            config: config, pages: [SiteIndexChildrenTests.page("", "_index", "en", title: "Home")])
        let none = SiteAddresses(
            index: index, hasSearch: false, feeds: [], calendars: [], assets: [:], media: [String]()
        ).menuTargets
        #expect(!none.contains("en/feed.xml") && !none.contains("en/calendar.ics"))
        let both = SiteAddresses(
            index: index, hasSearch: true, feeds: ["en"], calendars: ["en"], assets: [:], media: [String]()
        ).menuTargets
        #expect(both.contains("en/feed.xml") && both.contains("en/calendar.ics") && both.contains("en/search/"))
        #expect(!both.contains("ja/feed.xml") && !both.contains("en/404.html"))
    }

    @Test func targetAboveTheRootIsNil() {
        #expect(MenuCheck.target(of: "../../", language: "en") == nil)
        #expect(MenuCheck.target(of: "a/../../../", language: "en") == nil)
    }

    /// An entry's `#fragment` must be a heading or id of the page it leads to: `build` stops at
    /// the entry, `check` says the same, and a fragment the page has builds.
    @Test func aFragmentThePageLacksStopsTheBuild() async throws {
        let vision = ["content/strategy/vision.en.md": "---\ntitle: Vision\n---\n## Our targets\n\nText\n"]
        let good = Self.site(
            englishMenu: "{ title: Events, path: events/ }, { title: Targets, path: strategy/vision/#our-targets }",
            extra: vision)
        defer { good.remove() }
        try await good.build()
        let entries = "{ title: Events, path: events/ }, { title: Targets, path: strategy/vision/#targets }"
        let bad = Self.site(englishMenu: entries, extra: vision)
        defer { bad.remove() }
        let problem = try #require(try await bad.failure().first)
        let place = Self.position(of: "strategy/vision/#targets", in: entries)
        #expect(problem.path == "content/site.yaml" && problem.line == place.line && problem.column == place.column)
        #expect(
            problem.message
                == "the en menu entry `Targets` leads to `#targets`, which is no heading or id of content/strategy/vision.en.md"
        )
        #expect(problem.hint?.contains("#our-targets") == true, "\(problem.hint ?? "")")
        let report = CheckFixture.check(bad.files.mapValues { Optional($0) })
        #expect(report.findings.contains { $0.description == problem.description }, "\(report.text)")
    }
}
