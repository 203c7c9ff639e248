import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// `index.html` at the root of the site, leading readers to a language: the theme's `root`
/// template, else `fallback/root`, a plain list of links that every theme has (the built-in
/// one when its own has none).
struct RootPage: Sendable {
    let context: PageContext
    let templates: TemplateSet

    /// The template used when the theme has no `root`.
    static let fallback = EngineTemplate.root

    func file() -> OutputFile {
        let template = templates.has("root") ? "root" : Self.fallback
        return OutputFile(
            path: "index.html", contents: .bytes(templates.renderBytes(context.root(), template: template)))
    }
}
