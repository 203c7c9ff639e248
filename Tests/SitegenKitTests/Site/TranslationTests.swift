import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Pairing, a third language, and pages missing in one language.
@Suite struct TranslationTests {
    static let threeLanguages = """
        baseURL: https://example.org/sub/
        defaultLanguage: en
        languages:
          ja: { name: 日本語, locale: ja_JP, title: サイト }
          en: { name: English, locale: en_US, title: Site }
          zh-tw: { name: 繁體中文, locale: zh_TW, title: 網站 }
        """

    @Test func aThirdLanguageNeedsNoCodeChange() async throws {
        let site = FixtureSite([
            "content/site.yaml": Self.threeLanguages,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n", "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/_index.zh-tw.md": "---\ntitle: 首頁\n---\n",
            "content/about.ja.md": "---\ntitle: 概要\n---\n", "content/about.en.md": "---\ntitle: About\n---\n",
            "content/about.zh-tw.md": "---\ntitle: 關於\ndate: 2025-02-18\n---\n",
            "templates/i18n/zh-tw.yaml": "notTranslated: 尚未翻譯\n",
        ])
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.pageCounts == ["ja": 2, "en": 2, "zh-tw": 2])
        let page = try #require(site.read("zh-tw/about/index.html"))
        #expect(page.contains(#"<html lang="zh-tw">"#))
        #expect(page.contains(#"<a href="../../ja/about/" hreflang="ja">日本語</a>"#))
        #expect(page.contains(#"<a href="../../en/about/" hreflang="en">English</a>"#))
        #expect(page.contains(#"hreflang="x-default" href="https://example.org/sub/en/about/""#))
        #expect(page.contains("2025年2月18日"))
        // The default language comes first in the switcher, whatever site.yaml's order.
        let switcher = try #require(site.read("ja/about/index.html"))
        #expect(switcher.range(of: "English")!.lowerBound < switcher.range(of: "日本語")!.lowerBound)
    }

    @Test func translationKeyPairsPagesWithDifferentSlugs() async throws {
        let site = FixtureSite([
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n", "content/_index.en.md": "---\ntitle: Home\n---\n",
            "content/gaiyo.ja.md": "---\ntitle: 概要\ntranslationKey: about\n---\n",
            "content/about.en.md": "---\ntitle: About\n---\n",
        ])
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.warnings.isEmpty)
        #expect(site.read("ja/gaiyo/index.html")?.contains(#"href="../../en/about/" hreflang="en""#) == true)
        #expect(site.read("en/about/index.html")?.contains(#"href="../../ja/gaiyo/" hreflang="ja""#) == true)
    }

    static let oneSided: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n", "content/_index.en.md": "---\ntitle: Home\n---\n",
        "content/news/_index.ja.md": "---\ntitle: お知らせ\n---\n", "content/news/_index.en.md": "---\ntitle: News\n---\n",
        "content/news/only.ja.md": "---\ntitle: 日本語だけ\n---\n本文\n",
    ]

    @Test func aMissingTranslationWarnsAndGetsAnHonestStandIn() async throws {
        let site = FixtureSite(Self.oneSided)
        defer { site.remove() }
        let report = try await site.build()
        #expect(
            report.result.warnings.map(\.description) == [
                "content/news/only.ja.md: warning: no English (en) translation; write only.en.md beside it; until then en readers see a page saying it is not translated yet"
            ])
        let japanese = try #require(site.read("ja/news/only/index.html"))
        #expect(japanese.contains(#"<a href="../../../en/news/only/" hreflang="en" data-missing>English</a>"#))
        #expect(!japanese.contains(#"hreflang="en" href="#))
        let standIn = try #require(site.read("en/news/only/index.html"))
        #expect(standIn.contains("Not translated yet"))
        #expect(standIn.contains(#"<a href="../../../ja/news/only/" lang="ja" hreflang="ja">日本語だけ</a>"#))
        #expect(standIn.contains(#"<html lang="en">"#))
    }

    /// On a stand-in, the reader's language is the current one, and only it.
    @Test func aStandInMarksOnlyTheReadersLanguageCurrent() async throws {
        var theme = FixtureSite.minimalTheme
        theme["templates/untranslated.mustache"] =
            "{{#languages}}[{{code}}{{#current}} current{{/current}}]{{/languages}}"
        let site = FixtureSite(Self.oneSided, theme: theme)
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/news/only/index.html") == "[ja][en current]")
    }

    @Test func strictTurnsWarningsIntoErrors() async throws {
        let site = FixtureSite(Self.oneSided)
        defer { site.remove() }
        let diagnostics = try await site.failure(BuildOptions(strict: true))
        #expect(
            diagnostics.map(\.description).first?.hasPrefix(
                "content/news/only.ja.md: error: no English (en) translation") == true)
        #expect(site.read("ja/index.html") == nil)
    }
}
