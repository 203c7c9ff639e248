import Foundation

#if canImport(Glibc)
    import Glibc
    private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
    import Darwin
    private let streamSocket = SOCK_STREAM
#endif

/// Measures `sitegen serve` from a saved edit to the edited page being served: appends a
/// unique sentence to a Markdown file, then asks for the page over HTTP every 2 ms until the
/// sentence is in it. The file is put back as it was at the end.
struct EditProbe {
    let file: URL
    let host: String
    let port: UInt16
    let path: String

    /// Milliseconds from each save to the page showing it.
    func run(times: Int) throws -> [Double] {
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        var results: [Double] = []
        for run in 0..<times {
            let token = "benchmarkedit\(run)x\(UInt32.random(in: 0...UInt32.max))"
            var text = original
            text.append(Data("\n\nA new sentence, \(token).\n".utf8))
            let start = DispatchTime.now()
            try text.write(to: file)
            let deadline = start.uptimeNanoseconds + 10_000_000_000
            while true {
                if let body = get(), body.contains(token) { break }
                guard DispatchTime.now().uptimeNanoseconds < deadline else {
                    throw ProbeError(message: "the edit did not show at \(path) within 10 s")
                }
                usleep(2000)
            }
            results.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            usleep(300_000)
        }
        return results
    }

    /// The body of `GET path` over plain HTTP/1.1, nil when the server does not answer.
    func get() -> String? {
        let socket = openSocket(AF_INET, streamSocket, 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        guard send(socket, request, request.count, 0) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: response, as: UTF8.self)
    }
}

struct ProbeError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `socket(2)`, named apart from the local constant it fills.
private func openSocket(_ domain: Int32, _ type: Int32, _ proto: Int32) -> Int32 {
    socket(domain, type, proto)
}
