import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What one build hands the next so work on unchanged input is not done again: carried from
/// build to build by `sitegen serve`, where one saved page must not mean re-reading every other.
///
/// Parsed pages are reused when their file's text is the same (and the site's languages are);
/// search digests only by a build of edited bodies (`Incremental.renderOnly`), whose front matter, settings and theme are those
/// of the build before.
public struct BuildMemo: Sendable {
    /// What the build read: `SiteRebuild` compares the next build's source with it.
    var source: SiteSource?
    var languages: [String] = []
    /// The content model the pages were parsed with: another one reads their keys differently.
    var model = ContentModel()
    /// The Markdown settings the pages' automatic summaries were made with.
    var markdown = MarkdownOptions()
    /// By display path (`content/a.ja.md`).
    var pages: [String: ParsedFile] = [:]
    /// By page source.
    var searchDigests: [String: SearchIndexBuilder.PageDigest] = [:]
    /// The ids each page offered, by page source: a build of edited bodies checks `#fragment`
    /// links to the pages it did not render against them.
    var anchors: [String: PageAnchors] = [:]
    /// Each language's search index as written, patched by the next build of edited bodies.
    var searchIndexes: [String: SearchIndex] = [:]
    /// The parsed templates and the sources they came from, reused while the sources are equal.
    var templates: (sources: [TemplateSource], set: TemplateSet)?
    /// What `build` finds in front matter alone (missing translations, unknown keys, facts that
    /// differ between translations): a build of edited bodies has the same front matter.
    var frontMatterWarnings: [Diagnostic]?

    public init() {}

    /// What a build leaves: its languages, every page it parsed with the text it came from, and
    /// its search digests and indexes.
    init(
        languages: [String], files: [SourceFile], parsed: [Result<Page, Diagnostic>],
        searchDigests: [String: SearchIndexBuilder.PageDigest], searchIndexes: [String: SearchIndex]
    ) {
        self.languages = languages
        for (file, result) in zip(files, parsed) {
            if case .success(let page) = result { pages[file.displayPath] = ParsedFile(text: file.text, page: page) }
        }
        self.searchDigests = searchDigests
        self.searchIndexes = searchIndexes
    }

    /// What a build of `plan` leaves: `init(languages:…)`, the plan's content model,
    /// templates and front matter findings, and the ids of its pages.
    init(
        plan: SitePlan, digests: [String: SearchIndexBuilder.PageDigest], indexes: [String: SearchIndex],
        anchors: [String: PageAnchors]
    ) {
        self.init(
            languages: plan.config.languages.map(\.code), files: plan.source.pages, parsed: plan.parsed,
            searchDigests: digests, searchIndexes: indexes)
        source = plan.source
        model = plan.model
        markdown = plan.config.markdown
        templates = (plan.theme.sources, plan.templates)
        frontMatterWarnings = plan.frontMatterWarnings
        self.anchors = anchors
    }

    /// How many parsed pages and search digests it holds.
    public var counts: (pages: Int, searchDigests: Int) { (pages.count, searchDigests.count) }
}
