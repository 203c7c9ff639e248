import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub's extended autolinks: addresses in text become links, and stop before Japanese text.
@Suite struct AutolinkTests {
    static func link(_ url: String, _ text: String? = nil) -> String {
        "<a href=\"\(url)\">\(text ?? url)</a>"
    }

    /// cmark-gfm's autolink examples (`test/extensions.txt`).
    static let cmarkGFMCases: [(String, String)] = [
        (": http://google.com https://google.com", ": \(link("http://google.com")) \(link("https://google.com"))"),
        (
            "<http://google.com/å> http://google.com/å",
            "\(link("http://google.com/%C3%A5", "http://google.com/å")) \(link("http://google.com/%C3%A5", "http://google.com/å"))"
        ),
        ("scyther@pokemon.com", link("mailto:scyther@pokemon.com", "scyther@pokemon.com")),
        (
            "www.github.com www.github.com/á",
            "\(link("http://www.github.com", "www.github.com")) \(link("http://www.github.com/%C3%A1", "www.github.com/á"))"
        ),
        ("www.google.com/a_b", link("http://www.google.com/a_b", "www.google.com/a_b")),
        ("**Autolink and http://inlines**", "<strong>Autolink and \(link("http://inlines"))</strong>"),
        ("a.w@b.c", link("mailto:a.w@b.c", "a.w@b.c")),
        (
            "Full stop outside parens shouldn't be included http://google.com/ok.",
            "Full stop outside parens shouldn't be included \(link("http://google.com/ok"))."
        ),
        (
            "(Full stop inside parens shouldn't be included http://google.com/ok.)",
            "(Full stop inside parens shouldn't be included \(link("http://google.com/ok")).)"
        ),
        ("\"http://google.com\"", "&quot;\(link("http://google.com"))&quot;"),
        ("'http://google.com'", "'\(link("http://google.com"))'"),
        (
            "http://🍄.ga/ http://x🍄.ga/",
            "\(link("http://%F0%9F%8D%84.ga/", "http://🍄.ga/")) \(link("http://x%F0%9F%8D%84.ga/", "http://x🍄.ga/"))"
        ),
        ("This shouldn't crash everything: (_A_@_.A", "This shouldn't crash everything: (<em>A</em>@_.A"),
        ("~~www.google.com~~", "<del>\(link("http://www.google.com", "www.google.com"))</del>"),
    ]

    @Test(arguments: cmarkGFMCases)
    func cmarkGFMExamples(markdown: String, html: String) throws {
        #expect(
            try MarkdownHTML.render(markdown, language: "en", options: MarkdownOptions(smartPunctuation: false))
                == "<p>\(html)</p>\n")
    }

    @Test func notLinked() throws {
        let html = try MarkdownHTML.render(
            "* @a.b.c@. x\n* n@.  b\n* `https://code.example`\n* [https://text.example](https://link.example/)\n* ![http://inline.com/image](http://inline.com/image)\n* xhttp://example.org and wwww.example.org\n",
            language: "en")
        #expect(
            html == """
                <ul>
                <li>@a.b.c@. x</li>
                <li>n@.  b</li>
                <li><code>https://code.example</code></li>
                <li><a href="https://link.example/">https://text.example</a></li>
                <li><img src="http://inline.com/image" alt="http://inline.com/image" /></li>
                <li>xhttp://example.org and wwww.example.org</li>
                </ul>

                """)
    }

    /// Between raw `<a>` and `</a>` (with `unsafe`) an address stays text: no link in a link.
    @Test func notInsideRawAnchors() throws {
        let html = try MarkdownHTML.render(
            #"<a href="https://example.org/">https://example.org/</a> https://example.com/"#, language: "en",
            options: MarkdownOptions(unsafe: true))
        #expect(
            html
                == #"<p><a href="https://example.org/">https://example.org/</a> \#(Self.link("https://example.com/"))</p>"#
                + "\n")
    }

    /// Japanese text right after an address ends it, and right before it does not stop it.
    static let japaneseCases: [(String, String)] = [
        ("https://example.jp/です", "\(link("https://example.jp/"))です"),
        ("詳しくはhttps://example.jp/を参照", "詳しくは\(link("https://example.jp/"))を参照"),
        ("詳しくはwww.example.jpを参照", "詳しくは\(link("http://www.example.jp", "www.example.jp"))を参照"),
        ("（https://example.jp/a?b=c）参照", "（\(link("https://example.jp/a?b=c"))）参照"),
        ("「https://example.jp/」。", "「\(link("https://example.jp/"))」。"),
        ("連絡先はinfo@example.jpまで。", "連絡先は\(link("mailto:info@example.jp", "info@example.jp"))まで。"),
        ("https://example.jp/path、次", "\(link("https://example.jp/path"))、次"),
        ("https://例え.jp/", "https://例え.jp/"),
    ]

    @Test(arguments: japaneseCases)
    func japaneseText(markdown: String, html: String) throws {
        #expect(try MarkdownHTML.render(markdown) == "<p>\(html)</p>\n")
    }

    /// Addresses are links like any other: rewritten and checked at their place in the page.
    @Test func linksAreRewrittenAndToldWhereTheyAre() throws {
        var seen: [String] = []
        let html = try MarkdownRenderer().render(
            "# 題\n\n本文は**https://example.org/a**と\n| 列 |\n| --- |\n| www.example.org |\n", language: "ja"
        ) { link in
            seen.append("\(link.url) \(link.line):\(link.column)")
            return link.url.hasPrefix("https://example.org/") ? "../a/" : nil
        }.html
        #expect(html.contains(#"<strong><a href="../a/">https://example.org/a</a></strong>"#))
        #expect(seen == ["https://example.org/a 3:12", "http://www.example.org 6:3"])
    }

    @Test func autolinksCanBeTurnedOff() throws {
        #expect(
            try MarkdownHTML.render(
                "https://example.jp/ www.example.jp a@example.jp", options: MarkdownOptions(autolinks: false))
                == "<p>https://example.jp/ www.example.jp a@example.jp</p>\n")
    }

    /// Pages whose addresses are all links' destinations skip the pass, as pages without any do.
    @Test(arguments: [
        ("日本語の文: 説明", false), ("[リンク](https://www.example.org/a)", false), ("<https://example.org/>", false),
        ("[r]: https://example.org/\n[s]:\thttp://www.example.org/", false), ("see https://example.org", true),
        ("<http://foo.bar/baz bim>", true), ("[a](https://example.org/ \"title\")", true),
        ("see www.example.org", true), ("（https://example.jp/）", true), ("(https://example.org)", true),
        ("詳しくはhttps://example.jp/", true), ("a@b.c", true),
    ])
    func pagesWithoutAnAddressInTextSkipThePass(markdown: String, mayHave: Bool) {
        #expect(AutolinkPass.mayHaveAutolinks(markdown) == mayHave)
    }
}
