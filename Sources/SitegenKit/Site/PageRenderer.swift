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
        let rendered: RenderedMarkdown
        var checkedLinks: [LinkReference] = []
        do {
            rendered = try markdown.render(String(page.body), language: page.language) { link in
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
                let layouts = templates.names.filter { !$0.hasPrefix("partials/") && !special.contains($0) }.sorted()
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

    /// For every page missing in a language, a `noindex` page at its address in that language
    /// that says so and links to the versions that exist.
    func standIns() -> [OutputFile] {
        var files: [OutputFile] = []
        for page in index.pages {
            let versions = index.translations(of: page)
            guard versions.values.map(\.source).min() == page.source else { continue }
            for language in config.languages where versions[language.code] == nil {
                var path = page.path
                path.language = language.code
                let folder = URLScheme.directory(of: path)
                var values = context.common(language: language, folder: folder)
                let originals: [[String: Any]] = config.languages.compactMap { other in
                    guard let version = versions[other.code] else { return nil }
                    return [
                        "code": other.code, "name": other.name, "title": version.frontMatter.title,
                        "url": URLScheme.relative(from: folder, to: URLScheme.directory(of: version.path)),
                    ]
                }
                let strings = context.strings[language.code] ?? ThemeStrings()
                let message = strings["notTranslated"] ?? "This page is not translated yet."
                var content = "<p>" + HTMLEscape.text(message) + "</p>\n<ul>\n"
                for original in originals {
                    content +=
                        "<li><a href=\"\(HTMLEscape.attribute(original["url"] as! String))\" lang=\"\(original["code"]!)\" hreflang=\"\(original["code"]!)\">"
                        + HTMLEscape.text(original["title"] as! String) + "</a> ("
                        + HTMLEscape.text(original["name"] as! String) + ")</li>\n"
                }
                content += "</ul>\n"
                values["page"] =
                    [
                        "title": strings["notTranslatedTitle"] ?? page.frontMatter.title,
                        "content": content,
                        "url": "./",
                        "kind": "untranslated",
                        "section": page.path.section,
                    ] as [String: Any]
                values["noindex"] = true
                values["untranslated"] = true
                values["originals"] = originals
                values["languages"] = context.switcher(for: page, from: folder).map { entry -> [String: Any] in
                    var entry = entry.anyDictionary
                    // The reader's language is the current one, not the original's.
                    entry["current"] = entry["code"] as? String == language.code
                    return entry
                }
                // A stand-in is noindex: no hreflang group points at it, and it points at none.
                values["alternates"] = [] as [Any]
                values["breadcrumbs"] = [] as [Any]
                values["isPage"] = true
                let template = templates.has("untranslated") ? "untranslated" : "page"
                files.append(
                    OutputFile(path: folder + "index.html", text: templates.render(values, template: template)))
            }
        }
        return files
    }

    /// `index.html` at the root, leading readers to a language.
    func root() -> OutputFile {
        let languages: [[String: Any]] = config.languages.map { language in
            [
                "code": language.code, "name": language.name, "title": language.title, "url": language.code + "/",
                "choose": context.strings[language.code]?["chooseLanguage"] ?? "",
            ]
        }
        let defaultLanguage = config.defaultLanguage
        var values = context.common(language: defaultLanguage, folder: "")
        values["languages"] = languages
        values["defaultLanguage"] = defaultLanguage.code
        values["canonical"] = config.baseURL
        // The root chooser is the `x-default` of the homes' hreflang group.
        values["alternates"] =
            config.languages.map { ["hreflang": $0.tag, "href": config.baseURL + $0.code + "/"] }
            + [["hreflang": "x-default", "href": config.baseURL]]
        values["og"] =
            [
                "title": defaultLanguage.title, "url": config.baseURL, "type": "website",
                "locale": defaultLanguage.locale,
                "localeAlternates": config.languages.dropFirst().map(\.locale), "siteName": defaultLanguage.title,
            ] as [String: Any]
        if templates.has("root") {
            return OutputFile(path: "index.html", text: templates.render(values, template: "root"))
        }
        var html = "<!doctype html>\n<html lang=\"\(defaultLanguage.tag)\">\n<head><meta charset=\"utf-8\">"
        html += "<title>\(HTMLEscape.text(defaultLanguage.title))</title>"
        html += "<meta http-equiv=\"refresh\" content=\"0; url=\(defaultLanguage.code)/\"></head>\n<body><ul>\n"
        for language in config.languages {
            html +=
                "<li><a href=\"\(language.code)/\" lang=\"\(language.tag)\" hreflang=\"\(language.tag)\">\(HTMLEscape.text(language.name))</a></li>\n"
        }
        html += "</ul></body>\n</html>\n"
        return OutputFile(path: "index.html", text: html)
    }
}
