import CCmark
import Foundation
import SitegenCore

/// Makes the addresses written in text links, as GitHub does (`AutolinkScanner` says which).
///
/// The links are libcmark link nodes, made before links are rewritten and checked, so an
/// address in text is treated as a link written `[https://…](https://…)` would be. Addresses
/// in code, in link text and between raw `<a>` and `</a>` are left alone. The pass runs after
/// the emphasis pass: `~~www.example.org~~` is struck through, then linked inside.
package struct AutolinkPass {
    package let source: InlineSource

    /// Whether `markdown` may hold an address in its text: an `@`, or a `://` or `www.` that
    /// is not a link's destination (`](https://…)`, `<https://…>`, `[name]: https://…`), where
    /// most pages' addresses are: those pages skip the pass.
    package static func mayHaveAutolinks(_ markdown: String) -> Bool {
        if MarkdownRenderer.contains(UInt8(ascii: "@"), in: markdown) { return true }
        let scheme = ByteSearch.contains(UInt8(ascii: ":"), in: markdown) { bytes, offset in
            guard offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: "/"),
                bytes[offset + 2] == UInt8(ascii: "/")
            else { return false }
            var start = offset
            while start > 0, isASCIILetter(bytes[start - 1]) { start -= 1 }
            return start < offset && !isDestination(at: start, in: bytes)
        }
        return scheme
            || ByteSearch.contains(UInt8(ascii: "w"), in: markdown) { bytes, offset in
                offset + 4 <= bytes.count && bytes[offset + 1] == UInt8(ascii: "w")
                    && bytes[offset + 2] == UInt8(ascii: "w") && bytes[offset + 3] == UInt8(ascii: ".")
                    && (offset == 0 || bytes[offset - 1] != UInt8(ascii: "/")) && !isDestination(at: offset, in: bytes)
            }
    }

    /// Whether the address starting at `start` is written as a link's destination, which no
    /// text can hold: after `](` up to `)`, after `<` up to `>`, or after `]:` up to the end of
    /// the line, with no blank in it. (With a blank it may be a title, or text: the pass runs.)
    static func isDestination(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0 else { return false }
        var end = start
        while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x29, 0x3E].contains(bytes[end]) { end += 1 }
        let next = end < bytes.count ? bytes[end] : 0x0A
        switch bytes[start - 1] {
        case UInt8(ascii: "<"):
            return next == UInt8(ascii: ">")
        case UInt8(ascii: "("):
            return start >= 2 && bytes[start - 2] == UInt8(ascii: "]") && next == UInt8(ascii: ")")
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            var index = start - 1
            while index > 0, bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t") {
                index -= 1
            }
            return index >= 2 && bytes[index - 1] == UInt8(ascii: ":") && bytes[index - 2] == UInt8(ascii: "]")
                && (next == 0x0A || next == 0x0D)
        default:
            return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Whether a text node may hold an address, read from its C string without copying it.
    private static func mayHoldAddress(_ node: CmarkNode) -> Bool {
        guard let literal = cmark_node_get_literal(node.pointer) else { return false }
        return strchr(literal, Int32(UInt8(ascii: "@"))) != nil || strstr(literal, "://") != nil
            || strstr(literal, "www.") != nil
    }

    /// Links the addresses of `document`; returns where each new link's address is in the
    /// source (line, byte column), as far as it can be found, for the link's checks.
    package func apply(to document: CmarkNode) -> [OpaquePointer: (line: Int, column: Int)] {
        var places: [OpaquePointer: (line: Int, column: Int)] = [:]
        visit(document, block: document, places: &places)
        return places
    }

    private func visit(_ node: CmarkNode, block: CmarkNode, places: inout [OpaquePointer: (line: Int, column: Int)]) {
        let block = node.startLine > 0 ? node : block
        var insideAnchor = false
        var child = node.firstChild
        while let current = child {
            switch current.type {
            case CMARK_NODE_TEXT:
                // An address may run on into a text node a pass cut off (libcmark joins its own).
                while let following = current.next, following.type == CMARK_NODE_TEXT {
                    current.literal = (current.literal ?? "") + (following.literal ?? "")
                    following.remove()
                }
                child = current.next
                if !insideAnchor, Self.mayHoldAddress(current) { link(current, block: block, places: &places) }
                continue
            case CMARK_NODE_HTML_INLINE:
                let tag = (current.literal ?? "").lowercased()
                if tag.hasPrefix("<a ") || tag.hasPrefix("<a>") { insideAnchor = true }
                if tag.hasPrefix("</a") { insideAnchor = false }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                break
            default:
                visit(current, block: block, places: &places)
            }
            child = current.next
        }
    }

    /// Replaces a text node holding addresses with text and links.
    private func link(_ node: CmarkNode, block: CmarkNode, places: inout [OpaquePointer: (line: Int, column: Int)]) {
        guard let literal = node.literal else { return }
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
