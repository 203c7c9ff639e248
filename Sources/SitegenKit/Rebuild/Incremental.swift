import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// How a build after an edit differs from a build from scratch. Only `SiteRebuild` (for
/// `sitegen serve`) asks for any of it; `sitegen build` and `check` never do.
struct Incremental: Sendable, Equatable {
    /// Render only the pages from these sources (`content/a.ja.md`), after edits to Markdown
    /// bodies only: the search index is made again, but the other pages and the files that
    /// depend only on front matter, settings and the theme (stand-ins, the root chooser,
    /// assets, media, sitemap, feeds, calendars, 404s, host files) are not: the caller keeps
    /// them from its last build.
    var renderOnly: Set<String>?
    /// Return a `BuildMemo` in `BuildResult.memo` for the next build.
    var keepsMemo = false
    /// With `renderOnly`, leave the search files out of the build and return what makes them in
    /// `BuildResult.deferredSearch` (the edited page first, the index after).
    var defersSearch = false
}
