import Foundation
import Hummingbird
import HummingbirdTesting
import SitegenCore
import Testing

@testable import SitegenServe

/// The rebuild loop (inotify on Linux) notices every change to what the loader reads, links
/// included: a broken save behind a link shows the overlay, and the fix takes it away.
@Suite struct WatchTests {
    /// How the guide reaches `content/`: a link to a hidden folder, a link added while serving
    /// that leads to a folder already there, a link to a file in a hidden folder.
    enum Link: CaseIterable {
        case folderToHiddenFolder, folderAddedWhileServing, fileInHiddenFolder

        /// Where the guide's English file is written.
        var edited: String {
            switch self {
            case .folderToHiddenFolder: "content/.guides/guide.en.md"
            case .folderAddedWhileServing: "content/docs/guide.en.md"
            case .fileInHiddenFolder: "content/.versions/guide.en.md"
            }
        }

        /// The guide's address in the built site.
        var address: String {
            switch self {
            case .folderToHiddenFolder, .folderAddedWhileServing: "/en/docs/guide/"
            case .fileInHiddenFolder: "/en/guide/"
            }
        }
    }

    @Test(arguments: Link.allCases)
    func aBrokenSaveBehindALinkShowsTheOverlayUntilFixed(link: Link) async throws {
        var files = ServeFixture.site
        let folder = link == .folderToHiddenFolder ? "content/.guides" : "content/shared"
        files["\(folder)/guide.en.md"] = "---\ntitle: Guide\n---\nFirst guide\n"
        files["content/.versions/guide.en.md"] = "---\ntitle: Guide\n---\nFirst guide\n"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        func makeLink(_ path: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: fixture.root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        switch link {
        case .folderToHiddenFolder: try makeLink("content/docs", to: ".guides")
        case .fileInHiddenFolder: try makeLink("content/guide.en.md", to: ".versions/guide.en.md")
        case .folderAddedWhileServing: break
        }
        var session = fixture.session()
        await session.refresh()
        let (started, starting) = AsyncStream.makeStream(of: Void.self)
        let watching = Task { [session] in await PreviewServer.watch(session, watching: { starting.finish() }) }
        defer { watching.cancel() }
        for await _ in started {}
        if link == .folderAddedWhileServing {
            try makeLink("content/docs", to: "shared")
            #expect(try await eventually { fixture.store.current.files["en/docs/guide/index.html"] != nil })
        }

        try fixture.write(link.edited, "---\ntitle: [Guide\n---\nBroken guide\n")
        #expect(try await eventually { !fixture.store.current.diagnostics.isEmpty }, "the broken save was not noticed")
        try await fixture.test { client in
            let page = String(buffer: try await client.execute(uri: link.address, method: .get).body)
            #expect(page.contains("id=\"sitegen-error-overlay\""))
            #expect(page.contains("error: invalid YAML"))
        }

        try fixture.write(link.edited, "---\ntitle: Guide\n---\nFixed guide\n")
        #expect(try await eventually { fixture.store.current.diagnostics.isEmpty }, "the fix was not noticed")
        try await fixture.test { client in
            let page = String(buffer: try await client.execute(uri: link.address, method: .get).body)
            #expect(!page.contains("sitegen-error-overlay"))
            #expect(page.contains("Fixed guide"))
        }
    }

    /// True as soon as `condition` holds, false if it still does not after ten seconds.
    func eventually(_ condition: () -> Bool) async throws -> Bool {
        let end = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < end {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
