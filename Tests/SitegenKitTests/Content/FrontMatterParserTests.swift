import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Front matter edge cases, one row each (after Hugo's table tests).
@Suite struct FrontMatterParserTests {
    func parse(_ text: String) throws -> FrontMatterParser.Parsed {
        try FrontMatterParser.parse(SourceFile(displayPath: "content/a.ja.md", relativePath: "a.ja.md", text: text))
    }

    @Test(arguments: [
        ("plain", "---\ntitle: T\n---\nbody\n", "body\n", 4),
        ("BOM", "\u{FEFF}---\ntitle: T\n---\nbody\n", "body\n", 4),
        ("CRLF", "---\r\ntitle: T\r\n---\r\nbody\r\n", "body\n", 4),
        ("CR", "---\rtitle: T\r---\rbody\r", "body\n", 4),
        ("--- in the body", "---\ntitle: T\n---\na\n---\nb\n", "a\n---\nb\n", 4),
        ("trailing spaces on fences", "---  \ntitle: T\n--- \nbody", "body", 4),
        ("no body", "---\ntitle: T\n---", "", 4),
        ("blank lines in front matter", "---\n\ntitle: T\n\n---\n\nbody", "\nbody", 6),
    ])
    func splitsFrontMatterFromBody(_ name: String, _ text: String, _ body: String, _ line: Int) throws {
        let parsed = try parse(text)
        #expect(parsed.frontMatter.title == "T", "\(name)")
        #expect(parsed.body == body, "\(name)")
        #expect(parsed.bodyStartLine == line, "\(name)")
    }

    @Test func japaneseKeysAndValuesAreKept() throws {
        let parsed = try parse("---\ntitle: 北九州学術研究都市\nsummary: 「知」と技術\n担当: 未来産業推進課\n---\n")
        #expect(parsed.frontMatter.title == "北九州学術研究都市")
        #expect(parsed.frontMatter.summary == "「知」と技術")
        #expect(parsed.frontMatter.extra["担当"] == "未来産業推進課")
    }

    @Test func datesStayCalendarDates() throws {
        let parsed = try parse(
            "---\ntitle: T\ndate: 2025-02-18\nendDate: 2025-02-19\nupdated: 2001-04\ntime: \"09:30\"\n---\n")
        #expect(parsed.frontMatter.date == CalendarDate(year: 2025, month: 2, day: 18))
        #expect(parsed.frontMatter.updated == CalendarDate(year: 2001, month: 4))
        // Keys a section declares stay text until the section's declaration reads them.
        #expect(parsed.frontMatter.extra["endDate"] == "2025-02-19")
        #expect(parsed.frontMatter.extra["time"] == "09:30")
    }

    @Test func keyPositionsAreRecorded() throws {
        let parsed = try parse("---\ntitle: T\n  \nweight: 3\n---\n")
        #expect(parsed.frontMatter.positions["title"] == SourcePosition(line: 2, column: 1))
        #expect(parsed.frontMatter.positions["weight"] == SourcePosition(line: 4, column: 1))
        #expect(parsed.frontMatter.weight == 3)
    }

    @Test(arguments: [
        (
            "---\ntitle: T\nweight: heavy\n---\n",
            "content/a.ja.md:3:9: error: `weight` is `heavy`, which is not a whole number"
        ),
        ("---\ntitle: T\ndraft: maybe\n---\n", "content/a.ja.md:3:8: error: `draft` must be true or false"),
        ("---\ntitle: [a, b]\n---\n", "content/a.ja.md:2:8: error: `title` must be a single value"),
        ("---\ntitle: T\ntitle: U\n---\n", "content/a.ja.md:"),
    ])
    func badValuesAreLocated(_ text: String, _ expected: String) {
        #expect {
            try parse(text)
        } throws: { error in
            (error as? Diagnostic)?.description.hasPrefix(expected) == true
        }
    }
}
