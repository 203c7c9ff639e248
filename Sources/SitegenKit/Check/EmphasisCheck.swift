import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// In Japanese (and other CJK) pages: emphasis that did not render, because CommonMark does not
/// take `**` or `*` beside punctuation such as 「」。 as a delimiter when a letter is on the other side.
///
/// A delimiter run in the source next to CJK punctuation is reported when the rendered page
/// still shows that very run with the same neighbours, so it works with or without the Markdown
/// stage's CJK-friendly pass.
enum EmphasisCheck {
    static func leftovers(in page: Page, html: String) -> [Diagnostic] {
        // A delimiter the page shows is in its HTML as it is (libcmark escapes neither): most
        // pages, whose emphasis rendered, have none, and `build` runs this on every page.
        let isDelimiter = { (byte: UInt8) in byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") }
        guard MarkdownRenderer.isCJKLanguage(page.language), hasDelimiter(html),
            page.body.utf8.contains(where: isDelimiter)
        else { return [] }
        // Lines with a run beside CJK punctuation in the source, before the page's text is
        // worked out.
        let candidates = MarkdownLines.prose(of: page.body).compactMap { offset, line in
            line.utf8.contains(where: isDelimiter) ? (offset, Array(line)) : nil
        }.filter { firstLeftover(in: $0.1, shown: nil) != nil }
        guard !candidates.isEmpty else { return [] }
        let shown = VisibleText.plain(html, skipCode: true)
        guard shown.contains("*") || shown.contains("_") else { return [] }
        var problems: [Diagnostic] = []
        for (offset, line) in candidates {
            guard let run = firstLeftover(in: line, shown: shown) else { continue }
            problems.append(
                Diagnostic(
                    path: page.source, line: page.bodyStartLine + offset, column: run.column, severity: .warning,
                    message:
                        "`\(run.delimiter)` next to Japanese punctuation did not render as emphasis: the page shows `\(run.excerpt)`",
                    hint:
                        "move the brackets or punctuation outside the asterisks, e.g. 「**強調**」の例 instead of **「強調」**の例")
            )
        }
        return problems
    }

    /// The first delimiter run on a line that sits beside CJK punctuation and is still visible
    /// in `shown`, the page's text; with no text, the first beside CJK punctuation.
    static func firstLeftover(in line: [Character], shown: String?) -> (
        column: Int, delimiter: String, excerpt: String
    )? {
        var index = 0
        var inCode = false
        while index < line.count {
            let character = line[index]
            if character == "`" { inCode.toggle() }
            guard !inCode, character == "*" || character == "_", index == 0 || line[index - 1] != "\\" else {
                index += 1
                continue
            }
            var end = index
            while end < line.count, line[end] == character { end += 1 }
            let before = index > 0 ? line[index - 1] : nil
            let after = end < line.count ? line[end] : nil
            let delimiter = String(line[index..<end])
            if [before, after].contains(where: { $0.map(isCJKPunctuation) ?? false }) {
                let context = (before.map { String($0) } ?? "") + delimiter + (after.map { String($0) } ?? "")
                if shown?.contains(context) ?? true {
                    let close = line[end...].firstIndex(where: { $0 == character }) ?? line.count - 1
                    let last = min(line.count, max(close + delimiter.count, end + 1) + 1)
                    return (index + 1, delimiter, String(line[index..<last]))
                }
            }
            index = end
        }
        return nil
    }

    /// Punctuation of CJK text: 「」『』（）。、！？：・ and the rest of the CJK and full-width blocks.
    static func isCJKPunctuation(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F: return true  // CJK symbols and punctuation: 、。「」『』【】〜
        case 0x30FB: return true  // ・
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true  // ！（）：？［］｛｝
        default: return false
        }
    }

    /// Whether `text` holds a `*` or a `_`, found with `memchr`.
    static func hasDelimiter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "*")), bytes.count) != nil
                || memchr(base, Int32(UInt8(ascii: "_")), bytes.count) != nil
        }
    }
}
