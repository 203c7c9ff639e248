import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Context keys of paged lists (`paginate`, see `ListPages`): the entries of one page of a
/// section's list, and `pager`, the links between its pages.
extension PageContext {
    /// The entries page `number` of `landing`'s list shows: all of them when it is not paged.
    package func listedPage(_ landing: Page, number: Int, language: Language) -> [Page] {
        guard let list = index.listPages(of: landing) else { return listed(landing.path.section, language: language) }
        let entries = pagedEntries(landing, language: language)
        return Array(entries[list.range(of: number, entries: entries.count)])
    }

    /// The entries of a paged list in the order its pages cut it: the list's order, or, when
    /// the section groups its list (`groupBy`) and every entry has a value, group by group in
    /// the order of the choices, so that a group goes on at the top of the next page instead of
    /// coming back after another.
    package func pagedEntries(_ landing: Page, language: Language) -> [Page] {
        let entries = listed(landing.path.section, language: language)
        guard let schema = config.contentModel.schema(for: landing.sectionRoot), let key = schema.groupBy,
            case .choice(let choices)? = schema.key(key)?.type,
            entries.allSatisfy({ $0.frontMatter.fields[key] != nil })
        else { return entries }
        return choices.flatMap { choice in entries.filter { $0.frontMatter.fields[key] == .choice(choice) } }
    }

    /// The full context of page `number` (2 or more) of `landing`'s list: the landing's title
    /// and facts without its text (which page 1 shows), that page's entries, and `pager`.
    /// Addresses are seen from the page's own folder (`en/events/page/2/`). `entries`: the
    /// list's `pagedEntries`, worked out once for all its pages.
    package func listPage(_ landing: Page, number: Int, list: ListPages, entries all: [Page]) -> TemplateContext {
        let language = config.language(landing.language)!
        let landingFolder = URLScheme.directory(of: landing.path)
        let folder = ListPages.folder(landingFolder, number: number)
        var context = TemplateContext(.listPage, common: commonObject(language: language, folder: folder))
        context[.page] = .object(pageValues(landing, language: language, from: folder, content: nil))
        context[.languages] = .objects(listSwitcher(for: landing, number: number, from: folder))
        context[.alternates] = .objects(listAlternates(for: landing, number: number))
        context[.canonical] = .string(URLScheme.absolute(folder, baseURL: config.baseURL))
        var crumbs = breadcrumbs(for: landing, language: language, from: folder)
        // The landing is a step on the way; the page itself is the current crumb.
        crumbs[crumbs.count - 1]["url"] = .string(URLScheme.relative(from: folder, to: landingFolder))
        crumbs[crumbs.count - 1]["current"] = .bool(false)
        let pager = pager(list, number: number, landing: landingFolder, language: language)
        crumbs.append(["title": pager["label"]!, "url": .string("./"), "current": .bool(true)])
        context[.breadcrumbs] = .objects(crumbs)
        context[.hasBreadcrumbs] = .bool(true)
        context[.isHome] = .bool(false)
        context[.isSection] = .bool(true)
        context[.isPage] = .bool(false)
        addPublishing(to: &context, page: landing, language: language, folder: folder)
        if case .object(var og)? = context[.og], case .string(let label)? = pager["label"] {
            // A shared link names the page of the list.
            og["title"] = .string(landing.frontMatter.title + " – " + label)
            context[.og] = .object(og)
        }
        let entries = all[list.range(of: number, entries: all.count)]
        context[.pages] = .objects(entries.map { listItem($0, language: language, from: folder) })
        context[.hasPages] = .bool(!entries.isEmpty)
        context[.groups] = .objects(
            groups(Array(entries), section: landing.sectionRoot, language: language, from: folder))
        context[.pager] = .object(pager)
        return context
    }

    /// `pager`: where page `number` stands in the list and the links to its neighbours and to a
    /// window of pages (`ListPages.window`), each relative to that page's folder.
    package func pager(_ list: ListPages, number: Int, landing: String, language: Language) -> TemplateObject {
        let folder = ListPages.folder(landing, number: number)
        func url(_ other: Int) -> TemplateValue {
            .string(URLScheme.relative(from: folder, to: ListPages.folder(landing, number: other)))
        }
        // `Page 2 of 5`, in the theme's words (`pageOf`), for titles and screen readers; `2 / 5`
        // in a theme without them, which reads the same in every language.
        let pattern = interfaceStrings(language).text(.pageOf)
        func label(_ other: Int) -> TemplateValue {
            .string(
                pattern.replacingOccurrences(of: "{number}", with: String(other))
                    .replacingOccurrences(of: "{count}", with: String(list.count)))
        }
        var previousShown = 0
        let pages: [TemplateObject] = list.window(around: number).map { other in
            defer { previousShown = other }
            return [
                "number": .int(other), "url": url(other), "label": label(other), "current": .bool(other == number),
                // Numbers skipped before this one, for an ellipsis.
                "gapBefore": .bool(other > previousShown + 1),
            ]
        }
        var values: TemplateObject = [
            "number": .int(number), "count": .int(list.count), "isFirst": .bool(number == 1),
            "label": label(number), "pages": .objects(pages),
        ]
        if number > 1 { values["previous"] = url(number - 1) }
        if number < list.count { values["next"] = url(number + 1) }
        return values
    }

    /// The language switcher of a list page: page `number` of each translation's list where it
    /// has that many, else the translation's landing (or the stand-in that says it is missing).
    private func listSwitcher(for landing: Page, number: Int, from folder: String) -> [TemplateObject] {
        let versions = index.translations(of: landing)
        return switcher(for: landing, from: folder).map { entry in
            guard case .string(let code)? = entry["code"], let version = versions[code],
                let list = index.listPages(of: version), list.count >= number
            else { return entry }
            var entry = entry
            let target = ListPages.folder(URLScheme.directory(of: version.path), number: number)
            entry["url"] = .string(URLScheme.relative(from: folder, to: target))
            return entry
        }
    }

    /// `hreflang` alternates of a list page: page `number` of every translation that has it,
    /// then `x-default`, the first of them.
    private func listAlternates(for landing: Page, number: Int) -> [TemplateObject] {
        let targets = index.alternates(of: landing).compactMap { alternate -> (Language, String)? in
            guard let list = index.listPages(of: alternate.page), list.count >= number else { return nil }
            let folder = ListPages.folder(URLScheme.directory(of: alternate.page.path), number: number)
            return (alternate.language, URLScheme.absolute(folder, baseURL: config.baseURL))
        }
        var result: [TemplateObject] = targets.map { ["hreflang": .string($0.0.tag), "href": .string($0.1)] }
        if let first = targets.first { result.append(["hreflang": .string("x-default"), "href": .string(first.1)]) }
        return result
    }
}
