import Foundation

/// One term of a taxonomy in one language: the key that names its folder, its label, and the
/// pages of that language that list it.
public struct Term: Sendable {
    public let key: String
    public let label: String
    /// In list order (`SiteIndex.listOrder`): by weight, newest first, by title.
    public let pages: [Page]
}

/// The terms of every taxonomy the site declares, per language, worked out once from the
/// published pages (`SiteIndex`) and the terms files: what term pages, term lists, term feeds,
/// the terms on each page and its related pages read.
public struct TaxonomyIndex: Sendable {
    public let taxonomies: [Taxonomy]
    /// Taxonomy → its terms file, when the site has one.
    public let tables: [String: TermsFile]
    /// Taxonomy → language → terms, most pages first, then by label.
    private let terms: [String: [String: [Term]]]
    /// Taxonomy → language → key → position in `terms`.
    private let positions: [String: [String: [String: Int]]]
    /// Page source → taxonomy → the keys it lists, in the order written, each once.
    private let keysOfPage: [String: [String: [String]]]
    /// Every page that lists a term, in list order (`SiteIndex.listOrder`), and its place there.
    private let ordered: [Page]
    private let rank: [String: Int]
    /// Taxonomy → language → key → the ranks of its pages, in order: what `related` counts.
    private let members: [String: [String: [String: [Int]]]]

    /// No taxonomy: what a site without `taxonomies:` has.
    public init() {
        taxonomies = []
        tables = [:]
        terms = [:]
        positions = [:]
        keysOfPage = [:]
        ordered = []
        rank = [:]
        members = [:]
    }

    public init(index: SiteIndex, tables: [String: TermsFile]) {
        taxonomies = index.config.contentModel.taxonomies
        self.tables = tables
        let names = taxonomies.map(\.name)
        let ordered = index.pages.filter { page in names.contains { page.frontMatter.terms[$0] != nil } }
            .sorted { SiteIndex.listOrder($0, $1) || (!SiteIndex.listOrder($1, $0) && $0.source < $1.source) }
        let rank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.source, $0) })
        var keysOfPage: [String: [String: [String]]] = [:]
        var terms: [String: [String: [Term]]] = [:]
        var positions: [String: [String: [String: Int]]] = [:]
        var members: [String: [String: [String: [Int]]]] = [:]
        for taxonomy in taxonomies {
            // Language → key → (first label written, ranks of its pages in list order).
            var found: [String: [String: (label: String, ranks: [Int])]] = [:]
            for (position, page) in ordered.enumerated() {
                guard let written = page.frontMatter.terms[taxonomy.name] else { continue }
                var keys: [String] = []
                for text in written {
                    let key = Self.key(for: text, table: tables[taxonomy.name], language: page.language)
                    guard !key.isEmpty, !keys.contains(key) else { continue }
                    keys.append(key)
                    let label = tables[taxonomy.name]?.labels[key]?[page.language] ?? text
                    found[page.language, default: [:]][key, default: (label, [])].ranks.append(position)
                }
                keysOfPage[page.source, default: [:]][taxonomy.name] = keys
            }
            for (language, byKey) in found {
                let list = byKey.map { key, value in
                    Term(key: key, label: value.label, pages: value.ranks.map { ordered[$0] })
                }.sorted { ($1.pages.count, $0.label, $0.key) < ($0.pages.count, $1.label, $1.key) }
                terms[taxonomy.name, default: [:]][language] = list
                positions[taxonomy.name, default: [:]][language] = Dictionary(
                    uniqueKeysWithValues: list.enumerated().map { ($1.key, $0) })
                members[taxonomy.name, default: [:]][language] = byKey.mapValues(\.ranks)
            }
        }
        self.terms = terms
        self.positions = positions
        self.keysOfPage = keysOfPage
        self.ordered = ordered
        self.rank = rank
        self.members = members
    }

    /// Whether any page lists any term.
    public var isEmpty: Bool { terms.isEmpty }

    /// The terms of `taxonomy` that pages of `language` list.
    public func terms(of taxonomy: String, language: String) -> [Term] {
        terms[taxonomy]?[language] ?? []
    }

    /// The term `key` of `taxonomy` in `language`, when pages of that language list it.
    public func term(_ taxonomy: String, key: String, language: String) -> Term? {
        guard let position = positions[taxonomy]?[language]?[key] else { return nil }
        return terms[taxonomy]?[language]?[position]
    }

    /// The keys `page` lists under `taxonomy`, in the order written.
    public func keys(of page: Page, taxonomy: String) -> [String] {
        keysOfPage[page.source]?[taxonomy] ?? []
    }

    /// Up to `limit` other pages of `page`'s language that share terms with it: most shared
    /// terms first, then in list order.
    ///
    /// Counted in an array over the pages' ranks, not a dictionary: every page of a big site
    /// asks, and each of its terms may have thousands of pages.
    public func related(to page: Page, limit: Int) -> [Page] {
        guard let own = keysOfPage[page.source], let mine = rank[page.source] else { return [] }
        var counts = [UInt16](repeating: 0, count: ordered.count)
        var touched: [Int] = []
        for (taxonomy, keys) in own {
            for key in keys {
                for other in members[taxonomy]?[page.language]?[key] ?? [] where other != mine {
                    if counts[other] == 0 { touched.append(other) }
                    counts[other] &+= 1
                }
            }
        }
        // The best `limit` by (count, rank), kept sorted: a few comparisons per candidate.
        var best: [Int] = []
        best.reserveCapacity(limit + 1)
        for candidate in touched {
            let count = counts[candidate]
            var place = best.count
            while place > 0 {
                let other = best[place - 1]
                let otherCount = counts[other]
                guard count > otherCount || (count == otherCount && candidate < other) else { break }
                place -= 1
            }
            guard place < limit else { continue }
            best.insert(candidate, at: place)
            if best.count > limit { best.removeLast() }
        }
        return best.map { ordered[$0] }
    }

    /// The key a term written as `text` on a page in `language` has: the terms file's key for
    /// it (by key or by label in that language), else one made from the text (`TermKey`).
    public static func key(for text: String, table: TermsFile?, language: String) -> String {
        table?.key(for: text, language: language) ?? TermKey.make(text)
    }

    /// The folder of `taxonomy`'s list of terms in `language` (`ja/topics/`).
    public static func folder(_ taxonomy: String, language: String) -> String {
        URLScheme.home(language) + taxonomy + "/"
    }

    /// The folder of the page of term `key` (`ja/topics/semiconductors/`).
    public static func termFolder(_ taxonomy: String, key: String, language: String) -> String {
        folder(taxonomy, language: language) + key + "/"
    }

    /// How `term`'s list is cut into pages, when its taxonomy asks for it.
    package func listPages(of term: Term, taxonomy: Taxonomy) -> ListPages? {
        ListPages(entries: term.pages.count, size: taxonomy.paginate)
    }
}

/// Keys of terms that no terms file names: `Machine Learning` → `machine-learning`; text in
/// other scripts is kept (`半導体`), spaces made hyphens, so a term's address reads as its name.
public enum TermKey {
    public static func make(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        var key = ""
        var hyphen = false
        for scalar in trimmed.lowercased().unicodeScalars {
            let keep =
                scalar.isASCII
                ? (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
                : !CharacterSet.whitespacesAndNewlines.contains(scalar)
                    && !CharacterSet.punctuationCharacters.contains(scalar)
            if keep {
                if hyphen && !key.isEmpty { key += "-" }
                key.unicodeScalars.append(scalar)
                hyphen = false
            } else {
                hyphen = true
            }
        }
        return key
    }
}
