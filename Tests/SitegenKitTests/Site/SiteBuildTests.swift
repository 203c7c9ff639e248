import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Whole sites built end to end and checked file by file.
@Suite struct SiteBuildTests {
    static let pairedSite: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\nようこそ\n",
        "content/_index.en.md": "---\ntitle: Home\n---\nWelcome\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/launch.ja.md":
            "---\ntitle: 発表\ndate: 2025-02-18\nvenue: 北九州市\n---\n[ビジョン](../strategy/vision.md)\n",
        "content/events/launch.en.md":
            "---\ntitle: Launch\ndate: 2025-02-18\nvenue: Kitakyushu\n---\n[Vision](../strategy/vision.md)\n",
        "content/events/opening.ja.md": "---\ntitle: 開設\ndate: 2001-04\nvenue: 学研都市\n---\n",
        "content/events/opening.en.md": "---\ntitle: Opening\ndate: 2001-04\nvenue: The park\n---\n",
        "content/strategy/vision.ja.md": "---\ntitle: ビジョン\n---\n本文\n",
        "content/strategy/vision.en.md": "---\ntitle: Vision\n---\nBody\n",
    ]

    @Test func writesEveryPageAtItsAddress() async throws {
        let site = FixtureSite(Self.pairedSite)
        defer { site.remove() }
        try await site.build()
        let expected = [
            "en/events/index.html", "en/events/launch/index.html", "en/events/opening/index.html",
            "en/index.html", "en/strategy/vision/index.html", "index.html", "ja/events/index.html",
            "ja/events/launch/index.html", "ja/events/opening/index.html", "ja/index.html",
            "ja/strategy/vision/index.html",
        ]
        #expect(site.outputFiles().filter { $0.hasSuffix("index.html") } == expected)
    }

    /// Pages side by side share their menu and asset addresses (made once per folder), except
    /// where a menu entry points inside that folder: there each page sees its own.
    @Test func menuEntriesInsideASectionAreMarkedPerPage() async throws {
        var files = Self.pairedSite
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]",
            with: "en: [ { title: Events, path: events/ }, { title: Launch, path: events/launch/ } ]")
        files["templates/base.mustache"] = FixtureSite.minimalTheme["templates/base.mustache"]!.replacingOccurrences(
            of: #"<a class="menu" href="{{url}}">"#,
            with:
                #"<a class="menu" href="{{url}}"{{#current}} data-current{{/current}}{{#active}} data-active{{/active}}>"#
        )
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let launch = try #require(site.read("en/events/launch/index.html"))
        let opening = try #require(site.read("en/events/opening/index.html"))
        #expect(launch.contains(#"<a class="menu" href="../" data-active>Events</a>"#))
        #expect(launch.contains(#"<a class="menu" href="./" data-current data-active>Launch</a>"#))
        #expect(opening.contains(#"<a class="menu" href="../" data-active>Events</a>"#))
        #expect(opening.contains(#"<a class="menu" href="../launch/">Launch</a>"#))
        let vision = try #require(site.read("en/strategy/vision/index.html"))
        #expect(vision.contains(#"<a class="menu" href="../../events/">Events</a>"#))
    }

    @Test func switcherReachesTheCounterpart() async throws {
        let site = FixtureSite(Self.pairedSite)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("ja/events/launch/index.html"))
        #expect(page.contains(#"<a href="../../../en/events/launch/" hreflang="en">English</a>"#))
        #expect(page.contains(#"<html lang="ja">"#))
        #expect(page.contains(#"hreflang="en" href="https://example.org/en/events/launch/""#))
        #expect(page.contains(#"hreflang="x-default" href="https://example.org/ja/events/launch/""#))
    }

    @Test func linksToMarkdownFilesBecomeRelativeAddresses() async throws {
        let site = FixtureSite(Self.pairedSite)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("en/events/launch/index.html"))
        #expect(page.contains(#"<a href="../../strategy/vision/">Vision</a>"#))
        #expect(
            page.range(of: #"href="\.\./\.\./\.\./assets/style\.[0-9a-f]{10}\.css""#, options: .regularExpression)
                != nil)
    }

    @Test func datesAreWrittenPerLanguageAndNeverShifted() async throws {
        let site = FixtureSite(Self.pairedSite)
        defer { site.remove() }
        try await site.build()
        #expect(
            site.read("ja/events/launch/index.html")?.contains(#"<time datetime="2025-02-18">2025年2月18日</time>"#)
                == true)
        #expect(
            site.read("en/events/launch/index.html")?.contains(#"<time datetime="2025-02-18">February 18, 2025</time>"#)
                == true)
        #expect(site.read("ja/events/opening/index.html")?.contains("2001年4月") == true)
        #expect(site.read("en/events/opening/index.html")?.contains("April 2001") == true)
    }

    @Test func sectionListsAreSortedNewestFirst() async throws {
        let site = FixtureSite(Self.pairedSite)
        defer { site.remove() }
        try await site.build()
        let list = try #require(site.read("en/events/index.html"))
        let launch = try #require(list.range(of: "Launch"))
        let opening = try #require(list.range(of: "Opening"))
        #expect(launch.lowerBound < opening.lowerBound)
    }

    @Test func draftsAreLeftOutUnlessAsked() async throws {
        var files = Self.pairedSite
        files["content/strategy/plan.ja.md"] = "---\ntitle: 計画\ndraft: true\n---\n"
        files["content/strategy/plan.en.md"] = "---\ntitle: Plan\ndraft: true\n---\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/strategy/plan/index.html") == nil)
        try await site.build(BuildOptions(drafts: true))
        #expect(site.read("en/strategy/plan/index.html") != nil)
    }
}
