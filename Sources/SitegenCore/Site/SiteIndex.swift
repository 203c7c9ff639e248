/// The published pages of a site, paired into translations and ready to look up.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    /// Published pages, sorted by source path.
    public let pages: [Page]
    /// translationID → language → index in `pages`.
    private let byID: [String: [String: Int]]
    /// `section/slug` (by file name, not translationKey) → language → index in `pages`.
    private let byFile: [String: [String: Int]]
    /// Section → language → indices in `pages` of its pages, in list order: what `children`
    /// returns, computed once instead of filtering every page for every list.
    private let childrenBySection: [String: [String: [Int]]]
    /// Section → the entries of its list in every language (see `listedCount`), counted once.
    private let listedCounts: [String: Int]
    /// Each page's place among its section's pages, by source (see `place(of:)`).
    package let places: [String: SectionPlace]

    /// Pairs pages; reports two pages claiming one translation slot or one output path.
    public init(config: SiteConfig, pages: [Page]) throws(BuildFailure) {
        self.config = config
        self.pages = pages.sorted { $0.source < $1.source }
        var byID: [String: [String: Int]] = [:]
        var byFile: [String: [String: Int]] = [:]
        var outputs: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (index, page) in self.pages.enumerated() {
            if let other = byID[page.translationID]?[page.language] {
                problems.append(
                    Diagnostic(
                        path: page.source, line: page.frontMatter.positions["translationKey"]?.line,
                        column: page.frontMatter.positions["translationKey"]?.column,
                        message:
                            "this page and \(self.pages[other].source) are both the \(page.language) version of `\(page.translationID)`",
                        hint: "give one of them another translationKey, or remove it"))
            }
            byID[page.translationID, default: [:]][page.language] = index
            byFile[page.path.section + "/" + page.path.slug, default: [:]][page.language] = index
            let output = URLScheme.outputFile(of: page.path).lowercased()
            if let other = outputs[output] {
                problems.append(
                    Diagnostic(
                        path: page.source,
                        message: "this page and \(self.pages[other].source) would both be written to site/\(output)",
                        hint: "rename one of them"))
            }
            outputs[output] = index
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        self.byID = byID
        self.byFile = byFile
        self.childrenBySection = Self.childrenIndex(self.pages, model: config.contentModel)
        let sorted = self.pages
        self.listedCounts = childrenBySection.mapValues { languages in
            Set(languages.values.joined().map { sorted[$0].translationID }).count
        }
        self.places = Self.places(sorted, children: childrenBySection)
    }

    /// The page's versions in every language that has one, in the site's language order.
    public func translations(of page: Page) -> [String: Page] {
        (byID[page.translationID] ?? [:]).mapValues { pages[$0] }
    }

    /// How many entries the list of `section` has in every language: one per translation
    /// group with a page in it (a page missing in a language is listed in its own).
    package func listedCount(of section: String) -> Int {
        listedCounts[section] ?? 0
    }

    /// The pages of `landing`'s list when its `paginate` cuts it; nil when it is one page.
    package func listPages(of landing: Page) -> ListPages? {
        guard landing.kind == .section, let size = landing.frontMatter.paginate else { return nil }
        return ListPages(entries: listedCount(of: landing.path.section), size: size)
    }

    /// The folder of every list page after the first (`en/events/page/2/`), and its landing.
    package func listPageFolders() -> [(folder: String, landing: Page)] {
        var folders: [(String, Page)] = []
        for page in pages {
            guard let list = listPages(of: page) else { continue }
            let landing = URLScheme.directory(of: page.path)
            for number in 2...list.count { folders.append((ListPages.folder(landing, number: number), page)) }
        }
        return folders
    }

    /// The version of `page` in `language`, if written.
    public func translation(of page: Page, in language: String) -> Page? {
        byID[page.translationID]?[language].map { pages[$0] }
    }

    /// The page whose file is `section/slug.<language>.md`, if published.
    public func page(section: String, slug: String, language: String) -> Page? {
        byFile[section + "/" + slug]?[language].map { pages[$0] }
    }

    /// Any published language version of the file `section/slug`, default language first.
    public func anyPage(section: String, slug: String) -> Page? {
        guard let versions = byFile[section + "/" + slug] else { return nil }
        for language in config.languages {
            if let index = versions[language.code] { return pages[index] }
        }
        return nil
    }

    /// The landing page of `section` in `language`.
    public func landing(section: String, language: String) -> Page? {
        page(section: section, slug: "_index", language: language)
    }

    /// The pages directly inside `section` in `language`: by weight, then newest date, then title.
    public func children(of section: String, language: String) -> [Page] {
        (childrenBySection[section]?[language] ?? []).map { pages[$0] }
    }

    /// Pages of kind `.page` by section and language, each list in `listOrder` with the `order`
    /// its section declares.
    private static func childrenIndex(_ pages: [Page], model: ContentModel) -> [String: [String: [Int]]] {
        var index: [String: [String: [Int]]] = [:]
        for (position, page) in pages.enumerated() where page.kind == .page {
            index[page.path.section, default: [:]][page.language, default: []].append(position)
        }
        return index.mapValues { languages in
            languages.mapValues { positions in
                guard let first = positions.first else { return positions }
                let order = model.schema(for: pages[first].sectionRoot)?.order
                return positions.sorted { listOrder(pages[$0], pages[$1], order: order) }
            }
        }
    }

    /// Sections that have a landing or pages, sorted by the landing's weight then name.
    public func sections(language: String) -> [String] {
        var names = Set<String>()
        for page in pages where page.language == language && !page.path.section.isEmpty {
            names.insert(page.path.section)
        }
        return names.sorted { lhs, rhs in
            let left = landing(section: lhs, language: language)?.frontMatter.weight ?? Int.max
            let right = landing(section: rhs, language: language)?.frontMatter.weight ?? Int.max
            return (left, lhs) < (right, rhs)
        }
    }

    /// The order of lists: `weight` (pages without one last), then `date` newest first, then
    /// title. A section's `order` puts its own first: `date-descending` and `date-ascending`
    /// order by date before weight (pages without a date last), `title` by title alone.
    public static func listOrder(_ lhs: Page, _ rhs: Page, order: SectionOrder? = nil) -> Bool {
        let leftWeight = lhs.frontMatter.weight ?? Int.max
        let rightWeight = rhs.frontMatter.weight ?? Int.max
        func byDate(newestFirst: Bool) -> Bool? {
            switch (lhs.frontMatter.date, rhs.frontMatter.date) {
            case (let left?, let right?) where left != right: return newestFirst ? left > right : left < right
            case (_?, nil): return true
            case (nil, _?): return false
            default: return nil
            }
        }
        switch order {
        case .dateDescending?, .dateAscending?:
            if let decided = byDate(newestFirst: order == .dateDescending) { return decided }
            if leftWeight != rightWeight { return leftWeight < rightWeight }
        case .title?:
            break
        case .weight?, nil:
            if leftWeight != rightWeight { return leftWeight < rightWeight }
            if let decided = byDate(newestFirst: true) { return decided }
        }
        if lhs.frontMatter.title != rhs.frontMatter.title { return lhs.frontMatter.title < rhs.frontMatter.title }
        return lhs.source < rhs.source
    }
}
