import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The folder a build will replace, checked before anything is written, so that no path a
/// user passes ever costs them a file sitegen did not write.
///
/// Refused: the project folder, a folder above it, `content/`, `templates/` or a folder inside
/// them, a folder holding another site's sources, and a file. A folder that is not empty is
/// taken only when sitegen's manifest says it wrote what is there (or with `force`); `.git` at
/// its top and the `keep:` names of `site.yaml` are carried over into each new build. A
/// symbolic link is followed: the site goes where it points.
public struct OutputFolder: Sendable, Equatable {
    /// Where the site goes, symbolic links resolved.
    public let url: URL
    /// The output as the user named it, for messages (`site`, `../public`).
    public let display: String
    /// Paths below the output carried over from the previous build into the new one, unchanged.
    public let carried: [String]
    /// Whether there was a folder at the output before this build.
    public let existed: Bool

    init(url: URL, display: String, carried: [String]) {
        self.url = url
        self.display = display
        self.carried = carried
        self.existed = FileManager.default.fileExists(atPath: url.path)
    }

    /// What a failed build left: said at the end of its messages.
    public var untouched: String {
        existed ? "\(display) was left as it was" : "nothing was written to \(display)"
    }

    /// What a failed build left at `output`, which may not have been checked yet.
    public static func untouched(_ output: URL) -> String {
        var status = stat()
        let exists = lstat(output.standardizedFileURL.path, &status) == 0
        let display = Self.display(output)
        return exists ? "\(display) was left as it was" : "nothing was written to \(display)"
    }

    /// Names always carried over: the checkout of a publishing branch.
    static let alwaysCarried = [".git"]

    /// Resolves and checks `output` for a site whose sources are in `root`.
    ///
    /// - Parameters:
    ///   - keep: the `keep:` entries of `site.yaml`, relative to the output.
    ///   - force: take a folder that holds files sitegen did not write (they are replaced).
    public static func prepare(
        _ output: URL, root: URL, keep: [String] = [], force: Bool = false
    ) throws(Diagnostic) -> OutputFolder {
        let display = Self.display(output)
        let target = Self.resolve(output.standardizedFileURL.path)
        let project = Self.resolve(root.standardizedFileURL.path)
        if let reason = Self.refusal(target: target, project: project) {
            throw Diagnostic(
                path: display, message: "sitegen will not write the site here: \(reason)",
                hint: "pass a folder of its own, such as --output site (the default) or --output ../public")
        }
        let carried = Self.alwaysCarried + keep
        var status = stat()
        if stat(target, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw Diagnostic(
                    path: display, message: "this is a file, and sitegen writes a folder of files here",
                    hint: "pass the name of a folder with --output; the file was left as it was")
            }
            if !force {
                let foreign = Self.foreignEntries(in: target, carried: Set(carried))
                if !foreign.isEmpty {
                    let shown = foreign.prefix(5).map { "`\(display)/\($0)`" }.joined(separator: ", ")
                    let more = foreign.count > 5 ? " and \(foreign.count - 5) more" : ""
                    throw Diagnostic(
                        path: display,
                        message: "the folder holds files sitegen did not write: \(shown)\(more)",
                        hint:
                            "move them away, list them under `keep:` in content/site.yaml to carry them over into each build, or pass --force to replace them"
                    )
                }
            }
        }
        return OutputFolder(url: URL(fileURLWithPath: target), display: display, carried: carried)
    }

    /// Why `target` may not be the output, or nil when it may.
    static func refusal(target: String, project: String) -> String? {
        if target == project {
            return "it is the project folder, which holds content/ and templates/"
        }
        if target == "/" || project.hasPrefix(target + "/") {
            return "it holds the project folder \(project)"
        }
        for sources in ["content", "templates"] {
            let folder = project + "/" + sources
            if target == folder || target.hasPrefix(folder + "/") {
                return target == folder
                    ? "it is \(sources)/, the site's sources" : "it is inside \(sources)/, the site's sources"
            }
        }
        // The sources of another site: its content/ or templates/, or a folder inside them.
        var ancestor = (target as NSString).deletingLastPathComponent
        while ancestor != "/" && !ancestor.isEmpty {
            if FileManager.default.fileExists(atPath: ancestor + "/content/site.yaml") {
                for sources in ["content", "templates"]
                where target.hasPrefix(ancestor + "/" + sources + "/") || target == ancestor + "/" + sources {
                    return "it is in \(sources)/ of the site in \(ancestor)"
                }
            }
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        for marker in ["content/site.yaml", "templates"]
        where FileManager.default.fileExists(atPath: target + "/" + marker) {
            return "it holds the sources of a site (\(marker))"
        }
        return nil
    }

    /// Entries of an existing output that sitegen did not write: everything not in its
    /// manifest (all of it when there is none), apart from the carried names. Folders that
    /// hold no written file are named whole.
    static func foreignEntries(in folder: String, carried: Set<String>) -> [String] {
        let manifest = SiteManifest.read(in: folder)
        let written = manifest?.files ?? []
        let folders = manifest?.folders ?? []
        var foreign: [String] = []
        func visit(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() {
                let entry = relative.isEmpty ? name : relative + "/" + name
                if carried.contains(entry) || entry == SiteManifest.name { continue }
                var status = stat()
                guard lstat(folder + "/" + entry, &status) == 0 else { continue }
                let holdsCarried = carried.contains { $0.hasPrefix(entry + "/") }
                if status.st_mode & S_IFMT == S_IFDIR, folders.contains(entry) || holdsCarried {
                    visit(entry)
                } else if !written.contains(entry) {
                    foreign.append(entry)
                }
            }
        }
        visit("")
        return foreign
    }

    /// The path with every symbolic link resolved, also when its last parts do not exist yet.
    static func resolve(_ path: String, depth: Int = 0) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // A dangling link: follow it by hand.
        if depth < 40, let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            let parent = (path as NSString).deletingLastPathComponent
            let next = destination.hasPrefix("/") ? destination : parent + "/" + destination
            return resolve(URL(fileURLWithPath: next).standardizedFileURL.path, depth: depth + 1)
        }
        let parent = (path as NSString).deletingLastPathComponent
        guard parent != path, !parent.isEmpty else { return path }
        let resolvedParent = resolve(parent, depth: depth + 1)
        return (resolvedParent == "/" ? "" : resolvedParent) + "/" + (path as NSString).lastPathComponent
    }

    /// The output's path as the user would write it: relative to the current folder when it is
    /// below it.
    static func display(_ output: URL) -> String {
        let path = output.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path == current { return "." }
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
