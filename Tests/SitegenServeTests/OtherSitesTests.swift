import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import Testing

@testable import SitegenServe

/// No other web site can read the preview: not with a `<script src>`, an `<img>` or a fetch,
/// and on a local address not through DNS rebinding either.
@Suite struct OtherSitesTests {
    /// One request for each kind of answer: a page, a redirect, not modified, a refused path,
    /// a 404, a method refused, a refusal of another site, the reload channel's head.
    static let requests: [(path: String, method: HTTPRequest.Method, headers: HTTPFields, status: Int)] = [
        ("/ja/", .get, [:], 200),
        ("/ja/about/", .head, [:], 200),
        ("/ja", .get, [:], 301),
        ("/assets/style.css", .get, [.ifNoneMatch: "*"], 304),
        ("/%2e%2e/etc/passwd", .get, [:], 400),
        ("/ja/missing/", .get, [:], 404),
        ("/nothing.txt", .get, [:], 404),
        ("/ja/", .post, [:], 405),
        ("/assets/app.js", .get, [.init("Sec-Fetch-Site")!: "cross-site"], 403),
        ("/__sitegen/events", .head, [:], 200),
    ]

    @Test(arguments: requests)
    func everyResponseIsForThisOriginOnly(
        request: (path: String, method: HTTPRequest.Method, headers: HTTPFields, status: Int)
    ) async throws {
        try await SampleSite.test { client in
            let response = try await client.execute(uri: request.path, method: request.method, headers: request.headers)
            #expect(response.status.code == request.status, "\(request.path)")
            #expect(response.headers[.crossOriginResourcePolicy] == "same-origin", "\(request.path)")
        }
    }

    /// What a browser sends when a page of another site loads the preview's script or image.
    @Test func requestsFromAnotherSiteAreRefused() async throws {
        try await SampleSite.test { client in
            for value in ["cross-site", "Cross-Site"] {
                let response = try await client.execute(
                    uri: "/assets/app.js", method: .get, headers: [.init("Sec-Fetch-Site")!: value])
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.hasPrefix("403 Forbidden: the preview does not answer requests made from other sites"))
                #expect(!body.contains("console.log"))
            }
            // The preview's own pages, the same site, and what the reader typed are answered.
            for value in ["same-origin", "same-site", "none"] {
                let response = try await client.execute(
                    uri: "/assets/app.js", method: .get, headers: [.init("Sec-Fetch-Site")!: value])
                #expect(response.status == .ok, "\(value)")
                #expect(String(buffer: response.body) == "console.log(1)")
            }
        }
    }

    /// One definition of a local address decides both the warning and the host name check.
    @Test(arguments: [
        ("127.0.0.1", true), ("localhost", true), ("::1", true), ("LOCALHOST", true), ("[::1]", true),
        ("127.0.0.2", false), ("0.0.0.0", false), ("::", false), ("192.168.1.5", false),
        ("localhost.example", false), ("127.0.0.1.nip.io", false),
    ])
    func aLocalAddressIsNeverWarnedAboutAndChecksHostNames(host: String, local: Bool) {
        #expect(LocalAddress.isLocal(host) == local)
        let warning = LocalAddress.networkWarning(host: host)
        #expect((warning == nil) == local)
        if let warning {
            #expect(warning.contains("listening on \(host), not on 127.0.0.1, localhost or ::1"))
            #expect(warning.hasSuffix("use --host 127.0.0.1 to keep it to this machine"))
        }
        let responder = PreviewServer.responder(
            store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [], host: host)
        #expect((responder.answer(Self.request(authority: "evil.example:1313")).status == .forbidden) == local)
        #expect(responder.answer(Self.request(authority: "localhost:1313")).status == .ok)
    }

    static func request(authority: String) -> Request {
        Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: authority, path: "/ja/"),
            body: RequestBody(buffer: ByteBuffer()))
    }
}
