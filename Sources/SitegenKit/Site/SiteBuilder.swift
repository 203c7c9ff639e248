import Foundation

/// Builds a whole site from what the loader read: a pure function of its input.
///
/// Stages: parse config and pages → pair translations → render Markdown and templates
/// (in parallel, one libcmark parser per task) → the list of output files.
public struct SiteBuilder: Sendable {
    public var source: SiteSource
    public var options: BuildOptions

    public init(source: SiteSource, options: BuildOptions = BuildOptions()) {
        self.source = source
        self.options = options
    }

    public func build() async throws(BuildFailure) -> BuildResult {
        var problems = source.problems
        var warnings: [Diagnostic] = []

        var config: SiteConfig
        do {
            config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        } catch {
            throw BuildFailure(problems + [error])
        }
        if let baseURL = options.baseURL {
            config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let codes = config.languages.map(\.code)

        var pages: [Page] = []
        var drafts: [Page] = []
        for file in source.pages {
            do {
                let page = try PageParser.parse(file, languages: codes)
                if !page.frontMatter.draft || options.drafts { pages.append(page) } else { drafts.append(page) }
            } catch {
                problems.append(error)
            }
        }
        let theme = Theme(source: source, config: config)
        problems += theme.problems
        warnings += theme.warnings
        let templates = theme.templates
        let strings = theme.strings
        if !problems.isEmpty { throw BuildFailure(problems) }

        let index = try SiteIndex(config: config, pages: pages)
        let assets = AssetFingerprint(source.assets)
        var context = PageContext(index: index, strings: strings, assetURLs: assets.urls)
        if config.theme.staleNote { context.stale = staleTranslations(index) }
        let renderer = PageRenderer(
            index: index, context: context, templates: templates!,
            resolver: LinkResolver(index: index, mediaPaths: Set(source.media.map(\.outputPath)), drafts: drafts))

        warnings += PairCheck.missingTranslations(index)
        let rendered = try await renderAll(renderer, index: index)
        var files = rendered
        files += renderer.standIns()
        files.append(renderer.root())
        files += assets.files
        // Search: an index and a search page per language, when the theme has a `search` template.
        files += SiteSearch(index: index, context: context, templates: templates!).files()
        files += source.media.map { OutputFile(path: $0.outputPath, contents: .copy($0.sourcePath)) }
        files += Publisher(index: index, context: context, templates: templates!).files(besides: files)
        files.sort { $0.path < $1.path }

        if options.strict && !warnings.isEmpty {
            throw BuildFailure(warnings.map { var error = $0; error.severity = .error; return error })
        }
        var counts: [String: Int] = [:]
        for page in index.pages { counts[page.language, default: 0] += 1 }
        return BuildResult(files: files, warnings: warnings, pageCounts: counts, languages: codes)
    }

    /// Renders every page in parallel; collects every page's errors before failing.
    /// With `options.renderOnly`, only the pages from those sources (`sitegen serve` keeps the rest).
    private func renderAll(_ renderer: PageRenderer, index: SiteIndex) async throws(BuildFailure) -> [OutputFile] {
        let pages = options.renderOnly.map { only in index.pages.filter { only.contains($0.source) } } ?? index.pages
        let results = await withTaskGroup(of: (Int, Result<OutputFile, Diagnostic>).self) { group in
            for (position, page) in pages.enumerated() {
                group.addTask { (position, Result { () throws(Diagnostic) in try renderer.render(page) }) }
            }
            var results = [Result<OutputFile, Diagnostic>?](repeating: nil, count: pages.count)
            for await (position, result) in group { results[position] = result }
            return results.compactMap { $0 }
        }
        var files: [OutputFile] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): problems.append(error)
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return files
    }

    /// Pages whose source changed since they were translated (see `TranslationLedger`).
    private func staleTranslations(_ index: SiteIndex) -> Set<String> {
        let texts = source.pageTexts
        return Set(index.pages.filter { page in
            TranslationLedger.staleness(
                of: page, versions: index.translations(of: page), languages: index.config.languages, texts: texts) != nil
        }.map(\.source))
    }
}
