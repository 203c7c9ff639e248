import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The front matter splitter finds lines by byte; these cases pin down what it returns.
@Suite struct FrontMatterSplitTests {
    static let cases: [(text: String, body: String, bodyStartLine: Int)] = [
        ("---\ntitle: A\n---\nBody\n", "Body\n", 4),
        ("---\ntitle: A\n---\n", "", 4),
        ("---\ntitle: A\n---", "", 4),
        ("---  \ntitle: A\n---\t\nBody", "Body", 4),
        ("---\ntitle: A\nsummary: B\n---\n\n# 見出し\n本文\n", "\n# 見出し\n本文\n", 5),
        ("\u{FEFF}---\r\ntitle: A\r\n---\r\nLine 1\r\nLine 2\r\n", "Line 1\nLine 2\n", 4),
        ("---\rtitle: A\r---\rBody\r", "Body\n", 4),
        ("---\ntitle: A\n---\n---\nafter a rule\n", "---\nafter a rule\n", 4),
    ]

    @Test(arguments: cases)
    func splitsBodyAndCountsLines(_ item: (text: String, body: String, bodyStartLine: Int)) throws {
        let parsed = try FrontMatterParser.parse(
            SourceFile(displayPath: "content/a.en.md", relativePath: "a.en.md", text: item.text))
        #expect(parsed.frontMatter.title == "A")
        #expect(parsed.body == item.body)
        #expect(parsed.bodyStartLine == item.bodyStartLine)
    }

    @Test func emptyFrontMatterIsReportedOnLineTwo() {
        do {
            _ = try FrontMatterParser.parse(
                SourceFile(displayPath: "content/a.en.md", relativePath: "a.en.md", text: "---\n---\nBody\n"))
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.line == 2)
            #expect(error.message == "the front matter is empty")
        }
    }

    @Test func unclosedFrontMatterIsReported() {
        do {
            _ = try FrontMatterParser.parse(
                SourceFile(displayPath: "content/a.en.md", relativePath: "a.en.md", text: "---\ntitle: A\nBody\n"))
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message == "the front matter opened on line 1 is never closed")
        }
    }
}
