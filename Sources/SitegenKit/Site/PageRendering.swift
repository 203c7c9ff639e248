import SitegenCore
import SitegenMarkdown
import SitegenSearch

/// One page as `PageRenderer.render` leaves it: everything the checks and the search index
/// need from it, so that nothing renders the page again.
struct PageRendering: Sendable {
    var file: OutputFile
    /// What the page gives the search index; nil without a search template, and in `check`.
    var search: SearchIndexBuilder.PageDigest?
    /// The links the render set aside (see `PageRenderer.Links`).
    var checkedLinks: [LinkReference]
    /// What `PageChecks` found in the rendered Markdown.
    var warnings: [Diagnostic]
    /// The ids the page offers to `#fragment` links and menu entries.
    var anchors: PageAnchors
}
