import Foundation

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
    enum CharacterClass: Equatable {
        case cjk, word, separator
    }

    /// Han, kana and the marks written inside Japanese words (`々`, `ー`); not `・` or `゠`.
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x3005...0x3007, 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    static func characterClass(_ scalar: Unicode.Scalar) -> CharacterClass {
        if isCJK(scalar.value) { return .cjk }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .separator
        }
    }

    /// Runs of one class in already folded text, in order: `(class, scalars)`.
    static func runs(_ folded: String) -> [(CharacterClass, [Unicode.Scalar])] {
        var runs: [(CharacterClass, [Unicode.Scalar])] = []
        var current: [Unicode.Scalar] = []
        var currentClass = CharacterClass.separator
        for scalar in folded.unicodeScalars {
            let kind = characterClass(scalar)
            if kind != currentClass {
                if currentClass != .separator, !current.isEmpty { runs.append((currentClass, current)) }
                current = []
                currentClass = kind
            }
            if kind != .separator { current.append(scalar) }
        }
        if currentClass != .separator, !current.isEmpty { runs.append((currentClass, current)) }
        return runs
    }

    /// The tokens of `text`, in order, repeats kept (the index counts them).
    public static func tokens(_ text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        for (kind, scalars) in runs(fold(text)) {
            switch kind {
            case .cjk where scalars.count == 1:
                tokens.append(SearchToken(term: String(Character(scalars[0])), isCJK: true))
            case .cjk:
                for position in 0..<(scalars.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[position])
                    pair.append(scalars[position + 1])
                    tokens.append(SearchToken(term: String(pair), isCJK: true))
                }
            case .word:
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars)
                tokens.append(SearchToken(term: EnglishStemmer.stem(String(word)), isCJK: false))
            case .separator:
                break
            }
        }
        return tokens
    }

    /// Just the terms of `text`, in order.
    public static func terms(_ text: String) -> [String] {
        tokens(text).map(\.term)
    }
}
