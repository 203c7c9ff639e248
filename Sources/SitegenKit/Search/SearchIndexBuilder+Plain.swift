/// Sentences, pieces and excerpts of plain text (see `ScalarText`) a scalar at a time: the
/// same results as the `Character` versions in `SearchIndexBuilder`, which plain text skips.
extension SearchIndexBuilder {
    /// `sentences(_:)` of plain text, or nil when `text` is not plain.
    static func plainSentences(_ text: String) -> [String]? {
        guard ScalarText.isPlain(text) else { return nil }
        var result: [String] = []
        forEachPlainSentence(ScalarText.scalars(text)) { result.append(ScalarText.string($0)) }
        return result
    }

    /// The page's sentences as the JSON array `search-text.js` holds (`SearchIndex.sentencesJSON`),
    /// written straight from the scalars when the text is plain.
    static func sentencesJSON(_ text: String) -> [UInt8] {
        guard ScalarText.isPlain(text) else { return SearchIndex.sentencesJSON(sentences(characters: text)) }
        return sentencesJSON(plainScalars: ScalarText.scalars(text))
    }

    /// `sentencesJSON` of plain text given as scalar values.
    static func sentencesJSON(plainScalars scalars: [UInt32]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(scalars.count * 3 + 256)
        forEachPlainSentence(scalars) { sentence in
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            SearchIndex.appendQuoted(scalars: sentence, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// A sentence as a set member: hashed as raw memory, compared by value.
    private struct SentenceKey: Hashable {
        let scalars: [UInt32]
        func hash(into hasher: inout Hasher) {
            scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Calls `body` with each sentence of plain `scalars` (each piece, for long ones), once.
    private static func forEachPlainSentence(_ scalars: [UInt32], _ body: ([UInt32]) -> Void) {
        // About one sentence per 40 scalars: room for them all, without growing on the way.
        var seen = Set<SentenceKey>(minimumCapacity: scalars.count / 40 + 8)
        func add(_ sentence: ArraySlice<UInt32>) {
            let trimmed = collapse(sentence)
            guard !trimmed.isEmpty, seen.insert(SentenceKey(scalars: trimmed)).inserted else { return }
            if trimmed.count <= sentenceLength {
                body(trimmed)
            } else {
                pieces(trimmed, body)
            }
        }
        var start = 0
        var previous: UInt32 = 0
        for (position, value) in scalars.enumerated() {
            if value == 0x0A {
                add(scalars[start..<position])
                start = position + 1
                previous = 0
                continue
            }
            if previous == 0x2E || previous == 0x21 || previous == 0x3F, value == 0x20 {
                add(scalars[start..<position])
                start = position
            }
            if value == 0x3002 || value == 0xFF01 || value == 0xFF1F {
                add(scalars[start...position])
                start = position + 1
            }
            previous = value
        }
        add(scalars[start...])
    }

    /// `excerpt(_:)` of plain text, or nil when `text` is not plain.
    static func plainExcerpt(_ text: String) -> String? {
        guard ScalarText.isPlain(text) else { return nil }
        return plainExcerpt(scalars: ScalarText.scalars(text))
    }

    /// `excerpt(_:)` of plain text given as scalar values.
    static func plainExcerpt(scalars: [UInt32]) -> String {
        let line = collapse(scalars[...])
        guard line.count > excerptLength else { return ScalarText.string(line) }
        return ScalarText.string(line.prefix(excerptLength)) + "…"
    }

    /// White space runs as one space, none at either end (`HTMLText.collapse`).
    private static func collapse(_ scalars: ArraySlice<UInt32>) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count)
        var pending = false
        for value in scalars {
            if ScalarText.isWhitespace(value) {
                pending = true
                continue
            }
            if pending, !result.isEmpty { result.append(0x20) }
            pending = false
            result.append(value)
        }
        return result
    }

    /// `pieces(_:)` of a collapsed plain sentence, each given to `body`.
    private static func pieces(_ sentence: [UInt32], _ body: ([UInt32]) -> Void) {
        let ellipsis: UInt32 = 0x2026
        var rest = sentence[...]
        var first = true
        while rest.count > sentenceLength {
            let window = rest.prefix(sentenceLength)
            let half = window.startIndex + sentenceLength / 2
            let cut =
                window[half...].lastIndex(where: { $0 == 0x3001 || $0 == 0xFF0C || $0 == 0x2C || $0 == 0x20 })
                .map { $0 + 1 } ?? window.endIndex
            body((first ? [] : [ellipsis]) + trimmed(window[..<cut]) + [ellipsis])
            first = false
            rest = rest[cut...]
        }
        body((first ? [] : [ellipsis]) + trimmed(rest))
    }

    /// Without `CharacterSet.whitespaces` (tab and space separators) at either end.
    private static func trimmed(_ scalars: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        var slice = scalars
        while let first = slice.first, ScalarText.isSpaceOrTab(first) { slice = slice.dropFirst() }
        while let last = slice.last, ScalarText.isSpaceOrTab(last) { slice = slice.dropLast() }
        return slice
    }
}
