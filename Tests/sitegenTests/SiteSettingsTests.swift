import Foundation
import Testing

/// What `build` and `check` say about `content/site.yaml`: the same lines, each at a line and
/// column.
@Suite struct SiteSettingsTests {
    /// The lines about site.yaml that `build` prints on stderr and `check` on stdout.
    static func siteYAMLLines(in folder: URL) throws -> (build: [String], check: [String]) {
        let build = try BinaryTests.run(["build"], in: folder)
        let check = try BinaryTests.run(["check"], in: folder)
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("content/site.yaml") }
        }
        return (lines(build.stderr), lines(check.stdout))
    }

    @Test(
        arguments: [
            ("no site.yaml", nil),
            ("a control character", "baseURL: https://example.org/\ntimezone: \"Asia/Tokyo\u{1}\"\n"),
            (
                "a misspelt required key",
                "baseURL: https://example.org/\nlanguges:\n  ja: { name: 日本語, locale: ja_JP, title: T }\n"
            ),
        ] as [(String, String?)])
    func buildAndCheckPlaceSiteYAMLProblemsAlike(_ name: String, _ text: String?) throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("content/site.yaml")
        if let text { try Data(text.utf8).write(to: file) } else { try FileManager.default.removeItem(at: file) }
        let (build, check) = try Self.siteYAMLLines(in: folder)
        #expect(build.count == 1, "\(name): \(build)")
        #expect(build == check, "\(name)")
        for line in build {
            #expect(
                line.range(of: #"^content/site\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil,
                "\(name): \(line)")
        }
    }

    @Test func misspeltSettingsAreWarnedOfByBuildAndCheck() throws {
        let folder = try BinaryTests.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("content/site.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "    locale: en_US\n", with: "    locale: en_US\n    tilte: x\n")
        text = text.replacingOccurrences(
            of: "theme: { builtIn: false }", with: "theme: { builtIn: false, staleNoet: true }")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func place(_ prefix: String) -> Int { (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1 }
        text += """
            markdwon:
              tables: false
            keep: [CNAME]

            """
        try Data(text.utf8).write(to: file)
        let (build, check) = try Self.siteYAMLLines(in: folder)
        #expect(
            build == [
                "content/site.yaml:\(place("    tilte")):5: warning: `languages.en.tilte` is not a site.yaml setting sitegen knows; did you mean `title`? Rename the key to `title`",
                "content/site.yaml:\(place("theme:")):26: warning: `theme.staleNoet` is not a site.yaml setting sitegen knows; did you mean `staleNote`? Rename the key to `staleNote`",
                "content/site.yaml:\(lines.count):1: warning: `markdwon` is not a site.yaml setting sitegen knows; did you mean `markdown`? Rename the key to `markdown`",
            ])
        #expect(build == check)
    }
}
