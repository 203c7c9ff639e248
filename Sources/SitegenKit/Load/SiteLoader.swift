import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates
import Synchronization

/// Reads `content/` and `templates/` from disk into a `SiteSource`. With the writer, the only
/// code that touches the file system.
///
/// Files are visited in sorted order; symbolic links are followed only while they stay
/// inside the folder they were found in; unreadable files and invalid UTF-8 become diagnostics.
public struct SiteLoader: Sendable {
    /// The folder holding `content/` and `templates/`.
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The folders directly in content/ (sections, `media`), empty ones too: what
    /// `sitegen new` compares a new page's section with.
    public func contentFolders() -> Set<String> {
        let content = root.appendingPathComponent("content").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content)) ?? []
        return Set(names.filter { Self.fileType(content + "/" + $0) == .typeDirectory && !$0.hasPrefix(".") })
    }

    public func load() throws(BuildFailure) -> SiteSource {
        var problems: [Diagnostic] = []
        let content = root.appendingPathComponent("content")
        let templatesFolder = root.appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path) else {
            throw BuildFailure([
                Diagnostic(
                    path: "content/site.yaml", line: 1, column: 1, message: "no site settings found in \(root.path)",
                    hint:
                        "run `sitegen init` to start a site here, or run sitegen in the folder that holds content/ (or pass --source DIR); see Sources/sitegen/Documentation.docc/GettingStarted.md"
                )
            ])
        }
        // site.yaml's problems have a place, as every problem `check` reports has.
        var configProblems: [Diagnostic] = []
        let config = readText(
            content.appendingPathComponent("site.yaml"), display: "content/site.yaml", relative: "site.yaml",
            problems: &configProblems)
        problems += configProblems.map { $0.at(line: 1, column: 1) }

        let (pages, media, data) = readContent(content, problems: &problems)
        let (templates, strings, assets) = readTheme(templatesFolder, problems: &problems)
        guard let config else { throw BuildFailure(problems) }
        return SiteSource(
            config: config, pages: pages, templates: templates, themeStrings: strings, assets: assets, media: media,
            problems: problems, data: data)
    }

    struct Entry {
        /// The file's path: the walked folder's path and `relative` joined by `/` (strings, not
        /// `URL`s: `appendingPathComponent` asks the file system whether each name is a folder).
        var path: String
        /// Below the walked folder, `/`-separated.
        var relative: String
    }

    /// Reads the text files of `entries` on every core; results in the order of `entries`.
    static func readAll(_ entries: [Entry], display prefix: String) -> [Result<SourceFile, Diagnostic>] {
        let read: @Sendable (Entry) -> Result<SourceFile, Diagnostic> = { entry in
            readFile(path: entry.path, display: prefix + entry.relative, relative: entry.relative)
        }
        let chunkCount = min(entries.count, 4 * ProcessInfo.processInfo.activeProcessorCount)
        guard chunkCount > 1 else { return entries.map(read) }
        let chunks = Mutex<[Int: [Result<SourceFile, Diagnostic>]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (entries.count * chunk / chunkCount)..<(entries.count * (chunk + 1) / chunkCount)
            let results = entries[range].map(read)
            chunks.withLock { $0[chunk] = results }
        }
        return chunks.withLock { chunks in (0..<chunkCount).flatMap { chunks[$0] ?? [] } }
    }

    /// Regular files below `folder`, sorted, skipping hidden names; follows links that stay inside.
    func walk(_ folder: URL, display: String, problems: inout [Diagnostic]) -> [Entry] {
        var entries: [Entry] = []
        let boundary = folder.resolvingSymlinksInPath().path
        func visit(_ path: String, relative: String, depth: Int) {
            guard depth < 64 else {
                problems.append(
                    Diagnostic(
                        path: "\(display)/\(relative)", message: "folders nest too deeply",
                        hint: "flatten the folder structure"))
                return
            }
            guard let listing = FolderListing.names(in: path) else {
                problems.append(
                    Diagnostic(
                        path: relative.isEmpty ? display : "\(display)/\(relative)", message: "cannot read the folder",
                        hint: "check its permissions"))
                return
            }
            for bytes in listing.invalid.sorted(by: { $0.lexicographicallyPrecedes($1) })
            where bytes.first != UInt8(ascii: ".") {
                let name = FolderListing.escaped(bytes)
                problems.append(
                    Diagnostic(
                        path: "\(display)/\(relative.isEmpty ? "" : relative + "/")\(name)",
                        message: "the name `\(name)` is not valid UTF-8, so it cannot be read or become an address",
                        hint: "rename it using letters, digits and hyphens"))
            }
            for name in listing.names.sorted() where !name.hasPrefix(".") {
                let child = path + "/" + name
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                let shown = "\(display)/\(childRelative)"
                let target: String
                switch Self.followed(child, shown: shown, display: display, boundary: boundary) {
                case .success(let path): target = path
                case .failure(let problem):
                    problems.append(problem)
                    continue
                }
                switch Self.fileType(target) {
                case .typeDirectory?:
                    visit(target, relative: childRelative, depth: depth + 1)
                case .typeRegular?:
                    entries.append(Entry(path: target, relative: childRelative))
                default:
                    // Pipes, sockets and devices would block or never end when read.
                    problems.append(
                        Diagnostic(
                            path: shown, message: "this is not a regular file", hint: "remove it from \(display)/"))
                }
            }
        }
        if FileManager.default.fileExists(atPath: folder.path) {
            visit(folder.path, relative: "", depth: 0)
        }
        return entries
    }

    /// Where `path` leads: itself, or for a symbolic link the file it points at, which must be
    /// inside the walked folder (`boundary`); a broken or looping link, or one leading out, is
    /// a problem at `shown`.
    static func followed(_ path: String, shown: String, display: String, boundary: String) -> Result<String, Diagnostic>
    {
        guard fileType(path) == .typeSymbolicLink else { return .success(path) }
        guard let resolved = realPath(path) else {
            return .failure(
                Diagnostic(
                    path: shown, message: "this symbolic link is broken or loops",
                    hint: "remove it or point it at a file inside \(display)/"))
        }
        guard resolved == boundary || resolved.hasPrefix(boundary + "/") else {
            return .failure(
                Diagnostic(
                    path: shown, message: "this symbolic link leads outside \(display)/",
                    hint: "copy the file into \(display)/ instead of linking to it"))
        }
        return .success(resolved)
    }

    /// Reads a UTF-8 text file; reports unreadable files and invalid UTF-8 with its position.
    func readText(_ url: URL, display: String, relative: String, problems: inout [Diagnostic]) -> SourceFile? {
        readText(path: url.path, display: display, relative: relative, problems: &problems)
    }

    func readText(path: String, display: String, relative: String, problems: inout [Diagnostic]) -> SourceFile? {
        switch Self.readFile(path: path, display: display, relative: relative) {
        case .success(let file): return file
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// The text file at `path`, or what is wrong with it.
    static func readFile(path: String, display: String, relative: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(
                Diagnostic(
                    path: display, message: "cannot read the file",
                    hint: "check that it exists and that you may read it"))
        }
        // Validated straight from the file's buffer: no intermediate copy of every page.
        let validated = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        guard let text = validated else {
            let bytes = [UInt8](data)
            let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
            let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
            let position = TextPosition.lineAndColumn(ofUTF8Offset: prefix.utf8.count, in: prefix + " ")
            return .failure(
                Diagnostic(
                    path: display, line: position.line, column: position.column,
                    message: "the file is not valid UTF-8 (byte \(offset))",
                    hint: "save it as UTF-8 in your editor"))
        }
        return .success(SourceFile(displayPath: display, relativePath: relative, text: text))
    }

    /// The type of the file at `path` itself (links are not followed), nil when it cannot be
    /// read. `lstat` directly: `FileManager.attributesOfItem` also looks up owner and group
    /// names, which made it the larger part of walking a big content folder.
    static func fileType(_ path: String) -> FileAttributeType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .typeDirectory
        case S_IFREG: return .typeRegular
        case S_IFLNK: return .typeSymbolicLink
        default: return .typeUnknown
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Finds where UTF-8 decoding first fails.
enum UTF8Validation {
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            if length > 1 {
                let end = index + length
                if String(validating: bytes[index..<end], as: UTF8.self) == nil { return index }
            }
            index += length
        }
        return nil
    }
}
