import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Renders one page: Markdown through libcmark, then the page's template.
struct PageRenderer: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet
    let resolver: LinkResolver

    var config: SiteConfig { index.config }

    /// Which links a render sets aside, and what a link that leads nowhere does.
    enum Links: Sendable {
        /// `build`: a link to a missing page or file stops the render; the links to check once
        /// every page is rendered (few pages have any) are set aside: those with a `#fragment`
        /// (`LinkCheck.fragmentProblems`) and those left as written (`AddressCheck`).
        case build
        /// `check`: every link is set aside for `LinkCheck`, which reports all that lead
        /// nowhere; the render goes on past them and makes no search digest.
        case check
    }

    /// The page, what it gives the search index when the theme has search, the links `links`
    /// sets aside, what `PageChecks` finds, and the ids the page offers to `#fragment` links.
    func render(_ page: Page, links mode: Links = .build) throws(Diagnostic) -> PageRendering<OutputFile> {
        let markdown = MarkdownRenderer(options: config.markdown)
        let strings = context.strings[page.language] ?? ThemeStrings()
        let headings = ThemeHeadings.markup(templates: templates, strings: strings)
        let rendered: RenderedMarkdown
        var checkedLinks: [LinkReference] = []
        do {
            rendered = try markdown.render(
                String(page.body), language: page.language, headings: headings, footnotes: strings.footnoteMarkup
            ) { link in
                if case .check = mode {
                    checkedLinks.append(link)
                    return try? resolver.resolve(link, in: page)
                }
                let resolved = try resolver.resolve(link, in: page)
                if link.url.utf8.contains(UInt8(ascii: "#"))
                    || (resolved == nil && AddressCheck.isCandidate(link.url, baseURL: config.baseURL))
                {
                    checkedLinks.append(link)
                }
                return resolved
            }
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(path: page.source, message: "cannot render Markdown: \(error)")
        }
        let template = try layout(for: page)
        let html = templates.renderBytes(context.page(page, rendered: rendered), template: template)
        var digest: SearchIndexBuilder.PageDigest?
        if case .build = mode, templates.has("search"), let language = config.language(page.language) {
            let strings = context.strings[language.code] ?? ThemeStrings()
            digest = SearchIndexBuilder.digest(
                SearchIndexBuilder.document(
                    page, html: rendered.html, index: index, language: language, strings: strings))
        }
        return PageRendering(
            output: OutputFile(path: URLScheme.outputFile(of: page.path), contents: .bytes(html)), search: digest,
            checkedLinks: checkedLinks, warnings: PageChecks.findings(page, rendered: rendered),
            anchors: PageAnchors(page: html, rendered: rendered))
    }

    /// `layout:` from front matter, else the section's own template, else the default of its kind.
    func layout(for page: Page) throws(Diagnostic) -> String {
        try Self.layout(for: page, templates: templates)
    }

    /// The template that renders `page` in `templates` (also used by `check`).
    static func layout(for page: Page, templates: TemplateSet) throws(Diagnostic) -> String {
        if let layout = page.frontMatter.layout {
            guard templates.has(layout) else {
                let position = page.frontMatter.positions["layout"]
                // Layouts a page can take: not partials, the `base` they extend, or the pages
                // sitegen makes itself.
                let special: Set<String> = ["base", "root", "404", "search", "untranslated"]
                let layouts = templates.names.filter {
                    !$0.hasPrefix("partials/") && !$0.hasPrefix("fallback/") && !special.contains($0)
                }.sorted()
                let written = layout.hasSuffix(".mustache") ? String(layout.dropLast(".mustache".count)) : layout
                let hint = EditDistance.likelyMeant(written, among: layouts).map { "did you mean `\($0)`? " } ?? ""
                throw Diagnostic(
                    path: page.source, line: position?.line, column: position?.column,
                    message: "the layout `\(layout)` does not exist",
                    hint:
                        hint + "use one of \(layouts.joined(separator: ", ")), or create templates/\(written).mustache"
                )
            }
            return layout
        }
        switch page.kind {
        case .home: return "home"
        case .section:
            let own = "list-" + page.sectionRoot
            return templates.has(own) ? own : "list"
        case .page:
            return templates.has(page.sectionRoot) ? page.sectionRoot : "page"
        }
    }

    /// Page 2 and on of every paged list (`paginate`), with the landing's layout. They show
    /// front matter only, so a build that renders only edited bodies (`serve`) keeps them.
    func listPages() async throws(Diagnostic) -> [OutputFile] {
        var jobs: [(landing: Page, list: ListPages, template: String, entries: [Page])] = []
        for landing in index.pages {
            guard let list = index.listPages(of: landing), let language = config.language(landing.language) else {
                continue
            }
            jobs.append((landing, list, try layout(for: landing), context.pagedEntries(landing, language: language)))
        }
        // A section of thousands of pages has hundreds of list pages: rendered on every core.
        let pages = jobs.flatMap { job in
            (2...job.list.count).map { number in
                { @Sendable in
                    let values = context.listPage(job.landing, number: number, list: job.list, entries: job.entries)
                    let folder = ListPages.folder(URLScheme.directory(of: job.landing.path), number: number)
                    return OutputFile(
                        path: folder + "index.html",
                        contents: .bytes(templates.renderBytes(values, template: job.template)))
                }
            }
        }
        return await ParallelFiles.make(pages)
    }

    /// For every page missing in a language, the stand-in that says so (`StandInPages`).
    func standIns() -> [OutputFile] {
        StandInPages(index: index, context: context, templates: templates).files()
    }

    /// `index.html` at the root, leading readers to a language (`RootPage`).
    func root() -> OutputFile {
        RootPage(context: context, templates: templates).file()
    }
}
