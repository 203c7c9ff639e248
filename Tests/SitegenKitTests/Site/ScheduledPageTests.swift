import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `publishDate` and `expiryDate`: a page before the one or after the other is in no output
/// (page, list, feeds, sitemap, search, calendar) unless `--future` or `--expired` is given;
/// times are read on the site's clock (Asia/Tokyo here), whatever the machine's.
@Suite struct ScheduledPageTests {
    /// An events section with a calendar and feeds, in the built-in theme (which has search),
    /// with one event going up on 2027-04-01 09:00 and one that came down on 2026-12-31.
    static let files: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML.replacingOccurrences(of: "theme: { builtIn: false }\n", with: ""),
        "content/_index.ja.md": "---\ntitle: ホーム\n---\nようこそ\n",
        "content/_index.en.md": "---\ntitle: Home\n---\nWelcome\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/forum.ja.md":
            "---\ntitle: 半導体フォーラム\ndate: 2027-05-10\nvenue: 北九州市\npublishDate: 2027-04-01T09:00\n---\n予約公開の本文\n",
        "content/events/forum.en.md":
            "---\ntitle: Semiconductor Forum\ndate: 2027-05-10\nvenue: Kitakyushu\npublishDate: 2027-04-01T09:00\n---\nScheduledbody\n",
        "content/events/fair.ja.md":
            "---\ntitle: 終了した見本市\ndate: 2026-10-01\nvenue: 北九州市\nexpiryDate: 2026-12-31\n---\n期限切れの本文\n",
        "content/events/fair.en.md":
            "---\ntitle: Past Fair\ndate: 2026-10-01\nvenue: Kitakyushu\nexpiryDate: 2026-12-31\n---\nExpiredbody\n",
        "content/events/talk.ja.md": "---\ntitle: 講演会\ndate: 2026-11-01\nvenue: 北九州市\n---\n講演\n",
        "content/events/talk.en.md": "---\ntitle: Public Talk\ndate: 2026-11-01\nvenue: Kitakyushu\n---\nTalk\n",
    ]

    /// The files a reader could find a page in, other than the page itself.
    static let outputs = [
        "en/events/index.html", "en/index.html", "en/feed.xml", "en/events/feed.xml", "en/calendar.ics",
        "en/search-index.js", "en/search-text.js", "sitemap.xml",
    ]

    static func at(_ time: String) -> BuildOptions {
        BuildOptions(now: ScheduleTime(time))
    }

    /// Every output that names `text`, among the page's own and `outputs`.
    static func mentions(_ text: String, in site: FixtureSite, page: String) -> [String] {
        ([page] + outputs).filter { site.read($0)?.contains(text) == true }
    }

    @Test func aPageIsLeftOutOfEveryOutputUntilItsPublishDate() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        // 08:59 in Tokyo is 23:59 UTC the day before: the site's clock decides, not UTC's.
        let before = try await site.build(Self.at("2027-04-01T08:59"))
        #expect(Self.mentions("Semiconductor Forum", in: site, page: "en/events/forum/index.html").isEmpty)
        #expect(Self.mentions("Scheduledbody", in: site, page: "en/events/forum/index.html").isEmpty)
        #expect(site.read("ja/events/forum/index.html") == nil)
        #expect(!(site.read("ja/events/index.html") ?? "").contains("半導体フォーラム"))
        #expect(site.read("en/events/talk/index.html") != nil)
        #expect(before.result.heldBack.map(\.page.source).sorted().contains("content/events/forum.en.md"))
        #expect(
            before.summary.contains(
                "2 scheduled pages (--future includes them); the next, content/events/forum.en.md, is due 2027-04-01 09:00 Asia/Tokyo"
            ))

        try await site.build(Self.at("2027-04-01T00:00Z"))  // 09:00 in Tokyo
        let found = Self.mentions("Semiconductor Forum", in: site, page: "en/events/forum/index.html")
        #expect(
            Set(found).isSuperset(of: ["en/events/forum/index.html", "en/events/index.html", "en/events/feed.xml"]))
        #expect(Self.mentions("Scheduledbody", in: site, page: "en/events/forum/index.html").count >= 2)
        #expect(site.read("sitemap.xml")?.contains("ja/events/forum/") == true)
        #expect(site.read("en/calendar.ics")?.contains("Semiconductor Forum") == true)
    }

    @Test func futureIncludesWhatIsNotYetDue() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        var options = Self.at("2027-01-15")
        options.future = true
        let report = try await site.build(options)
        #expect(site.read("ja/events/forum/index.html")?.contains("予約公開の本文") == true)
        #expect(site.read("en/events/fair/index.html") == nil)
        #expect(report.summary.contains("2 expired pages (--expired includes them)"))
        #expect(!report.summary.contains("scheduled"))
    }

    @Test func aPageIsLeftOutFromItsExpiryDateUnlessExpiredIsGiven() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        try await site.build(Self.at("2026-12-30T23:59"))
        #expect(site.read("en/events/fair/index.html")?.contains("Expiredbody") == true)
        #expect(site.read("en/calendar.ics")?.contains("Past Fair") == true)

        try await site.build(Self.at("2026-12-31"))
        #expect(Self.mentions("Past Fair", in: site, page: "en/events/fair/index.html").isEmpty)
        #expect(Self.mentions("Expiredbody", in: site, page: "en/events/fair/index.html").isEmpty)
        #expect(!(site.read("ja/events/index.html") ?? "").contains("終了した見本市"))
        #expect(site.read("sitemap.xml")?.contains("events/fair/") == false)

        var options = Self.at("2026-12-31")
        options.expired = true
        try await site.build(options)
        #expect(site.read("ja/events/fair/index.html")?.contains("期限切れの本文") == true)
    }

    @Test func aLinkOrAMenuEntryToAPageHeldBackIsAnError() async throws {
        var files = Self.files
        files["content/events/talk.en.md"] =
            "---\ntitle: Public Talk\ndate: 2026-11-01\nvenue: Kitakyushu\n---\nSee [the forum](forum.md).\n"
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        let problems = try await site.failure(Self.at("2027-01-15"))
        let link = try #require(problems.first { $0.path == "content/events/talk.en.md" })
        #expect(link.line == 6)
        #expect(
            link.message
                == "the link `forum.md` points to content/events/forum.en.md, which is not published until 2027-04-01 09:00 (`publishDate`)"
        )
        #expect(link.hint?.contains("--future") == true)
        // With the page in the build, the link leads to it.
        var options = Self.at("2027-01-15")
        options.future = true
        try await site.build(options)
        #expect(site.read("en/events/talk/index.html")?.contains("href=\"../forum/\"") == true)

        var menuFiles = Self.files
        menuFiles["content/site.yaml"] = Self.files["content/site.yaml"]!.replacingOccurrences(
            of: "{ title: Events, path: events/ }",
            with: "{ title: Events, path: events/ }, { title: Fair, path: events/fair/ }")
        let menuSite = FixtureSite(menuFiles, theme: [:])
        defer { menuSite.remove() }
        let menuProblems = try await menuSite.failure(Self.at("2027-01-15"))
        #expect(
            menuProblems.map(\.message).contains(
                "the en menu entry `Fair` leads to content/events/fair.en.md, which was taken down on 2026-12-31 (`expiryDate`)"
            ))
    }

    @Test func aScheduleThatIsNotADayIsAnErrorAtItsLine() async throws {
        var files = Self.files
        files["content/events/talk.ja.md"] =
            "---\ntitle: 講演会\ndate: 2026-11-01\nvenue: 北九州市\npublishDate: 2027-04\n---\n講演\n"
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.path == "content/events/talk.ja.md")
        #expect(problem.line == 5 && problem.column == 14)
        #expect(problem.message == "`publishDate` is `2027-04`, which is not a day or a day and a time")
        #expect(problem.hint == "`publishDate` needs a day: write e.g. 2027-04-01")
    }

    @Test func anExpiryBeforeThePublishDateIsAWarning() async throws {
        var files = Self.files
        files["content/events/talk.en.md"] =
            "---\ntitle: Public Talk\ndate: 2026-11-01\nvenue: Kitakyushu\npublishDate: 2027-02-01\nexpiryDate: 2027-01-01\n---\nTalk\n"
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        let report = try await site.build(Self.at("2026-12-01"))
        let warning = try #require(report.result.warnings.first { $0.path == "content/events/talk.en.md" })
        #expect(warning.line == 6)
        #expect(warning.message.contains("is not after `publishDate` (2027-02-01), so no build shows this page"))
    }

    @Test func timesAreReadOnTheSitesClockOrAtTheirOffset() throws {
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let local = try #require(ScheduleTime("2027-04-01T09:00"))
        let withOffset = try #require(ScheduleTime("2027-04-01T09:00:00+02:00"))
        let utc = try #require(ScheduleTime("2027-04-01 00:00Z"))
        #expect(local.instant(in: tokyo) == utc.instant(in: tokyo))
        #expect(withOffset.instant(in: tokyo).timeIntervalSince(utc.instant(in: tokyo)) == 7 * 3600)
        #expect(withOffset.description == "2027-04-01 09:00 +02:00")
        for wrong in ["2027-04", "FY2027", "2027-04-01T9:00", "2027-04-01T24:00", "2027-02-30", "2027-04-01T09:00+9"] {
            #expect(ScheduleTime(wrong) == nil, "\(wrong)")
        }
    }

    @Test func checkChecksPagesHeldBackAgainstTheSiteThatIncludesThem() throws {
        var files = Self.files
        files["content/events/forum.en.md"] =
            "---\ntitle: Semiconductor Forum\ndate: 2027-05-10\nvenue: Kitakyushu\npublishDate: 2999-01-01\n---\n[Talk](talk.md) and [nothing](nothing.md)\n"
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        try site.writeSources()
        let source = try SiteLoader(root: site.root).load()
        let report = SiteCheck(source: source).run()
        let problems = report.findings.filter { $0.path == "content/events/forum.en.md" }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("nothing.md") == true)
    }
}
