import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The built-in theme inside the binary is exactly `Sources/SitegenTemplates/DefaultTheme/`.
@Suite struct BuiltInThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Sources/SitegenTemplates/DefaultTheme")
    static let embedded = folder.deletingLastPathComponent().appendingPathComponent(
        "BuiltInTheme+Files.swift")

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
            "// Written by `make theme` from Sources/SitegenTemplates/DefaultTheme/; do not edit.",
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

    /// A small site with no theme of its own but `overrides`.
    static func site(
        languages: String =
            "ja: { name: 日本語, locale: ja_JP, title: サイト }\n  en: { name: English, locale: en_US, title: Site }",
        overrides: [String: String] = [:]
    ) -> FixtureSite {
        var files = ["content/site.yaml": "baseURL: https://example.org/\nlanguages:\n  \(languages)\n"]
        for code in ["ja", "en", "fr"] where languages.contains(code + ":") {
            files["content/_index.\(code).md"] = "---\ntitle: Home \(code)\n---\nText.\n"
            files["content/about.\(code).md"] = "---\ntitle: About \(code)\n---\nText.\n"
        }
        for (path, text) in overrides { files[path] = text }
        return FixtureSite(files, theme: [:])
    }

    /// A site's templates/ overrides the built-in theme file by file, and its strings key by key.
    @Test func aSiteOverridesTheThemeFileByFile() async throws {
        let site = Self.site(overrides: [
            "templates/partials/footer.mustache": "<footer class=\"mine\">{{t.home}}</footer>",
            "templates/i18n/en.yaml": "home: Start\n",
        ])
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.result.warnings.isEmpty, "\(report.result.warnings)")
        let english = try #require(site.read("en/about/index.html"))
        #expect(english.contains(#"<footer class="mine">Start</footer>"#))
        // The other strings are the built-in ones.
        #expect(english.contains(">Search<"))
        let japanese = try #require(site.read("ja/about/index.html"))
        #expect(japanese.contains(#"<footer class="mine">ホーム</footer>"#))
        #expect(site.outputFiles().contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
    }

    /// A language neither the site nor the theme has strings for shows English ones, with one
    /// warning that lists the keys to translate.
    @Test func aLanguageWithoutStringsGetsEnglishAndOneWarning() async throws {
        let site = Self.site(
            languages:
                "ja: { name: 日本語, locale: ja_JP, title: サイト }\n  fr: { name: Français, locale: fr_FR, title: Site }")
        defer { site.remove() }
        let report = try await site.build()
        let warnings = report.result.warnings.map(\.description)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(
            warnings.first?.hasPrefix(
                "templates/i18n/fr.yaml: warning: the theme has no interface strings for Français, so its pages show English ones; create templates/i18n/fr.yaml with these keys translated:"
            ) == true, "\(warnings)")
        #expect(try #require(site.read("fr/about/index.html")).contains(">Search<"))
    }
}
