import CCmark
import SitegenCore

/// Makes the addresses written in text links, as GitHub does (`AutolinkScanner` says which).
///
/// The links are libcmark link nodes, made before links are rewritten and checked, so an
/// address in text is treated as a link written `[https://…](https://…)` would be. Addresses
/// in code, in link text and between raw `<a>` and `</a>` are left alone. The pass runs after
/// the emphasis pass: `~~www.example.org~~` is struck through, then linked inside.
package struct AutolinkPass {
    package let source: InlineSource

    /// Whether `markdown` may hold an address: `://`, `www.` or `@`.
    package static func mayHaveAutolinks(_ markdown: String) -> Bool {
        MarkdownRenderer.contains(UInt8(ascii: "@"), in: markdown) || ByteSearch.contains("://", in: markdown)
            || ByteSearch.contains("www.", in: markdown)
    }

    /// Links the addresses of `document`; returns where each new link's address is in the
    /// source (line, byte column), as far as it can be found, for the link's checks.
    package func apply(to document: CmarkNode) -> [OpaquePointer: (line: Int, column: Int)] {
        var places: [OpaquePointer: (line: Int, column: Int)] = [:]
        visit(document, block: document, places: &places)
        return places
    }

    private func visit(_ node: CmarkNode, block: CmarkNode, places: inout [OpaquePointer: (line: Int, column: Int)]) {
        let block = node.startLine > 0 && node.type != CMARK_NODE_TEXT ? node : block
        if node.children.contains(where: { $0.type == CMARK_NODE_TEXT }) { node.mergeAdjacentText() }
        var insideAnchor = false
        var child = node.firstChild
        while let current = child {
            child = current.next
            switch current.type {
            case CMARK_NODE_TEXT:
                if !insideAnchor { link(current, block: block, places: &places) }
            case CMARK_NODE_HTML_INLINE:
                let tag = (current.literal ?? "").lowercased()
                if tag.hasPrefix("<a ") || tag.hasPrefix("<a>") { insideAnchor = true }
                if tag.hasPrefix("</a") { insideAnchor = false }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                break
            default:
                visit(current, block: block, places: &places)
            }
        }
    }

    /// Replaces a text node holding addresses with text and links.
    private func link(_ node: CmarkNode, block: CmarkNode, places: inout [OpaquePointer: (line: Int, column: Int)]) {
        guard let literal = node.literal, Self.mayHaveAutolinks(literal) else { return }
        let scalars = Array(literal.unicodeScalars)
        let matches = AutolinkScanner.matches(in: scalars, before: Self.characterBefore(node))
        guard !matches.isEmpty else { return }
        var search = node.startLine > 0 ? (node.startLine, node.startColumn) : (block.startLine, block.startColumn)
        var masks: TablePass.SyntaxMasks = [:]
        var start = 0
        for match in matches {
            node.insertPiece(scalars[start..<match.range.lowerBound], mask: nil, masks: &masks)
            let link = CmarkNode(type: CMARK_NODE_LINK)
            cmark_node_set_url(link.pointer, match.url)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[match.range])
            link.append(.text(String(text)))
            node.insertBefore(link)
            let place = source.find(Array(String(text).utf8), from: search, through: max(block.endLine, search.0))
            places[link.pointer] = place ?? search
            if let place { search = (place.line, place.column + 1) }
            start = match.range.upperBound
        }
        node.insertPiece(scalars[start...], mask: nil, masks: &masks)
        node.remove()
    }

    /// The character before a text node, as the scanner needs it: nil at the start of a line
    /// or container, and after emphasis (whose delimiter comes before).
    private static func characterBefore(_ node: CmarkNode) -> Unicode.Scalar? {
        guard let previous = node.previous else { return nil }
        switch previous.type {
        case CMARK_NODE_TEXT: return previous.literal?.unicodeScalars.last
        case CMARK_NODE_CODE: return "`"
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return ")"
        case CMARK_NODE_HTML_INLINE: return ">"
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return "*"
        case CMARK_NODE_CUSTOM_INLINE:
            if FootnoteReferences.isReference(previous) { return "]" }
            return EmphasisPass.isStrikethrough(previous) ? "~" : nil
        default: return nil
        }
    }
}
