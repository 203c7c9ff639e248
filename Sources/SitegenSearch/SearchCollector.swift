import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// Gathers the pages' search digests into each language's index as pages finish rendering,
/// in whatever order they finish, so no digest outlives its page's render.
///
/// A page's number in its language's index is its position among that language's pages in
/// the site index, whatever order it arrives in; `index(language:)` puts postings back in
/// page order, so the result is the same as merging in order.
package struct SearchCollector: Sendable {
    private struct Partial: Sendable {
        package var entries: [SearchIndex.Entry?]
        package var sentences: [[UInt8]]
        package var terms = TermTable(capacity: 4096)
        /// Postings by term number (see `terms`).
        package var postings: [[SearchIndex.Posting]] = []
        /// False once a page arrived before one with a lower number.
        package var inOrder = true
        package var last = -1
        /// The snippets file being written as pages arrive, in a build that streams it.
        package var snippets: SnippetStream?
    }

    /// `search-text.js` written page by page (pages arrive in order in a full build), so no
    /// page's sentences are kept: on a big site they are the size of all its text.
    private struct SnippetStream: Sendable {
        package var stream: OutputStream
        package var buffer: [UInt8] = []
        package var written = 0
        /// The next page to write; a page arriving early waits in `early`.
        package var next = 0
        package var early: [Int: [UInt8]] = [:]

        package mutating func add(_ sentences: [UInt8], id: Int) throws(Diagnostic) {
            early[id] = sentences
            while let page = early.removeValue(forKey: next) {
                if next > 0 { buffer.append(contentsOf: ",\n".utf8) }
                buffer.append(contentsOf: page)
                next += 1
            }
            if buffer.count >= SearchIndex.pieceSize { try flush() }
        }

        package mutating func flush() throws(Diagnostic) {
            guard !buffer.isEmpty else { return }
            written += buffer.count
            let write = stream.write
            let result = buffer.withUnsafeBytes { piece in Result { () throws(Diagnostic) in try write(piece) } }
            buffer.removeAll(keepingCapacity: true)
            try result.get()
        }
    }

    private var partials: [String: Partial]
    /// The first error writing a snippets file, reported by `finishSnippets()`.
    private var failure: Diagnostic?
    /// Sizes of the snippets files already written, by language.
    package private(set) var snippetSizes: [String: Int] = [:]
    /// Each page's number in its language's index, by source path.
    private var ids: [String: Int] = [:]

    /// `pageCounts`: how many pages each language's index holds.
    package init(pageCounts: [String: Int]) {
        partials = pageCounts.mapValues { count in
            Partial(entries: Array(repeating: nil, count: count), sentences: Array(repeating: [], count: count))
        }
    }

    /// A collector for `pages`, numbered in their order within each language.
    package init(pages: [Page]) {
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
    package func id(of page: Page) -> Int? { ids[page.source] }

    /// Whether `page` has its digest already.
    package func has(_ page: Page) -> Bool {
        guard let id = ids[page.source] else { return false }
        return partials[page.language]?.entries[id] != nil
    }

    /// Starts each language's snippets file through `open`; from now on, sentences are written
    /// as pages arrive instead of kept. `finishSnippets()` or `abandonSnippets()` closes the files
    /// (this closes the ones it opened when it fails).
    package mutating func streamSnippets(_ open: (String) throws(Diagnostic) -> OutputStream) throws(Diagnostic) {
        for language in partials.keys.sorted() {
            let stream: OutputStream
            do throws(Diagnostic) {
                stream = try open(SearchIndex.textPath(language: language))
            } catch {
                abandonSnippets()
                throw error
            }
            var snippets = SnippetStream(stream: stream)
            snippets.buffer = SearchIndex.textHeader(language: language)
            partials[language]!.snippets = snippets
        }
    }

    /// Ends and closes the snippets files `streamSnippets` started (see `snippetSizes`). Every
    /// file is closed, whatever fails; the first failure is thrown.
    package mutating func finishSnippets() throws(Diagnostic) {
        var firstFailure = failure
        for language in partials.keys.sorted() {
            guard var snippets = partials[language]!.snippets else { continue }
            partials[language]!.snippets = nil
            do throws(Diagnostic) {
                // Every page of a full build gives a digest; a gap would leave a file that
                // silently lacks pages, so it is an error instead.
                let missing = partials[language]!.entries.count - snippets.next
                guard firstFailure == nil, missing == 0 else {
                    try? snippets.stream.close()
                    if firstFailure == nil {
                        firstFailure = Diagnostic(
                            path: SearchIndex.textPath(language: language),
                            message: "the search snippets lack \(missing) pages (a bug in sitegen)",
                            hint:
                                "please report it with the site; removing templates/search.mustache builds the site without search"
                        )
                    }
                    continue
                }
                snippets.buffer.append(contentsOf: "];\n".utf8)
                do throws(Diagnostic) {
                    try snippets.flush()
                } catch {
                    try? snippets.stream.close()
                    throw error
                }
                try snippets.stream.close()
                snippetSizes[language] = snippets.written
            } catch {
                firstFailure = firstFailure ?? error
            }
        }
        if let firstFailure { throw firstFailure }
    }

    /// Closes the snippets files without ending them, when the build failed anyway (the writer
    /// removes its staging folder).
    package mutating func abandonSnippets() {
        for language in partials.keys {
            try? partials[language]!.snippets?.stream.close()
            partials[language]!.snippets = nil
        }
    }

    /// Adds `page`'s digest.
    package mutating func add(_ digest: SearchIndexBuilder.PageDigest, for page: Page) {
        guard let id = ids[page.source] else { return }
        add(digest, language: page.language, id: id)
    }

    /// Adds page `id` of `language`.
    package mutating func add(_ digest: SearchIndexBuilder.PageDigest, language: String, id: Int) {
        guard var partial = partials.removeValue(forKey: language) else { return }
        partial.entries[id] = digest.entry
        if partial.snippets != nil {
            do throws(Diagnostic) {
                try partial.snippets!.add(digest.sentences, id: id)
            } catch {
                failure = failure ?? error
            }
        } else {
            partial.sentences[id] = digest.sentences
        }
        // Term numbers first (new terms get their empty lists), then every posting appended
        // through one pointer to the lists: indexing `postings[number]` for each posting
        // checked the outer array's uniqueness every time.
        var numbers: [Int] = []
        numbers.reserveCapacity(digest.terms.count)
        for term in digest.terms {
            let number = partial.terms.number(of: term.term)
            if number == partial.postings.count { partial.postings.append([]) }
            numbers.append(number)
        }
        partial.postings.withUnsafeMutableBufferPointer { lists in
            for (number, term) in zip(numbers, digest.terms) {
                lists[number].append(.init(page: id, weight: term.weight))
            }
        }
        if id < partial.last { partial.inOrder = false }
        partial.last = id
        partials[language] = partial
    }

    /// The index of `language`; every page must have been added.
    package func index(language: String) -> SearchIndex {
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
