import Foundation
import SitegenCore
import SitegenKit

/// Builds the site in memory and rebuilds it when its sources change, swapping each result
/// into the `SiteStore` and telling open pages through the `ReloadHub`. Never writes to disk.
///
/// A rebuild reuses the `SiteSource` of the last one and re-reads only the files whose stamp
/// changed (a file added or removed means a full load). `SiteRebuild` works out what changed:
/// when only Markdown bodies did, only those pages are rendered again and the rest of the last
/// build is kept; any other change renders every page. Pages are told to reload only when the bytes of their own address
/// changed, or when a stylesheet, script or other shared file did.
struct PreviewSession: Sendable {
    let root: URL
    let options: BuildOptions
    let basePath: [String]
    let store: SiteStore
    let hub: ReloadHub
    let log: @Sendable (String) -> Void

    private(set) var generation = 0
    private(set) var listing = SourceScanner.Listing()
    private var source: SiteSource?
    /// The last good build's files as built (before injection), and their hashes.
    private var built: [String: [UInt8]] = [:]
    private var hashes: [String: UInt64] = [:]
    /// The notes of pages a plain build leaves out, by output path (`BuildResult.previewNotes`).
    private var notes: [String: String] = [:]
    private var failed = false
    /// The builds: what the last good build left, and what changed since.
    private var builds = SiteRebuild()
    /// Copied files (media) read before, by source path, with the stamp they had.
    private var copies: [String: (stamp: FileStamp, bytes: [UInt8])] = [:]

    init(
        root: URL, options: BuildOptions, basePath: [String] = [], store: SiteStore, hub: ReloadHub,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.root = root.standardizedFileURL
        var options = options
        // The addresses a page spells out in full (404 pages, canonical and alternate links,
        // feeds) lead to this preview, not to the published site: a 404 page here loads its
        // stylesheet from here.
        if options.baseURL == nil { options.baseURL = RequestPath.encode(basePath, folder: true) }
        // The preview shows what is scheduled or expired, marked (`BuildResult.previewNotes`).
        options.previewsHeldBack = true
        self.options = options
        self.basePath = basePath
        self.store = store
        self.hub = hub
        self.log = log
    }

    /// The folders to watch for changes.
    var folders: [String] { listing.folders }

    /// Builds if any source changed since the last build (or if there was none); true when it built.
    @discardableResult
    mutating func refresh() async -> Bool {
        let newListing = SourceScanner(root: root).scan()
        let (changed, structural) = SourceScanner.changes(from: listing, to: newListing)
        // Folders count even when no file changed: a new folder, still empty, is watched.
        listing = newListing
        guard generation == 0 || !changed.isEmpty else { return false }
        await rebuild(changed: changed, full: structural || source == nil)
        return true
    }

    private mutating func rebuild(changed: Set<String>, full: Bool) async {
        let start = ContinuousClock.now
        generation += 1
        do throws(BuildFailure) {
            let loader = SiteLoader(root: root)
            let previous = source
            let loaded = try full || previous == nil ? loader.load() : loader.reload(previous!, changed: changed)
            source = loaded
            let outcome = try await builds.build(loaded, options: options, changed: full ? nil : changed)
            let result = outcome.result
            var files = try read(result.files, complete: outcome.rendered == nil)
            if outcome.rendered != nil { files = built.merging(files) { $1 } }
            let newHashes = fileHashes(of: files)
            var (changes, count) = difference(to: newHashes)
            if failed { changes = .everything }
            built = files
            hashes = newHashes
            notes = result.previewNotes
            store.replace(with: ServedSite(built: files, hashes: newHashes, notes: notes, generation: generation))
            hub.publish(generation: generation, changes: changes)
            let rendered = outcome.rendered.map { "; rendered only " + $0.sorted().joined(separator: ", ") } ?? ""
            let what =
                generation == 1
                ? "ready"
                : "\(count) file\(count == 1 ? "" : "s") changed" + (failed ? "; the errors are fixed" : "")
                    + (changes.all ? "; every open page reloads" : "")
            failed = false
            let elapsed = ContinuousClock.now - start
            for warning in result.warnings { log(warning.description) }
            log("sitegen: built \(files.count) files in \(Self.milliseconds(elapsed)) ms (\(what)\(rendered))")
            if let deferred = result.deferredSearch { await updateSearch(deferred) }
        } catch {
            showFailure(error, "the build failed", serving: "still serving the last good build")
        }
    }

    /// Serves the current files with `failure`'s errors over every page, tells every page, logs
    /// them; the next build renders everything.
    private mutating func showFailure(_ failure: BuildFailure, _ what: String, serving: String) {
        failed = true
        store.replace(
            with: ServedSite(
                built: built, hashes: hashes, notes: notes, generation: generation, diagnostics: failure.diagnostics))
        hub.publish(generation: generation, changes: .everything)
        for diagnostic in failure.diagnostics { log(diagnostic.description) }
        let count = failure.diagnostics.count
        log(
            "sitegen: \(what) with \(count) error\(count == 1 ? "" : "s"); \(serving), with the errors shown on every page"
        )
    }

    /// Makes the search files a build of edited bodies left out and swaps them in, as a build of its
    /// own (a new generation): only open pages that loaded one of those files (a search was made
    /// there) are told to reload; the others read the new index when a reader first searches.
    /// If it fails, its errors are shown like a failed build's and the next build is a full one.
    private mutating func updateSearch(_ deferred: DeferredSearch) async {
        let start = ContinuousClock.now
        let files: [OutputFile]
        do throws(BuildFailure) {
            files = try await builds.searchFiles(deferred)
        } catch {
            generation += 1
            showFailure(
                error, "the search index could not be brought up to date",
                serving: "serving the edited pages with the last search index")
            return
        }
        // A theme without search makes none.
        guard !files.isEmpty else { return }
        generation += 1
        var changes = ChangeSet(all: false, paths: [])
        var count = 0
        for file in files {
            guard case .bytes(let bytes) = file.contents else { continue }
            let hash = ContentHash.value(of: bytes)
            if hashes[file.path] != hash {
                changes.paths.formUnion(Self.addresses(of: file.path, basePath: basePath))
                count += 1
            }
            built[file.path] = bytes
            hashes[file.path] = hash
        }
        store.replace(with: ServedSite(built: built, hashes: hashes, notes: notes, generation: generation))
        hub.publish(generation: generation, changes: changes)
        log(
            "sitegen: search index brought up to date in \(Self.milliseconds(ContinuousClock.now - start)) ms (\(count) file\(count == 1 ? "" : "s") changed)"
        )
    }

    /// Every built file's bytes; copies are read from disk (again only when their stamp changed).
    /// `complete`: the build made every file (not `renderOnly`), so copies it did not name are gone.
    private mutating func read(_ files: [OutputFile], complete: Bool) throws(BuildFailure) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for file in files {
            switch file.contents {
            case .bytes(let bytes):
                result[file.path] = bytes
            case .copy(let path):
                seen.insert(path)
                let stamp = SourceScanner.stamp(path)
                if let stamp, let cached = copies[path], cached.stamp == stamp {
                    result[file.path] = cached.bytes
                } else if let stamp, let data = FileManager.default.contents(atPath: path) {
                    copies[path] = (stamp, [UInt8](data))
                    result[file.path] = [UInt8](data)
                } else {
                    let shown = path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
                    problems.append(
                        Diagnostic(
                            path: shown, message: "cannot read the file",
                            hint: "check that it exists and that you may read it"))
                }
            }
        }
        if complete { copies = copies.filter { seen.contains($0.key) } }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return result
    }

    /// Each file's hash; a file still in the very buffer of the last build keeps its hash
    /// (a build that renders one page keeps every other page's bytes as they were).
    private func fileHashes(of files: [String: [UInt8]]) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        result.reserveCapacity(files.count)
        for (path, bytes) in files {
            if let old = built[path], let hash = hashes[path], Self.sameBuffer(old, bytes) {
                result[path] = hash
            } else {
                result[path] = ContentHash.value(of: bytes)
            }
        }
        return result
    }

    /// True when two arrays share one buffer (and so hold the same bytes).
    static func sameBuffer(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.count == rhs.count
            && lhs.withUnsafeBufferPointer { left in
                rhs.withUnsafeBufferPointer { right in left.baseAddress == right.baseAddress }
            }
    }

    /// The addresses whose bytes differ from the last good build, as the browser shows them.
    private func difference(to newHashes: [String: UInt64]) -> (changes: ChangeSet, files: Int) {
        var changes = ChangeSet(all: false, paths: [])
        var count = 0
        for path in Set(newHashes.keys).union(built.keys) {
            let hash = newHashes[path]
            guard hash != hashes[path] else { continue }
            count += 1
            if ContentType.forPath(path).hasPrefix("text/html") {
                changes.paths.formUnion(Self.addresses(of: path, basePath: basePath))
            } else {
                changes.all = true
            }
        }
        return (changes, count)
    }

    /// `ja/x/index.html` is seen at `/ja/x/` and `/ja/x/index.html`; with the base path in front.
    static func addresses(of path: String, basePath: [String]) -> [String] {
        let segments = basePath + path.split(separator: "/").map(String.init)
        let full = RequestPath.encode(segments, folder: false)
        guard segments.last == "index.html" else { return [full] }
        return [full, RequestPath.encode(Array(segments.dropLast()), folder: true)]
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
