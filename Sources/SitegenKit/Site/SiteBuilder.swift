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

    /// Builds the site. With a `sink`, each page goes to it as soon as it is rendered and the
    /// result lists only the other files (and the streamed pages' sizes in `streamed`).
    public func build(sink: OutputSink? = nil) async throws(BuildFailure) -> BuildResult {
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
        for result in await PageParser.parseAll(source.pages, languages: codes) {
            switch result {
            case .success(let page): if !page.frontMatter.draft || options.drafts { pages.append(page) }
            case .failure(let error): problems.append(error)
            }
        }
        var templates: TemplateSet?
        do {
            templates = try TemplateSet(source.templates)
        } catch {
            problems += error.diagnostics
        }
        var strings: [String: ThemeStrings] = [:]
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
        if let templates {
            for required in ["home", "list", "page"] where !templates.has(required) {
                problems.append(
                    Diagnostic(
                        path: "templates/\(required).mustache", message: "the theme has no `\(required)` template",
                        hint: "create templates/\(required).mustache"))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }

        let index = try SiteIndex(config: config, pages: pages)
        let assetPaths = Dictionary(uniqueKeysWithValues: source.assets.map { asset in
            (String(asset.outputPath.dropFirst("assets/".count)), asset.outputPath)
        })
        let context = PageContext(index: index, strings: strings, assetURLs: assetPaths)
        let renderer = PageRenderer(
            index: index, context: context, templates: templates!,
            resolver: LinkResolver(index: index, mediaPaths: Set(source.media.map(\.outputPath))))

        warnings += missingTranslations(index)
        let (rendered, streamed) = try await renderAll(renderer, index: index, sink: sink)
        var files = rendered
        files += renderer.standIns()
        files.append(renderer.root())
        files += source.assets.map { OutputFile(path: $0.outputPath, contents: $0.contents.map(OutputFile.Contents.bytes) ?? .copy($0.sourcePath)) }
        files += source.media.map { OutputFile(path: $0.outputPath, contents: .copy($0.sourcePath)) }
        files.sort { $0.path < $1.path }

        if options.strict && !warnings.isEmpty {
            throw BuildFailure(warnings.map { var error = $0; error.severity = .error; return error })
        }
        var counts: [String: Int] = [:]
        for page in index.pages { counts[page.language, default: 0] += 1 }
        return BuildResult(files: files, warnings: warnings, pageCounts: counts, languages: codes, streamed: streamed)
    }

    /// Renders every page in parallel; collects every page's errors before failing. Pages go to
    /// `sink` when there is one (returned as path → size), else are returned.
    private func renderAll(_ renderer: PageRenderer, index: SiteIndex, sink: OutputSink?) async throws(BuildFailure)
        -> ([OutputFile], [String: Int])
    {
        let pages = index.pages
        let render: @Sendable (Int) -> (Int, Result<RenderedPage, Diagnostic>) = { position in
            (position, Result { () throws(Diagnostic) in try RenderedPage(renderer.render(pages[position]), sink: sink) })
        }
        let results = await withTaskGroup(of: (Int, Result<RenderedPage, Diagnostic>).self) { group in
            // A few tasks per core in flight, not one per page: tasks for 20,000 pages at once
            // cost memory and locality for nothing.
            let window = 4 * ProcessInfo.processInfo.activeProcessorCount
            var next = 0
            while next < min(window, pages.count) {
                let position = next
                group.addTask { render(position) }
                next += 1
            }
            var results = [Result<RenderedPage, Diagnostic>?](repeating: nil, count: pages.count)
            for await (position, result) in group {
                results[position] = result
                if next < pages.count {
                    let position = next
                    group.addTask { render(position) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
        var files: [OutputFile] = []
        var streamed: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(.kept(let file)): files.append(file)
            case .success(.streamed(let path, let size)): streamed[path] = size
            case .failure(let error): problems.append(error)
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return (files, streamed)
    }

    /// A warning for each page that lacks a version in some language of the site.
    private func missingTranslations(_ index: SiteIndex) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for page in index.pages {
            let versions = index.translations(of: page)
            // Report once per group, on the first version found.
            guard versions.values.map(\.source).min() == page.source else { continue }
            for language in index.config.languages where versions[language.code] == nil {
                let slug = page.path.slug
                warnings.append(
                    Diagnostic(
                        path: page.source, severity: .warning,
                        message: "no \(language.name) (\(language.code)) translation",
                        hint: "write \(slug).\(language.code).md beside it; until then \(language.code) readers see a page saying it is not translated yet"))
            }
        }
        return warnings
    }
}
