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
    /// rendered by this build) has its Markdown rendered again here.
    func files(collector: SearchCollector? = nil) -> [OutputFile] {
        guard templates.has("search") else { return [] }
        var collector = collector ?? SearchCollector(pages: index.pages)
        var files: [OutputFile] = []
        let markdown = MarkdownRenderer(options: index.config.markdown)
        for language in index.config.languages {
            let strings = context.strings[language.code] ?? ThemeStrings()
            for page in index.pages where page.language == language.code && !collector.has(page) {
                let html = (try? markdown.render(page.body, language: page.language).html) ?? ""
                let document = SearchIndexBuilder.document(
                    page, html: html, index: index, language: language, strings: strings)
                collector.add(SearchIndexBuilder.digest(document), for: page)
            }
            let searchIndex = collector.index(language: language.code)
            files.append(OutputFile(path: SearchIndex.path(language: language.code), contents: .bytes(searchIndex.javaScript())))
            files.append(
                OutputFile(path: SearchIndex.textPath(language: language.code), contents: .bytes(searchIndex.textJavaScript())))
            files.append(SearchPage(context: context, templates: templates).render(language: language))
        }
        return files
    }

    /// The bytes of every language's files named `name` (`search-index.js`, `search-text.js`)
    /// among `files`, for the build summary.
    static func bytes(of name: String, in files: [OutputFile]) -> Int {
        files.reduce(0) { total, file in
            guard file.path.hasSuffix("/" + name), case .bytes(let bytes) = file.contents else { return total }
            return total + bytes.count
        }
    }
}
