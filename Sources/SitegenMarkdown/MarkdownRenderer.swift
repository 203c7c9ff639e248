import CCmark
import Foundation
import SitegenCore

/// The result of rendering one page's Markdown.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    /// `h2`–`h4` headings in order, for tables of contents.
    public var headings: [Heading]
    /// Raw HTML the page holds that was left out (`markdown.unsafe` is off), where it starts
    /// in the body: the author is told (`RawHTMLCheck`).
    public var omittedHTML: [OmittedHTML] = []

    public init(html: String, headings: [Heading] = []) {
        self.html = html
        self.headings = headings
    }
}

/// Raw HTML left out of a page: its first line as written, and where it starts in the body
/// (1-based line, byte column).
public struct OmittedHTML: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var column: Int
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
    /// An image's alt text, as plain text; empty for a link.
    public var text: String

    public init(url: String, isImage: Bool, line: Int, column: Int, text: String = "") {
        self.url = url
        self.isImage = isImage
        self.line = line
        self.column = column
        self.text = text
    }
}

/// Renders CommonMark with libcmark, then applies sitegen's passes over cmark's tree.
///
/// libcmark is reentrant: each call makes its own parser, so pages render in parallel.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions
    /// False runs every pass even on pages whose bytes show it has nothing to do (see
    /// `CJKCharacters.mayHaveCJK`, `AutolinkPass.mayHaveAutolinks` and the like), so tests can
    /// check that skipping them changes nothing.
    var skipsPassesByBytes = true

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `markdown`. `language` decides the language-specific passes; `headings` is the
    /// markup around each heading with an id (the theme's, for a site's pages); `footnotes` the
    /// words around the footnotes (the theme's strings); `rewriteLink` may replace a link's
    /// destination (nil keeps it) or throw a diagnostic.
    ///
    /// After libcmark parses, footnote definitions are taken out of its tree, then the passes
    /// run over it in this order (`applyPasses`): task lists, tables, footnote references,
    /// language spans, CJK-friendly emphasis and strikethrough, CJK line breaks, autolinks,
    /// links; then each footnote's content goes through the same passes, heading anchors are
    /// made, the notes are added at the end, and libcmark renders HTML.
    public func render(
        _ markdown: String,
        language: String = "en",
        headings: HeadingMarkup = .plain,
        footnotes: FootnoteMarkup = .plain,
        rewriteLink: (LinkReference) throws -> String? = { _ in nil }
    ) throws -> RenderedMarkdown {
        WorkCounter.markdownRenders?.add(1)
        let cmarkOptions = cmarkOptions(language: language)
        guard let document = Self.parse(markdown, options: cmarkOptions) else { return RenderedMarkdown(html: "") }
        defer { cmark_node_free(document.pointer) }
        let source = InlineSource(markdown)
        var notes = FootnoteTable(
            options.footnotes && (!skipsPassesByBytes || FootnoteDefinitions.mayHaveDefinitions(markdown))
                ? FootnoteDefinitions(source: source).take(from: document) : [])
        try applyPasses(to: document, markdown: markdown, source: source, notes: &notes, rewriteLink: rewriteLink)
        let section = try renderNotes(
            &notes, of: source, language: language, markup: footnotes, rewriteLink: rewriteLink)
        let found = HeadingAnchors(markup: headings, reserved: section?.ids ?? []).apply(to: document)
        if let section { document.append(.custom(block: true, enter: section.html)) }
        // libcmark passes control characters through (typed, or as entities such as `&#27;`).
        let html = HTMLEscape.removingControls(document.renderHTML(options: cmarkOptions))
        var rendered = RenderedMarkdown(html: html, headings: found)
        // Raw HTML starts with `<`: pages without one have none to leave out.
        if !options.unsafe, Self.contains(UInt8(ascii: "<"), in: markdown) {
            rendered.omittedHTML = Self.omittedHTML(in: document) + (section?.omittedHTML ?? [])
        }
        return rendered
    }

    /// libcmark's tree of `markdown`, which the caller frees.
    package static func parse(_ markdown: String, options: Int32) -> CmarkNode? {
        let parsed: OpaquePointer? = markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, options)
        }
        return parsed.map(CmarkNode.init)
    }

    /// The raw HTML of `document` that safe mode leaves out, where it is; `place` tells a place
    /// in `document` as a place in the page (for a footnote's content).
    package static func omittedHTML(
        in document: CmarkNode, place: (Int, Int) -> (line: Int, column: Int) = { ($0, $1) }
    ) -> [OmittedHTML] {
        // Comments (`<!-- 出典を確認 -->`) are written to stay off the page: they are no loss.
        document.descendants {
            ($0.type == CMARK_NODE_HTML_INLINE || $0.type == CMARK_NODE_HTML_BLOCK)
                && !($0.literal ?? "").drop(while: { $0 == " " }).hasPrefix("<!--")
        }.map { node in
            let text = (node.literal ?? "").split(separator: "\n").first.map(String.init) ?? ""
            let (line, column) = place(node.startLine, node.startColumn)
            return OmittedHTML(text: text, line: line, column: column)
        }
    }

    /// Whether `text` holds `byte`, found with `memchr` (a loop over `utf8` shows in profiles).
    package static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// libcmark's options for a page in `language`: smart punctuation only where it is right.
    package func cmarkOptions(language: String) -> Int32 {
        var cmarkOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if options.unsafe { cmarkOptions |= CMARK_OPT_UNSAFE }
        if options.smartPunctuation && !Self.isCJKLanguage(language) { cmarkOptions |= CMARK_OPT_SMART }
        return cmarkOptions
    }

    /// Languages written without spaces between words, where smart quotes are wrong.
    package static func isCJKLanguage(_ code: String) -> Bool {
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return ["ja", "zh", "ko"].contains(base)
    }

    /// Visits every link and image; drops script destinations whatever the options, and
    /// lets the caller rewrite the others. A link a pass made has its place in `places`;
    /// `place` tells a place in `document` as a place in the page (for a footnote's content).
    package static func rewriteLinks(
        in document: OpaquePointer, places: [OpaquePointer: (line: Int, column: Int)] = [:],
        place: (Int, Int) -> (line: Int, column: Int) = { ($0, $1) }, rewrite: (LinkReference) throws -> String?
    ) throws {
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
            let written = places[node] ?? (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
            let (line, column) = place(written.line, written.column)
            let reference = LinkReference(
                url: url, isImage: type == CMARK_NODE_IMAGE, line: line, column: column,
                // Only images' alt text is looked at (`LinkCheck`): a link's text is not gathered.
                text: type == CMARK_NODE_IMAGE ? plainText(of: node) : "")
            if let replacement = try rewrite(reference) {
                cmark_node_set_url(node, replacement)
            }
        }
    }

    /// The text inside a node (an image's alt text), without markup.
    package static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}

/// Recognises destinations that would run code when followed.
package enum URLSafety {
    package static func isScriptURL(_ url: String) -> Bool {
        // Most links are relative paths: no scheme, nothing to look at.
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        // An ASCII scheme (`https`, `mailto`) is compared as bytes, lower-cased.
        if url.utf8[..<colon].allSatisfy({ $0 < 0x80 }) {
            var name: [UInt8] = []
            for byte in url.utf8[..<colon] where byte > 0x20 {
                name.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            if name.elementsEqual("data".utf8) { return !isSafeDataImage(url) }
            return name.elementsEqual("javascript".utf8) || name.elementsEqual("vbscript".utf8)
        }
        // Browsers ignore ASCII whitespace and control characters inside the scheme.
        let scheme = url.unicodeScalars.prefix(while: { $0 != ":" })
            .filter { $0.value > 0x20 }
            .map { Character($0) }
        let name = String(scheme).lowercased()
        // (The colon is there: `url.contains(":")` compared Characters, and missed a colon
        // followed by a combining mark, which a browser still reads as the end of the scheme.)
        return ["javascript", "vbscript", "data"].contains(name) && !(name == "data" && isSafeDataImage(url))
    }

    package static func isSafeDataImage(_ url: String) -> Bool {
        let lower = url.lowercased()
        return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
            lower.hasPrefix($0)
        }
    }
}
