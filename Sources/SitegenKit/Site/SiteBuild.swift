import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Load, build and write in one call: what `sitegen build` does.
public enum SiteBuild {
    /// What a finished build reports.
    public struct Report: Sendable {
        public var result: BuildResult
        public var seconds: Double
        public var bytesByKind: [String: Int]

        /// The summary printed on stderr: pages per language, warnings, sizes, time.
        public var summary: String {
            let pages = result.languages.map { "\($0) \(result.pageCounts[$0] ?? 0)" }.joined(separator: ", ")
            let html = bytesByKind["html", default: 0]
            let warnings = result.warnings.count
            let search = Self.bytes(of: "search-index.js", in: result)
            let snippets = Self.bytes(of: "search-text.js", in: result)
            let sizes =
                "HTML \(Self.size(html))"
                + (search > 0 ? ", search index \(Self.size(search)) + snippets \(Self.size(snippets))" : "")
            let held = HeldPage.summary(result.heldBack, timezone: result.timezone).map { "\n" + $0 } ?? ""
            return
                "sitegen: built \(result.files.count + result.streamed.count) files (pages: \(pages); \(sizes)) with \(warnings) warning\(warnings == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s"
                + held
        }

        /// The bytes of every language's files named `name` (`search-index.js`, `search-text.js`)
        /// in a build's result, kept or already streamed to the writer, for the build summary.
        static func bytes(of name: String, in result: BuildResult) -> Int {
            let kept = result.files.reduce(0) { total, file in
                guard file.path.hasSuffix("/" + name), case .bytes(let bytes) = file.contents else { return total }
                return total + bytes.count
            }
            return result.streamed.reduce(kept) { total, entry in
                entry.key.hasSuffix("/" + name) ? total + entry.value : total
            }
        }

        static func size(_ bytes: Int) -> String {
            bytes >= 1_048_576
                ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f kB", Double(bytes) / 1024)
        }
    }

    /// Builds the site below `root` into `output`; the previous output stays as it was on failure.
    ///
    /// The output is checked first (`OutputFolder.prepare`): nothing is written where it would
    /// cost the user a file sitegen did not write, unless `force` says so. Pages are written
    /// into the writer's staging folder as soon as they are rendered, so a large site is never
    /// held in memory whole; the folder is swapped in at the end.
    public static func run(
        root: URL, output: URL, options: BuildOptions, force: Bool = false
    ) async throws(BuildFailure) -> Report {
        let start = DispatchTime.now()
        let source = try SiteLoader(root: root).load()
        let staging: StagingFolder
        do {
            let config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
            let folder = try OutputFolder.prepare(output, root: root, keep: config.keep, force: force)
            staging = try SiteWriter(folder: folder).begin()
        } catch {
            throw BuildFailure(source.problems + [error])
        }
        var result: BuildResult
        do {
            result = try await SiteBuilder(source: source, options: options).build(sink: staging.sink)
        } catch {
            staging.abandon()
            throw error
        }
        do {
            try staging.write(result.files)
            result.warnings += try staging.commit()
        } catch {
            staging.abandon()
            throw BuildFailure([error])
        }
        var bytes: [String: Int] = [:]
        func count(_ path: String, _ size: Int) {
            let kind = path.split(separator: ".").last.map(String.init) ?? ""
            bytes[kind, default: 0] += size
        }
        for file in result.files {
            if case .bytes(let data) = file.contents { count(file.path, data.count) }
        }
        for (path, size) in result.streamed { count(path, size) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Report(result: result, seconds: seconds, bytesByKind: bytes)
    }
}
