import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What a build made, ready for the writer.
public struct BuildResult: Sendable {
    /// Sorted by path.
    public var files: [OutputFile]
    public var warnings: [Diagnostic]
    /// Pages written per language code (translations that exist, not stand-ins).
    public var pageCounts: [String: Int]
    /// The site's languages in order, for the summary.
    public var languages: [String]
    /// Pages already handed to the build's `OutputSink`, not in `files`: path → size in bytes.
    public var streamed: [String: Int] = [:]
    /// What the next build may reuse, when `SiteRebuild` asked for it.
    public var memo: BuildMemo?
    /// The search files still to make, when `SiteRebuild` left them out of a build after an edit.
    public var deferredSearch: DeferredSearch?
    /// Pages the build left out (drafts, scheduled, expired), for the summary.
    public var heldBack: [HeldPage] = []
    /// The site's time zone (`timezone` in site.yaml), for the summary's dates.
    public var timezone = "UTC"
    /// Under `serve` (`BuildOptions.previewsHeldBack`, or `--drafts`): the note at the top of
    /// each page a plain build leaves out, by output path (`PreviewMarkers`).
    public var previewNotes: [String: String] = [:]
}
