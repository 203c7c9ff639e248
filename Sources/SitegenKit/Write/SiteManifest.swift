import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The list of files a build wrote, kept at the top of the output as `.sitegen-manifest`: it
/// marks the folder as sitegen's, and tells the next build which files there are its own, so
/// that a file someone else put there is never replaced without being asked.
public struct SiteManifest: Sendable, Equatable {
    /// The file's name at the top of the output.
    public static let name = ".sitegen-manifest"
    static let header =
        "# sitegen: the files of this build, one a line; sitegen replaces a folder only when it wrote all that is in it"

    /// Output paths, `/`-separated.
    public var files: Set<String>

    public init(files: Set<String>) {
        self.files = files
    }

    /// Every folder that holds a listed file (`ja`, `ja/strategy`, …).
    public var folders: Set<String> {
        var folders = Set<String>()
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !folders.insert(String(path)).inserted { break }
            }
        }
        return folders
    }

    /// The file's bytes: the header, then the paths in byte order, so the same build always
    /// writes the same manifest.
    public var bytes: [UInt8] {
        var text = Self.header + "\n"
        for path in files.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            text += path + "\n"
        }
        return Array(text.utf8)
    }

    /// Reads a manifest's text; nil when it is not one.
    public init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first.map(String.init) == Self.header else { return nil }
        lines.removeFirst()
        files = Set(lines.map(String.init))
    }

    /// The manifest at the top of `folder`, or nil when there is none.
    static func read(in folder: String) -> SiteManifest? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
        return SiteManifest(text: String(decoding: data, as: UTF8.self))
    }
}
