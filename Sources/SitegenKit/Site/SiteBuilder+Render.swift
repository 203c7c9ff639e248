import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

extension SiteBuilder {
    /// What rendering the pages gives back: the pages (or, with a sink, their sizes), their
    /// search digests, the links to check once all are rendered, what it found to warn of, and
    /// the ids each page offers.
    struct RenderedPages {
        var files: [OutputFile] = []
        var streamed: [String: Int] = [:]
        var search: SearchCollector
        /// Digests by source, for a build that renders only some pages or keeps a memo.
        var fresh: [String: SearchIndexBuilder.PageDigest] = [:]
        var checkedLinks: [(page: Page, links: [LinkReference])] = []
        var warnings: [Diagnostic] = []
        /// The ids each rendered page offers, by source, for the checks of `#fragment`s.
        var anchors: [String: PageAnchors] = [:]
    }

    /// One page's render, as a task hands it back: its page handed to the sink (or kept).
    typealias PageResult = Result<PageRendering<RenderedPage>, Diagnostic>

    /// Renders every page in parallel; collects every page's errors before failing. Pages go to
    /// `sink` when there is one (returned as path → size), else are returned. Each page's search
    /// digest goes into the search index as the page arrives, in a full build; a build that renders
    /// only some pages (or keeps digests for the next) also returns them by source.
    func renderAll(_ renderer: PageRenderer, index: SiteIndex, sink: OutputSink?) async throws(BuildFailure)
        -> RenderedPages
    {
        // With `incremental.renderOnly`, only the pages from those sources (`sitegen serve` keeps the rest).
        let pages =
            incremental.renderOnly.map { only in index.pages.filter { only.contains($0.source) } } ?? index.pages
        var rendered = RenderedPages(search: SearchCollector(pages: index.pages))
        let collects = incremental.renderOnly == nil
        let keeps = incremental.renderOnly != nil || incremental.keepsMemo
        // Writing to a staging folder, the snippets file is written as pages arrive (see
        // SearchCollector.streamSnippets); a build that keeps a memo needs the sentences.
        if collects, !keeps, renderer.templates.has("search"), let open = sink?.open {
            do throws(Diagnostic) {
                try rendered.search.streamSnippets(open)
            } catch {
                throw BuildFailure([error])
            }
        }
        let results = await renderInOrder(pages, renderer: renderer, sink: sink) { position, digest in
            if collects { rendered.search.add(digest, for: pages[position]) }
            if keeps { rendered.fresh[pages[position].source] = digest }
        }
        var problems: [Diagnostic] = []
        for (page, result) in zip(pages, results) {
            switch result {
            case .success(let done):
                if !done.checkedLinks.isEmpty { rendered.checkedLinks.append((page, done.checkedLinks)) }
                rendered.warnings += done.warnings
                rendered.anchors[page.source] = done.anchors
                switch done.output {
                case .kept(let file): rendered.files.append(file)
                case .streamed(let path, let size): rendered.streamed[path] = size
                }
            case .failure(let error): problems.append(error)
            }
        }
        if !problems.isEmpty {
            rendered.search.abandonSnippets()
            throw BuildFailure(problems)
        }
        do throws(Diagnostic) {
            try rendered.search.finishSnippets()
        } catch {
            throw BuildFailure([error])
        }
        return rendered
    }

    /// Renders `pages` with a few tasks per core in flight, not one per page (tasks for 20,000
    /// pages at once cost memory and locality for nothing). Each page's search digest goes to
    /// `digest` in page order (held back briefly when a later page finishes first), so each
    /// term's postings come out already sorted. Results are in the order of `pages`.
    private func renderInOrder(
        _ pages: [Page], renderer: PageRenderer, sink: OutputSink?,
        digest: (Int, SearchIndexBuilder.PageDigest) -> Void
    ) async -> [PageResult] {
        let render: @Sendable (Int) -> (Int, PageResult) = { position in
            (
                position,
                Result { () throws(Diagnostic) in
                    try renderer.render(pages[position]).map { file throws(Diagnostic) in
                        try RenderedPage(file, sink: sink)
                    }
                }
            )
        }
        return await withTaskGroup(of: (Int, PageResult).self) { group in
            let window = 4 * ProcessInfo.processInfo.activeProcessorCount
            var next = 0
            while next < min(window, pages.count) {
                group.addTask { [next] in render(next) }
                next += 1
            }
            var results = [PageResult?](repeating: nil, count: pages.count)
            var waiting: [Int: SearchIndexBuilder.PageDigest] = [:]
            var nextDigest = 0
            for await (position, result) in group {
                if case .success(var rendered) = result {
                    if let search = rendered.search { waiting[position] = search }
                    rendered.search = nil
                    results[position] = .success(rendered)
                } else {
                    results[position] = result
                }
                while nextDigest < pages.count, results[nextDigest] != nil {
                    if let search = waiting.removeValue(forKey: nextDigest) { digest(nextDigest, search) }
                    nextDigest += 1
                }
                if next < pages.count {
                    group.addTask { [next] in render(next) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
