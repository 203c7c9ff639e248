import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Two theme assets with one template key (`a.css` and `a-css` are both `assets.a_css`):
/// templates reach only one of them, so build warns (`--strict` stops) and check reports it.
@Suite struct AssetKeyTests {
    static var files: [String: String] {
        var files = SiteBuildTests.pairedSite
        files["templates/assets/a.css"] = "a { color: red; }\n"
        files["templates/assets/a-css"] = "not a stylesheet\n"
        files["templates/assets/img/logo.svg"] = "<svg/>\n"
        files["templates/assets/img_logo.svg"] = "<svg></svg>\n"
        return files
    }

    static let expected = [
        "templates/assets/a.css:1:1: warning: this file and templates/assets/a-css have the same template key `assets.a_css`",
        "templates/assets/img_logo.svg:1:1: warning: this file and templates/assets/img/logo.svg have the same template key `assets.img_logo_svg`",
    ]

    @Test func buildWarnsOncePerKey() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        let report = try await site.build()
        let warnings = report.result.warnings.map(\.description).filter { $0.hasPrefix("templates/assets/") }
        #expect(warnings.count == 2)
        for (warning, start) in zip(warnings, Self.expected) { #expect(warning.hasPrefix(start), "\(warning)") }
        // The last name in order is the one templates reach.
        let page = try #require(site.read("en/index.html"))
        #expect(page.contains(#"href="../assets/style."#))
    }

    @Test func strictStopsTheBuild() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        let problems = try await site.failure(BuildOptions(strict: true))
        #expect(
            problems.contains {
                $0.description.hasPrefix(Self.expected[0].replacingOccurrences(of: "warning", with: "error"))
            })
    }

    @Test func checkReportsTheSame() {
        let report = SiteCheck(source: CheckFixture.source(Self.files)).run()
        let found = report.findings.map(\.description).filter { $0.hasPrefix("templates/assets/") }
        #expect(found.count == 2)
        for (finding, start) in zip(found, Self.expected) { #expect(finding.hasPrefix(start), "\(finding)") }
    }

    @Test func distinctKeysSayNothing() {
        #expect(PageContext.keyCollisions(["style.css", "search.js", "img/logo.svg", "style.js"]).isEmpty)
    }
}
