import Foundation
import SitegenCore
import SitegenKit
import Testing

@testable import SitegenServe

/// The watcher's listing: what it sees, what it skips, and what counts as a change.
@Suite struct SourceScannerTests {
    @Test func listsSourcesSkippingHiddenFilesAndCuttingLoops() throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try fixture.write("content/.about.ja.md.swp", "editor swap file")
        try fixture.write("site/index.html", "built output is not watched")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root.appendingPathComponent("content/loop").path,
            withDestinationPath: fixture.root.appendingPathComponent("content").path)
        let listing = SourceScanner(root: fixture.root).scan()
        #expect(listing.files["content/about.ja.md"] != nil)
        #expect(listing.files["templates/assets/style.css"] != nil)
        #expect(listing.files.keys.allSatisfy { !$0.contains("/.") && !$0.hasPrefix("site/") })
        #expect(!listing.files.keys.contains { $0.hasPrefix("content/loop/") })
    }

    /// Through links the scanner lists what the loader reads, under the names the loader gives,
    /// and watches the folders they lead to; a link the loader refuses is listed as a link.
    @Test func listsWhatTheLoaderReadsThroughLinks() throws {
        var files = ServeFixture.site
        files["content/shared/guide.en.md"] = "---\ntitle: Guide\n---\nShared\n"
        files["content/.notes/note.en.md"] = "---\ntitle: Note\n---\nHidden folder\n"
        files["content/.versions/draft.en.md"] = "---\ntitle: Draft\n---\nHidden file\n"
        files["elsewhere/secret.en.md"] = "---\ntitle: Secret\n---\nOutside\n"
        let fixture = try ServeFixture(files)
        defer { fixture.remove() }
        for (link, destination) in [
            ("content/docs", "shared"), ("content/notes", ".notes"), ("content/draft.en.md", ".versions/draft.en.md"),
            ("content/outside", "../elsewhere"),
        ] {
            try FileManager.default.createSymbolicLink(
                atPath: fixture.root.appendingPathComponent(link).path, withDestinationPath: destination)
        }
        let listing = SourceScanner(root: fixture.root).scan()
        let source = try SiteLoader(root: fixture.root).load()
        let read = Set(source.pages.map(\.displayPath))
        #expect(
            read.isSuperset(of: [
                "content/shared/guide.en.md", "content/docs/guide.en.md", "content/notes/note.en.md",
                "content/draft.en.md",
            ]))
        #expect(read.isSubset(of: listing.files.keys), "\(read.subtracting(listing.files.keys))")
        let content = fixture.root.appendingPathComponent("content").path
        #expect(listing.folders.contains(content + "/.notes"))
        #expect(listing.folders.contains(content + "/.versions"))
        #expect(Set(listing.folders).count == listing.folders.count)
        // The loader refuses it: nothing behind it is listed or watched, the link itself is.
        #expect(listing.files["content/outside"] != nil)
        #expect(!listing.files.keys.contains { $0.hasPrefix("content/outside/") })
        #expect(!listing.folders.contains { $0.hasSuffix("/elsewhere") })
    }

    @Test func changesTellEditsFromAddedAndRemovedFiles() {
        let stamp = FileStamp(seconds: 1, nanoseconds: 0, size: 10, inode: 7)
        var edited = stamp
        edited.nanoseconds = 5
        let old = SourceScanner.Listing(files: ["content/a.md": stamp, "content/b.md": stamp])
        let edit = SourceScanner.changes(
            from: old, to: SourceScanner.Listing(files: ["content/a.md": edited, "content/b.md": stamp]))
        #expect(edit.changed == ["content/a.md"])
        #expect(!edit.structural)
        let removal = SourceScanner.changes(from: old, to: SourceScanner.Listing(files: ["content/a.md": stamp]))
        #expect(removal.changed == ["content/b.md"])
        #expect(removal.structural)
        let addition = SourceScanner.changes(
            from: old, to: SourceScanner.Listing(files: old.files.merging(["content/c.md": stamp]) { $1 }))
        #expect(addition.changed == ["content/c.md"])
        #expect(addition.structural)
    }
}
