import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Canonical, hreflang, description, OpenGraph, Twitter card and JSON-LD in built pages.
@Suite struct HeadMetaTests {
    @Test func everyPageCarriesCanonicalAlternatesAndSocialCards() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let page = try #require(site.read("en/strategy/vision/index.html"))
        #expect(page.contains(#"<link rel="canonical" href="https://example.org/en/strategy/vision/">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="ja" href="https://example.org/ja/strategy/vision/">"#))
        #expect(page.contains(#"<link rel="alternate" hreflang="en" href="https://example.org/en/strategy/vision/">"#))
        #expect(
            page.contains(
                #"<link rel="alternate" hreflang="x-default" href="https://example.org/ja/strategy/vision/">"#))
        #expect(page.contains(#"<meta property="og:url" content="https://example.org/en/strategy/vision/">"#))
        #expect(page.contains(#"<meta property="og:locale" content="en_US">"#))
        #expect(page.contains(#"<meta property="og:locale:alternate" content="ja_JP">"#))
        #expect(page.contains(#"<meta property="og:site_name" content="Test Site">"#))
        #expect(page.contains(#"<meta property="og:type" content="article">"#))
        #expect(page.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(
            page.contains(
                #"<link rel="alternate" type="application/atom+xml" title="Test Site" href="../../feed.xml">"#))
        let home = try #require(site.read("ja/index.html"))
        #expect(home.contains(#"<meta name="description" content="ようこそ">"#))
        #expect(home.contains(#"<meta property="og:type" content="website">"#))
        #expect(
            home.contains(#"hreflang="x-default" href="https://example.org/">"#), "homes point x-default at the chooser"
        )
    }

    @Test func titlesAndSummariesAreEscapedInAttributesAndText() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let page = try #require(site.read("en/events/launch/index.html"))
        let escaped = "A &lt;/script&gt;&lt;!-- &amp; &quot;quotes&quot; &#39;single&#39; &lt;b&gt;"
        #expect(page.contains(#"<meta property="og:title" content="Launch \#(escaped)">"#))
        #expect(page.contains(#"<meta name="description" content="Summary \#(escaped)">"#))
        #expect(!page.contains("<b>"))
        // Only the JSON-LD block and the language script close a script element.
        #expect(
            page.components(separatedBy: "</script>").count - 1 == page.components(separatedBy: "<script").count - 1)
        #expect(!page.contains("<!-- &"))
    }

    @Test(arguments: [("ja/events/launch/index.html", "ja"), ("en/events/launch/index.html", "en")])
    func eventsCarryValidEventJSONLD(path: String, language: String) async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let object = try Self.jsonLD(try #require(site.read(path)))
        #expect(object["@type"] as? String == "Event")
        #expect(object["startDate"] as? String == "2025-02-18T14:00:00+09:00")
        #expect(object["inLanguage"] as? String == language)
        #expect((object["name"] as? String)?.hasSuffix(PublishFixture.nasty) == true)
        #expect((object["description"] as? String)?.hasSuffix(PublishFixture.nasty) == true)
        let location = try #require(object["location"] as? [String: Any])
        #expect(location["@type"] as? String == "Place")
        #expect(location["name"] as? String == (language == "ja" ? #"北九州市, 会場; A\B"# : "Kitakyushu"))
        #expect(object["url"] as? String == "https://example.org/\(language)/events/launch/")
    }

    @Test func allDayAndMonthEventsHaveDatesWithoutTimes() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let forum = try Self.jsonLD(try #require(site.read("en/events/forum/index.html")))
        #expect(forum["startDate"] as? String == "2025-12-30")
        #expect(forum["endDate"] as? String == "2026-01-02")
        let opening = try Self.jsonLD(try #require(site.read("en/events/opening/index.html")))
        #expect(opening["startDate"] as? String == "2001-04")
    }

    @Test func homesArePartnersAreOrganizations() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let home = try Self.jsonLD(try #require(site.read("en/index.html")))
        #expect(home["@type"] as? String == "WebSite")
        #expect(home["url"] as? String == "https://example.org/en/")
        #expect(home["inLanguage"] as? String == "en")
        let partner = try Self.jsonLD(try #require(site.read("ja/partners/imec/index.html")))
        #expect(partner["@type"] as? String == "Organization")
        #expect(partner["name"] as? String == "IMEC")
        #expect(partner["url"] as? String == "https://www.imec-int.com/")
        #expect((partner["address"] as? [String: Any])?["addressCountry"] as? String == "BE")
        #expect(site.read("en/strategy/vision/index.html")?.contains("application/ld+json") == false)
    }

    @Test(arguments: [
        ("</script>", #""\u003c/script\u003e""#), ("<!--", #""\u003c!--""#), ("a & b", #""a \u0026 b""#),
        ("\u{2028}\u{2029}", #""\u2028\u2029""#), ("\"\\\n\u{01}", #""\"\\\n\u0001""#), ("日本", #""日本""#),
    ])
    func jsonStringsCannotEndAScriptBlock(input: String, expected: String) throws {
        let text = JSONValue.string(input).text
        #expect(text == expected)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [String]
        #expect(parsed == [input])
    }

    /// The parsed JSON-LD object of a page.
    static func jsonLD(_ html: String) throws -> [String: Any] {
        let blocks = html.between(#"<script type="application/ld+json">"#, "</script>")
        try #require(blocks.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(blocks[0].utf8)) as? [String: Any]
        #expect(object?["@context"] as? String == "https://schema.org")
        return try #require(object)
    }
}
