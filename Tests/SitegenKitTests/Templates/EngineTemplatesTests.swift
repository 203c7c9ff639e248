import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The markup and words sitegen renders for itself come from the theme: `partials/heading`,
/// `partials/stand-in`, `fallback/root`, `fallback/404` and the strings of `EngineString`, with
/// the built-in templates and the documented defaults for a theme of its own that lacks them.
@Suite struct EngineTemplatesTests {
    /// A site in Japanese and English with the minimal theme (`builtIn: false`, no `root`,
    /// `404`, `untranslated` or engine partials), a page with headings, and a page in Japanese
    /// only.
    static func site(_ changes: [String: String] = [:]) -> FixtureSite {
        var files: [String: String] = [
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/about.ja.md": "---\ntitle: 概要\n---\n## 目標\n",
            "content/about.en.md": "---\ntitle: About\n---\n## Our *aims* {#aims}\n",
            "content/only.ja.md": "---\ntitle: 日本語だけ\n---\n本文\n",
        ]
        for (path, text) in changes { files[path] = text }
        return FixtureSite(files)
    }

    @Test func aThemeOfItsOwnGetsTheBuiltInEngineTemplates() async throws {
        let site = Self.site()
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.path.hasPrefix("templates/") }
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(
            site.read("index.html")
                == """
                <!doctype html>
                <html lang="ja">
                <head><meta charset="utf-8"><title>テストサイト</title><meta http-equiv="refresh" content="0; url=ja/"></head>
                <body><ul>
                <li><a href="ja/" lang="ja" hreflang="ja">日本語</a></li>
                <li><a href="en/" lang="en" hreflang="en">English</a></li>
                </ul></body>
                </html>

                """)
        let notFound =
            #"<!doctype html>\#n<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>404</title></head><body><p lang="en">Page not found</p></body></html>\#n"#
        #expect(site.read("en/404.html") == notFound)
        #expect(
            site.read("404.html")?.contains(#"<p lang="ja">ページが見つかりません</p><p lang="en">Page not found</p>"#) == true)
        // The theme has no `headingLink`, nor 404 texts: the built-in theme's, in each language.
        #expect(
            site.read("en/about/index.html")?.contains(
                ##"<div class="heading"><h2 id="aims">Our <em>aims</em></h2><a class="anchor" href="#aims" aria-label="Link to the section “Our aims”">#</a></div>"##
            ) == true)
        #expect(site.read("ja/about/index.html")?.contains(#"aria-label="見出し「目標」へのリンク""#) == true)
        #expect(site.read("ja/404.html")?.contains(#"<p lang="ja">ページが見つかりません</p>"#) == true)
        // Rendered with `page`, the stand-in shows `partials/stand-in`, titled with the built-in
        // theme's `notTranslatedTitle`.
        #expect(
            site.read("en/only/index.html")?.contains(
                #"<h1>Not yet translated</h1><p>Not translated yet</p>\#n<ul>\#n<li><a href="../../ja/only/" lang="ja" hreflang="ja">日本語だけ</a> (日本語)</li>\#n</ul>\#n"#
            ) == true)
    }

    @Test func aThemeChangesTheEngineTemplatesAndStrings() async throws {
        let site = Self.site([
            "templates/partials/heading.mustache":
                ##"<h{{level}} id="{{id}}" title="{{label}}">{{{content}}} <a href="#{{id}}">¶</a></h{{level}}>"##
                + "\n",
            "templates/partials/stand-in.mustache":
                "<p class=\"gone\">{{message}}: {{#originals}}{{name}}{{/originals}}</p>\n",
            "templates/fallback/root.mustache": "<p>{{#languages}}[{{code}}]{{/languages}}</p>\n",
            "templates/404.mustache":
                "{{#notFound}}<h1>{{title}}</h1><a href=\"{{home}}\">{{homeLabel}}</a>{{/notFound}}\n",
            "templates/i18n/ja.yaml":
                "notTranslated: 未翻訳です\nheadingLink: 「{heading}」への行き方\ntocMinimum: \"1\"\nnotFoundTitle: ないです\n",
            "templates/i18n/en.yaml":
                "notTranslated: Not translated yet\nheadingLink: \"To {heading}\"\ntocMinimum: \"1\"\nnotFoundTitle: Gone\n",
            "templates/page.mustache":
                "{{<base}}{{$main}}{{#page.hasToc}}<nav>{{#page.toc}}{{id}}{{/page.toc}}</nav>{{/page.hasToc}}{{{page.content}}}{{/main}}{{/base}}",
        ])
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.path.hasPrefix("templates/") }
        #expect(warnings.isEmpty, "\(warnings)")
        let japanese = try #require(site.read("ja/about/index.html"))
        #expect(japanese.contains(##"<nav>目標</nav><h2 id="目標" title="「目標」への行き方">目標 <a href="#目標">¶</a></h2>"##))
        #expect(!japanese.contains(#"class="anchor""#))
        #expect(site.read("en/only/index.html")?.contains(#"<p class="gone">Not translated yet: 日本語</p>"#) == true)
        #expect(site.read("index.html") == "<p>[ja][en]</p>\n")
        #expect(site.read("ja/404.html") == "<h1>ないです</h1><a href=\"https://example.org/ja/\">日本語のトップページへ</a>\n")
    }

    @Test func aHeadingPartialWithoutItsTextAndAWrongNumberWarn() async throws {
        let site = Self.site([
            "templates/partials/heading.mustache": "<h{{level}} id=\"{{id}}\">{{text}}</h{{level}}>\n",
            "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\ntocMinimum: three\n",
            "templates/i18n/en.yaml": "notTranslated: Not translated yet\ntocMinimum: \"3\"\n",
        ])
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.path.hasPrefix("templates/") }
            .map { "\($0.path): \($0.message)" }
        #expect(
            warnings == [
                "templates/partials/heading.mustache: `partials/heading` has no `{{{content}}}`, so each heading's text comes after it",
                "templates/i18n/ja.yaml: `tocMinimum: three` is not a number, so pages take the default, 3",
            ], "\(warnings)")
    }
}
