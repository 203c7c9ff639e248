import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A full disk is one error that says so and where, not one error per file the build could
/// not write after it filled up.
@Suite struct DiskFullTests {
    @Test func failuresOfAFullDiskAreFoldedIntoOne() throws {
        let site = FixtureSite(BrokenInputTests.base)
        defer { site.remove() }
        let staging = try SiteWriter(output: site.output).begin()
        defer { staging.abandon() }
        let broken = Diagnostic(path: "content/a.ja.md", line: 3, column: 7, message: "`date` is wrong", hint: "fix it")
        let failure = BuildFailure([
            staging.failure("ja/a/index.html", ENOSPC), broken, staging.failure("ja/b/index.html", ENOSPC),
            staging.failure("en/a/index.html", EDQUOT), staging.failure("en/b/index.html", EACCES),
        ])
        #expect(
            failure.diagnostics.map(\.description) == [
                "\(site.output.path): error: the disk is full; free some space and build again",
                broken.description,
                "\(site.output.path)/en/b/index.html: error: cannot write the file: Permission denied; check free disk space and permissions; nothing was written to \(site.output.path)",
            ])
    }

    /// Every page is written to `/dev/full` (the staging folder holds a link to it at each
    /// page's path), whose every write fails with ENOSPC, as on a full disk.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"))
    func aBuildOntoAFullDiskSaysSoOnce() async throws {
        var files = BrokenInputTests.base
        for name in ["a", "b", "c", "d"] {
            files["content/\(name).ja.md"] = "---\ntitle: \(name)\n---\n本文\n"
            files["content/\(name).en.md"] = "---\ntitle: \(name)\n---\nText\n"
        }
        let site = FixtureSite(files)
        defer { site.remove() }
        try site.writeSources()
        let source = try SiteLoader(root: site.root).load()
        let pages = try await SiteBuilder(source: source).build().files.map(\.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 10)
        let staging = try SiteWriter(output: site.output).begin()
        defer { staging.abandon() }
        for page in pages {
            let link = staging.url.appendingPathComponent(page)
            try FileManager.default.createDirectory(
                at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/full")
        }
        var diagnostics: [Diagnostic] = []
        do {
            _ = try await SiteBuilder(source: source).build(sink: staging.sink)
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(
            diagnostics.map(\.description) == [
                "\(site.output.path): error: the disk is full; free some space and build again"
            ])
    }
}
