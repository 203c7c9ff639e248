import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// For every page missing in a language, a `noindex` page at its address in that language
/// that says so and links to the versions that exist: the theme's `untranslated` template, else
/// its `page` template, with `page.content` made by its `partials/stand-in` (for a `page`
/// template, which prints `{{{page.content}}}`).
struct StandInPages: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet

    /// The stand-in partial, which every theme has (the built-in one when its own has none).
    static let contentPartial = EngineTemplate.standIn

    func files() -> [OutputFile] {
        let template = templates.has("untranslated") ? "untranslated" : "page"
        var files: [OutputFile] = []
        for page in index.pages {
            let versions = index.translations(of: page)
            // Once per group of translations: made from the first version by source path.
            guard versions.values.map(\.source).min() == page.source else { continue }
            for language in index.config.languages where versions[language.code] == nil {
                var values = context.standIn(for: page, language: language, versions: versions)
                if templates.has(Self.contentPartial), case .object(var pageValues)? = values[.page] {
                    pageValues["content"] = .string(templates.render(values, template: Self.contentPartial))
                    values[.page] = .object(pageValues)
                }
                var path = page.path
                path.language = language.code
                files.append(
                    OutputFile(
                        path: URLScheme.directory(of: path) + "index.html",
                        contents: .bytes(templates.renderBytes(values, template: template))))
            }
        }
        return files
    }
}
