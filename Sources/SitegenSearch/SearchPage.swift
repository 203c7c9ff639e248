import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// The search page of one language, `<lang>/search/index.html`, rendered with the theme's
/// `search` template (its context: `PageContext.searchPage`). `search.js` fills it in from `?q=`.
package struct SearchPage: Sendable {
    package let context: PageContext
    package let templates: TemplateSet

    package static func folder(language: String) -> String { URLScheme.searchFolder(language) }

    package func render(language: Language) -> OutputFile {
        let folder = Self.folder(language: language.code)
        return OutputFile(
            path: folder + "index.html",
            contents: .bytes(
                templates.renderBytes(context.searchPage(language: language, folder: folder), template: "search")))
    }
}
