/// The theme a site is rendered with: its templates and interface strings, read from what the
/// loader found, with every problem found in them (shared by `build` and `check`).
struct Theme: Sendable {
    /// Nil when a template cannot be parsed.
    var templates: TemplateSet?
    var strings: [String: ThemeStrings] = [:]
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []

    /// `reusing`: the template set of the last build and the sources it was parsed from; taken
    /// as it is when the sources are the same (`sitegen serve`: no parsing, plans kept).
    init(
        source: SiteSource, config: SiteConfig, plans: Bool = true,
        reusing last: (sources: [TemplateSource], set: TemplateSet)? = nil
    ) {
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
            guard let file = source.themeStrings[language.code] else {
                warnings.append(
                    Diagnostic(
                        path: "templates/i18n/\(language.code).yaml", severity: .warning,
                        message: "the theme has no interface strings for \(language.name)",
                        hint: "copy templates/i18n/\(config.defaultLanguage.code).yaml and translate it"))
                continue
            }
            do {
                strings[language.code] = try ThemeStrings.parse(file.text, path: file.displayPath)
            } catch {
                problems.append(error)
            }
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
}
