/// Line and column arithmetic over source text, shared by the stages that report positions.
enum TextPosition {
    /// The 1-based line and column of a UTF-8 byte offset in `text`.
    static func lineAndColumn(ofUTF8Offset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

extension TextPosition {
    /// The 1-based character column of a 1-based UTF-8 byte column on line `line` (1-based) of
    /// `text`; libcmark counts columns in bytes, authors count characters.
    static func characterColumn(ofByteColumn column: Int, line: Int, in text: String) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).makeIterator()
        guard let row = lines.next() else { return column }
        var bytes = 0
        var characters = 0
        for character in row {
            if bytes >= column - 1 { break }
            bytes += character.utf8.count
            characters += 1
        }
        return characters + 1
    }
}
