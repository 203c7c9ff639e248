import Foundation
import SitegenCore
import SitegenMarkdown

/// The automatic summary of a page's Markdown (Documentation.docc/ContentFormat.md, "automatic
/// summary" among the extensions to the format):
/// the text before `<!--more-->` when the body has that line, else its first paragraph (not
/// one inside a quote or a list), as readers see it (emphasis, links and language spans
/// rendered, then their tags taken away), cut at a sentence end.
///
/// Japanese and Chinese text is cut at 。！？ within about 120 characters, other languages at
/// `.`, `!` or `?` before a space within about 160: characters, not bytes, so a Japanese
/// summary is not a third the length of an English one.
enum SummaryText {
    /// The line that ends a summary the author chose.
    static let more = "<!--more-->"

    /// How much of the body is rendered to find its first paragraph before the whole is.
    private static let prefixBytes = 4096

    /// The summary of `body` in `language`; nil when it has no paragraph of text.
    ///
    /// It renders an excerpt of the body (its first blocks, or what precedes `<!--more-->`),
    /// not the page: the count of page renders (`WorkCounter.markdownRenders`) leaves it out.
    static func of(_ body: Substring, language: String, renderer: MarkdownRenderer) -> String? {
        WorkCounter.$markdownRenders.withValue(nil) { summary(of: body, language: language, renderer: renderer) }
    }

    private static func summary(of body: Substring, language: String, renderer: MarkdownRenderer) -> String? {
        // Reference links (`[Swift][s]`) need their definitions, wherever in the body they are.
        let definitions = referenceDefinitions(in: body)
        func html(_ excerpt: Substring) -> String {
            withoutFootnoteReferences(
                (try? renderer.render(String(excerpt) + definitions, language: language).html) ?? "")
        }
        if let marker = moreLine(in: body) {
            let text = paragraphs(in: html(body[..<marker]), all: true).joined(separator: " ")
            if !text.isEmpty { return cut(text, language: language) }
        }
        var excerpt = body
        if body.utf8.count > prefixBytes {
            // Up to the last blank line of the first few kilobytes: whole blocks only.
            let prefix = body.prefix(prefixBytes)
            if let blank = prefix.range(of: "\n\n", options: .backwards) { excerpt = body[..<blank.lowerBound] }
        }
        var first = paragraphs(in: html(excerpt), all: false).first
        if first == nil, excerpt.endIndex != body.endIndex { first = paragraphs(in: html(body), all: false).first }
        return first.map { cut($0, language: language) }
    }

    /// `html` without its footnote references (`<sup class="footnote-ref">…</sup>`): a summary
    /// stands without the notes, and a number left in its text would read as part of it.
    static func withoutFootnoteReferences(_ html: String) -> String {
        guard html.contains(FootnoteTable.placeholder) else { return html }
        return html.replacing(#/<sup class="footnote-ref"><a [^>]*>[^<]*</a></sup>/#, with: "")
    }

    /// Where the first line holding `<!--more-->` alone starts, outside fenced code; nil when
    /// there is none (a marker inside a sentence or a code block is text).
    static func moreLine(in body: Substring) -> Substring.Index? {
        var fence: String?
        var start = body.startIndex
        while start < body.endIndex {
            let end = body[start...].firstIndex { $0 == "\n" || $0 == "\r\n" } ?? body.endIndex
            let line = body[start..<end].trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
            } else if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = String(line.prefix(3))
            } else if line == more {
                return start
            }
            start = end < body.endIndex ? body.index(after: end) : body.endIndex
        }
        return nil
    }

    /// The body's link reference definitions (`[s]: https://swift.org`), one a line, after a
    /// blank line, or nothing: appended to an excerpt so its reference links still render.
    static func referenceDefinitions(in body: Substring) -> String {
        guard body.contains("]:") else { return "" }
        let lines = body.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).filter { line in
            let text = line.drop { $0 == " " }
            return line.count - text.count <= 3 && text.hasPrefix("[") && text.contains("]:")
        }
        return lines.isEmpty ? "" : "\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The text of the `<p>` elements of `html` that no quote, list or table holds: the first
    /// one, or with `all` every one, whitespace collapsed.
    static func paragraphs(in html: String, all: Bool) -> [String] {
        var found: [String] = []
        var depth = 0
        var rest = html[...]
        let containers = ["blockquote", "ul", "ol", "table", "details", "aside"]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let closing = tag.first == "/"
            let name = String((closing ? tag.dropFirst() : tag).prefix { $0 != " " && $0 != "/" })
            if containers.contains(name) { depth = max(0, depth + (closing ? -1 : 1)) }
            guard depth == 0, name == "p", let end = rest.range(of: "</p>") else { continue }
            let text = collapsed(VisibleText.plain(String(rest[..<end.lowerBound])))
            rest = rest[end.upperBound...]
            guard !text.isEmpty else { continue }
            found.append(text)
            if !all { break }
        }
        return found
    }

    /// Runs of white space as one space, trimmed.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` whole when it fits; else up to its last sentence end within the limit; else cut at
    /// the limit (at a space, for languages that put spaces between words) with `…`.
    static func cut(_ text: String, language: String) -> String {
        let characters = Array(text)
        let base = language.split(separator: "-").first.map(String.init) ?? language
        let cjk = base == "ja" || base == "zh"
        let limit = cjk ? 120 : 160
        guard characters.count > limit else { return text }
        var end: Int?
        for position in 0..<limit {
            let character = characters[position]
            if cjk, "。！？!?".contains(character) {
                end = position + 1
            } else if ".!?".contains(character), position + 1 < characters.count, characters[position + 1] == " " {
                end = position + 1
            }
        }
        // A sentence end in the first quarter would leave too little: cut at the limit instead.
        if let end, end >= limit / 4 { return String(characters[..<end]) }
        var stop = limit
        if !cjk, let space = characters[..<limit].lastIndex(of: " "), space >= limit / 2 { stop = space }
        return String(characters[..<stop]).trimmingCharacters(in: .whitespaces) + "…"
    }
}
