import CCmark
import SitegenCore

/// Drops line breaks of the source between two CJK characters.
///
/// Japanese and Chinese put no spaces between words, so a paragraph wrapped in the source
/// must not show a space where the line was broken: `日本語の\n文章` renders `日本語の文章`.
/// Between Latin words, or where either side is Hangul (Korean spaces its words), the break
/// stays and renders as a newline, which browsers show as a space.
package enum SoftBreakPass {
    package static func apply(to document: CmarkNode) {
        for softBreak in document.descendants(where: { $0.type == CMARK_NODE_SOFTBREAK }) {
            guard let before = lastScalar(before: softBreak), let after = firstScalar(after: softBreak) else {
                continue
            }
            if joins(before, after) { softBreak.remove() }
        }
    }

    package static func joins(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        CJKCharacters.isCJK(before) && CJKCharacters.isCJK(after)
            && !CJKCharacters.isHangul(before) && !CJKCharacters.isHangul(after)
    }

    package static func lastScalar(before node: CmarkNode) -> Unicode.Scalar? {
        node.previous.flatMap { lastScalar(of: $0) }
    }

    package static func firstScalar(after node: CmarkNode) -> Unicode.Scalar? {
        node.next.flatMap { firstScalar(of: $0) }
    }

    /// The last character a reader sees in an inline node (descending into emphasis, links and
    /// strikethrough).
    package static func lastScalar(of node: CmarkNode) -> Unicode.Scalar? {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: return node.literal?.unicodeScalars.last
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CUSTOM_INLINE:
            return node.lastChild.flatMap { lastScalar(of: $0) }
        default: return nil
        }
    }

    package static func firstScalar(of node: CmarkNode) -> Unicode.Scalar? {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: return node.literal?.unicodeScalars.first
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CUSTOM_INLINE:
            return node.firstChild.flatMap { firstScalar(of: $0) }
        default: return nil
        }
    }
}
