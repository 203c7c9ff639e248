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

    public var path: ContentPath
    /// The path shown in diagnostics (`content/strategy/vision.ja.md`).
    public var source: String
    public var frontMatter: FrontMatter
    /// A slice of the file's text: a big site's Markdown is held once, not twice.
    public var body: Substring
    /// The 1-based line of the file on which `body` starts.
    public var bodyStartLine: Int

    public init(path: ContentPath, source: String, frontMatter: FrontMatter, body: Substring, bodyStartLine: Int) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
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
