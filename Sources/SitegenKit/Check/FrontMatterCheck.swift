import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Front matter findings that the build lets pass: keys the contract does not know, a
/// `dateLabel` with no `date` to stand for, and `paginate` where there is no list to cut.
///
/// (Missing and malformed keys are found by `PageParser.parseCollecting`, which `build` uses too.)
enum FrontMatterCheck {
    /// Every warning of this kind for `page`: what `build` and `check` both say.
    /// `check` passes `strict`: a key that a declared section does not have is then an error,
    /// as the contract says; `build` warns.
    static func warnings(_ page: Page, model: ContentModel, strict: Bool = false) -> [Diagnostic] {
        unknownKeys(page, model: model, strict: strict) + labelWithoutDate(page) + paginateWithoutList(page)
            + expiryBeforePublish(page)
    }

    /// A warning when a page comes down before it goes up: no build without `--future` and
    /// `--expired` would show it. Compared on one clock (UTC) unless an offset is written:
    /// both times are read on the same one.
    static func expiryBeforePublish(_ page: Page) -> [Diagnostic] {
        let utc = TimeZone(secondsFromGMT: 0)!
        guard let publish = page.frontMatter.publishDate, let expiry = page.frontMatter.expiryDate,
            expiry.instant(in: utc) <= publish.instant(in: utc)
        else { return [] }
        return [
            warning(
                at: "expiryDate", of: page,
                "`expiryDate` (\(expiry)) is not after `publishDate` (\(publish)), so no build shows this page",
                hint: "move `expiryDate` after `publishDate`, or remove one of them")
        ]
    }

    /// A warning for each key that neither every page nor the page's section (`sections:` in
    /// site.yaml) has, naming the nearest that it may have.
    static func unknownKeys(_ page: Page, model: ContentModel, strict: Bool = false) -> [Diagnostic] {
        let schema = page.kind == .page ? model.schema(for: page.sectionRoot) : nil
        let declared = schema?.keys.map(\.name) ?? []
        let severity: Diagnostic.Severity = strict && schema != nil ? .error : .warning
        let known = FrontMatter.knownKeys + declared
        return Set(page.frontMatter.extra.keys).union(page.frontMatter.extraLists.keys).sorted().map { key in
            let position = page.frontMatter.positions[key]
            let nearest = EditDistance.nearest(to: key, in: known)
            let hint: String
            if let nearest, nearest.distance <= max(2, key.count / 3) {
                hint = "did you mean `\(nearest.word)`? Rename the key to `\(nearest.word)`"
            } else {
                hint =
                    "the nearest known key is `\(nearest?.word ?? "title")`; declare `\(key)` under `sections:` in content/site.yaml if its section should have it, or leave it to the theme as page.params.\(key)"
            }
            return Diagnostic(
                path: page.source, line: position?.line, column: position?.column, severity: severity,
                message: "`\(key)` is not a front matter key sitegen knows", hint: hint)
        }
    }

    /// A warning when `dateLabel` is given without `date`: nothing shows it.
    static func labelWithoutDate(_ page: Page) -> [Diagnostic] {
        guard page.frontMatter.dateLabel != nil, page.frontMatter.date == nil else { return [] }
        return [
            warning(
                at: "dateLabel", of: page, "`dateLabel` has no `date` to stand for, so no page shows it",
                hint:
                    "add the `date` it labels (the start of the period, e.g. 2023-04 for 令和5年度), or remove `dateLabel`")
        ]
    }

    /// A warning when `paginate` is on a page that has no list: only a section's landing
    /// (`_index`) lists pages.
    static func paginateWithoutList(_ page: Page) -> [Diagnostic] {
        guard page.frontMatter.paginate != nil, page.kind != .section else { return [] }
        return [
            warning(
                at: "paginate", of: page,
                "`paginate` has no list to cut here: only a section's _index page lists pages",
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
