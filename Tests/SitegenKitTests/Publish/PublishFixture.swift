import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A bilingual site with everything the publishing outputs care about: an event with a time,
/// a multi-day event, a month-precision event, a partner, a page in Japanese only, and
/// titles and summaries full of characters that need escaping. Built with the real theme.
enum PublishFixture {
    static let nasty = #"A </script><!-- & "quotes" 'single' <b>"#
    /// `nasty` inside a single-quoted YAML scalar.
    static let nastyYAML = nasty.replacingOccurrences(of: "'", with: "''")

    static let files: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAML,
        "content/_index.ja.md": "---\ntitle: ホーム\nsummary: ようこそ\n---\nようこそ\n",
        "content/_index.en.md": "---\ntitle: Home\nsummary: Welcome\n---\nWelcome\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\n",
        "content/events/launch.ja.md": """
        ---
        title: '発表 \(nastyYAML)'
        summary: '要約 \(nastyYAML)'
        date: 2025-02-18
        time: "14:00"
        venue: '北九州市, 会場; A\\B'
        ---
        本文
        """,
        "content/events/launch.en.md": """
        ---
        title: 'Launch \(nastyYAML)'
        summary: 'Summary \(nastyYAML)'
        date: 2025-02-18
        time: "14:00"
        venue: Kitakyushu
        updated: 2025-03-01
        ---
        Body
        """,
        "content/events/forum.ja.md":
            "---\ntitle: \(longTitle)\ndate: 2025-12-30\nendDate: 2026-01-02\nvenue: 学研都市\n---\n",
        "content/events/forum.en.md":
            "---\ntitle: Forum\ndate: 2025-12-30\nendDate: 2026-01-02\nvenue: The park\n---\n",
        "content/events/opening.ja.md": "---\ntitle: 開設\ndate: 2001-04\nvenue: 学研都市\n---\n",
        "content/events/opening.en.md": "---\ntitle: Opening\ndate: 2001-04\nvenue: The park\n---\n",
        "content/partners/_index.ja.md": "---\ntitle: パートナー\n---\n",
        "content/partners/_index.en.md": "---\ntitle: Partners\n---\n",
        "content/partners/imec.ja.md":
            "---\ntitle: IMEC\nkind: research-institute\ncountry: BE\nwebsite: https://www.imec-int.com/\n---\n",
        "content/partners/imec.en.md":
            "---\ntitle: imec\nkind: research-institute\ncountry: BE\nwebsite: https://www.imec-int.com/\n---\n",
        "content/strategy/_index.ja.md": "---\ntitle: 戦略\n---\n",
        "content/strategy/_index.en.md": "---\ntitle: Strategy\n---\n",
        "content/strategy/vision.ja.md": "---\ntitle: ビジョン\n---\n本文\n",
        "content/strategy/vision.en.md": "---\ntitle: Vision\n---\nBody\n",
        "content/strategy/memo.ja.md": "---\ntitle: 日本語だけのメモ\nsummary: 翻訳はまだです\n---\n本文\n",
    ]

    /// 100 Japanese characters (3 octets each): folded over several lines in iCalendar.
    static let longTitle = String(repeating: "北九州学術研究都市の国際フォーラム", count: 6)

    /// The repository's own templates, so tests check what the G-CITY site ships.
    static let projectTheme: [String: String] = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let templates = repository.appendingPathComponent("templates")
        var theme: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: templates.path)!
        while let path = enumerator.nextObject() as? String {
            let url = templates.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if !isFolder.boolValue, let data = FileManager.default.contents(atPath: url.path) {
                theme["templates/" + path] = String(decoding: data, as: UTF8.self)
            }
        }
        return theme
    }()

    /// Builds the fixture once per call; the caller removes it.
    static func built(_ extra: [String: String] = [:]) async throws -> FixtureSite {
        let site = FixtureSite(files.merging(extra) { $1 }, theme: projectTheme)
        try await site.build()
        return site
    }
}

extension String {
    /// The texts between `open` and `close`, in order.
    func between(_ open: String, _ close: String) -> [String] {
        var result: [String] = []
        var rest = self[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            result.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }
}
