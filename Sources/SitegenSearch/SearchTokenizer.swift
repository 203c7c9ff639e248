import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// One term of searchable text, as both the index and the query see it.
public struct SearchToken: Sendable, Equatable {
    /// The folded, stemmed term (`imec`, `semiconductor`, `半導`).
    public var term: String
    /// True for a bigram or single character of Japanese (Han or kana) text.
    public var isCJK: Bool

    public init(term: String, isCJK: Bool) {
        self.term = term
        self.isCJK = isCJK
    }
}

/// Folding and segmentation of searchable text, shared by every language of the index.
///
/// `templates/assets/search.js` does exactly the same on the reader's query; both are checked
/// against one table, `Tests/search-tokens.json`. Change them together.
///
/// - Folding: NFKC (full-width `ＩＭＥＣ` → `IMEC`, `２０２５` → `2025`, half-width `ｶﾀｶﾅ` →
///   `カタカナ`), lower case, then katakana → hiragana (`カタカナ` → `かたかな`) and `ς` → `σ`.
/// - Segmentation: a run of Han and kana becomes its character bigrams (`半導体` → `半導`,
///   `導体`), or the character itself when the run is one character long; a run of other
///   letters and digits is a word, stemmed by `EnglishStemmer`; everything else separates.
public enum SearchTokenizer {
    /// The folded form of `text`: what the index stores and the query looks up.
    public static func fold(_ text: String) -> String {
        // NFKD then NFC is NFKC by definition; Foundation's own NFKC on Linux leaves `ｶﾞ` as
        // `カ` + U+3099 instead of `ガ`.
        let lowered = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            case 0x30A1...0x30F6, 0x30FD...0x30FE: scalars.append(Unicode.Scalar(scalar.value - 0x60)!)
            // Final sigma: JavaScript lower-cases by context, Swift does not; both become σ.
            case 0x03C2: scalars.append("\u{03C3}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// What a character is to the segmenter.
    package enum CharacterClass: Equatable {
        case cjk, word, separator
    }

    /// Han, kana and the marks written inside Japanese words (`々`, `ー`); not `・` or `゠`.
    package static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x3005...0x3007, 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    package static func characterClass(_ scalar: Unicode.Scalar) -> CharacterClass {
        if isCJK(scalar.value) { return .cjk }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .separator
        }
    }

    /// The tokens of `text`, in order, repeats kept (the index counts them).
    public static func tokens(_ text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        forEachTerm(text) { term, isCJK in tokens.append(SearchToken(term: term, isCJK: isCJK)) }
        return tokens
    }

    /// Calls `body` with each term of `text` and whether it is Japanese, in order, repeats kept.
    package static func forEachTerm(_ text: String, _ body: (String, Bool) -> Void) {
        forEachSearchTerm(folded: foldedScalars(text)) { term, isCJK in body(term.text, isCJK) }
    }

    /// Calls `body` with each term of `text`, packed for counting: `tokens(_:)` without building
    /// strings or an array, for the index.
    package static func forEachSearchTerm(_ text: String, _ body: (SearchTerm) -> Void) {
        forEachSearchTerm(folded: foldedScalars(text)) { term, _ in body(term) }
    }

    /// `forEachSearchTerm` of text given as UTF-8.
    package static func forEachSearchTerm(utf8: [UInt8], _ body: (SearchTerm) -> Void) {
        forEachSearchTerm(folded: foldedScalars(utf8: utf8)) { term, _ in body(term) }
    }

    /// `foldedScalars` of UTF-8 text. When every scalar folds on its own (nearly every page)
    /// they are written through a pointer in one pass; `Array.append` a scalar at a time
    /// showed in profiles.
    package static func foldedScalars(utf8 bytes: [UInt8]) -> [UInt32] {
        let fast = [UInt32](unsafeUninitializedCapacity: bytes.count) { folded, count in
            count = bytes.withUnsafeBufferPointer { buffer in
                var written = 0
                var index = 0
                while index < buffer.count {
                    let (value, length) = ScalarText.decode(buffer, at: index)
                    // Not every scalar folds on its own: an empty result sends the text below.
                    guard let scalar = fastFold(value) else { return 0 }
                    folded[written] = scalar
                    written += 1
                    index += length
                }
                return written
            }
        }
        guard fast.isEmpty, !bytes.isEmpty else { return fast }
        return foldedScalars(values: ScalarText.scalars(utf8: bytes), capacity: bytes.count)
    }

    /// The terms of folded text: each run of Han and kana as its bigrams (or its single
    /// character), each other run of letters and digits as a stemmed word.
    private static func forEachSearchTerm(folded: [UInt32], _ body: (SearchTerm, Bool) -> Void) {
        // Through a pointer: every run taken as an array slice retained and released the array.
        folded.withUnsafeBufferPointer { forEachSearchTerm(folded: $0, body) }
    }

    private static func forEachSearchTerm(folded: UnsafeBufferPointer<UInt32>, _ body: (SearchTerm, Bool) -> Void) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        var start = 0
        var currentClass = CharacterClass.separator
        for position in 0...folded.count {
            let kind = position < folded.count ? characterClass(folded[position]) : .separator
            guard kind != currentClass else { continue }
            if currentClass == .cjk {
                let run = folded[start..<position]
                if run.count == 1 {
                    body(packed(run), true)
                } else {
                    for first in run.startIndex..<(run.endIndex - 1) {
                        body(packed(run[first...first + 1]), true)
                    }
                }
            } else if currentClass == .word {
                bytes.removeAll(keepingCapacity: true)
                for value in folded[start..<position] { ScalarText.append(value, to: &bytes) }
                _ = EnglishStemmer.stem(&bytes)
                body(bytes.withUnsafeBufferPointer { SearchTerm(bytes: $0) }, false)
            }
            start = position
            currentClass = kind
        }
    }

    /// The term of one or two scalars (a Japanese bigram or lone character): at most 8 bytes
    /// of UTF-8, packed straight into the term without an array.
    private static func packed(_ scalars: Slice<UnsafeBufferPointer<UInt32>>) -> SearchTerm {
        var packer = SearchTerm.Packer()
        for value in scalars { packer.append(scalar: value) }
        return packer.term
    }

    /// What a folded scalar is to the segmenter; ASCII and the punctuation of Japanese text
    /// without a property lookup (`characterClassesNeedNoLookup` checks every scalar).
    @inline(__always)
    package static func characterClass(_ value: UInt32) -> CharacterClass {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
        case 0..<0x80, 0x2010...0x2027, 0x3000...0x3004, 0x3008...0x3020, 0x3030, 0x3036...0x3037, 0x303D...0x303F,
            0x30A0, 0x30FB:
            return .separator
        default: return characterClass(Unicode.Scalar(value)!)
        }
    }

    /// `fold(text)` as scalar values. Scalars that NFKC leaves alone and that never join a
    /// neighbour (ASCII, kana, kanji, common Japanese punctuation, full-width ASCII) are folded
    /// here one by one; a run of any other scalars, with the scalar before it (which a combining
    /// mark may join), goes through `fold` itself.
    package static func foldedScalars(_ text: String) -> [UInt32] {
        foldedScalars(values: text.unicodeScalars.lazy.map(\.value), capacity: text.utf8.count)
    }

    /// `foldedScalars` of scalar values.
    package static func foldedScalars(values: some Sequence<UInt32>, capacity: Int) -> [UInt32] {
        var folded: [UInt32] = []
        folded.reserveCapacity(capacity)
        var slow = String.UnicodeScalarView()
        var previousFast: UInt32?
        for value in values {
            if let fast = fastFold(value) {
                if !slow.isEmpty {
                    for scalar in fold(String(slow)).unicodeScalars { folded.append(scalar.value) }
                    slow = String.UnicodeScalarView()
                }
                folded.append(fast)
                previousFast = value
            } else {
                if slow.isEmpty, let previous = previousFast {
                    folded.removeLast()
                    slow.append(Unicode.Scalar(previous)!)
                }
                slow.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                previousFast = nil
            }
        }
        if !slow.isEmpty {
            for scalar in fold(String(slow)).unicodeScalars { folded.append(scalar.value) }
        }
        return folded
    }

    /// The folded form of a scalar that folds on its own (see `foldedScalars`), else nil.
    @inline(__always)
    package static func fastFold(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0..<0x80: return value
        case 0x30A1...0x30F6, 0x30FD...0x30FE: return value - 0x60
        case 0x3001...0x3029, 0x3030...0x3035, 0x3037, 0x303B...0x303F, 0x3041...0x3096, 0x309D...0x309E,
            0x30A0...0x30FC, 0x2010, 0x2012...0x2016, 0x2018...0x2023, 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return value
        case 0xFF21...0xFF3A: return value - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return value - 0xFEE0
        default: return nil
        }
    }

    /// Just the terms of `text`, in order.
    public static func terms(_ text: String) -> [String] {
        tokens(text).map(\.term)
    }
}
