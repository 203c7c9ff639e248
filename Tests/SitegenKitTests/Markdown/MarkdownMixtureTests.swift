import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Many small mixtures of delimiters, Japanese and Latin text, generated from a fixed seed:
/// the passes never lose text, without CJK characters they change nothing, and a pass skipped
/// by its byte search would have changed nothing either.
@Suite struct MarkdownMixtureTests {
    static let pieces = [
        "*", "**", "_", "__", "***", "「", "」", "。", "、", "（", "）", "あ", "漢", "a", "b", " ", "\\*", "`x`", "[l](u)",
        "\n", "!", "\"", "-",
    ]

    /// A small linear congruential generator, so every run tests the same inputs.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func mixtures(count: Int, latinOnly: Bool) -> [String] {
        var generator = Generator(state: latinOnly ? 7 : 11)
        let alphabet = latinOnly ? pieces.filter { $0.unicodeScalars.allSatisfy(\.isASCII) } : pieces
        return (0..<count).map { _ in
            (0..<(3 + generator.next(10))).map { _ in alphabet[generator.next(alphabet.count)] }.joined()
        }
    }

    @Test func withoutCJKNothingChanges() throws {
        let on = MarkdownRenderer(options: MarkdownOptions(cjkFriendly: true, tables: false))
        let off = MarkdownRenderer(options: MarkdownOptions(cjkFriendly: false, tables: false))
        for markdown in Self.mixtures(count: 1500, latinOnly: true) {
            #expect(
                try on.render(markdown, language: "ja").html == off.render(markdown, language: "ja").html, "\(markdown)"
            )
        }
    }

    /// Pieces of GitHub's extensions' syntax, and of what looks like it.
    static let extensionPieces = [
        "~", "~~", "[", "]", "^", "[^1]", "[^1]: n", "[ ] ", "[x] ", "- ", "\n", "\n\n", " ", "a", "日本", ":", "//",
        "http", "https://", "www.", "w", ".", "@", "(", ")", "<", ">", "`", "\\", "x.y", "](", "]: ", "\t", "|",
        "\n| - |\n", "{lang=en}", "&amp;", "&#126;", "    ",
    ]

    @Test func skippingPassesByBytesChangesNothing() throws {
        var generator = Generator(state: 5)
        var always = MarkdownRenderer()
        always.skipsPassesByBytes = false
        for _ in 0..<1500 {
            let markdown = (0..<(1 + generator.next(24))).map { _ in
                Self.extensionPieces[generator.next(Self.extensionPieces.count)]
            }.joined()
            for language in ["ja", "en"] {
                #expect(
                    try always.render(markdown, language: language).html
                        == MarkdownRenderer().render(markdown, language: language).html, "\(markdown)")
            }
        }
    }

    @Test func cjkMixturesKeepEveryLetter() throws {
        let on = MarkdownRenderer()
        let off = MarkdownRenderer(options: MarkdownOptions(cjkFriendly: false))
        for markdown in Self.mixtures(count: 1500, latinOnly: false) {
            let letters: (String) -> String = { html in
                String(
                    html.unicodeScalars.filter { CJKCharacters.isCJK($0) || ("a"..."b").contains($0) }.map(
                        Character.init))
            }
            let rendered = try on.render(markdown, language: "ja").html
            #expect(letters(rendered) == letters(try off.render(markdown, language: "ja").html), "\(markdown)")
            #expect(rendered.components(separatedBy: "<em>").count == rendered.components(separatedBy: "</em>").count)
            #expect(
                rendered.components(separatedBy: "<strong>").count
                    == rendered.components(separatedBy: "</strong>").count)
        }
    }
}
