import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Raw HTML is left out of pages unless `markdown.unsafe` is on: `build` and `check` say so at
/// the tag, instead of letting an embedded map vanish without a word.
@Suite struct RawHTMLCheckTests {
    static let body = "地図です。\n\n<iframe src=\"https://maps.example.org/?q=a&b\"></iframe>\n\n一行目<br>二行目と`<code>`\n"

    static func site(unsafe: Bool) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/vision.ja.md"] = "---\ntitle: ビジョン\n---\n" + body
        if unsafe { files["content/site.yaml"] = FixtureSite.siteYAML + "\nmarkdown: { unsafe: true }\n" }
        return FixtureSite(files)
    }

    @Test func leftOutHTMLIsNamedAtItsTag() async throws {
        let site = Self.site(unsafe: false)
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.path == "content/strategy/vision.ja.md" }
        #expect(
            warnings.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == [
                "6:1 the HTML `<iframe src=\"https://maps.example.org/?q=a&b\"></iframe>` is left out of the page: Markdown pages do not take raw HTML",
                "8:4 the HTML `<br>` is left out of the page: Markdown pages do not take raw HTML",
            ])
        #expect(site.read("ja/strategy/vision/index.html")?.contains("<iframe") == false)
        let checked = CheckFixture.check(site.files.mapValues { Optional($0) }).findings.filter {
            $0.message.contains("is left out of the page")
        }
        #expect(checked.map(\.description) == warnings.map(\.description))
    }

    @Test func unsafeSitesKeepItWithoutAWord() async throws {
        let site = Self.site(unsafe: true)
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.message.contains("left out") }
        #expect(warnings.isEmpty)
        #expect(site.read("ja/strategy/vision/index.html")?.contains("<br>") == true)
    }
}
