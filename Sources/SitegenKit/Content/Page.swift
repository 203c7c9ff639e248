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

    /// The fields, shared by every copy of the page. A page is copied into link targets,
    /// translations, menus and lists many times per render; copying its twenty-odd
    /// reference-counted fields each time showed in profiles, one reference does not.
    /// Immutable: setting a field gives the page new storage.
    private final class Storage: Sendable {
        let path: ContentPath
        let source: String
        let frontMatter: FrontMatter
        let body: Substring
        let bodyStartLine: Int

        init(path: ContentPath, source: String, frontMatter: FrontMatter, body: Substring, bodyStartLine: Int) {
            self.path = path
            self.source = source
            self.frontMatter = frontMatter
            self.body = body
            self.bodyStartLine = bodyStartLine
        }
    }

    private var storage: Storage

    public var path: ContentPath {
        get { storage.path }
        set {
            storage = Storage(
                path: newValue, source: source, frontMatter: frontMatter, body: body, bodyStartLine: bodyStartLine)
        }
    }
    /// The path shown in diagnostics (`content/strategy/vision.ja.md`).
    public var source: String {
        get { storage.source }
        set {
            storage = Storage(
                path: path, source: newValue, frontMatter: frontMatter, body: body, bodyStartLine: bodyStartLine)
        }
    }
    public var frontMatter: FrontMatter {
        get { storage.frontMatter }
        set {
            storage = Storage(
                path: path, source: source, frontMatter: newValue, body: body, bodyStartLine: bodyStartLine)
        }
    }
    /// A slice of the file's text: a big site's Markdown is held once, not twice.
    public var body: Substring {
        get { storage.body }
        set {
            storage = Storage(
                path: path, source: source, frontMatter: frontMatter, body: newValue, bodyStartLine: bodyStartLine)
        }
    }
    /// The 1-based line of the file on which `body` starts.
    public var bodyStartLine: Int {
        get { storage.bodyStartLine }
        set {
            storage = Storage(path: path, source: source, frontMatter: frontMatter, body: body, bodyStartLine: newValue)
        }
    }

    public init(path: ContentPath, source: String, frontMatter: FrontMatter, body: Substring, bodyStartLine: Int) {
        storage = Storage(
            path: path, source: source, frontMatter: frontMatter, body: body, bodyStartLine: bodyStartLine)
    }

    public static func == (lhs: Page, rhs: Page) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.path == rhs.path && lhs.source == rhs.source && lhs.frontMatter == rhs.frontMatter
                && lhs.body == rhs.body && lhs.bodyStartLine == rhs.bodyStartLine)
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

    /// What pairs translations: same section and the same `translationKey`, or else the same slug.
    public var translationID: String {
        path.section + "/" + (frontMatter.translationKey ?? path.slug)
    }
}
