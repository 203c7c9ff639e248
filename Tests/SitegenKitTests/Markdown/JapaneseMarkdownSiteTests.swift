import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Japanese-first Markdown seen in a built site: emphasis beside 「」 and ：, wrapped
/// paragraphs without stray spaces, heading anchors with a table of contents, tables.
@Suite struct JapaneseMarkdownSiteTests {
    static let page = """
        ---
        title: 目標
        ---
        **「強調」**の例、*「引用」*です、__注意__：と書けます。
        この段落はソースで
        折り返していますが、
        空白は入りません。

        ## 外部研究資金

        ## スタートアップ {#startups}

        ### 誘致

        | 目標 | 数値 |
        | --- | --: |
        | **「外部研究資金」**（5年後） | 50億円 |
        | [ホーム](_index.md)へ | \\| |

        """

    static func site(markdownOptions: String = "") -> FixtureSite {
        FixtureSite([
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus + markdownOptions,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/goals.ja.md": page,
            "content/goals.en.md": "---\ntitle: Goals\n---\n\"Targets\" -- for the park.\nWrapped\nline.\n",
            // A theme of its own names the self-links of headings in its own words.
            "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\nheadingLink: 見出し「{heading}」へのリンク\n",
            "templates/i18n/en.yaml": "notTranslated: Not translated yet\nheadingLink: \"Link to {heading}\"\n",
            "templates/page.mustache": """
            {{<base}}{{$main}}<h1>{{page.title}}</h1>{{#page.hasToc}}<nav class="toc"><ul>{{#page.toc}}<li class="toc-{{level}}"><a href="#{{id}}">{{text}}</a></li>{{/page.toc}}</ul></nav>{{/page.hasToc}}{{{page.content}}}{{/main}}{{/base}}
            """,
        ])
    }

    @Test func builtPagesShowJapaneseMarkdown() async throws {
        let site = Self.site()
        defer { site.remove() }
        try await site.build()
        let html = try #require(site.read("ja/goals/index.html"))
        #expect(
            html.contains(
                "<p><strong>「強調」</strong>の例、<em>「引用」</em>です、<strong>注意</strong>：と書けます。この段落はソースで折り返していますが、空白は入りません。</p>"
            ))
        #expect(!html.contains("**"))
        #expect(
            html.contains(
                ##"<div class="heading"><h2 id="外部研究資金">外部研究資金</h2><a class="anchor" href="#外部研究資金" aria-label="見出し「外部研究資金」へのリンク">#</a></div>"##
            ))
        #expect(html.contains(#"<h2 id="startups">スタートアップ</h2>"#))
        #expect(html.contains(#"<h3 id="誘致">誘致</h3>"#))
        #expect(
            html.contains(
                ##"<nav class="toc"><ul><li class="toc-2"><a href="#外部研究資金">外部研究資金</a></li><li class="toc-2"><a href="#startups">スタートアップ</a></li><li class="toc-3"><a href="#誘致">誘致</a></li></ul></nav>"##
            ))
        #expect(
            html.contains(
                #"<td><strong>「外部研究資金」</strong>（5年後）</td><td style="text-align: right">50億円</td>"#))
        #expect(html.contains(#"<td><a href="../">ホーム</a>へ</td><td style="text-align: right">|</td>"#))
        let english = try #require(site.read("en/goals/index.html"))
        #expect(english.contains("<p>“Targets” – for the park.\nWrapped\nline.</p>"))
    }

    @Test func siteYAMLTurnsCJKFriendlyOff() async throws {
        let site = Self.site(markdownOptions: "\nmarkdown: { cjkFriendly: false }\n")
        defer { site.remove() }
        try await site.build()
        let html = try #require(site.read("ja/goals/index.html"))
        #expect(html.contains("<p>**「強調」**の例、*「引用」*です、"))
        #expect(html.contains("ソースで\n折り返して"))
    }
}
