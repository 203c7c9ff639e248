import Foundation
import SitegenCore
import SitegenKit
import SitegenTemplates
import Testing

/// The built `sitegen` binary, run as an author runs it.
@Suite struct BinaryTests {
    /// The sitegen executable beside the test bundle in the build folder.
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("sitegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/sitegen")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        try run(binary, arguments, in: folder, environment: environment)
    }

    /// Runs sitegen so that file permissions hold for it: as root (CI), without the
    /// capabilities that let root read and write past them.
    static func runWithoutOverride(_ arguments: [String], in folder: URL) throws -> Run {
        guard getuid() == 0 else { return try run(arguments, in: folder) }
        return try run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--bounding-set=-dac_override,-dac_read_search", binary.path] + arguments, in: folder)
    }

    static func run(
        _ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the repository's content and templates in a temporary folder.
    static func copyOfRepository() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: SiteFreshnessTests.repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    /// `sitegen theme keys` and `sitegen theme strings` print the tables the code makes (which
    /// the Themes article holds: `ThemeDocumentationTests`).
    @Test func themeKeysAndStringsPrintTheTablesOfTheCode() throws {
        let folder = FileManager.default.temporaryDirectory
        let keys = try Self.run(["theme", "keys"], in: folder)
        #expect(keys.status == 0 && keys.stdout == ThemeReference.contextKeys, "\(keys.stderr)")
        #expect(keys.stdout.contains("### Stand-in for a missing translation\n\n| key | what |\n"))
        let strings = try Self.run(["theme", "strings"], in: folder)
        #expect(strings.status == 0 && strings.stdout == ThemeReference.engineStrings, "\(strings.stderr)")
        #expect(strings.stdout.contains("| `headingLink` | `Link to the section “{heading}”` |"))
    }

    @Test func buildsAreIdenticalWhateverTheTimeZoneAndLocale() throws {
        let folder = try Self.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.run(
            ["build", "--quiet"], in: folder, environment: ["TZ": "Pacific/Kiritimati", "LANG": "C"])
        #expect(first.status == 0, "\(first.stderr)")
        let one = try Self.snapshot(folder.appendingPathComponent("site"))
        let second = try Self.run(
            ["build", "--quiet"], in: folder,
            environment: ["TZ": "America/Adak", "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
        #expect(second.status == 0, "\(second.stderr)")
        let two = try Self.snapshot(folder.appendingPathComponent("site"))
        #expect(one.count > 20)
        #expect(one == two)
    }

    @Test func brokenFrontMatterNamesTheLineAndLeavesTheSiteUntouched() throws {
        let folder = try Self.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.run(["build", "--quiet"], in: folder)
        #expect(good.status == 0, "\(good.stderr)")
        let before = try Self.snapshot(folder.appendingPathComponent("site"))
        let page = folder.appendingPathComponent("content/events/strategy-announcement.ja.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text = text.replacingOccurrences(of: "\ntitle:", with: "\ntitle: [unclosed\nx:")
        try text.write(to: page, atomically: true, encoding: .utf8)
        let bad = try Self.run(["build"], in: folder)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("content/events/strategy-announcement.ja.md:"), "\(bad.stderr)")
        #expect(
            bad.stderr.range(of: #"strategy-announcement\.ja\.md:\d+:\d+: error: "#, options: .regularExpression)
                != nil, "\(bad.stderr)")
        #expect(try Self.snapshot(folder.appendingPathComponent("site")) == before)
    }
}
