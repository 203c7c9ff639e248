import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A page without `summary:` gets one from its body: the text before `<!--more-->`, else its
/// first paragraph, cut at a sentence end, in lists, feeds, calendars, the meta description
/// and JSON-LD.
@Suite struct AutomaticSummaryTests {
    static func summary(_ body: String, _ language: String = "en") -> String? {
        SummaryText.of(body[...], language: language, renderer: MarkdownRenderer())
    }

    @Test func theFirstParagraphAsReadersSeeIt() {
        #expect(
            Self.summary(
                "## Outline\n\nThe *park* joins [16 institutions](a.md) & firms.\nIt opened in 2001.\n\n- a list\n")
                == "The park joins 16 institutions & firms. It opened in 2001.")
        // A quote or a list before the first paragraph is not it.
        #expect(Self.summary("> Quoted from the strategy.\n\n- one\n- two\n\nOur own words.\n") == "Our own words.")
        #expect(Self.summary("## Only a heading\n\n- and a list\n") == nil)
        // Japanese lines joined without a space, as the page shows them.
        #expect(Self.summary("学術研究都市は\n北九州市にあります。\n", "ja") == "学術研究都市は北九州市にあります。")
    }

    /// `<!--more-->` counts on a line of its own, outside fenced code; reference links keep
    /// their definitions from anywhere in the body; a list alone before the marker falls back
    /// to the first paragraph.
    @Test func moreIsALineAndReferencesResolve() {
        #expect(
            Self.summary("Put `<!--more-->` on a line of its own.\n\nMore.\n")
                == "Put <!--more--> on a line of its own.")
        #expect(Self.summary("```\n<!--more-->\n```\n\nAfter the code.\n") == "After the code.")
        #expect(
            Self.summary("Read about [Swift][s] today.\n<!--more-->\nThe rest.\n\n[s]: https://swift.org\n")
                == "Read about Swift today.")
        #expect(Self.summary("- a\n- b\n\n<!--more-->\n\nA paragraph after.\n") == "A paragraph after.")
    }

    @Test func textBeforeMoreIsTheSummary() {
        #expect(
            Self.summary("First part.\n\nSecond part.\n\n<!--more-->\n\nThe rest.\n") == "First part. Second part.")
    }

    @Test func longTextIsCutAtASentenceEnd() {
        let japanese = String(repeating: "研究", count: 30) + "です。" + String(repeating: "連携", count: 40) + "です。"
        let cutJapanese = SummaryText.cut(japanese, language: "ja")
        #expect(cutJapanese == String(repeating: "研究", count: 30) + "です。")
        let sentence = "Kitakyushu Science and Research Park brings universities and firms together. "
        let english = String(repeating: sentence, count: 4)
        let cutEnglish = SummaryText.cut(english, language: "en")
        #expect(cutEnglish == String(repeating: sentence, count: 2).trimmingCharacters(in: .whitespaces))
        #expect(cutEnglish.count <= 160)
        // No sentence end within the limit: cut at a space, marked as cut.
        let words = String(repeating: "semiconductor ", count: 20)
        let cutWords = SummaryText.cut(words, language: "en")
        #expect(cutWords.hasSuffix("semiconductor…") && cutWords.count <= 161)
        #expect(SummaryText.cut("Short.", language: "en") == "Short.")
    }

    static let files: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML.replacingOccurrences(of: "theme: { builtIn: false }\n", with: ""),
        "content/_index.ja.md": "---\ntitle: ホーム\nsummary: 学術研究都市のサイト\n---\n",
        "content/_index.en.md": "---\ntitle: Home\nsummary: The park's site\n---\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/forum.ja.md":
            "---\ntitle: 半導体フォーラム\ndate: 2025-02-18\nvenue: 北九州市\n---\n## 概要\n\n半導体の**産学連携**を語ります。台湾からも参加します。\n\n詳しくは後日。\n",
        "content/events/forum.en.md":
            "---\ntitle: Semiconductor Forum\ndate: 2025-02-18\nvenue: Kitakyushu\n---\nA forum on *chips* & partnerships.\n\n<!--more-->\n\nDetails later.\n",
    ]

    @Test func pagesWithoutASummaryShowTheirOwnInBothLanguages() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        try await site.build()
        let ja = try #require(site.read("ja/events/forum/index.html"))
        #expect(ja.contains(#"<meta name="description" content="半導体の産学連携を語ります。台湾からも参加します。">"#))
        let en = try #require(site.read("en/events/forum/index.html"))
        #expect(en.contains(#"<meta name="description" content="A forum on chips &amp; partnerships.">"#))
        #expect(
            en.contains(#""description":"A forum on chips \u0026 partnerships.""#)
                || en.contains(#""description":"A forum on chips & partnerships.""#))
        #expect(try #require(site.read("en/events/index.html")).contains("A forum on chips &amp; partnerships."))
        #expect(
            try #require(site.read("en/feed.xml")).contains("<summary>A forum on chips &amp; partnerships.</summary>"))
        // Calendar lines are folded at 75 bytes: unfolded first.
        let ics = try #require(site.read("ja/events/forum/event.ics")).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("DESCRIPTION:半導体の産学連携を語ります。台湾からも参加します。"))
        // A page with `summary:` keeps its own.
        #expect(try #require(site.read("en/index.html")).contains(#"content="The park&#39;s site""#))
    }

    /// Under `serve`, a body edit that changes an automatic summary shows in lists and feeds,
    /// so everything is built; one that leaves it as it was renders the page alone.
    @Test func anEditThatChangesTheSummaryRebuildsEverything() async throws {
        let site = FixtureSite(Self.files, theme: [:])
        defer { site.remove() }
        var rebuild = SiteRebuild()
        _ = try await rebuild.build(try BuildMemoTests.source(site), options: BuildOptions())
        let path = "content/events/forum.en.md"
        let front = "---\ntitle: Semiconductor Forum\ndate: 2025-02-18\nvenue: Kitakyushu\n---\n"
        let later = try await rebuild.build(
            try SiteRebuildTests.edited(
                site, [path: front + "A forum on *chips* & partnerships.\n\n<!--more-->\n\nDetails in March.\n"]),
            options: BuildOptions(), changed: [path])
        #expect(later.rendered == [path])
        let summary = try await rebuild.build(
            try SiteRebuildTests.edited(
                site, [path: front + "A forum on chips.\n\n<!--more-->\n\nDetails in March.\n"]),
            options: BuildOptions(), changed: [path])
        #expect(summary.rendered == nil)
        #expect(
            summary.result.files.first { $0.path == "en/feed.xml" }.map { file in
                guard case .bytes(let bytes) = file.contents else { return false }
                return String(decoding: bytes, as: UTF8.self).contains("<summary>A forum on chips.</summary>")
            } == true)
    }

    /// Pages `serve` reads again from its memo keep their automatic summaries only while the
    /// Markdown settings that made them are the same.
    @Test func aMarkdownSettingMakesSummariesAgain() async throws {
        var files = Self.files
        files["content/events/forum.en.md"] =
            "---\ntitle: Semiconductor Forum\ndate: 2025-02-18\nvenue: Kitakyushu\n---\nA \"forum\" on chips.\n"
        let site = FixtureSite(files, theme: [:])
        defer { site.remove() }
        var rebuild = SiteRebuild()
        let first = try await rebuild.build(try BuildMemoTests.source(site), options: BuildOptions())
        func feed(_ result: BuildResult) -> String {
            guard let file = result.files.first(where: { $0.path == "en/feed.xml" }),
                case .bytes(let bytes) = file.contents
            else { return "" }
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(feed(first.result).contains("<summary>A “forum” on chips.</summary>"))
        let yaml = try #require(files["content/site.yaml"]) + "\nmarkdown: { smartPunctuation: false }\n"
        let plain = try await rebuild.build(
            try SiteRebuildTests.edited(site, ["content/site.yaml": yaml]), options: BuildOptions(),
            changed: ["content/site.yaml"])
        #expect(feed(plain.result).contains("<summary>A &quot;forum&quot; on chips.</summary>"))
    }
}
