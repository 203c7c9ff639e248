import CCmark
import Foundation
import SitegenCore

/// A borrowed view of one libcmark node, so the passes read like Swift rather than C.
///
/// It does not own the node: the document that holds it frees it. Values never leave the
/// render call that made the document, so the type is deliberately not `Sendable`.
package struct CmarkNode: Equatable {
    package let pointer: OpaquePointer

    package init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// A new, unlinked node; the caller links it into a tree (which then owns it).
    package init(type: cmark_node_type) {
        pointer = cmark_node_new(type)
    }

    /// A new text node.
    package static func text(_ literal: String) -> CmarkNode {
        let node = CmarkNode(type: CMARK_NODE_TEXT)
        node.literal = literal
        return node
    }

    /// A new custom block or inline node that renders `enter` and `exit` as they are.
    package static func custom(block: Bool, enter: String, exit: String = "") -> CmarkNode {
        let node = CmarkNode(type: block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    package var type: cmark_node_type { cmark_node_get_type(pointer) }
    package var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    package var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    package var lastChild: CmarkNode? { cmark_node_last_child(pointer).map(CmarkNode.init) }
    package var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    package var previous: CmarkNode? { cmark_node_previous(pointer).map(CmarkNode.init) }

    package var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The text of a text, code, HTML or code block node.
    package var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// What a custom node renders before its children.
    package var onEnter: String { cmark_node_get_on_enter(pointer).map { String(cString: $0) } ?? "" }

    package var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    package var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    package var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    package var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    package var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    /// Whether the node holds inline content (paragraphs, headings, emphasis, links, cells).
    package var holdsInlines: Bool {
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK,
            CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }

    package func insertBefore(_ sibling: CmarkNode) { cmark_node_insert_before(pointer, sibling.pointer) }
    package func insertAfter(_ sibling: CmarkNode) { cmark_node_insert_after(pointer, sibling.pointer) }
    package func append(_ child: CmarkNode) { cmark_node_append_child(pointer, child.pointer) }

    /// Unlinks the node from its tree and frees it with its children.
    package func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Every node below (and including) this one, in document order, collected before the
    /// caller changes the tree.
    package func descendants(where include: (CmarkNode) -> Bool) -> [CmarkNode] {
        guard let iterator = cmark_iter_new(pointer) else { return [] }
        defer { cmark_iter_free(iterator) }
        var result: [CmarkNode] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let wrapped = CmarkNode(node)
            if include(wrapped) { result.append(wrapped) }
        }
        return result
    }

    /// The node rendered alone as HTML with `options`.
    package func renderHTML(options: Int32) -> String {
        guard let rendered = cmark_render_html(pointer, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The plain text of an inline subtree: text and code literals, breaks as spaces.
    package var plainText: String {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: return literal ?? ""
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return " "
        case CMARK_NODE_HTML_INLINE: return ""
        default: return children.map(\.plainText).joined()
        }
    }

    /// Joins neighbouring text nodes among the children, as libcmark leaves them after parsing.
    package func mergeAdjacentText() {
        var child = firstChild
        while let node = child {
            if node.type == CMARK_NODE_TEXT, let following = node.next, following.type == CMARK_NODE_TEXT {
                node.literal = (node.literal ?? "") + (following.literal ?? "")
                following.remove()
                continue
            }
            child = node.next
        }
    }
}
