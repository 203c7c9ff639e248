import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `build` and `check` run one list of page checks (`PageChecks`): what `check` says of a
/// page's rendered Markdown, `build` says too, as warnings at the same places.
@Suite struct SharedChecksTests {
    @Test func buildWarnsOfWhatCheckFindsInAPage() async throws {
        var files = CheckFixture.clean
        files["content/site.yaml"] = FixtureSite.siteYAML + "\nmarkdown: { cjkFriendly: false }\n"
        files["content/events/launch.ja.md"] =
            "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n"
            + "これは**「重要」**なお知らせです。\n\n[English]{lang=english} と <b>太字</b>\n"
        let source = CheckFixture.source(files)
        let checked = SiteCheck(source: source).run().findings.filter { $0.path == "content/events/launch.ja.md" }
        // The emphasis, the span, and the raw HTML's two tags.
        #expect(checked.map(\.line) == [8, 10, 10, 10], "\(checked)")
        let built = try await SiteBuilder(source: source).build().warnings.filter {
            $0.path == "content/events/launch.ja.md"
        }
        #expect(Set(built.map(\.description)) == Set(checked.map(\.description)))
    }
}
