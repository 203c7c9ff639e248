import Synchronization

/// One page in one language: its place, front matter and Markdown body.
public struct Page: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// `content/_index.<lang>.md`.
        case home
        /// `content/<section>/_index.<lang>.md`.
        case section
        /// Any other page.
        case page
    }

    /// What a page holds.
    private struct Fields: Sendable, Equatable {
        package var path: ContentPath
        package var source: String
        package var frontMatter: FrontMatter
        package var body: Substring
        package var bodyStartLine: Int
        package var automaticSummary: String?
    }

    /// The fields, shared by every copy of the page. A page is copied into link targets,
    /// translations, menus and lists many times per render; copying its twenty-odd
    /// reference-counted fields each time showed in profiles, one reference does not.
    /// Immutable: setting a field gives the page new storage (`update`).
    private final class Storage: Sendable {
        package let fields: Fields
        /// The body's columns, made when a diagnostic first needs one (see `characterColumn`).
        package let columns = Mutex<TextColumns?>(nil)

        package init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage: Storage

    public var path: ContentPath {
        get { storage.fields.path }
        set { update { $0.path = newValue } }
    }
    /// The path shown in diagnostics (`content/strategy/vision.ja.md`).
    public var source: String {
        get { storage.fields.source }
        set { update { $0.source = newValue } }
    }
    public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { update { $0.frontMatter = newValue } }
    }
    /// A slice of the file's text: a big site's Markdown is held once, not twice.
    public var body: Substring {
        get { storage.fields.body }
        set { update { $0.body = newValue } }
    }
    /// The 1-based line of the file on which `body` starts.
    public var bodyStartLine: Int {
        get { storage.fields.bodyStartLine }
        set { update { $0.bodyStartLine = newValue } }
    }

    /// The summary made from the body when front matter has none (`AutomaticSummaries`): the
    /// text before `<!--more-->`, else the first paragraph, cut at a sentence end.
    public var automaticSummary: String? {
        get { storage.fields.automaticSummary }
        set { update { $0.automaticSummary = newValue } }
    }

    /// What lists, feeds, calendars, the meta description and JSON-LD show of the page:
    /// `summary:` from front matter, else the automatic one.
    public var summary: String? { storage.fields.frontMatter.summary ?? storage.fields.automaticSummary }

    public init(path: ContentPath, source: String, frontMatter: FrontMatter, body: Substring, bodyStartLine: Int) {
        storage = Storage(
            Fields(path: path, source: source, frontMatter: frontMatter, body: body, bodyStartLine: bodyStartLine))
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public static func == (lhs: Page, rhs: Page) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public var kind: Kind {
        if path.isIndex { return path.section.isEmpty ? .home : .section }
        return .page
    }

    public var language: String { path.language }

    /// The first folder of the page's section (`events` for `events/2025/x`), which decides
    /// its rules and default layout.
    public var sectionRoot: String {
        String(path.section.split(separator: "/").first ?? "")
    }

    /// The 1-based character column of a place in `body` given as libcmark gives it: a 1-based
    /// line of the body and a 1-based UTF-8 byte column. The body is walked once, for the first
    /// column asked for, so a page with thousands of findings costs in proportion to its size.
    package func characterColumn(ofByteColumn column: Int, line: Int) -> Int {
        storage.columns.withLock { columns in
            if columns == nil { columns = TextColumns(body) }
            return columns!.characterColumn(ofByteColumn: column, line: line)
        }
    }

    /// What pairs translations: same section and the same `translationKey`, or else the same slug.
    public var translationID: String {
        path.section + "/" + (frontMatter.translationKey ?? path.slug)
    }
}
