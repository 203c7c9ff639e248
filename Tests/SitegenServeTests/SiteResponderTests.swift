import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import SitegenKit
import Testing

@testable import SitegenServe

/// The preview answers as a static host would: types, folders, redirects, 404s, ETags, methods.
@Suite struct SiteResponderTests {
    @Test(arguments: [
        ("/ja/about/", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/assets/logo.svg", "image/svg+xml; charset=utf-8"),
        ("/events.ics", "text/calendar; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/assets/photo.png", "image/png"),
        ("/assets/photo.jpg", "image/jpeg"),
        ("/assets/font.woff2", "font/woff2"),
        ("/blob.bin", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) async throws {
        try await SampleSite.test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == type)
            #expect(response.headers[.init("X-Content-Type-Options")!] == "nosniff")
        }
    }

    @Test func foldersServeTheirIndex() async throws {
        try await SampleSite.test { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(String(buffer: root.body).contains("<h1>root</h1>"))
            let home = try await client.execute(uri: "/ja/", method: .get)
            #expect(String(buffer: home.body).contains("ホーム"))
            let page = try await client.execute(uri: "/en/about/?utm=x", method: .get)
            #expect(String(buffer: page.body).contains("About"))
        }
    }

    @Test(arguments: [
        ("/ja", "/ja/"), ("/ja/about", "/ja/about/"), ("/ja/about?x=1", "/ja/about/?x=1"),
        ("/ja/noindex", "/ja/noindex/"),
    ])
    func folderWithoutSlashRedirects(path: String, location: String) async throws {
        try await SampleSite.test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == location)
        }
    }

    @Test func notFoundUsesTheLanguagePage() async throws {
        try await SampleSite.test { client in
            let ja = try await client.execute(uri: "/ja/missing/", method: .get)
            #expect(ja.status == .notFound)
            #expect(ja.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: ja.body).contains("ページが見つかりません"))
            // English has no 404 page of its own: the root one.
            let en = try await client.execute(uri: "/en/missing", method: .get)
            #expect(en.status == .notFound)
            #expect(String(buffer: en.body).contains("root not found"))
            let folderWithoutIndex = try await client.execute(uri: "/ja/noindex/", method: .get)
            #expect(folderWithoutIndex.status == .notFound)
        }
    }

    @Test func notFoundIsPlainTextWithoutA404Page() async throws {
        let site = ServedSite(built: ["index.html": Array("<p>hi</p>".utf8)], generation: 1)
        try await PreviewServer.application(store: SiteStore(site), hub: ReloadHub(), basePath: []).test(.router) {
            client in
            let response = try await client.execute(uri: "/nothing.html", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(String(buffer: response.body) == "404 Not Found\n")
        }
    }

    @Test func etagAndIfNoneMatch() async throws {
        try await SampleSite.test { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let etag = try #require(first.headers[.eTag])
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
            let again = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(again.headers[.eTag] == etag)
            let listed = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"])
            #expect(listed.status == .notModified)
            let star = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "*"])
            #expect(star.status == .notModified)
            let stale = try await client.execute(
                uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"stale\""])
            #expect(stale.status == .ok)
            #expect(String(buffer: stale.body) == "body{}")
            let other = try await client.execute(uri: "/assets/app.js", method: .get)
            #expect(other.headers[.eTag] != etag)
        }
    }

    @Test func headSendsHeadersWithoutBody() async throws {
        try await SampleSite.test { client in
            let get = try await client.execute(uri: "/ja/about/", method: .get)
            let head = try await client.execute(uri: "/ja/about/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
            for path in ["/ja/missing/", "/ja", "/%2e%2e/x", "/nothing.bin"] {
                let get = try await client.execute(uri: path, method: .get)
                let head = try await client.execute(uri: path, method: .head)
                #expect(head.status == get.status, "\(path)")
                #expect(head.body.readableBytes == 0, "\(path)")
                #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(path)")
            }
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options, .init("PROPFIND")!])
    func onlyGetAndHead(method: HTTPRequest.Method) async throws {
        try await SampleSite.test { client in
            let response = try await client.execute(uri: "/ja/", method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func basePathServesTheSiteBelowIt() async throws {
        try await SampleSite.test(basePath: ["sub", "dir"]) { client in
            let page = try await client.execute(uri: "/sub/dir/ja/about/", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("概要"))
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .movedPermanently)
            #expect(root.headers[.location] == "/sub/dir/")
            let bare = try await client.execute(uri: "/sub/dir", method: .get)
            #expect(bare.headers[.location] == "/sub/dir/")
            let folder = try await client.execute(uri: "/sub/dir/ja", method: .get)
            #expect(folder.headers[.location] == "/sub/dir/ja/")
            let outside = try await client.execute(uri: "/ja/about/", method: .get)
            #expect(outside.status == .notFound)
            let missing = try await client.execute(uri: "/sub/dir/ja/missing/", method: .get)
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("ページが見つかりません"))
        }
    }

    @Test func onLoopbackOnlyLoopbackHostNamesAreAnswered() async throws {
        let app = PreviewServer.application(store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [])
        try await app.test(.router) { client in
            // The test client sends `Host: localhost`.
            let response = try await client.execute(uri: "/ja/", method: .get)
            #expect(response.status == .ok)
        }
        for (authority, allowed) in [
            ("localhost:1313", true), ("127.0.0.1:1313", true), ("[::1]:1313", true), ("LOCALHOST", true),
            ("evil.example:1313", false), ("127.0.0.1.evil.example", false), ("", false), (nil, false),
        ] {
            #expect(
                LocalAddress.isLocal(SiteResponder.hostName(authority)) == allowed,
                "\(authority ?? "nil")")
        }
    }

    @Test func reloadScriptIsInjectedOnlyIntoHTML() async throws {
        try await SampleSite.test { client in
            let page = String(buffer: try await client.execute(uri: "/ja/", method: .get).body)
            #expect(page.contains("data-sitegen-live-reload"))
            #expect(page.contains("EventSource(\"/__sitegen/events?since=\" + built)"))
            #expect(page.hasSuffix("</script></body></html>"))
            #expect(page.contains("sessionStorage.setItem(key, String(window.scrollY))"))
            let css = String(buffer: try await client.execute(uri: "/assets/style.css", method: .get).body)
            #expect(css == "body{}")
        }
    }
}
