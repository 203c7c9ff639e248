/// Language spans that did not become spans (`LanguageSpanPass`): `[phrase]{lang=english}`, a
/// `]{lang=en}` with no `[` before it in its paragraph, or one whose brackets libcmark read as
/// something else (a link to a `[reference]:`) shows its brackets and braces to readers.
enum SpanCheck {
    static func leftovers(in page: Page, html: String) -> [Diagnostic] {
        let marker = "]{lang="
        guard page.body.contains(marker) else { return [] }
        let visible = VisibleText.plain(html, skipCode: true)
        guard visible.contains(marker) else { return [] }
        var problems: [Diagnostic] = []
        // Bare `]{lang=…}` with a `[` before them, by text, at the first place of each: fine
        // unless the page shows more of that text than escaped ones (`\]{lang=en}`,
        // `]\{lang=en}`) account for.
        var paired: [String: (line: Int, column: Int)] = [:]
        // Occurrences the page shows for a known reason: escaped, or already reported.
        var accounted: [String: Int] = [:]
        func report(_ line: Int, _ column: Int, _ message: String) {
            problems.append(
                Diagnostic(
                    path: page.source, line: line, column: column, severity: .warning, message: message,
                    hint:
                        "write the phrase as [phrase]{lang=en}, with a language tag such as en, ja or zh-Hant and both brackets in one paragraph; to show the brackets as text, write \\]{lang=…}"
                ))
        }
        // Open brackets in the paragraph so far (spans do not cross paragraphs).
        var depth = 0
        for (offset, line) in MarkdownLines.prose(of: page.body) {
            if line.isEmpty { depth = 0 }
            let characters = Array(line)
            let number = page.bodyStartLine + offset
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
                    if isEscaped || rest.hasPrefix("]\\{") {
                        accounted[written, default: 0] += 1
                        continue
                    }
                    let tag = Array(written.dropFirst().unicodeScalars)
                    if LanguageSpanPass.attribute(tag[...]) == nil {
                        report(
                            number, index - written.count + 1,
                            "`\(written)` is not a language tag in braces, so readers see it as written")
                        accounted[written, default: 0] += 1
                    } else if depth == 0 {
                        report(
                            number, index - written.count + 1,
                            "`\(written)` has no `[` before it in its paragraph, so readers see it as written")
                        accounted[written, default: 0] += 1
                    } else {
                        depth -= 1
                        if paired[written] == nil { paired[written] = (number, index - written.count + 1) }
                    }
                    continue
                }
                if !isEscaped, character == "[" { depth += 1 }
                if !isEscaped, character == "]", depth > 0 { depth -= 1 }
                index += 1
            }
        }
        for (written, place) in paired.sorted(by: { $0.key < $1.key }) {
            let shown = visible.components(separatedBy: written).count - 1 - (accounted[written] ?? 0)
            guard shown > 0 else { continue }
            report(
                place.line, place.column,
                "`\(written)` did not mark its phrase's language (its brackets may have become a link), so readers see it as written"
            )
        }
        return problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }
}
