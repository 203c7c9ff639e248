import Hummingbird
import SitegenCore
import SitegenKit

/// One file as the server sends it: final bytes (with the reload script in HTML), type and ETag.
struct ServedFile: Sendable {
    let body: ByteBuffer
    let contentType: String
    /// A strong ETag: a hash of exactly the bytes sent.
    let etag: String

    init(path: String, bytes: [UInt8], hash: UInt64? = nil) {
        body = ByteBuffer(bytes: bytes)
        contentType = ContentType.forPath(path)
        etag = "\"" + ContentHash.hex(of: bytes, hash: hash) + "\""
    }
}

/// An immutable snapshot of the site being served; a rebuild replaces it whole.
///
/// Requests are answered only from `files`, so no request can reach anything that is not
/// part of the build.
struct ServedSite: Sendable {
    /// Counts builds (good or failed) since the server started; pages carry the one they came from.
    let generation: Int
    /// Built bytes by output path (`ja/strategy/index.html`), before the reload script.
    private let built: [String: [UInt8]]
    /// Hashes of `built`, when the caller has them (ETags of files sent as built).
    private let hashes: [String: UInt64]
    /// Every folder that holds a file (`ja`, `ja/strategy`), for the `/ja/x` → `/ja/x/` redirect.
    let folders: Set<String>
    /// Errors of the last build when it failed; the files are then those of the last good build.
    let diagnostics: [Diagnostic]
    /// The note at the top of each page a plain build leaves out (scheduled, expired, drafts
    /// under `--drafts`), by output path.
    private let notes: [String: String]

    /// Wraps built files for serving. Nothing is copied here: a rebuild of a large site swaps
    /// snapshots without touching every page; `file(_:)` adds the reload script on request.
    init(
        built: [String: [UInt8]], hashes: [String: UInt64] = [:], notes: [String: String] = [:], generation: Int,
        diagnostics: [Diagnostic] = []
    ) {
        var folders: Set<String> = []
        for path in built.keys {
            var slash = path.lastIndex(of: "/")
            while let end = slash, folders.insert(String(path[..<end])).inserted {
                slash = path[..<end].lastIndex(of: "/")
            }
        }
        self.generation = generation
        self.built = built
        self.hashes = hashes
        self.folders = folders
        self.diagnostics = diagnostics
        self.notes = notes
    }

    /// The file at an output path as it is sent: HTML gets the reload script (and the error
    /// overlay), and a page a plain build leaves out its note.
    func file(_ path: String) -> ServedFile? {
        guard let bytes = built[path] else { return nil }
        guard ContentType.forPath(path).hasPrefix("text/html") else {
            return ServedFile(path: path, bytes: bytes, hash: hashes[path])
        }
        let marked = notes[path].map { LiveReload.note($0, into: bytes) } ?? bytes
        return ServedFile(
            path: path, bytes: LiveReload.inject(into: marked, generation: generation, diagnostics: diagnostics))
    }

    /// Every file as sent (for tests: it prepares them all).
    var files: [String: ServedFile] {
        Dictionary(uniqueKeysWithValues: built.keys.map { ($0, file($0)!) })
    }

    /// The site before the first build finished.
    static let empty = ServedSite(built: [:], generation: 0)
}

/// A 64-bit hash of a file's bytes, eight bytes at a time: cheap on the megabytes of a big
/// site's search index, stable across runs, enough to tell versions of a file apart.
enum ContentHash {
    static func value(of bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            return hash ^ hash >> 32
        }
    }

    /// `hash` is `value(of: bytes)` when the caller has it already.
    static func hex(of bytes: [UInt8], hash: UInt64? = nil) -> String {
        let digits = String(hash ?? value(of: bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits + "-" + String(bytes.count, radix: 16)
    }
}
