import Foundation

/// Writes a built site into a temporary folder beside the output, then swaps it in, so the
/// previous site stays exactly as it was until the new one is complete.
///
/// The temporary folder is named `.<output>.sitegen-<pid>-<n>`; folders of that form left by
/// a build that was killed (its process is gone) are removed by the next build.
public struct SiteWriter: Sendable {
    public var output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

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
        removeLeftovers(in: parent, name: name)
        let staging = parent.appendingPathComponent(".\(name).sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Diagnostic(
                path: output.path, message: "cannot write the site: \(error.localizedDescription)",
                hint: "check free disk space and permissions; the previous site was left as it was")
        }
        return StagingFolder(url: staging, output: output)
    }

    /// Removes staging folders of earlier builds whose process no longer runs.
    private func removeLeftovers(in parent: URL, name: String) {
        let prefix = ".\(name).sitegen-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix(while: \.isNumber)
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
