import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// CJK-friendly emphasis: what libcmark leaves as text beside Japanese punctuation becomes
/// emphasis, and what CommonMark decides elsewhere stays.
@Suite struct CJKEmphasisTests {
    static func render(_ markdown: String, language: String = "ja", cjkFriendly: Bool = true) throws -> String {
        try MarkdownRenderer(options: MarkdownOptions(cjkFriendly: cjkFriendly)).render(
            markdown, language: language, headings: BuiltInHeadings.markup(language)
        ).html
    }

    /// Delimiters beside 「」『』（）。、！？ inside and outside, that CommonMark leaves as text.
    static let emphasisCases: [(String, String)] = [
        ("**「強調」**の例", "<p><strong>「強調」</strong>の例</p>\n"),
        ("*「引用」*です", "<p><em>「引用」</em>です</p>\n"),
        ("__注意__：", "<p><strong>注意</strong>：</p>\n"),
        ("これは**『重要』**だ。", "<p>これは<strong>『重要』</strong>だ。</p>\n"),
        ("**（注）**本文", "<p><strong>（注）</strong>本文</p>\n"),
        ("**日本語の文。**次の文", "<p><strong>日本語の文。</strong>次の文</p>\n"),
        ("文中の**強調、**続き", "<p>文中の<strong>強調、</strong>続き</p>\n"),
        ("本当に**すごい！**と思った", "<p>本当に<strong>すごい！</strong>と思った</p>\n"),
        ("**なぜ？**という問い", "<p><strong>なぜ？</strong>という問い</p>\n"),
        ("。**「外側」**。", "<p>。<strong>「外側」</strong>。</p>\n"),
        ("G-CITYの**「産学連携」**とは", "<p>G-CITYの<strong>「産学連携」</strong>とは</p>\n"),
        ("英語の**“quote”**です", "<p>英語の<strong>“quote”</strong>です</p>\n"),
        ("**「外側*内側*」**の例", "<p><strong>「外側<em>内側</em>」</strong>の例</p>\n"),
        ("*「一」*と*「二」*です", "<p><em>「一」</em>と<em>「二」</em>です</p>\n"),
        ("**「稼げる」**と**「つながる」**", "<p><strong>「稼げる」</strong>と<strong>「つながる」</strong></p>\n"),
        ("- **「箇条」**の例\n  **「続き」**の行", "<ul>\n<li><strong>「箇条」</strong>の例<strong>「続き」</strong>の行</li>\n</ul>\n"),
        ("> *「引用」*です\n> **「二行目」**も", "<blockquote>\n<p><em>「引用」</em>です<strong>「二行目」</strong>も</p>\n</blockquote>\n"),
        ("***「両方」***です", "<p><em><strong>「両方」</strong></em>です</p>\n"),
        (
            "[**「リンク」**の例](https://example.org/)",
            "<p><a href=\"https://example.org/\"><strong>「リンク」</strong>の例</a></p>\n"
        ),
        (
            "[*「a」*](u)の**[「b」](v)**です",
            "<p><a href=\"u\"><em>「a」</em></a>の<strong><a href=\"v\">「b」</a></strong>です</p>\n"
        ),
        ("**「a」**`code`**「b」**です", "<p><strong>「a」</strong><code>code</code><strong>「b」</strong>です</p>\n"),
        (
            "- 一行目 *x* **y**\n  **「A」**と*B*と**「C」**です",
            "<ul>\n<li>一行目 <em>x</em> <strong>y</strong>\n<strong>「A」</strong>と<em>B</em>と<strong>「C」</strong>です</li>\n</ul>\n"
        ),
        ("葛\u{E0100}**「異体字」**の例", "<p>葛\u{E0100}<strong>「異体字」</strong>の例</p>\n"),
        ("x\\***「b」**の", "<p>x*<strong>「b」</strong>の</p>\n"),
        ("**Kitakyushu「北九州」**の", "<p><strong>Kitakyushu「北九州」</strong>の</p>\n"),
        ("*強調の中の**「強い」**語*です", "<p><em>強調の中の<strong>「強い」</strong>語</em>です</p>\n"),
        (
            "## **「見出し」**の強調",
            "<div class=\"heading\"><h2 id=\"見出しの強調\"><strong>「見出し」</strong>の強調</h2>"
                + "<a class=\"anchor\" href=\"#見出しの強調\" aria-label=\"見出し「「見出し」の強調」へのリンク\">#</a></div>\n"
        ),
    ]

    @Test(arguments: emphasisCases)
    func becomesEmphasis(_ markdown: String, _ html: String) throws {
        #expect(try Self.render(markdown) == html)
    }

    /// The same sources stay as libcmark renders them with `cjkFriendly: false`.
    @Test(arguments: emphasisCases.prefix(2))
    func optionOffKeepsCommonMark(_ markdown: String, _ html: String) throws {
        let plain = try Self.render(markdown, cjkFriendly: false)
        #expect(plain != html)
        #expect(plain.contains("*") || plain.contains("_"))
    }

    /// Cases that must stay exactly as CommonMark renders them.
    static let commonMarkCases: [(String, String)] = [
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>\n"),
        ("snake_case_name", "<p>snake_case_name</p>\n"),
        ("日本_語_です", "<p>日本_語_です</p>\n"),
        ("_「引用」_です", "<p>_「引用」_です</p>\n"),
        (#"\*\*「強調」\*\*の例"#, "<p>**「強調」**の例</p>\n"),
        ("&#42;&#42;「強調」&#42;&#42;の例", "<p>**「強調」**の例</p>\n"),
        ("*&ast;「強調」*&ast;の例", "<p><em>*「強調」</em>*の例</p>\n"),
        ("`**「コード」**`の例", "<p><code>**「コード」**</code>の例</p>\n"),
        ("**強調**の例", "<p><strong>強調</strong>の例</p>\n"),
        ("「**強調**」と書く", "<p>「<strong>強調</strong>」と書く</p>\n"),
        ("** 「空白」**です", "<p>** 「空白」**です</p>\n"),
        ("**「閉じない」の例", "<p>**「閉じない」の例</p>\n"),
        ("foo*bar*baz **x** a*\"b\"*c", "<p>foo<em>bar</em>baz <strong>x</strong> a*&quot;b&quot;*c</p>\n"),
    ]

    @Test(arguments: commonMarkCases)
    func staysCommonMark(_ markdown: String, _ html: String) throws {
        #expect(try Self.render(markdown) == html)
        #expect(try Self.render(markdown, cjkFriendly: false) == html)
    }

    @Test func englishPagesGetItToo() throws {
        #expect(
            try Self.render("The word **「絆」**means bonds.", language: "en")
                == "<p>The word <strong>「絆」</strong>means bonds.</p>\n")
    }

    /// Pages with no character at or above U+1000 and no entity skip the CJK passes; on seeded
    /// random Markdown of delimiters, punctuation, smart-punctuation sources and other scripts,
    /// running the passes anyway gives the same HTML.
    @Test func pagesWithoutCJKRenderTheSameWithoutTheCJKPasses() throws {
        let pieces = [
            "*", "**", "_", "__", "***", " ", "\n", "a", "word", "W", "1", ".", ",", "!", "?", "(", ")", "\"", "'",
            "--", "...", "-", "`code`", "[link](x.md)", "![alt](y.png)", "<b>", "é", "Ω", "ж", "\\*", "# ", "> ",
            "- ", "\n\n",
        ]
        var generator = SeededGenerator(state: 7)
        var checked = 0
        for _ in 0..<2000 {
            let markdown = (0..<(1 + generator.next(40))).map { _ in pieces[generator.next(pieces.count)] }.joined()
            guard !CJKCharacters.mayHaveCJK(markdown) else { continue }
            checked += 1
            for language in ["en", "ja"] {
                var always = MarkdownRenderer()
                always.skipsPassesByBytes = false
                let skipped = try MarkdownRenderer().render(markdown, language: language).html
                #expect(try always.render(markdown, language: language).html == skipped, "\(markdown)")
            }
        }
        #expect(checked > 1500)
    }
}
