import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The small parts `check` is built from, on their edge cases.
@Suite struct CheckPartsTests {
    @Test(arguments: [
        ("tilte", "title", 1), ("title", "title", 0), ("venu", "venue", 1), ("dtae", "date", 1),
        ("translatedfrom", "translatedFrom", 0), ("", "date", 4), ("weihgt", "weight", 1),
    ])
    func editDistanceCountsASwapAsOneEdit(_ lhs: String, _ rhs: String, _ distance: Int) {
        #expect(EditDistance.between(lhs, rhs) == distance)
    }

    @Test(arguments: [
        ("tilte", "title"), ("summery", "summary"), ("updatd", "updated"), ("wieght", "weight"),
        ("translationkey", "translationKey"),
    ])
    func theNearestKnownKeyIsNamed(_ key: String, _ nearest: String) {
        #expect(EditDistance.nearest(to: key, in: FrontMatter.knownKeys)?.word == nearest)
    }

    @Test(arguments: [
        ("a\nb\nc", "a\nb\nc", [Int]()),
        ("a\nb\nc", "a\nB\nc", [2]),
        ("a\nb\nc", "a\nb\nc\nd", [4]),
        ("a\nb\nc", "x\na\nb\nc", [1]),
        ("a\nb\nc\nd", "a\nd", [2]),
        ("a\nb\nc\nd\ne", "a\nB\nc\nD\ne", [2, 4]),
    ])
    func changedLinesAreThoseOfTheNewText(_ old: String, _ new: String, _ lines: [Int]) {
        #expect(LineDiff.changedLines(from: old, to: new) == lines)
    }

    @Test func lineNumbersAreShownAsRanges() {
        #expect(LineDiff.describe([3, 4, 5, 9, 11, 12]) == "3–5, 9, 11–12")
    }

    @Test(arguments: [
        ("<p>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x263A;</p>", false, "a & b <c> \"d\" 'e' ☺"),
        ("<p>x<code>**「y」**</code>z</p>", true, "x z"),
        ("<pre><code class=\"language-md\">**「y」**\n</code></pre>", true, " "),
    ])
    func renderedTextIsWhatReadersSee(_ html: String, _ skipCode: Bool, _ text: String) {
        #expect(VisibleText.plain(html, skipCode: skipCode) == text)
    }

    @Test func anchorsComeFromIdsOrElseFromHeadingText() {
        let withIDs = AnchorTargets(
            RenderedMarkdown(html: "<h2 id=\"our-vision\">Our Vision</h2>\n<h3 id=\"x\">Y</h3>"))
        #expect(withIDs.ids == ["our-vision", "x"])
        #expect(!withIDs.contains("y"))
        let without = AnchorTargets(RenderedMarkdown(html: "<h2>Our  Vision</h2>\n<h2>目標 {#targets}</h2>"))
        #expect(without.contains("our-vision"))
        #expect(without.contains("目標"))
        #expect(without.contains("targets"))
        #expect(without.contains("%E7%9B%AE%E6%A8%99"))
    }
}
