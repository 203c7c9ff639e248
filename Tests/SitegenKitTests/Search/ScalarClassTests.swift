import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

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

    /// The one-pass slug of ASCII and Japanese headings gives what the general walk gives: for
    /// every scalar alone and between letters, and for seeded random mixtures.
    @Test func caselessSlugsAreTheGeneralOnes() {
        var differing: [String] = []
        func check(_ text: String) {
            if let fast = HeadingSlug.caselessSlug(text), fast != HeadingSlug.generalSlug(text) {
                differing.append(text)
            }
        }
        for scalar in Self.everyScalar {
            check(String(scalar))
            check("A" + String(scalar) + "b")
        }
        let alphabet = Array("aZ09_- \t\u{3000}、。（）「」・ー々かカ漢字ＡｱÉßΣ-.,!?#\u{301}") + ["\r\n"]
        var random = SeededGenerator(state: 0x5EED)
        for _ in 0..<20_000 { check(random.text(from: alphabet, maxLength: 15)) }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
