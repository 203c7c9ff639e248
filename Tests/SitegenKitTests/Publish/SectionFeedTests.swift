import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A section whose declaration says `feed: true` gets an Atom feed of its own in each
/// language, of its dated pages alone, and its landing and pages name it in their head.
@Suite struct SectionFeedTests {
    static let siteYAML = """
        baseURL: https://example.org/
        timezone: Asia/Tokyo
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: テストサイト }
          en: { name: English, locale: en_US, title: Test Site }
        sections:
          events:
            keys:
              date: { type: date, required: true }
            order: date-descending
            feed: true
          news:
            keys:
              date: { type: date, required: true }
        """

    static var files: [String: String] {
        var files = ["content/site.yaml": siteYAML]
        for (language, events, news) in [("ja", "イベント", "お知らせ"), ("en", "Events", "News")] {
            files["content/_index.\(language).md"] = "---\ntitle: Home\nsummary: Home\n---\n"
            files["content/events/_index.\(language).md"] = "---\ntitle: \(events)\nsummary: \(events)\n---\n"
            files["content/news/_index.\(language).md"] = "---\ntitle: \(news)\nsummary: \(news)\n---\n"
            files["content/events/forum.\(language).md"] =
                "---\ntitle: Forum \(language)\ndate: 2025-02-18\n---\nA forum.\n"
            files["content/news/opening.\(language).md"] =
                "---\ntitle: Opening \(language)\ndate: 2025-03-01\n---\nNews.\n"
        }
        return files
    }

    @Test func aSectionThatAsksHasItsOwnFeedInEachLanguage() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        try await site.build()
        for (language, title) in [("ja", "テストサイト – イベント"), ("en", "Test Site – Events")] {
            let feed = try #require(site.read("\(language)/events/feed.xml"))
            #expect(feed.contains(#"xml:lang="\#(language)""#))
            #expect(feed.contains("<title>\(title)</title>"))
            #expect(
                feed.contains(
                    #"<link rel="self" type="application/atom+xml" href="https://example.org/\#(language)/events/feed.xml"/>"#
                ))
            #expect(
                feed.contains(
                    #"<link rel="alternate" type="text/html" href="https://example.org/\#(language)/events/"/>"#))
            #expect(feed.contains("<title>Forum \(language)</title>"))
            #expect(!feed.contains("Opening"))
            // The language's feed still has every dated page.
            let all = try #require(site.read("\(language)/feed.xml"))
            #expect(all.contains("Forum \(language)") && all.contains("Opening \(language)"))
            let link = #"<link rel="alternate" type="application/atom+xml" title="\#(title)" href="feed.xml">"#
            #expect(try #require(site.read("\(language)/events/index.html")).contains(link))
            #expect(try #require(site.read("\(language)/events/forum/index.html")).contains(#"href="../feed.xml">"#))
            #expect(try #require(site.read("\(language)/news/opening/index.html")).contains(title) == false)
        }
        #expect(site.read("en/news/feed.xml") == nil)
        #expect(try #require(site.read("_headers")).contains("/en/events/feed.xml"))
    }

    @Test func feedMustBeTrueOrFalse() {
        var files = Self.files
        files["content/site.yaml"] = Self.siteYAML.replacingOccurrences(of: "feed: true", with: "feed: often")
        let findings = SiteCheck(source: CheckFixture.source(files, theme: [:])).run().findings
        #expect(
            findings.map(\.description).contains {
                $0.hasPrefix("content/site.yaml:12:11: error: `feed` must be true or false")
            }, "\(findings)")
    }
}
