import Foundation
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
