import CCmark
import Foundation

/// Gives headings ids and self-links, and lists them for the table of contents.
///
/// libcmark's HTML renderer writes no ids, so each `h2`–`h4` (and any heading ending in
/// `{#custom-id}`) is rendered here with libcmark (same options: raw HTML inside stays
/// omitted in safe mode) and replaced by a custom block holding that HTML:
///
/// ```html
/// <div class="heading"><h2 id="目標">目標</h2><a class="anchor" href="#目標" aria-label="見出し「目標」へのリンク">#</a></div>
/// ```
///
/// The link sits after the heading, not inside it, so the heading's accessible name stays
/// its own text and the link has a name of its own that says where it goes.
struct HeadingAnchors {
    let language: String
    let cmarkOptions: Int32

    /// Rewrites the document's headings; returns the `h2`–`h4` ones in order.
    func apply(to document: CmarkNode) -> [Heading] {
        var slugs = HeadingSlug()
        var headings: [Heading] = []
        for node in document.descendants(where: { $0.type == CMARK_NODE_HEADING }) {
            let level = node.headingLevel
            let custom = Self.takeCustomID(from: node)
            guard custom != nil || (2...4).contains(level) else { continue }
            let text = Self.trimmed(node.plainText)
            let id = slugs.id(for: text, custom: custom)
            if (2...4).contains(level) { headings.append(Heading(level: level, text: text, id: id)) }
            let html = node.renderHTML(options: cmarkOptions)
            let block = CmarkNode.custom(block: true, enter: wrap(html, level: level, id: id, text: text))
            node.insertBefore(block)
            node.remove()
        }
        return headings
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (tabs and space separators at either end)
    /// without going through Foundation's `NSString`, which showed in profiles.
    static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isSpaceOrTab(scalar.value) }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Removes a trailing `{#id}` from the heading's last text node and returns the id.
    static func takeCustomID(from heading: CmarkNode) -> String? {
        guard let last = heading.lastChild, last.type == CMARK_NODE_TEXT,
            let (text, id) = HeadingSlug.customID(in: last.literal ?? "")
        else { return nil }
        if text.isEmpty { last.remove() } else { last.literal = text }
        return id
    }

    func wrap(_ html: String, level: Int, id: String, text: String) -> String {
        let tag = "<h\(level)>"
        let body = html.hasPrefix(tag) ? String(html.dropFirst(tag.count)) : html
        let trimmed = body.hasSuffix("\n") ? String(body.dropLast()) : body
        let escapedID = HTMLEscape.attribute(id)
        let label = HTMLEscape.attribute(Self.label(for: text, language: language))
        return "<div class=\"heading\"><h\(level) id=\"\(escapedID)\">\(trimmed)"
            + "<a class=\"anchor\" href=\"#\(escapedID)\" aria-label=\"\(label)\">#</a></div>\n"
    }

    /// The self-link's accessible name, in the page's language.
    static func label(for text: String, language: String) -> String {
        language.hasPrefix("ja") ? "見出し「\(text)」へのリンク" : "Link to the section “\(text)”"
    }
}
