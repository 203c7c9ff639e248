import CCmark
import SitegenCore

/// GitHub's strikethrough inside `EmphasisPass`: `~~削除~~` and `~削除~` become `<del>`.
///
/// As in cmark-gfm, `~` runs take part in the same delimiter algorithm as `*` and `_`: a run
/// opens when it is left-flanking and closes when it is right-flanking (by the CJK-friendly
/// amendment when that is on, so `~~「削除」~~です` works as `**「強調」**です` does); an
/// opener pairs only with a closer of its own length; runs of three or more are text.
extension EmphasisPass {
    /// What a strikethrough is written as: a custom inline between these two tags.
    package static let strikeTags = (open: "<del>", close: "</del>")

    /// Whether `markdown` may hold strikethrough: a `~` anywhere.
    package static func mayHaveStrikethrough(_ markdown: String) -> Bool {
        MarkdownRenderer.contains(UInt8(ascii: "~"), in: markdown)
    }

    /// Whether `node` is a strikethrough this pass made.
    package static func isStrikethrough(_ node: CmarkNode) -> Bool {
        node.type == CMARK_NODE_CUSTOM_INLINE && node.onEnter == strikeTags.open
    }

    /// Moves the nodes between two paired runs into a new strikethrough, and removes the runs.
    static func strike(between opener: CmarkNode, and closer: CmarkNode) {
        let strikethrough = CmarkNode.custom(block: false, enter: strikeTags.open, exit: strikeTags.close)
        var child = opener.next
        while let node = child, node != closer {
            child = node.next
            strikethrough.append(node)
        }
        opener.insertAfter(strikethrough)
        opener.remove()
        closer.remove()
    }
}
