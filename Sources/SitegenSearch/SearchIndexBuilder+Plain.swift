import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// Sentences, pieces and excerpts of plain text (see `ScalarText`) a scalar at a time: the
/// same results as the `Character` versions in `SearchIndexBuilder`, which plain text skips.
extension SearchIndexBuilder {
    /// `sentences(_:)` of plain text, or nil when `text` is not plain.
    package static func plainSentences(_ text: String) -> [String]? {
        guard ScalarText.isPlain(text) else { return nil }
        var result: [String] = []
        forEachPlainSentence(utf8: Array(text.utf8)) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The page's sentences as the JSON array `search-text.js` holds (`SearchIndex.sentencesJSON`),
    /// written straight from the bytes when the text is plain.
    package static func sentencesJSON(_ text: String) -> [UInt8] {
        guard ScalarText.isPlain(text) else { return SearchIndex.sentencesJSON(sentences(characters: text)) }
        return sentencesJSON(plainUTF8: Array(text.utf8))
    }

    /// `sentencesJSON` of plain text given as UTF-8.
    package static func sentencesJSON(plainUTF8 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(bytes.count + bytes.count / 8 + 256)
        forEachPlainSentence(utf8: bytes) { sentence in
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            SearchIndex.appendQuoted(utf8: sentence, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// Calls `body` with the UTF-8 of each sentence of plain `bytes` (each piece, for long
    /// ones), once: the scalar walk of `sentences(characters:)` over bytes.
    private static func forEachPlainSentence(utf8 bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A collapsed sentence is never longer than the text it came from.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
            // About one sentence per 60 bytes: room for them all, without growing on the way.
            var walk = PlainSentenceWalk(seen: ByteStringSet(capacity: bytes.count / 60 + 8), scratch: scratch)
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                var previous: UInt32 = 0
                var index = 0
                while index < buffer.count {
                    let (value, length) = ScalarText.decode(buffer, at: index)
                    if value == 0x0A {
                        walk.add(buffer, start..<index, body)
                        start = index + 1
                        previous = 0
                        index += length
                        continue
                    }
                    if previous == 0x2E || previous == 0x21 || previous == 0x3F, value == 0x20 {
                        walk.add(buffer, start..<index, body)
                        start = index
                    }
                    if value == 0x3002 || value == 0xFF01 || value == 0xFF1F {
                        walk.add(buffer, start..<(index + length), body)
                        start = index + length
                    }
                    previous = value
                    index += length
                }
                walk.add(buffer, start..<buffer.count, body)
            }
        }
    }

    /// The sentences met so far and the buffer each new sentence is collapsed into (a struct,
    /// not closures over local variables, which cost a dynamic exclusivity check per access;
    /// written through a pointer, since `Array.append` a byte at a time showed in profiles).
    private struct PlainSentenceWalk {
        package var seen: ByteStringSet
        package let scratch: UnsafeMutableBufferPointer<UInt8>

        /// Collapses `buffer[range]` and gives it to `body` (in pieces when it is long) unless
        /// it is empty or was met before.
        package mutating func add(
            _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
        ) {
            var count = 0
            var scalars = 0
            var pending = false
            var index = range.lowerBound
            while index < range.upperBound {
                let (value, length) = ScalarText.decode(buffer, at: index)
                if ScalarText.isWhitespace(value) {
                    pending = true
                } else {
                    if pending, count > 0 {
                        scratch[count] = 0x20
                        count += 1
                        scalars += 1
                    }
                    pending = false
                    for offset in index..<(index + length) {
                        scratch[count] = buffer[offset]
                        count += 1
                    }
                    scalars += 1
                }
                index += length
            }
            let collapsed = UnsafeBufferPointer(rebasing: scratch[..<count])
            guard count > 0, seen.insert(collapsed) else { return }
            if scalars <= sentenceLength {
                body(collapsed)
            } else {
                pieces(ScalarText.scalars(utf8: Array(collapsed))) { piece in
                    var utf8: [UInt8] = []
                    for value in piece { ScalarText.append(value, to: &utf8) }
                    utf8.withUnsafeBufferPointer(body)
                }
            }
        }
    }

    /// `excerpt(_:)` of plain text, or nil when `text` is not plain.
    package static func plainExcerpt(_ text: String) -> String? {
        guard ScalarText.isPlain(text) else { return nil }
        return plainExcerpt(utf8: Array(text.utf8))
    }

    /// `excerpt(_:)` of plain text given as UTF-8: collapses only as far as the excerpt goes.
    package static func plainExcerpt(utf8 bytes: [UInt8]) -> String {
        var line: [UInt8] = []
        var scalars = 0
        var pending = false
        var index = 0
        while index < bytes.count {
            let (value, length) = bytes.withUnsafeBufferPointer { ScalarText.decode($0, at: index) }
            index += length
            if ScalarText.isWhitespace(value) {
                pending = true
                continue
            }
            // A space, then the scalar: each is one more scalar of the collapsed line.
            let adding = pending && !line.isEmpty ? 2 : 1
            if scalars + adding > excerptLength {
                // The line is longer than an excerpt: end it after `excerptLength` scalars.
                if adding == 2 && scalars < excerptLength { line.append(0x20) }
                return String(decoding: line, as: UTF8.self) + "…"
            }
            if adding == 2 { line.append(0x20) }
            for offset in (index - length)..<index { line.append(bytes[offset]) }
            scalars += adding
            pending = false
        }
        return String(decoding: line, as: UTF8.self)
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
