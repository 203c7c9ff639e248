import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `[phrase]{lang=xx}`: the language of a phrase, for screen readers (WCAG 3.1.2).
@Suite struct LanguageSpanTests {
    static func render(_ markdown: String, language: String = "ja") throws -> String {
        try MarkdownRenderer(options: MarkdownOptions(tables: true)).render(markdown, language: language).html
    }

    @Test func aPhraseGetsItsLanguage() throws {
        #expect(
            try Self.render("最高技術責任者（[Chief Technology Officer]{lang=en}の略）")
                == "<p>最高技術責任者（<span lang=\"en\">Chief Technology Officer</span>の略）</p>\n")
        // Emphasis and links inside, a quoted tag with a region, and spans inside spans.
        #expect(
            try Self.render(#"[*très* **bien** [lien](x.html)]{lang="fr-CA"} ok"#, language: "en")
                == "<p><span lang=\"fr-CA\"><em>très</em> <strong>bien</strong> <a href=\"x.html\">lien</a></span> ok</p>\n"
        )
        #expect(
            try Self.render("[a [b]{lang=de} c]{lang=en}")
                == "<p><span lang=\"en\">a <span lang=\"de\">b</span> c</span></p>\n")
        // Plain brackets inside a span still pair up among themselves.
        #expect(
            try Self.render("[see [note] here]{lang=en}")
                == "<p><span lang=\"en\">see [note] here</span></p>\n")
    }

    /// Paragraphs the CJK emphasis pass rebuilds keep their spans.
    @Test func spansBesideJapaneseEmphasis() throws {
        #expect(
            try Self.render("**「強調」**の[Chief Technology Officer]{lang=en}です。")
                == "<p><strong>「強調」</strong>の<span lang=\"en\">Chief Technology Officer</span>です。</p>\n")
        #expect(
            try Self.render("**重要**：[Officer]{lang=en}")
                == "<p><strong>重要</strong>：<span lang=\"en\">Officer</span></p>\n")
        #expect(
            try Self.render("*注*[Officer]{lang=en}と[**「太字」**]{lang=ja}")
                == "<p><em>注</em><span lang=\"en\">Officer</span>と<span lang=\"ja\"><strong>「太字」</strong></span></p>\n")
    }

    /// Escaped brackets or braces, and what is not a language tag, stay as written.
    @Test(arguments: [
        #"\[not]{lang=en}"#, #"[not]\{lang=en}"#, "[not]{lang=english}", "[not]{lang=e}", "[not]{lang=en",
        "[not]{ lang=en}", #"[not]{lang="en}"#, "[not]{lang=en-}", "[not]{lang=<b>}", "not]{lang=en}",
    ])
    func whatIsNotASpanStaysText(_ markdown: String) throws {
        let html = try Self.render(markdown)
        #expect(!html.contains("<span"), "\(html)")
        #expect(html.contains("lang="), "the text is kept: \(html)")
    }

    @Test func spansInHeadingsAndCells() throws {
        let heading = try MarkdownRenderer().render("## [CTO]{lang=en}とは {#cto}", language: "ja")
        #expect(heading.html.contains("<span lang=\"en\">CTO</span>とは"), "\(heading.html)")
        #expect(heading.headings.map(\.id) == ["cto"] && heading.headings.map(\.text) == ["CTOとは"])
        for language in ["ja", "en"] {
            let cell = try Self.render(
                "| a | b |\n|---|---|\n| [x]{lang=en} | *y* [z]{lang=fr} |\n", language: language)
            #expect(
                cell.contains("<td><span lang=\"en\">x</span></td><td><em>y</em> <span lang=\"fr\">z</span></td>"),
                "\(cell)")
            let escaped = try Self.render("| a |\n|---|\n| \\[x]{lang=en} |\n", language: language)
            #expect(escaped.contains("<td>[x]{lang=en}</td>"), "\(escaped)")
        }
    }

    @Test func languageTags() {
        for tag in ["en", "ja", "zh-Hant", "pt-BR", "es-419", "sgn-BE-FR"] {
            #expect(LanguageSpanPass.isLanguageTag(tag))
        }
        for tag in ["", "e", "english", "en-", "-en", "en--US", "12", "en_US", "en-toolongtag"] {
            #expect(!LanguageSpanPass.isLanguageTag(tag), "\(tag)")
        }
    }
}
