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

    /// The page, what it gives the search index when the theme has search, and the links the
    /// build checks once every page is rendered (few pages have any): those with a `#fragment`
    /// (`LinkCheck.fragmentProblems`) and those left as written (`AddressCheck`).
    func render(_ page: Page) throws(Diagnostic) -> (
        file: OutputFile, search: SearchIndexBuilder.PageDigest?, checkedLinks: [LinkReference],
        warnings: [Diagnostic]
    ) {
        let markdown = MarkdownRenderer(options: config.markdown)
        let headings = ThemeHeadings.markup(
            templates: templates, strings: context.strings[page.language] ?? ThemeStrings())
        let rendered: RenderedMarkdown
        var checkedLinks: [LinkReference] = []
        do {
            rendered = try markdown.render(String(page.body), language: page.language, headings: headings) { link in
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
        if templates.has("search"), let language = config.language(page.language) {
            let strings = context.strings[language.code] ?? ThemeStrings()
            digest = SearchIndexBuilder.digest(
                SearchIndexBuilder.document(
                    page, html: rendered.html, index: index, language: language, strings: strings))
        }
        return (
            OutputFile(path: URLScheme.outputFile(of: page.path), contents: .bytes(html)), digest, checkedLinks,
            PageChecks.findings(page, rendered: rendered)
        )
    }

    /// The ids of `page` as this theme renders it: its Markdown's anchors and every `id` of the
    /// whole page (the theme's own, such as `main`); none when it does not render.
    func anchors(of page: Page) -> AnchorTargets {
        guard let (file, _, _, _) = try? render(page), case .bytes(let bytes) = file.contents else {
            return AnchorTargets(ids: [])
        }
        return AnchorTargets(ids: Set(AnchorTargets.attributeValues("id", in: String(decoding: bytes, as: UTF8.self))))
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
        let pages = jobs.flatMap { job in (2...job.list.count).map { (job, $0) } }
        return await withTaskGroup(of: (Int, OutputFile).self) { group in
            for (position, (job, number)) in pages.enumerated() {
                group.addTask {
                    let values = context.listPage(job.landing, number: number, list: job.list, entries: job.entries)
                    let folder = ListPages.folder(URLScheme.directory(of: job.landing.path), number: number)
                    return (
                        position,
                        OutputFile(
                            path: folder + "index.html",
                            contents: .bytes(templates.renderBytes(values, template: job.template)))
                    )
                }
            }
            var files = [OutputFile?](repeating: nil, count: pages.count)
            for await (position, file) in group { files[position] = file }
            return files.compactMap { $0 }
        }
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
