import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import SitegenKit
import Synchronization
import Testing

@testable import SitegenServe

/// Editing sources while serving: new content is served, pages are told to reload, errors
/// show in an overlay until fixed, and nothing is written to disk.
@Suite struct PreviewSessionTests {
    @Test func servesTheBuildFromMemoryOnly() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        #expect(await session.refresh())
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("site").path))
        try await fixture.test { client in
            let page = try await client.execute(uri: "/ja/about/", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<p>最初の版</p>"))
            let stylesheet = try #require(stylesheetPath(in: String(buffer: page.body)))
            let css = try await client.execute(uri: stylesheet, method: .get)
            #expect(String(buffer: css.body) == "body { color: black; }\n")
        }
        // Nothing changed: no rebuild.
        #expect(await !session.refresh())
        let entries = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted()
        #expect(entries == ["content", "templates"])
    }

    @Test func anEditIsServedAndAnnounced() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        let (_, events) = fixture.hub.subscribe(since: nil)
        try fixture.write("content/about.ja.md", "---\ntitle: 概要\nsummary: 概要の要約\n---\n二番目の版\n")
        #expect(await session.refresh())
        var iterator = events.makeAsyncIterator()
        let event = await iterator.next()
        // Only the edited page's addresses: other open pages stay as they are.
        #expect(
            event
                == .reload(
                    generation: 2, changes: ChangeSet(all: false, paths: ["/ja/about/", "/ja/about/index.html"])))
        try await fixture.test { client in
            let page = String(buffer: try await client.execute(uri: "/ja/about/", method: .get).body)
            #expect(page.contains("<p>二番目の版</p>"))
            #expect(page.contains("const built = 2;"))
            let english = String(buffer: try await client.execute(uri: "/en/about/", method: .get).body)
            #expect(english.contains("First version"))
        }
    }

    @Test func aBodyEditRendersOnlyThatPage() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let lines = LogLines()
        var session = fixture.session(log: lines)
        await session.refresh()
        let before = fixture.store.current.files
        try fixture.write("content/about.ja.md", "---\ntitle: 概要\nsummary: 概要の要約\n---\n本文だけ変えた\n")
        await session.refresh()
        #expect(lines.last.hasSuffix("rendered only content/about.ja.md)"))
        let after = fixture.store.current.files
        #expect(String(buffer: after["ja/about/index.html"]!.body).contains("本文だけ変えた"))
        #expect(Set(after.keys) == Set(before.keys))
        // A title is front matter: other pages may show it, so everything is rendered.
        try fixture.write("content/about.ja.md", "---\ntitle: 新しい概要\n---\n本文だけ変えた\n")
        await session.refresh()
        #expect(!lines.last.contains("rendered only"))
        #expect(
            String(buffer: fixture.store.current.files["ja/about/index.html"]!.body).contains("<title>新しい概要</title>"))
    }

    /// A body edit renders one page, but what the last build found in front matter (here an
    /// unknown key) is still said: front matter has not changed.
    @Test func aBodyEditStillSaysWhatFrontMatterHas() async throws {
        var files = ServeFixture.site
        files["content/about.en.md"] = "---\ntitle: About\nsummery: Typo\nsummary: About us\n---\nFirst version\n"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        let lines = LogLines()
        var session = fixture.session(log: lines)
        await session.refresh()
        let typo = "content/about.en.md:3:1: warning: `summery` is not a front matter key sitegen knows"
        #expect(lines.all.contains { $0.hasPrefix(typo) })
        let before = lines.all.count
        try fixture.write(
            "content/about.en.md", "---\ntitle: About\nsummery: Typo\nsummary: About us\n---\nSecond version\n")
        await session.refresh()
        let after = Array(lines.all.dropFirst(before))
        #expect(after.last?.hasSuffix("rendered only content/about.en.md)") == true, "\(after)")
        #expect(after.contains { $0.hasPrefix(typo) }, "\(after)")
    }

    /// A paged list's later pages show front matter only: a body edit keeps them; a list that
    /// grows shorter loses the pages it no longer needs.
    @Test func laterPagesOfAListFollowTheirSection() async throws {
        var files = ServeFixture.site
        files["templates/list.mustache"] =
            "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{#pages}}<p>{{title}}</p>{{/pages}}{{/main}}{{/base}}"
        for language in ["ja", "en"] {
            files["content/news/_index.\(language).md"] =
                "---\ntitle: News\npaginate: 1\nsummary: The news\n---\nIntro\n"
            files["content/news/a.\(language).md"] = "---\ntitle: A\ndate: 2025-02-02\n---\nA body\n"
            files["content/news/b.\(language).md"] = "---\ntitle: B\ndate: 2025-02-01\n---\nB body\n"
        }
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        let lines = LogLines()
        var session = fixture.session(log: lines)
        await session.refresh()
        #expect(String(buffer: fixture.store.current.files["en/news/page/2/index.html"]!.body).contains("<p>B</p>"))
        try fixture.write(
            "content/news/_index.en.md", "---\ntitle: News\npaginate: 1\nsummary: The news\n---\nNew intro\n")
        await session.refresh()
        #expect(lines.last.hasSuffix("rendered only content/news/_index.en.md)"))
        #expect(String(buffer: fixture.store.current.files["en/news/index.html"]!.body).contains("New intro"))
        #expect(fixture.store.current.files["en/news/page/2/index.html"] != nil)
        try fixture.write("content/news/_index.en.md", "---\ntitle: News\npaginate: 2\n---\nNew intro\n")
        await session.refresh()
        #expect(fixture.store.current.files["en/news/page/2/index.html"] == nil)
        #expect(fixture.store.current.files["ja/news/page/2/index.html"] != nil)
    }

    /// The edited page is served before the search files are made again, and open pages are
    /// not reloaded for them; they are up to date once `refresh` returns.
    @Test func aBodyEditServesThePageThenTheSearchIndex() async throws {
        var files = ServeFixture.site
        files["templates/search.mustache"] = "{{<base}}{{$main}}<h1>検索</h1>{{/main}}{{/base}}"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        let lines = LogLines()
        var session = fixture.session(log: lines)
        await session.refresh()
        let (_, events) = fixture.hub.subscribe(since: nil)
        try fixture.write("content/about.en.md", "---\ntitle: About\nsummary: About us\n---\nPhotovoltaics arrive\n")
        await session.refresh()
        var iterator = events.makeAsyncIterator()
        #expect(
            await iterator.next()
                == .reload(
                    generation: 2, changes: ChangeSet(all: false, paths: ["/en/about/", "/en/about/index.html"])))
        // Then the search files, as a build of their own: pages that loaded them reload.
        #expect(
            await iterator.next()
                == .reload(
                    generation: 3, changes: ChangeSet(all: false, paths: ["/en/search-index.js", "/en/search-text.js"]))
        )
        #expect(fixture.store.current.generation == 3)
        #expect(lines.all.contains { $0.hasSuffix("rendered only content/about.en.md)") })
        #expect(lines.last.hasPrefix("sitegen: search index brought up to date in "))
        #expect(lines.last.hasSuffix("(2 files changed)"))
        let index = String(buffer: try #require(fixture.store.current.files["en/search-index.js"]).body)
        #expect(index.contains("\"photovolta"))
        let text = String(buffer: try #require(fixture.store.current.files["en/search-text.js"]).body)
        #expect(text.contains("Photovoltaics arrive") && !text.contains("First version"))
    }

    @Test(arguments: [
        ("---\ntitle: a\n---\nbody", "---\ntitle: a\n---"),
        ("---\r\ntitle: a\r\n---\r\nbody", "---\r\ntitle: a\r\n---"),
        ("no front matter", nil), ("---\ntitle: never closed\n", nil),
    ])
    func frontMatterIsCutWhereItEnds(text: String, matter: String?) {
        #expect(SiteRebuild.frontMatter(of: text).map(String.init) == matter)
    }

    @Test func theEventStreamCarriesTheReload() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var initial = fixture.session()
        await initial.refresh()
        try await fixture.test { [initial] client in
            var session = initial
            async let stream = client.execute(uri: "/__sitegen/events?since=1", method: .get)
            while fixture.hub.listenerCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
            try fixture.write("content/about.en.md", "---\ntitle: About\nsummary: About us\n---\nSecond version\n")
            #expect(await session.refresh())
            let response = try await stream
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-cache")
            let body = String(buffer: response.body)
            #expect(body.hasPrefix("retry: 300\n"))
            #expect(
                body.contains(
                    "id: 2\nevent: reload\ndata: {\"generation\":2,\"all\":false,\"paths\":[\"/en/about/\",\"/en/about/index.html\"]}\n\n"
                ))
            let page = try await client.execute(uri: "/en/about/", method: .get)
            #expect(String(buffer: page.body).contains("Second version"))
        }
        #expect(fixture.hub.listenerCount == 0)
    }

    @Test func aLateListenerHearsWhatItMissed() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        try fixture.write("templates/assets/style.css", "body { color: navy; }\n")
        await session.refresh()
        try await fixture.test { client in
            // A page built at generation 1 connects after build 2: it is told at once.
            let response = try await client.execute(
                uri: "/__sitegen/events", method: .get, headers: [.init("Last-Event-ID")!: "1"])
            // A stylesheet change reloads every page (pages also link the stylesheet's new hashed name).
            #expect(String(buffer: response.body).contains("data: {\"generation\":2,\"all\":true,"))
            let page = try await client.execute(uri: "/ja/about/", method: .get)
            let stylesheet = try #require(stylesheetPath(in: String(buffer: page.body)))
            let css = try await client.execute(uri: stylesheet, method: .get)
            #expect(String(buffer: css.body) == "body { color: navy; }\n")
        }
    }

    @Test func aBrokenFileShowsTheOverlayUntilFixed() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        let (_, events) = fixture.hub.subscribe(since: nil)
        var iterator = events.makeAsyncIterator()
        try fixture.write("content/about.ja.md", "---\ntitle: [概要\n---\n<script>壊れた</script>\n")
        await session.refresh()
        #expect(await iterator.next() == .reload(generation: 2, changes: .everything))
        try await fixture.test { client in
            let page = try await client.execute(uri: "/en/about/", method: .get)
            #expect(page.status == .ok)
            let text = String(buffer: page.body)
            #expect(text.contains("First version"), "the last good build stays behind the overlay")
            #expect(text.contains("id=\"sitegen-error-overlay\""))
            #expect(
                text.contains("<strong style=\"color:#ffb4b4\">content/about.ja.md:3:1</strong>: error: invalid YAML"))
            let missing = try await client.execute(uri: "/nowhere/", method: .get)
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("sitegen-error-overlay"))
        }
        try fixture.write("content/about.ja.md", "---\ntitle: 概要\nsummary: 概要の要約\n---\n直した版\n")
        await session.refresh()
        #expect(await iterator.next() == .reload(generation: 3, changes: .everything))
        try await fixture.test { client in
            let page = String(buffer: try await client.execute(uri: "/ja/about/", method: .get).body)
            #expect(!page.contains("sitegen-error-overlay"))
            #expect(page.contains("直した版"))
        }
    }

    /// A 404 page spells its addresses out in full (it is served at any address); in the
    /// preview they lead to the preview, so the page has its stylesheet.
    @Test func aNotFoundPageLoadsItsStylesheetFromThePreview() async throws {
        var files = ServeFixture.site
        files["templates/404.mustache"] =
            "{{<base}}{{$main}}{{#notFound}}<h1>{{title}}</h1>{{/notFound}}{{/main}}{{/base}}"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        try await fixture.test { client in
            let missing = try await client.execute(uri: "/en/nowhere/", method: .get)
            #expect(missing.status == .notFound)
            let html = String(buffer: missing.body)
            #expect(!html.contains("example.org"), "the published site's address is not used in the preview")
            let stylesheet = try #require(html.firstMatch(of: /href="(\/assets\/style\.[0-9a-f]+\.css)"/))
            let response = try await client.execute(uri: String(stylesheet.output.1), method: .get)
            #expect(response.status == .ok)
        }
    }

    @Test func aFirstBuildThatFailsStillShowsTheErrors() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try fixture.write("templates/page.mustache", "{{#open}}never closed")
        var session = fixture.session()
        await session.refresh()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/ja/about/", method: .get)
            #expect(response.status == .notFound)
            let text = String(buffer: response.body)
            #expect(text.contains("templates/page.mustache:1"))
            #expect(text.contains("EventSource"))
        }
    }

    @Test func addedAndRemovedFilesAreNoticed() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        try fixture.write("content/news.ja.md", "---\ntitle: お知らせ\n---\n新着\n")
        try fixture.write("content/news.en.md", "---\ntitle: News\n---\nNew\n")
        #expect(await session.refresh())
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/about.en.md"))
        #expect(await session.refresh())
        try await fixture.test { client in
            let news = try await client.execute(uri: "/en/news/", method: .get)
            #expect(String(buffer: news.body).contains("New"))
            // The English about page is now the stand-in for a missing translation.
            let about = try await client.execute(uri: "/en/about/", method: .get)
            #expect(!String(buffer: about.body).contains("First version"))
        }
    }

    /// A new folder is watched while still empty, so the first file saved in it is noticed.
    @Test func aNewEmptyFolderIsWatched() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        var session = fixture.session()
        await session.refresh()
        let news = fixture.root.appendingPathComponent("content/news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: false)
        #expect(await !session.refresh())
        #expect(session.folders.contains(news.path))
    }

    @Test func aLinkLeadingOutOfTheSiteIsNeverServed() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let outside = fixture.root.appendingPathComponent("secret.txt")
        try Data("top secret".utf8).write(to: outside)
        try FileManager.default.createDirectory(
            at: fixture.root.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root.appendingPathComponent("content/media/leak.txt").path,
            withDestinationPath: outside.path)
        var session = fixture.session()
        await session.refresh()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/media/leak.txt", method: .get)
            #expect(response.status == .notFound)
            let text = String(buffer: response.body)
            #expect(!text.contains("top secret"))
            #expect(text.contains("content/media/leak.txt"), "the overlay names the link")
        }
    }

    @Test func overlayEscapesWhatItShows() {
        let diagnostic = Diagnostic(
            path: "content/<b>.md", line: 3, column: 1, message: "bad <script>alert(1)</script>", hint: "fix & save")
        let html = LiveReload.overlay([diagnostic])
        #expect(html.contains("content/&lt;b&gt;.md:3:1"))
        #expect(html.contains("bad &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("fix &amp; save"))
        #expect(!html.contains("<script>"))
    }

    @Test func injectionGoesBeforeTheLastBodyEnd() {
        let page = Array("<html><BODY><p>&lt;/body&gt;</p></Body></html>".utf8)
        let result = String(decoding: LiveReload.inject(into: page, generation: 4, diagnostics: []), as: UTF8.self)
        #expect(result.hasPrefix("<html><BODY><p>&lt;/body&gt;</p><script data-sitegen-live-reload>"))
        #expect(result.hasSuffix("</script></Body></html>"))
        let bare = String(
            decoding: LiveReload.inject(into: Array("<p>x</p>".utf8), generation: 1, diagnostics: []), as: UTF8.self)
        #expect(bare.hasPrefix("<p>x</p><script"))
    }
}

/// Lines a session printed, for tests.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var last: String { lines.withLock { $0.last ?? "" } }
    var all: [String] { lines.withLock { $0 } }
}
