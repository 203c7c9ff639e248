import CCmark
import SitegenCore

/// GitHub's task list items: a list item whose first paragraph starts with `[ ]`, `[x]` or `[X]`
/// and a space shows a checkbox in place of the marker, ticked for `x`.
///
/// ```markdown
/// - [x] 申請書を提出する
/// - [ ] 審査結果を待つ
/// ```
///
/// The box is cmark-gfm's, `<input type="checkbox" checked="" disabled="" />`, disabled as a
/// page cannot save a tick. Unlike cmark-gfm, the box and the text of the item's first
/// paragraph are one `<label>`, so that the box has a name for screen readers (axe-core's
/// `label` rule): `<li><label><input … /> 申請書を提出する</label></li>`. (In a loose list the
/// label is the item's first paragraph's content, where cmark-gfm puts the box before the
/// paragraph.) The marker is read from the source, so `\[x]` stays text; a `[x]` that a link
/// reference definition made into a link is still a marker, as in cmark-gfm, which reads it first.
package struct TaskListPass {
    package let source: InlineSource

    /// Whether `markdown` may hold a marker at all: a `]` after `[ `, `[x` or `[X`.
    package static func mayHaveTasks(_ markdown: String) -> Bool {
        ByteSearch.contains(UInt8(ascii: "]"), in: markdown) { bytes, offset in
            offset >= 2 && bytes[offset - 2] == UInt8(ascii: "[")
                && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(
                    bytes[offset - 1])
        }
    }

    /// Makes the checkboxes; returns the masks (`TablePass.syntax`) of the text left after each
    /// marker, which is a new node with no place in the source.
    package func apply(to document: CmarkNode) -> TablePass.SyntaxMasks {
        var masks: TablePass.SyntaxMasks = [:]
        for item in document.descendants(where: { $0.type == CMARK_NODE_ITEM }) {
            guard let paragraph = item.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
                let rest = source.rest(from: paragraph), let checked = Self.marker(at: rest),
                removeMarker(from: paragraph, masks: &masks)
            else { continue }
            let box =
                checked
                ? #"<input type="checkbox" checked="" disabled="" /> "# : #"<input type="checkbox" disabled="" /> "#
            let label = CmarkNode.custom(block: false, enter: "<label>" + box, exit: "</label>")
            while let child = paragraph.firstChild { label.append(child) }
            paragraph.append(label)
        }
        return masks
    }

    /// Whether `line` starts with a task marker and a space or tab: true when it is ticked,
    /// nil when there is no marker.
    package static func marker(at line: ArraySlice<UInt8>) -> Bool? {
        let bytes = Array(line.prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
            bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "\t")
        else { return nil }
        switch bytes[1] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"): return false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return true
        default: return nil
        }
    }

    /// Takes the marker and the blanks after it off the paragraph's first inlines: a text node
    /// starting `[ ] `, or the link libcmark made of `[x]`. False when neither is there.
    private func removeMarker(from paragraph: CmarkNode, masks: inout TablePass.SyntaxMasks) -> Bool {
        guard let first = paragraph.firstChild else { return false }
        var drop = 0
        var text: CmarkNode?
        switch first.type {
        case CMARK_NODE_LINK:
            guard first.startLine == paragraph.startLine, first.endColumn - first.startColumn == 2 else { return false }
            text = first.next
            first.remove(forgetting: &masks)
        case CMARK_NODE_TEXT:
            let scalars = Array((first.literal ?? "").unicodeScalars)
            guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]" else { return false }
            text = first
            drop = 3
        default:
            return false
        }
        guard let text, text.type == CMARK_NODE_TEXT else { return true }
        let scalars = Array((text.literal ?? "").unicodeScalars)
        while drop < scalars.count, scalars[drop] == " " || scalars[drop] == "\t" { drop += 1 }
        let mask = source.syntaxMask(of: text, syntax: TablePass.syntax)
        text.insertPiece(scalars[drop...], mask: mask?[drop...], masks: &masks)
        text.remove(forgetting: &masks)
        return true
    }
}
