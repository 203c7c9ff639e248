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
/// Every pass is on (tables, task lists, footnotes, strikethrough, autolinks, CJK-friendly
/// emphasis, CJK line breaks, heading anchors) and raw HTML is allowed, as the spec expects. Smart punctuation is not CommonMark, so it is off:
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

    /// What an extension makes of an example on purpose: why, and the HTML it renders instead.
    struct Change {
        var reason: String
        var html: String
    }

    /// Examples a pass changes on purpose, beyond heading anchors. The spec has no CJK text, no
    /// `{#id}`, no pipe tables, no `~`, no `[^` and no task markers; its addresses written
    /// without `<…>` become links, as GitHub's autolinks extension makes them (the GFM spec keeps
    /// CommonMark's HTML for these examples, as its tests run each example with its own
    /// extensions only; cmark-gfm with autolinks on renders what is below).
    static let changedOnPurpose: [Int: Change] = [
        601: Change(
            reason: "autolinks: an address in text is a link, up to the space",
            html: "<p>&lt;<a href=\"http://foo.bar/baz\">http://foo.bar/baz</a> bim&gt;</p>\n"),
        605: Change(
            reason: "autolinks: an e-mail address in text is a link",
            html: "<p>&lt;<a href=\"mailto:foo+@bar.example.com\">foo+@bar.example.com</a>&gt;</p>\n"),
        607: Change(
            reason: "autolinks: an address in text is a link",
            html: "<p>&lt; <a href=\"http://foo.bar\">http://foo.bar</a> &gt;</p>\n"),
        610: Change(
            reason: "autolinks: an address in text is a link",
            html: "<p><a href=\"http://example.com\">http://example.com</a></p>\n"),
        611: Change(
            reason: "autolinks: an e-mail address in text is a link",
            html: "<p><a href=\"mailto:foo@bar.example.com\">foo@bar.example.com</a></p>\n"),
    ]

    static let examples = loadExamples("commonmark-0.30-spec", in: "Fixtures/commonmark")

    /// The examples of a spec's JSON fixture; none when it cannot be read (a test then fails).
    static func loadExamples(_ name: String, in folder: String) -> [Example] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: folder),
            let data = try? Data(contentsOf: url),
            let examples = try? JSONDecoder().decode([Example].self, from: data)
        else { return [] }
        return examples
    }

    /// Every pass on, raw HTML allowed, smart punctuation off.
    static let renderer = MarkdownRenderer(
        options: MarkdownOptions(
            unsafe: true, cjkFriendly: true, smartPunctuation: false, tables: true, footnotes: true,
            strikethrough: true, taskLists: true, autolinks: true))

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
        let html = try Self.renderer.render(
            example.markdown, language: language, headings: BuiltInHeadings.markup(language)
        ).html
        let change = Self.changedOnPurpose[example.example]
        #expect(
            Self.normalised(html) == change?.html ?? example.html,
            "\(example.testDescription) \(change?.reason ?? "")\n\(example.markdown)")
    }

    @Test func examplesChangedOnPurposeAreRenderedAsCommonMarkWithTheExtensionsOff() throws {
        let plain = MarkdownRenderer(
            options: MarkdownOptions(
                unsafe: true, smartPunctuation: false, footnotes: false, strikethrough: false, taskLists: false,
                autolinks: false))
        for example in Self.examples where Self.changedOnPurpose[example.example] != nil {
            #expect(try plain.render(example.markdown).html == example.html, "\(example.testDescription)")
        }
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
