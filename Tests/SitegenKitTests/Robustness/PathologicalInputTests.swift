import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Input built to find quadratic corners: thousands of the same finding or the same heading on
/// one page. The work is counted (`WorkCounter`), not timed: doubling the input must about
/// double the count, whatever the machine.
@Suite struct PathologicalInputTests {
    /// The steps `work` counts, with the counter on for it and its child tasks.
    static func steps(_ work: () async throws -> Void) async rethrows -> Int {
        let counter = WorkCounter()
        try await WorkCounter.$current.withValue(counter) { try await work() }
        return counter.count
    }

    /// Asserts that the steps for an input twice as large are at most about twice as many.
    static func expectLinear(
        _ small: Int, _ large: Int, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(small > 0, "\(what): nothing was counted", sourceLocation: sourceLocation)
        #expect(
            Double(large) <= 2.2 * Double(small), "\(what): \(small) steps, then \(large) for twice the input",
            sourceLocation: sourceLocation)
    }

    /// A site whose English page holds `count` links, ten to a line (the first line all of
    /// them), each reported by the build and by check.
    static func linkSite(_ count: Int, link: String) -> [String: String] {
        let firstLine = String(repeating: "見て \(link) ", count: count / 2)
        let lines = (0..<(count / 2)).map { $0 % 10 == 9 ? "\(link)\n" : "\(link) " }.joined()
        return BrokenInputTests.base.merging([
            "content/links.en.md": "---\ntitle: Links\n---\n\(firstLine)\n\n\(lines)\n",
            "content/links.ja.md": "---\ntitle: リンク\n---\n",
        ]) { $1 }
    }

    /// Root-relative links and raw HTML are warned of by build and check; a missing page stops
    /// the build at its first link, and check names them all.
    @Test(arguments: ["[x](/foo)", "<br>", "[x](nowhere.md)"])
    func findingsOnOnePageCostLinearWork(_ link: String) async throws {
        func run(_ count: Int) async throws -> (build: Int, check: Int, findings: [Diagnostic]) {
            let source = CheckFixture.source(Self.linkSite(count, link: link))
            var built: [Diagnostic] = []
            let build = try await Self.steps {
                do {
                    built = try await SiteBuilder(source: source).build().warnings
                } catch let failure as BuildFailure {
                    built = failure.diagnostics
                }
            }
            var report: CheckReport?
            let check = await Self.steps { report = SiteCheck(source: source).run() }
            let findings = report?.findings.filter { $0.path == "content/links.en.md" } ?? []
            #expect(findings.count == count, "\(findings.prefix(3))")
            let expected = link.hasSuffix(".md)") ? 1 : count
            #expect(built.filter { $0.path == "content/links.en.md" }.count == expected, "\(built.prefix(3))")
            return (build, check, findings)
        }
        let small = try await run(1_000)
        let large = try await run(2_000)
        Self.expectLinear(small.build, large.build, "build")
        Self.expectLinear(small.check, large.check, "check")
        // Columns count characters: `見て ` is three characters, seven bytes.
        let places = small.findings.map { "\($0.line ?? 0):\($0.column ?? 0)" }
        let step = 4 + link.count
        #expect(places.prefix(3) == ["4:4", "4:\(4 + step)", "4:\(4 + 2 * step)"], "\(places.prefix(3))")
        let last = 6 + 49
        #expect(
            places.suffix(2) == ["\(last):\(1 + 8 * (link.count + 1))", "\(last):\(1 + 9 * (link.count + 1))"],
            "\(places.suffix(2))")
    }

    @Test func repeatedHeadingsCostLinearWork() async throws {
        func run(_ count: Int) async throws -> (render: Int, check: Int) {
            let body = String(repeating: "## Same\n\n", count: count) + "[top](#same-\(count))\n"
            let render = try await Self.steps { _ = try MarkdownRenderer().render(body) }
            let source = CheckFixture.source(
                BrokenInputTests.base.merging(["content/same.en.md": "---\ntitle: Same\n---\n" + body]) { $1 })
            var report: CheckReport?
            let check = await Self.steps { report = SiteCheck(source: source).run() }
            #expect(report?.findings.filter { $0.severity == .error } == [], "\(report?.text ?? "")")
            return (render, check)
        }
        let small = try await run(5_000)
        let large = try await run(10_000)
        Self.expectLinear(small.render, large.render, "render")
        Self.expectLinear(small.check, large.check, "check")
    }

    /// The ids are those of trying `-2`, `-3`, … from the start for every heading, including
    /// when other headings already took some of them.
    @Test func repeatedHeadingsGetTheIdsOfTryingEverySuffix() {
        var random = SeededGenerator(state: 19)
        let texts = ["Same", "Same 2", "same-3", "Other", "Same-2", "同じ", "main"]
        for _ in 0..<200 {
            var slugs = HeadingSlug()
            var used = HeadingSlug.templateIDs
            for _ in 0..<40 {
                let text = texts[random.next(texts.count)]
                let custom = random.next(5) == 0 ? "same" : nil
                let base = custom ?? HeadingSlug.slug(text)
                var expected = base
                var counter = 1
                while used.contains(expected) {
                    counter += 1
                    expected = "\(base)-\(counter)"
                }
                used.insert(expected)
                #expect(slugs.id(for: text, custom: custom) == expected)
            }
        }
    }
}
