import CCmark
import Foundation
import SitegenCore

/// Emphasis as libcmark does not make it: `*` and `_` runs that CJK text blocked, by the
/// CJK-friendly amendment (`**「強調」**の例`, `*「引用」*です`, `**「一」**と**「二」**`), and
/// GitHub's strikethrough, `~~削除~~` and `~削除~` (`<del>`), which plain CommonMark leaves as text.
///
/// It works on each inline container (paragraph, heading, link text, table cell) on its own,
/// as libcmark does. It lays the container out again as CommonMark's delimiter algorithm
/// sees it: text, the runs libcmark left as text, and the delimiters of the emphasis libcmark
/// made. When no run can open or close differently under the amendment and there is no `~`
/// run to pair, the container is left exactly as libcmark rendered it. Otherwise libcmark's
/// emphasis is undone and CommonMark's "process emphasis" runs again over all runs, `~` among
/// them as cmark-gfm has it, so a pairing libcmark made across CJK text (`**と**` above) gives
/// way to the right one, and `~~` beside Japanese punctuation pairs as `**` does.
package struct EmphasisPass {
    package let source: InlineSource
    /// Bare `*`, `_` and `~` of text nodes that other passes made (they have no source place).
    package var knownMasks: TablePass.SyntaxMasks = [:]
    /// Whether runs open and close by the CJK-friendly amendment (else by CommonMark's rules).
    package var cjkFriendly = true
    /// Whether `~` and `~~` runs make strikethrough.
    package var strikethrough = false

    /// The delimiter characters this pass pairs.
    package var delimiters: Set<Unicode.Scalar> { strikethrough ? ["*", "_", "~"] : ["*", "_"] }

    package func apply(to document: CmarkNode) {
        let containers = document.descendants {
            switch $0.type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
                return true
            default:
                return false
            }
        }
        for container in containers { process(container) }
    }

    /// A delimiter run, once it is a text node of its own.
    package struct Run {
        package var node: CmarkNode
        package var character: Unicode.Scalar
        package var length: Int
        package let originalLength: Int
        package let flanking: DelimiterFlanking
    }

    /// The container's content as the delimiter algorithm sees it.
    package enum Item {
        case text([Unicode.Scalar])
        case delimiters(Unicode.Scalar, Int)
        case atom(CmarkNode)
    }

    package func process(_ container: CmarkNode) {
        guard Self.mayHaveRuns(container, strikethrough: strikethrough) else { return }
        var items: [Item] = []
        guard flatten(container, into: &items) else { return }
        items = Self.merged(items)
        // Runs of three or more `~` are text (cmark-gfm pairs only `~` and `~~`).
        var strikes = false
        items = items.map { item in
            guard case .delimiters("~", let count) = item else { return item }
            guard count <= 2 else { return .text(Array(repeating: "~", count: count)) }
            strikes = true
            return item
        }
        items = Self.merged(items)
        let boundary = Self.boundary(of: container)
        // The characters around each run: text as it is, one stand-in for other inlines.
        var flat: [Unicode.Scalar] = [boundary.open]
        var runStarts: [(start: Int, count: Int)] = []
        for item in items {
            switch item {
            case .text(let scalars): flat.append(contentsOf: scalars)
            case .atom(let node): flat.append(contentsOf: Self.standIn(for: node))
            case .delimiters(let character, let count):
                runStarts.append((flat.count, count))
                flat.append(contentsOf: Array(repeating: character, count: count))
            }
        }
        flat.append(boundary.close)
        guard !runStarts.isEmpty else { return }
        var changed = false
        var flankings: [DelimiterFlanking] = []
        for (start, count) in runStarts {
            let end = start + count
            let context = DelimiterFlanking.Context(
                character: flat[start], before: Self.visible(flat[start - 1]),
                beforeBefore: start >= 2 ? Self.visible(flat[start - 2]) : nil, after: Self.visible(flat[end]))
            let standard = DelimiterFlanking.standard(context)
            guard cjkFriendly else {
                flankings.append(standard)
                continue
            }
            let friendly = DelimiterFlanking.cjkFriendly(context)
            if friendly != standard { changed = true }
            flankings.append(friendly)
        }
        guard changed || strikes else { return }
        var runs = rebuild(container, from: items, flankings: flankings)
        Self.processEmphasis(&runs)
        for node in [container] + container.descendants(where: { $0 != container && Self.isEmphasis($0) }) {
            node.mergeAdjacentText()
        }
    }

    /// Emphasis, strong emphasis and strikethrough, which this pass opens up and makes.
    package static func isEmphasis(_ node: CmarkNode) -> Bool {
        node.type == CMARK_NODE_EMPH || node.type == CMARK_NODE_STRONG || isStrikethrough(node)
    }

    /// False when a container has neither emphasis nor a `*` or `_` (or with `strikethrough`,
    /// a `~`) in its text: with no delimiter run there is nothing to pair, and laying it out
    /// would be wasted work.
    package static func mayHaveRuns(_ container: CmarkNode, strikethrough: Bool = false) -> Bool {
        let characters = strikethrough ? "*_~" : "*_"
        var child = container.firstChild
        while let node = child {
            switch node.type {
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                return true
            case CMARK_NODE_TEXT:
                if let literal = cmark_node_get_literal(node.pointer), strpbrk(literal, characters) != nil {
                    return true
                }
            default:
                break
            }
            child = node.next
        }
        return false
    }

    /// Lays out a container's children; emphasis libcmark made is opened up into its
    /// delimiters. False when the source cannot tell which delimiter an emphasis used.
    package func flatten(_ node: CmarkNode, into items: inout [Item]) -> Bool {
        for child in node.children {
            switch child.type {
            case CMARK_NODE_TEXT:
                let scalars = Array((child.literal ?? "").unicodeScalars)
                let mask = knownMasks[child.pointer] ?? source.syntaxMask(of: child, syntax: delimiters)
                guard let mask, mask.count == scalars.count, mask.contains(true) else {
                    items.append(.text(scalars))
                    continue
                }
                for (index, scalar) in scalars.enumerated() {
                    // Known masks (table cells) also mark brackets for `LanguageSpanPass`.
                    let isDelimiter = mask[index] && delimiters.contains(scalar)
                    items.append(isDelimiter ? .delimiters(scalar, 1) : .text([scalar]))
                }
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                guard let character = source.character(at: child), character == "*" || character == "_" else {
                    return false
                }
                let count = child.type == CMARK_NODE_EMPH ? 1 : 2
                items.append(.delimiters(character, count))
                guard flatten(child, into: &items) else { return false }
                items.append(.delimiters(character, count))
            default:
                items.append(.atom(child))
            }
        }
        return true
    }

    /// Joins neighbouring text, and neighbouring delimiters of one kind into one run.
    package static func merged(_ items: [Item]) -> [Item] {
        var result: [Item] = []
        for item in items {
            switch (result.last, item) {
            case (.text(let before)?, .text(let more)):
                result[result.count - 1] = .text(before + more)
            case (.delimiters(let character, let count)?, .delimiters(let other, let more)) where character == other:
                result[result.count - 1] = .delimiters(character, count + more)
            default:
                result.append(item)
            }
        }
        return result
    }

    /// Replaces the container's children by `items`, each run a text node of its own.
    package func rebuild(_ container: CmarkNode, from items: [Item], flankings: [DelimiterFlanking]) -> [Run] {
        for case .atom(let node) in items { cmark_node_unlink(node.pointer) }
        for child in container.children { child.remove() }
        var runs: [Run] = []
        for item in items {
            switch item {
            case .text(let scalars):
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars)
                container.append(.text(String(text)))
            case .atom(let node):
                container.append(node)
            case .delimiters(let character, let count):
                let node = CmarkNode.text(String(repeating: String(character), count: count))
                container.append(node)
                runs.append(
                    Run(
                        node: node, character: character, length: count, originalLength: count,
                        flanking: flankings[runs.count]))
            }
        }
        return runs
    }

    /// CommonMark's "process emphasis" over the runs of one container (spec 0.30, §6.2).
    package static func processEmphasis(_ runs: inout [Run]) {
        var removed = Array(repeating: false, count: runs.count)
        var closer = 0
        while closer < runs.count {
            guard !removed[closer], runs[closer].flanking.canClose, runs[closer].length > 0 else {
                closer += 1
                continue
            }
            var found: Int?
            var opener = closer - 1
            while opener >= 0 {
                if !removed[opener], runs[opener].length > 0, runs[opener].character == runs[closer].character,
                    runs[opener].flanking.canOpen, !ruleOfThreeForbids(runs[opener], runs[closer])
                {
                    found = opener
                    break
                }
                opener -= 1
            }
            guard let opener = found else {
                if !runs[closer].flanking.canOpen { removed[closer] = true }
                closer += 1
                continue
            }
            if runs[closer].character == "~" {
                // cmark-gfm pairs `~` with `~` and `~~` with `~~`; otherwise both runs stay.
                guard runs[opener].length == runs[closer].length else {
                    closer += 1
                    continue
                }
                for between in (opener + 1)..<closer { removed[between] = true }
                strike(between: runs[opener].node, and: runs[closer].node)
                removed[opener] = true
                removed[closer] = true
                closer += 1
                continue
            }
            let use = runs[opener].length >= 2 && runs[closer].length >= 2 ? 2 : 1
            for between in (opener + 1)..<closer { removed[between] = true }
            let emphasis = CmarkNode(type: use == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH)
            var child = runs[opener].node.next
            while let node = child, node != runs[closer].node {
                child = node.next
                emphasis.append(node)
            }
            runs[opener].node.insertAfter(emphasis)
            for index in [opener, closer] {
                runs[index].length -= use
                if runs[index].length == 0 {
                    runs[index].node.remove()
                    removed[index] = true
                } else {
                    runs[index].node.literal = String(
                        repeating: String(runs[index].character), count: runs[index].length)
                }
            }
            if removed[closer] { closer += 1 }
        }
    }

    /// "If one of the delimiters can both open and close emphasis, then the sum of the lengths
    /// of the delimiter runs containing the opening and closing delimiters must not be a
    /// multiple of 3 unless both lengths are multiples of 3."
    package static func ruleOfThreeForbids(_ opener: Run, _ closer: Run) -> Bool {
        guard opener.flanking.canClose || closer.flanking.canOpen else { return false }
        let sum = opener.originalLength + closer.originalLength
        return sum % 3 == 0 && !(opener.originalLength % 3 == 0 && closer.originalLength % 3 == 0)
    }

    /// The characters just outside a container: line edges for blocks and cells, the
    /// delimiter or bracket for emphasis and links.
    package static func boundary(of container: CmarkNode) -> (open: Unicode.Scalar, close: Unicode.Scalar) {
        switch container.type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return ("*", "*")
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return ("[", "]")
        default: return ("\n", "\n")
        }
    }

    /// What CommonMark sees at the edges of a non-text child: its first and last source characters.
    package static func standIn(for node: CmarkNode) -> [Unicode.Scalar] {
        switch node.type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return ["*", "*"]
        case CMARK_NODE_CODE: return ["`", "`"]
        case CMARK_NODE_LINK: return ["[", ")"]
        case CMARK_NODE_IMAGE: return ["!", ")"]
        case CMARK_NODE_HTML_INLINE: return ["<", ">"]
        default: return FootnoteReferences.isReference(node) ? ["[", "]"] : ["\n"]
        }
    }

    /// Line edges are whitespace to CommonMark; nil stands for them in `Context`.
    package static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar == "\n" ? nil : scalar
    }
}
