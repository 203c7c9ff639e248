import Testing

@testable import SitegenKit

/// Front matter of simple `key: value` lines is read without Yams; it must read what Yams
/// reads (values and key positions), and leave everything else to Yams.
@Suite struct SimpleFrontMatterTests {
    static let lines = [
        "title: Launch", "title: \"国内にとどまらず\"", "title: 'It''s'", "title: 'a \\ b'", "title: \"a \\\" b\"",
        "summary: a, b [c] {d} e", "summary: C# and F#", "summary: x #comment", "summary: a: b", "summary: a:b",
        "summary: https://example.org/x", "date: 2025-02-18", "date: 2025-02", "date: 2025-13-40", "time: \"09:30\"",
        "time: 09:30", "venue: Online", "venue:   spaced   ", "venue: -dash", "venue: ? q", "venue: &anchor",
        "venue: *alias", "venue: !tag", "venue: |", "venue: >", "venue: %x", "venue: @x", "venue: `x`", "venue: ~",
        "venue: null", "venue: \"\"", "venue: ''", "venue:", "venue:x", "kind: government", "kind: nonsense",
        "country: SG", "country: Japan", "website: https://www.example.org/", "website: example.org",
        "weight: 10", "weight: heavy", "draft: true", "draft: yes", "custom-key: value", "custom_key: 値",
        "Title: upper", "title: end:", "title: tab\there", "title: \u{85}nel", "title: a\u{2028}b",
        "  indented: x", "# comment", "", "   ", "- item", "title: [a, b]", "title: {a: b}", "title: \"unclosed",
        "title: \"a\" trailing", "title: 'x' 'y'", "translationKey: launch", "translationKey: Bad Key",
        "1: one", "title: ...", "title: ---", "title: <<", "tagline: 「北九州」、世界へ。", "title: \u{FEFF}bom",
    ]

    @Test func simpleReadingsAreYamsReadings() {
        var random = SeededGenerator(state: 0xF11E)
        var answered = 0
        var differing: [String] = []
        for _ in 0..<4_000 {
            let yaml = (0..<(1 + random.next(5))).map { _ in Self.lines[random.next(Self.lines.count)] }
                .joined(separator: "\n")
            if SimpleFrontMatter.read(yaml) != nil { answered += 1 }
            if let difference = FrontMatterSelfCheck.disagreement(yaml: yaml) { differing.append(difference) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(answered > 100, "the simple reading must take the usual front matter")
    }

    @Test func theUsualFrontMatterIsSimple() throws {
        let yaml =
            "title: \"Launch\"\nsummary: \"Faculties, technologies.\"\ndate: 2015-05-11\ntime: \"09:30\"\nvenue: Online"
        let matter = try #require(SimpleFrontMatter.read(yaml))
        #expect(matter.title == "Launch")
        #expect(matter.extra["time"] == "09:30")
        #expect(matter.positions["venue"] == SourcePosition(line: 6, column: 1))
        #expect(matter.valuePositions["time"] == SourcePosition(line: 5, column: 7))
    }

    /// A wrong value is left to Yams, which says where it is.
    @Test func problemsAreStillYams() {
        #expect(SimpleFrontMatter.read("title: A\nweight: heavy") == nil)
        var problems: [Diagnostic] = []
        _ = FrontMatterParser.parseYAML("title: A\nweight: heavy", path: "content/a.md", problems: &problems)
        #expect(
            problems.map(\.description) == [
                "content/a.md:3:9: error: `weight` is `heavy`, which is not a whole number; write e.g. 10"
            ])
    }
}
