import Foundation

/// Builds a whole site from what the loader read: a pure function of its input.
///
/// Stages: parse config and pages → pair translations → render Markdown and templates
/// (in parallel, one libcmark parser per task) → the list of output files.
public struct SiteBuilder: Sendable {
    public var source: SiteSource
    public var options: BuildOptions
    /// What the last build left for this one (see `BuildMemo`).
    public var memo: BuildMemo?

    public init(source: SiteSource, options: BuildOptions = BuildOptions(), memo: BuildMemo? = nil) {
        self.source = source
        self.options = options
        self.memo = memo
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
        warnings += SiteConfigKeys.warnings(source.config.text, path: source.config.displayPath)
        let codes = config.languages.map(\.code)

        var pages: [Page] = []
        var drafts: [Page] = []
        let model = config.contentModel
        let reusable = memo?.languages == codes && memo?.model == model ? memo?.pages ?? [:] : [:]
        let parsed = await PageParser.parseAll(source.pages, languages: codes, model: model, reusing: reusable)
        for result in parsed {
            switch result {
            case .success(let page):
                if !page.frontMatter.draft || options.drafts { pages.append(page) } else { drafts.append(page) }
            case .failure(let error): problems.append(error)
            }
        }
        let theme = Theme(source: source, config: config, plans: options.rendersWithPlans, reusing: memo?.templates)
        problems += theme.problems
        warnings += theme.warnings
        let templates = theme.templates
        let strings = theme.strings
        let data = SiteData(source.data, languages: config.languages)
        problems += data.problems
        warnings += data.warnings
        if !problems.isEmpty { throw BuildFailure(problems) }

        let index = try SiteIndex(config: config, pages: pages)
        let assets = AssetFingerprint(theme.assets)
        warnings += PageContext.keyCollisions(assets.urls.keys)
        var context = PageContext(index: index, strings: strings, assetURLs: assets.urls)
        context.data = data.values
        let mediaPaths = Set(source.media.map(\.outputPath))
        let menuProblems = MenuCheck.problems(
            index, configPath: source.config.displayPath, hasSearch: templates?.has("search") ?? false,
            media: mediaPaths, feeds: context.feedLanguages, calendars: context.calendarLanguages, drafts: drafts)
        let aliasPages = AliasPages(index: index)
        let addressProblems = menuProblems + aliasPages.problems(media: mediaPaths)
        if !addressProblems.isEmpty { throw BuildFailure(addressProblems) }
        if config.theme.staleNote { context.stale = staleTranslations(index) }
        let renderer = PageRenderer(
            index: index, context: context, templates: templates!,
            resolver: LinkResolver(index: index, mediaPaths: mediaPaths, drafts: drafts))

        // What `check` finds in front matter alone is cheap, so `build` says it too: as warnings,
        // since a translation in progress may not agree yet. A `renderOnly` build (`serve`, a
        // body edited) has the last build's front matter, so its findings too.
        let frontMatterWarnings: [Diagnostic]
        if options.renderOnly != nil, let kept = memo?.frontMatterWarnings {
            frontMatterWarnings = kept
        } else {
            frontMatterWarnings =
                PairCheck.missingTranslations(index) + LandingCheck.missing(index)
                + index.pages.flatMap { FrontMatterCheck.warnings($0, model: model) }
                + PairCheck.disagreements(index.pages, languages: config.languages, model: model).map {
                    var warning = $0
                    warning.severity = .warning
                    return warning
                }
        }
        warnings += frontMatterWarnings
        // A `renderOnly` build leaves out what does not depend on Markdown bodies (see BuildOptions).
        let whole = options.renderOnly == nil
        // Sitemap, feeds, calendars and 404s need nothing from the pages: made while they render.
        let publisher = Publisher(index: index, context: context, templates: templates!)
        async let published = whole ? publisher.files() : []
        let renderedPages = try await renderAll(renderer, index: index, sink: sink)
        let (rendered, streamed, search, fresh, checkedLinks) = (
            renderedPages.files, renderedPages.streamed, renderedPages.search, renderedPages.fresh,
            renderedPages.checkedLinks
        )
        warnings += renderedPages.warnings
        // `#fragment` links and links left as written are checked once every page is rendered,
        // as `check` checks them.
        var linkProblems = LinkCheck.fragmentProblems(
            checkedLinks, resolver: renderer.resolver, markdown: MarkdownRenderer(options: config.markdown),
            pageAnchors: { renderer.anchors(of: $0) })
        // Menu entries with a `#fragment` (rare): the page they lead to must have it.
        linkProblems += MenuCheck.fragmentProblems(
            index, configPath: source.config.displayPath, pageAnchors: { renderer.anchors(of: $0) })
        let leftAlone = checkedLinks.flatMap { page, links in
            links.filter { link in
                guard case .leftAlone? = try? renderer.resolver.target(of: link, in: page) else { return false }
                return AddressCheck.isCandidate(link.url, baseURL: config.baseURL)
            }.map { (page, $0) }
        }
        if !leftAlone.isEmpty {
            let addressCheck = AddressCheck(
                index: index, hasSearch: templates!.has("search"), media: mediaPaths, context: context,
                assetURLs: assets.urls)
            for (page, link) in leftAlone {
                guard let problem = addressCheck.problem(link, in: page) else { continue }
                if problem.severity == .error { linkProblems.append(problem) } else { warnings.append(problem) }
            }
        }
        if !linkProblems.isEmpty {
            // Pages already written went to the staging folder, which a failed build abandons.
            throw BuildFailure(linkProblems)
        }
        // Digests of pages this build did not render come from the last build (`sitegen serve`).
        var digests = options.renderOnly != nil ? memo?.searchDigests ?? [:] : [:]
        digests.merge(fresh) { $1 }
        var files = rendered
        if whole {
            do throws(Diagnostic) {
                files += try await renderer.listPages()
            } catch {
                throw BuildFailure([error])
            }
            files += renderer.standIns()
            files += aliasPages.files()
            files.append(renderer.root())
            files += assets.files
            files += source.media.map { OutputFile(path: $0.outputPath, contents: .copy($0.sourcePath)) }
        }
        let besides = files
        // Search: an index and a search page per language, when the theme has a `search` template.
        // The indexes are the largest files of a big site: they go to the sink straight away.
        var streamedFiles = streamed
        var searchIndexes: [String: SearchIndex] = [:]
        var deferred: DeferredSearch?
        var patch: SiteSearch.Patch?
        if options.renderOnly != nil, let memo, !memo.searchIndexes.isEmpty {
            patch = SiteSearch.Patch(
                indexes: memo.searchIndexes, oldDigests: memo.searchDigests, changed: Set(fresh.keys))
        }
        let siteSearch = SiteSearch(index: index, context: context, templates: templates!)
        if options.defersSearch, options.renderOnly != nil {
            deferred = DeferredSearch(search: siteSearch, collector: search, digests: digests, patch: patch)
            // The memo gets this build's indexes from `DeferredSearch.files`; until then it has
            // none (the last build's would not match this build's digests), so a caller that
            // never makes the deferred files leaves the next build to make indexes from digests.
        } else {
            do throws(Diagnostic) {
                let search = try await siteSearch.files(collector: search, digests: digests, patch: patch, sink: sink)
                if options.keepsMemo { searchIndexes = search.indexes }
                for file in search.files {
                    switch file {
                    case .kept(let file): files.append(file)
                    case .streamed(let path, let size): streamedFiles[path] = size
                    }
                }
            } catch {
                throw BuildFailure([error])
            }
        }
        let publishedFiles = await published
        files += publishedFiles
        if whole { files += publisher.hostFiles(for: besides + publishedFiles) }
        files.sort { $0.path < $1.path }

        if options.strict && !warnings.isEmpty {
            throw BuildFailure(
                warnings.map {
                    var error = $0
                    error.severity = .error
                    return error
                })
        }
        var counts: [String: Int] = [:]
        for page in index.pages { counts[page.language, default: 0] += 1 }
        var result = BuildResult(
            files: files, warnings: warnings, pageCounts: counts, languages: codes, streamed: streamedFiles)
        result.deferredSearch = deferred
        if options.keepsMemo {
            result.memo = BuildMemo(
                languages: codes, files: source.pages, parsed: parsed, searchDigests: digests,
                searchIndexes: searchIndexes)
            result.memo?.model = model
            result.memo?.templates = templates.map { (theme.sources, $0) }
            result.memo?.frontMatterWarnings = frontMatterWarnings
        }
        return result
    }

    /// Renders every page in parallel; collects every page's errors before failing. Pages go to
    /// `sink` when there is one (returned as path → size), else are returned. Each page's search
    /// digest goes into the search index as the page arrives, in a full build; a build that renders
    /// only some pages (or keeps digests for the next) also returns them by source.
    private func renderAll(_ renderer: PageRenderer, index: SiteIndex, sink: OutputSink?) async throws(BuildFailure)
        -> RenderedPages
    {
        // With `options.renderOnly`, only the pages from those sources (`sitegen serve` keeps the rest).
        let pages = options.renderOnly.map { only in index.pages.filter { only.contains($0.source) } } ?? index.pages
        typealias Rendered = (
            page: RenderedPage, search: SearchIndexBuilder.PageDigest?, checkedLinks: [LinkReference],
            warnings: [Diagnostic]
        )
        let render: @Sendable (Int) -> (Int, Result<Rendered, Diagnostic>) = { position in
            (
                position,
                Result { () throws(Diagnostic) in
                    let (file, search, checkedLinks, warnings) = try renderer.render(pages[position])
                    return (try RenderedPage(file, sink: sink), search, checkedLinks, warnings)
                }
            )
        }
        var search = SearchCollector(pages: index.pages)
        var fresh: [String: SearchIndexBuilder.PageDigest] = [:]
        let collects = options.renderOnly == nil
        let keeps = options.renderOnly != nil || options.keepsMemo
        // Writing to a staging folder, the snippets file is written as pages arrive (see
        // SearchCollector.streamSnippets); a build that keeps a memo needs the sentences.
        if collects, !keeps, renderer.templates.has("search"), let open = sink?.open {
            do throws(Diagnostic) {
                try search.streamSnippets(open)
            } catch {
                throw BuildFailure([error])
            }
        }
        let results = await withTaskGroup(of: (Int, Result<Rendered, Diagnostic>).self) { group in
            // A few tasks per core in flight, not one per page: tasks for 20,000 pages at once
            // cost memory and locality for nothing.
            let window = 4 * ProcessInfo.processInfo.activeProcessorCount
            var next = 0
            while next < min(window, pages.count) {
                let position = next
                group.addTask { render(position) }
                next += 1
            }
            var results = [Result<Rendered, Diagnostic>?](repeating: nil, count: pages.count)
            // Digests join the index in page order (held back briefly when a later page finishes
            // first), so each term's postings come out already sorted.
            var waiting: [Int: SearchIndexBuilder.PageDigest] = [:]
            var nextDigest = 0
            for await (position, result) in group {
                if case .success(let rendered) = result {
                    if let digest = rendered.search {
                        if collects { waiting[position] = digest }
                        if keeps { fresh[pages[position].source] = digest }
                    }
                    results[position] = .success((rendered.page, nil, rendered.checkedLinks, rendered.warnings))
                } else {
                    results[position] = result
                }
                while nextDigest < pages.count, results[nextDigest] != nil {
                    if let digest = waiting.removeValue(forKey: nextDigest) {
                        search.add(digest, for: pages[nextDigest])
                    }
                    nextDigest += 1
                }
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
        var checkedLinks: [(page: Page, links: [LinkReference])] = []
        var warnings: [Diagnostic] = []
        for (position, result) in results.enumerated() {
            switch result {
            case .success(let rendered):
                if !rendered.checkedLinks.isEmpty { checkedLinks.append((pages[position], rendered.checkedLinks)) }
                warnings += rendered.warnings
                switch rendered.page {
                case .kept(let file): files.append(file)
                case .streamed(let path, let size): streamed[path] = size
                }
            case .failure(let error): problems.append(error)
            }
        }
        if !problems.isEmpty {
            search.abandonSnippets()
            throw BuildFailure(problems)
        }
        do throws(Diagnostic) {
            try search.finishSnippets()
        } catch {
            throw BuildFailure([error])
        }
        return RenderedPages(
            files: files, streamed: streamed, search: search, fresh: fresh, checkedLinks: checkedLinks,
            warnings: warnings)
    }

    /// What `renderAll` gives back: the pages (or, with a sink, their sizes), their search
    /// digests, the links to check once all are rendered, and what rendering found to warn of.
    private struct RenderedPages {
        var files: [OutputFile]
        var streamed: [String: Int]
        var search: SearchCollector
        /// Digests by source, for a build that renders only some pages or keeps a memo.
        var fresh: [String: SearchIndexBuilder.PageDigest]
        var checkedLinks: [(page: Page, links: [LinkReference])]
        var warnings: [Diagnostic]
    }

    /// Pages whose source changed since they were translated (see `TranslationLedger`).
    private func staleTranslations(_ index: SiteIndex) -> Set<String> {
        let texts = source.pageTexts
        return Set(
            index.pages.filter { page in
                TranslationLedger.staleness(
                    of: page, versions: index.translations(of: page), languages: index.config.languages, texts: texts)
                    != nil
            }.map(\.source))
    }
}
