import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Plain text of rendered Markdown for the index.
@Suite struct HTMLTextTests {
    @Test func inlineTagsJoinAndBlocksSeparate() {
        let text = HTMLText(
            html: "<p><strong>半導体</strong>産業と<a href=\"x\">IMEC</a></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
        #expect(text.text == "半導体産業とIMEC\none\ntwo")
        #expect(SearchTokenizer.terms(text.text).contains("体産"))
    }

    @Test func headingsAreKeptApart() {
        let text = HTMLText(html: "<h2 id=\"a\">戦略での<em>位置</em>づけ</h2>\n<p>本文</p>\n<h3>Next &amp; last</h3>")
        #expect(text.headings == ["戦略での位置づけ", "Next & last"])
        #expect(text.text == "戦略での位置づけ\n本文\nNext & last")
    }

    @Test(arguments: [
        ("a &lt;b&gt; &quot;c&quot; &#39;d&#39; &#x2014; &#8212;", "a <b> \"c\" 'd' — —"),
        ("AT&amp;T &unknown; & done", "AT&T &unknown; & done"),
    ])
    func entitiesAreDecoded(_ html: String, _ text: String) {
        #expect(HTMLText(html: html).text == text)
    }

    @Test func scriptsStylesAndRubyReadingsAreDropped() {
        let text = HTMLText(
            html:
                "<p>前<script>var x = '<p>';</script>後<style>p{}</style></p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>"
        )
        #expect(text.text == "前後\n漢字")
    }
}
