/// Turns a source file into a page and checks the keys its section requires.
public enum PageParser {
    /// Parses one page, stopping at its first problem (what `build` does).
    public static func parse(_ file: SourceFile, languages: [String]) throws(Diagnostic) -> Page {
        let (page, problems) = parseCollecting(file, languages: languages)
        if let first = problems.first { throw first }
        return page!
    }

    /// Parses one page and reports every problem found in its path and front matter (what
    /// `check` does). `page` is nil when the file cannot be read as a page at all.
    public static func parseCollecting(_ file: SourceFile, languages: [String]) -> (page: Page?, problems: [Diagnostic]) {
        let path: ContentPath
        do {
            path = try ContentPath.parse(file.relativePath, displayPath: file.displayPath, languages: languages)
        } catch {
            return (nil, [error])
        }
        let (parsed, problems) = FrontMatterParser.parseCollecting(file)
        guard let parsed else { return (nil, problems) }
        let page = Page(
            path: path, source: file.displayPath, frontMatter: parsed.frontMatter, body: parsed.body,
            bodyStartLine: parsed.bodyStartLine)
        // A key with an unreadable value is already reported on its line: do not also call it missing.
        let lines = Set(problems.compactMap(\.line))
        let unreadable = Set(parsed.frontMatter.positions.filter { lines.contains($0.value.line) }.keys)
        // Front matter that could not be read at all has one error, its own.
        guard !page.frontMatter.isUnreadable else { return (page, problems) }
        return (page, problems + requiredKeyProblems(page, skipping: unreadable))
    }

    /// Section rules from the contract: events need `date` and `venue`; partners `kind` and
    /// `country`; an event's `endDate` is not before its `date`.
    static func requiredKeyProblems(_ page: Page, skipping: Set<String> = []) -> [Diagnostic] {
        guard page.kind == .page else { return [] }
        let required: [(String, Bool)]
        switch page.sectionRoot {
        case "events":
            required = [("date", page.frontMatter.date != nil), ("venue", page.frontMatter.venue != nil)]
        case "partners":
            required = [("kind", page.frontMatter.kind != nil), ("country", page.frontMatter.country != nil)]
        default:
            required = []
        }
        var problems: [Diagnostic] = []
        for (key, present) in required where !present && !skipping.contains(key) {
            let example: String
            switch key {
            case "date": example = "date: 2025-02-18"
            case "venue":
                example = MarkdownRenderer.isCJKLanguage(page.language)
                    ? "venue: 北九州学術研究都市" : "venue: Kitakyushu Science and Research Park"
            case "kind": example = "kind: university"
            default: example = "country: JP"
            }
            let typo = FrontMatter.misspelling(of: key, in: page.frontMatter)
            let position = page.frontMatter.positions[key] ?? typo?.position
            problems.append(
                Diagnostic(
                    path: page.source, line: position?.line ?? 2, column: position?.column ?? 1,
                    message: "\(page.sectionRoot) pages need `\(key)`",
                    hint: typo.map { "`\($0.key):` is not a key sitegen knows: rename it to `\(key):`" }
                        ?? "add `\(example)` to the front matter"))
        }
        if let end = page.frontMatter.endDate, let start = page.frontMatter.date, end < start {
            let position = page.frontMatter.positions["endDate"]
            problems.append(
                Diagnostic(
                    path: page.source, line: position?.line, column: position?.column,
                    message: "`endDate` \(end) is before `date` \(start)",
                    hint: "endDate is the last day of the event; make it the same as or after date"))
        }
        return problems
    }
}
