import CCmark
import Foundation
import SitegenCore

/// Turns paragraphs written as GitHub-style pipe tables into HTML tables.
///
/// ```markdown
/// | 目標 | 期間 | 数値 |
/// | --- | --- | ---: |
/// | 外部研究資金 | 5年後 | 50億円 |
/// ```
///
/// libcmark has parsed such a paragraph as lines of inline content; this pass splits each
/// line at the `|` written bare in the source (`\|` stays a character) and moves the inline
/// nodes into cells, so links, emphasis and code in cells work as anywhere else. The second
/// line must be the delimiter row (`---`, `:--`, `:-:`, `--:` between pipes) with as many
/// cells as the header; body rows are padded or cut to that width. A `|` inside code, a link
/// or emphasis does not split a cell.
package struct TablePass {
    package let source: InlineSource
    /// Bare syntax of text nodes an earlier pass made (`TaskListPass`), which have no source place.
    package var knownMasks: SyntaxMasks = [:]

    package enum Alignment: Equatable {
        case none, left, center, right

        package var attribute: String {
            switch self {
            case .none: return ""
            case .left: return " style=\"text-align: left\""
            case .center: return " style=\"text-align: center\""
            case .right: return " style=\"text-align: right\""
            }
        }
    }

    /// A part of a cell: a whole inline node, or part of a text node's literal with, for
    /// each of its scalars, whether it is a bare `*` or `_` (see `InlineSource.syntaxMask`).
    package enum Fragment {
        case node(CmarkNode)
        case text([Unicode.Scalar], [Bool])

        package var isBlank: Bool {
            if case .text(let text, _) = self { return text.allSatisfy { $0 == " " || $0 == "\t" } }
            return false
        }
    }

    /// Text nodes this pass made from parts of others, with their bare `*` and `_`, for
    /// `EmphasisPass` (the new nodes have no place in the source to read them from).
    package typealias SyntaxMasks = [OpaquePointer: [Bool]]

    /// What the masks of new text nodes mark when bare: cell bars, emphasis and strikethrough
    /// delimiters (`EmphasisPass`), span brackets (`LanguageSpanPass`) and footnote references
    /// (`FootnoteReferences`); each pass reads its own. Every pass that cuts text nodes keeps
    /// their masks in these terms.
    package static let syntax: Set<Unicode.Scalar> = ["|", "*", "_", "~", "[", "]", "^", "{"]

    package func apply(to document: CmarkNode) -> SyntaxMasks {
        var masks: SyntaxMasks = [:]
        for paragraph in document.descendants(where: { $0.type == CMARK_NODE_PARAGRAPH }) {
            convert(paragraph, masks: &masks)
        }
        return masks
    }

    package func convert(_ paragraph: CmarkNode, masks: inout SyntaxMasks) {
        let lines = Self.lines(of: paragraph)
        guard lines.count >= 2, let alignments = delimiterRow(lines[1]),
            let header = cells(of: lines[0]), header.count == alignments.count
        else { return }
        var body: [[[Fragment]]] = []
        for line in lines.dropFirst(2) {
            guard let row = cells(of: line) else { return }
            body.append(row)
        }
        let table = CmarkNode.custom(block: true, enter: "<table>", exit: "</table>")
        let head = CmarkNode.custom(block: true, enter: "<thead>", exit: "</thead>")
        head.append(Self.row(header, alignments: alignments, tag: "th", masks: &masks))
        table.append(head)
        if !body.isEmpty {
            let tbody = CmarkNode.custom(block: true, enter: "<tbody>", exit: "</tbody>")
            for row in body { tbody.append(Self.row(row, alignments: alignments, tag: "td", masks: &masks)) }
            table.append(tbody)
        }
        paragraph.insertBefore(table)
        paragraph.remove()
    }

    /// The paragraph's inline children, line by line.
    package static func lines(of paragraph: CmarkNode) -> [[CmarkNode]] {
        var lines: [[CmarkNode]] = [[]]
        for child in paragraph.children {
            if child.type == CMARK_NODE_SOFTBREAK || child.type == CMARK_NODE_LINEBREAK {
                lines.append([])
            } else {
                lines[lines.count - 1].append(child)
            }
        }
        return lines
    }

    /// The alignments of a delimiter row such as `| :--- | :-: | --: |`, read from the source
    /// (smart punctuation would have turned `---` into a dash in the literal).
    package func delimiterRow(_ line: [CmarkNode]) -> [Alignment]? {
        guard line.count == 1, line[0].type == CMARK_NODE_TEXT else { return nil }
        let text = source.span(of: line[0]).map { String(decoding: $0, as: UTF8.self) } ?? line[0].literal ?? ""
        guard text.contains("|") else { return nil }
        var cells = text.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        guard !cells.isEmpty else { return nil }
        var alignments: [Alignment] = []
        for cell in cells {
            let dashes = cell.trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }), cell.count - dashes.count <= 2 else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    /// Splits one line at its bare pipes; nil when a text node's source cannot be read.
    package func cells(of line: [CmarkNode]) -> [[Fragment]]? {
        var cells: [[Fragment]] = [[]]
        for node in line {
            guard node.type == CMARK_NODE_TEXT else {
                cells[cells.count - 1].append(.node(node))
                continue
            }
            let literal = node.literal ?? ""
            guard literal.contains("|") else {
                cells[cells.count - 1].append(.node(node))
                continue
            }
            guard let mask = knownMasks[node.pointer] ?? source.syntaxMask(of: node, syntax: Self.syntax) else {
                return nil
            }
            var current: [Unicode.Scalar] = []
            var currentMask: [Bool] = []
            for (scalar, isSyntax) in zip(literal.unicodeScalars, mask) {
                if isSyntax && scalar == "|" {
                    cells[cells.count - 1].append(.text(current, currentMask))
                    cells.append([])
                    current = []
                    currentMask = []
                } else {
                    current.append(scalar)
                    currentMask.append(isSyntax)
                }
            }
            cells[cells.count - 1].append(.text(current, currentMask))
        }
        guard cells.count > 1 else { return cells }
        if cells[0].allSatisfy(\.isBlank) { cells.removeFirst() }
        if cells.count > 1, cells[cells.count - 1].allSatisfy(\.isBlank) { cells.removeLast() }
        return cells
    }

    /// Makes `\|` a `|` in the code spans of a cell, as GitHub does: the row is cut at bare bars
    /// before its inlines are read, so a bar in code is written escaped too (`` `a\|b` ``).
    package static func unescapeBars(in node: CmarkNode) {
        for code in node.descendants(where: { $0.type == CMARK_NODE_CODE }) {
            guard let literal = code.literal, literal.contains("\\|") else { continue }
            code.literal = literal.replacingOccurrences(of: "\\|", with: "|")
        }
    }

    /// A `<tr>` of cells, padded or cut to the header's width.
    package static func row(_ cells: [[Fragment]], alignments: [Alignment], tag: String, masks: inout SyntaxMasks)
        -> CmarkNode
    {
        let row = CmarkNode.custom(block: true, enter: "<tr>", exit: "</tr>")
        for (index, alignment) in alignments.enumerated() {
            let cell = CmarkNode.custom(block: false, enter: "<\(tag)\(alignment.attribute)>", exit: "</\(tag)>")
            let fragments = index < cells.count ? cells[index] : []
            for (position, fragment) in fragments.enumerated() {
                switch fragment {
                case .node(let node):
                    unescapeBars(in: node)
                    cell.append(node)
                case .text(var text, var mask):
                    let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
                    while position == 0, let first = text.first, isBlank(first) {
                        text.removeFirst()
                        mask.removeFirst()
                    }
                    while position == fragments.count - 1, let last = text.last, isBlank(last) {
                        text.removeLast()
                        mask.removeLast()
                    }
                    guard !text.isEmpty else { continue }
                    var literal = String.UnicodeScalarView()
                    literal.append(contentsOf: text)
                    let node = CmarkNode.text(String(literal))
                    masks[node.pointer] = mask
                    cell.append(node)
                }
            }
            row.append(cell)
        }
        return row
    }
}
