import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// Built-in offline search: for each language, an index (`<lang>/search-index.js`), the pages'
/// sentences for snippets (`<lang>/search-text.js`) and a search page (`<lang>/search/index.html`).
///
/// Search is on when the theme has a `search` template; the theme's `assets/search.js` does
/// the querying in the reader's browser with the same folding and segmentation as
/// `SearchTokenizer`.
package struct SiteSearch: Sendable {
    package let index: SiteIndex
    package let context: PageContext
    package let templates: TemplateSet

    package init(index: SiteIndex, context: PageContext, templates: TemplateSet) {
        self.index = index
        self.context = context
        self.templates = templates
    }

    /// The last build's indexes and digests, and the pages rendered again since: enough to patch
    /// the indexes instead of merging every page again (`sitegen serve`, see `BuildMemo`).
    package struct Patch: Sendable {
        package var indexes: [String: SearchIndex]
        package var oldDigests: [String: SearchIndexBuilder.PageDigest]
        package var changed: Set<String>

        package init(
            indexes: [String: SearchIndex], oldDigests: [String: SearchIndexBuilder.PageDigest], changed: Set<String>
        ) {
            self.indexes = indexes
            self.oldDigests = oldDigests
            self.changed = changed
        }
    }

    /// The files, from the digests the page renders gave `collector`; a page without one takes
    /// it from `digests` (a page this build did not render), else has its Markdown rendered
    /// again here. With a `patch`, the last build's indexes are patched instead. Languages are
    /// written on cores of their own; each file goes to `sink` as soon as it is made, when
    /// there is one. Also returns each language's index.
    package func files(
        collector: SearchCollector? = nil, digests: [String: SearchIndexBuilder.PageDigest] = [:],
        patch: Patch? = nil, sink: OutputSink? = nil
    ) async throws(Diagnostic) -> (files: [RenderedPage], indexes: [String: SearchIndex]) {
        guard templates.has("search") else { return ([], [:]) }
        let collected = collector ?? SearchCollector(pages: index.pages)
        let results = await withTaskGroup(of: (Int, Result<([RenderedPage], SearchIndex), Diagnostic>).self) { group in
            for (position, language) in index.config.languages.enumerated() {
                group.addTask {
                    (
                        position,
                        Result { () throws(Diagnostic) in
                            try self.files(of: language, collected, digests: digests, patch: patch, sink: sink)
                        }
                    )
                }
            }
            var results = [Result<([RenderedPage], SearchIndex), Diagnostic>?](
                repeating: nil, count: index.config.languages.count)
            for await (position, result) in group { results[position] = result }
            return results.map { $0! }
        }
        var files: [RenderedPage] = []
        var indexes: [String: SearchIndex] = [:]
        for result in results {
            let (languageFiles, searchIndex) = try result.get()
            files += languageFiles
            indexes[searchIndex.language] = searchIndex
        }
        return (files, indexes)
    }

    /// One language's index, snippets and search page.
    private func files(
        of language: Language, _ collector: SearchCollector, digests: [String: SearchIndexBuilder.PageDigest],
        patch: Patch?, sink: OutputSink?
    ) throws(Diagnostic) -> ([RenderedPage], SearchIndex) {
        let searchIndex =
            patched(language, collector, digests: digests, patch: patch)
            ?? collected(language, collector, digests: digests)
        var files: [RenderedPage] = []
        files.append(
            try Self.write(SearchIndex.path(language: language.code), sink: sink) { emit throws(Diagnostic) in
                try searchIndex.writeJavaScript(emit)
            })
        if let size = collector.snippetSizes[language.code] {
            // Written while the pages rendered.
            files.append(.streamed(path: SearchIndex.textPath(language: language.code), size: size))
        } else {
            files.append(
                try Self.write(SearchIndex.textPath(language: language.code), sink: sink) { emit throws(Diagnostic) in
                    try searchIndex.writeTextJavaScript(emit)
                })
        }
        files.append(
            try RenderedPage(SearchPage(context: context, templates: templates).render(language: language), sink: sink))
        return (files, searchIndex)
    }

    /// A file made in pieces: streamed to the sink when it takes pieces, else gathered.
    private static func write(
        _ path: String, sink: OutputSink?,
        _ make: ((UnsafeRawBufferPointer) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> RenderedPage {
        guard let open = sink?.open else {
            return try RenderedPage(OutputFile(path: path, contents: .bytes(SearchIndex.collect(make))), sink: sink)
        }
        let stream = try open(path)
        var size = 0
        do throws(Diagnostic) {
            try make { piece throws(Diagnostic) in
                size += piece.count
                try stream.write(piece)
            }
        } catch {
            try? stream.close()
            throw error
        }
        try stream.close()
        return .streamed(path: path, size: size)
    }

    /// The last build's index of `language` with the changed pages put in, when `patch` has
    /// everything that takes.
    private func patched(
        _ language: Language, _ collector: SearchCollector, digests: [String: SearchIndexBuilder.PageDigest],
        patch: Patch?
    ) -> SearchIndex? {
        guard let patch, var searchIndex = patch.indexes[language.code] else { return nil }
        for page in index.pages where page.language == language.code && patch.changed.contains(page.source) {
            guard let id = collector.id(of: page), id < searchIndex.pages.count,
                let old = patch.oldDigests[page.source],
                let new = digests[page.source]
            else { return nil }
            searchIndex.replace(page: id, old: old, new: new)
        }
        return searchIndex
    }

    /// The index of `language` from the digests in `collector` and `digests`, rendering the
    /// Markdown of a page that has none.
    private func collected(
        _ language: Language, _ collector: SearchCollector, digests: [String: SearchIndexBuilder.PageDigest]
    ) -> SearchIndex {
        var collector = collector
        let strings = context.strings[language.code] ?? ThemeStrings()
        let markdown = MarkdownRenderer(options: index.config.markdown)
        for page in index.pages where page.language == language.code && !collector.has(page) {
            if let digest = digests[page.source] {
                collector.add(digest, for: page)
                continue
            }
            let headings = ThemeHeadings.markup(templates: templates, strings: strings)
            let rendered = try? markdown.render(
                String(page.body), language: page.language, headings: headings, footnotes: strings.footnoteMarkup)
            let html = rendered?.html ?? ""
            let document = SearchIndexBuilder.document(
                page, html: html, index: index, language: language, strings: strings)
            collector.add(SearchIndexBuilder.digest(document), for: page)
        }
        return collector.index(language: language.code)
    }
}
