import Foundation
import SitegenCore

/// A request target checked and decoded into path segments, or the reason it is refused.
///
/// The server only ever looks paths up in the in-memory map of built files, so nothing outside
/// the build can be reached whatever the path says. This type still refuses, rather than
/// normalises, anything a traversal attempt would use: `.` and `..` segments (plain,
/// percent-encoded or double-encoded), encoded slashes, backslashes, NUL and other control
/// characters, empty segments (`//etc/passwd`), invalid percent escapes and invalid UTF-8.
struct RequestPath: Equatable {
    /// Decoded segments, without empty ones; `[]` for `/`.
    var segments: [String]
    /// The path ended with `/` (or was `/`): it names a folder.
    var isFolder: Bool
    /// The query string without `?`, kept for redirects.
    var query: String?

    /// Why a target was refused, and the status to answer with.
    struct Refusal: Error, Equatable {
        var status: Int
        var reason: String
    }

    /// Longest target accepted; longer ones get 414.
    static let maximumLength = 4096

    /// Parses the raw request target (`/ja/x/?q`), as sent on the request line.
    static func parse(_ target: String) -> Result<RequestPath, Refusal> {
        guard target.utf8.count <= maximumLength else {
            return .failure(Refusal(status: 414, reason: "the address is too long"))
        }
        guard !target.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
            return .failure(Refusal(status: 400, reason: "the address holds a control character"))
        }
        var path = Substring(target)
        var query: String?
        if let mark = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            if path[mark] == "?" { query = String(path[path.index(after: mark)...].prefix { $0 != "#" }) }
            path = path[..<mark]
        }
        guard path.hasPrefix("/") else {
            return .failure(Refusal(status: 400, reason: "the address must start with /"))
        }
        guard !path.utf8.contains(UInt8(ascii: "\\")) else {
            return .failure(Refusal(status: 400, reason: "the address holds a backslash"))
        }
        let rawSegments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for (position, raw) in rawSegments.enumerated() {
            if raw.isEmpty {
                // Only a final empty segment (a trailing slash) is allowed.
                if position == rawSegments.count - 1 { continue }
                return .failure(Refusal(status: 400, reason: "the address holds an empty segment"))
            }
            switch decode(raw) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let segment): segments.append(segment)
            }
        }
        return .success(RequestPath(segments: segments, isFolder: path.hasSuffix("/"), query: query))
    }

    /// Percent-decodes one segment and refuses what could step out of its folder.
    static func decode(_ raw: Substring) -> Result<String, Refusal> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return .failure(Refusal(status: 400, reason: "the address holds an invalid % escape"))
            }
            bytes.append(high << 4 | low)
        }
        guard let segment = String(validating: bytes, as: UTF8.self) else {
            return .failure(Refusal(status: 400, reason: "the address is not valid UTF-8"))
        }
        if segment == "." || segment == ".." {
            return .failure(Refusal(status: 400, reason: "the address holds a . or .. segment"))
        }
        if segment.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\")
        }) {
            return .failure(
                Refusal(status: 400, reason: "the address holds an encoded slash, backslash or control character"))
        }
        if isDoubleEncoded(segment) {
            return .failure(Refusal(status: 400, reason: "the address is percent-encoded twice"))
        }
        return .success(segment)
    }

    /// A decoded segment that still holds a `%XX` escape was encoded twice (`%252e%252e`).
    static func isDoubleEncoded(_ segment: String) -> Bool {
        let bytes = Array(segment.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
            if hexValue(bytes[index + 1]) != nil, hexValue(bytes[index + 2]) != nil { return true }
        }
        return false
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Percent-encodes segments back into an absolute path, for `Location` headers.
    static func encode(_ segments: [String], folder: Bool) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        let body = segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(
            separator: "/")
        if segments.isEmpty { return "/" }
        return "/" + body + (folder ? "/" : "")
    }
}
