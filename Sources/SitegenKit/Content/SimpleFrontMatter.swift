/// Front matter written the simple way, read without Yams: nothing but `key: value` lines, a
/// key at the start of each, the value plain, or in double or single quotes without escapes.
/// That is how nearly every page is written, and composing a YAML document per page was a few
/// percent of a big build.
///
/// Anything else gives nil and goes through Yams (`FrontMatterParser.parseYAML`): other YAML
/// (lists, several lines, comments, anchors, escapes), a repeated key, and every value that is
/// wrong, so that problems are reported exactly as before. Where it answers, it answers what
/// Yams does; `FrontMatterSelfCheck` compares the two, in tests and in the `frontmatter` fuzz
/// target.
enum SimpleFrontMatter {
    /// The front matter in `yaml` (the text between the `---` lines, from line 2 of the file),
    /// or nil when it is not simple or not right.
    static func read(_ yaml: String) -> FrontMatter? {
        var matter = FrontMatter()
        var seen: Set<String> = []
        var line = 1
        // After `normalize`, lines end at LF, which is always a `Character` of its own: the
        // bytes can be split.
        for text in Array(yaml.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            if text.allSatisfy({ $0 == 0x20 }) { continue }
            guard let (key, value, column) = pair(text), seen.insert(key).inserted else { return nil }
            matter.positions[key] = SourcePosition(line: line, column: 1)
            matter.valuePositions[key] = SourcePosition(line: line, column: column)
            do throws(FrontMatterParser.ValueProblem) {
                try FrontMatterParser.set(key, value, in: &matter)
            } catch {
                return nil
            }
        }
        guard !seen.isEmpty, !matter.title.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return matter
    }

    /// The key and value of a simple line, or nil.
    static func pair(_ line: ArraySlice<UInt8>) -> (String, String, Int)? {
        let bytes = Array(line)
        var index = 0
        guard let first = bytes.first, isLetter(first) || first == UInt8(ascii: "_") else { return nil }
        while index < bytes.count,
            isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == 0x5F
                || bytes[index] == 0x2D
        {
            index += 1
        }
        // `key: ` with at least one space; the value starts at the first other byte.
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20 else { return nil }
        let key = String(decoding: bytes[..<index], as: UTF8.self)
        var start = index + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        let raw = bytes[start..<end]
        guard isPrintable(raw) else { return nil }
        switch raw.first! {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let quote = raw.first!
            let inner = raw.dropFirst().dropLast()
            guard raw.count >= 2, raw.last == quote,
                !inner.contains(quote), !inner.contains(UInt8(ascii: "\\")) || quote == UInt8(ascii: "'")
            else { return nil }
            return (key, String(decoding: inner, as: UTF8.self), start + 1)
        default:
            // A plain value: no indicator first, no `: ` or ` #` inside, no `:` at the end.
            guard !"-?:,[]{}#&*!|>%@`".utf8.contains(raw.first!), raw.last != UInt8(ascii: ":"),
                !zip(raw, raw.dropFirst()).contains(where: { pair in
                    (pair.0 == UInt8(ascii: ":") && pair.1 == 0x20) || (pair.0 == 0x20 && pair.1 == UInt8(ascii: "#"))
                })
            else { return nil }
            return (key, String(decoding: raw, as: UTF8.self), start + 1)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// No tab or control character, and none of the characters YAML reads as a line break or
    /// will not take (NEL and the other C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF).
    private static func isPrintable(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return false }
            if previous == 0xC2, byte < 0xA0 { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
            if beforePrevious == 0xEF, previous == 0xBB, byte == 0xBF { return false }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return false }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
