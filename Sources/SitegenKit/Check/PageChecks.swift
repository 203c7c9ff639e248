import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The checks of one page's rendered Markdown, in one list that `build` (as warnings, while
/// the page renders) and `check` both run, so the two cannot drift: raw HTML left out,
/// emphasis beside Japanese punctuation that did not render, language spans that did not.
enum PageChecks {
    static func findings(_ page: Page, rendered: RenderedMarkdown) -> [Diagnostic] {
        RawHTMLCheck.warnings(in: page, rendered: rendered)
            + EmphasisCheck.leftovers(in: page, html: rendered.html)
            + SpanCheck.leftovers(in: page, html: rendered.html)
    }
}
