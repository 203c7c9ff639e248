import Foundation
import Hummingbird
import SitegenCore
import SitegenKit

/// Answers requests as a static host would, from the snapshot in `store` only.
///
/// GET and HEAD only (405 with `Allow` otherwise); `index.html` for folder addresses; a
/// redirect from `/ja/x` to `/ja/x/` when that folder exists; the language's `404.html`
/// (then the root one, then plain text) with status 404; strong ETags with `If-None-Match`.
/// `/__sitegen/events` is the reload channel.
///
/// No other web site may read the preview (drafts included under `--drafts`): every response
/// says `Cross-Origin-Resource-Policy: same-origin`, requests a browser marks as coming from
/// another site are refused, and on a local address only local host names are answered.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore
    let hub: ReloadHub
    /// Segments of `--base-path` (`["sub"]`), `[]` to serve at the root.
    let basePath: [String]
    /// False (listening on a `LocalAddress`): requests must name a local host, so a web page
    /// cannot read the preview through DNS rebinding. True when listening on the network.
    var answersAnyHost = false

    func respond(to request: Request, context: Context) async throws -> Response {
        var response = answer(request)
        // Browsers give no other site this response, not even to a `<script src>` or `<img>`.
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        // A HEAD answer is the GET answer's head: same status and headers, no body.
        return request.method == .head ? response.createHeadResponse() : response
    }

    func answer(_ request: Request) -> Response {
        if !answersAnyHost, !LocalAddress.isLocal(Self.hostName(request.head.authority)) {
            return plain(
                .forbidden,
                "403 Forbidden: this preview answers only to 127.0.0.1, localhost and [::1]; open it at one of them\n")
        }
        // What a browser says of a request that a page of another site makes (a script, an
        // image, a fetch, a link followed): such a page must not read the preview.
        if request.headers[.init("Sec-Fetch-Site")!]?.lowercased() == "cross-site" {
            return plain(
                .forbidden,
                "403 Forbidden: the preview does not answer requests made from other sites; type or paste its address into the address bar\n"
            )
        }
        guard request.method == .get || request.method == .head else {
            return plain(
                .methodNotAllowed, "405 Method Not Allowed: only GET and HEAD are served\n",
                extra: [.allow: "GET, HEAD"])
        }
        let path: RequestPath
        switch RequestPath.parse(request.head.path ?? "") {
        case .success(let parsed): path = parsed
        case .failure(let refusal):
            return plain(.init(code: refusal.status), "\(refusal.status): \(refusal.reason)\n")
        }
        if path.segments.first == "__sitegen" {
            guard path.segments == LiveReload.eventsPath.split(separator: "/").map(String.init), !path.isFolder else {
                return plain(.notFound, "404 Not Found\n")
            }
            return EventStream.response(for: request, query: path.query, hub: hub)
        }
        let site = store.current
        guard path.segments.starts(with: basePath) else {
            if path.segments.isEmpty {
                return redirect(to: RequestPath.encode(basePath, folder: true), query: path.query)
            }
            return plain(
                .notFound,
                "404 Not Found: this preview serves the site under \(RequestPath.encode(basePath, folder: true))\n")
        }
        let segments = Array(path.segments.dropFirst(basePath.count))
        if segments.isEmpty, !basePath.isEmpty, !path.isFolder {
            return redirect(to: RequestPath.encode(basePath, folder: true), query: path.query)
        }
        let key = (segments + (path.isFolder || segments.isEmpty ? ["index.html"] : [])).joined(separator: "/")
        if let file = site.file(key) {
            return serve(file, to: request, status: .ok)
        }
        if !path.isFolder, site.folders.contains(segments.joined(separator: "/")) {
            return redirect(to: RequestPath.encode(basePath + segments, folder: true), query: path.query)
        }
        return notFound(segments, in: site, request: request)
    }

    /// `Host` without its port, lowercased (`[::1]:1313` → `[::1]`); "" when absent.
    static func hostName(_ authority: String?) -> String {
        guard var host = authority?.lowercased() else { return "" }
        if host.hasPrefix("[") {
            if let close = host.firstIndex(of: "]") { host = String(host[...close]) }
        } else if let colon = host.firstIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host.hasSuffix(".") ? String(host.dropLast()) : host
    }

    /// The language's 404 page, else the root one, else plain text; always status 404.
    func notFound(_ segments: [String], in site: ServedSite, request: Request) -> Response {
        var candidates = ["404.html"]
        if let language = segments.first { candidates.insert("\(language)/404.html", at: 0) }
        for candidate in candidates {
            if let page = site.file(candidate) { return serve(page, to: request, status: .notFound, cacheable: false) }
        }
        if !site.diagnostics.isEmpty {
            let page = ServedFile(
                path: "404.html",
                bytes: LiveReload.errorPage(generation: site.generation, diagnostics: site.diagnostics))
            return serve(page, to: request, status: .notFound, cacheable: false)
        }
        return plain(.notFound, "404 Not Found\n")
    }

    func serve(_ file: ServedFile, to request: Request, status: HTTPResponse.Status, cacheable: Bool = true) -> Response
    {
        var headers: HTTPFields = [
            .contentType: file.contentType,
            .cacheControl: "no-cache",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if cacheable {
            headers[.eTag] = file.etag
            if let match = request.headers[.ifNoneMatch], Self.matches(match, etag: file.etag) {
                return Response(status: .notModified, headers: headers)
            }
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: file.body))
    }

    /// `If-None-Match`: `*` or a list of (possibly weak) tags, compared weakly as RFC 9110 says.
    static func matches(_ header: String, etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)[...]
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            return tag == etag
        }
    }

    func redirect(to location: String, query: String?) -> Response {
        let target = location + (query.map { "?" + $0 } ?? "")
        return Response(
            status: .movedPermanently,
            headers: [.location: target, .contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: "Moved to \(target)\n")))
    }

    func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
