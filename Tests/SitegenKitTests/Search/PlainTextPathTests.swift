import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The search index's fast paths (scalars and bytes, see `ScalarText`) against the original
/// `Character` walks, on seeded random text mixing plain scalars with the ones that send text
/// down the slow path: combining marks, half-width voiced kana, CRLF, emoji sequences, Hangul,
/// compatibility characters and entities.
@Suite struct PlainTextPathTests {
    /// Pieces random text is made of; several are more than one scalar.
    static let pieces: [String] = [
        "a", "Z", "q", "7", " ", "  ", "\n", "\t", ".", "!", "?", "。", "！", "？", "、", "，", ",", "*", "_", "-",
        "é", "İ", "ς", "Σ", "ß", "ﬁ", "…", "–", "—", "“", "”", "’", "\u{00A0}", "\u{3000}", "\u{2028}",
        "あ", "か", "ゞ", "カ", "ヴ", "ー", "・", "々", "半", "導", "体", "𠮷", "\u{F900}", "①", "㍿",
        "Ａ", "ｚ", "１", "（", "）", "ｶ", "ﾞ", "ｶﾞ", "か\u{3099}", "e\u{301}", "\u{301}", "\r\n", "\r",
        "👍🏽", "👨‍👩‍👧", "🇯🇵", "한", "\u{1100}\u{1161}", "&amp;", "&lt;", "&#12354;", "&#x301;", "&#13;",
        "&nbsp;", "&bogus;", "<", ">", "<em>", "</em>", "<h2>", "</h2>", "<p>", "</p>", "<br>",
        "<script>", "</script>", "<a href=\"x\">", "</a>", "<日本>", "<b2é>", "<h²>", "</h²>", "<h２>", "</h２>",
        "<H3>", "</h3>", "²", "２", "\u{212B}", "\u{037E}",
    ]

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
    }

    /// Texts of up to 80 pieces; every fourth one uses only plain pieces so the fast path runs.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        let plain = pieces.filter { ScalarText.isPlain($0) }
        return (0..<count).map { number in
            let pool = number % 4 == 0 ? plain : pieces
            let length = generator.next(80)
            return (0..<length).map { _ in pool[generator.next(pool.count)] }.joined()
        }
    }

    /// The original tokenizer: fold the whole text, then segment scalar by scalar.
    static func referenceTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var run: [Unicode.Scalar] = []
        var runClass = SearchTokenizer.CharacterClass.separator
        func flush() {
            switch runClass {
            case .cjk where run.count == 1: terms.append(String(Character(run[0])))
            case .cjk:
                for index in 0..<(run.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(run[index])
                    pair.append(run[index + 1])
                    terms.append(String(pair))
                }
            case .word:
                var word = String.UnicodeScalarView()
                word.append(contentsOf: run)
                terms.append(EnglishStemmer.stem(String(word)))
            case .separator: break
            }
            run = []
        }
        for scalar in SearchTokenizer.fold(text).unicodeScalars {
            let kind = SearchTokenizer.characterClass(scalar)
            if kind != runClass {
                flush()
                runClass = kind
            }
            if kind != .separator { run.append(scalar) }
        }
        flush()
        return terms
    }

    @Test func plainPiecesAreRecognised() {
        #expect(ScalarText.isPlain("半導体とIMEC、2025年。"))
        #expect(!ScalarText.isPlain("か\u{3099}"))
        #expect(!ScalarText.isPlain("a\r\nb"))
        #expect(!ScalarText.isPlain("👍🏽"))
    }

    /// Bytes, not `String ==`: that compares by canonical equivalence and would miss a fast path
    /// that wrote NFD where the original wrote NFC.
    static func bytes(_ strings: [String]) -> [[UInt8]] { strings.map { Array($0.utf8) } }

    @Test func htmlTextMatchesTheCharacterWalk() {
        for html in Self.texts(count: 3000, seed: 1) {
            let fast = HTMLText(html: html)
            let original = HTMLText(characters: html)
            #expect(
                Self.bytes([fast.text] + fast.headings) == Self.bytes([original.text] + original.headings),
                "\(html.debugDescription)")
            #expect(SearchSelfCheck.disagreement(html: html) == nil, "\(html.debugDescription)")
        }
    }

    @Test func headingsWithOtherDigitsAreHeadingsOnBothPaths() {
        let html = "<h²>見出し</h²><p>本文</p><h２>二</h２>"
        #expect(HTMLText(html: html).headings == ["見出し", "二"])
        #expect(HTMLText(characters: html).headings == ["見出し", "二"])
    }

    /// The excerpt read from bytes stops as soon as it knows the line is longer than an excerpt:
    /// around that length, with spaces on either side of the cut, it must still agree.
    @Test func excerptsAtTheirLengthMatchTheCharacterWalk() {
        let limit = SearchIndexBuilder.excerptLength
        for length in (limit - 2)...(limit + 2) {
            let word = String(repeating: "語", count: length)
            for text in [word, word + "  ", " \n" + word, String(word.dropLast()) + " x", word + " x", word + "\n\ny"] {
                #expect(
                    SearchIndexBuilder.plainExcerpt(utf8: Array(text.utf8))
                        == SearchIndexBuilder.excerpt(characters: text),
                    "\(text.debugDescription)")
            }
        }
    }

    /// Tag names that only lower-case to ASCII (the Kelvin sign to `k`) are read as the
    /// `Character` walk reads them, on the packed path too.
    @Test func tagNamesOutsideASCIIMatchTheCharacterWalk() {
        for html in [
            "a<\u{212A}bd>b</\u{212A}bd>c", "<script>x</\u{212A}script>y</script>z", "<h²>t</h²>u",
            "<blockquote>q</blockquote>r",
        ] {
            #expect(HTMLText(html: html) == HTMLText(characters: html), "\(html.debugDescription)")
        }
    }

    @Test func sentencesAndExcerptsMatchTheCharacterWalk() {
        let long = Self.texts(count: 200, seed: 3).map { String(repeating: $0, count: 6) }
        for text in Self.texts(count: 3000, seed: 2) + long {
            #expect(
                Self.bytes(SearchIndexBuilder.sentences(text))
                    == Self.bytes(SearchIndexBuilder.sentences(characters: text)),
                "\(text.debugDescription)")
            #expect(
                Self.bytes([SearchIndexBuilder.excerpt(text)])
                    == Self.bytes([SearchIndexBuilder.excerpt(characters: text)]),
                "\(text.debugDescription)")
            #expect(
                Self.bytes([HTMLText.collapse(text, keepingLines: true)])
                    == Self.bytes([HTMLText.collapse(characters: text, keepingLines: true)]))
            #expect(
                SearchIndexBuilder.sentencesJSON(text)
                    == SearchIndex.sentencesJSON(SearchIndexBuilder.sentences(characters: text)),
                "\(text.debugDescription)")
        }
    }

    @Test func termsMatchFoldingTheWholeText() {
        for text in Self.texts(count: 3000, seed: 4) {
            let reference = Self.referenceTerms(text)
            #expect(Self.bytes(SearchTokenizer.terms(text)) == Self.bytes(reference), "\(text.debugDescription)")
            var packed: [String] = []
            SearchTokenizer.forEachSearchTerm(text) { packed.append($0.text) }
            #expect(Self.bytes(packed) == Self.bytes(reference), "\(text.debugDescription)")
        }
    }

    @Test func digestsOfScalarTextMatchDigestsOfStrings() {
        var checked = 0
        for html in Self.texts(count: 3000, seed: 5) {
            guard let plain = PlainText(html: html) else { continue }
            checked += 1
            func document(_ body: SearchIndexBuilder.Document.Body) -> SearchIndexBuilder.Document {
                SearchIndexBuilder.Document(
                    title: "Title 題名", url: "a/", section: "", summary: nil, facts: ["Kitakyushu"], body: body)
            }
            #expect(
                SearchIndexBuilder.digest(document(.plain(plain)))
                    == SearchIndexBuilder.digest(document(.text(HTMLText(characters: html)))),
                "\(html.debugDescription)")
        }
        #expect(checked > 500)
    }

    @Test func packedTermsKeepTheirBytesAndOrder() {
        let terms = ["a", "ab", "abc", "半導", "semiconductor", "internationalization", "导体", "z", "ｚ", ""]
        for term in terms { #expect(SearchTerm(term).text == term) }
        let sorted = terms.map { SearchTerm($0) }.sorted(by: SearchTerm.precedes).map(\.text)
        #expect(sorted == terms.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }
}
