import CCmark
import Foundation
import SitegenCore

/// Gives headings ids and the markup around them, and lists them for the table of contents.
///
/// libcmark's HTML renderer writes no ids, so each `h2`–`h4` (and any heading ending in
/// `{#custom-id}`) is replaced by a custom block holding its inlines between two custom
/// inlines with the markup `markup` gives (the theme's `partials/heading`: the heading with its
/// id and a self-link after it); libcmark renders the inlines with the rest of the page.
package struct HeadingAnchors {
    package let markup: HeadingMarkup
    /// Ids the page uses already (its footnotes'), which headings must not take.
    package var reserved: Set<String> = []

    /// Rewrites the document's headings; returns the `h2`–`h4` ones in order.
    package func apply(to document: CmarkNode) -> [Heading] {
        var slugs = HeadingSlug(reserved: HeadingSlug.templateIDs.union(reserved))
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
            let (open, close) = markup.wrap(level, id, text)
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
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
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
}
