import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The search files of a build of edited bodies, made after the build has returned
/// (`Incremental.defersSearch`, `SiteRebuild.searchFiles`): `sitegen serve` shows the edited page first and brings the
/// search index up to date a moment later, instead of keeping the page back while both
/// languages' indexes are written out again.
public struct DeferredSearch: Sendable {
    let search: SiteSearch
    let collector: SearchCollector
    let digests: [String: SearchIndexBuilder.PageDigest]
    let patch: SiteSearch.Patch?

    /// The search files of the build, exactly as the build would have made them; `memo`, the
    /// build's own, gets the new indexes for the next build to patch.
    public func files(updating memo: inout BuildMemo?) async throws(BuildFailure) -> [OutputFile] {
        do throws(Diagnostic) {
            let (files, indexes) = try await search.files(collector: collector, digests: digests, patch: patch)
            memo?.searchIndexes = indexes
            return files.compactMap { file in
                if case .kept(let file) = file { return file }
                return nil
            }
        } catch {
            // The memo's indexes are the last build's, its digests this one's: they no longer
            // match, so the next build makes its indexes from the digests.
            memo?.searchIndexes = [:]
            throw BuildFailure([error])
        }
    }
}
