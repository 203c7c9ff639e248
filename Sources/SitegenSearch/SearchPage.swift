import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// The search page of one language, `<lang>/search/index.html`, rendered with the theme's
/// `search` template.
///
/// Its context is the common one (menu, `home`, `t`, `assets`) plus `page.title` (the
/// `searchTitle` interface string), `noindex`, `isSearch`, breadcrumbs and a language switcher
/// that leads to the other languages' search pages. `search.js` fills it in from `?q=`.
package struct SearchPage: Sendable {
    package let context: PageContext
    package let templates: TemplateSet

    package static func folder(language: String) -> String { language + "/search/" }

    package func render(language: Language) -> OutputFile {
        let folder = Self.folder(language: language.code)
        let strings = context.strings[language.code] ?? ThemeStrings()
        let title = strings["searchTitle"] ?? "Search"
        let home = URLScheme.relative(from: folder, to: URLScheme.home(language.code))
        var values = context.common(language: language, folder: folder)
        values["page"] = ["title": title, "url": "./", "kind": "search", "section": "search"] as [String: Any]
        values["noindex"] = true
        values["isSearch"] = true
        values["isPage"] = true
        values["alternates"] = [] as [Any]
        values["languages"] = context.config.languages.map { other -> [String: Any] in
            [
                "code": other.code, "name": other.name, "current": other.code == language.code, "missing": false,
                "url": URLScheme.relative(from: folder, to: Self.folder(language: other.code)),
            ]
        }
        values["breadcrumbs"] =
            [
                ["title": strings["home"] ?? language.title, "url": home, "current": false],
                ["title": title, "url": "./", "current": true],
            ] as [[String: Any]]
        values["hasBreadcrumbs"] = true
        return OutputFile(path: folder + "index.html", text: templates.render(values, template: "search"))
    }
}
