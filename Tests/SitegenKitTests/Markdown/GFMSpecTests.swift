import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The examples of the GitHub Flavored Markdown spec's extensions that sitegen implements
/// (tables, task list items, strikethrough, autolinks) through its whole Markdown stage.
///
/// Every pass is on, raw HTML is allowed and smart punctuation is off, as in
/// `CommonMarkSpecTests`. The "Disallowed Raw HTML" extension is not one of sitegen's (its
/// safe mode leaves raw HTML out altogether), so its example is not in the fixture.
/// `normalised` takes away what sitegen writes differently on purpose, in both the expected and
/// the rendered HTML; no example is otherwise allowed to differ.
@Suite struct GFMSpecTests {
    typealias Example = CommonMarkSpecTests.Example

    /// Examples a pass changes on purpose, beyond `normalised`, with the reason. Empty.
    static let changedOnPurpose: [Int: String] = [:]

    static let examples = CommonMarkSpecTests.loadExamples("gfm-0.29-extensions", in: "Fixtures/gfm")

    @Test func allExamplesAreLoaded() {
        let sections = Dictionary(grouping: Self.examples, by: \.section).mapValues(\.count)
        #expect(sections == ["Tables": 8, "Task list items": 2, "Strikethrough": 2, "Autolinks": 11])
    }

    /// Each example on a Japanese page and on an English one.
    @Test(arguments: examples, ["ja", "en"])
    func render(_ example: Example, language: String) throws {
        guard Self.changedOnPurpose[example.example] == nil else { return }
        let html = try CommonMarkSpecTests.renderer.render(
            example.markdown, language: language, headings: BuiltInHeadings.markup(language)
        ).html
        #expect(
            Self.normalised(html) == Self.normalised(example.html), "\(example.testDescription)\n\(example.markdown)")
    }

    /// The HTML without what sitegen writes differently on purpose:
    /// - heading anchors, as `CommonMarkSpecTests.normalised` takes them away;
    /// - a table cell's alignment is `style="text-align: …"`, as HTML5 has it, where the spec
    ///   writes the obsolete `align="…"`; cells of a row follow each other on one line;
    /// - an `<input>`'s attributes are sorted and its closing `/` dropped: cmark-gfm writes
    ///   `<input type="checkbox" disabled="" />`, which sitegen does too, where the spec shows
    ///   `<input disabled="" type="checkbox">` (cmark-gfm's own test run skips these examples);
    /// - a task's checkbox and text are one `<label>`, so the box has a name (`TaskListPass`).
    static func normalised(_ html: String) -> String {
        CommonMarkSpecTests.normalised(html)
            .replacing(#/<label>(<input [^>]*>)/#) { $0.output.1 }.replacing("</label>", with: "")
            .replacing(#/ align="(left|center|right)"/#) { #" style="text-align: \#($0.output.1)""# }
            .replacing(#/(</t[hd]>)\n(<t[hd])/#) { "\($0.output.1)\($0.output.2)" }
            .replacing(#/<input([^>]*?) ?/?>/#) { match in
                let attributes = match.output.1.split(separator: " ").sorted()
                return "<input " + attributes.joined(separator: " ") + ">"
            }
    }

    @Test func normalisingTakesAwayOnlyWhatDiffersOnPurpose() {
        #expect(
            Self.normalised(#"<li><label><input type="checkbox" checked="" disabled="" /> a</label></li>"#)
                == Self.normalised(#"<li><input checked="" disabled="" type="checkbox"> a</li>"#))
        #expect(Self.normalised(#"<th align="right">a</th>"#) == #"<th style="text-align: right">a</th>"#)
        #expect(Self.normalised("<td>a</td>\n<td>b</td>") == "<td>a</td><td>b</td>")
        #expect(Self.normalised("<p>a</p>\n<p>b</p>") == "<p>a</p>\n<p>b</p>")
    }
}
