import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Builds a whole site from what the loader read: a pure function of its input.
///
/// plan (`SitePlan`) → render every page, in parallel, one libcmark parser per task → the
/// checks that need rendered pages (`RenderedChecks`) → the other files (lists, stand-ins,
/// aliases, assets, media, search, sitemap, feeds, calendars, 404s, host files).
public struct SiteBuilder: Sendable {
    public var source: SiteSource
    public var options: BuildOptions
    /// What the last build left for this one (see `BuildMemo`); only with `incremental`.
    var memo: BuildMemo?
    /// How this build reuses the last one (`SiteRebuild`); none for a build from scratch.
    var incremental: Incremental

    public init(source: SiteSource, options: BuildOptions = BuildOptions()) {
        self.init(source: source, options: options, memo: nil, incremental: Incremental())
    }

    init(source: SiteSource, options: BuildOptions = BuildOptions(), memo: BuildMemo?, incremental: Incremental) {
        self.source = source
        self.options = options
        self.memo = memo
        self.incremental = incremental
    }

    /// Builds the site. With a `sink`, each page goes to it as soon as it is rendered and the
    /// result lists only the other files (and the streamed pages' sizes in `streamed`).
    public func build(sink: OutputSink? = nil) async throws(BuildFailure) -> BuildResult {
        let plan = try await SitePlan.make(
            source: source, options: options, memo: memo, bodiesOnly: incremental.renderOnly != nil)
        let renderer = plan.renderer
        // A `renderOnly` build leaves out what does not depend on Markdown bodies (see Incremental).
        let whole = incremental.renderOnly == nil
        // Sitemap, feeds, calendars and 404s need nothing from the pages: made while they render.
        let publisher = Publisher(index: plan.index, context: plan.context, templates: plan.templates)
        async let published = whole ? publisher.files() : []
        let rendered = try await renderAll(renderer, index: plan.index, sink: sink)
        var warnings = plan.warnings + rendered.warnings
        // Ids and digests of pages this build did not render come from the last build (`sitegen serve`).
        var anchors = whole ? [:] : memo?.anchors ?? [:]
        anchors.merge(rendered.anchors) { $1 }
        warnings += try RenderedChecks(plan: plan, renderer: renderer, anchors: anchors).afterBuild(
            rendered.checkedLinks)
        var digests = whole ? [:] : memo?.searchDigests ?? [:]
        digests.merge(rendered.fresh) { $1 }
        var files = rendered.files
        if whole { files += try await otherFiles(plan, renderer: renderer) }
        let search = try await searchFiles(
            plan, collector: rendered.search, digests: digests, changed: Set(rendered.fresh.keys), sink: sink)
        files += search.files
        files += await published
        if whole { files += publisher.hostFiles(paths: Array(plan.addresses.producers.keys)) }
        files.sort { $0.path < $1.path }
        if options.strict && !warnings.isEmpty {
            throw BuildFailure(
                warnings.map {
                    var error = $0
                    error.severity = .error
                    return error
                })
        }
        var counts: [String: Int] = [:]
        for page in plan.index.pages { counts[page.language, default: 0] += 1 }
        var result = BuildResult(
            files: files, warnings: warnings, pageCounts: counts, languages: plan.config.languages.map(\.code),
            streamed: rendered.streamed.merging(search.streamed) { $1 })
        result.deferredSearch = search.deferred
        result.heldBack = plan.heldBack
        result.timezone = plan.config.timezone
        result.previewNotes = PreviewMarkers.notes(plan)
        if incremental.keepsMemo {
            result.memo = BuildMemo(plan: plan, digests: digests, indexes: search.indexes, anchors: anchors)
        }
        return result
    }

    /// The files that do not come from one page's Markdown: later list pages, stand-ins,
    /// aliases, the root chooser, assets and media.
    private func otherFiles(_ plan: SitePlan, renderer: PageRenderer) async throws(BuildFailure) -> [OutputFile] {
        var files: [OutputFile]
        do throws(Diagnostic) {
            files = try await renderer.listPages()
        } catch {
            throw BuildFailure([error])
        }
        files += renderer.standIns()
        files += await TaxonomyPages(context: plan.context, templates: plan.templates).files()
        files += AliasPages(index: plan.index).files()
        files.append(renderer.root())
        files += plan.assets.files
        files += source.media.map { OutputFile(path: $0.outputPath, contents: .copy($0.sourcePath)) }
        return files
    }
}
