import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// search.js run in node: the same tokens as Swift on the shared table, and the ranking on a
/// built index. Skipped without node; `make browser-test` checks the same in Chromium.
@Suite(.enabled(if: NodeJS.path != nil, "node is not installed: search.js is checked by `make browser-test` only"))
struct SearchScriptTests {

    /// Runs `program` in node with `api` = search.js's exports and `self.sitegenSearchIndex` filled
    /// from `indexes`; returns what it prints as JSON.
    static func run(_ program: String, indexes: [URL] = []) throws -> Any {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(NodeJS.path))
        let loads = indexes.map { "require(\(SearchIndex.quoted($0.path)));" }.joined()
        let prelude =
            "global.self = global; const api = require(\(SearchIndex.quoted(SearchTokenCase.scriptURL.path)));" + loads
        process.arguments = ["-e", prelude + program]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data)
    }

    @Test func javaScriptTokensMatchTheSharedTable() throws {
        let program = """
            const table = require(\(SearchIndex.quoted(SearchTokenCase.tableURL.path)));
            console.log(JSON.stringify(table.map(row => api.tokens(row.input).map(t => t.term))));
            """
        let tokens = try #require(try Self.run(program) as? [[String]])
        let table = SearchTokenCase.all()
        #expect(tokens.count == table.count)
        for (row, terms) in zip(table, tokens) {
            #expect(terms == row.terms, "search.js disagrees on \(row.why): \(row.input)")
            #expect(SearchTokenizer.terms(row.input) == terms, "Swift and search.js disagree on \(row.input)")
        }
    }

    @Test func rankingPutsTitleMatchesFirst() async throws {
        let site = FixtureSite(SiteSearchTests.files)
        defer { site.remove() }
        try await site.build()
        let indexes = ["ja", "en"].map { site.output.appendingPathComponent("\($0)/search-index.js") }
        let queries = [
            ("ja", "半導体"), ("ja", "ｉｍｅｃ"), ("ja", "台湾"), ("ja", "産学連携"), ("ja", "風"), ("ja", "ないもの"),
            ("en", "semiconductor"), ("en", "semiconductors"), ("en", "Hsinchu"), ("en", "startup"), ("en", "semic"),
            ("en", "wind semiconductor"),
        ]
        let program = """
            const queries = \(String(decoding: try JSONSerialization.data(withJSONObject: queries.map { [$0.0, $0.1] }), as: UTF8.self));
            console.log(JSON.stringify(queries.map(([lang, q]) => api.search(self.sitegenSearchIndex[lang], q).map(r => r.url))));
            """
        let results = try #require(try Self.run(program, indexes: indexes) as? [[String]])
        let expected: [[String]] = [
            ["events/chips/", "events/wind/"], ["events/chips/"], ["events/chips/"], ["events/chips/"],
            ["events/wind/"], [],
            ["events/chips/", "events/wind/"], ["events/chips/", "events/wind/"], ["events/chips/"], ["events/chips/"],
            ["events/chips/", "events/wind/"], ["events/wind/"],
        ]
        for (query, (got, want)) in zip(queries, zip(results, expected)) {
            #expect(got == want, "\(query.0) \(query.1)")
        }
    }

    @Test func highlightingMarksFoldedMatchesInTheOriginalText() throws {
        let program = """
            console.log(JSON.stringify([
              api.highlight('台湾・新竹やＩＭＥＣの半導体', 'imec 半導体'),
              api.highlight('Semiconductors and startups', 'semiconductor start'),
              api.highlight('ｶﾞｲﾄﾞ', 'ガイド'),
              api.highlight('<b>&amp;</b> IMEC', 'imec'),
            ].map(pieces => pieces.map(p => p.mark ? '[' + p.text + ']' : p.text).join(''))));
            """
        let marked = try #require(try Self.run(program) as? [String])
        #expect(marked == ["台湾・新竹や[ＩＭＥＣ]の[半導体]", "[Semiconductors] and [startups]", "[ｶﾞｲﾄﾞ]", "<b>&amp;</b> [IMEC]"])
    }

    @Test func theSnippetIsTheSentenceShowingMostOfTheQuery() throws {
        let program = """
            const sentences = ['Wind power.', 'A semiconductor park.', 'Semiconductor startups in Hsinchu.'];
            console.log(JSON.stringify([
              api.snippet(sentences, 'The excerpt.', 'semiconductor'),
              api.snippet(sentences, 'The excerpt.', 'hsinchu semiconductors'),
              api.snippet(sentences, 'The excerpt.', 'nothing'),
              api.snippet(undefined, 'The excerpt.', 'wind'),
              api.snippet(['word '.repeat(40) + 'semiconductor park ' + 'more '.repeat(40)], 'The excerpt.', 'semiconductor'),
            ]));
            """
        let snippets = try #require(try Self.run(program) as? [String])
        #expect(
            snippets.prefix(4) == [
                "A semiconductor park.", "Semiconductor startups in Hsinchu.", "The excerpt.", "The excerpt.",
            ])
        // A long sentence starts shortly before the match and is cut after about 160 characters.
        let long = try #require(snippets.last)
        #expect(long.hasPrefix("…word word") && long.hasSuffix("…"))
        #expect(long.count <= 162)
        let match = try #require(long.range(of: "semiconductor"))
        #expect((30...41).contains(long.distance(from: long.startIndex, to: match.lowerBound)))
    }
}

/// Where `node` is, if on the PATH.
enum NodeJS {
    static let path: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/node" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()
}
