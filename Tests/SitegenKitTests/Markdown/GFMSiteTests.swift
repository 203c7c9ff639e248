import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// GitHub's extensions in a built bilingual site: footnotes worded by the theme in each
/// language, strikethrough, task lists and addresses made links; and `check` finds nothing
/// wrong with what they write.
@Suite struct GFMSiteTests {
    static let japanese = """
        ---
        title: 計画
        ---
        ## 予定

        計画は~~2024年~~2025年に始まります[^開始]。詳しくはhttps://example.com/planを参照[^開始]。

        - [x] 構想を発表する
        - [ ] 拠点を開く[^拠点]

        [^開始]: 北九州市の発表による。
        [^拠点]: 場所は未定です。

        """
    static let english = """
        ---
        title: Plan
        ---
        ## Schedule

        The plan starts in ~~2024~~ 2025[^開始]. See https://example.com/plan for more[^開始].

        - [x] Announce the plan
        - [ ] Open the centre[^拠点]

        [^開始]: As the city announced.
        [^拠点]: The place is not decided yet.

        """

    static func site() -> FixtureSite {
        FixtureSite([
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n[計画の注](plan.md#fn-開始)\n",
            "content/_index.en.md": "---\ntitle: Home\n---\n[The plan's note](plan.md#fn-開始)\n",
            "content/plan.ja.md": japanese,
            "content/plan.en.md": english,
            // The fixture theme words the Japanese notes itself; English ones fall back to the
            // built-in theme's strings.
            "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\nfootnotes: 注\nfootnoteBackLink: 本文の{number}へ戻る\n",
        ])
    }

    @Test func builtPagesInBothLanguages() async throws {
        let site = Self.site()
        defer { site.remove() }
        try await site.build()
        let ja = try #require(site.read("ja/plan/index.html"))
        let en = try #require(site.read("en/plan/index.html"))
        let reference = { (id: String, number: Int) in
            ##"<sup class="footnote-ref"><a href="#fn-開始" id="\##(id)" data-footnote-ref aria-describedby="footnote-label">\##(number)</a></sup>"##
        }
        #expect(
            ja.contains(
                "<p>計画は<del>2024年</del>2025年に始まります\(reference("fnref-開始", 1))。詳しくは<a href=\"https://example.com/plan\">https://example.com/plan</a>を参照\(reference("fnref-開始-2", 1))。</p>"
            ))
        #expect(
            en.contains(
                "<p>The plan starts in <del>2024</del> 2025\(reference("fnref-開始", 1)). See <a href=\"https://example.com/plan\">https://example.com/plan</a> for more\(reference("fnref-開始-2", 1)).</p>"
            ))
        for html in [ja, en] {
            #expect(html.contains(#"<li><label><input type="checkbox" checked="" disabled="" /> "#))
            #expect(html.contains(#"<section class="footnotes" data-footnotes>"#))
            #expect(html.contains(#"<li id="fn-開始">"#) && html.contains(#"<li id="fn-拠点">"#))
            #expect(html.contains(#"<h2 id="予定">"#) || html.contains(#"<h2 id="schedule">"#))
        }
        #expect(ja.contains(#"<h2 id="footnote-label" class="visually-hidden">注</h2>"#))
        #expect(
            ja.contains(
                #"data-footnote-backref-idx="1-2" aria-label="本文の1-2へ戻る">↩<sup class="footnote-ref">2</sup></a>"#))
        #expect(en.contains(#"<h2 id="footnote-label" class="visually-hidden">Footnotes</h2>"#))
        #expect(en.contains(#"data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a>"#))
        // The same labels give the same ids in both languages.
        let ids = { (html: String) in html.matches(of: #/ id="(fn[^"]*)"/#).map { String($0.output.1) } }
        #expect(ids(ja) == ids(en))
        #expect(ids(ja) == ["fnref-開始", "fnref-開始-2", "fnref-拠点", "fn-開始", "fn-拠点"])
    }

    /// Links to the notes and back, and the addresses made links, are no finding of `check`.
    @Test func checkFindsNothingWrong() {
        let report = CheckFixture.check([
            "content/strategy/plan.ja.md": Self.japanese + "\n[注へ](#fn-拠点)と[本文へ](#fnref-拠点)\n",
            "content/strategy/plan.en.md": Self.english + "\n[To the note](#fn-拠点), [back](#fnref-拠点)\n",
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n[計画の注](strategy/plan.md#fn-開始)\n",
        ])
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    /// A link to a note that the page does not have is found, as a link to a missing heading is.
    @Test func checkFindsALinkToAMissingNote() {
        let report = CheckFixture.check([
            "content/strategy/plan.ja.md": Self.japanese + "\n[注へ](#fn-存在しない)\n",
            "content/strategy/plan.en.md": Self.english,
        ])
        #expect(report.findings.map(\.path) == ["content/strategy/plan.ja.md"], "\(report.findings)")
    }

    /// An automatic summary leaves the notes' numbers out of its sentence.
    @Test func summariesLeaveReferencesOut() {
        let summary = SummaryText.of(
            "本文[^1]です。\n\n[^1]: 注釈。\n", language: "ja", renderer: MarkdownRenderer())
        #expect(summary == "本文です。")
    }
}
