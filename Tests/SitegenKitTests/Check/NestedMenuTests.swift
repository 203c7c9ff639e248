import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Menu entries with `children`: read from site.yaml one level deep, checked like every entry,
/// and shown by the built-in theme as a disclosure (a button with `aria-expanded` that opens
/// the list it controls), in both languages.
@Suite struct NestedMenuTests {
    static let menus = """
        menus:
          ja: [ { title: イベント, path: events/, children: [ { title: 発表, path: events/launch/ }, { title: ビジョン, path: strategy/vision/ } ] }, { title: その他, children: [ { title: 開設, path: events/opening/ } ] } ]
          en: [ { title: Events, path: events/, children: [ { title: Launch, path: events/launch/ }, { title: Vision, path: strategy/vision/ } ] }, { title: More, children: [ { title: Opening, path: events/opening/ } ] } ]
        """

    /// The paired fixture site in the built-in theme, with `menus` as its menus.
    static func site(_ menus: String = menus) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        let settings = FixtureSite.siteYAMLWithoutMenus.replacingOccurrences(
            of: "theme: { builtIn: false }\n", with: "")
        files["content/site.yaml"] = settings + menus + "\n"
        return FixtureSite(files, theme: [:])
    }

    @Test func childrenAreReadOneLevelDeep() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAMLWithoutMenus + Self.menus, path: "content/site.yaml")
        let japanese = try #require(config.menus["ja"])
        #expect(japanese.map(\.title) == ["イベント", "その他"])
        #expect(japanese[0].children.map(\.path) == ["events/launch/", "strategy/vision/"])
        #expect(!japanese[1].isLinked && japanese[1].children.map(\.title) == ["開設"])
        #expect(japanese[0].isLinked)
        let line = FixtureSite.siteYAMLWithoutMenus.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(japanese[0].children[1].line == line)
    }

    @Test(arguments: [
        (
            "[ { title: A, path: events/, children: [ { title: B, path: events/launch/, children: [ { title: C, path: events/ } ] } ] } ]",
            "menus nest one level"
        ),
        ("[ { title: A, children: [] } ]", "`children` must be a list of menu entries"),
        ("[ { title: A } ]", "a menu entry needs `title` and `path`"),
    ])
    func aMenuThatCannotBeReadIsAnErrorAtItsLine(menu: String, message: String) throws {
        let text = FixtureSite.siteYAMLWithoutMenus + "menus:\n  ja: \(menu)\n"
        #expect(throws: Diagnostic.self) { try SiteConfig.parse(text, path: "content/site.yaml") }
        do {
            _ = try SiteConfig.parse(text, path: "content/site.yaml")
        } catch {
            #expect(error.message.contains(message))
            #expect(error.line == FixtureSite.siteYAMLWithoutMenus.split(separator: "\n").count + 2)
        }
    }

    @Test func aChildLeadingNowhereStopsTheBuildAtItsLine() async throws {
        let site = Self.site(
            Self.menus.replacingOccurrences(
                of: "{ title: Launch, path: events/launch/ }", with: "{ title: Launch, path: events/lunch/ }"))
        defer { site.remove() }
        let problems = try await site.failure()
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.path == "content/site.yaml")
        #expect(problem.message.contains("the en menu entry `Launch` has the path `events/lunch/`"))
        #expect(problem.hint?.hasSuffix("did you mean `events/launch/`?") == true)
    }

    @Test func theBuiltInThemeShowsADisclosureInBothLanguages() async throws {
        let site = Self.site()
        defer { site.remove() }
        try await site.build()
        let english = try #require(site.read("en/events/launch/index.html"))
        // The entry holding this page is marked; its button controls its list.
        #expect(english.contains(#"<li class="has-submenu"><a href="../" aria-current="true">Events</a>"#))
        #expect(
            english.contains(
                #"<button type="button" class="submenu-toggle" aria-expanded="false" aria-controls="menu-1" hidden data-submenu-toggle><span class="visually-hidden">More in “Events”</span>"#
            ))
        #expect(
            english.contains(
                "<ul class=\"submenu\" id=\"menu-1\">\n<li><a href=\"./\" aria-current=\"page\">Launch</a></li>"))
        // An entry without a page of its own is named by its button alone.
        #expect(english.contains(#"<span class="menu-label" data-submenu-label>More</span>"#))
        #expect(english.contains(#"aria-controls="menu-2" hidden data-submenu-toggle>More<svg"#))
        #expect(english.contains("<script src=\"../../../assets/menu."))
        // The footer lists the entries that have pages, children included.
        let footer = try #require(english.components(separatedBy: "class=\"footer-nav\"").last)
        #expect(footer.contains(#"<li><a href="../../strategy/vision/">Vision</a></li>"#))
        #expect(!footer.contains(">More<"))

        let japanese = try #require(site.read("ja/strategy/vision/index.html"))
        #expect(japanese.contains(#"<span class="visually-hidden">イベントのサブメニュー</span>"#))
        #expect(japanese.contains(#"<li><a href="./" aria-current="page">ビジョン</a></li>"#))
        #expect(japanese.contains(#"<li class="has-submenu"><a href="../../events/" aria-current="true">イベント</a>"#))
    }

    @Test func aSiteWithoutChildrenLoadsNoMenuScript() async throws {
        let site = Self.site(
            "menus:\n  ja: [ { title: イベント, path: events/ } ]\n  en: [ { title: Events, path: events/ } ]")
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/index.html")?.contains("assets/menu.") == false)
        #expect(site.read("en/index.html")?.contains("has-submenu") == false)
    }
}
