import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The Themes article holds the tables the code makes (`ContextKind.rows`,
/// `EngineString`, printed by `sitegen theme keys` and `sitegen theme strings`); these tests
/// fail when the article and the code differ.
@Suite struct ThemeDocumentationTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/sitegen/Documentation.docc/Themes.md")

    /// The first table under `heading` (its `|` lines, each ending in a line break), as written.
    static func table(under heading: String) throws -> String {
        let text = try String(contentsOf: article, encoding: .utf8)
        let start = try #require(text.range(of: "\n" + heading + "\n"), "no section \(heading)")
        var lines: [Substring] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("|") else {
                if !lines.isEmpty { break }
                continue
            }
            lines.append(line)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The first-column keys of the table under `heading` (`| \`key\` | … |`).
    static func keys(under heading: String) throws -> Set<String> {
        Set(
            try table(under: heading).split(separator: "\n").dropFirst(2).compactMap {
                $0.dropFirst(3).split(separator: "`").first.map(String.init)
            })
    }

    @Test(arguments: ContextKind.allCases.map(\.title))
    func eachKindsTableIsTheCodes(_ title: String) throws {
        let kind = try #require(ContextKind.allCases.first { $0.title == title })
        #expect(try Self.table(under: "### " + title) == kind.markdownTable)
    }

    @Test func thePageValueTableIsTheCodes() throws {
        #expect(try Self.table(under: "### The page value") == ContextKind.markdown(ContextKind.pageValueRows))
        #expect(ThemeCheck.pageKeys.contains("title") && ThemeCheck.pageKeys.contains("hasToc"))
    }

    @Test func theTableOfStringsSitegenReadsIsTheCodes() throws {
        #expect(try Self.table(under: "### Strings sitegen reads") == EngineString.markdownTable)
        #expect(EngineString.allCases.count == Set(EngineString.allCases.map(\.pattern)).count)
    }

    /// What `sitegen theme keys` prints: every table of the article, under its heading.
    @Test func theKeysCommandPrintsEveryTableOfTheArticle() throws {
        let printed = ThemeReference.contextKeys
        for kind in ContextKind.allCases {
            #expect(printed.contains("### \(kind.title)\n\n" + (try Self.table(under: "### " + kind.title))))
        }
        #expect(printed.hasSuffix("### The page value\n\n" + (try Self.table(under: "### The page value"))))
    }

    @Test func theEveryPageTableListsEveryCommonKey() throws {
        // A menu entry with children, so that `submenus` is set too.
        let yaml =
            FixtureSite.siteYAML.replacingOccurrences(
                of: "{ title: イベント, path: events/ }",
                with: "{ title: イベント, path: events/, children: [ { title: 一覧, path: events/ } ] }")
            + "\nparams: { email: info@example.org }\n"
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
