import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The Themes article lists the keys templates receive; these tests fail when the article and
/// the code that makes the contexts differ.
@Suite struct ThemeDocumentationTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/sitegen/Documentation.docc/Themes.md")

    /// The first-column keys of the table under `heading` (`| \`key\` | … |`).
    static func keys(under heading: String) throws -> Set<String> {
        let text = try String(contentsOf: article, encoding: .utf8)
        let start = try #require(text.range(of: "\n" + heading + "\n"), "no section \(heading)")
        var keys = Set<String>()
        var inTable = false
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("| `") else {
                if inTable { break }
                continue
            }
            inTable = true
            if let key = line.dropFirst(3).split(separator: "`").first { keys.insert(String(key)) }
        }
        return keys
    }

    @Test func thePageValueTableListsEveryKeyOfPage() throws {
        let documented = try Self.keys(under: "### The page value")
        #expect(documented == Set(ThemeCheck.pageKeys.map { "page." + $0 }))
    }

    @Test func theEveryPageTableListsEveryCommonKey() throws {
        let yaml = FixtureSite.siteYAML + "\nparams: { email: info@example.org }\n"
        let config = try SiteConfig.parse(yaml, path: "content/site.yaml")
        let file = SourceFile(
            displayPath: "content/news/a.ja.md", relativePath: "news/a.ja.md",
            text: "---\ntitle: A\ndate: 2025-02-18\n---\n")
        let page = try PageParser.parse(file, languages: ["ja", "en"], model: config.contentModel)
        let index = try SiteIndex(config: config, pages: [page])
        let context = PageContext(index: index, strings: [:], assetURLs: ["style.css": "assets/style.css"])
        let common = context.commonObject(language: config.languages[0], folder: "ja/news/a/")
        #expect(Set(common.keys) == (try Self.keys(under: "### Every page")))
    }
}
