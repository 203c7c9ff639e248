import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Context keys of taxonomies (`TaxonomyIndex`): the terms a page lists and its related pages,
/// the page listing a taxonomy's terms, and each term's page of entries.
extension PageContext {
    /// How many related pages `page.related` offers.
    package static let relatedLimit = 5

    /// Adds to `context["page"]` the page's `terms`, per taxonomy, and `related`, the pages
    /// sharing most terms with it (only when a template can reach them, `related`).
    package func addTerms(to context: inout TemplateContext, page: Page, language: Language, folder: String) {
        guard !taxonomies.isEmpty, case .object(var values)? = context[.page] else { return }
        let groups = taxonomies.taxonomies.compactMap { taxonomy -> TemplateObject? in
            let terms = taxonomies.keys(of: page, taxonomy: taxonomy.name).compactMap {
                taxonomies.term(taxonomy.name, key: $0, language: language.code)
            }
            guard !terms.isEmpty else { return nil }
            return [
                "name": .string(taxonomy.name),
                "label": .string(taxonomy.label(language.code)),
                "url": .string(
                    URLScheme.relative(from: folder, to: TaxonomyIndex.folder(taxonomy.name, language: language.code))),
                "terms": .objects(terms.map { termEntry($0, taxonomy: taxonomy, language: language, from: folder) }),
            ]
        }
        guard !groups.isEmpty else { return }
        values["terms"] = .objects(groups)
        values["hasTerms"] = .bool(true)
        if related {
            let pages = taxonomies.related(to: page, limit: Self.relatedLimit)
            // Title and address alone: every entry has the same keys, so pages with related
            // pages of every kind still share a few render plans (`ContextShape`).
            if !pages.isEmpty {
                values["related"] = .objects(
                    pages.map { related in
                        [
                            "title": .string(related.frontMatter.title),
                            "url": .string(URLScheme.relative(from: folder, to: URLScheme.directory(of: related.path))),
                        ]
                    })
                values["hasRelated"] = .bool(true)
            }
        }
        context[.page] = .object(values)
    }

    /// A term as lists of terms show it: `label`, `url` (its page), `count` (its pages).
    package func termEntry(_ term: Term, taxonomy: Taxonomy, language: Language, from folder: String)
        -> TemplateObject
    {
        let target = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: language.code)
        return [
            "label": .string(term.label),
            "key": .string(term.key),
            "url": .string(URLScheme.relative(from: folder, to: target)),
            "count": .int(term.pages.count),
        ]
    }

    /// The page listing `taxonomy`'s terms in `language` (`<lang>/<taxonomy>/`): `terms` with
    /// their counts, and the same as list entries in `pages` for a theme's `list` template.
    package func taxonomyPage(_ taxonomy: Taxonomy, language: Language) -> TemplateContext {
        let folder = TaxonomyIndex.folder(taxonomy.name, language: language.code)
        var context = TemplateContext(.taxonomy, common: commonObject(language: language, folder: folder))
        let title = taxonomy.label(language.code)
        context[.page] = .object([
            "title": .string(title), "url": .string("./"), "section": .string(taxonomy.name),
            "slug": .string(taxonomy.name), "kind": .string("taxonomy"),
        ])
        let terms = taxonomies.terms(of: taxonomy.name, language: language.code)
        let entries = terms.map { termEntry($0, taxonomy: taxonomy, language: language, from: folder) }
        context[.terms] = .objects(entries)
        context[.pages] = .objects(
            entries.map { entry in
                var item = entry
                item["title"] = entry["label"]
                return item
            })
        context[.hasPages] = .bool(!entries.isEmpty)
        addTaxonomyChrome(
            to: &context, title: title, folder: folder, language: language,
            counterpart: { other in
                taxonomies.terms(of: taxonomy.name, language: other).isEmpty
                    ? nil : TaxonomyIndex.folder(taxonomy.name, language: other)
            }, crumbs: [])
        return context
    }

    /// Page `number` of the list of `term`'s pages in `language` (`<lang>/<taxonomy>/<key>/`,
    /// then `page/2/` …): its entries, `pager` when the taxonomy is paged, `term`, and its feed
    /// as `sectionFeed`.
    package func termPage(_ taxonomy: Taxonomy, term: Term, language: Language, number: Int) -> TemplateContext {
        let landing = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: language.code)
        let folder = ListPages.folder(landing, number: number)
        var context = TemplateContext(.term, common: commonObject(language: language, folder: folder))
        context[.page] = .object([
            "title": .string(term.label), "url": .string("./"), "section": .string(taxonomy.name),
            "slug": .string(term.key), "kind": .string("term"),
        ])
        let list = taxonomies.listPages(of: term, taxonomy: taxonomy)
        let shown = list.map { Array(term.pages[$0.range(of: number, entries: term.pages.count)]) } ?? term.pages
        let items = shown.map { listItem($0, language: language, from: folder) }
        context[.pages] = .objects(items)
        context[.hasPages] = .bool(!items.isEmpty)
        if let list { context[.pager] = .object(pager(list, number: number, landing: landing, language: language)) }
        let taxonomyFolder = TaxonomyIndex.folder(taxonomy.name, language: language.code)
        context[.term] = .object([
            "label": .string(term.label), "key": .string(term.key), "count": .int(term.pages.count),
            "taxonomy": .string(taxonomy.name), "taxonomyLabel": .string(taxonomy.label(language.code)),
            "taxonomyURL": .string(URLScheme.relative(from: folder, to: taxonomyFolder)),
        ])
        if term.pages.contains(where: AtomFeed.isEntry) {
            context[.sectionFeed] = .object([
                "url": .string(
                    URLScheme.relative(
                        from: folder, to: AtomFeed.termPath(language.code, taxonomy: taxonomy.name, key: term.key))),
                "title": .string(language.title + " – " + term.label),
            ])
        }
        let crumbs: [TemplateObject] = [
            [
                "title": .string(taxonomy.label(language.code)),
                "url": .string(URLScheme.relative(from: folder, to: taxonomyFolder)), "current": .bool(false),
            ]
        ]
        addTaxonomyChrome(
            to: &context, title: term.label, folder: folder, language: language,
            counterpart: { other in
                guard let version = taxonomies.term(taxonomy.name, key: term.key, language: other) else { return nil }
                let target = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: other)
                let count = taxonomies.listPages(of: version, taxonomy: taxonomy)?.count ?? 1
                return number <= count ? ListPages.folder(target, number: number) : target
            }, crumbs: crumbs)
        return context
    }

    /// The keys taxonomy and term pages share: the switcher (the same page in each language
    /// that has it, else that language's home, marked missing), `alternates`, `canonical`,
    /// breadcrumbs (home, `crumbs`, this page), and a social card.
    private func addTaxonomyChrome(
        to context: inout TemplateContext, title: String, folder: String, language: Language,
        counterpart: (String) -> String?, crumbs: [TemplateObject]
    ) {
        let canonical = URLScheme.absolute(folder, baseURL: config.baseURL)
        var alternates: [TemplateObject] = []
        context[.languages] = .objects(
            config.languages.map { other in
                let target = counterpart(other.code)
                if let target {
                    alternates.append([
                        "hreflang": .string(other.tag),
                        "href": .string(URLScheme.absolute(target, baseURL: config.baseURL)),
                    ])
                }
                return [
                    "code": .string(other.code), "name": .string(other.name),
                    "url": .string(URLScheme.relative(from: folder, to: target ?? URLScheme.home(other.code))),
                    "current": .bool(other.code == language.code), "missing": .bool(target == nil),
                ]
            })
        if let first = alternates.first {
            alternates.append(["hreflang": .string("x-default"), "href": first["href"]!])
        }
        context[.alternates] = .objects(alternates)
        context[.canonical] = .string(canonical)
        context[.breadcrumbs] = .objects(
            [homeCrumb(language: language, from: folder)] + crumbs + [
                ["title": .string(title), "url": .string("./"), "current": .bool(true)]
            ])
        context[.hasBreadcrumbs] = .bool(true)
        context[.isHome] = .bool(false)
        context[.isSection] = .bool(true)
        context[.isPage] = .bool(false)
        context[.og] = .object([
            "title": .string(title), "url": .string(canonical), "type": .string("website"),
            "locale": .string(language.locale),
            "localeAlternates": .list(
                config.languages.filter { $0.code != language.code && counterpart($0.code) != nil }.map(\.locale)),
            "siteName": .string(language.title),
        ])
        context[.storeLanguage] = .bool(true)
    }
}
