import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `sitemap.xml`, `robots.txt` and the Atom feeds, read back with an XML parser.
@Suite struct SitemapFeedTests {
    @Test func sitemapListsEveryPublishedPageOnceWithAlternates() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let xml = try #require(site.read("sitemap.xml"))
        let parsed = try XMLDocumentSummary(xml)
        let locs = parsed.texts("loc")
        #expect(locs.count == Set(locs).count, "each address once")
        #expect(locs.contains("https://example.org/"))
        #expect(locs.contains("https://example.org/ja/strategy/memo/"))
        #expect(!locs.contains("https://example.org/en/strategy/memo/"), "stand-ins are left out")
        #expect(!locs.contains { $0.hasSuffix("404.html") })
        // 1 root + 2 homes + 2×3 landings + 2×(3 events + imec + vision) + memo.
        let expected = 20
        #expect(locs.count == expected)
        let vision = try #require(xml.between("<loc>https://example.org/en/strategy/vision/</loc>", "</url>").first)
        #expect(
            vision.contains(
                #"<xhtml:link rel="alternate" hreflang="ja" href="https://example.org/ja/strategy/vision/"/>"#))
        #expect(
            vision.contains(
                #"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/strategy/vision/"/>"#))
        #expect(vision.contains(#"hreflang="x-default" href="https://example.org/ja/strategy/vision/"/>"#))
        let memo = try #require(xml.between("<loc>https://example.org/ja/strategy/memo/</loc>", "</url>").first)
        #expect(!memo.contains("hreflang=\"en\""))
        let launch = try #require(xml.between("<loc>https://example.org/en/events/launch/</loc>", "</url>").first)
        #expect(launch.contains("<lastmod>2025-03-01</lastmod>"))
        #expect(site.read("robots.txt")?.contains("Sitemap: https://example.org/sitemap.xml") == true)
    }

    @Test func baseURLOptionMovesEveryAbsoluteAddress() async throws {
        let site = FixtureSite(PublishFixture.files, theme: PublishFixture.projectTheme)
        defer { site.remove() }
        try await site.build(BuildOptions(baseURL: "https://host.test/gcity"))
        #expect(site.read("robots.txt")?.contains("Sitemap: https://host.test/gcity/sitemap.xml") == true)
        #expect(site.read("sitemap.xml")?.contains("https://example.org") == false)
        #expect(site.read("ja/feed.xml")?.contains("<id>https://host.test/gcity/ja/feed.xml</id>") == true)
        #expect(
            site.read("en/index.html")?.contains(#"<link rel="canonical" href="https://host.test/gcity/en/">"#) == true)
        #expect(site.read("ja/events/launch/event.ics")?.contains("UID:gcity/ja/events/launch@host.test") == true)
    }

    @Test func feedsAreAtomWithContentDatesAndAbsoluteLinks() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let xml = try #require(site.read("en/feed.xml"))
        let parsed = try XMLDocumentSummary(xml)
        #expect(parsed.root == "feed")
        #expect(parsed.rootAttributes["xml:lang"] == "en")
        #expect(parsed.rootAttributes["xmlns"] == "http://www.w3.org/2005/Atom")
        let titles = parsed.texts("title")
        #expect(titles.first == "Test Site")
        #expect(titles.contains("Launch " + PublishFixture.nasty), "escaped in XML, restored by the parser")
        // A page dated by its month alone, with no `updated`, names no day to stamp it with.
        #expect(!titles.contains("Opening") && titles.contains("Forum"))
        // Newest content date first; the feed's updated is the newest entry's.
        #expect(
            parsed.texts("updated") == [
                "2025-12-30T00:00:00+09:00", "2025-12-30T00:00:00+09:00", "2025-03-01T00:00:00+09:00",
            ])
        #expect(parsed.texts("id").allSatisfy { $0.hasPrefix("https://example.org/") })
        #expect(xml.contains(#"<link rel="alternate" type="text/html" href="https://example.org/en/events/launch/"/>"#))
        #expect(site.read("ja/feed.xml").map { try? XMLDocumentSummary($0) }??.rootAttributes["xml:lang"] == "ja")
        #expect(!(site.read("ja/feed.xml") ?? "").contains("memo"), "undated pages are not in feeds")
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let first = try await PublishFixture.built()
        defer { first.remove() }
        let second = try await PublishFixture.built()
        defer { second.remove() }
        #expect(first.outputFiles() == second.outputFiles())
        for path in first.outputFiles() {
            #expect(first.read(path) == second.read(path), "\(path) differs")
        }
    }
}

/// What an XML parser saw: the root element and the text of every element, by name.
final class XMLDocumentSummary: NSObject, XMLParserDelegate {
    private(set) var root = ""
    private(set) var rootAttributes: [String: String] = [:]
    private var textsByName: [(String, String)] = []
    private var stack: [(String, String)] = []

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "XML", code: 1)
        }
    }

    func texts(_ name: String) -> [String] { textsByName.filter { $0.0 == name }.map(\.1) }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root.isEmpty {
            root = name
            rootAttributes = attributes
        }
        stack.append((name, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].1 += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if let last = stack.popLast() { textsByName.append(last) }
    }
}
