import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub's strikethrough (`~~a~~`, `~a~`), in the same delimiter algorithm as emphasis.
@Suite struct StrikethroughTests {
    /// cmark-gfm's strikethrough examples (`test/extensions.txt`): one or two tildes, the same
    /// number on both sides, flanking as for `*`.
    @Test(arguments: ["ja", "en"])
    func cmarkGFMExamples(language: String) throws {
        let markdown = """
            A proper ~strikethrough~.

            These are ~not strikethroughs.

            No, they are not~

            This ~is ~ legit~ isn't ~ legit.

            This is not ~~~~~one~~~~~ huge strikethrough.

            ~one~ ~~two~~ ~~~three~~~

            No ~mismatch~~

            """
        let options = MarkdownOptions(smartPunctuation: false)
        #expect(
            try MarkdownHTML.render(markdown, language: language, options: options) == """
                <p>A proper <del>strikethrough</del>.</p>
                <p>These are ~not strikethroughs.</p>
                <p>No, they are not~</p>
                <p>This <del>is ~ legit</del> isn't ~ legit.</p>
                <p>This is not ~~~~~one~~~~~ huge strikethrough.</p>
                <p><del>one</del> <del>two</del> ~~~three~~~</p>
                <p>No ~mismatch~~</p>

                """)
    }

    static let japaneseCases: [(String, String)] = [
        ("~~削除~~です", "<p><del>削除</del>です</p>\n"),
        // Beside Japanese punctuation, by the CJK-friendly rules, as `**` is.
        ("~~「削除」~~です", "<p><del>「削除」</del>です</p>\n"),
        ("価格は~~1,000円~~800円。", "<p>価格は<del>1,000円</del>800円。</p>\n"),
        ("**~~「旧」~~**と**「新」**", "<p><strong><del>「旧」</del></strong>と<strong>「新」</strong></p>\n"),
        ("~~**強調**の削除~~", "<p><del><strong>強調</strong>の削除</del></p>\n"),
        ("\\~~削除~~", "<p>~~削除~~</p>\n"),
        ("`~~コード~~`と~~削除~~", "<p><code>~~コード~~</code>と<del>削除</del></p>\n"),
        ("[~~リンク~~](https://example.org/)", "<p><a href=\"https://example.org/\"><del>リンク</del></a></p>\n"),
        (
            "| 項目 |\n| --- |\n| ~~削除~~です |",
            "<table>\n<thead>\n<tr>\n<th>項目</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><del>削除</del>です</td>\n</tr>\n</tbody>\n</table>\n"
        ),
        ("~~一行目\n二行目~~", "<p><del>一行目二行目</del></p>\n"),
    ]

    @Test(arguments: japaneseCases)
    func japaneseText(markdown: String, html: String) throws {
        #expect(try MarkdownHTML.render(markdown) == html)
    }

    @Test func headingTextKeepsStruckWords() throws {
        let rendered = try MarkdownRenderer().render("## ~~旧~~新しい計画", language: "ja")
        #expect(rendered.html == "<h2 id=\"旧新しい計画\"><del>旧</del>新しい計画</h2>\n")
    }

    @Test func cjkFriendlyOffKeepsCommonMarksFlanking() throws {
        let options = MarkdownOptions(cjkFriendly: false)
        #expect(try MarkdownHTML.render("~~削除~~です", options: options) == "<p><del>削除</del>です</p>\n")
        #expect(try MarkdownHTML.render("~~「削除」~~です", options: options) == "<p>~~「削除」~~です</p>\n")
    }

    @Test func strikethroughCanBeTurnedOff() throws {
        #expect(try MarkdownHTML.render("~~削除~~", options: MarkdownOptions(strikethrough: false)) == "<p>~~削除~~</p>\n")
    }

    @Test func pagesWithoutATildeSkipThePass() {
        #expect(!EmphasisPass.mayHaveStrikethrough("**強調**だけ"))
        #expect(EmphasisPass.mayHaveStrikethrough("~~削除~~"))
    }
}
