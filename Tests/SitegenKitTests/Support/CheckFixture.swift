import Foundation

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A site held in memory for `SiteCheck`: inline files, no disk (check reads nothing itself).
enum CheckFixture {
    /// A small bilingual site that passes every check: pages in sections with the keys their
    /// section needs, headings to link to, an image with alt text.
    static let clean: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n[ビジョン](strategy/vision.md#目標)\n",
        "content/_index.en.md": "---\ntitle: Home\n---\n[Vision](strategy/vision.md#our-targets)\n",
        // The menu's `events/`.
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/launch.ja.md":
            "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n本文\n",
        "content/events/launch.en.md":
            "---\ntitle: Launch\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: Kitakyushu\nweight: 1\n---\nBody\n",
        "content/partners/kyutech.ja.md":
            "---\ntitle: 九州工業大学\nkind: university\ncountry: JP\nwebsite: https://www.kyutech.ac.jp/\n---\n",
        "content/partners/kyutech.en.md":
            "---\ntitle: Kyushu Institute of Technology\nkind: university\ncountry: JP\nwebsite: https://www.kyutech.ac.jp/\n---\n",
        // Every section has a landing, so the pages are listed.
        "content/strategy/_index.ja.md": "---\ntitle: 戦略\n---\n",
        "content/strategy/_index.en.md": "---\ntitle: Strategy\n---\n",
        "content/partners/_index.ja.md": "---\ntitle: 連携先\n---\n",
        "content/partners/_index.en.md": "---\ntitle: Partners\n---\n",
        "content/strategy/vision.ja.md": "---\ntitle: ビジョン\n---\n## 目標\n\n「**強調**」と書く。\n\n![地図](../media/map.png)\n",
        "content/strategy/vision.en.md":
            "---\ntitle: Vision\n---\n## Our targets\n\nSee [below](#our-targets).\n\n![Map of the park](../media/map.png)\n",
        "content/media/map.png": "PNG",
    ]

    /// The loaded form of `files` (paths as in a repository: content/…, templates/…).
    static func source(_ files: [String: String], theme: [String: String] = FixtureSite.minimalTheme) -> SiteSource {
        var all = theme
        for (path, text) in files { all[path] = text }
        let config = SourceFile(
            displayPath: "content/site.yaml", relativePath: "site.yaml", text: all["content/site.yaml"] ?? "")
        var pages: [SourceFile] = []
        var templates: [TemplateSource] = []
        var strings: [String: SourceFile] = [:]
        var media: [StaticFile] = []
        var assets: [StaticFile] = []
        for (path, text) in all.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("content/media/") {
                media.append(
                    StaticFile(sourcePath: "/nonexistent/" + path, outputPath: String(path.dropFirst("content/".count)))
                )
            } else if path.hasPrefix("content/"), path.hasSuffix(".md") {
                pages.append(
                    SourceFile(displayPath: path, relativePath: String(path.dropFirst("content/".count)), text: text))
            } else if path.hasPrefix("templates/assets/") {
                assets.append(
                    StaticFile(
                        sourcePath: "/nonexistent/" + path, outputPath: String(path.dropFirst("templates/".count)),
                        contents: Array(text.utf8)))
            } else if path.hasPrefix("templates/i18n/") {
                let code = String(path.dropFirst("templates/i18n/".count).dropLast(".yaml".count))
                strings[code] = SourceFile(displayPath: path, relativePath: path, text: text)
            } else if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                templates.append(TemplateSource(name: name, displayPath: path, text: text))
            }
        }
        return SiteSource(
            config: config, pages: pages, templates: templates, themeStrings: strings, assets: assets, media: media)
    }

    /// The clean site with `changes` applied (nil removes a file), checked.
    static func check(_ changes: [String: String?], snapshots: [String: String] = [:]) -> CheckReport {
        var files = clean
        for (path, text) in changes { files[path] = text }
        return SiteCheck(source: source(files), snapshots: snapshots).run()
    }
}
