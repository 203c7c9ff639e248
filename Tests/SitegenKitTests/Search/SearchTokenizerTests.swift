import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Folding and segmentation of the index, checked against the table search.js is checked against.
@Suite struct SearchTokenizerTests {
    @Test func theTableIsThere() {
        #expect(SearchTokenCase.all().count >= 20, "Tests/search-tokens.json is missing or unreadable")
    }

    @Test(arguments: SearchTokenCase.all())
    func tokensMatchTheSharedTable(_ row: SearchTokenCase) {
        #expect(SearchTokenizer.terms(row.input) == row.terms)
    }

    @Test(arguments: [
        ("ＩＭＥＣ", "imec"), ("２０２５", "2025"), ("ｶﾀｶﾅ", "かたかな"), ("カタカナ", "かたかな"),
        ("ｶﾞｲﾄﾞ", "がいど"), ("Ｈｓｉｎｃｈｕ", "hsinchu"), ("㈱", "(株)"), ("ヽヾ", "ゝゞ"), ("半導体", "半導体"),
    ])
    func folding(_ input: String, _ folded: String) {
        // Scalar by scalar: Swift's `==` would call `カ` + U+3099 and `ガ` equal, search.js would not.
        #expect(Array(SearchTokenizer.fold(input).unicodeScalars) == Array(folded.unicodeScalars))
    }

    @Test func japaneseTokensAreMarkedAsSuch() {
        let tokens = SearchTokenizer.tokens("IMEC等")
        #expect(tokens == [SearchToken(term: "imec", isCJK: false), SearchToken(term: "等", isCJK: true)])
    }

    @Test(arguments: [
        ("semiconductors", "semiconductor"), ("startups", "startup"), ("collaborating", "collaborate"),
        ("collaboration", "collaborate"), ("ponies", "pony"), ("ties", "tie"), ("caresses", "caress"),
        ("hopping", "hop"), ("filing", "file"), ("feed", "feed"), ("bring", "bring"), ("the", "the"),
        ("Capital", "Capital"), ("2025s", "2025s"), ("innovative", "innovate"), ("development", "develop"),
        // One word per group of endings `stripDerivation` looks at by last letter, and around them.
        ("relational", "relate"), ("organization", "organize"), ("operator", "operate"), ("kindness", "kind"),
        ("agreed", "agree"), ("plastered", "plaster"), ("creations", "creation"), ("statement", "statement"),
        ("sizing", "size"), ("hopeless", "hopeless"),
    ])
    func stemming(_ word: String, _ stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }
}
