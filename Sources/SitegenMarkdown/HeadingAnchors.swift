import CCmark
import Foundation
import SitegenCore

/// Gives headings ids and self-links, and lists them for the table of contents.
///
/// libcmark's HTML renderer writes no ids, so each `h2`–`h4` (and any heading ending in
/// `{#custom-id}`) is replaced by a custom block holding its inlines between two custom
/// inlines with the tags; libcmark renders the inlines with the rest of the page:
///
/// ```html
/// <div class="heading"><h2 id="目標">目標</h2><a class="anchor" href="#目標" aria-label="見出し「目標」へのリンク">#</a></div>
/// ```
///
/// The link sits after the heading, not inside it, so the heading's accessible name stays
/// its own text and the link has a name of its own that says where it goes.
package struct HeadingAnchors {
    package let language: String

    /// Rewrites the document's headings; returns the `h2`–`h4` ones in order.
    package func apply(to document: CmarkNode) -> [Heading] {
        var slugs = HeadingSlug()
        var headings: [Heading] = []
        for node in document.descendants(where: { $0.type == CMARK_NODE_HEADING }) {
            let level = node.headingLevel
            let custom = Self.takeCustomID(from: node)
            guard custom != nil || (2...4).contains(level) else { continue }
            let text = Self.trimmed(node.plainText)
            let id = slugs.id(for: text, custom: custom)
            if (2...4).contains(level) { headings.append(Heading(level: level, text: text, id: id)) }
            // The heading's inlines move into a custom block between two custom inlines that
            // hold the tags, so libcmark renders them once with the rest of the page. (The block
            // itself is empty: libcmark adds only the line break after it.)
            let (open, close) = tags(level: level, id: id, text: text)
            let block = CmarkNode.custom(block: true, enter: "")
            node.insertBefore(block)
            block.append(CmarkNode.custom(block: false, enter: open))
            while let child = node.firstChild { block.append(child) }
            block.append(CmarkNode.custom(block: false, enter: close))
            node.remove()
        }
        return headings
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (tabs and space separators at either end)
    /// without going through Foundation's `NSString`, which showed in profiles.
    package static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isSpaceOrTab(scalar.value) }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Removes a trailing `{#id}` from the heading's last text node and returns the id.
    package static func takeCustomID(from heading: CmarkNode) -> String? {
        guard let last = heading.lastChild, last.type == CMARK_NODE_TEXT,
            let (text, id) = HeadingSlug.customID(in: last.literal ?? "")
        else { return nil }
        if text.isEmpty { last.remove() } else { last.literal = text }
        return id
    }

    /// What goes before and after a heading's inlines: the heading's tags with its id, and the
    /// self-link after it, all inside `<div class="heading">`.
    package func tags(level: Int, id: String, text: String) -> (open: String, close: String) {
        let escapedID = HTMLEscape.attribute(id)
        let label = HTMLEscape.attribute(Self.label(for: text, language: language))
        return (
            "<div class=\"heading\"><h\(level) id=\"\(escapedID)\">",
            "</h\(level)><a class=\"anchor\" href=\"#\(escapedID)\" aria-label=\"\(label)\">#</a></div>"
        )
    }

    /// The self-link's accessible name, in the page's language.
    package static func label(for text: String, language: String) -> String {
        language.hasPrefix("ja") ? "見出し「\(text)」へのリンク" : "Link to the section “\(text)”"
    }
}
