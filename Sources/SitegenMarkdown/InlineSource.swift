import SitegenCore

/// The Markdown source of a document, used to tell which characters of a text node were
/// syntax in the source and which were escaped.
///
/// libcmark merges unmatched delimiters, backslash escapes and entities into one text node,
/// so `\*` and a leftover `*` look the same in the tree. Text nodes keep their source span
/// (line and byte columns), so the passes read the span again: a `*` written as `\*` or
/// `&#42;` is text, a bare `*` is a delimiter. When the span does not line up with the
/// node's text, nothing in the node counts as syntax, so the node is left alone.
package struct InlineSource {
    /// The document's UTF-8 bytes.
    package let bytes: [UInt8]
    /// Where each line starts and ends in `bytes` (without its line ending).
    package let lines: [Range<Int>]

    package init(_ markdown: String) {
        let bytes = Array(markdown.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(start..<index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(start..<bytes.count)
        self.bytes = bytes
        self.lines = lines
    }

    /// The source bytes from where a node starts to the end of its line.
    ///
    /// libcmark's end columns are not reliable once emphasis is made on a line, and its start
    /// columns include delimiters it used from the front of a run; `syntaxMask` allows for both.
    package func rest(from node: CmarkNode) -> ArraySlice<UInt8>? {
        let line = node.startLine
        guard line >= 1, line <= lines.count else { return nil }
        let range = lines[line - 1]
        let start = node.startColumn - 1
        guard start >= 0, start < range.count else { return nil }
        return bytes[(range.lowerBound + start)..<range.upperBound]
    }

    /// The source bytes a node spans on one line, or nil when it spans several or none.
    package func span(of node: CmarkNode) -> ArraySlice<UInt8>? {
        guard node.startLine == node.endLine, let rest = rest(from: node) else { return nil }
        let length = node.endColumn - node.startColumn + 1
        guard length > 0, length <= rest.count else { return nil }
        return rest.prefix(length)
    }

    /// For each Unicode scalar of a text node's literal: whether it is one of `syntax` and
    /// was written bare in the source. Nil when the source cannot be matched to the literal.
    package func syntaxMask(of node: CmarkNode, syntax: Set<Unicode.Scalar>) -> [Bool]? {
        guard let literal = node.literal else { return nil }
        let scalars = Array(literal.unicodeScalars)
        let wanted = scalars.filter { syntax.contains($0) }
        if wanted.isEmpty { return Array(repeating: false, count: scalars.count) }
        guard let rest = rest(from: node) else { return nil }
        var tokens = Self.tokens(in: rest, syntax: syntax)
        // Delimiters libcmark used from the front of this run are still in the source.
        let leading = wanted.prefix { $0 == wanted[0] }.count
        let leadingInSource = tokens.prefix { $0.isBare && $0.character == wanted[0] }.count
        if scalars[0] == wanted[0], leadingInSource > leading {
            tokens.removeFirst(leadingInSource - leading)
        }
        guard tokens.count >= wanted.count, zip(tokens, wanted).allSatisfy({ $0.character == $1 }) else {
            return nil
        }
        var next = 0
        return scalars.map { scalar in
            guard syntax.contains(scalar) else { return false }
            next += 1
            return tokens[next - 1].isBare
        }
    }

    /// Where `needle` is next written, from `start` (line, byte column, 1-based) to the end of
    /// line `last`; nil when it is not there as it is (written with an escape or an entity).
    /// Places a node that passes made, which has none of its own (an address made a link).
    package func find(_ needle: [UInt8], from start: (line: Int, column: Int), through last: Int)
        -> (line: Int, column: Int)?
    {
        guard !needle.isEmpty, start.line >= 1 else { return nil }
        for line in start.line...max(start.line, min(last, lines.count)) where line <= lines.count {
            let range = lines[line - 1]
            let from =
                line == start.line
                ? min(range.upperBound, range.lowerBound + max(0, start.column - 1)) : range.lowerBound
            if let found = bytes[from..<range.upperBound].firstRange(of: needle) {
                return (line, found.lowerBound - range.lowerBound + 1)
            }
        }
        return nil
    }

    /// The source character where a node starts, when it is ASCII.
    package func character(at node: CmarkNode) -> Unicode.Scalar? {
        guard let byte = rest(from: node)?.first, byte < 0x80 else { return nil }
        return Unicode.Scalar(byte)
    }

    /// One source character that becomes one of the syntax characters in the literal.
    package struct Token {
        package var character: Unicode.Scalar
        /// Written as itself, not escaped by `\` or as an entity.
        package var isBare: Bool
    }

    package static func tokens(in span: ArraySlice<UInt8>, syntax: Set<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var index = span.startIndex
        while index < span.endIndex {
            let byte = span[index]
            if byte == UInt8(ascii: "\\"), index + 1 < span.endIndex, isASCIIPunctuation(span[index + 1]) {
                let escaped = Unicode.Scalar(span[index + 1])
                if syntax.contains(escaped) { tokens.append(Token(character: escaped, isBare: false)) }
                index += 2
            } else if byte == UInt8(ascii: "&"), let (length, decoded) = entity(at: index, in: span) {
                if let decoded, syntax.contains(decoded) { tokens.append(Token(character: decoded, isBare: false)) }
                index += length
            } else {
                let scalar = Unicode.Scalar(byte)
                if byte < 0x80, syntax.contains(scalar) { tokens.append(Token(character: scalar, isBare: true)) }
                index += 1
            }
        }
        return tokens
    }

    package static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// Named entities that decode to characters the passes treat as syntax.
    package static let namedSyntaxEntities: [String: Unicode.Scalar] = [
        "ast": "*", "midast": "*", "lowbar": "_", "UnderBar": "_", "vert": "|", "verbar": "|",
        "VerticalLine": "|", "Hat": "^", "lsqb": "[", "lbrack": "[", "rsqb": "]", "rbrack": "]",
    ]

    /// An entity or numeric character reference at `start`: its length in bytes and, when
    /// it is numeric or one of `namedSyntaxEntities`, the character it stands for.
    package static func entity(at start: Int, in span: ArraySlice<UInt8>) -> (Int, Unicode.Scalar?)? {
        guard let end = span[start...].prefix(40).firstIndex(of: UInt8(ascii: ";")), end > start + 1 else { return nil }
        let body = String(decoding: span[(start + 1)..<end], as: UTF8.self)
        let length = end - start + 1
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            let digits = body.dropFirst(2)
            guard (1...6).contains(digits.count), let value = UInt32(digits, radix: 16) else { return nil }
            return (length, Unicode.Scalar(value))
        }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            guard (1...7).contains(digits.count), digits.allSatisfy(\.isASCII), let value = UInt32(digits) else {
                return nil
            }
            return (length, Unicode.Scalar(value))
        }
        guard body.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        else { return nil }
        return (length, namedSyntaxEntities[body])
    }
}
