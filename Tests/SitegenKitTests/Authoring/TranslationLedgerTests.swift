import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The translation ledger: digests, `sitegen translated`, and stale translations in `check`.
@Suite struct TranslationLedgerTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(_ input: String, _ expected: String) {
        #expect(SHA256.hex(input) == expected)
    }

    static let source = "---\ntitle: 発表\ndate: 2025-02-18\n---\n一行目\n二行目\n三行目\n"

    @Test func theDigestCoversTextButNotLineEndsOrItsOwnKey() {
        let digest = TranslationLedger.digest(ofSource: Self.source)
        #expect(digest.count == 12)
        #expect(TranslationLedger.digest(ofSource: Self.source.replacingOccurrences(of: "\n", with: "\r\n")) == digest)
        #expect(TranslationLedger.digest(ofSource: Self.source + "\n\n") == digest)
        #expect(
            TranslationLedger.digest(
                ofSource: Self.source.replacingOccurrences(of: "date:", with: "translatedFrom: x\ndate:")) == digest)
        #expect(TranslationLedger.digest(ofSource: Self.source.replacingOccurrences(of: "二行目", with: "二行目。")) != digest)
        #expect(
            TranslationLedger.digest(ofSource: Self.source.replacingOccurrences(of: "2025-02-18", with: "2025-02-19"))
                != digest)
    }

    @Test(arguments: [
        ("---\ntitle: A\n---\nbody\n", "---\ntitle: A\ntranslatedFrom: abc\n---\nbody\n"),
        (
            "---\ntitle: A\ntranslatedFrom: old\nweight: 2\n---\nbody",
            "---\ntitle: A\ntranslatedFrom: abc\nweight: 2\n---\nbody"
        ),
        (
            "\u{FEFF}---\r\ntitle: A # note\r\n---\r\nbody\r\n",
            "\u{FEFF}---\r\ntitle: A # note\r\ntranslatedFrom: abc\r\n---\r\nbody\r\n"
        ),
    ])
    func theEditorChangesOnlyTheOneKey(_ before: String, _ after: String) {
        #expect(FrontMatterEditor.setting("translatedFrom", to: "abc", in: before) == after)
    }

    @Test func theEditorRefusesFilesWithoutFrontMatter() {
        #expect(FrontMatterEditor.setting("translatedFrom", to: "abc", in: "no front matter\n") == nil)
    }

    /// The clean check fixture with a Japanese source and an English translation marked by `translated`.
    static func translatedSite(source: String) throws -> (files: [String: String], snapshots: [String: String]) {
        var files = CheckFixture.clean
        files["content/events/launch.ja.md"] = source
        let record = try TranslationRecord.plan(for: "content/events/launch.en.md", in: CheckFixture.source(files))
        #expect(record.sourceDisplayPath == "content/events/launch.ja.md")
        #expect(record.snapshotPath == ".translations/events/launch.en.md.src")
        files["content/events/launch.en.md"] = record.translationText
        return (files, ["events/launch.en.md": record.snapshotText])
    }

    static let japanese =
        "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n一行目\n二行目\n三行目\n"

    @Test func aFreshTranslationIsNotStale() throws {
        let (files, snapshots) = try Self.translatedSite(source: Self.japanese)
        #expect(
            files["content/events/launch.en.md"]?.contains(
                "translatedFrom: \(TranslationLedger.digest(ofSource: Self.japanese))\n---\nBody\n") == true)
        let report = SiteCheck(source: CheckFixture.source(files), snapshots: snapshots).run()
        #expect(report.findings.isEmpty, "\(report.text)")
    }

    @Test func aChangedSourceMakesTheTranslationStaleAndNamesTheLines() throws {
        var (files, snapshots) = try Self.translatedSite(source: Self.japanese)
        files["content/events/launch.ja.md"] = Self.japanese.replacingOccurrences(
            of: "二行目\n三行目", with: "二行目を直した\n三行目\n四行目")
        let report = SiteCheck(source: CheckFixture.source(files), snapshots: snapshots).run()
        #expect(report.findings.count == 1, "\(report.text)")
        let finding = try #require(report.findings.first)
        #expect(finding.location == "content/events/launch.en.md:7:1")
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("content/events/launch.ja.md changed since it was translated"))
        #expect(finding.message.hasSuffix("changed: lines 9, 11 of content/events/launch.ja.md"), "\(finding.message)")
        // Without the ledger's copy the finding stays, without the lines.
        let bare = SiteCheck(source: CheckFixture.source(files)).run()
        #expect(bare.findings.count == 1 && !(bare.findings[0].message.contains("changed: line")))
    }

    @Test func withoutTheKeyAnOlderUpdatedDateIsStale() {
        let report = CheckFixture.check([
            "content/strategy/vision.ja.md": "---\ntitle: ビジョン\nupdated: 2025-03-01\n---\n## 目標\n",
            "content/strategy/vision.en.md": "---\ntitle: Vision\nupdated: 2025-02-01\n---\n## Our targets\n",
        ])
        #expect(report.findings.map(\.location) == ["content/strategy/vision.en.md:3:1"], "\(report.text)")
        #expect(
            report.findings.first?.message.contains("was updated on 2025-03-01, after this page (2025-02-01)") == true)
    }

    @Test func theBuiltPageCarriesTheNoteWhenTheThemeAsksForIt() async throws {
        var (files, _) = try Self.translatedSite(source: Self.japanese)
        files["content/events/launch.ja.md"] = Self.japanese + "追記\n"
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "theme: { builtIn: false }", with: "theme: { builtIn: false, staleNote: true }")
        var theme = FixtureSite.minimalTheme
        theme["templates/page.mustache"] =
            "{{<base}}{{$main}}{{#page.stale}}<p class=\"stale\">stale</p>{{/page.stale}}{{{page.content}}}{{/main}}{{/base}}"
        let site = FixtureSite(files, theme: theme)
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/events/launch/index.html")?.contains("<p class=\"stale\">stale</p>") == true)
        #expect(site.read("ja/events/launch/index.html")?.contains("stale") == false)
        #expect(site.read("en/strategy/vision/index.html")?.contains("stale") == false)
    }

    @Test func aTranslationNeedsAnOriginal() {
        var files = CheckFixture.clean
        files["content/events/launch.ja.md"] = nil
        #expect(throws: Diagnostic.self) {
            try TranslationRecord.plan(for: "content/events/launch.en.md", in: CheckFixture.source(files))
        }
    }
}
