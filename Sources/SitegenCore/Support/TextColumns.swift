/// Character columns of places in a text, for many places at once: libcmark gives a place as a
/// line and a UTF-8 byte column, authors count characters.
///
/// The text is walked once, keeping marks at every line start and at character boundaries
/// at most `stride` bytes apart; a column then costs a binary search and a walk of at most
/// `stride` bytes (and one character), so thousands of places on a page, even on one line,
/// cost in proportion to the page.
package struct TextColumns: Sendable {
    /// A character boundary: its UTF-8 offset, its index and how many characters come before it.
    private struct Mark: Sendable {
        package var offset: Int
        package var index: String.Index
        package var characters: Int
    }

    package static let stride = 64

    private let text: Substring
    private var marks: [Mark] = []
    /// For each line, the position in `marks` of its start.
    private var lineStarts: [Int] = []

    package init(_ text: Substring) {
        self.text = text
        var index = text.startIndex
        var offset = 0
        var characters = 0
        var lastMark = 0
        marks.append(Mark(offset: 0, index: index, characters: 0))
        lineStarts.append(0)
        while index < text.endIndex {
            let next = text.index(after: index)
            let length = text.utf8.distance(from: index, to: next)
            let isLineEnd = length == 1 && text.utf8[index] == UInt8(ascii: "\n")
            offset += length
            characters += 1
            index = next
            if isLineEnd {
                lineStarts.append(marks.count)
            }
            if isLineEnd || offset - lastMark >= Self.stride {
                marks.append(Mark(offset: offset, index: index, characters: characters))
                lastMark = offset
            }
        }
        WorkCounter.current?.add(characters)
    }

    /// The 1-based character column of 1-based UTF-8 byte `column` on 1-based `line`; a
    /// column past the line's end gives the column after its last character, and a line the
    /// text does not have gives `column` as it is.
    package func characterColumn(ofByteColumn column: Int, line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return column }
        let first = lineStarts[line - 1]
        let start = marks[first]
        // The line's own marks end where the next line starts; its last byte is the `\n` before that.
        let end = line < lineStarts.count ? lineStarts[line] : marks.count
        let lineEnd = line < lineStarts.count ? marks[end].offset - 1 : text.utf8.count
        let target = start.offset + min(max(column - 1, 0), lineEnd - start.offset)
        // The last of the line's marks at or before `target`.
        var low = first
        var high = end - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if marks[middle].offset <= target { low = middle } else { high = middle - 1 }
        }
        let mark = marks[low]
        var index = mark.index
        var offset = mark.offset
        var characters = mark.characters
        var walked = 0
        while offset < target, index < text.endIndex {
            let next = text.index(after: index)
            offset += text.utf8.distance(from: index, to: next)
            characters += 1
            walked += 1
            index = next
        }
        WorkCounter.current?.add(walked)
        return characters - start.characters + 1
    }
}
