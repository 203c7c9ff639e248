import SitegenCore

/// Character classes of CommonMark and of the CJK-friendly amendment
/// (github.com/tats-u/markdown-cjk-friendly, `specification.md` and `ranges.md`).
package enum CJKCharacters {
    /// Code points the amendment counts as CJK characters (East Asian Width W, F or H and
    /// not emoji, or Hangul), as listed in its `ranges.md` for Unicode 16.
    package static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF, 0x20A9...0x20A9, 0x2329...0x232A, 0x2630...0x2637, 0x268A...0x268F,
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x303E, 0x3041...0x3096,
        0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E,
        0x3220...0x3247, 0x3250...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
        0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
        0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF,
        0xFFD2...0xFFD7, 0xFFDA...0xFFDC, 0xFFE0...0xFFE6, 0xFFE8...0xFFEE, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF6, 0x17000...0x18CD5, 0x18CFF...0x18D1E, 0x18D80...0x18DF2, 0x1AFF0...0x1AFF3,
        0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
        0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1D300...0x1D356, 0x1D360...0x1D376,
        0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219, 0x1F21B...0x1F22E, 0x1F230...0x1F231,
        0x1F237...0x1F237, 0x1F23B...0x1F23B, 0x1F240...0x1F248, 0x1F260...0x1F265, 0x20000...0x3FFFD,
    ]

    /// False when no text of `markdown` can hold a CJK character or a variation selector: no
    /// character at or above U+1000 (UTF-8 lead byte E1 or more) and no `&` (an entity may
    /// stand for one). Without them the CJK-friendly rules are CommonMark's own
    /// (`DelimiterFlanking`) and no line break joins CJK text, so both CJK passes would leave the
    /// page as libcmark made it: an English page skips them, which is 3 to 5 % of a build's time.
    package static func mayHaveCJK(_ markdown: String) -> Bool {
        markdown.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 >= 0xE1 || $0 == UInt8(ascii: "&") }
        } ?? true
    }

    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Hangul is CJK for emphasis, but Korean puts spaces between words, so a line break
    /// between Hangul stays a space.
    package static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x3131...0x318E, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xD7B0...0xD7FB: return true
        default: return false
        }
    }

    /// CommonMark 0.30 Unicode whitespace: Zs, tab, line feed, form feed, carriage return.
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        // The only Zs below U+00A0 is the space: ASCII needs no property lookup.
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// CommonMark 0.30 (and libcmark 0.30) punctuation: ASCII punctuation or a P* category.
    package static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return InlineSource.isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// U+FE00–U+FE0E: variation selectors that keep the character before them as it is.
    package static func isGeneralVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0E).contains(scalar.value)
    }

    /// U+E0100–U+E01EF, which only follow ideographs.
    package static func isIdeographicVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// Quotation marks that a following U+FE01 asks to show full width, as in Japanese.
    package static func isAmbiguousQuote(_ scalar: Unicode.Scalar) -> Bool {
        [0x2018, 0x2019, 0x201C, 0x201D].contains(scalar.value)
    }
}
