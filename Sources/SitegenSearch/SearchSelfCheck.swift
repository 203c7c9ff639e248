import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// The search index's fast paths against its original `Character` walks on one input, for
/// the fuzzer (`SITEGEN_FUZZ_TARGET=search`) and for tests: they must always agree.
package enum SearchSelfCheck {
    /// What differs between the two paths for `html` (a page's rendered Markdown), or nil.
    package static func disagreement(html: String) -> String? {
        let fast = HTMLText(html: html)
        let original = HTMLText(characters: html)
        guard fast == original else { return "HTMLText: \(fast) against \(original)" }
        let text = original.text
        if SearchIndexBuilder.sentences(text) != SearchIndexBuilder.sentences(characters: text) {
            return "sentences differ"
        }
        if SearchIndexBuilder.excerpt(text) != SearchIndexBuilder.excerpt(characters: text) {
            return "excerpts differ"
        }
        if SearchIndexBuilder.sentencesJSON(text)
            != SearchIndex.sentencesJSON(SearchIndexBuilder.sentences(characters: text))
        {
            return "sentence JSON differs"
        }
        if let plain = PlainText(html: html) {
            func document(_ body: SearchIndexBuilder.Document.Body) -> SearchIndexBuilder.Document {
                SearchIndexBuilder.Document(title: "t", url: "u/", section: "", summary: nil, facts: [], body: body)
            }
            if SearchIndexBuilder.digest(document(.plain(plain)))
                != SearchIndexBuilder.digest(document(.text(original)))
            {
                return "digests differ"
            }
        }
        var packed: [String] = []
        SearchTokenizer.forEachSearchTerm(text) { packed.append($0.text) }
        if packed != SearchTokenizer.terms(text) { return "packed terms differ" }
        return nil
    }
}
