import Hummingbird
import SitegenCore

/// The reload channel: a `text/event-stream` response fed by the `ReloadHub`.
///
/// Each stream ends after its first `reload` event: the page either reloads (and opens a new
/// stream) or reconnects by itself, sending `Last-Event-ID`, so no change is missed.
enum EventStream {
    static func response(for request: Request, query: String?, hub: ReloadHub) -> Response {
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-cache",
            .init("X-Accel-Buffering")!: "no",
        ]
        if request.method == .head { return Response(status: .ok, headers: headers) }
        let since = max(Self.since(query) ?? -1, request.headers[.init("Last-Event-ID")!].flatMap { Int($0) } ?? -1)
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                let (id, events) = hub.subscribe(since: since >= 0 ? since : nil)
                defer { hub.unsubscribe(id) }
                // `retry` makes browsers reconnect quickly after a stream ends.
                try await writer.write(ByteBuffer(string: "retry: 300\n: sitegen live reload\n\n"))
                for await event in events {
                    try await writer.write(ByteBuffer(string: ReloadHub.format(event)))
                    if case .reload = event { break }
                }
                try await writer.finish(nil)
            })
    }

    /// `since=N` from the query string.
    static func since(_ query: String?) -> Int? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("since=") {
            return Int(pair.dropFirst("since=".count))
        }
        return nil
    }
}
