import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The root chooser, 404 pages, host configuration, fingerprinted assets, relative links,
/// untranslated pages in lists, and a writer that leaves nothing of earlier builds.
@Suite struct HostingTests {
    @Test func rootLetsTheReaderChooseWithOrWithoutScript() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let root = try #require(site.read("index.html"))
        #expect(root.contains(#"<a href="ja/" hreflang="ja" data-language="ja">日本語</a>"#))
        #expect(root.contains(#"<a href="en/" hreflang="en" data-language="en">English</a>"#))
        #expect(root.contains(#"localStorage.getItem("sitegen.language")"#))
        #expect(root.contains("navigator.languages"))
        #expect(root.contains(#"var codes = ["ja", "en"];"#))
        #expect(root.contains(#"location.replace((chosen || "ja") + "/" + "#))
        #expect(root.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/">"#))
        #expect(!root.contains("http-equiv=\"refresh\""), "no script: the links stay")
        // Opened from disk, folder links lead to the folder's index.html.
        #expect(root.contains(#"(location.protocol === "file:" ? "index.html" : "")"#))
        #expect(site.read("en/strategy/vision/index.html")?.contains(#"target.pathname += "index.html";"#) == true)
    }

    @Test func notFoundPagesExistPerLanguageWithAbsoluteLinks() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let english = try #require(site.read("en/404.html"))
        #expect(english.contains("Page not found"))
        #expect(english.contains(#"<meta name="robots" content="noindex">"#))
        #expect(english.contains(#"href="https://example.org/en/""#))
        let stylesheet = try #require(english.between(#"<link rel="stylesheet" href=""#, "\"").first)
        #expect(stylesheet.hasPrefix("https://example.org/assets/style."))
        #expect(!english.contains("href=\"../"), "a 404 page is served at any depth")
        let root = try #require(site.read("404.html"))
        #expect(root.contains("ページが見つかりません") && root.contains("Page not found"))
        #expect(root.contains(#"<section lang="en">"#))
        #expect(site.read("ja/404.html")?.contains("ページが見つかりません") == true)
    }

    @Test func hostFilesRoute404sPerLanguage() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let redirects = try #require(site.read("_redirects"))
        #expect(redirects.contains("/ja/*  /ja/404.html  404\n"))
        #expect(redirects.contains("/en/*  /en/404.html  404\n"))
        #expect(redirects.hasSuffix("/*  /404.html  404\n"))
        let headers = try #require(site.read("_headers"))
        #expect(headers.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable"))
        #expect(headers.contains("/ja/calendar.ics\n  Content-Type: text/calendar; charset=utf-8"))
        #expect(headers.contains("/en/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8"))
    }

    @Test func assetsCarryAContentHashAndEveryReferenceFollows() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let css = try #require(PublishFixture.projectTheme["templates/assets/style.css"])
        let name = AssetFingerprint.name("assets/style.css", hash: AssetFingerprint.hash(Array(css.utf8)))
        #expect(name.range(of: #"^assets/style\.[0-9a-f]{10}\.css$"#, options: .regularExpression) != nil)
        #expect(site.read(name) == css)
        #expect(site.read("assets/style.css") == nil)
        #expect(site.read("en/strategy/vision/index.html")?.contains("href=\"../../../\(name)\"") == true)
        #expect(site.read("index.html")?.contains("href=\"\(name)\"") == true)
    }

    @Test func stylesheetReferencesToOtherAssetsAreRenamed() {
        let assets = [
            StaticFile(
                sourcePath: "/x/a.css", outputPath: "assets/a.css",
                contents: Array("@font-face{src:url('fonts/f.woff2?v=1')} b{background:url(https://x.test/i.png)}".utf8)
            ),
            StaticFile(sourcePath: "/x/f.woff2", outputPath: "assets/fonts/f.woff2", contents: [1, 2, 3]),
        ]
        let result = AssetFingerprint(assets)
        let font = AssetFingerprint.name("assets/fonts/f.woff2", hash: AssetFingerprint.hash([1, 2, 3]))
        #expect(result.urls["fonts/f.woff2"] == font)
        let css = result.files.first { $0.path.hasSuffix(".css") }?.text ?? ""
        #expect(css.contains("url('\(font.dropFirst("assets/".count))?v=1')"))
        #expect(css.contains("url(https://x.test/i.png)"))
    }

    @Test func noPageLinksFromTheHostRoot() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        for path in site.outputFiles() where path.hasSuffix(".html") {
            let html = site.read(path) ?? ""
            #expect(!html.contains("href=\"/") && !html.contains("src=\"/"), "\(path) has a root-relative link")
        }
    }

    @Test func untranslatedPagesAreListedWithABadgeAndKeptOutOfAlternates() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let list = try #require(site.read("en/strategy/index.html"))
        #expect(
            list.contains(
                #"<a href="../../ja/strategy/memo/" lang="ja" hreflang="ja">日本語だけのメモ</a> <span class="badge">Japanese only</span>"#
            ))
        #expect(list.contains("Vision"))
        let japanese = try #require(site.read("ja/strategy/index.html"))
        #expect(!japanese.contains("class=\"badge\""))
        let original = try #require(site.read("ja/strategy/memo/index.html"))
        #expect(!original.contains("hreflang=\"en\" href=\"https://example.org/en/strategy/memo/\""))
        let standIn = try #require(site.read("en/strategy/memo/index.html"))
        #expect(standIn.contains(#"<meta name="robots" content="noindex">"#))
        #expect(!standIn.contains(#"<link rel="alternate" hreflang"#))
        #expect(!standIn.contains("rel=\"canonical\""))
    }

    @Test func filesOfEarlierBuildsAreGone() async throws {
        var files = PublishFixture.files
        let site = FixtureSite(files, theme: PublishFixture.projectTheme)
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/strategy/vision/index.html") != nil)
        try Data("stray".utf8).write(to: site.output.appendingPathComponent("en/stray.txt"))
        files["content/strategy/vision.en.md"] = nil
        files["content/strategy/vision.ja.md"] = nil
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/strategy/vision.en.md"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/strategy/vision.ja.md"))
        // A file sitegen did not write is not replaced unless asked.
        await #expect(throws: BuildFailure.self) {
            try await SiteBuild.run(root: site.root, output: site.output, options: BuildOptions())
        }
        #expect(site.read("en/stray.txt") == "stray")
        #expect(site.read("en/strategy/vision/index.html") != nil)
        try await SiteBuild.run(root: site.root, output: site.output, options: BuildOptions(), force: true)
        #expect(site.read("en/stray.txt") == nil)
        #expect(site.read("en/strategy/vision/index.html") == nil)
        #expect(site.read("ja/strategy/vision/index.html") == nil)
        #expect(site.read("en/strategy/index.html") != nil)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!siblings.contains { $0.contains(".sitegen-") }, "no staging folder left behind")
    }
}
