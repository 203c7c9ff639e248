import Foundation
import Synchronization
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Pages stream into the writer's staging folder as they are rendered: the site on disk must be
/// exactly what the in-memory build makes, and a failed build must leave nothing behind.
@Suite struct StreamingBuildTests {
    @Test func streamedSiteEqualsTheBuildInMemory() async throws {
        let site = FixtureSite(SiteBuildTests.pairedSite)
        defer { site.remove() }
        let report = try await site.build()
        let source = try SiteLoader(root: site.root).load()
        let inMemory = try await SiteBuilder(source: source).build()
        #expect(inMemory.streamed.isEmpty)
        var expected: [String: [UInt8]] = [:]
        for file in inMemory.files {
            switch file.contents {
            case .bytes(let bytes): expected[file.path] = bytes
            case .copy(let path): expected[file.path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        // Beside the site, the writer's manifest lists exactly what it wrote.
        #expect(site.outputFiles() == ([SiteManifest.name] + expected.keys).sorted())
        let manifest = try #require(site.read(SiteManifest.name).flatMap(SiteManifest.init(text:)))
        #expect(manifest.files == Set(expected.keys))
        for (path, bytes) in expected {
            #expect(
                FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path).map { [UInt8]($0) }
                    == bytes, "\(path)")
        }
        // The report counts streamed pages with the rest.
        #expect(report.result.files.count + report.result.streamed.count == expected.count)
        #expect(report.result.streamed.keys.contains("ja/events/launch/index.html"))
        #expect(
            report.bytesByKind["html"] == expected.filter { $0.key.hasSuffix(".html") }.values.map(\.count).reduce(0, +)
        )
    }

    @Test func searchFilesWrittenInPiecesEqualTheBuildInMemory() async throws {
        // With a staging folder, search-text.js is written while pages render and
        // search-index.js in pieces; in memory, both are made whole.
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let report = try await site.build()
        let inMemory = try await SiteBuilder(source: try SiteLoader(root: site.root).load()).build()
        for language in ["ja", "en"] {
            for path in [SearchIndex.path(language: language), SearchIndex.textPath(language: language)] {
                guard case .bytes(let bytes)? = inMemory.files.first(where: { $0.path == path })?.contents else {
                    Issue.record("\(path) was not built in memory")
                    continue
                }
                let written = FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path)
                #expect(written.map { [UInt8]($0) } == bytes, "\(path)")
                #expect(report.result.streamed[path] == bytes.count, "\(path)")
            }
        }
    }

    /// With and without a search page (whose snippets file is open while pages render).
    @Test(arguments: [false, true])
    func aPageThatFailsLeavesThePreviousSiteAndNoStagingFolder(search: Bool) async throws {
        let site = FixtureSite(search ? SiteSearchTests.files : SiteBuildTests.pairedSite)
        defer { site.remove() }
        try await site.build()
        let before = site.outputFiles().map { ($0, site.read($0)) }
        // Many good pages render (and are written to staging) before the build fails on one.
        var files: [String: String] = [:]
        for index in 0..<50 {
            files["content/strategy/extra-\(index).ja.md"] = "---\ntitle: 追加 \(index)\n---\n本文\n"
            files["content/strategy/extra-\(index).en.md"] = "---\ntitle: Extra \(index)\n---\nBody\n"
        }
        files["content/strategy/broken.en.md"] = "---\ntitle: Broken\n---\n[gone](missing.md)\n"
        let broken = FixtureSite(root: site.root, files: files)
        let problems = try await broken.failure()
        #expect(problems.map(\.path) == ["content/strategy/broken.en.md"])
        #expect(site.outputFiles().map { ($0, site.read($0)) }.elementsEqual(before) { $0 == $1 })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".site.sitegen-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func stagingFolderTakesFilesFromManyTasksAtOnce() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let staging = try SiteWriter(output: output).begin()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    // Siblings share folders that several tasks create at the same moment.
                    let file = OutputFile(path: "ja/s\(index % 3)/p\(index)/index.html", text: "page \(index)")
                    try? staging.write(file)
                }
            }
        }
        try staging.commit()
        for index in 0..<200 {
            let path = output.appendingPathComponent("ja/s\(index % 3)/p\(index)/index.html").path
            #expect(
                FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                    == "page \(index)")
        }
        #expect(!FileManager.default.fileExists(atPath: staging.url.path))
    }

    /// Counts the files a sink opened and closed.
    final class StreamCount: Sendable {
        let opened = Mutex(0)
        let closed = Mutex(0)
    }

    @Test(arguments: [false, true])
    func aSnippetsFileThatCannotBeWrittenFailsTheBuildAndIsClosed(failOnClose: Bool) async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        try site.writeSources()
        let count = StreamCount()
        let sink = OutputSink(
            accept: { _ throws(Diagnostic) in },
            open: { path throws(Diagnostic) in
                count.opened.withLock { $0 += 1 }
                return OutputStream(
                    write: { _ throws(Diagnostic) in
                        if !failOnClose { throw Diagnostic(path: path, message: "disk full") }
                    },
                    close: { () throws(Diagnostic) in
                        count.closed.withLock { $0 += 1 }
                        if failOnClose { throw Diagnostic(path: path, message: "cannot close") }
                    })
            })
        let source = try SiteLoader(root: site.root).load()
        var diagnostics: [Diagnostic] = []
        do throws(BuildFailure) {
            _ = try await SiteBuilder(source: source).build(sink: sink)
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.map(\.message) == [failOnClose ? "cannot close" : "disk full"])
        #expect(count.opened.withLock { $0 } > 0)
        #expect(count.opened.withLock { $0 } == count.closed.withLock { $0 })
    }
}
