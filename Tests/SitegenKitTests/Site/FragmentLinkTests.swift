import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Links to a `#fragment`: `build` stops on one that no heading of its page has, and says
/// exactly what `check` says, at the same place.
@Suite struct FragmentLinkTests {
    static let broken: [(name: String, file: String, text: String)] = [
        (
            "another page", "content/_index.en.md",
            "---\ntitle: Home\n---\n\n[Vision](strategy/vision.md#targets)\n"
        ),
        (
            "the same page", "content/strategy/vision.en.md",
            "---\ntitle: Vision\n---\n## Our targets\n\nSee [below](#targets).\n\n![Map of the park](../media/map.png)\n"
        ),
        (
            "a Japanese heading", "content/_index.ja.md",
            "---\ntitle: ホーム\n---\n[ビジョン](strategy/vision.md#目的)\n"
        ),
    ]

    @Test(arguments: broken.indices)
    func buildSaysWhatCheckSays(_ position: Int) async throws {
        let (_, file, text) = Self.broken[position]
        var files = CheckFixture.clean
        files[file] = text
        let site = FixtureSite(files)
        defer { site.remove() }
        let built = try await site.failure().map(\.description)
        let checked = SiteCheck(source: CheckFixture.source(files)).run().findings.map(\.description)
        #expect(built.count == 1)
        #expect(built == checked, "build: \(built)\ncheck: \(checked)")
        #expect(built.first?.hasPrefix(file + ":") == true)
    }

    /// Ids the theme writes (`main`, from `base.mustache`) are anchors too, for build and check.
    @Test func theThemesOwnIdsCount() async throws {
        var files = ThemeTests.content
        files["content/strategy/vision.en.md"] =
            "---\ntitle: Vision\n---\n## History\n\nText. [Back to the top](#main), [events](../events/_index.md#main).\n"
        let site = FixtureSite(files, theme: ThemeTests.theme)
        defer { site.remove() }
        try await site.build()
        var all = ThemeTests.theme
        for (path, text) in files { all[path] = text }
        let findings = SiteCheck(source: CheckFixture.source(all, theme: [:])).run().findings
        #expect(!findings.contains { $0.message.contains("#main") }, "\(findings)")
        files["content/strategy/vision.en.md"] = "---\ntitle: Vision\n---\n## History\n\n[Nowhere](#mian).\n"
        let broken = FixtureSite(files, theme: ThemeTests.theme)
        defer { broken.remove() }
        let problem = try #require(try await broken.failure().first)
        #expect(problem.message.contains("points to `#mian`, which is not a heading of this page"))
    }

    /// Rendering keeps each page's ids: `#fragment` links and menu entries to other pages, to
    /// a heading or to the theme's `main`, make neither build nor check render a page again.
    @Test func noPageIsRenderedTwice() async throws {
        var files = ThemeTests.content
        files["content/_index.en.md"] =
            "---\ntitle: Home\n---\n## Vision\n\n[Launch](events/launch.md#main), [history](strategy/vision.md#history).\n"
        files["content/strategy/vision.en.md"] =
            "---\ntitle: Vision\n---\n## History\n\n[Top](#main), [home](../_index.md#vision), [events](../events/_index.md#main).\n"
        files["content/site.yaml"] = try #require(files["content/site.yaml"]).replacingOccurrences(
            of: "{ title: Events, path: events/ }", with: "{ title: Events, path: \"events/#main\" }")
        let pages = files.keys.filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") }.count
        let site = FixtureSite(files, theme: ThemeTests.theme)
        defer { site.remove() }
        let built = WorkCounter()
        try await WorkCounter.$markdownRenders.withValue(built) { _ = try await site.build() }
        #expect(built.count == pages)
        var all = ThemeTests.theme
        for (path, text) in files { all[path] = text }
        let checked = WorkCounter()
        let findings = WorkCounter.$markdownRenders.withValue(checked) {
            SiteCheck(source: CheckFixture.source(all, theme: [:])).run().findings
        }
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
        #expect(checked.count == pages)
    }

    /// The fixture's own links reach headings in both languages (`#our-targets`, `#目標`) and
    /// on the same page; the build goes through.
    @Test func linksToExistingHeadingsBuild() async throws {
        let site = FixtureSite(CheckFixture.clean)
        defer { site.remove() }
        try await site.build()
        let home = try #require(site.read("ja/index.html"))
        #expect(home.contains("strategy/vision/#"))
    }
}
