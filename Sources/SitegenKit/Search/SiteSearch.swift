/// Built-in offline search: for each language, an index (`<lang>/search-index.js`), the pages'
/// sentences for snippets (`<lang>/search-text.js`) and a search page (`<lang>/search/index.html`).
///
/// Search is on when the theme has a `search` template; the theme's `assets/search.js` does
/// the querying in the reader's browser with the same folding and segmentation as
/// `SearchTokenizer`.
struct SiteSearch: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet

    /// The files, from the digests the page renders gave `collector`; a page without one (not
    /// rendered by this build) has its Markdown rendered again here. Languages are written on
    /// cores of their own; each file goes to `sink` as soon as it is made, when there is one.
    func files(collector: SearchCollector? = nil, sink: OutputSink? = nil) async throws(Diagnostic) -> [RenderedPage] {
        guard templates.has("search") else { return [] }
        var collector = collector ?? SearchCollector(pages: index.pages)
        let markdown = MarkdownRenderer(options: index.config.markdown)
        for language in index.config.languages {
            let strings = context.strings[language.code] ?? ThemeStrings()
            for page in index.pages where page.language == language.code && !collector.has(page) {
                let html = (try? markdown.render(page.body, language: page.language).html) ?? ""
                let document = SearchIndexBuilder.document(
                    page, html: html, index: index, language: language, strings: strings)
                collector.add(SearchIndexBuilder.digest(document), for: page)
            }
        }
        let collected = collector
        let results = await withTaskGroup(of: (Int, Result<[RenderedPage], Diagnostic>).self) { group in
            for (position, language) in index.config.languages.enumerated() {
                group.addTask {
                    (position, Result { () throws(Diagnostic) in try self.files(of: language, collected, sink: sink) })
                }
            }
            var results = [Result<[RenderedPage], Diagnostic>](
                repeating: .success([]), count: index.config.languages.count)
            for await (position, result) in group { results[position] = result }
            return results
        }
        var files: [RenderedPage] = []
        for result in results { files += try result.get() }
        return files
    }

    /// One language's index, snippets and search page.
    private func files(of language: Language, _ collector: SearchCollector, sink: OutputSink?) throws(Diagnostic)
        -> [RenderedPage]
    {
        var files: [RenderedPage] = []
        let searchIndex = collector.index(language: language.code)
        files.append(
            try RenderedPage(
                OutputFile(path: SearchIndex.path(language: language.code), contents: .bytes(searchIndex.javaScript())),
                sink: sink))
        files.append(
            try RenderedPage(
                OutputFile(
                    path: SearchIndex.textPath(language: language.code),
                    contents: .bytes(searchIndex.textJavaScript())), sink: sink))
        files.append(try RenderedPage(SearchPage(context: context, templates: templates).render(language: language), sink: sink))
        return files
    }

    /// The bytes of every language's files named `name` (`search-index.js`, `search-text.js`)
    /// in a build's result, kept or already streamed to the writer, for the build summary.
    static func bytes(of name: String, in result: BuildResult) -> Int {
        let kept = result.files.reduce(0) { total, file in
            guard file.path.hasSuffix("/" + name), case .bytes(let bytes) = file.contents else { return total }
            return total + bytes.count
        }
        return result.streamed.reduce(kept) { total, entry in
            entry.key.hasSuffix("/" + name) ? total + entry.value : total
        }
    }
}
