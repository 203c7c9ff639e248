import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Language spans that did not become spans (`LanguageSpanPass`): `[phrase]{lang=english}`, a
/// `]{lang=en}` with no `[` before it in its paragraph, or one whose brackets libcmark read as
/// something else (a link to a `[reference]:`) shows its brackets and braces to readers.
enum SpanCheck {
    static let marker = "]{lang="

    static func leftovers(in page: Page, html: String) -> [Diagnostic] {
        guard LanguageSpanPass.mayHaveSpans(page.body) else { return [] }
        let visible = VisibleText.plain(html, skipCode: true)
        guard visible.contains(marker) else { return [] }
        var scan = Scan(page: page)
        for (offset, line) in MarkdownLines.prose(of: page.body) {
            scan.read(Array(line), number: page.bodyStartLine + offset)
        }
        for (written, place) in scan.paired.sorted(by: { $0.key < $1.key }) {
            let shown = visible.components(separatedBy: written).count - 1 - (scan.accounted[written] ?? 0)
            guard shown > 0 else { continue }
            scan.report(
                place.line, place.column,
                "`\(written)` did not mark its phrase's language (its brackets may have become a link), so readers see it as written"
            )
        }
        return scan.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// The walk over a page's prose lines, and what it has found so far.
    struct Scan {
        let page: Page
        var problems: [Diagnostic] = []
        /// Bare `]{lang=…}` with a `[` before them, by text, at the first place of each: fine
        /// unless the page shows more of that text than escaped ones (`\]{lang=en}`,
        /// `]\{lang=en}`) account for.
        var paired: [String: (line: Int, column: Int)] = [:]
        /// Occurrences the page shows for a known reason: escaped, or already reported.
        var accounted: [String: Int] = [:]
        /// Open brackets in the paragraph so far (spans do not cross paragraphs).
        var depth = 0

        mutating func report(_ line: Int, _ column: Int, _ message: String) {
            problems.append(
                Diagnostic(
                    path: page.source, line: line, column: column, severity: .warning, message: message,
                    hint:
                        "write the phrase as [phrase]{lang=en}, with a language tag such as en, ja or zh-Hant and both brackets in one paragraph; to show the brackets as text, write \\]{lang=…}"
                ))
        }

        /// One prose line, `number` in the file.
        mutating func read(_ characters: [Character], number: Int) {
            if characters.isEmpty { depth = 0 }
            var index = 0
            var inCode = false
            while index < characters.count {
                let character = characters[index]
                let isEscaped = index > 0 && characters[index - 1] == "\\"
                if character == "`" { inCode.toggle() }
                guard !inCode else {
                    index += 1
                    continue
                }
                let rest = String(characters[index...].prefix(marker.count + 1))
                if character == "]", rest.hasPrefix(marker) || rest.hasPrefix("]\\{lang=") {
                    let end = characters[index...].firstIndex(of: "}").map { $0 + 1 } ?? characters.count
                    let written = String(characters[index..<end]).replacingOccurrences(of: "\\{", with: "{")
                    index = end
                    closing(written, escaped: isEscaped || rest.hasPrefix("]\\{"), number, index - written.count + 1)
                    continue
                }
                if !isEscaped, character == "[" { depth += 1 }
                if !isEscaped, character == "]", depth > 0 { depth -= 1 }
                index += 1
            }
        }

        /// A `]{lang=…}` as `written`, at `line`:`column`.
        private mutating func closing(_ written: String, escaped: Bool, _ line: Int, _ column: Int) {
            if escaped {
                accounted[written, default: 0] += 1
                return
            }
            let tag = Array(written.dropFirst().unicodeScalars)
            if LanguageSpanPass.attribute(tag[...]) == nil {
                report(line, column, "`\(written)` is not a language tag in braces, so readers see it as written")
                accounted[written, default: 0] += 1
            } else if depth == 0 {
                report(line, column, "`\(written)` has no `[` before it in its paragraph, so readers see it as written")
                accounted[written, default: 0] += 1
            } else {
                depth -= 1
                if paired[written] == nil { paired[written] = (line, column) }
            }
        }
    }
}
