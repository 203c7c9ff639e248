import Foundation
import SitegenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What tells one version of a file from the next without reading it.
struct FileStamp: Sendable, Equatable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int64
    var inode: UInt64
}

/// The serve command's own small I/O layer: lists the files a build reads, with their stamps,
/// so a rebuild knows what changed; and reads files the build copies.
///
/// Listing costs one `stat` per file and no reads, so it stays cheap for thousands of files.
/// It lists what `SiteLoader` reads, by the loader's rules: hidden names are skipped; a symbolic
/// link is followed only while it stays inside the watched folder it was found in (to a hidden
/// place too), under every name that leads to it; a link back to a folder above is not walked
/// again.
struct SourceScanner: Sendable {
    /// The folder holding `content/` and `templates/`.
    var root: URL

    /// Files and folders found below the watched folders.
    struct Listing: Sendable, Equatable {
        /// Stamps by path below the root (`content/a.ja.md`). A link the loader refuses or does
        /// not walk (leading outside, broken, looping) is listed with the link's own stamp, so
        /// adding, changing or removing it brings a new build and its error or its fix.
        var files: [String: FileStamp] = [:]
        /// Absolute paths of the folders to watch, once each: every folder walked (where a link
        /// leads, the folder it leads to) and every folder holding a linked file.
        var folders: [String] = []
    }

    static let watchedFolders = ["content", "templates"]

    func scan() -> Listing {
        var listing = Listing()
        var listed = Set<String>()
        func watch(_ folder: String) {
            if listed.insert(folder).inserted { listing.folders.append(folder) }
        }
        for folder in Self.watchedFolders {
            let top = root.appendingPathComponent(folder).path
            guard let boundary = Self.realPath(top), let info = Self.info(top), info.kind == .folder else { continue }
            func visit(_ path: String, relative: String, above: Set<[UInt64]>, depth: Int) {
                guard depth < 64, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
                watch(path)
                for name in names where !name.hasPrefix(".") {
                    let child = path + "/" + name
                    let childRelative = relative + "/" + name
                    guard var found = Self.info(child, followingLinks: false) else { continue }
                    var target = child
                    if found.kind == .link {
                        guard let resolved = Self.realPath(child),
                            resolved == boundary || resolved.hasPrefix(boundary + "/"),
                            let info = Self.info(resolved), !above.contains(info.identity)
                        else {
                            listing.files[childRelative] = found.stamp
                            continue
                        }
                        target = resolved
                        found = info
                        if found.kind != .folder, let slash = target.lastIndex(of: "/") {
                            watch(String(target[..<slash]))
                        }
                    }
                    if found.kind == .folder {
                        visit(target, relative: childRelative, above: above.union([found.identity]), depth: depth + 1)
                    } else {
                        listing.files[childRelative] = found.stamp
                    }
                }
            }
            visit(top, relative: folder, above: [info.identity], depth: 0)
        }
        return listing
    }

    /// Paths whose stamp differs, and whether any file appeared or disappeared.
    static func changes(from old: Listing, to new: Listing) -> (changed: Set<String>, structural: Bool) {
        var changed = Set<String>()
        var structural = false
        for (path, stamp) in new.files where old.files[path] != stamp {
            changed.insert(path)
            if old.files[path] == nil { structural = true }
        }
        for path in old.files.keys where new.files[path] == nil {
            changed.insert(path)
            structural = true
        }
        return (changed, structural)
    }

    /// Stamp of the file at an absolute path (links followed), nil when it is gone.
    static func stamp(_ path: String) -> FileStamp? { info(path)?.stamp }

    enum Kind { case file, folder, link }

    /// Stamp, kind and identity (device and inode) of the file at `path`; with
    /// `followingLinks: false`, of a link itself.
    private static func info(_ path: String, followingLinks: Bool = true) -> (
        stamp: FileStamp, kind: Kind, identity: [UInt64]
    )? {
        #if canImport(Glibc)
            var info = Glibc.stat()
            guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
            let seconds = Int(info.st_mtim.tv_sec)
            let nanoseconds = Int(info.st_mtim.tv_nsec)
        #else
            var info = Darwin.stat()
            guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
            let seconds = Int(info.st_mtimespec.tv_sec)
            let nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #endif
        let stamp = FileStamp(
            seconds: seconds, nanoseconds: nanoseconds, size: Int64(info.st_size), inode: UInt64(info.st_ino))
        let kind: Kind =
            switch info.st_mode & S_IFMT {
            case S_IFDIR: .folder
            case S_IFLNK: .link
            default: .file
            }
        return (stamp, kind, [UInt64(info.st_dev), UInt64(info.st_ino)])
    }

    /// The path with every link resolved, as the loader resolves a link; nil when broken or looping.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
