import Foundation
import Hummingbird
import SitegenCore
import SitegenKit

/// The preview server behind `sitegen serve`: builds the site in memory, serves it over HTTP,
/// and rebuilds and reloads open pages when `content/` or `templates/` change.
///
/// Nothing is written to disk (`site/` is never touched); requests are answered only from the
/// in-memory build. Slow clients are cut off (an idle timeout for headers, a deadline for
/// bodies) and header sizes are bounded. Other web sites cannot read it (`SiteResponder`).
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// The site's address below the host, normalised to `/` or `/sub/path/`.
        public var basePath: String
        public var options: BuildOptions

        public init(
            host: String = "127.0.0.1", port: Int = 1313, basePath: String = "/", options: BuildOptions = BuildOptions()
        ) {
            self.host = host
            self.port = port
            self.basePath = basePath
            self.options = options
        }

        /// Segments of the base path; nil when it is not a plain path (`..`, `%`, backslashes).
        public static func basePathSegments(_ text: String) -> [String]? {
            let segments = text.split(separator: "/").map(String.init)
            for segment in segments {
                guard segment != ".", segment != "..", !segment.contains("%"), !segment.contains("\\"),
                    !segment.contains("?"), !segment.contains("#"),
                    segment.unicodeScalars.allSatisfy({ $0.value >= 0x20 })
                else { return nil }
            }
            return segments
        }
    }

    public let root: URL
    public let configuration: Configuration
    let log: @Sendable (String) -> Void

    /// Seconds a connection may stay idle (or take to send its headers), and a request may take
    /// to send its body after its headers, before the connection is closed.
    static let idleTimeout: Int64 = 30
    /// Bounds for request headers: one field, all fields together, how many fields.
    static let maxHeaderFieldSize = 16 * 1024
    static let maxHeaderListSize = 64 * 1024
    static let maxHeaderFieldCount = 100

    public init(root: URL, configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.root = root
        self.configuration = configuration
        self.log = log
    }

    /// Builds, then serves until the task is cancelled or the process is interrupted.
    public func run() async throws {
        let basePath = Configuration.basePathSegments(configuration.basePath) ?? []
        let store = SiteStore()
        let hub = ReloadHub()
        var session = PreviewSession(
            root: root, options: configuration.options, basePath: basePath, store: store, hub: hub, log: log)
        await session.refresh()
        let shown = RequestPath.encode(basePath, folder: true)
        let host = configuration.host
        let log = self.log
        let app = Self.application(
            store: store, hub: hub, basePath: basePath, host: host, port: configuration.port,
            onRunning: { port in
                let address = host.contains(":") ? "[\(host)]" : host
                let open = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : address
                log(
                    "sitegen: serving on http://\(address):\(port)\(shown) (open http://\(open):\(port)\(shown)); watching content/ and templates/; press Ctrl-C to stop"
                )
            })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            group.addTask { [session] in await Self.watch(session) }
            defer { hub.finishAll() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The HTTP application: our responder behind Hummingbird's HTTP/1 server with its limits.
    static func application(
        store: SiteStore, hub: ReloadHub, basePath: [String], host: String = "127.0.0.1", port: Int = 0,
        idleSeconds: Int64 = idleTimeout, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            responder: responder(store: store, hub: hub, basePath: basePath, host: host),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [RequestReadDeadline(limit: .seconds(idleSeconds))],
                    idleTimeout: .seconds(idleSeconds),
                    httpDecoderConfiguration: .init(
                        maxHeaderFieldSize: maxHeaderFieldSize, maxHeaderListSize: maxHeaderListSize,
                        maxHeaderFieldCount: maxHeaderFieldCount))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) })
    }

    /// The responder for a server listening on `host`: on a local address it answers only
    /// requests that name a local host.
    static func responder(store: SiteStore, hub: ReloadHub, basePath: [String], host: String) -> SiteResponder {
        SiteResponder(store: store, hub: hub, basePath: basePath, answersAnyHost: !LocalAddress.isLocal(host))
    }

    /// Rebuilds on every change until cancelled: inotify where available (its queue is read
    /// every 10 ms, a non-blocking read that costs nothing when idle, so a save shows within
    /// a build's time), else polling every half second; pings open pages every 20 seconds so
    /// closed ones are noticed. `watching` is called once it watches: a save after that is seen.
    static func watch(_ initial: PreviewSession, watching: @Sendable () -> Void = {}) async {
        var session = initial
        var lastPing = ContinuousClock.now
        #if canImport(Glibc)
            var inotify = InotifyWatcher()
            if inotify?.watch(session.folders) == false { inotify = nil }
        #endif
        watching()
        while !Task.isCancelled {
            var pollingInterval = Duration.milliseconds(500)
            var changed = true
            #if canImport(Glibc)
                if inotify != nil {
                    pollingInterval = .milliseconds(10)
                    changed = inotify!.drain()
                }
            #endif
            if changed {
                // Let an editor finish saving (write, rename) before looking.
                try? await Task.sleep(for: .milliseconds(15))
                #if canImport(Glibc)
                    _ = inotify?.drain()
                #endif
                await session.refresh()
                #if canImport(Glibc)
                    if inotify?.watch(session.folders) == false { inotify = nil }
                #endif
            }
            if ContinuousClock.now - lastPing > .seconds(20) {
                session.hub.ping()
                lastPing = .now
            }
            try? await Task.sleep(for: pollingInterval)
        }
    }
}
