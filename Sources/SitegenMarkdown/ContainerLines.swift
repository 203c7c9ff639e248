import CCmark
import SitegenCore

/// Where the content of a block container starts on each of its source lines: a document's
/// lines at their first byte, a block quote's after its `>` and one space, a list item's after
/// as much indentation as its marker is wide.
///
/// libcmark keeps where each block starts, not what it took off each line: footnote
/// definitions, which libcmark does not know, are read from the source again, and need their
/// lines without the quote markers and indentation of the containers they are in. Tabs count as
/// four columns.
package struct ContainerLines {
    /// The container's first line (1-based).
    package let first: Int
    /// For each line from `first`: where the container's content starts in the source's bytes;
    /// nil for a line that is not the container's own (a lazy continuation line).
    package let offsets: [Int?]

    /// The lines of a whole document.
    package init(document source: InlineSource) {
        first = 1
        offsets = source.lines.map(\.lowerBound)
    }

    private init(first: Int, offsets: [Int?]) {
        self.first = first
        self.offsets = offsets
    }

    /// Where the container's content starts on `line`, nil when the line is not its own.
    package func offset(line: Int) -> Int? {
        let index = line - first
        guard index >= 0, index < offsets.count else { return nil }
        return offsets[index]
    }

    /// The lines of `node`, a block quote or list item inside this container.
    package func lines(of node: CmarkNode, source: InlineSource) -> ContainerLines {
        let range = node.startLine...max(node.startLine, node.endLine)
        guard node.type == CMARK_NODE_ITEM else {
            return ContainerLines(
                first: range.lowerBound, offsets: range.map { quoteContent(line: $0, source: source) })
        }
        guard let start = offset(line: node.startLine), let content = itemContent(node, source: source) else {
            return ContainerLines(first: range.lowerBound, offsets: range.map { _ in nil })
        }
        let width = content - start
        let offsets = range.map { line -> Int? in
            if line == node.startLine { return content }
            guard let from = offset(line: line) else { return nil }
            let end = source.lines[line - 1].upperBound
            if source.bytes[from..<end].allSatisfy(Self.isBlank) { return end }
            return Self.skipColumns(width, from: from, end: end, in: source.bytes)
        }
        return ContainerLines(first: range.lowerBound, offsets: offsets)
    }

    /// Where a block quote's content starts on `line`: after up to three spaces, `>` and one
    /// space; nil when the line has no `>` (a lazy line).
    private func quoteContent(line: Int, source: InlineSource) -> Int? {
        guard var position = offset(line: line) else { return nil }
        let end = source.lines[line - 1].upperBound
        var spaces = 0
        while position < end, source.bytes[position] == UInt8(ascii: " "), spaces < 3 {
            position += 1
            spaces += 1
        }
        guard position < end, source.bytes[position] == UInt8(ascii: ">") else { return nil }
        position += 1
        if position < end, Self.isBlank(source.bytes[position]) { position += 1 }
        return position
    }

    /// Where a list item's content starts on its first line: where its first block starts, or
    /// after its marker and the space that follows.
    private func itemContent(_ item: CmarkNode, source: InlineSource) -> Int? {
        guard item.startLine >= 1, item.startLine <= source.lines.count else { return nil }
        let line = source.lines[item.startLine - 1]
        if let child = item.firstChild, child.startLine == item.startLine, child.startColumn >= 1 {
            return min(line.lowerBound + child.startColumn - 1, line.upperBound)
        }
        var position = line.lowerBound + max(0, item.startColumn - 1)
        let bytes = source.bytes
        while position < line.upperBound, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        if position < line.upperBound { position += 1 }  // `-`, `+`, `*`, `.` or `)`
        var spaces = 0
        while position + spaces < line.upperBound, bytes[position + spaces] == UInt8(ascii: " "), spaces < 5 {
            spaces += 1
        }
        // Five spaces or more: the content is indented code, one space past the marker.
        return position + (spaces >= 5 || position + spaces == line.upperBound ? min(spaces, 1) : spaces)
    }

    /// The offset after `columns` columns of spaces and tabs from `from`, nil when the line has
    /// fewer.
    package static func skipColumns(_ columns: Int, from: Int, end: Int, in bytes: [UInt8]) -> Int? {
        var position = from
        var column = 0
        while column < columns {
            guard position < end, isBlank(bytes[position]) else { return nil }
            column = bytes[position] == UInt8(ascii: "\t") ? (column / 4 + 1) * 4 : column + 1
            position += 1
        }
        return position
    }

    /// How many columns of spaces and tabs `bytes` start with.
    package static func indentation(_ bytes: ArraySlice<UInt8>) -> Int {
        var column = 0
        for byte in bytes {
            guard isBlank(byte) else { break }
            column = byte == UInt8(ascii: "\t") ? (column / 4 + 1) * 4 : column + 1
        }
        return column
    }

    package static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
