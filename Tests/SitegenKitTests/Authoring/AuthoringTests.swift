import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `sitegen new` skeletons and the authoring writer that never loses an author's text.
@Suite struct AuthoringTests {
    static let config = try! SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
    /// 2026-03-31 20:00 UTC, already 1 April in Tokyo.
    static let now = Date(timeIntervalSince1970: 1_774_987_200)

    @Test func newWritesOneFilePerLanguageWithTheSectionKeysAndTodayInTheSiteZone() throws {
        let files = try PageSkeleton.files(for: "events/open-day", config: Self.config, now: Self.now)
        #expect(files.map(\.relativePath) == ["events/open-day.ja.md", "events/open-day.en.md"])
        #expect(
            files[0].text
                == "---\ntitle: \nsummary: \ndate: 2026-04-01\n# endDate: 2026-04-01\n# time: 14:00\nvenue: \n---\n\n")
        let partner = try PageSkeleton.files(for: "partners/imec", config: Self.config, now: Self.now)[1].text
        #expect(
            partner.contains(
                "\nkind:   # university, research-institute, science-park, foundation, company, government\n"))
        #expect(partner.contains("\ncountry:   # ISO 3166-1 code, e.g. JP, TW, BE\n"))
        #expect(partner.contains("\n# website:   # https://…\n"))
        #expect(
            try PageSkeleton.files(for: "about", config: Self.config, now: Self.now)[0].text.contains(
                "\nupdated: 2026-04-01\n"))
    }

    @Test func aNewSkeletonOnlyLacksWhatTheAuthorMustFillIn() throws {
        var files = CheckFixture.clean
        for file in try PageSkeleton.files(for: "events/open-day", config: Self.config, now: Self.now) {
            files["content/" + file.relativePath] = file.text
        }
        let report = SiteCheck(source: CheckFixture.source(files)).run()
        let messages = Set(report.findings.map(\.message))
        #expect(messages == ["`title` is empty", "events pages need `venue`"], "\(report.text)")
    }

    @Test(arguments: [
        ("events/Open Day", "e.g. `sitegen new events/open-day`"),
        ("Events/open-day", "e.g. `sitegen new events/open-day`"),
        ("events/開所式", "e.g. `sitegen new events/my-page`"),
        ("events/-x-", "e.g. `sitegen new events/x`"),
    ])
    func slugsOutsideTheContractAreRejectedWithAValidOne(_ target: String, _ hint: String) {
        #expect {
            try PageSkeleton.files(for: target, config: Self.config, now: Self.now)
        } throws: { error in
            (error as? Diagnostic)?.hint?.contains(hint) == true
        }
    }

    static func temporaryRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sitegen-authoring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        return root
    }

    static func entries(_ root: URL, _ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .sorted()
    }

    @Test func createNeverOverwritesAndLeavesNoTemporaryFile() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = AuthoringFiles(root: root)
        try files.create("events/x.ja.md", text: "first\n")
        #expect(files.exists("events/x.ja.md"))
        #expect(throws: Diagnostic.self) { try files.create("events/x.ja.md", text: "second\n") }
        let text = try String(contentsOf: root.appendingPathComponent("content/events/x.ja.md"), encoding: .utf8)
        #expect(text == "first\n")
        #expect(Self.entries(root, "content/events") == ["x.ja.md"])
    }

    @Test func replaceRefusesAFileThatChangedMeanwhile() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = AuthoringFiles(root: root)
        try files.create("x.en.md", text: "edited by the author\n")
        #expect(throws: Diagnostic.self) {
            try files.replace("x.en.md", text: "computed\n", expected: "what sitegen read\n")
        }
        let url = root.appendingPathComponent("content/x.en.md")
        #expect(try String(contentsOf: url, encoding: .utf8) == "edited by the author\n")
        try files.replace("x.en.md", text: "computed\n", expected: "edited by the author\n")
        #expect(try String(contentsOf: url, encoding: .utf8) == "computed\n")
        #expect(Self.entries(root, "content") == ["x.en.md"])
    }

    @Test func snapshotsAreReadBackByTranslationPath() throws {
        let root = try Self.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = AuthoringFiles(root: root)
        try files.replace(TranslationLedger.snapshotPath(of: "events/x.en.md"), text: "source\n", expected: nil)
        #expect(files.snapshots() == ["events/x.en.md": "source\n"])
    }
}
