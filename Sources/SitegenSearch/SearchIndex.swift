import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// One language's search index: a short entry per page and, per term, the pages holding it;
/// beside it, each page's sentences for snippets.
///
/// Written as two scripts: `site/<lang>/search-index.js` stores the index in
/// `self.sitegenSearchIndex["<lang>"]` and `site/<lang>/search-text.js` the sentences in
/// `self.sitegenSearchText["<lang>"]`. Script elements load them from disk (`file://`), from a
/// sub-path and offline, where `fetch()` of a JSON file would fail. The index holds no page
/// text beyond a title and an excerpt; the sentences only serve to show why a page matched.
package struct SearchIndex: Sendable {
    /// What a result shows of a page.
    package struct Entry: Sendable, Equatable {
        package var title: String
        /// Relative to the language's home (`strategy/vision/`, `./` for the home itself).
        package var url: String
        /// The title of the page's section landing, empty at the top level.
        package var section: String
        /// The summary, or the start of the text: the result's snippet.
        package var excerpt: String
    }

    /// A page holding a term, and how strongly: title 8, heading 4, summary and facts (venue,
    /// country, kind) 2 per occurrence,
    /// plus one per occurrence in the text up to 10.
    package struct Posting: Sendable, Equatable {
        /// The page in the high half, the weight in the low: eight bytes, for millions of them.
        private let packed: UInt64
        package var page: Int { Int(packed >> 32) }
        package var weight: Int { Int(packed & 0xFFFF_FFFF) }

        package init(page: Int, weight: Int) {
            packed = UInt64(page) << 32 | UInt64(UInt32(clamping: weight))
        }
    }

    package var language: String
    package var pages: [Entry]
    /// The terms, numbered in no particular order, and each one's postings in page order.
    package var table: TermTable
    package var terms: [SearchTerm] { table.terms }
    package var postingLists: [[Posting]]
    /// Each page's sentences for snippets as a JSON array (`SearchIndex.sentencesJSON`), in
    /// page order.
    package var sentences: [[UInt8]]

    package init(language: String, pages: [Entry], table: TermTable, postings: [[Posting]], sentences: [[UInt8]]) {
        self.language = language
        self.pages = pages
        self.table = table
        self.postingLists = postings
        self.sentences = sentences
    }

    /// Term → postings in page order (for tests and tools; the writer uses the lists).
    package var postings: [String: [Posting]] {
        Dictionary(zip(terms.map(\.text), postingLists).filter { !$0.1.isEmpty }, uniquingKeysWith: +)
    }

    /// The path of the index file below the output root.
    package static func path(language: String) -> String { language + "/search-index.js" }

    /// The path of the sentences file below the output root.
    package static func textPath(language: String) -> String { language + "/search-text.js" }

    /// The index file: `{"lang":…,"pages":[[title,url,section,excerpt]…],"terms":{term:[page,weight,…]}}`,
    /// terms sorted, so the same site always gives the same bytes.
    package func javaScript() -> [UInt8] {
        Self.collect { emit throws(Diagnostic) in try writeJavaScript(emit) }
    }

    /// The sentences file: `[[sentence, …] per page]`.
    package func textJavaScript() -> [UInt8] {
        Self.collect { emit throws(Diagnostic) in try writeTextJavaScript(emit) }
    }

    /// The start of the snippets file, up to its first page.
    package static func textHeader(language: String) -> [UInt8] {
        var header = Array("/* sitegen search snippets (\(language)); loaded by assets/search.js */\n".utf8)
        header += "(self.sitegenSearchText = self.sitegenSearchText || {})[".utf8
        appendQuoted(language, to: &header)
        header += "] = [".utf8
        return header
    }

    /// How big the pieces handed to `emit` are.
    package static let pieceSize = 1 << 20

    /// The bytes a writer hands out, gathered in one array.
    package static func collect(
        _ write: ((UnsafeRawBufferPointer) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        // Gathering into memory cannot fail.
        try? write { piece in bytes.append(contentsOf: piece) }
        return bytes
    }

    /// Writes `javaScript()` in pieces of about `pieceSize` to `emit`.
    package func writeJavaScript(_ emit: (UnsafeRawBufferPointer) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let terms = self.terms
        var writer = ByteWriter(capacity: Self.pieceSize + 65536)
        var quoted: [UInt8] = []
        func appendQuoted(_ text: String) {
            quoted.removeAll(keepingCapacity: true)
            Self.appendQuoted(text, to: &quoted)
            writer.append(quoted)
        }
        writer.append("/* sitegen search index (\(language)); loaded by assets/search.js */\n".utf8)
        writer.append("(self.sitegenSearchIndex = self.sitegenSearchIndex || {})[".utf8)
        appendQuoted(language)
        writer.append("] = {\"lang\":".utf8)
        appendQuoted(language)
        writer.append(",\"pages\":[".utf8)
        for (position, page) in pages.enumerated() {
            if position > 0 { writer.append(",\n".utf8) }
            writer.append("[".utf8)
            for (field, text) in [page.title, page.url, page.section, page.excerpt].enumerated() {
                if field > 0 { writer.append(",".utf8) }
                appendQuoted(text)
            }
            writer.append("]".utf8)
            try writer.drain(atLeast: Self.pieceSize, emit)
        }
        writer.append("],\n\"terms\":{".utf8)
        let order = terms.indices.filter { !postingLists[$0].isEmpty }.sorted {
            SearchTerm.precedes(terms[$0], terms[$1])
        }
        for (position, number) in order.enumerated() {
            if position > 0 { writer.append(",\n".utf8) }
            appendQuoted(terms[number].text)
            writer.append(":[".utf8)
            let postings = postingLists[number]
            // A page and a weight are at most 20 digits each, with two commas.
            writer.reserve(postings.count * 42 + 1)
            for (index, posting) in postings.enumerated() {
                if index > 0 { writer.put(UInt8(ascii: ",")) }
                writer.putNumber(posting.page)
                writer.put(UInt8(ascii: ","))
                writer.putNumber(posting.weight)
            }
            writer.put(UInt8(ascii: "]"))
            try writer.drain(atLeast: Self.pieceSize, emit)
        }
        writer.append("}};\n".utf8)
        try writer.drain(emit)
    }

    /// Writes `textJavaScript()` in pieces of about `pieceSize` to `emit`.
    package func writeTextJavaScript(_ emit: (UnsafeRawBufferPointer) throws(Diagnostic) -> Void) throws(Diagnostic) {
        var writer = ByteWriter(capacity: Self.pieceSize + 65536)
        writer.append(Self.textHeader(language: language))
        for (position, page) in sentences.enumerated() {
            if position > 0 { writer.append(",\n".utf8) }
            writer.append(page)
            try writer.drain(atLeast: Self.pieceSize, emit)
        }
        writer.append("];\n".utf8)
        try writer.drain(emit)
    }

    /// A page's sentences as a JSON array: `["…","…"]`.
    package static func sentencesJSON(_ sentences: [String]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(sentence, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// A JSON string literal that is also safe JavaScript (U+2028 and U+2029 escaped).
    package static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoted(text)` appended to `out`.
    package static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// The one JSON string writer, over valid UTF-8: runs that need no escape are copied whole.
    package static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        @inline(__always) func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x57 + digit }
        out.append(UInt8(ascii: "\""))
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            let separator =
                byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || separator else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "n"))
            case 0xE2:
                out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex(byte >> 4))
                out.append(hex(byte & 0xF))
            }
            index += 1
            copied = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        out.append(UInt8(ascii: "\""))
    }

    /// Puts page `id`'s new digest in place of its old one: its postings leave every term of
    /// `old` and join every term of `new` in page order; its entry and sentences are replaced.
    /// A term left with no page is not written (`javaScript()` skips empty lists), so the result
    /// is the index a full build would make. For `sitegen serve`, where one page changed.
    package mutating func replace(
        page id: Int, old: SearchIndexBuilder.PageDigest, new: SearchIndexBuilder.PageDigest
    ) {
        for term in old.terms {
            guard let number = table.existingNumber(of: term.term) else { continue }
            let position = Self.position(of: id, in: postingLists[number])
            guard position < postingLists[number].count, postingLists[number][position].page == id else { continue }
            postingLists[number].remove(at: position)
        }
        for term in new.terms {
            let number = table.number(of: term.term)
            if number == postingLists.count { postingLists.append([]) }
            let position = Self.position(of: id, in: postingLists[number])
            postingLists[number].insert(.init(page: id, weight: term.weight), at: position)
        }
        pages[id] = new.entry
        sentences[id] = new.sentences
    }

    /// Where page `id` is or would go in a list sorted by page (binary search).
    private static func position(of id: Int, in postings: [Posting]) -> Int {
        var low = 0
        var high = postings.count
        while low < high {
            let middle = (low + high) / 2
            if postings[middle].page < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
