import CCmark
import Foundation
import SitegenCore

/// Makes `[^label]` in the text a reference to the page's note of that label.
///
/// libcmark leaves `[^1]` as text, unless the page's definition `[^1]: 注釈` was also a link
/// reference definition: then `[^1]` became a link to `注釈` (and `![^1]` an image), which is
/// replaced here before any link check sees it. The brackets and the caret must be written
/// bare (`\[^1]` stays text, `InlineSource`), the label must be a defined one (an undefined
/// `[^nope]` stays text, as in cmark-gfm), and references are not made inside link text or
/// code. The references' HTML is written later (`FootnoteTable.writeReferences`).
package struct FootnoteReferences {
    package let source: InlineSource
    /// The syntax masks of text nodes that earlier passes made.
    package var knownMasks: TablePass.SyntaxMasks = [:]

    /// Whether `node` is a reference this pass made.
    package static func isReference(_ node: CmarkNode) -> Bool {
        node.type == CMARK_NODE_CUSTOM_INLINE && node.firstChild == nil
            && node.onEnter.hasPrefix(FootnoteTable.placeholder)
    }

    /// Makes the references of `document` in `table`; returns the masks of the text pieces
    /// it cut, which have no place in the source.
    package func apply(to document: CmarkNode, table: inout FootnoteTable) -> TablePass.SyntaxMasks {
        var masks = knownMasks
        visit(document, table: &table, masks: &masks)
        return masks
    }

    private func visit(_ node: CmarkNode, table: inout FootnoteTable, masks: inout TablePass.SyntaxMasks) {
        var child = node.firstChild
        while let current = child {
            child = current.next
            switch current.type {
            case CMARK_NODE_TEXT:
                split(current, table: &table, masks: &masks)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                replaceLink(current, table: &table, masks: &masks)
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                break
            default:
                visit(current, table: &table, masks: &masks)
            }
        }
    }

    /// Cuts a text node at each `[^label]` of a defined label, and puts a reference there.
    private func split(_ node: CmarkNode, table: inout FootnoteTable, masks: inout TablePass.SyntaxMasks) {
        // Read as a C string first: most text holds no `[^`, and a Swift copy showed in profiles.
        guard let pointer = cmark_node_get_literal(node.pointer), strstr(pointer, "[^") != nil else { return }
        let scalars = Array(String(cString: pointer).unicodeScalars)
        guard let mask = masks[node.pointer] ?? source.syntaxMask(of: node, syntax: TablePass.syntax),
            mask.count == scalars.count
        else { return }
        var start = 0
        var index = 0
        var made = false
        while index + 3 < scalars.count {
            guard scalars[index] == "[", mask[index], scalars[index + 1] == "^", mask[index + 1] else {
                index += 1
                continue
            }
            var end = index + 2
            while end < scalars.count, !Self.endsLabel(scalars[end]) { end += 1 }
            guard end > index + 2, end < scalars.count, scalars[end] == "]", mask[end],
                let reference = table.reference(to: Self.string(scalars[(index + 2)..<end]))
            else {
                index += 1
                continue
            }
            node.insertPiece(scalars[start..<index], mask: mask[start..<index], masks: &masks)
            node.insertBefore(reference)
            made = true
            start = end + 1
            index = start
        }
        guard made else { return }
        node.insertPiece(scalars[start...], mask: mask[start...], masks: &masks)
        node.remove(forgetting: &masks)
    }

    /// Replaces a link (or image) libcmark made of `[^label]` (or `![^label]`) with a reference,
    /// when the source says it was written so: a shortcut `[^1]` or collapsed `[^1][]`, not
    /// `[^1](url)` or `[^1][ref]`.
    private func replaceLink(_ node: CmarkNode, table: inout FootnoteTable, masks: inout TablePass.SyntaxMasks) {
        guard var rest = source.rest(from: node) else { return }
        let isImage = node.type == CMARK_NODE_IMAGE
        if isImage {
            guard rest.first == UInt8(ascii: "!") else { return }
            rest = rest.dropFirst()
        }
        guard rest.starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]) else { return }
        let label = rest.dropFirst(2).prefix { !FootnoteDefinitions.endsLabel($0) }
        let after = rest.dropFirst(2 + label.count)
        guard !label.isEmpty, after.first == UInt8(ascii: "]") else { return }
        let next = after.dropFirst()
        if next.first == UInt8(ascii: "(") { return }
        if next.first == UInt8(ascii: "["), !next.starts(with: [UInt8(ascii: "["), UInt8(ascii: "]")]) { return }
        guard let reference = table.reference(to: String(decoding: label, as: UTF8.self)) else { return }
        if isImage { node.insertPiece(["!"], mask: [false], masks: &masks) }
        node.insertBefore(reference)
        node.remove(forgetting: &masks)
    }

    private static func endsLabel(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "]" || scalar == "[" || CJKCharacters.isWhitespace(scalar)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
