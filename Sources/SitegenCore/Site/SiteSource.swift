/// Everything the loader read for one build: plain values, no file handles.
public struct SiteSource: Sendable {
    /// `content/site.yaml`.
    public var config: SourceFile
    /// Every Markdown file below `content/`, sorted by path.
    public var pages: [SourceFile]
    public var templates: [TemplateSource]
    /// `templates/i18n/<lang>.yaml` by language code.
    public var themeStrings: [String: SourceFile]
    /// Strings under the site's own, key by key: the built-in theme's (`BuiltInTheme.overlay`).
    public var baseThemeStrings: [String: SourceFile] = [:]
    /// `templates/assets/**`, with their bytes.
    public var assets: [StaticFile]
    /// `content/media/**`, copied as they are.
    public var media: [StaticFile]
    /// `content/data/<name>.yaml`, sorted by path: the site's data (`SiteData`).
    public var data: [SourceFile]
    /// Problems the loader met (unreadable files, invalid UTF-8), reported with the build's own.
    public var problems: [Diagnostic]

    public init(
        config: SourceFile, pages: [SourceFile], templates: [TemplateSource], themeStrings: [String: SourceFile] = [:],
        assets: [StaticFile] = [], media: [StaticFile] = [], problems: [Diagnostic] = [], data: [SourceFile] = []
    ) {
        self.config = config
        self.pages = pages
        self.templates = templates
        self.themeStrings = themeStrings
        self.assets = assets
        self.media = media
        self.problems = problems
        self.data = data
    }
}
