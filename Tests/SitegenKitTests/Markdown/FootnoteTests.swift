import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub's footnotes, as cmark-gfm writes them, on Japanese and English pages.
@Suite struct FootnoteTests {
    /// cmark-gfm's own words: its back-links are named "Back to reference 1" and it writes no
    /// heading over the notes.
    static let gfm = FootnoteMarkup(backLink: "Back to reference {number}")

    static func render(
        _ markdown: String, language: String = "en", markup: FootnoteMarkup = gfm,
        options: MarkdownOptions = MarkdownOptions(smartPunctuation: false),
        rewriteLink: (LinkReference) throws -> String? = { _ in nil }
    ) throws -> String {
        try MarkdownRenderer(options: options).render(
            markdown, language: language, footnotes: markup, rewriteLink: rewriteLink
        ).html
    }

    /// Every `id="…"` of `html`.
    static func ids(_ html: String) -> [String] {
        html.matches(of: #/ id="([^"]*)"/#).map { String($0.output.1) }
    }

    /// cmark-gfm's footnote example (`test/extensions.txt`), in the markup cmark-gfm writes
    /// since 0.29.0.gfm.6: definitions anywhere, indented continuation, code blocks, unused and
    /// undefined labels.
    @Test(arguments: ["en", "ja"])
    func cmarkGFMExample(language: String) throws {
        let markdown = """
            This is some text![^1]. Other text.[^footnote].

            Here's a thing[^other-note].

            And another thing[^codeblock-note].

            This doesn't have a referent[^nope].


            [^other-note]:       no code block here (spaces are stripped away)

            [^codeblock-note]:
                    this is now a code block (8 spaces indentation)

            [^1]: Some *bolded* footnote definition.

            Hi!

            [^footnote]:
                > Blockquotes can be in a footnote.

                    as well as code blocks

                or, naturally, simple paragraphs.

            [^unused]: This is unused.

            """
        let backLink = #"class="footnote-backref" data-footnote-backref data-footnote-backref-idx"#
        #expect(
            try Self.render(markdown, language: language) == """
                <p>This is some text!<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>. Other text.<sup class="footnote-ref"><a href="#fn-footnote" id="fnref-footnote" data-footnote-ref>2</a></sup>.</p>
                <p>Here's a thing<sup class="footnote-ref"><a href="#fn-other-note" id="fnref-other-note" data-footnote-ref>3</a></sup>.</p>
                <p>And another thing<sup class="footnote-ref"><a href="#fn-codeblock-note" id="fnref-codeblock-note" data-footnote-ref>4</a></sup>.</p>
                <p>This doesn't have a referent[^nope].</p>
                <p>Hi!</p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>Some <em>bolded</em> footnote definition. <a href="#fnref-1" \(backLink)="1" aria-label="Back to reference 1">↩</a></p>
                </li>
                <li id="fn-footnote">
                <blockquote>
                <p>Blockquotes can be in a footnote.</p>
                </blockquote>
                <pre><code>as well as code blocks
                </code></pre>
                <p>or, naturally, simple paragraphs. <a href="#fnref-footnote" \(backLink)="2" aria-label="Back to reference 2">↩</a></p>
                </li>
                <li id="fn-other-note">
                <p>no code block here (spaces are stripped away) <a href="#fnref-other-note" \(backLink)="3" aria-label="Back to reference 3">↩</a></p>
                </li>
                <li id="fn-codeblock-note">
                <pre><code>this is now a code block (8 spaces indentation)
                </code></pre>
                <a href="#fnref-codeblock-note" \(backLink)="4" aria-label="Back to reference 4">↩</a>
                </li>
                </ol>
                </section>

                """)
    }

    /// cmark-gfm's repeated references: `fnref-x-2`, and a back-link to each, numbered.
    @Test func repeatedReferencesGetTheirOwnIdsAndBackLinks() throws {
        let html = try Self.render("Twice[^x] here[^x].\n\n[^x]: once\n")
        #expect(
            html == """
                <p>Twice<sup class="footnote-ref"><a href="#fn-x" id="fnref-x" data-footnote-ref>1</a></sup> here<sup class="footnote-ref"><a href="#fn-x" id="fnref-x-2" data-footnote-ref>1</a></sup>.</p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-x">
                <p>once <a href="#fnref-x" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> <a href="#fnref-x-2" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
                </li>
                </ol>
                </section>

                """)
    }

    /// Notes are numbered by first reference; labels match without case; an unreferenced
    /// definition is left out and an undefined reference stays text.
    @Test func numberingFollowsFirstReference() throws {
        let html = try Self.render("B[^b], A[^A], B[^B], none[^z].\n\n[^a]: first\n[^b]: second\n[^c]: unused\n")
        #expect(html.contains(##"<a href="#fn-b" id="fnref-b" data-footnote-ref>1</a>"##))
        #expect(html.contains(##"<a href="#fn-a" id="fnref-a" data-footnote-ref>2</a>"##))
        #expect(html.contains(##"<a href="#fn-b" id="fnref-b-2" data-footnote-ref>1</a>"##))
        #expect(html.contains("none[^z]."))
        #expect(!html.contains("unused"))
        #expect(html.range(of: #"<li id="fn-b">"#)!.lowerBound < html.range(of: #"<li id="fn-a">"#)!.lowerBound)
    }

    /// The theme's words in the page's language: the notes' hidden heading, which the
    /// references point to, and the back-links' names.
    @Test func wordsComeFromTheThemeInThePagesLanguage() throws {
        let markdown = "本文[^1]と本文[^1]。\n\n[^1]: 注釈。\n"
        for (language, title, label) in [
            ("ja", "脚注", "参照 1-2 に戻る"), ("en", "Footnotes", "Back to reference 1-2"),
            ("ko", "각주", "참조 1-2(으)로 돌아가기"),
        ] {
            let html = try Self.render(markdown, language: language, markup: BuiltInHeadings.footnotes(language))
            #expect(html.contains(#"<h2 id="footnote-label" class="visually-hidden">\#(title)</h2>"#), "\(language)")
            #expect(html.contains(#"aria-label="\#(label)""#), "\(language)")
            #expect(html.contains(#"data-footnote-ref aria-describedby="footnote-label">1</a>"#), "\(language)")
        }
        // Markdown rendered without a theme says no words at all.
        let plain = try Self.render(markdown, language: "ja", markup: .plain)
        #expect(!plain.contains("aria-label") && !plain.contains("<h2") && !plain.contains("aria-describedby"))
    }

    /// A Japanese label keeps its characters in the ids, as heading ids do, so a page and its
    /// translation that share labels share ids.
    @Test func japaneseLabelsMakeTheSameIdsInBothLanguages() throws {
        let ja = try Self.render("本文[^注1]です。\n\n[^注1]: 注釈です。\n", language: "ja")
        let en = try Self.render("Text[^注1].\n\n[^注1]: A note.\n", language: "en")
        for html in [ja, en] {
            #expect(html.contains(##"<a href="#fn-注1" id="fnref-注1" data-footnote-ref>1</a>"##))
            #expect(html.contains(#"<li id="fn-注1">"#))
            #expect(html.contains(##"<a href="#fnref-注1" class="footnote-backref""##))
        }
        #expect(Self.ids(ja) == Self.ids(en))
    }

    /// No two elements get one id: headings give way to the notes (`## fn-1` is `fn-1-2`), and
    /// a repeated reference to `a` gives way to the first reference to `a-2`.
    @Test func idsAreUniqueOnThePage() throws {
        let markdown = """
            ## fn-1

            ## fnref a 2

            ## Footnote label

            One[^1], a[^a], a again[^a], a-2[^a-2].

            [^1]: one
            [^a]: a
            [^a-2]: a-2

            """
        let html = try Self.render(markdown, markup: BuiltInHeadings.footnotes("en"))
        let ids = Self.ids(html)
        #expect(ids.count == Set(ids).count, "\(ids)")
        #expect(ids.contains("fn-1") && ids.contains("fn-1-2") && ids.contains("footnote-label-2"))
        #expect(ids.contains("fnref-a") && ids.contains("fnref-a-2") && ids.contains("fnref-a-3"))
        let described = #"data-footnote-ref aria-describedby="footnote-label""#
        #expect(html.contains(##"<a href="#fn-a" id="fnref-a-3" \##(described)>2</a>"##))
        #expect(html.contains(##"<a href="#fn-a-2" id="fnref-a-2" \##(described)>3</a>"##))
        #expect(html.contains(#"<h2 id="fnref-a-2-2">fnref a 2</h2>"#))
    }

    /// Where libcmark read a definition differently: as a link reference definition (`[^1]: 注釈`
    /// is a label and a destination, and made `[^1]` a link), or inside a paragraph it goes on.
    /// A note whose first line is empty takes the next line too when libcmark read the two as
    /// one (GitHub would end the note there, but the line would be lost).
    @Test func definitionsLibcmarkReadOtherwise() throws {
        let html = try Self.render(
            """
            本文[^1]、本文[^2]、本文[^3]。
            [^1]: 注釈一
            [^2]: 注釈二 with spaces
            続きの行
            [^3]:
            注釈三は次の行

            """, language: "ja")
        #expect(html.hasPrefix("<p>本文<sup class=\"footnote-ref\">"))
        #expect(!html.contains("注釈一</a>"))
        #expect(html.contains("<li id=\"fn-1\">\n<p>注釈一 <a href=\"#fnref-1\""))
        #expect(html.contains("<li id=\"fn-2\">\n<p>注釈二 with spaces\n続きの行 <a href=\"#fnref-2\""))
        #expect(html.contains("<li id=\"fn-3\">\n<p>注釈三は次の行 <a href=\"#fnref-3\""))
        #expect(html.components(separatedBy: "<p>").count == 5)
    }

    /// Definitions in a list item and in a block quote, with indented continuation.
    @Test func definitionsInsideContainers() throws {
        let html = try Self.render(
            """
            - 項目[^l]

              [^l]: 項目の注釈

                  二段落目
            - 次
            - [^m]: 項目そのもの

            > 引用[^q]
            >
            > [^q]: 引用の注釈
            > 続き

            """, language: "ja")
        #expect(html.contains("<li>\n<p>次</p>\n</li>\n<li></li>\n</ul>"))
        #expect(html.contains("<blockquote>\n<p>引用<sup"))
        #expect(!html.contains("<p>[^"))
        #expect(html.contains("<li id=\"fn-l\">\n<p>項目の注釈</p>\n<p>二段落目 <a href=\"#fnref-l\""))
        #expect(html.contains("<li id=\"fn-q\">\n<p>引用の注釈続き <a href=\"#fnref-q\""))
        #expect(!html.contains("fn-m"))
    }

    /// References in a table cell and in a heading: the heading's id, text and table of contents
    /// leave the number out.
    @Test func referencesInTablesAndHeadings() throws {
        let rendered = try MarkdownRenderer().render(
            "## 目標[^t]\n\n| 項目 | 値 |\n| --- | --: |\n| 資金[^t] | 50億円 |\n\n[^t]: 2025年度。\n",
            language: "ja", headings: BuiltInHeadings.markup("ja"), footnotes: Self.gfm)
        #expect(rendered.headings == [Heading(level: 2, text: "目標", id: "目標")])
        #expect(rendered.html.contains(#"aria-label="見出し「目標」へのリンク""#))
        #expect(rendered.html.contains(##"<td>資金<sup class="footnote-ref"><a href="#fn-t" id="fnref-t-2""##))
        #expect(rendered.html.contains(#"<td style="text-align: right">50億円</td>"#))
    }

    /// What is not a reference: escaped, in code, a link written with a destination, in link text.
    @Test func notReferences() throws {
        let html = try Self.render(
            "\\[^1], `[^1]`, [^1](https://example.org/), [see [^1]](https://example.org/), [^1]\n\n[^1]: a note\n")
        #expect(
            html.hasPrefix(
                #"<p>[^1], <code>[^1]</code>, <a href="https://example.org/">^1</a>, <a href="https://example.org/">see [^1]</a>, <sup class="footnote-ref">"#
            ))
        #expect(html.contains(#"id="fnref-1""#) && !html.contains(#"id="fnref-1-2""#))
    }

    /// A note's content goes through every pass: its links are rewritten and told at their place
    /// in the page, the page's link reference definitions work in it, and it may refer to notes.
    @Test func notesGoThroughThePasses() throws {
        var links: [LinkReference] = []
        let html = try Self.render(
            """
            本文[^1]。

            [^1]: [ページ](other.md)と[参考][r]、~~削除~~、https://example.jp/ です[^2]。
            [^2]: 二つ目の**「注釈」**です。

            [r]: https://example.org/

            """, language: "ja"
        ) { link in
            links.append(link)
            return link.url == "other.md" ? "../other/" : nil
        }
        #expect(
            html.contains(
                ##"<p><a href="../other/">ページ</a>と<a href="https://example.org/">参考</a>、<del>削除</del>、<a href="https://example.jp/">https://example.jp/</a> です<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup>。 <a href="#fnref-1""##
            ))
        #expect(html.contains("<p>二つ目の<strong>「注釈」</strong>です。 <a href=\"#fnref-2\""))
        #expect(
            links.map { "\($0.url) \($0.line):\($0.column)" } == [
                "other.md 3:7", "https://example.org/ 3:31", "https://example.jp/ 3:58",
            ])
    }

    /// Raw HTML in a note is left out (and told at its place) as in the text.
    @Test func rawHTMLInNotesIsLeftOut() throws {
        let rendered = try MarkdownRenderer().render("a[^1]\n\n[^1]: <b>bold</b>\n", footnotes: Self.gfm)
        #expect(rendered.html.contains("<p><!-- raw HTML omitted -->bold<!-- raw HTML omitted --> <a"))
        #expect(rendered.omittedHTML.map { "\($0.text) \($0.line):\($0.column)" } == ["<b> 3:7", "</b> 3:14"])
    }

    @Test func footnotesCanBeTurnedOff() throws {
        let html = try Self.render("a[^1]\n\n[^1]: a note\n", options: MarkdownOptions(footnotes: false))
        #expect(html == "<p>a[^1]</p>\n<p>[^1]: a note</p>\n")
    }

    @Test(arguments: [
        ("no footnote here", false), ("a [^1] reference only", false), ("[^1]: a definition", true),
        ("  [^注]: 注釈", true), ("[^ 1]: spaced", false), ("[^]: empty", false),
    ])
    func pagesWithoutDefinitionsSkipThePass(markdown: String, mayHave: Bool) {
        #expect(FootnoteDefinitions.mayHaveDefinitions(markdown) == mayHave)
    }
}
