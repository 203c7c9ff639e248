import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

extension SiteBuilder {
    /// A build's search files: kept, or already streamed (path → size), or deferred for
    /// `sitegen serve`; and the indexes for the memo.
    struct SearchFiles {
        var files: [OutputFile] = []
        var streamed: [String: Int] = [:]
        var indexes: [String: SearchIndex] = [:]
        var deferred: DeferredSearch?
    }

    /// An index and a search page per language, when the theme has a `search` template. The
    /// indexes are the largest files of a big site: they go to the sink straight away. A
    /// `renderOnly` build patches the last build's indexes for the `changed` sources.
    func searchFiles(
        _ plan: SitePlan, collector: SearchCollector, digests: [String: SearchIndexBuilder.PageDigest],
        changed: Set<String>, sink: OutputSink?
    ) async throws(BuildFailure) -> SearchFiles {
        var patch: SiteSearch.Patch?
        if incremental.renderOnly != nil, let memo, !memo.searchIndexes.isEmpty {
            patch = SiteSearch.Patch(indexes: memo.searchIndexes, oldDigests: memo.searchDigests, changed: changed)
        }
        let siteSearch = SiteSearch(index: plan.index, context: plan.context, templates: plan.templates)
        var result = SearchFiles()
        if incremental.defersSearch, incremental.renderOnly != nil {
            // The memo gets this build's indexes from `DeferredSearch.files`; until then it has
            // none (the last build's would not match this build's digests), so a caller that
            // never makes the deferred files leaves the next build to make indexes from digests.
            result.deferred = DeferredSearch(search: siteSearch, collector: collector, digests: digests, patch: patch)
            return result
        }
        do throws(Diagnostic) {
            let search = try await siteSearch.files(collector: collector, digests: digests, patch: patch, sink: sink)
            if incremental.keepsMemo { result.indexes = search.indexes }
            for file in search.files {
                switch file {
                case .kept(let file): result.files.append(file)
                case .streamed(let path, let size): result.streamed[path] = size
                }
            }
        } catch {
            throw BuildFailure([error])
        }
        return result
    }
}
