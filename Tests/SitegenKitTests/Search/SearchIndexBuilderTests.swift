import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Building one language's index from documents: what is stored and how it is weighed.
@Suite struct SearchIndexBuilderTests {
    static func document(_ title: String, _ url: String, summary: String? = nil, html: String)
        -> SearchIndexBuilder.Document
    {
        SearchIndexBuilder.Document(title: title, url: url, section: "戦略", summary: summary, text: HTMLText(html: html))
    }

    static let japanese = SearchIndexBuilder.build(
        language: "ja",
        documents: [
            document("稼げる学術研究都市", "strategy/earning/", html: "<p>半導体関連企業の集積。半導体、半導体。</p>"),
            document("半導体の未来", "strategy/chips/", summary: "ＩＭＥＣとの連携", html: "<h2>産学連携</h2><p>本文</p>"),
            document("お問い合わせ", "contact/", html: "<p>電話でどうぞ</p>"),
        ])

    static func weight(_ index: SearchIndex, _ term: String, page: Int) -> Int? {
        index.postings[term]?.first(where: { $0.page == page })?.weight
    }

    @Test func japaneseIsIndexedAsBigramsPointingAtPages() {
        let index = Self.japanese
        #expect(index.postings["半導"]?.map(\.page) == [0, 1])
        #expect(index.postings["導体"]?.map(\.page) == [0, 1])
        #expect(index.postings["連携"]?.map(\.page) == [1])
        #expect(index.postings["半導体"] == nil)
        #expect(index.postings["電話"]?.map(\.page) == [2])
    }

    @Test func fullWidthLatinIsFoldedInTheIndex() {
        #expect(Self.japanese.postings["imec"]?.map(\.page) == [1])
        #expect(Self.japanese.postings["ＩＭＥＣ"] == nil)
    }

    @Test func aTitleOutweighsRepeatsInTheText() throws {
        let inText = try #require(Self.weight(Self.japanese, "半導", page: 0))
        let inTitle = try #require(Self.weight(Self.japanese, "半導", page: 1))
        #expect(inText == 3)
        #expect(inTitle == 8)
        // Heading 4 + once in the text.
        #expect(Self.weight(Self.japanese, "産学", page: 1) == 5)
        // Summary 2.
        #expect(Self.weight(Self.japanese, "imec", page: 1) == 2)
    }

    @Test func textCountsAreCapped() {
        let index = SearchIndexBuilder.build(
            language: "en",
            documents: [Self.document("Long", "long/", html: "<p>" + String(repeating: "park ", count: 50) + "</p>")])
        #expect(Self.weight(index, "park", page: 0) == 10)
    }

    @Test func englishIsIndexedAsStemmedWords() {
        let index = SearchIndexBuilder.build(
            language: "en",
            documents: [
                Self.document("Semiconductors", "a/", html: "<p>Startups in Hsinchu are collaborating.</p>"),
                Self.document("Parks", "b/", html: "<p>A startup.</p>"),
            ])
        #expect(index.postings["semiconductor"]?.map(\.page) == [0])
        #expect(index.postings["startup"]?.map(\.page) == [0, 1])
        #expect(index.postings["hsinchu"]?.map(\.page) == [0])
        #expect(index.postings["collaborate"]?.map(\.page) == [0])
        #expect(index.postings["startups"] == nil)
    }

    @Test func theExcerptIsTheSummaryOrTheStartOfTheText() {
        #expect(Self.japanese.pages[1].excerpt == "ＩＭＥＣとの連携")
        #expect(Self.japanese.pages[0].excerpt == "半導体関連企業の集積。半導体、半導体。")
        #expect(Self.japanese.pages[1].excerpt != SearchIndexBuilder.sentences("産学連携\n本文").first)
        let long = SearchIndexBuilder.excerpt(String(repeating: "あ", count: 200))
        #expect(long.count == SearchIndexBuilder.excerptLength + 1)
        #expect(long.hasSuffix("…"))
    }

    @Test(arguments: [
        ("一つ目。二つ目！三つ目", ["一つ目。", "二つ目！", "三つ目"]),
        ("First one. Second one? e.g.x third", ["First one.", "Second one?", "e.g.x third"]),
        ("line one\nline one\n\nline two", ["line one", "line two"]),
    ])
    func sentencesAreCutAtTheirEnds(_ text: String, _ sentences: [String]) {
        #expect(SearchIndexBuilder.sentences(text) == sentences)
    }

    @Test func longSentencesAreCutIntoPiecesKeepingEveryWord() throws {
        let words = (1...60).map { "word\($0)" }
        let sentences = SearchIndexBuilder.sentences(words.joined(separator: " ") + ".")
        #expect(sentences.count == 3)
        #expect(sentences.allSatisfy { $0.count <= SearchIndexBuilder.sentenceLength + 2 })
        #expect(sentences[0].hasSuffix("…") && !sentences[0].hasPrefix("…"))
        #expect(sentences[1].hasPrefix("…") && sentences[1].hasSuffix("…"))
        let rejoined = sentences.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "…")) }.joined(
            separator: " ")
        #expect(rejoined == words.joined(separator: " ") + ".")
        let japanese = SearchIndexBuilder.sentences(String(repeating: "長", count: 450) + "。")
        #expect(japanese.map(\.count) == [201, 202, 52])
    }

    @Test func sentencesAreWrittenApartFromTheIndex() {
        let text = String(decoding: Self.japanese.textJavaScript(), as: UTF8.self)
        #expect(text.hasPrefix("/* sitegen search snippets (ja)"))
        #expect(
            text.contains(
                #"(self.sitegenSearchText = self.sitegenSearchText || {})["ja"] = [["半導体関連企業の集積。","半導体、半導体。"],"#))
    }

    @Test func theScriptHoldsNoFullTextAndEscapesContent() {
        let index = SearchIndexBuilder.build(
            language: "en",
            documents: [
                Self.document(
                    "Say \"hi\" </script>\u{2028}", "a/", summary: "back\\slash", html: "<p>secret body words</p>")
            ])
        let script = String(decoding: index.javaScript(), as: UTF8.self)
        #expect(script.hasPrefix("/* sitegen search index (en)"))
        #expect(
            script.contains(
                #"(self.sitegenSearchIndex = self.sitegenSearchIndex || {})["en"] = {"lang":"en","pages":[["Say \"hi\" </script>\u2028","a/","戦略","back\\slash"]]"#
            ))
        #expect(!script.contains("secret body words"))
        #expect(script.contains(#""secret":[0,1]"#))
    }

    @Test func theScriptIsTheSameForTheSameInput() {
        #expect(
            Self.japanese.javaScript()
                == SearchIndexBuilder.build(
                    language: "ja",
                    documents: [
                        Self.document("稼げる学術研究都市", "strategy/earning/", html: "<p>半導体関連企業の集積。半導体、半導体。</p>"),
                        Self.document("半導体の未来", "strategy/chips/", summary: "ＩＭＥＣとの連携", html: "<h2>産学連携</h2><p>本文</p>"),
                        Self.document("お問い合わせ", "contact/", html: "<p>電話でどうぞ</p>"),
                    ]
                ).javaScript())
    }
}
