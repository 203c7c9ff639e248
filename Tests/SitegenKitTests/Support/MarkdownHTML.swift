@testable import SitegenCore
@testable import SitegenMarkdown

/// Markdown rendered alone, without a theme, for tests of the Markdown stage's passes.
enum MarkdownHTML {
    /// The HTML of `markdown` on a page in `language` (Japanese unless said).
    static func render(_ markdown: String, language: String = "ja", options: MarkdownOptions = MarkdownOptions())
        throws -> String
    {
        try MarkdownRenderer(options: options).render(markdown, language: language).html
    }
}
