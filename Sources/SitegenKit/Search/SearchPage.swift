/// The search page of one language, `<lang>/search/index.html`, rendered with the theme's
/// `search` template (its context: `PageContext.searchPage`). `search.js` fills it in from `?q=`.
struct SearchPage: Sendable {
    let context: PageContext
    let templates: TemplateSet

    static func folder(language: String) -> String { language + "/search/" }

    func render(language: Language) -> OutputFile {
        let folder = Self.folder(language: language.code)
        return OutputFile(
            path: folder + "index.html",
            contents: .bytes(
                templates.renderBytes(context.searchPage(language: language, folder: folder), template: "search")))
    }
}
