import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The byte-level fast paths for addresses and heading anchors against the general walks
/// they stand in for, on one input, for the fuzzer (`SITEGEN_FUZZ_TARGET=paths`): where
/// a fast path answers at all, it must answer what the general one does.
///
/// `LinkResolverPathTests`, `RelativeAddressTests` and `ScalarClassTests` check the same on
/// generated inputs; the fuzzer feeds what nobody thought of.
package enum PathSelfCheck {
    /// What differs for `text`, read as a heading and as two addresses (`from|to`); nil when
    /// everything agrees.
    package static func disagreement(_ text: String) -> String? {
        if let fast = HeadingSlug.caselessSlug(text), fast != HeadingSlug.generalSlug(text) {
            return "slug of \(text.debugDescription): \(fast) against \(HeadingSlug.generalSlug(text))"
        }
        let halves = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if halves.count == 2, let fast = URLScheme.asciiRelative(from: halves[0], to: halves[1]) {
            let general = URLScheme.componentRelative(from: halves[0], to: halves[1])
            if fast != general { return "relative address \(text.debugDescription): \(fast) against \(general)" }
        }
        return nil
    }
}
