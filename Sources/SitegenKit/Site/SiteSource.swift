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

/// How a build is asked for.
public struct BuildOptions: Sendable, Equatable {
    /// Include pages marked `draft: true`.
    public var drafts: Bool = false
    /// Treat warnings as errors.
    public var strict: Bool = false
    /// Overrides `baseURL` from site.yaml.
    public var baseURL: String?
    /// Render only the pages from these sources (`content/a.ja.md`), for `sitegen serve` after
    /// edits to Markdown bodies only: the search index is made again, but the other pages and
    /// the files that depend only on front matter, settings and the theme (stand-ins, the root
    /// chooser, assets, media, sitemap, feeds, calendars, 404s, host files) are not: the caller
    /// keeps them from its last build.
    public var renderOnly: Set<String>?
    /// Return a `BuildMemo` in `BuildResult.memo` for the next build (`sitegen serve`).
    public var keepsMemo: Bool = false
    /// With `renderOnly`, leave the search files out of the build and return what makes them in
    /// `BuildResult.deferredSearch` (`sitegen serve`: the edited page first, the index after).
    public var defersSearch: Bool = false
    /// Render pages from `RenderPlan`s where the templates allow it (the default); false has
    /// swift-mustache render every page, which tests compare against.
    var rendersWithPlans: Bool = true

    public init(drafts: Bool = false, strict: Bool = false, baseURL: String? = nil) {
        self.drafts = drafts
        self.strict = strict
        self.baseURL = baseURL
    }
}

/// One file of the built site.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case bytes([UInt8])
        /// Copied from this absolute path by the writer.
        case copy(String)
    }

    /// Below the output folder, with `/` separators (`ja/strategy/index.html`).
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Array(text.utf8)))
    }

    /// The text of a generated file (nil for copies).
    public var text: String? {
        if case .bytes(let bytes) = contents { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }
}

/// What a build made, ready for the writer.
public struct BuildResult: Sendable {
    /// Sorted by path.
    public var files: [OutputFile]
    public var warnings: [Diagnostic]
    /// Pages written per language code (translations that exist, not stand-ins).
    public var pageCounts: [String: Int]
    /// The site's languages in order, for the summary.
    public var languages: [String]
    /// Pages already handed to the build's `OutputSink`, not in `files`: path → size in bytes.
    public var streamed: [String: Int] = [:]
    /// What the next build may reuse, when `BuildOptions.keepsMemo` asked for it.
    public var memo: BuildMemo?
    /// The search files still to make, when `BuildOptions.defersSearch` left them out.
    public var deferredSearch: DeferredSearch?
}
