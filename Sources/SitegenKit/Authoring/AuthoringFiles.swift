import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The small I/O layer of `new`, `translated`, `init` and `theme eject`: writes files below
/// content/ (or templates/) atomically (a
/// temporary file in the same folder, then a rename or link), never overwrites a page that
/// exists unless asked to replace exactly the text that was read, so no author's text is lost.
public struct AuthoringFiles: Sendable {
    /// The folder holding content/.
    public var root: URL
    /// The folder below `root` that paths are relative to: `content` or `templates`.
    public var folder: String

    public init(root: URL, folder: String = "content") {
        self.root = root.standardizedFileURL
        self.folder = folder
    }

    func url(_ relative: String) -> URL {
        root.appendingPathComponent(folder).appendingPathComponent(relative)
    }

    /// Whether a file or folder exists at `relative` below content/.
    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relative).path)
    }

    /// Creates `relative` (below content/) with `text`; throws if it already exists, and then
    /// leaves the file as it was. The file appears complete or not at all.
    public func create(_ relative: String, text: String) throws(Diagnostic) {
        let target = url(relative)
        let temporary = try writeTemporary(text, beside: target, shown: relative)
        defer { unlink(temporary.path) }
        // link(2) fails with EEXIST instead of replacing: an atomic "create if absent".
        guard link(temporary.path, target.path) == 0 else {
            let reason = errno == EEXIST ? "it already exists" : String(cString: strerror(errno))
            throw Diagnostic(
                path: folder + "/" + relative, message: "cannot create the file: \(reason)",
                hint: errno == EEXIST
                    ? "sitegen new never overwrites a page; choose another slug or remove the file first"
                    : "check the folder's permissions")
        }
    }

    /// Replaces `relative` with `text` atomically, provided it still holds `expected` (the text
    /// the change was computed from): an edit saved in the meantime is never overwritten.
    /// With `expected` nil the file may be absent or hold anything (ledger copies).
    public func replace(_ relative: String, text: String, expected: String?) throws(Diagnostic) {
        let target = url(relative)
        if let expected {
            let current = FileManager.default.contents(atPath: target.path).map { String(decoding: $0, as: UTF8.self) }
            guard current == expected else {
                throw Diagnostic(
                    path: "content/" + relative,
                    message: "the file changed while sitegen was working on it; nothing was written",
                    hint: "save your editor's changes and run the command again")
            }
        }
        let temporary = try writeTemporary(text, beside: target, shown: relative)
        if let mode = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.posixPermissions] as? NSNumber
        {
            chmod(temporary.path, mode_t(mode.uint16Value))
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw Diagnostic(
                path: "content/" + relative, message: "cannot write the file: \(reason)",
                hint: "check the folder's permissions")
        }
    }

    /// The ledger's source copies, by translation path below content/ (`events/x.en.md`).
    public func snapshots() -> [String: String] {
        let folder = url(TranslationLedger.folder)
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        var result: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".src"),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
                let text = String(data: data, encoding: .utf8)
            else { continue }
            result[String(path.dropLast(".src".count))] = text
        }
        return result
    }

    /// Writes `text` to a new hidden file in `target`'s folder (created if needed) and returns it.
    private func writeTemporary(_ text: String, beside target: URL, shown: String) throws(Diagnostic) -> URL {
        let parent = target.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(
            ".\(target.lastPathComponent).sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw Diagnostic(
                path: folder + "/" + shown, message: "cannot write the file: \(error.localizedDescription)",
                hint: "check free disk space and the folder's permissions")
        }
        return temporary
    }
}
