import Foundation
import CSupport

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

    public func write(_ files: [OutputFile]) throws(Diagnostic) {
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
            var folders = Set<String>()
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                switch file.contents {
                case .bytes(let bytes):
                    guard manager.createFile(atPath: target.path, contents: Data(bytes)) else {
                        throw Diagnostic(path: output.path + "/" + file.path, message: "cannot write the file")
                    }
                case .copy(let source):
                    try manager.copyItem(atPath: source, toPath: target.path)
                }
            }
            try swapIn(staging)
        } catch {
            try? manager.removeItem(at: staging)
            if let diagnostic = error as? Diagnostic { throw diagnostic }
            throw Diagnostic(
                path: output.path, message: "cannot write the site: \(error.localizedDescription)",
                hint: "check free disk space and permissions; the previous site was left as it was")
        }
    }

    /// Exchanges the staging folder with the output in one step where the system allows it.
    private func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        if sitegen_exchange_paths(staging.path, output.path) == 0 {
            // `staging` now holds the previous site.
            try manager.removeItem(at: staging)
            return
        }
        // Without an atomic exchange: move the old site aside, move the new one in, delete the old.
        let old = staging.appendingPathExtension("old")
        try manager.moveItem(at: output, to: old)
        try manager.moveItem(at: staging, to: output)
        try? manager.removeItem(at: old)
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
