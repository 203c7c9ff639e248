import Foundation
import Testing

/// What `build` and `check` print cannot act on the terminal: control characters from file
/// names and front matter values are shown escaped (`\u{1B}`).
@Suite struct TerminalSafetyTests {
    /// Control characters other than the line ends that separate findings.
    static func rawControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
            .map { String($0.value, radix: 16) }
    }

    /// A copy of the repository with a page whose `date` clears the screen (YAML's `\e` is an
    /// ESC), and a file whose name sets the terminal's title.
    static func hostileSite() throws -> URL {
        let folder = try BinaryTests.copyOfRepository()
        let content = folder.appendingPathComponent("content")
        try Data("---\ntitle: A\ndate: \"2024\\e[2J\\e[H\\x9b2J\\x7f\\r\"\n---\n".utf8)
            .write(to: content.appendingPathComponent("a.ja.md"))
        try Data("---\ntitle: B\n---\n".utf8).write(to: content.appendingPathComponent("b\u{1B}]0;owned\u{7}.ja.md"))
        return folder
    }

    @Test func buildShowsControlCharactersEscaped() throws {
        let folder = try Self.hostileSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BinaryTests.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(Self.rawControls(run.stderr).isEmpty, "\(run.stderr.debugDescription)")
        #expect(
            run.stderr.contains(
                #"content/a.ja.md:3:7: error: `date` is `2024\u{1B}[2J\u{1B}[H\u{9B}2J\u{7F}\u{D}`, which is not a calendar date"#
            ), "\(run.stderr)")
        #expect(run.stderr.contains(#"content/b\u{1B}]0;owned\u{7}.ja.md"#), "\(run.stderr)")
    }

    @Test func checkShowsControlCharactersEscapedAsTextAndAsJSON() throws {
        let folder = try Self.hostileSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try BinaryTests.run(["check"], in: folder)
        #expect(text.status == 1)
        #expect(Self.rawControls(text.stdout).isEmpty, "\(text.stdout.debugDescription)")
        #expect(text.stdout.contains(#"`date` is `2024\u{1B}[2J\u{1B}[H\u{9B}2J\u{7F}\u{D}`"#), "\(text.stdout)")

        let json = try BinaryTests.run(["check", "--format", "json"], in: folder)
        #expect(json.status == 1)
        #expect(Self.rawControls(json.stdout).isEmpty, "\(json.stdout.debugDescription)")
        // Escaped as JSON, the values are still the file's own.
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let messages = findings.compactMap { $0["message"] as? String }
        #expect(messages.contains("`date` is `2024\u{1B}[2J\u{1B}[H\u{9B}2J\u{7F}\r`, which is not a calendar date"))
        #expect(findings.contains { ($0["path"] as? String) == "content/b\u{1B}]0;owned\u{7}.ja.md" })
    }
}
