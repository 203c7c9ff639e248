import SitegenCore
import SitegenMarkdown
import SitegenSearch

/// One page as `PageRenderer.render` leaves it: everything the checks and the search index
/// need from it, so that nothing renders the page again. `Output` is the page itself: the
/// `OutputFile` the renderer made, or the `RenderedPage` left once a build handed it to its sink.
struct PageRendering<Output: Sendable>: Sendable {
    var output: Output
    /// What the page gives the search index; nil without a search template, and in `check`.
    var search: SearchIndexBuilder.PageDigest?
    /// The links the render set aside (see `PageRenderer.Links`).
    var checkedLinks: [LinkReference]
    /// What `PageChecks` found in the rendered Markdown.
    var warnings: [Diagnostic]
    /// The ids the page offers to `#fragment` links and menu entries.
    var anchors: PageAnchors

    /// The same rendering with its page replaced by `made(output)`.
    func map<Other>(_ made: (Output) throws(Diagnostic) -> Other) throws(Diagnostic) -> PageRendering<Other> {
        PageRendering<Other>(
            output: try made(output), search: search, checkedLinks: checkedLinks, warnings: warnings,
            anchors: anchors)
    }
}
