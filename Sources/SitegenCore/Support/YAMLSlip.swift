/// The slips authors make that break YAML, named in their words instead of the parser's: a
/// full-width colon after a key (`title：`, typed with a Japanese keyboard), a tab where
/// YAML wants spaces, a quote opened and never closed. Looked for when Yams has failed, on
/// the lines up to the one it named.
package struct YAMLSlip: Equatable {
    package var line: Int
    package var column: Int
    package var message: String
    package var hint: String

    /// The first slip on lines 1…`limit` of `text` (1-based, as Yams counts), or nil. The text
    /// of block scalars (`summary: >` and its indented lines) is text, not keys; a quote
    /// opened on a line and followed by a more indented line may go on there (`"two` /
    /// `  lines"`), which is valid YAML.
    package static func find(in text: String, before limit: Int) -> YAMLSlip? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var blockIndent: Int?
        for (offset, line) in lines.enumerated() where offset < limit {
            let indent = line.prefix { $0 == " " }.count
            let blank = line.allSatisfy { $0 == " " }
            if let block = blockIndent {
                if blank || indent > block { continue }
                blockIndent = nil
            }
            guard let slip = slip(in: line, number: offset + 1) else {
                if Self.opensBlock(line) { blockIndent = indent }
                continue
            }
            if slip.message.hasPrefix("the quote") {
                let next = lines.dropFirst(offset + 1).first { !$0.allSatisfy { $0 == " " } }
                if let next, next.prefix(while: { $0 == " " }).count > indent { continue }
            }
            return slip
        }
        return nil
    }

    /// `key: |`, `key: >-` and the like: the lines below, indented more, are the value's text.
    private static func opensBlock(_ line: Substring) -> Bool {
        guard let colon = line.range(of: ": ") else { return false }
        let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let first = value.first, first == "|" || first == ">" else { return false }
        return value.dropFirst().allSatisfy { "+-0123456789".contains($0) }
    }

    private static func slip(in line: Substring, number: Int) -> YAMLSlip? {
        if line.first == "\t" {
            return YAMLSlip(
                line: number, column: 1, message: "this line starts with a tab, and YAML indents with spaces only",
                hint: "replace the tab with spaces")
        }
        let trimmed = line.drop(while: { $0 == " " })
        guard let first = trimmed.first, first != "#" else { return nil }
        let indent = line.count - trimmed.count
        // A key, then a full-width colon, before any ASCII colon: `title：…`.
        if let wide = trimmed.firstIndex(of: "："), !trimmed[..<wide].contains(":"), !"\"'".contains(first) {
            let key = trimmed[..<wide].trimmingCharacters(in: .whitespaces)
            if !key.isEmpty, !key.contains(" ") {
                return YAMLSlip(
                    line: number, column: indent + trimmed.distance(from: trimmed.startIndex, to: wide) + 1,
                    message: "`\(key)：` has a full-width colon `：`; after a key YAML needs the ASCII colon `:`",
                    hint: "write `\(key): ` with the half-width colon and a space")
            }
        }
        // `key: "text` or `key: 'text` with no closing quote on the line.
        guard let colon = trimmed.range(of: ": ") else { return nil }
        let value = trimmed[colon.upperBound...].drop(while: { $0 == " " })
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        var closed = false
        var escaped = false
        for character in value.dropFirst() {
            if quote == "\"" && character == "\\" && !escaped {
                escaped = true
                continue
            }
            if character == quote && !escaped {
                closed = true
                break
            }
            escaped = false
        }
        guard !closed else { return nil }
        return YAMLSlip(
            line: number, column: indent + trimmed.distance(from: trimmed.startIndex, to: value.startIndex) + 1,
            message: "the quote \(quote) opened here is not closed on this line",
            hint: "end the text with \(quote), or remove the opening \(quote)")
    }
}
