/// Language spans that did not become spans (`LanguageSpanPass`): `[phrase]{lang=english}`, or a
/// `]{lang=en}` with no `[` before it in its paragraph, shows its brackets and braces to readers.
enum SpanCheck {
    static func leftovers(in page: Page, html: String) -> [Diagnostic] {
        let marker = "]{lang="
        guard page.body.contains(marker), VisibleText.plain(html, skipCode: true).contains(marker) else { return [] }
        var problems: [Diagnostic] = []
        var fence: String?
        // Whether a bare `[` was met in the paragraph so far (spans do not cross paragraphs).
        var opened = false
        for (offset, line) in page.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty { opened = false }
            let characters = Array(line)
            var index = 0
            var inCode = false
            while index < characters.count {
                let character = characters[index]
                let escaped = index > 0 && characters[index - 1] == "\\"
                if character == "`" { inCode.toggle() }
                if !inCode, !escaped, character == "[" { opened = true }
                guard !inCode, !escaped, character == "]", String(characters[index...].prefix(marker.count)) == marker
                else {
                    index += 1
                    continue
                }
                let end = characters[index...].firstIndex(of: "}").map { $0 + 1 } ?? characters.count
                let written = String(characters[index..<end])
                let scalars = Array(String(characters[(index + 1)..<end]).unicodeScalars)
                let problem: String?
                if LanguageSpanPass.attribute(scalars[...]) == nil {
                    problem = "`\(written)` is not a language tag in braces, so readers see it as written"
                } else if !opened {
                    problem = "`\(written)` has no `[` before it in its paragraph, so readers see it as written"
                } else {
                    problem = nil
                }
                if let problem {
                    problems.append(
                        Diagnostic(
                            path: page.source, line: page.bodyStartLine + offset, column: index + 1,
                            severity: .warning, message: problem,
                            hint:
                                "write the phrase as [phrase]{lang=en}, with a language tag such as en, ja or zh-Hant and both brackets in one paragraph; to show the brackets as text, write \\]{lang=…}"
                        ))
                }
                index = end
            }
        }
        return problems
    }
}
