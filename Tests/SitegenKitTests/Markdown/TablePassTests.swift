import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub-style pipe tables over libcmark's paragraphs.
@Suite struct TablePassTests {
    static func render(_ markdown: String, language: String = "ja", tables: Bool = true) throws -> String {
        try MarkdownRenderer(options: MarkdownOptions(tables: tables)).render(
            markdown, language: language, headings: BuiltInHeadings.markup(language)
        ).html
    }

    @Test func pipeTableWithAlignmentAndInlines() throws {
        let html = try Self.render(
            """
            | 目標 | 期間 | 数値 |
            | :--- | :-: | --: |
            | **外部研究資金** | 5年後 | 50億円 |
            | a \\| b | [リンク](https://example.org/) | `c|d` |
            | 短い行 |
            """)
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th style="text-align: left">目標</th><th style="text-align: center">期間</th><th style="text-align: right">数値</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left"><strong>外部研究資金</strong></td><td style="text-align: center">5年後</td><td style="text-align: right">50億円</td>
                </tr>
                <tr>
                <td style="text-align: left">a | b</td><td style="text-align: center"><a href="https://example.org/">リンク</a></td><td style="text-align: right"><code>c|d</code></td>
                </tr>
                <tr>
                <td style="text-align: left">短い行</td><td style="text-align: center"></td><td style="text-align: right"></td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func cellsGetCJKEmphasisAndEnglishDelimiterRowsSurviveSmartDashes() throws {
        let html = try Self.render("| 語 | 意味 |\n|---|---|\n| **「絆」**とは | bonds -- ties |", language: "en")
        #expect(html.contains("<td><strong>「絆」</strong>とは</td><td>bonds – ties</td>"))
    }

    static let notTableCases: [(String, String)] = [
        ("a | b\nc | d", "<p>a | b\nc | d</p>\n"),
        ("| a | b |\n| --- |", "<p>| a | b |\n| --- |</p>\n"),
        ("| a |\n| -x- |", "<p>| a |\n| -x- |</p>\n"),
        ("just text\n---", "<h2>just text</h2>\n"),
    ]

    @Test(arguments: notTableCases)
    func notTables(_ markdown: String, _ html: String) throws {
        let rendered = try Self.render(markdown)
        #expect(CommonMarkSpecTests.normalised(rendered) == html)
    }

    @Test func tablesCanBeTurnedOff() throws {
        let html = try Self.render("| a |\n| - |\n| b |", tables: false)
        #expect(html == "<p>| a |\n| - |\n| b |</p>\n")
    }
}
