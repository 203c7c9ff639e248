import Foundation
import Testing

@testable import SitegenKit

/// The built-in theme inside the binary is exactly `Sources/SitegenKit/DefaultTheme/`.
@Suite struct BuiltInThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Sources/SitegenKit/DefaultTheme")
    static let embedded = folder.deletingLastPathComponent().appendingPathComponent(
        "Templates/BuiltInTheme+Files.swift")

    /// The theme's files on disk, by path below the folder, sorted.
    static func filesOnDisk() throws -> [(path: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var files: [(path: String, text: String)] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            guard !isFolder.boolValue, !path.hasPrefix("."), !path.contains("/.") else { continue }
            files.append((path, try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The Swift source that holds `files`: raw string literals with enough `#` that no text
    /// ends them early.
    static func source(_ files: [(path: String, text: String)]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Written by `make theme` from Sources/SitegenKit/DefaultTheme/; do not edit.",
            "",
            "extension BuiltInTheme {", "    static let embeddedFiles: [(path: String, text: String)] = [",
        ]
        for (path, text) in files {
            var hashes = "#"
            while text.contains("\"" + hashes) || text.contains("\"\"\"" + hashes) { hashes += "#" }
            lines.append("        (")
            lines.append("            \"\(path)\",")
            lines.append("            \(hashes)\"\"\"")
            lines.append(text + "\n\"\"\"\(hashes)")
            lines.append("        ),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// `SITEGEN_WRITE_THEME=1` (what `make theme` sets) writes the embedded file anew.
    @Test func theBinaryHoldsTheThemeFolder() throws {
        let files = try Self.filesOnDisk()
        if ProcessInfo.processInfo.environment["SITEGEN_WRITE_THEME"] == "1" {
            try Self.source(files).write(to: Self.embedded, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            BuiltInTheme.files.map(\.path) == files.map(\.path),
            "the built-in theme is stale: run `make theme` and rebuild")
        for (embedded, disk) in zip(BuiltInTheme.files, files) {
            #expect(embedded.text == disk.text, "\(disk.path) changed: run `make theme` and rebuild")
        }
        #expect(files.contains { $0.path == "page.mustache" })
    }
}
