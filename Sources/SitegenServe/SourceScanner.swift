import Foundation

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
/// Hidden names are skipped, as the loader skips them; links are followed, with loops cut.
struct SourceScanner: Sendable {
    /// The folder holding `content/` and `templates/`.
    var root: URL

    /// Files and folders found below the watched folders.
    struct Listing: Sendable, Equatable {
        /// Stamps by path below the root (`content/a.ja.md`).
        var files: [String: FileStamp] = [:]
        /// Absolute paths of the folders, for the inotify watcher.
        var folders: [String] = []
    }

    static let watchedFolders = ["content", "templates"]

    func scan() -> Listing {
        var listing = Listing()
        var visited = Set<[UInt64]>()
        func visit(_ path: String, relative: String, depth: Int) {
            guard depth < 64, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            listing.folders.append(path)
            for name in names where !name.hasPrefix(".") {
                let child = path + "/" + name
                let childRelative = relative + "/" + name
                guard let info = Self.info(child) else { continue }
                if info.isFolder {
                    guard visited.insert([info.device, info.stamp.inode]).inserted else { continue }
                    visit(child, relative: childRelative, depth: depth + 1)
                } else {
                    listing.files[childRelative] = info.stamp
                }
            }
        }
        for folder in Self.watchedFolders {
            let path = root.appendingPathComponent(folder).path
            if let info = Self.info(path), info.isFolder {
                visited.insert([info.device, info.stamp.inode])
                visit(path, relative: folder, depth: 0)
            }
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

    private static func info(_ path: String) -> (stamp: FileStamp, isFolder: Bool, device: UInt64)? {
        #if canImport(Glibc)
            var info = Glibc.stat()
            guard stat(path, &info) == 0 else { return nil }
            let seconds = Int(info.st_mtim.tv_sec)
            let nanoseconds = Int(info.st_mtim.tv_nsec)
        #else
            var info = Darwin.stat()
            guard stat(path, &info) == 0 else { return nil }
            let seconds = Int(info.st_mtimespec.tv_sec)
            let nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #endif
        let stamp = FileStamp(
            seconds: seconds, nanoseconds: nanoseconds, size: Int64(info.st_size), inode: UInt64(info.st_ino))
        return (stamp, (info.st_mode & S_IFMT) == S_IFDIR, UInt64(info.st_dev))
    }
}
