import CSupport
import Foundation

/// The folder a build is written into before it replaces the output: `SiteWriter.begin()`
/// makes one, the build writes files into it as soon as they are made (from any task), and
/// `commit()` swaps it in, or `abandon()` removes it and leaves the previous site as it was.
///
/// Writing each page as soon as it is rendered keeps memory flat however large the site is.
public struct StagingFolder: Sendable {
    /// `.<output>.sitegen-<pid>-<n>` beside the output.
    public let url: URL
    let output: URL

    /// Writes one file; safe to call from several tasks at once (folders are made on demand).
    public func write(_ file: OutputFile) throws(Diagnostic) {
        let target = url.path + "/" + file.path
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
            do {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            } catch {
                throw Diagnostic(
                    path: output.path, message: "cannot write the site: \(error.localizedDescription)",
                    hint: "check free disk space and permissions; the previous site was left as it was")
            }
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
    public func open(_ path: String) throws(Diagnostic) -> OutputStream {
        let target = url.path + "/" + path
        var descriptor = SitegenKit.openFile(target)
        var code = errno
        if descriptor < 0, code == ENOENT {
            let folderCode = makeFolder(String(target[..<target.lastIndex(of: "/")!]))
            descriptor = SitegenKit.openFile(target)
            code = folderCode != 0 ? folderCode : errno
        }
        guard descriptor >= 0 else { throw failure(path, code) }
        let file = descriptor
        return OutputStream(
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
    func makeFolder(_ folder: String) -> Int32 {
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

    func failure(_ path: String, _ code: Int32) -> Diagnostic {
        if code == ENOSPC || code == EDQUOT { return DiskFull.diagnostic(folder: output.path) }
        return Diagnostic(
            path: output.path + "/" + path, message: "cannot write the file: \(String(cString: strerror(code)))",
            hint: "check free disk space and permissions; the previous site was left as it was")
    }

    /// Replaces the output with this folder, in one step where the system allows it.
    public func commit() throws(Diagnostic) {
        let manager = FileManager.default
        do {
            guard manager.fileExists(atPath: output.path) else {
                try manager.moveItem(at: url, to: output)
                return
            }
            if sitegen_exchange_paths(url.path, output.path) == 0 {
                // The staging folder now holds the previous site.
                try manager.removeItem(at: url)
                return
            }
            // Without an atomic exchange: move the old site aside, move the new one in, delete the old.
            let old = url.appendingPathExtension("old")
            try manager.moveItem(at: output, to: old)
            try manager.moveItem(at: url, to: output)
            try? manager.removeItem(at: old)
        } catch {
            abandon()
            throw Diagnostic(
                path: output.path, message: "cannot write the site: \(error.localizedDescription)",
                hint: "check free disk space and permissions; the previous site was left as it was")
        }
    }

    /// Removes the folder and what was written into it; the output stays as it was.
    public func abandon() {
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
