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

    /// The 404 page in `language` for a page at `folder`, with the message in each of `shown`.
    func render(_ language: Language, folder: String, shown: [Language]) -> String {
        var values = context.common(language: language, folder: folder)
        let messages: [[String: Any]] = shown.map { other in
            let strings = context.strings[other.code] ?? ThemeStrings()
            return [
                "lang": other.code,
                "title": strings["notFoundTitle"] ?? "Page not found",
                "text": strings["notFoundText"] ?? "The page you asked for does not exist or has moved.",
                "homeLabel": strings["notFoundHome"] ?? other.title,
                "home": URLScheme.relative(from: folder, to: URLScheme.home(other.code)),
            ]
        }
        values["notFound"] = messages
        values["page"] = ["title": messages[0]["title"]!, "url": "./", "kind": "notFound"] as [String: Any]
        values["noindex"] = true
        values["isNotFound"] = true
        values["alternates"] = [] as [Any]
        values["breadcrumbs"] = [] as [Any]
        values["languages"] = config.languages.map { other -> [String: Any] in
            [
                "code": other.code, "name": other.name, "current": other.code == language.code && shown.count == 1,
                "url": URLScheme.relative(from: folder, to: URLScheme.home(other.code)), "missing": false,
            ]
        }
        let absolute = Self.absolutize(values, folder: folder, baseURL: config.baseURL) as! [String: Any]
        guard templates.has("404") else {
            return
                "<!doctype html>\n<html lang=\"\(language.tag)\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title>404</title></head><body>"
                + messages.map { "<p lang=\"\($0["lang"]!)\">" + HTMLEscape.text($0["title"] as! String) + "</p>" }
                .joined()
                + "</body></html>\n"
        }
        return templates.render(absolute, template: "404")
    }

    /// Every address in a context (`url`, `home`, `root` and `assets.*`), made absolute.
    static func absolutize(_ value: Any, folder: String, baseURL: String, key: String = "", inAssets: Bool = false)
        -> Any
    {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (name, inner) in dictionary {
                // Interface strings and site data are text, whatever their keys are called
                // (`t.home`, `data.links.url`).
                if name == "t" || name == "data" {
                    result[name] = inner
                    continue
                }
                result[name] = absolutize(
                    inner, folder: folder, baseURL: baseURL, key: name, inAssets: inAssets || name == "assets")
            }
            return result
        }
        if let array = value as? [Any] {
            return array.map { absolutize($0, folder: folder, baseURL: baseURL, key: key, inAssets: inAssets) }
        }
        if let text = value as? String, inAssets || ["url", "home", "root"].contains(key) {
            return absolute(text, folder: folder, baseURL: baseURL)
        }
        return value
    }

    /// `../en/` seen from `ja/` → `https://example.org/en/`.
    static func absolute(_ relative: String, folder: String, baseURL: String) -> String {
        guard !URLScheme.hasScheme(relative) else { return relative }
        let path = URLScheme.normalize(folder: String(folder.dropLast()), relative: relative) ?? ""
        let isFolder = relative.hasSuffix("/") || relative == "." || relative == ".."
        return baseURL + path + (isFolder && !path.isEmpty ? "/" : "")
    }
}
