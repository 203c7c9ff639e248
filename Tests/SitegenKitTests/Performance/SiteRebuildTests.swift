import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `SiteRebuild` works out what changed since the last good build: a page's text alone means
/// that page alone; anything else means everything.
@Suite struct SiteRebuildTests {
    static let path = "content/events/wind.en.md"

    static func edited(_ site: FixtureSite, _ changes: [String: String]) throws -> SiteSource {
        var edited = site
        for (path, text) in changes { edited.files[path] = text }
        return try BuildMemoTests.source(edited)
    }

    @Test func aBodyEditRendersThatPageAloneAndAFrontMatterEditEverything() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        var rebuild = SiteRebuild()
        let first = try await rebuild.build(try BuildMemoTests.source(site), options: BuildOptions())
        #expect(first.rendered == nil)
        // The first paragraph, this page's automatic summary, stays as it was.
        let body =
            "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind power, and a word on semiconductors.\n\nTidal power.\n"
        let second = try await rebuild.build(
            try Self.edited(site, [Self.path: body]), options: BuildOptions(), changed: [Self.path])
        #expect(second.rendered == [Self.path])
        #expect(second.result.files.map(\.path) == ["en/events/wind/index.html"])
        #expect(second.result.deferredSearch != nil)
        let title =
            "---\ntitle: Offshore Wind!\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind power, and a word on semiconductors.\n\nTidal power.\n"
        let third = try await rebuild.build(
            try Self.edited(site, [Self.path: title]), options: BuildOptions(), changed: [Self.path])
        #expect(third.rendered == nil)
        #expect(third.result.files.contains { $0.path == "sitemap.xml" })
    }

    /// A build of one edited body checks its `#fragment` links against the ids the last build
    /// kept for the pages it does not render, and renders no other page to find them.
    @Test func anEditedBodyChecksFragmentsWithoutRenderingTheirPages() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        var rebuild = SiteRebuild()
        _ = try await rebuild.build(try BuildMemoTests.source(site), options: BuildOptions())
        let front =
            "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind power, and a word on semiconductors.\n\n"
        let linked = front + "See [the forum](chips.md#collaboration).\n"
        let renders = WorkCounter()
        let second = try await WorkCounter.$markdownRenders.withValue(renders) {
            try await rebuild.build(
                try Self.edited(site, [Self.path: linked]), options: BuildOptions(), changed: [Self.path])
        }
        #expect(second.rendered == [Self.path])
        #expect(renders.count == 1)
        let broken = front + "See [the forum](chips.md#colaboration).\n"
        do {
            _ = try await rebuild.build(
                try Self.edited(site, [Self.path: broken]), options: BuildOptions(), changed: [Self.path])
            Issue.record("a link to a heading the forum does not have must stop the build")
        } catch let failure as BuildFailure {
            let message = try #require(failure.diagnostics.first).description
            #expect(message.contains("`#colaboration`, which is not a heading of content/events/chips.en.md"))
            #expect(message.contains("#collaboration"))
        }
    }

    /// A media file among the changes, or a failed build before, means everything again.
    @Test func mediaAndFailuresMeanEverything() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        var rebuild = SiteRebuild()
        let source = try BuildMemoTests.source(site)
        _ = try await rebuild.build(source, options: BuildOptions())
        let media = try await rebuild.build(source, options: BuildOptions(), changed: ["content/media/x.png"])
        #expect(media.rendered == nil)
        let broken = try Self.edited(site, [Self.path: "---\ntitle: [\n---\n"])
        await #expect(throws: BuildFailure.self) { try await rebuild.build(broken, options: BuildOptions()) }
        let fixed = try await rebuild.build(source, options: BuildOptions(), changed: [Self.path])
        #expect(fixed.rendered == nil)
    }
}
