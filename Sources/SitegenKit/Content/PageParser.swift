/// Turns a source file into a page and checks the keys its section requires.
public enum PageParser {
    public static func parse(_ file: SourceFile, languages: [String]) throws(Diagnostic) -> Page {
        let path = try ContentPath.parse(file.relativePath, displayPath: file.displayPath, languages: languages)
        let parsed = try FrontMatterParser.parse(file)
        let page = Page(
            path: path, source: file.displayPath, frontMatter: parsed.frontMatter, body: parsed.body,
            bodyStartLine: parsed.bodyStartLine)
        try checkRequiredKeys(page)
        return page
    }

    /// Section rules from the contract: events need `date` and `venue`; partners `kind` and `country`.
    static func checkRequiredKeys(_ page: Page) throws(Diagnostic) {
        guard page.kind == .page else { return }
        let required: [(String, Bool)]
        switch page.sectionRoot {
        case "events":
            required = [("date", page.frontMatter.date != nil), ("venue", page.frontMatter.venue != nil)]
        case "partners":
            required = [("kind", page.frontMatter.kind != nil), ("country", page.frontMatter.country != nil)]
        default:
            return
        }
        for (key, present) in required where !present {
            let example: String
            switch key {
            case "date": example = "date: 2025-02-18"
            case "venue": example = "venue: 北九州学術研究都市"
            case "kind": example = "kind: university"
            default: example = "country: JP"
            }
            throw Diagnostic(
                path: page.source, line: 2, column: 1,
                message: "\(page.sectionRoot) pages need `\(key)`",
                hint: "add `\(example)` to the front matter")
        }
        if let end = page.frontMatter.endDate, let start = page.frontMatter.date, end < start {
            let position = page.frontMatter.positions["endDate"]
            throw Diagnostic(
                path: page.source, line: position?.line, column: position?.column,
                message: "`endDate` \(end) is before `date` \(start)",
                hint: "endDate is the last day of the event; make it the same as or after date")
        }
    }
}
