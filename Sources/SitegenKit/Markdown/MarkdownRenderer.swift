import Foundation
import CCmark

/// The result of rendering one page's Markdown.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    /// `h2`–`h4` headings in order, for tables of contents.
    public var headings: [Heading]

    public init(html: String, headings: [Heading] = []) {
        self.html = html
        self.headings = headings
    }
}

/// A heading of a rendered page.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A link or image destination found in Markdown, with its place in the file.
public struct LinkReference: Sendable, Equatable {
    public var url: String
    public var isImage: Bool
    public var line: Int
    public var column: Int
}

/// Renders CommonMark with libcmark, then applies sitegen's passes over cmark's tree.
///
/// libcmark is reentrant: each call makes its own parser, so pages render in parallel.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `markdown`. `language` decides the language-specific passes; `rewriteLink`
    /// may replace a link's destination (nil keeps it) or throw a diagnostic.
    public func render(
        _ markdown: String,
        language: String = "en",
        rewriteLink: (LinkReference) throws -> String? = { _ in nil }
    ) throws -> RenderedMarkdown {
        var cmarkOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if options.unsafe { cmarkOptions |= CMARK_OPT_UNSAFE }
        if options.smartPunctuation && !Self.isCJKLanguage(language) { cmarkOptions |= CMARK_OPT_SMART }
        let document: OpaquePointer? = markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, cmarkOptions)
        }
        guard let document else { return RenderedMarkdown(html: "") }
        defer { cmark_node_free(document) }
        try Self.rewriteLinks(in: document, rewrite: rewriteLink)
        guard let rendered = cmark_render_html(document, cmarkOptions) else { return RenderedMarkdown(html: "") }
        defer { free(rendered) }
        return RenderedMarkdown(html: String(cString: rendered))
    }

    /// Languages written without spaces between words, where smart quotes are wrong.
    static func isCJKLanguage(_ code: String) -> Bool {
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return ["ja", "zh", "ko"].contains(base)
    }

    /// Visits every link and image; drops script destinations whatever the options, and
    /// lets the caller rewrite the others.
    static func rewriteLinks(in document: OpaquePointer, rewrite: (LinkReference) throws -> String?) throws {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if URLSafety.isScriptURL(url) {
                cmark_node_set_url(node, "")
                continue
            }
            let reference = LinkReference(
                url: url, isImage: type == CMARK_NODE_IMAGE,
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            if let replacement = try rewrite(reference) {
                cmark_node_set_url(node, replacement)
            }
        }
    }
}

/// Recognises destinations that would run code when followed.
enum URLSafety {
    static func isScriptURL(_ url: String) -> Bool {
        // Most links are relative paths: no scheme, nothing to look at.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return false }
        // Browsers ignore ASCII whitespace and control characters inside the scheme.
        let scheme = url.unicodeScalars.prefix(while: { $0 != ":" })
            .filter { $0.value > 0x20 }
            .map { Character($0) }
        let name = String(scheme).lowercased()
        return ["javascript", "vbscript", "data"].contains(name) && url.contains(":")
            && !(name == "data" && isSafeDataImage(url))
    }

    static func isSafeDataImage(_ url: String) -> Bool {
        let lower = url.lowercased()
        return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
            lower.hasPrefix($0)
        }
    }
}
