import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The 652 examples of CommonMark 0.30 through sitegen's whole Markdown stage.
///
/// Every pass is on (tables, CJK-friendly emphasis, CJK line breaks, heading anchors) and raw
/// HTML is allowed, as the spec expects. Smart punctuation is not CommonMark, so it is off:
/// on Japanese pages it is always off, and English pages are run with `smartPunctuation: false`.
/// Heading anchors change every `h2`–`h4` on purpose (an id, a wrapper and a self-link);
/// `normalised` takes exactly those away again before comparing, so the heading examples
/// still check the heading's content. No example is otherwise allowed to differ.
@Suite struct CommonMarkSpecTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var markdown: String
        var html: String
        var example: Int
        var section: String

        var testDescription: String { "example \(example) (\(section))" }
    }

    /// Examples a pass changes on purpose, beyond heading anchors, with the reason. Empty:
    /// the spec has no CJK text, no `{#id}` and no pipe tables.
    static let changedOnPurpose: [Int: String] = [:]

    static let examples: [Example] = {
        guard
            let url = Bundle.module.url(
                forResource: "commonmark-0.30-spec", withExtension: "json", subdirectory: "Fixtures/commonmark"),
            let data = try? Data(contentsOf: url),
            let examples = try? JSONDecoder().decode([Example].self, from: data)
        else { return [] }
        return examples
    }()

    @Test func allExamplesAreLoaded() {
        #expect(Self.examples.count == 652)
    }

    @Test(arguments: examples)
    func japanesePage(_ example: Example) throws {
        try check(example, language: "ja")
    }

    @Test(arguments: examples)
    func englishPage(_ example: Example) throws {
        try check(example, language: "en")
    }

    func check(_ example: Example, language: String) throws {
        guard Self.changedOnPurpose[example.example] == nil else { return }
        let renderer = MarkdownRenderer(
            options: MarkdownOptions(unsafe: true, cjkFriendly: true, smartPunctuation: false, tables: true))
        let html = try renderer.render(example.markdown, language: language, headings: BuiltInHeadings.markup(language))
            .html
        #expect(Self.normalised(html) == example.html, "\(example.testDescription)\n\(example.markdown)")
    }

    /// The HTML without what heading anchors add (the built-in theme's `partials/heading`): the
    /// wrapper, the id and the self-link.
    static func normalised(_ html: String) -> String {
        html.replacing(#/<div class="heading"><h([2-6]) id="[^"]*">/#) { "<h\($0.output.1)>" }
            .replacing(#/<a class="anchor" href="[^"]*" aria-label="[^"]*">#</a></div>/#, with: "")
    }

    @Test func normalisingTakesAwayOnlyTheAnchor() throws {
        let html = try MarkdownRenderer().render(
            "## Hello *world*\n", language: "en", headings: BuiltInHeadings.markup("en")
        )
        .html
        #expect(html.contains(#"<h2 id="hello-world">"#))
        #expect(Self.normalised(html) == "<h2>Hello <em>world</em></h2>\n")
    }
}
