import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `aliases:`: a page's former addresses send the reader on to where it is now, from disk and
/// from a sub-path (a relative refresh), and hosts answer them with a 301.
@Suite struct AliasTests {
    static func site(english: String, japanese: String? = nil) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/vision.en.md"] = english
        if let japanese { files["content/strategy/vision.ja.md"] = japanese }
        return FixtureSite(files)
    }

    @Test func formerAddressesLeadToThePage() async throws {
        let site = Self.site(
            english: "---\ntitle: Vision & goals\naliases: [strategy/old-vision/, vision.html]\n---\nBody\n",
            japanese: "---\ntitle: ビジョン\naliases: 旧ビジョン/\n---\n本文\n")
        defer { site.remove() }
        try await site.build()
        let folder = try #require(site.read("en/strategy/old-vision/index.html"))
        #expect(folder.contains(#"<meta http-equiv="refresh" content="0; url=../vision/">"#))
        #expect(folder.contains(#"<link rel="canonical" href="https://example.org/en/strategy/vision/">"#))
        #expect(folder.contains(#"<meta name="robots" content="noindex">"#))
        #expect(folder.contains(#"<p><a href="../vision/">Vision &amp; goals</a></p>"#))
        let file = try #require(site.read("en/vision.html"))
        #expect(file.contains(#"content="0; url=strategy/vision/""#))
        let japanese = try #require(site.read("ja/旧ビジョン/index.html"))
        #expect(japanese.contains(#"url=../strategy/vision/"#) && japanese.contains(#"<html lang="ja">"#))
        let redirects = try #require(site.read("_redirects"))
        let lines = redirects.split(separator: "\n").map(String.init)
        let first404 = try #require(lines.firstIndex { $0.hasSuffix(" 404") })
        let moved = lines.filter { $0.hasSuffix(" 301!") }
        #expect(
            moved == [
                "/en/strategy/old-vision/  /en/strategy/vision/  301!", "/en/vision.html  /en/strategy/vision/  301!",
                "/ja/%E6%97%A7%E3%83%93%E3%82%B8%E3%83%A7%E3%83%B3/  /ja/strategy/vision/  301!",
            ])
        #expect(lines.firstIndex(of: moved[0])! < first404, "before the 404 rules, which would match first")
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(!sitemap.contains("old-vision") && !sitemap.contains("vision.html"))
    }

    struct Broken: Sendable, CustomStringConvertible {
        var front: String
        var line: Int
        var message: String
        var description: String { message }
    }

    static let broken: [Broken] = [
        Broken(front: "aliases: [../elsewhere/]", line: 3, message: "the alias `../elsewhere/` is not a path below"),
        Broken(front: "aliases: old-vision", line: 3, message: "the alias `old-vision` is not a path below"),
        Broken(front: "aliases: [events/launch/]", line: 3, message: "which content/events/launch.en.md already uses"),
        // The fixture's theme has no search page, so `search/` is free; its 404 page is not.
        Broken(front: "aliases: [404.html]", line: 3, message: "which sitegen's own en/404.html already uses"),
    ]

    @Test(arguments: broken)
    func wrongAliasesStopTheBuildAtTheirLine(_ entry: Broken) async throws {
        let site = Self.site(english: "---\ntitle: Vision\n\(entry.front)\n---\nBody\n")
        defer { site.remove() }
        let problems = try await site.failure()
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.path == "content/strategy/vision.en.md")
        #expect(problem.line == entry.line)
        #expect(problem.message.contains(entry.message), "\(problem.message)")
        #expect(site.outputFiles().isEmpty)
    }

    /// A former address copied from an address bar is percent-encoded: it is the same address
    /// as the decoded one, written once, and `_redirects` encodes it once.
    @Test func percentEncodedAliasesAreTheAddressAHostReads() async throws {
        let site = Self.site(english: "---\ntitle: Vision\naliases: [\"%E6%97%A7/\"]\n---\nBody\n")
        defer { site.remove() }
        try await site.build()
        #expect(site.read("en/旧/index.html") != nil)
        let redirects = try #require(site.read("_redirects"))
        #expect(redirects.contains("/en/%E6%97%A7/  /en/strategy/vision/  301!\n"))
        let twice = Self.site(english: "---\ntitle: Vision\naliases:\n  - 旧/\n  - \"%E6%97%A7/\"\n---\nBody\n")
        defer { twice.remove() }
        let problem = try #require(try await twice.failure().first)
        #expect(problem.message.contains("which this page already uses"), "\(problem.message)")
        // At the second item of the list, not at the key.
        #expect(problem.line == 5 && problem.column == 5, "\(problem.location)")
    }

    /// A page renamed under `translationKey` may keep its former address in its language:
    /// nothing is written there (the other language's page has another slug).
    @Test func aRenamedTranslationMayKeepItsFormerAddress() async throws {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/vision.en.md"] = nil
        files["content/strategy/vision.ja.md"] = "---\ntitle: ビジョン\ntranslationKey: vision\n---\n本文\n"
        files["content/strategy/our-vision.en.md"] =
            "---\ntitle: Our vision\ntranslationKey: vision\naliases: [strategy/vision/]\n---\nBody\n"
        files["content/events/launch.en.md"] = files["content/events/launch.en.md"]!.replacingOccurrences(
            of: "../strategy/vision.md", with: "../strategy/our-vision.md")
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let alias = try #require(site.read("en/strategy/vision/index.html"))
        #expect(alias.contains("url=../our-vision/"))
    }

    /// A draft's alias that `build --drafts` would refuse is reported by `check` too.
    @Test func checkReportsADraftsCollision() {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/plan.en.md"] = "---\ntitle: Plan\ndraft: true\naliases: [events/launch/]\n---\nBody\n"
        let report = SiteCheck(source: CheckFixture.source(files)).run()
        #expect(
            report.findings.contains {
                $0.path == "content/strategy/plan.en.md" && $0.line == 4 && $0.message.contains("already uses")
            }, "\(report.findings)")
    }

    @Test func checkReportsACollisionToo() {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/vision.en.md"] = "---\ntitle: Vision\naliases: [events/launch/]\n---\nBody\n"
        let report = SiteCheck(source: CheckFixture.source(files)).run()
        #expect(report.findings.contains { $0.message.contains("already uses") && $0.line == 3 })
    }

    @Test(arguments: [
        ("old/", true), ("a/b/", true), ("old.html", true), ("旧/", true), ("old", false), ("/old/", false),
        ("../old/", false), ("a/./b/", false), ("a//b/", false), ("old/#x", false), ("o ld/", false), ("/", false),
        (":old/", false), ("a/*/", false),
    ])
    func validAliases(_ path: String, _ valid: Bool) {
        #expect(AliasAddress.isValid(path) == valid)
    }
}
