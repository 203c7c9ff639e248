import CCmark
import SitegenCore

/// Finds footnote definitions in libcmark's tree and the source, and takes them out of the tree.
///
/// libcmark does not know them, so it has read each in one of three ways:
/// - a paragraph starting `[^1]: Some text` (the usual case),
/// - nothing at all, when the line is also a link reference definition: `[^1]: 注釈` is a
///   label, a colon and a destination without spaces, so libcmark took it and left no node
///   (and made each `[^1]` in the text a link to `注釈`, which `FootnoteReferences` undoes),
/// - the middle of a paragraph, where GitHub's definitions interrupt one: `[^1]: one` followed
///   by `[^2]: two` on the next line.
///
/// So the source is read line by line in each container (the document, block quotes, list
/// items), with libcmark's blocks saying which lines are paragraph text or no block at all:
/// only those can start a definition (not lines in code, HTML or tables). A definition takes,
/// as in cmark-gfm, the lines after it that are indented by four columns or more (then without
/// those four), the blank lines between them, and lines that continue its paragraph. The blocks
/// libcmark made of those lines are removed; a paragraph a definition interrupts loses its
/// lines from there on.
package struct FootnoteDefinitions {
    package let source: InlineSource

    /// Whether `markdown` may hold a definition: `[^`, a label, then `]:`.
    package static func mayHaveDefinitions(_ markdown: String) -> Bool {
        ByteSearch.contains(UInt8(ascii: "^"), in: markdown) { bytes, offset in
            guard offset > 0, bytes[offset - 1] == UInt8(ascii: "[") else { return false }
            var end = offset + 1
            while end < bytes.count, !Self.endsLabel(bytes[end]) { end += 1 }
            return end > offset + 1 && end + 1 < bytes.count && bytes[end] == UInt8(ascii: "]")
                && bytes[end + 1] == UInt8(ascii: ":")
        }
    }

    /// The definitions of the page in order, taken out of `document`.
    package func take(from document: CmarkNode) -> [FootnoteDefinition] {
        var containers = [(document, ContainerLines(document: source))]
        var index = 0
        while index < containers.count {
            let (node, lines) = containers[index]
            index += 1
            for child in node.children {
                if child.type == CMARK_NODE_BLOCK_QUOTE {
                    containers.append((child, lines.lines(of: child, source: source)))
                } else if child.type == CMARK_NODE_LIST {
                    containers += child.children.map { ($0, lines.lines(of: $0, source: source)) }
                }
            }
        }
        var found: [(definition: FootnoteDefinition, line: Int)] = []
        var removals: [(CmarkNode, Set<Int>)] = []
        for (node, lines) in containers {
            let scan = Scan(source: source, container: node, lines: lines)
            let (definitions, taken) = scan.definitions()
            guard !definitions.isEmpty else { continue }
            found += definitions.map { ($0, $0.places.first?.line ?? 0) }
            removals.append((node, taken))
        }
        // Removed once every container is read: a container's blocks are looked at only there.
        // Blank lines count as taken: libcmark may end a block on the blank line after it.
        let blank = Set(
            source.lines.indices.filter { source.bytes[source.lines[$0]].allSatisfy(ContainerLines.isBlank) }.map {
                $0 + 1
            })
        for (node, taken) in removals { Self.remove(lines: taken, blank: blank, from: node) }
        return found.sorted { $0.line < $1.line }.map(\.definition)
    }

    /// Removes the blocks of `container` that lie on `lines`, and the end of a paragraph
    /// that a definition interrupted.
    private static func remove(lines: Set<Int>, blank: Set<Int>, from container: CmarkNode) {
        for child in container.children {
            let span = child.startLine...max(child.startLine, child.endLine)
            guard let first = span.first(where: lines.contains) else { continue }
            if first == span.lowerBound && span.allSatisfy({ lines.contains($0) || blank.contains($0) }) {
                child.remove()
            } else if child.type == CMARK_NODE_PARAGRAPH {
                truncate(child, before: first)
            }
        }
    }

    /// Removes a paragraph's inlines from line `line` on, with the line breaks before them.
    private static func truncate(_ paragraph: CmarkNode, before line: Int) {
        let children = paragraph.children
        guard let cut = children.firstIndex(where: { $0.startLine >= line }) else { return }
        var start = cut
        while start > 0, [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(children[start - 1].type) {
            start -= 1
        }
        for child in children[start...] { child.remove() }
        if paragraph.firstChild == nil { paragraph.remove() }
    }

    /// Bytes a footnote label cannot hold.
    static func endsLabel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: " ")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == 0
    }
}

extension FootnoteDefinitions {
    /// The lines of one container, read for definitions.
    struct Scan {
        let source: InlineSource
        let children: [CmarkNode]
        let lines: ContainerLines
        let range: ClosedRange<Int>
        /// For each line, the child block of the container that holds it; none for lines no
        /// block holds (blank lines, and link reference definitions libcmark took).
        let owners: [Int: Int]

        init(source: InlineSource, container: CmarkNode, lines: ContainerLines) {
            self.source = source
            self.lines = lines
            children = container.children
            range =
                container.type == CMARK_NODE_DOCUMENT
                ? 1...source.lines.count : container.startLine...max(container.startLine, container.endLine)
            var owners: [Int: Int] = [:]
            for (index, child) in children.enumerated() where child.startLine >= 1 {
                for line in child.startLine...max(child.startLine, child.endLine) { owners[line] = index }
            }
            self.owners = owners
        }

        /// The definitions that start in the container, and every line they take.
        func definitions() -> ([FootnoteDefinition], Set<Int>) {
            var definitions: [FootnoteDefinition] = []
            var taken = Set<Int>()
            var line = range.lowerBound
            while line <= range.upperBound {
                guard let start = definitionStart(line) else {
                    line += 1
                    continue
                }
                let definition = read(from: line, label: start.label, body: start.body)
                definitions.append(definition)
                let last = definition.places.last?.line ?? line
                taken.formUnion(line...last)
                line = last + 1
            }
            return (definitions, taken)
        }

        /// The label of the definition starting on `line`, and where its text starts.
        func definitionStart(_ line: Int) -> (label: String, body: Int)? {
            if let owner = owners[line], children[owner].type != CMARK_NODE_PARAGRAPH { return nil }
            guard line >= 1, line <= source.lines.count, var position = lines.offset(line: line) else { return nil }
            let bytes = source.bytes
            let end = source.lines[line - 1].upperBound
            var spaces = 0
            while position < end, bytes[position] == UInt8(ascii: " "), spaces < 3 {
                position += 1
                spaces += 1
            }
            guard position + 1 < end, bytes[position] == UInt8(ascii: "["), bytes[position + 1] == UInt8(ascii: "^")
            else { return nil }
            let labelStart = position + 2
            var labelEnd = labelStart
            while labelEnd < end, !FootnoteDefinitions.endsLabel(bytes[labelEnd]) { labelEnd += 1 }
            guard labelEnd > labelStart, labelEnd + 1 < end, bytes[labelEnd] == UInt8(ascii: "]"),
                bytes[labelEnd + 1] == UInt8(ascii: ":")
            else { return nil }
            var body = labelEnd + 2
            while body < end, ContainerLines.isBlank(bytes[body]) { body += 1 }
            return (String(decoding: bytes[labelStart..<labelEnd], as: UTF8.self), body)
        }

        /// The definition starting on `line`: its first line from `body`, then the lines that
        /// belong to it.
        func read(from line: Int, label: String, body: Int) -> FootnoteDefinition {
            let bytes = source.bytes
            var texts = [bytes[body..<source.lines[line - 1].upperBound]]
            var places = [FootnoteDefinition.Place(line: line, offset: body - source.lines[line - 1].lowerBound)]
            var blanks: [Int] = []
            var next = line + 1
            while next <= range.upperBound, next <= source.lines.count, definitionStart(next) == nil {
                let whole = source.lines[next - 1]
                let own = lines.offset(line: next)
                let text = bytes[(own ?? whole.lowerBound)..<whole.upperBound]
                var start: Int
                if own != nil, text.allSatisfy(ContainerLines.isBlank) {
                    blanks.append(next)
                    next += 1
                    continue
                } else if let own, ContainerLines.indentation(text) >= 4,
                    let dedented = ContainerLines.skipColumns(4, from: own, end: whole.upperBound, in: bytes)
                {
                    start = dedented
                } else if blanks.isEmpty, !text.allSatisfy(ContainerLines.isBlank), continuesParagraph(next) {
                    start = text.firstIndex { !ContainerLines.isBlank($0) } ?? whole.upperBound
                } else {
                    break
                }
                for blank in blanks {
                    texts.append([])
                    places.append(.init(line: blank, offset: 0))
                }
                blanks = []
                texts.append(bytes[start..<whole.upperBound])
                places.append(.init(line: next, offset: start - whole.lowerBound))
                next += 1
            }
            let markdown = texts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            return FootnoteDefinition(label: label, markdown: markdown, places: places)
        }

        /// Whether `line`, not indented, goes on with the paragraph of the line before it: it is in
        /// the same paragraph of libcmark's, or starts one right after a definition libcmark took
        /// as a link reference definition (`[^1]: 注釈` then `続き`). A link reference definition
        /// right after a note (`[r]: https://…`) stays one, where cmark-gfm would make it text of
        /// the note.
        func continuesParagraph(_ line: Int) -> Bool {
            guard let owner = owners[line] else {
                guard owners[line - 1] == nil, let start = lines.offset(line: line) else { return false }
                let text = source.bytes[start..<source.lines[line - 1].upperBound].drop(while: ContainerLines.isBlank)
                return text.first != UInt8(ascii: "[")
            }
            guard children[owner].type == CMARK_NODE_PARAGRAPH else { return false }
            if let before = owners[line - 1] { return before == owner }
            return children[owner].startLine == line
        }
    }
}
