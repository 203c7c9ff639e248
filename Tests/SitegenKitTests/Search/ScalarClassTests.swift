import Testing

@testable import SitegenKit

/// The classifications that skip Unicode property lookups for common scalars, checked over
/// every scalar against the lookups they stand for.
@Suite struct ScalarClassTests {
    static let everyScalar: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func characterClassesNeedNoLookup() {
        let differing = Self.everyScalar.filter {
            SearchTokenizer.characterClass($0.value) != SearchTokenizer.characterClass($0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }

    @Test func markdownWhitespaceIsTheCommonMarkSet() {
        let differing = Self.everyScalar.filter {
            let reference =
                [0x09, 0x0A, 0x0C, 0x0D].contains($0.value) || $0.properties.generalCategory == .spaceSeparator
            return CJKCharacters.isWhitespace($0) != reference
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }

    @Test func headingIdsKeepLettersMarksDigitsAndUnderscore() {
        let kept: Set<Unicode.GeneralCategory> = [
            .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
        ]
        let differing = Self.everyScalar.filter {
            HeadingSlug.isKept($0) != ($0 == "_" || kept.contains($0.properties.generalCategory))
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }
}
