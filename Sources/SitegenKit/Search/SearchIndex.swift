/// One language's search index: a short entry per page and, per term, the pages holding it;
/// beside it, each page's sentences for snippets.
///
/// Written as two scripts: `site/<lang>/search-index.js` stores the index in
/// `self.sitegenSearchIndex["<lang>"]` and `site/<lang>/search-text.js` the sentences in
/// `self.sitegenSearchText["<lang>"]`. Script elements load them from disk (`file://`), from a
/// sub-path and offline, where `fetch()` of a JSON file would fail. The index holds no page
/// text beyond a title and an excerpt; the sentences only serve to show why a page matched.
struct SearchIndex: Sendable, Equatable {
    /// What a result shows of a page.
    struct Entry: Sendable, Equatable {
        var title: String
        /// Relative to the language's home (`strategy/vision/`, `./` for the home itself).
        var url: String
        /// The title of the page's section landing, empty at the top level.
        var section: String
        /// The summary, or the start of the text: the result's snippet.
        var excerpt: String
    }

    /// A page holding a term, and how strongly: title 8, heading 4, summary and facts (venue,
    /// country, kind) 2 per occurrence,
    /// plus one per occurrence in the text up to 10.
    struct Posting: Sendable, Equatable {
        var page: Int
        var weight: Int
    }

    var language: String
    var pages: [Entry]
    /// Term → postings in page order.
    var postings: [String: [Posting]]
    /// Each page's sentences, in page order, for snippets.
    var sentences: [[String]]

    /// The path of the index file below the output root.
    static func path(language: String) -> String { language + "/search-index.js" }

    /// The path of the sentences file below the output root.
    static func textPath(language: String) -> String { language + "/search-text.js" }

    /// The index file: `{"lang":…,"pages":[[title,url,section,excerpt]…],"terms":{term:[page,weight,…]}}`,
    /// terms sorted, so the same site always gives the same bytes.
    func javaScript() -> String {
        var json = "{\"lang\":" + Self.quoted(language) + ",\"pages\":["
        json += pages.map { page in
            "[" + [page.title, page.url, page.section, page.excerpt].map(Self.quoted).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        json += "],\n\"terms\":{"
        json += postings.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).map {
            term in
            Self.quoted(term) + ":[" + postings[term]!.map { "\($0.page),\($0.weight)" }.joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        json += "}}"
        return "/* sitegen search index (\(language)); loaded by assets/search.js */\n"
            + "(self.sitegenSearchIndex = self.sitegenSearchIndex || {})[" + Self.quoted(language) + "] = " + json
            + ";\n"
    }

    /// The sentences file: `[[sentence, …] per page]`.
    func textJavaScript() -> String {
        let json =
            "[" + sentences.map { "[" + $0.map(Self.quoted).joined(separator: ",") + "]" }.joined(separator: ",\n")
            + "]"
        return "/* sitegen search snippets (\(language)); loaded by assets/search.js */\n"
            + "(self.sitegenSearchText = self.sitegenSearchText || {})[" + Self.quoted(language) + "] = " + json + ";\n"
    }

    /// A JSON string literal that is also safe JavaScript (U+2028 and U+2029 escaped).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\u{2028}", "\u{2029}": result += "\\u\(String(scalar.value, radix: 16))"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
