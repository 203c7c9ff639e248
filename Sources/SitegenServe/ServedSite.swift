import Hummingbird
import SitegenKit

/// One file as the server sends it: final bytes (with the reload script in HTML), type and ETag.
struct ServedFile: Sendable {
    let body: ByteBuffer
    let contentType: String
    /// A strong ETag: a hash of exactly the bytes sent.
    let etag: String

    init(path: String, bytes: [UInt8]) {
        body = ByteBuffer(bytes: bytes)
        contentType = ContentType.forPath(path)
        etag = "\"" + ContentHash.hex(of: bytes) + "\""
    }
}

/// An immutable snapshot of the site being served; a rebuild replaces it whole.
///
/// Requests are answered only from `files`, so no request can reach anything that is not
/// part of the build.
struct ServedSite: Sendable {
    /// Counts builds (good or failed) since the server started; pages carry the one they came from.
    let generation: Int
    /// Served bytes by output path (`ja/strategy/index.html`).
    let files: [String: ServedFile]
    /// Every folder that holds a file (`ja`, `ja/strategy`), for the `/ja/x` → `/ja/x/` redirect.
    let folders: Set<String>
    /// Errors of the last build when it failed; the files are then those of the last good build.
    let diagnostics: [Diagnostic]

    /// Wraps built files for serving: HTML gets the reload script (and the error overlay).
    init(built: [String: [UInt8]], generation: Int, diagnostics: [Diagnostic] = []) {
        var files: [String: ServedFile] = [:]
        var folders: Set<String> = []
        for (path, bytes) in built {
            let served =
                ContentType.forPath(path).hasPrefix("text/html")
                ? LiveReload.inject(into: bytes, generation: generation, diagnostics: diagnostics) : bytes
            files[path] = ServedFile(path: path, bytes: served)
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        self.generation = generation
        self.files = files
        self.folders = folders
        self.diagnostics = diagnostics
    }

    /// The site before the first build finished.
    static let empty = ServedSite(built: [:], generation: 0)
}

/// FNV-1a, 64 bits: cheap, stable across runs, enough to tell versions of a file apart.
enum ContentHash {
    static func value(of bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    static func hex(of bytes: [UInt8]) -> String {
        let digits = String(value(of: bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits + "-" + String(bytes.count, radix: 16)
    }
}
