import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The theme a site is rendered with: its templates and interface strings, read from what the
/// loader found, with every problem found in them (shared by `build` and `check`).
package struct Theme: Sendable {
    /// Nil when a template cannot be parsed.
    package var templates: TemplateSet?
    package var strings: [String: ThemeStrings] = [:]
    /// The templates the set was made from: the site's, over the built-in theme's.
    package var sources: [TemplateSource] = []
    /// The theme's assets: the site's, over the built-in theme's.
    package var assets: [StaticFile] = []
    package var problems: [Diagnostic] = []
    package var warnings: [Diagnostic] = []

    /// `reusing`: the template set of the last build and the sources it was parsed from; taken
    /// as it is when the sources are the same (`sitegen serve`: no parsing, plans kept).
    package init(
        source: SiteSource, config: SiteConfig, plans: Bool = true,
        reusing last: (sources: [TemplateSource], set: TemplateSet)? = nil
    ) {
        let source = BuiltInTheme.overlay(source, whole: config.theme.builtIn)
        sources = source.templates
        assets = source.assets
        do {
            if let last, last.sources == source.templates, last.set.plansEnabled == plans {
                templates = last.set
            } else {
                templates = try TemplateSet(source.templates, plans: plans)
            }
        } catch {
            problems += error.diagnostics
        }
        for language in config.languages {
            strings[language.code] = languageStrings(language, source: source, config: config)
        }
        if templates != nil {
            let assetKeys = Set(source.assets.map { PageContext.key(String($0.outputPath.dropFirst("assets/".count))) })
            let found = ThemeCheck.findings(
                templates: source.templates, strings: strings,
                stringFiles: source.themeStrings.mapValues(\.displayPath), assetKeys: assetKeys)
            problems += found.problems
            warnings += found.warnings
        }
        if let templates {
            for required in ["home", "list", "page"] where !templates.has(required) {
                problems.append(
                    Diagnostic(
                        path: "templates/\(required).mustache", line: 1, column: 1,
                        message: "the theme has no `\(required)` template",
                        hint: "create templates/\(required).mustache"))
            }
        }
    }

    /// The interface strings of `language`: the built-in theme's, with the site's own file over
    /// them key by key. A language neither has gets the English strings and one warning. A
    /// theme of its own (`builtIn: false`) still gets the built-in text of the strings sitegen
    /// reads (`EngineString`) that its file lacks, as it gets the engine's templates: a
    /// Japanese page's heading link is named in Japanese.
    private mutating func languageStrings(_ language: Language, source: SiteSource, config: SiteConfig) -> ThemeStrings?
    {
        /// The built-in strings of `code` with the site's over them; nil when neither has any.
        /// `report`: whether problems in the files are said (once, for the language itself).
        func layered(_ code: String, report: Bool) -> ThemeStrings? {
            let files = [source.baseThemeStrings[code], source.themeStrings[code]].compactMap { $0 }
            guard !files.isEmpty else { return nil }
            var values: [String: String] = [:]
            for file in files {
                do {
                    values.merge(try ThemeStrings.parse(file.text, path: file.displayPath).values) { _, mine in mine }
                } catch {
                    if report { problems.append(error) }
                }
            }
            if !config.theme.builtIn, let builtIn = BuiltInTheme.strings(code) {
                for string in EngineString.allCases where values[string.pattern] == nil {
                    values[string.pattern] = builtIn.values[string.pattern]
                }
            }
            return ThemeStrings(values)
        }
        if let strings = layered(language.code, report: true) { return strings }
        let fallback = layered("en", report: !config.languages.contains { $0.code == "en" })
        guard let fallback else {
            warnings.append(
                Diagnostic(
                    path: "templates/i18n/\(language.code).yaml", severity: .warning,
                    message: "the theme has no interface strings for \(language.name)",
                    hint: "copy templates/i18n/\(config.defaultLanguage.code).yaml and translate it"))
            return nil
        }
        let keys = fallback.values.keys.sorted()
        let shown = keys.prefix(12).joined(separator: ", ") + (keys.count > 12 ? " and \(keys.count - 12) more" : "")
        warnings.append(
            Diagnostic(
                path: "templates/i18n/\(language.code).yaml", severity: .warning,
                message: "the theme has no interface strings for \(language.name), so its pages show English ones",
                hint: "create templates/i18n/\(language.code).yaml with these keys translated: \(shown)"))
        return fallback
    }
}
