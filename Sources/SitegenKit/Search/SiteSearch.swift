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

    func files() -> [OutputFile] {
        guard templates.has("search") else { return [] }
        var files: [OutputFile] = []
        for language in index.config.languages {
            let strings = context.strings[language.code] ?? ThemeStrings()
            let documents = SearchIndexBuilder.documents(index, language: language, strings: strings)
            let searchIndex = SearchIndexBuilder.build(language: language.code, documents: documents)
            files.append(OutputFile(path: SearchIndex.path(language: language.code), text: searchIndex.javaScript()))
            files.append(
                OutputFile(path: SearchIndex.textPath(language: language.code), text: searchIndex.textJavaScript()))
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
