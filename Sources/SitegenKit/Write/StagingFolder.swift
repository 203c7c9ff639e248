import CSupport
import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates
import Synchronization

/// The folder a build is written into before it replaces the output: `SiteWriter.begin()`
/// makes one, the build writes files into it as soon as they are made (from any task), and
/// `commit()` swaps it in, or `abandon()` removes it and leaves the previous site as it was.
///
/// Writing each page as soon as it is rendered keeps memory flat however large the site is.
public struct StagingFolder: Sendable {
    /// `.<output>.sitegen-<pid>-<n>` beside the output.
    public let url: URL
    let folder: OutputFolder
    /// The paths written so far, for the manifest.
    let written = WrittenPaths()
    /// Removes a folder and all it holds; replaced in tests by one that fails.
    var removeTree: @Sendable (String) -> Bool = { (try? FileManager.default.removeItem(atPath: $0)) != nil }

    var output: URL { folder.url }

    /// Held from `SiteWriter.begin()` until the site is swapped in or abandoned.
    let lock: FolderLock?

    init(url: URL, folder: OutputFolder, lock: FolderLock? = nil) {
        self.url = url
        self.folder = folder
        self.lock = lock
    }

    /// Writes one file; safe to call from several tasks at once (folders are made on demand).
    public func write(_ file: OutputFile) throws(Diagnostic) {
        let target = url.path + "/" + file.path
        written.add(file.path)
        switch file.contents {
        case .bytes(let bytes):
            var descriptor = openFile(target)
            var code = errno
            if descriptor < 0, code == ENOENT {
                let folderCode = makeFolder(String(target[..<target.lastIndex(of: "/")!]))
                descriptor = openFile(target)
                code = folderCode != 0 ? folderCode : errno
            }
            guard descriptor >= 0 else { throw failure(file.path, code) }
            defer { close(descriptor) }
            let error = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
            if error != 0 { throw failure(file.path, error) }
        case .copy(let source):
            makeFolder(String(target[..<target.lastIndex(of: "/")!]))
            try copy(source, to: target, path: file.path)
        }
    }

    /// Writes several files.
    public func write(_ files: [OutputFile]) throws(Diagnostic) {
        for file in files { try write(file) }
    }

    /// A sink for `SiteBuilder.build(sink:)` that writes here.
    public var sink: OutputSink {
        OutputSink(
            accept: { file throws(Diagnostic) in try write(file) },
            open: { path throws(Diagnostic) in try open(path) })
    }

    /// Opens `path` (below the folder) to be written in pieces.
    public func open(_ path: String) throws(Diagnostic) -> SitegenCore.OutputStream {
        let target = url.path + "/" + path
        written.add(path)
        var descriptor = SitegenKit.openFile(target)
        var code = errno
        if descriptor < 0, code == ENOENT {
            let folderCode = makeFolder(String(target[..<target.lastIndex(of: "/")!]))
            descriptor = SitegenKit.openFile(target)
            code = folderCode != 0 ? folderCode : errno
        }
        guard descriptor >= 0 else { throw failure(path, code) }
        let file = descriptor
        return SitegenCore.OutputStream(
            write: { buffer throws(Diagnostic) in
                let error = writeAll(file, buffer)
                if error != 0 { throw failure(path, error) }
            },
            close: { () throws(Diagnostic) in
                if closeFile(file) != 0 { throw failure(path, errno) }
            })
    }

    /// Makes `folder` and any missing folder above it; folders that exist, or that another
    /// task makes at the same moment, are fine. Returns 0, or the `errno` of the folder that
    /// could not be made (a full disk shows here first).
    @discardableResult
    static func makeFolder(_ folder: String) -> Int32 {
        if mkdir(folder, 0o777) == 0 { return 0 }
        let code = errno
        if code == EEXIST { return 0 }
        guard code == ENOENT, let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return code }
        let above = makeFolder(String(folder[..<slash]))
        if above != 0 { return above }
        if mkdir(folder, 0o777) == 0 { return 0 }
        let again = errno
        return again == EEXIST ? 0 : again
    }

    @discardableResult
    func makeFolder(_ folder: String) -> Int32 { Self.makeFolder(folder) }

    func failure(_ path: String, _ code: Int32) -> Diagnostic {
        if code == ENOSPC || code == EDQUOT { return DiskFull.diagnostic(folder: folder.display) }
        return Diagnostic(
            path: folder.display + "/" + path, message: "cannot write the file: \(String(cString: strerror(code)))",
            hint: "check free disk space and permissions; \(folder.untouched)")
    }

    /// Copies a media file; a file that cannot be read is named as the culprit, not the output.
    func copy(_ source: String, to target: String, path: String) throws(Diagnostic) {
        let input = Foundation.open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic(
                path: StagingFolder.sourceDisplay(source), message: "cannot read the file: \(reason)",
                hint: "check that it exists and that its permissions let you read it; \(folder.untouched)")
        }
        close(input)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: target)
        } catch {
            throw Diagnostic(
                path: folder.display + "/" + path, message: "cannot write the file: \(error.localizedDescription)",
                hint: "check free disk space and permissions; \(folder.untouched)")
        }
    }

    /// A source file's path as the author knows it: from `content/` on, when it is there.
    static func sourceDisplay(_ path: String) -> String {
        guard let range = path.range(of: "/content/", options: .backwards) else { return path }
        return String(path[path.index(after: range.lowerBound)...])
    }

    /// Writes the manifest, carries `.git` and the `keep:` names over from the previous
    /// output, and replaces the output with this folder, in one step where the system allows.
    ///
    /// Returns warnings: the previous site could not be removed once the new one was in place
    /// (the build still succeeded; the next build removes it).
    @discardableResult
    public func commit() throws(Diagnostic) -> [Diagnostic] {
        defer { lock?.release() }
        do {
            try write(OutputFile(path: SiteManifest.name, contents: .bytes(SiteManifest(files: written.paths).bytes)))
        } catch {
            abandon()
            throw error
        }
        let carried = try carryOver()
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            do {
                try manager.moveItem(at: url, to: output)
            } catch {
                abandon()
                throw cannotSwap(error.localizedDescription)
            }
            return []
        }
        var old = url.path
        if sitegen_exchange_paths(url.path, output.path) != 0 {
            // Without an atomic exchange: move the old site aside, move the new one in.
            old = url.path + ".old"
            guard Foundation.rename(output.path, old) == 0 else {
                let reason = String(cString: strerror(errno))
                putBack(carried, from: url.path)
                abandon()
                throw cannotSwap(reason)
            }
            guard Foundation.rename(url.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = Foundation.rename(old, output.path)
                putBack(carried, from: url.path)
                abandon()
                throw cannotSwap(reason)
            }
        }
        // The new site is in place; the old one is now at `old`.
        guard removeTree(old) else {
            return [
                Diagnostic(
                    path: folder.display, severity: .warning,
                    message: "the site was built, but the previous one could not be removed and is left at \(old)",
                    hint: "the next build removes it; or remove it yourself")
            ]
        }
        return []
    }

    /// Moves `.git` and the `keep:` entries of the previous output into this folder; the paths
    /// moved. A name the build also wrote is refused: one of the two would be lost.
    func carryOver() throws(Diagnostic) -> [String] {
        var moved: [String] = []
        for path in folder.carried where SiteWriter.exists(output.path + "/" + path) {
            let target = url.path + "/" + path
            if SiteWriter.exists(target) {
                putBack(moved, from: url.path)
                abandon()
                throw Diagnostic(
                    path: "content/site.yaml",
                    message: "`\(path)` is kept from the previous site, but the build writes it too",
                    hint: "take it out of `keep:`, or rename the page or file that makes it; \(folder.untouched)")
            }
            makeFolder((target as NSString).deletingLastPathComponent)
            guard Foundation.rename(output.path + "/" + path, target) == 0 else {
                let reason = String(cString: strerror(errno))
                putBack(moved, from: url.path)
                abandon()
                throw Diagnostic(
                    path: folder.display + "/" + path, message: "cannot carry this over into the new site: \(reason)",
                    hint: "check its permissions; \(folder.untouched)")
            }
            moved.append(path)
        }
        return moved
    }

    /// Moves carried entries back from `holder` into the output, after a failed swap.
    func putBack(_ paths: [String], from holder: String) {
        for path in paths {
            _ = Foundation.rename(holder + "/" + path, output.path + "/" + path)
        }
    }

    func cannotSwap(_ reason: String) -> Diagnostic {
        Diagnostic(
            path: folder.display, message: "cannot put the new site in place: \(reason)",
            hint: "check free disk space and permissions; \(folder.untouched)")
    }

    /// Removes the folder and what was written into it; the output stays as it was.
    public func abandon() {
        defer { lock?.release() }
        try? FileManager.default.removeItem(at: url)
    }
}

/// Creates or truncates `path` for writing; the descriptor, or -1 with `errno` set.
private func openFile(_ path: String) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
}

/// Closes a descriptor from `openFile`; 0, or -1 with `errno` set.
private func closeFile(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

/// Writes all of `buffer` to `descriptor`; returns 0 or the `errno` of the failure.
private func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    var written = 0
    while written < buffer.count {
        let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        written += count
    }
    return 0
}

/// The output paths a staging folder was given, from any task.
final class WrittenPaths: Sendable {
    private let list = Mutex<[String]>([])

    func add(_ path: String) {
        list.withLock { $0.append(path) }
    }

    var paths: Set<String> { Set(list.withLock { $0 }) }
}

/// An exclusive `flock` on a folder, released once.
final class FolderLock: Sendable {
    private let descriptor: Mutex<Int32>

    /// Waits until no other build holds the folder; a folder that cannot be opened is not locked.
    init(_ path: String) {
        let opened = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if opened >= 0 {
            while flock(opened, LOCK_EX) != 0 && errno == EINTR {}
        }
        descriptor = Mutex(opened)
    }

    func release() {
        descriptor.withLock { value in
            if value >= 0 { close(value) }
            value = -1
        }
    }

    deinit { release() }
}
