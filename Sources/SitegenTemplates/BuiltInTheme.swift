import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The theme inside the `sitegen` binary: a site uses it whole when it has no `templates/`,
/// and its `templates/` overrides it file by file (a layout, a partial, an interface string,
/// an asset), as mdBook's themes do. `theme: { builtIn: false }` in site.yaml says that
/// `templates/` is a whole theme of its own. `sitegen theme eject` writes it out.
///
/// The files are in `Sources/SitegenTemplates/DefaultTheme/`; `BuiltInTheme+Files.swift` holds them
/// as text (written by `make theme`, checked by `BuiltInThemeTests`), so a binary copied alone
/// to another machine has them.
public enum BuiltInTheme {
    /// Where messages place a built-in file (`(built-in theme)/page.mustache`).
    public static let displayFolder = "(built-in theme)"

    /// Every file, by its path below the theme folder (`partials/header.mustache`).
    public static var files: [(path: String, text: String)] { embeddedFiles }

    /// The templates sitegen renders for itself, which every theme has: a theme of its own
    /// (`builtIn: false`) that lacks one gets the built-in one. The markup around headings, the
    /// text of stand-ins, and the root and 404 pages of a theme without `root` or `404`.
    package static let engineTemplates: Set<String> = [
        ThemeHeadings.partial, EngineTemplate.standIn, EngineTemplate.root, EngineTemplate.notFound,
    ]

    /// `source` with the built-in theme under its own: the site's templates, assets and
    /// strings files win; the built-in strings are kept apart (`baseThemeStrings`) so a site's
    /// file overrides them key by key. With `whole` false (`theme: { builtIn: false }`), only
    /// the `engineTemplates` the site's theme lacks.
    public static func overlay(_ source: SiteSource, whole: Bool = true) -> SiteSource {
        var source = source
        let templates = Set(source.templates.map(\.name))
        let assets = Set(source.assets.map(\.outputPath))
        for (path, text) in files {
            let display = displayFolder + "/" + path
            if path.hasSuffix(".mustache"), !path.hasPrefix("assets/") {
                let name = String(path.dropLast(".mustache".count))
                guard !templates.contains(name), whole || engineTemplates.contains(name) else { continue }
                source.templates.append(TemplateSource(name: name, displayPath: display, text: text))
            } else if !whole {
                continue
            } else if path.hasPrefix("assets/") {
                guard !assets.contains(path) else { continue }
                source.assets.append(StaticFile(sourcePath: display, outputPath: path, contents: Array(text.utf8)))
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".yaml") {
                let code = String(path.dropFirst("i18n/".count).dropLast(".yaml".count))
                source.baseThemeStrings[code] = SourceFile(displayPath: display, relativePath: path, text: text)
            }
        }
        source.templates.sort { $0.name < $1.name }
        source.assets.sort { $0.outputPath < $1.outputPath }
        return source
    }

    /// The built-in strings of the language `code`, nil when the built-in theme has none.
    package static func strings(_ code: String) -> ThemeStrings? {
        guard let text = files.first(where: { $0.path == "i18n/\(code).yaml" })?.text else { return nil }
        return try? ThemeStrings.parse(text, path: displayFolder + "/i18n/\(code).yaml")
    }
}
