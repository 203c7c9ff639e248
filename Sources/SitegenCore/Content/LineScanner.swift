/// Walks the lines of a text by its UTF-8 bytes, without splitting it: lines are ranges of the
/// text, ended by "\n" (which is always a Character of its own), the last one by the end.
package struct LineScanner {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    /// The line after `previous` (the first line when nil), without its "\n"; nil past the last.
    package func next(after previous: Range<String.Index>?) -> Range<String.Index>? {
        let start: String.Index
        if let previous {
            guard previous.upperBound < text.endIndex else { return nil }
            start = text.utf8.index(after: previous.upperBound)
        } else {
            start = text.startIndex
        }
        return start..<(text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex)
    }

    /// Where the text after `line` starts (past its "\n"), or the end.
    package func start(after line: Range<String.Index>) -> String.Index {
        line.upperBound < text.endIndex ? text.utf8.index(after: line.upperBound) : text.endIndex
    }

    /// Where the line before `line` ends (at its "\n"); `line` must not be the first.
    package func end(before line: Range<String.Index>) -> String.Index {
        text.utf8.index(before: line.lowerBound)
    }
}
