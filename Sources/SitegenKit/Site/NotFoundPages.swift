import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The pages hosts serve for unknown addresses: `<lang>/404.html` per language and a root
/// `404.html` in every language, rendered with `templates/404.mustache`.
///
/// A host serves a 404 page at whatever address was asked for (`/ja/no/such/page`), so its
/// relative links would lead nowhere: these pages are the one place where every link is
/// absolute, from `baseURL`. They carry `noindex` and appear in no sitemap.
struct NotFoundPages: Sendable {
    let context: PageContext
    let templates: TemplateSet

    var config: SiteConfig { context.config }

    func files() -> [OutputFile] {
        var files = config.languages.map { language in
            OutputFile(
                path: URLScheme.notFoundPage(language.code),
                text: render(language, folder: URLScheme.home(language.code), shown: [language]))
        }
        files.append(
            OutputFile(path: "404.html", text: render(config.defaultLanguage, folder: "", shown: config.languages)))
        return files
    }

    /// The 404 page in `language` for a page at `folder`, with the message in each of `shown`:
    /// the theme's `404` template, else `fallback/404`, which every theme has (the built-in one
    /// when its own has none).
    func render(_ language: Language, folder: String, shown: [Language]) -> String {
        var values = context.notFound(language: language, folder: folder, shown: shown)
        for key in values.keys.compactMap(ContextKey.init(rawValue:)) {
            values[key] = Self.absolutize(values[key]!, key: key.rawValue, folder: folder, baseURL: config.baseURL)
        }
        return templates.render(values, template: templates.has("404") ? "404" : Self.fallback)
    }

    /// The template used when the theme has no `404`.
    static let fallback = EngineTemplate.notFound

    /// Every address in a value (`url`, `home`, `root` and `assets.*`), made absolute. `key`:
    /// the name the value has in its object. Interface strings (`t`) and site data
    /// (`site.params`, `data`) are text, whatever their keys are called.
    static func absolutize(
        _ value: TemplateValue, key: String, folder: String, baseURL: String, inAssets: Bool = false
    ) -> TemplateValue {
        switch value {
        case .string(let text) where inAssets || ["url", "home", "root"].contains(key):
            return .string(absolute(text, folder: folder, baseURL: baseURL))
        case .object(let object):
            return .object(absolutize(object, folder: folder, baseURL: baseURL, inAssets: inAssets || key == "assets"))
        case .objects(let objects):
            return .objects(objects.map { absolutize($0, folder: folder, baseURL: baseURL, inAssets: inAssets) })
        case .string, .int, .bool, .strings, .list:
            return value
        }
    }

    private static func absolutize(_ object: TemplateObject, folder: String, baseURL: String, inAssets: Bool)
        -> TemplateObject
    {
        var result = object
        // Site data is text, whatever its keys are called (`data.links.url`).
        for (key, value) in zip(object.keys, object.values) where key != "data" {
            result[key] = absolutize(value, key: key, folder: folder, baseURL: baseURL, inAssets: inAssets)
        }
        return result
    }

    /// `../en/` seen from `ja/` → `https://example.org/en/`.
    static func absolute(_ relative: String, folder: String, baseURL: String) -> String {
        guard !URLScheme.hasScheme(relative) else { return relative }
        let path = URLScheme.normalize(folder: String(folder.dropLast()), relative: relative) ?? ""
        let isFolder = relative.hasSuffix("/") || relative == "." || relative == ".."
        return baseURL + path + (isFolder && !path.isEmpty ? "/" : "")
    }
}
