import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `sitegen serve` hands each build a `BuildMemo` of the last: parsed pages are reused and the
/// search indexes patched. Whatever is reused, the files must be those of a build from scratch.
@Suite struct BuildMemoTests {
    /// The bytes of every file a build made, by path.
    static func bytes(_ result: BuildResult) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in result.files {
            if case .bytes(let bytes) = file.contents { files[file.path] = bytes }
        }
        return files
    }

    /// A build that hands a memo to the next, as `SiteRebuild` asks for it.
    static let keepingMemo = Incremental(keepsMemo: true)

    static func source(_ site: FixtureSite) throws -> SiteSource {
        try site.writeSources()
        return try SiteLoader(root: site.root).load()
    }

    @Test(arguments: [
        // Words come and go, a sentence repeats, and one page loses its whole body.
        (
            "content/events/chips.ja.md",
            "---\ntitle: 半導体フォーラム\ndate: 2025-02-18\nvenue: 北九州市\nsummary: ＩＭＥＣと半導体を語る\n---\n## 新しい見出し\n水素と蓄電池。水素と蓄電池。\n"
        ),
        (
            "content/events/wind.en.md",
            "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nHydrogen storage replaces everything said before.\n"
        ),
        ("content/_index.en.md", "---\ntitle: Home\n---\n"),
    ])
    func aBodyEditWithTheMemoGivesTheSameFilesAsABuildFromScratch(path: String, text: String) async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let options = Self.keepingMemo
        let first = try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build()
        let memo = try #require(first.memo)
        #expect(memo.counts.pages == 9)
        // Every published page has a digest; the draft is parsed but not published.
        #expect(memo.counts.searchDigests == 8)

        var edited = site
        edited.files[path] = text
        let source = try Self.source(edited)
        var partial = options
        partial.renderOnly = [path]
        let patched = try await SiteBuilder(source: source, memo: memo, incremental: partial).build()
        let scratch = try await SiteBuilder(source: source).build()

        // The partial build makes the page it rendered and the search files, all as from scratch.
        let made = Self.bytes(patched)
        let expected = Self.bytes(scratch)
        #expect(!made.isEmpty)
        for (file, bytes) in made { #expect(bytes == expected[file], "\(file)") }
        #expect(made.keys.contains("ja/search-index.js") && made.keys.contains("en/search-text.js"))
        #expect(!made.keys.contains("sitemap.xml"))
    }

    /// `sitegen serve` leaves the search files out of a body edit's build and makes them after
    /// (`Incremental.defersSearch`): page and search files together, and the memo they leave for the edit
    /// after, must be those of builds from scratch.
    @Test func aDeferredSearchGivesTheFilesOfABuildFromScratchEditAfterEdit() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let options = Self.keepingMemo
        var memo = try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build().memo
        var edited = site
        let path = "content/events/wind.en.md"
        for body in ["Hydrogen storage, first version.", "Batteries, second version. Hydrogen again.", ""] {
            edited.files[path] = "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\n\(body)\n"
            let source = try Self.source(edited)
            var partial = options
            partial.renderOnly = [path]
            partial.defersSearch = true
            let result = try await SiteBuilder(source: source, memo: memo, incremental: partial).build()
            var made = Self.bytes(result)
            #expect(made.keys.sorted() == ["en/events/wind/index.html"], "the build leaves the search files out")
            memo = result.memo
            let deferred = try #require(result.deferredSearch)
            for file in try await deferred.files(updating: &memo) {
                if case .bytes(let bytes) = file.contents { made[file.path] = bytes }
            }
            let expected = Self.bytes(try await SiteBuilder(source: source).build())
            #expect(made.keys.contains("en/search-index.js") && made.keys.contains("ja/search-text.js"))
            for (file, bytes) in made { #expect(bytes == expected[file], "\(file) after \(body.debugDescription)") }
        }
    }

    /// A memo whose deferred search files were never made still leads to correct indexes.
    @Test func aDeferredSearchThatIsNeverMadeLeavesAMemoThatStillWorks() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let options = Self.keepingMemo
        let first = try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build()
        var edited = site
        let path = "content/events/wind.en.md"
        edited.files[path] = "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nTidal power.\n"
        var partial = options
        partial.renderOnly = [path]
        partial.defersSearch = true
        let dropped = try await SiteBuilder(source: try Self.source(edited), memo: first.memo, incremental: partial)
            .build()
        edited.files[path] = "---\ntitle: Offshore Wind\ndate: 2025-04-01\nvenue: Hibikinada\n---\nGeothermal.\n"
        let source = try Self.source(edited)
        partial.defersSearch = false
        let next = Self.bytes(try await SiteBuilder(source: source, memo: dropped.memo, incremental: partial).build())
        let expected = Self.bytes(try await SiteBuilder(source: source).build())
        #expect(next.keys.contains("en/search-index.js"))
        for (file, bytes) in next {
            #expect(
                String(decoding: bytes, as: UTF8.self) == expected[file].map { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// Templates are parsed again only when one changed; until then their plans are kept.
    @Test func theTemplateSetIsKeptWhileTheTemplatesAreTheSame() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let options = Self.keepingMemo
        let first = try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build()
        let kept = try #require(first.memo?.templates?.set.plans)
        let second = try await SiteBuilder(source: try Self.source(site), memo: first.memo, incremental: options)
            .build()
        #expect(second.memo?.templates?.set.plans === kept)
        var edited = site
        edited.files["templates/page.mustache"] = "{{<base}}{{$main}}<h1>{{page.title}}!</h1>{{/main}}{{/base}}"
        let third = try await SiteBuilder(source: try Self.source(edited), memo: second.memo, incremental: options)
            .build()
        #expect(third.memo?.templates?.set.plans !== kept)
        let page = String(decoding: try #require(Self.bytes(third)["en/events/wind/index.html"]), as: UTF8.self)
        #expect(page.contains("Offshore Wind!</h1>"))
    }

    @Test func pagesWithUnchangedTextAreNotParsedAgain() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        let options = Self.keepingMemo
        let first = try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build()
        var memo = try #require(first.memo)
        // A memo whose copy of a page differs from the file would show if it were used.
        let path = "content/events/wind.en.md"
        memo.pages[path]?.page.frontMatter.title = "From the memo"
        let again = try await SiteBuilder(source: try Self.source(site), memo: memo, incremental: options).build()
        let page = try #require(Self.bytes(again)["en/events/wind/index.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("From the memo"))
        // Once the file's text differs, it is parsed again.
        var edited = site
        edited.files[path] = "---\ntitle: Offshore Wind 2\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind.\n"
        let third = try await SiteBuilder(source: try Self.source(edited), memo: memo, incremental: options).build()
        let page3 = String(decoding: try #require(Self.bytes(third)["en/events/wind/index.html"]), as: UTF8.self)
        #expect(page3.contains("Offshore Wind 2") && !page3.contains("From the memo"))
    }

    @Test func anEditThatOnlyChangesNormalisationIsAnEdit() async throws {
        let path = "content/events/wind.en.md"
        var site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        site.files[path] = "---\ntitle: Caf\u{E9}\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind.\n"
        let options = Self.keepingMemo
        let memo = try #require(
            try await SiteBuilder(source: try Self.source(site), memo: nil, incremental: options).build().memo)
        // The same title in NFD: equal as Swift strings, different bytes.
        site.files[path] = "---\ntitle: Cafe\u{301}\ndate: 2025-04-01\nvenue: Hibikinada\n---\nWind.\n"
        let source = try Self.source(site)
        let reused = try await SiteBuilder(source: source, memo: memo, incremental: options).build()
        let scratch = try await SiteBuilder(source: source).build()
        let page = "en/events/wind/index.html"
        #expect(Self.bytes(reused)[page] == Self.bytes(scratch)[page])
        let nfd: [UInt8] = [0x65, 0xCC, 0x81]
        let bytes = try #require(Self.bytes(reused)[page])
        #expect(bytes.indices.contains { bytes[$0...].starts(with: nfd) })
    }
}
