/// Gathers the pages' search digests into each language's index as pages finish rendering,
/// in whatever order they finish, so no digest outlives its page's render.
///
/// A page's number in its language's index is its position among that language's pages in
/// the site index, whatever order it arrives in; `index(language:)` puts postings back in
/// page order, so the result is the same as merging in order.
struct SearchCollector: Sendable {
    private struct Partial: Sendable {
        var entries: [SearchIndex.Entry?]
        var sentences: [[UInt8]]
        var terms = TermTable(capacity: 4096)
        /// Postings by term number (see `terms`).
        var postings: [[SearchIndex.Posting]] = []
        /// False once a page arrived before one with a lower number.
        var inOrder = true
        var last = -1
    }

    private var partials: [String: Partial]
    /// Each page's number in its language's index, by source path.
    private var ids: [String: Int] = [:]

    /// `pageCounts`: how many pages each language's index holds.
    init(pageCounts: [String: Int]) {
        partials = pageCounts.mapValues { count in
            Partial(entries: Array(repeating: nil, count: count), sentences: Array(repeating: [], count: count))
        }
    }

    /// A collector for `pages`, numbered in their order within each language.
    init(pages: [Page]) {
        var counts: [String: Int] = [:]
        var ids: [String: Int] = [:]
        for page in pages {
            ids[page.source] = counts[page.language, default: 0]
            counts[page.language, default: 0] += 1
        }
        self.init(pageCounts: counts)
        self.ids = ids
    }

    /// `page`'s number in its language's index.
    func id(of page: Page) -> Int? { ids[page.source] }

    /// Whether `page` has its digest already.
    func has(_ page: Page) -> Bool {
        guard let id = ids[page.source] else { return false }
        return partials[page.language]?.entries[id] != nil
    }

    /// Adds `page`'s digest.
    mutating func add(_ digest: SearchIndexBuilder.PageDigest, for page: Page) {
        guard let id = ids[page.source] else { return }
        add(digest, language: page.language, id: id)
    }

    /// Adds page `id` of `language`.
    mutating func add(_ digest: SearchIndexBuilder.PageDigest, language: String, id: Int) {
        guard var partial = partials.removeValue(forKey: language) else { return }
        partial.entries[id] = digest.entry
        partial.sentences[id] = digest.sentences
        for term in digest.terms {
            let number = partial.terms.number(of: term.term)
            if number == partial.postings.count { partial.postings.append([]) }
            partial.postings[number].append(.init(page: id, weight: term.weight))
        }
        if id < partial.last { partial.inOrder = false }
        partial.last = id
        partials[language] = partial
    }

    /// The index of `language`; every page must have been added.
    func index(language: String) -> SearchIndex {
        guard var partial = partials[language] else {
            return SearchIndex(language: language, pages: [], table: TermTable(), postings: [], sentences: [])
        }
        if !partial.inOrder {
            for number in partial.postings.indices { partial.postings[number].sort { $0.page < $1.page } }
        }
        return SearchIndex(
            language: language, pages: partial.entries.map { $0! }, table: partial.terms,
            postings: partial.postings, sentences: partial.sentences)
    }
}
