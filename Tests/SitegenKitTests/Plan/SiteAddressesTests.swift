import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The plan's one map of addresses against what a build really writes.
@Suite struct SiteAddressesTests {
    /// A site as `sitegen init` starts it (built-in theme, search, an events calendar), with a
    /// page in one language only (a stand-in), a paged list, an alias and a media file.
    static func site() throws -> FixtureSite {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        var files: [String: String] = [:]
        for file in try SiteStarter.files(languages: ["ja", "en"], now: now) { files[file.path] = file.text }
        files["content/news/only-english.en.md"] =
            "---\ntitle: Only English\ndate: 2026-05-01\naliases: [old-news/]\n---\nBody\n"
        files["content/news/second.en.md"] = "---\ntitle: Second\ndate: 2026-05-02\n---\nBody\n"
        files["content/media/plan.txt"] = "a file\n"
        let landing = try #require(files["content/news/_index.en.md"])
        files["content/news/_index.en.md"] = landing.replacingOccurrences(
            of: "---\n", with: "---\npaginate: 1\n", options: .anchored)
        return FixtureSite(files, theme: [:])
    }

    /// Every file the build writes has its address in the map, and the map has nothing more:
    /// folders are their `index.html`.
    @Test func theMapIsExactlyWhatTheBuildWrites() async throws {
        let site = try Self.site()
        defer { site.remove() }
        try await site.build()
        let source = try SiteLoader(root: site.root).load()
        let plan = try await SitePlan.make(source: source, options: BuildOptions())
        let written = Set(
            site.outputFiles().filter { $0 != SiteManifest.name }.map {
                $0 == "index.html" ? "" : $0.hasSuffix("/index.html") ? String($0.dropLast("index.html".count)) : $0
            })
        let planned = Set(plan.addresses.producers.keys)
        #expect(written.subtracting(planned).isEmpty, "written, not planned: \(written.subtracting(planned).sorted())")
        #expect(planned.subtracting(written).isEmpty, "planned, not written: \(planned.subtracting(written).sorted())")
        #expect(plan.addresses["ja/news/only-english/"] == .standIn(source: "content/news/only-english.en.md"))
        #expect(plan.addresses["en/news/page/2/"] == .listPage(landing: "content/news/_index.en.md", number: 2))
        #expect(plan.addresses["en/old-news/"] == .alias(source: "content/news/only-english.en.md"))
        #expect(plan.addresses["media/plan.txt"] == .media(path: "media/plan.txt"))
        #expect(plan.addresses["ja/search-index.js"] == .searchData(language: "ja"))
        #expect(plan.addresses.problems.isEmpty)
    }

    /// A menu may lead to pages, lists, feeds and search, not to a 404 page or an asset.
    @Test func menusLeadOnlyToWhatReadersOpen() async throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.writeSources()
        let plan = try await SitePlan.make(source: try SiteLoader(root: site.root).load(), options: BuildOptions())
        let targets = plan.addresses.menuTargets
        #expect(targets.contains("en/news/page/2/") && targets.contains("ja/news/only-english/"))
        #expect(targets.contains("en/search/") && targets.contains(""))
        #expect(
            !targets.contains("en/404.html") && !targets.contains("en/old-news/") && !targets.contains("sitemap.xml"))
        #expect(!targets.contains(where: { $0.hasPrefix("assets/") }))
    }
}
