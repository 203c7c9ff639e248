import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The G-CITY home's cards come from `content/data/home.yaml` through the markup of its
/// `templates/home.mustache`, not from the shape or order of the home's Markdown.
@Suite struct HomeDataTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's own home template, on the fixtures' minimal base.
    static func theme() throws -> [String: String] {
        let home = try String(
            contentsOf: repository.appendingPathComponent("templates/home.mustache"), encoding: .utf8)
        return FixtureSite.minimalTheme.merging(["templates/home.mustache": home]) { $1 }
    }

    static let home = """
        fourGs:
          id: four-gs
          title: { ja: 4つのG, en: The four Gs }
          items:
            - { name: GREEN, text: { ja: グリーンの力, en: Green strength } }
            - { name: GLOBAL, text: { ja: 世界を牽引, en: Leading the world } }
        directions:
          id: directions
          title: { ja: 施策の方向性, en: Directions }
          items:
            - { number: "1", path: strategy/earning/, title: { ja: 稼げる, en: Earning }, aim: { ja: 投資, en: Investment } }
            - { number: "2", path: strategy/connected/, title: { ja: つながる, en: Connected }, aim: { ja: 連携, en: "Links & <joint> research" } }
        targets:
          id: targets
          title: { ja: 目標, en: Targets }
          more: { path: strategy/, text: { ja: 詳細, en: More } }
          items:
            - { label: { ja: 資金, en: Funding }, before: { ja: 5年後に, en: "" }, figure: { ja: 50億円, en: ¥5 billion }, after: { ja: "", en: " in five years" } }
        """

    static func files(homeText ja: String) -> [String: String] {
        [
            "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
            "content/_index.ja.md": "---\ntitle: ホーム\n---\n" + ja,
            "content/_index.en.md": "---\ntitle: Home\n---\n## Vision\n\n- a list in the text\n",
            "content/strategy/_index.ja.md": "---\ntitle: 戦略\n---\n",
            "content/strategy/_index.en.md": "---\ntitle: Strategy\n---\n",
            "content/strategy/earning.ja.md": "---\ntitle: 稼げる\n---\n",
            "content/strategy/earning.en.md": "---\ntitle: Earning\n---\n",
            "content/strategy/connected.ja.md": "---\ntitle: つながる\n---\n",
            "content/strategy/connected.en.md": "---\ntitle: Connected\n---\n",
            "content/data/home.yaml": home,
        ]
    }

    /// The home's HTML from the cards' first block to the list of sections.
    static func cards(_ page: String) throws -> Substring {
        let start = try #require(page.range(of: "<section class=\"home-block\""))
        let end = try #require(page.range(of: "<div class=\"home-sections\">"))
        return page[start.lowerBound..<end.lowerBound]
    }

    @Test func theHomeShowsTheDataInEachLanguage() async throws {
        let site = FixtureSite(Self.files(homeText: "## 目指す姿\n\n本文。\n"), theme: try Self.theme())
        defer { site.remove() }
        try await site.build()
        let ja = try Self.cards(try #require(site.read("ja/index.html")))
        #expect(ja.contains(#"<h2 id="four-gs">4つのG</h2>"#))
        #expect(ja.contains(#"<strong class="g-name">GREEN</strong> <span class="g-text">グリーンの力</span>"#))
        #expect(
            ja.contains(
                #"<span class="direction-card-number" aria-hidden="true">2</span><a class="direction-card-title" href="./strategy/connected/">つながる</a> <span class="direction-card-aim">連携</span>"#
            ))
        #expect(ja.contains(#"5年後に<strong class="target-figure">50億円</strong></span>"#))
        #expect(ja.contains(#"<a class="button" href="./strategy/">詳細</a>"#))
        // Directions in the data's order, numbered.
        let first = try #require(ja.range(of: "稼げる"))
        let second = try #require(ja.range(of: "つながる"))
        #expect(first.lowerBound < second.lowerBound)
        let en = try Self.cards(try #require(site.read("en/index.html")))
        #expect(en.contains(#"<a class="direction-card-title" href="./strategy/earning/">Earning</a>"#))
        #expect(en.contains("Links &amp; &lt;joint&gt; research"))
        #expect(en.contains(#"<strong class="target-figure">¥5 billion</strong> in five years</span>"#))
        // A list in the home's text stays a plain list: no card is made of it.
        let text = try #require(site.read("en/index.html"))
        #expect(text.contains("<ul>\n<li>a list in the text</li>\n</ul>"))
    }

    @Test func reorderingTheHomesTextLeavesTheCardsAsTheyAre() async throws {
        let before = FixtureSite(
            Self.files(homeText: "## 目指す姿\n\n本文。\n\n## 戦略について\n\n- 一\n- 二\n"), theme: try Self.theme())
        let after = FixtureSite(
            Self.files(homeText: "## 戦略について\n\n1. 二\n2. 一\n\n## 目指す姿\n\n本文。\n"), theme: try Self.theme())
        defer {
            before.remove()
            after.remove()
        }
        try await before.build()
        try await after.build()
        let cardsBefore = try Self.cards(try #require(before.read("ja/index.html")))
        let cardsAfter = try Self.cards(try #require(after.read("ja/index.html")))
        #expect(cardsBefore.contains("home-directions"))
        #expect(cardsBefore == cardsAfter)
    }

    /// The committed G-CITY home: all six directions, four Gs and three targets, each direction
    /// linking to a page that exists.
    @Test func theGCityHomeShowsTheWholeStrategy() throws {
        for language in ["ja", "en"] {
            let home = Self.repository.appendingPathComponent("site/\(language)/index.html")
            let page = try String(contentsOf: home, encoding: .utf8)
            let cards = try Self.cards(page)
            #expect(cards.components(separatedBy: "class=\"home-card g-card\"").count - 1 == 4)
            #expect(cards.components(separatedBy: "class=\"home-card target-card\"").count - 1 == 3)
            let links = cards.components(separatedBy: "<a class=\"direction-card-title\" href=\"").dropFirst()
                .map { String($0.prefix { $0 != "\"" }) }
            #expect(links.count == 6)
            for link in links {
                let target = home.deletingLastPathComponent().appendingPathComponent(link + "index.html")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(language): \(link) leads nowhere")
            }
        }
    }
}
