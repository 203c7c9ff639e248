import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Input that is odd rather than wrong must simply work; input built to hurt must fail cleanly.
@Suite struct HostileInputTests {
    static let base = BrokenInputTests.base

    #if os(Linux)
        static let namesAreBytes = true
    #else
        static let namesAreBytes = false
    #endif

    @Test(arguments: [
        ("BOM", "\u{FEFF}---\ntitle: BOM ページ\n---\n本文\n"),
        ("CRLF", "---\r\ntitle: CRLF ページ\r\n---\r\n本文\r\n"),
        ("CR", "---\rtitle: CR ページ\r---\r本文\r"),
        ("--- in the body", "---\ntitle: 区切り ページ\n---\n前\n\n---\n\n後\n"),
        ("Japanese keys and values", "---\ntitle: 日本語 ページ\n備考: メモ\n---\n本文\n"),
    ])
    func oddButValidFilesBuild(_ name: String, _ text: String) async throws {
        var files = Self.base
        files["content/a.ja.md"] = text
        files["content/a.en.md"] = "---\ntitle: A\n---\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("ja/a/index.html"))
        #expect(page.contains("ページ</h1>"), "\(name)")
        #expect(page.contains("<p>本文</p>") || page.contains("<p>前</p>"), "\(name)")
    }

    @Test func invalidUTF8NamesTheLine() async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try site.writeSources()
        var bytes = Array("---\ntitle: A\n---\nok\nbad ".utf8)
        bytes += [0xFF, 0xFE]
        try Data(bytes).write(to: site.root.appendingPathComponent("content/a.ja.md"))
        let diagnostics = try await FixtureSite(root: site.root, files: [:]).failure()
        #expect(
            diagnostics.map(\.description).contains {
                $0.hasPrefix("content/a.ja.md:5:5: error: the file is not valid UTF-8")
            })
    }

    @Test func hugePagesAndDeepNestingBuild() async throws {
        var files = Self.base
        // ~50 MB of Markdown in one page.
        let paragraph = String(repeating: "大学の「知」と先端産業が融合する街。 Science and industry meet here. ", count: 20) + "\n\n"
        files["content/big.ja.md"] =
            "---\ntitle: 大きい\n---\n" + String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count)
        files["content/deep.ja.md"] = "---\ntitle: 深い\n---\n" + String(repeating: "> ", count: 10_000) + "quote\n"
        files["content/lists.ja.md"] =
            "---\ntitle: 入れ子\n---\n"
            + (0..<10_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        #expect((site.read("ja/big/index.html")?.utf8.count ?? 0) > 40_000_000)
        #expect(site.read("ja/deep/index.html")?.contains("<blockquote>") == true)
        #expect(site.read("ja/lists/index.html")?.contains("<li>item") == true)
    }

    @Test func symlinksThatLeaveContentOrLoopAreRefused() async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try site.writeSources()
        let content = site.root.appendingPathComponent("content")
        let outside = site.root.appendingPathComponent("secret.ja.md")
        try Data("---\ntitle: secret\n---\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("leak.ja.md").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("loop").path,
            withDestinationPath: content.appendingPathComponent("loop").path)
        let lines = try await FixtureSite(root: site.root, files: [:]).failure().map(\.description)
        #expect(
            lines.contains { $0.hasPrefix("content/leak.ja.md: error: this symbolic link leads outside content/") },
            "\(lines)")
        #expect(
            lines.contains { $0.hasPrefix("content/loop: error: this symbolic link is broken or loops") }, "\(lines)")
    }

    @Test func aSymlinkInsideContentIsFollowed() async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try site.writeSources()
        let content = site.root.appendingPathComponent("content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data("---\ntitle: Linked\n---\n".utf8).write(to: content.appendingPathComponent("drafts/real.en.md"))
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("alias.en.md").path,
            withDestinationPath: content.appendingPathComponent("drafts/real.en.md").path)
        try await FixtureSite(root: site.root, files: [:]).build()
        #expect(site.read("en/alias/index.html")?.contains("Linked") == true)
    }

    /// Linux file names are bytes; a name that is not UTF-8 is named as it is, escaped.
    /// (Other systems refuse to make such a name.)
    @Test(.enabled(if: Self.namesAreBytes))
    func aFileNameThatIsNotUTF8IsNamedEscaped() async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try site.writeSources()
        for name in [Array("caf".utf8) + [0xE9] + Array(".ja.md".utf8), [0xFF, 0xFE]] {
            let path = Array((site.root.path + "/content/").utf8) + name
            let descriptor = open(path.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
            try #require(descriptor >= 0)
            close(descriptor)
        }
        let lines = try await FixtureSite(root: site.root, files: [:]).failure().map(\.description)
        #expect(
            lines == [
                #"content/caf\xE9.ja.md: error: the name `caf\xE9.ja.md` is not valid UTF-8, so it cannot be read or become an address; rename it using letters, digits and hyphens"#,
                #"content/\xFF\xFE: error: the name `\xFF\xFE` is not valid UTF-8, so it cannot be read or become an address; rename it using letters, digits and hyphens"#,
            ], "\(lines)")
    }

    @Test func aFIFOIsRefusedInsteadOfHangingTheBuild() async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try site.writeSources()
        let fifo = site.root.appendingPathComponent("content/pipe.ja.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let lines = try await FixtureSite(root: site.root, files: [:]).failure().map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/pipe.ja.md: error: this is not a regular file") }, "\(lines)")
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func anUnreadableFileIsReported() async throws {
        let site = FixtureSite(Self.base.merging(["content/a.ja.md": "---\ntitle: A\n---\n"]) { $1 })
        defer { site.remove() }
        try site.writeSources()
        let path = site.root.appendingPathComponent("content/a.ja.md").path
        #expect(chmod(path, 0) == 0)
        let lines = try await FixtureSite(root: site.root, files: [:]).failure().map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/a.ja.md: error: cannot read the file") }, "\(lines)")
    }

    /// HTML forbids C0 controls other than whitespace (and DEL and C1 controls), XML 1.0 most of
    /// them: values written with YAML escapes, entities and raw controls in the body reach
    /// neither pages nor feeds, while the text around them does.
    @Test func controlCharactersReachNeitherPagesNorFeeds() async throws {
        var files = Self.base
        files["content/a.ja.md"] = """
            ---
            title: "題\\e]0;owned\\a名\\x7f\\x85"
            summary: "概\\e[2J要"
            date: 2025-02-18
            ---
            本文\u{1B}[31m赤\u{7} &#27;[2J &#x9B;

            ## 見\u{1B}出し

            ```
            code\u{8}
            ```
            """
        files["content/a.en.md"] = "---\ntitle: \"Name\\e]0;owned\\a\"\ndate: 2025-02-18\n---\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let written = site.outputFiles().filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") }
        #expect(written.contains("ja/a/index.html") && written.contains("ja/feed.xml"), "\(written)")
        for path in written {
            let text = try #require(site.read(path))
            let controls = text.unicodeScalars.filter {
                ControlCharacters.isControl($0) && !["\t", "\n", "\r", "\u{C}"].contains($0)
            }
            #expect(controls.isEmpty, "\(path): \(controls.map { String($0.value, radix: 16) })")
        }
        let page = try #require(site.read("ja/a/index.html"))
        #expect(page.contains("<title>題]0;owned名</title>"))
        #expect(page.contains("<p>本文[31m赤 [2J </p>"))
        #expect(page.contains(">見出し</h2>"))
        #expect(try #require(site.read("ja/feed.xml")).contains("<title>題]0;owned名</title>"))
    }

    /// swift-mustache's own escaping walks Characters, and `"` + U+0301 is one Character that is
    /// not `"`: the quote would end the attribute and let the title add an `onclick`.
    @Test func aQuoteCarryingACombiningMarkCannotLeaveAnAttribute() async throws {
        var files = Self.base
        files["templates/page.mustache"] =
            "{{<base}}{{$main}}<a title=\"{{page.title}}\" href=\"#\">{{page.title}}</a>{{/main}}{{/base}}"
        files["content/a.ja.md"] = "---\ntitle: 'x\"\u{301} onclick=alert(1) y=\"\u{301}<\u{338}'\n---\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("ja/a/index.html"))
        #expect(page.contains("title=\"x&quot;\u{301} onclick=alert(1) y=&quot;\u{301}&lt;\u{338}\" href=\"#\">"))
        let quoteAndMark = Array("\"\u{301}".utf8)
        let bytes = Array(page.utf8)
        #expect(!bytes.indices.contains { bytes[$0...].starts(with: quoteAndMark) })
    }

    @Test(arguments: [false, true])
    func scriptLinksAreDroppedEvenWhenRawHTMLIsAllowed(_ unsafe: Bool) async throws {
        var files = Self.base
        if unsafe { files["content/site.yaml"] = FixtureSite.siteYAMLWithoutMenus + "\nmarkdown: { unsafe: true }\n" }
        files["content/a.ja.md"] =
            "---\ntitle: A\n---\n[x](javascript:alert(1)) [y]( JaVaScRiPt:alert(2)) ![z](vbscript:msgbox) [w](javascript:\u{301}alert(4))\n\n<script>alert(3)</script>\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("ja/a/index.html"))
        #expect(!page.lowercased().contains("javascript:"))
        #expect(!page.lowercased().contains("vbscript:"))
        #expect(page.contains("<script>alert(3)</script>") == unsafe)
    }
}
