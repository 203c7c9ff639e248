import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import Testing

@testable import SitegenServe

#if canImport(Glibc)
    import Glibc
#endif

/// A real server on loopback survives clients that misbehave at the socket level.
@Suite struct ConnectionLimitTests {
    #if canImport(Glibc)
        @Test func enormousHeadersAreRefusedAndTheServerGoesOn() async throws {
            let app = PreviewServer.application(store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [])
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let huge = String(repeating: "a", count: 200 * 1024)
                let answer = try await RawSocket.request(
                    port: port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: \(huge)\r\n\r\n")
                #expect(!answer.hasPrefix("HTTP/1.1 200"))
                let many = (0..<500).map { "X-H\($0): v\r\n" }.joined()
                let second = try await RawSocket.request(port: port, "GET / HTTP/1.1\r\nHost: localhost\r\n\(many)\r\n")
                #expect(!second.hasPrefix("HTTP/1.1 200"))
                let fine = try await RawSocket.request(
                    port: port, "GET /ja/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                #expect(fine.hasPrefix("HTTP/1.1 200 OK"))
            }
        }

        @Test func aClientThatNeverFinishesItsHeadersIsCutOff() async throws {
            let app = PreviewServer.application(
                store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [], idleSeconds: 1)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let start = ContinuousClock.now
                // Half a request line, then silence: the server must hang up by itself.
                let answer = try await RawSocket.request(port: port, "GET /ja/ HTTP/1.1\r\nHost: loc", waitSeconds: 10)
                #expect(answer.isEmpty)
                #expect(ContinuousClock.now - start < .seconds(8))
                // New clients are still served.
                let fine = try await RawSocket.request(
                    port: port, "GET /ja/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                #expect(fine.hasPrefix("HTTP/1.1 200 OK"))
            }
        }

        /// A body sent a byte at a time, each within the idle timeout, must not hold its
        /// connection: the server hangs up once the request is late, whatever its method.
        @Test(arguments: ["GET", "POST"])
        func aBodyThatTricklesInIsCutOff(method: String) async throws {
            let app = PreviewServer.application(
                store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [], idleSeconds: 1)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                // 20 bytes, one every 300 ms: six seconds at most, well past the one-second bound.
                let closed = try await RawSocket.trickle(
                    port: port, head: "\(method) /ja/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20\r\n\r\n",
                    body: String(repeating: "x", count: 20), interval: .milliseconds(300))
                #expect(closed, "the connection was still open after the whole body")
                let fine = try await RawSocket.request(
                    port: port, "GET /ja/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                #expect(fine.hasPrefix("HTTP/1.1 200 OK"))
            }
        }

        @Test func rawTargetsThatTheParserAcceptsAreStillRefused() async throws {
            let app = PreviewServer.application(store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [])
            try await app.test(.live) { client in
                let port = try #require(client.port)
                for target in [
                    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%252f..%252fetc/passwd",
                    "/..\\..\\etc\\passwd",
                ] {
                    let answer = try await RawSocket.request(
                        port: port, "GET \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    #expect(answer.hasPrefix("HTTP/1.1 400 Bad Request"), "\(target): \(answer.prefix(40))")
                    #expect(!answer.contains("root:"))
                }
            }
        }
        @Test func aForeignHostNameIsRefused() async throws {
            let app = PreviewServer.application(store: SiteStore(SampleSite.site()), hub: ReloadHub(), basePath: [])
            try await app.test(.live) { client in
                let port = try #require(client.port)
                // What a page on another site sees after rebinding its name to 127.0.0.1.
                let rebound = try await RawSocket.request(
                    port: port, "GET /ja/ HTTP/1.1\r\nHost: evil.example:\(port)\r\nConnection: close\r\n\r\n")
                #expect(rebound.hasPrefix("HTTP/1.1 403 Forbidden"))
                #expect(rebound.lowercased().contains("\r\ncross-origin-resource-policy: same-origin\r\n"))
                #expect(!rebound.contains("ホーム"))
                let local = try await RawSocket.request(
                    port: port, "GET /ja/ HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
                #expect(local.hasPrefix("HTTP/1.1 200 OK"))
            }
        }
    #endif
}

#if canImport(Glibc)
    /// Just enough of a TCP client to send bytes a well-behaved HTTP client never would.
    enum RawSocket {
        struct Failure: Error { var what: String }

        /// Sends `request` and returns what comes back, on a thread of its own: the blocking socket
        /// calls must not hold up the threads the server's handlers run on.
        static func request(port: Int, _ request: String, waitSeconds: Int = 5) async throws -> String {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(with: Result { try exchange(port: port, request, waitSeconds: waitSeconds) })
                }
            }
        }

        /// Sends `request` to localhost:`port` and returns what comes back until the server closes
        /// the connection or `waitSeconds` pass.
        static func exchange(port: Int, _ request: String, waitSeconds: Int = 5) throws -> String {
            let descriptor = try connected(port: port)
            defer { close(descriptor) }
            var timeout = timeval(tv_sec: waitSeconds, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let bytes = Array(request.utf8)
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes {
                    send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if count <= 0 { break }  // the server may hang up before reading everything
                sent += count
            }
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                received += buffer[..<count]
                if received.count > 1_000_000 { break }
            }
            return String(decoding: received, as: UTF8.self)
        }

        /// Sends `head`, then `body` one byte every `interval`, on a thread of its own; returns
        /// whether the server closed the connection before the last byte was due.
        static func trickle(port: Int, head: String, body: String, interval: Duration) async throws -> Bool {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(
                        with: Result { try trickleBlocking(port: port, head: head, body: body, interval: interval) })
                }
            }
        }

        static func trickleBlocking(port: Int, head: String, body: String, interval: Duration) throws -> Bool {
            let descriptor = try connected(port: port)
            defer { close(descriptor) }
            /// Reads what the server sent so far without waiting; false once it has hung up.
            func isOpen() -> Bool {
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = buffer.withUnsafeMutableBytes {
                        recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
                    }
                    if count > 0 { continue }
                    return count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
                }
            }
            func send(_ bytes: [UInt8]) -> Bool {
                bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    == bytes.count
            }
            let pause = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
            guard send(Array(head.utf8)) else { return true }
            for byte in body.utf8 {
                Thread.sleep(forTimeInterval: pause)
                guard isOpen(), send([byte]) else { return true }
            }
            return !isOpen()
        }

        /// A socket connected to localhost:`port`. The test server listens on "localhost": each
        /// of its addresses is tried.
        static func connected(port: Int) throws -> Int32 {
            var hints = addrinfo()
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            var list: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo("localhost", String(port), &hints, &list) == 0 else { throw Failure(what: "getaddrinfo") }
            defer { freeaddrinfo(list) }
            var entry = list
            while let info = entry?.pointee {
                let descriptor = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
                if descriptor >= 0, connect(descriptor, info.ai_addr, info.ai_addrlen) == 0 { return descriptor }
                if descriptor >= 0 { close(descriptor) }
                entry = info.ai_next
            }
            throw Failure(what: "connect")
        }
    }
#endif
