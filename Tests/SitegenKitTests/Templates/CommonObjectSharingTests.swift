import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Pages side by side share their common values (`PageContext.commonObject`, made once per
/// parent folder): every folder must get what a context without the shared values gives it,
/// whatever the menu paths and folder names look like.
@Suite struct CommonObjectSharingTests {
    /// The fixture's settings with `menu` as the English menu.
    static func yaml(_ menu: String) -> String {
        FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]", with: "en: [ \(menu) ]")
    }

    static let cases: [(String, String, [String])] = [
        // Menu path with a leading slash: `en//events/a/` is `en/events/a/` to URLScheme.
        ("leading slash", #"{ title: A, path: "/events/a/" }"#, ["en/events/b/", "en/events/a/"]),
        // Parent folder NFD on disk (macOS), menu typed NFC: canonically equal, bytes differ.
        ("NFD folder", "{ title: A, path: \"caf\u{E9}/a/\" }", ["en/cafe\u{301}/b/", "en/cafe\u{301}/a/"]),
        // A sibling whose name starts with a combining mark: Character split sees another depth.
        ("combining mark", "{ title: E, path: events/ }", ["en/events/b/", "en/events/\u{301}x/"]),
        // A menu entry inside the section: each page sees whether it is the one.
        ("inside", "{ title: A, path: events/a/ }", ["en/events/b/", "en/events/a/", "en/events/c/"]),
    ]

    @Test(arguments: 0..<4)
    func sharedValuesAreEachFoldersOwn(_ n: Int) throws {
        let (name, menu, folders) = Self.cases[n]
        #expect(Self.yaml(menu).contains(menu))
        let config = try SiteConfig.parse(Self.yaml(menu), path: "content/site.yaml")
        let index = try SiteIndex(config: config, pages: [])
        let assets = ["style.css": "assets/style.0123.css"]
        let shared = PageContext(index: index, strings: [:], assetURLs: assets)
        let en = try #require(config.language("en"))
        for folder in folders {
            let memo = ContextShape(shared.commonObject(language: en, folder: folder))
            let fresh = ContextShape(
                PageContext(index: index, strings: [:], assetURLs: assets).commonObject(language: en, folder: folder))
            #expect(memo.leaves == fresh.leaves, "\(name) \(folder)")
            #expect(memo.signature == fresh.signature, "\(name) \(folder)")
        }
    }

    /// The same through a real build: Launch's menu entry seen from both of its siblings.
    @Test func leadingSlashMenuEntryInABuild() async throws {
        var files = SiteBuildTests.pairedSite
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "en: [ { title: Events, path: events/ } ]",
            with: #"en: [ { title: Launch, path: "/events/launch/" } ]"#)
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let launch = try #require(site.read("en/events/launch/index.html"))
        let opening = try #require(site.read("en/events/opening/index.html"))
        let a = URLScheme.relative(from: "en/events/launch/", to: "en//events/launch/")
        let b = URLScheme.relative(from: "en/events/opening/", to: "en//events/launch/")
        #expect(launch.contains(#"<a class="menu" href="\#(a)">Launch</a>"#), "\(a)")
        #expect(opening.contains(#"<a class="menu" href="\#(b)">Launch</a>"#), "\(b)")
    }
}
