import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Writes a built site into a temporary folder beside the output, then swaps it in, so the
/// previous site stays exactly as it was until the new one is complete.
///
/// The temporary folder is named `.<output>.sitegen-<pid>-<n>`; folders of that form left by
/// a build that was killed (its process is gone) are removed by the next build.
public struct SiteWriter: Sendable {
    /// The checked output folder (`OutputFolder.prepare`).
    public var folder: OutputFolder

    public init(folder: OutputFolder) {
        self.folder = folder
    }

    /// A writer for `output` taken as it is, without the checks of `OutputFolder.prepare`.
    public init(output: URL) {
        let url = output.standardizedFileURL
        self.init(folder: OutputFolder(url: url, display: url.path, carried: OutputFolder.alwaysCarried))
    }

    public var output: URL { folder.url }

    /// Writes `files` and swaps them in.
    public func write(_ files: [OutputFile]) throws(Diagnostic) {
        let staging = try begin()
        do {
            try staging.write(files)
        } catch {
            staging.abandon()
            throw error
        }
        try staging.commit()
    }

    /// Makes an empty staging folder beside the output (removing those of killed builds), for
    /// a build that writes its files as it makes them.
    public func begin() throws(Diagnostic) -> StagingFolder {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(path: parent.path, message: "cannot create the folder: \(error.localizedDescription)")
        }
        // One build at a time beside the output: another waits here until this one has swapped
        // its site in, so neither carries `.git` away from the other.
        let lock = FolderLock(parent.path)
        removeLeftovers(in: parent, name: name)
        let staging = parent.appendingPathComponent(".\(name).sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            lock.release()
            throw Diagnostic(
                path: folder.display, message: "cannot write the site: \(error.localizedDescription)",
                hint: "check free disk space and permissions; \(folder.untouched)")
        }
        return StagingFolder(url: staging, folder: folder, lock: lock)
    }

    /// Removes staging folders of earlier builds whose process no longer runs. A build killed
    /// while it carried `.git` or a `keep:` name over may have left it in its staging folder:
    /// such an entry goes back into the output first, when the output lacks it.
    private func removeLeftovers(in parent: URL, name: String) {
        let prefix = ".\(name).sitegen-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix(while: \.isNumber)
            // A process that runs (another user's: EPERM) is building there still.
            if let pid = Int32(pidText), pid > 0, pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            let leftover = parent.path + "/" + entry
            for carried in folder.carried {
                let target = output.path + "/" + carried
                guard FileManager.default.fileExists(atPath: output.path),
                    Self.exists(leftover + "/" + carried), !Self.exists(target)
                else { continue }
                StagingFolder.makeFolder((target as NSString).deletingLastPathComponent)
                rename(leftover + "/" + carried, target)
            }
            try? FileManager.default.removeItem(atPath: leftover)
        }
    }

    /// Whether anything (a file, a folder, a link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
