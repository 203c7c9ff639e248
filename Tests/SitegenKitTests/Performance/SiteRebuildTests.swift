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
        let body = "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nTidal power.\n"
        let second = try await rebuild.build(
            try Self.edited(site, [Self.path: body]), options: BuildOptions(), changed: [Self.path])
        #expect(second.rendered == [Self.path])
        #expect(second.result.files.map(\.path) == ["en/events/wind/index.html"])
        #expect(second.result.deferredSearch != nil)
        let title = "---\ntitle: Offshore Wind!\ndate: 2025-04-01\nvenue: Hibikinada\n---\nTidal power.\n"
        let third = try await rebuild.build(
            try Self.edited(site, [Self.path: title]), options: BuildOptions(), changed: [Self.path])
        #expect(third.rendered == nil)
        #expect(third.result.files.contains { $0.path == "sitemap.xml" })
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
