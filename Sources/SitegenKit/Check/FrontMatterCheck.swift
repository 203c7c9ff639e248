/// Front matter findings that the build lets pass: keys the contract does not know, a
/// `dateLabel` with no `date` to stand for, and `paginate` where there is no list to cut.
///
/// (Missing and malformed keys are found by `PageParser.parseCollecting`, which `build` uses too.)
enum FrontMatterCheck {
    /// Every warning of this kind for `page`: what `build` and `check` both say.
    static func warnings(_ page: Page) -> [Diagnostic] {
        unknownKeys(page) + labelWithoutDate(page) + paginateWithoutList(page)
    }

    /// A warning for each unknown key, naming the nearest known key.
    static func unknownKeys(_ page: Page) -> [Diagnostic] {
        page.frontMatter.extra.keys.sorted().map { key in
            let position = page.frontMatter.positions[key]
            let nearest = EditDistance.nearest(to: key, in: FrontMatter.knownKeys)
            let hint: String
            if let nearest, nearest.distance <= max(2, key.count / 3) {
                hint = "did you mean `\(nearest.word)`? Rename the key to `\(nearest.word)`"
            } else {
                hint =
                    "the nearest known key is `\(nearest?.word ?? "title")`; if `\(key)` is meant for the theme, it is available to templates as page.params.\(key)"
            }
            return Diagnostic(
                path: page.source, line: position?.line, column: position?.column, severity: .warning,
                message: "`\(key)` is not a front matter key sitegen knows", hint: hint)
        }
    }

    /// A warning when `dateLabel` is given without `date`: nothing shows it.
    static func labelWithoutDate(_ page: Page) -> [Diagnostic] {
        guard page.frontMatter.dateLabel != nil, page.frontMatter.date == nil else { return [] }
        return [
            warning(
                at: "dateLabel", of: page, "`dateLabel` has no `date` to stand for, so no page shows it",
                hint: "add the `date` it labels (the start of the period, e.g. 2023-04 for 令和5年度), or remove `dateLabel`")
        ]
    }

    /// A warning when `paginate` is on a page that has no list: only a section's landing
    /// (`_index`) lists pages.
    static func paginateWithoutList(_ page: Page) -> [Diagnostic] {
        guard page.frontMatter.paginate != nil, page.kind != .section else { return [] }
        return [
            warning(
                at: "paginate", of: page, "`paginate` has no list to cut here: only a section's _index page lists pages",
                hint: "move `paginate` to the _index file of the section whose list is long, or remove it")
        ]
    }

    /// A warning at `key`'s place in `page`'s front matter.
    private static func warning(at key: String, of page: Page, _ message: String, hint: String) -> Diagnostic {
        let position = page.frontMatter.positions[key]
        return Diagnostic(
            path: page.source, line: position?.line, column: position?.column, severity: .warning, message: message,
            hint: hint)
    }
}
