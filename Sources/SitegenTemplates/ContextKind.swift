import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// A kind of template context: each kind of page sitegen renders, and the partials it renders
/// with contexts of their own. Its `rows` are the keys its context has, each with what it
/// holds: the tables of Themes.md ("Template context"), printed by `sitegen theme keys` and
/// compared with the article by `ThemeDocumentationTests`.
package enum ContextKind: CaseIterable, Sendable {
    case everyPage
    case home
    case section
    case page
    case listPage
    case taxonomy
    case term
    case standIn
    case search
    case notFound
    case root
    case heading

    /// The heading of its table in Themes.md.
    package var title: String {
        switch self {
        case .everyPage: "Every page"
        case .home: "Home"
        case .section: "Section landing"
        case .page: "Page"
        case .listPage: "Later pages of a paged list"
        case .taxonomy: "Taxonomy: the list of its terms"
        case .term: "Term: the pages that list it"
        case .standIn: "Stand-in for a missing translation"
        case .search: "Search page"
        case .notFound: "404 page"
        case .root: "Root"
        case .heading: "Heading partial"
        }
    }

    /// The kind a page of the content renders with.
    package init(_ kind: Page.Kind) {
        switch kind {
        case .home: self = .home
        case .section: self = .section
        case .page: self = .page
        }
    }

    /// Whether the context also has the keys of **Every page** (`everyPage`): all pages do;
    /// the heading partial does not.
    package var includesEveryPage: Bool { self != .heading && self != .everyPage }

    /// Whether `key` is one of this kind's keys, its own or those of every page.
    package func declares(_ key: ContextKey) -> Bool {
        rows.contains { $0.key == key } || (includesEveryPage && ContextKind.everyPage.declares(key))
    }

    /// The kind's keys, as its table in Themes.md shows them.
    package var markdownTable: String {
        Self.markdown(rows.map { ($0.key.rawValue, $0.what) })
    }

    /// A table of `| key | what |` rows.
    package static func markdown(_ rows: [(key: String, what: String)]) -> String {
        var lines = ["| key | what |", "| --- | --- |"]
        for row in rows { lines.append("| `\(row.key)` | \(row.what) |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every table of Themes.md's "Template context", each under its heading, as
    /// `sitegen theme keys` prints them.
    package static var markdown: String {
        let kinds = allCases.map { "### \($0.title)\n\n" + $0.markdownTable }
        return (kinds + ["### The page value\n\n" + markdown(pageValueRows)]).joined(separator: "\n")
    }
}
