import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import SitegenKit

@testable import SitegenServe

/// A site written inline in a test, put in a fresh temporary folder, previewed by a real
/// `PreviewSession` (the same loader and builder as `sitegen build`, nothing written back).
struct ServeFixture {
    let root: URL
    let store = SiteStore()
    let hub = ReloadHub()

    init(_ files: [String: String] = ServeFixture.site) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        for (path, text) in Self.theme.merging(files, uniquingKeysWith: { $1 }) { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func session(basePath: [String] = [], log: LogLines? = nil) -> PreviewSession {
        PreviewSession(
            root: root, options: BuildOptions(), basePath: basePath, store: store, hub: hub,
            log: { line in log?.append(line) })
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await PreviewServer.application(store: store, hub: hub, basePath: []).test(.router, body)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static let site: [String: String] = [
        "content/site.yaml": """
        baseURL: https://example.org/
        timezone: Asia/Tokyo
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: テスト }
          en: { name: English, locale: en_US, title: Test }
        theme: { builtIn: false }
        """,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\nようこそ\n",
        "content/_index.en.md": "---\ntitle: Home\n---\nWelcome\n",
        "content/about.ja.md": "---\ntitle: 概要\nsummary: 概要の要約\n---\n最初の版\n",
        "content/about.en.md": "---\ntitle: About\nsummary: About us\n---\nFirst version\n",
    ]

    static let theme: [String: String] = [
        "templates/base.mustache":
            "<!doctype html><html lang=\"{{lang}}\"><head><title>{{page.title}}</title><link rel=\"stylesheet\" href=\"{{assets.style_css}}\"></head><body>{{$main}}{{/main}}</body></html>",
        "templates/page.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}",
        "templates/list.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}",
        "templates/home.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}",
        "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\n",
        "templates/i18n/en.yaml": "notTranslated: Not translated yet\n",
        "templates/assets/style.css": "body { color: black; }\n",
    ]
}

/// The served address of the stylesheet a page links to (assets carry a content hash).
func stylesheetPath(in html: String) -> String? {
    html.firstMatch(of: /assets\/style\.[0-9a-f]+\.css/).map { "/" + String($0.output) }
}

/// A hand-made built site, for HTTP behaviour that needs no build.
enum SampleSite {
    static let files: [String: String] = [
        "index.html": "<!doctype html><html><body><h1>root</h1></body></html>",
        "404.html": "<!doctype html><html><body>root not found</body></html>",
        "ja/index.html": "<!doctype html><html lang=\"ja\"><body>ホーム</body></html>",
        "ja/404.html": "<!doctype html><html lang=\"ja\"><body>ページが見つかりません</body></html>",
        "ja/about/index.html": "<!doctype html><html lang=\"ja\"><body>概要</body></html>",
        "ja/noindex/page.html": "<!doctype html><html><body>no index in this folder</body></html>",
        "en/index.html": "<!doctype html><html lang=\"en\"><body>Home</body></html>",
        "en/about/index.html": "<!doctype html><html lang=\"en\"><body>About</body></html>",
        "assets/style.css": "body{}",
        "assets/app.js": "console.log(1)",
        "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "assets/photo.png": "PNG",
        "assets/photo.jpg": "JPG",
        "assets/font.woff2": "WOFF2",
        "feed.xml": "<feed/>",
        "data.json": "{}",
        "events.ics": "BEGIN:VCALENDAR",
        "robots.txt": "User-agent: *",
        "blob.bin": "??",
    ]

    static func site(diagnostics: [Diagnostic] = []) -> ServedSite {
        ServedSite(built: files.mapValues { Array($0.utf8) }, generation: 1, diagnostics: diagnostics)
    }

    static func test(
        basePath: [String] = [], diagnostics: [Diagnostic] = [], hub: ReloadHub = ReloadHub(),
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = PreviewServer.application(
            store: SiteStore(site(diagnostics: diagnostics)), hub: hub, basePath: basePath)
        try await app.test(.router, body)
    }
}
