import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Line breaks, heading anchors, smart punctuation and safe mode of the Markdown stage.
@Suite struct MarkdownPassTests {
    static func render(_ markdown: String, language: String = "ja", options: MarkdownOptions = MarkdownOptions())
        throws -> RenderedMarkdown
    {
        try MarkdownRenderer(options: options).render(
            markdown, language: language, headings: BuiltInHeadings.markup(language))
    }

    static let softBreakCases: [(String, String)] = [
        ("日本語の\n文章です。", "<p>日本語の文章です。</p>\n"),
        ("一行目、\n二行目。\n三行目", "<p>一行目、二行目。三行目</p>\n"),
        ("です。\n**次**の文", "<p>です。<strong>次</strong>の文</p>\n"),
        ("English\nwords", "<p>English\nwords</p>\n"),
        ("日本語\nEnglish", "<p>日本語\nEnglish</p>\n"),
        ("English\n日本語", "<p>English\n日本語</p>\n"),
        ("한국어\n문장", "<p>한국어\n문장</p>\n"),
        ("改行\\\n強制", "<p>改行<br />\n強制</p>\n"),
    ]

    @Test(arguments: softBreakCases)
    func softBreaks(_ markdown: String, _ html: String) throws {
        #expect(try Self.render(markdown).html == html)
    }

    @Test func softBreaksStayWhenCJKFriendlyIsOff() throws {
        let html = try Self.render("日本語の\n文章", options: MarkdownOptions(cjkFriendly: false)).html
        #expect(html == "<p>日本語の\n文章</p>\n")
    }

    @Test func headingsGetStableIdsAndSelfLinks() throws {
        let rendered = try Self.render(
            """
            # ページ

            ## 外部研究資金

            ### Our Vision, 2030

            ## 外部研究資金

            #### 3つの目標（2025年） {#goals}

            ##### 小見出し
            """)
        #expect(
            rendered.headings == [
                Heading(level: 2, text: "外部研究資金", id: "外部研究資金"),
                Heading(level: 3, text: "Our Vision, 2030", id: "our-vision-2030"),
                Heading(level: 2, text: "外部研究資金", id: "外部研究資金-2"),
                Heading(level: 4, text: "3つの目標（2025年）", id: "goals"),
            ])
        #expect(rendered.html.hasPrefix("<h1>ページ</h1>\n"))
        #expect(
            rendered.html.contains(
                ##"<div class="heading"><h2 id="外部研究資金-2">外部研究資金</h2><a class="anchor" href="#外部研究資金-2" aria-label="見出し「外部研究資金」へのリンク">#</a></div>"##
            ))
        #expect(rendered.html.contains(#"<h4 id="goals">3つの目標（2025年）</h4>"#))
        #expect(!rendered.html.contains("{#"))
        #expect(rendered.html.hasSuffix("<h5>小見出し</h5>\n"))
    }

    /// Without a theme, the Markdown stage gives a heading its id and nothing more.
    @Test func headingsWithoutAThemeHaveTheirIdAlone() throws {
        let html = try MarkdownRenderer().render("## 目標 & *more*\n\n##### Five {#five}\n", language: "ja").html
        #expect(html == "<h2 id=\"目標-more\">目標 &amp; <em>more</em></h2>\n<h5 id=\"five\">Five</h5>\n")
    }

    static let slugCases: [(String, String)] = [
        ("外部研究資金", "外部研究資金"),
        ("3つの目標（2025年）", "3つの目標2025年"),
        ("Our Vision, 2030", "our-vision-2030"),
        ("  spaced   out  ", "spaced-out"),
        ("G-CITY 戦略", "g-city-戦略"),
        ("「」", "section"),
        ("snake_case", "snake_case"),
    ]

    @Test(arguments: slugCases)
    func slugs(_ text: String, _ slug: String) {
        #expect(HeadingSlug.slug(text) == slug)
    }

    @Test func headingIdsAvoidTheTemplatesIds() throws {
        let rendered = try Self.render("## Main\n\n## Contents {#toc}\n", language: "en")
        #expect(rendered.headings.map(\.id) == ["main-2", "toc-2"])
    }

    @Test func customIDAndLabelsAreEscaped() throws {
        let html = try Self.render(#"## Say "hi" & <go> {#say-hi}"#, language: "en").html
        #expect(html.contains(#"<h2 id="say-hi">Say “hi” &amp; <!-- raw HTML omitted -->"#))
        #expect(html.contains(#"aria-label="Link to the section “Say “hi” &amp;”""#))
    }

    @Test func safeModeOmitsRawHTMLEverywhere() throws {
        let markdown = """
            ## Title <script>alert(1)</script>

            <div onclick="x()">raw</div>

            | a | b |
            | - | - |
            | <b>x</b> | y |
            """
        let html = try Self.render(markdown, language: "en").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<div onclick"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("<table>"))
        let unsafe = try Self.render(markdown, language: "en", options: MarkdownOptions(unsafe: true)).html
        #expect(unsafe.contains("<div onclick"))
        #expect(unsafe.contains("<td><b>x</b></td>"))
    }

    @Test func smartPunctuationOnlyForNonCJKPages() throws {
        let source = "\"Quoted\" -- it's here..."
        #expect(try Self.render(source, language: "en").html == "<p>“Quoted” – it’s here…</p>\n")
        #expect(try Self.render(source, language: "ja").html == "<p>&quot;Quoted&quot; -- it's here...</p>\n")
        #expect(try Self.render(source, language: "zh-tw").html == "<p>&quot;Quoted&quot; -- it's here...</p>\n")
        let off = MarkdownOptions(smartPunctuation: false)
        #expect(
            try Self.render(source, language: "en", options: off).html == "<p>&quot;Quoted&quot; -- it's here...</p>\n")
    }

    /// Heading text for ids and the table of contents is trimmed as Foundation trims it.
    @Test func headingTextIsTrimmedAsFoundationTrimsIt() {
        for text in PlainTextPathTests.texts(count: 2000, seed: 6) + [" \u{3000}見出し\t", "\u{00A0}", "  ", ""] {
            #expect(
                HeadingAnchors.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
