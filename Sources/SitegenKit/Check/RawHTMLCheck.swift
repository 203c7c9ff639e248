import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Raw HTML in a page when `markdown.unsafe` is off: libcmark leaves it out (an HTML comment
/// takes its place), so an embedded map or a `<br>` vanishes from the page. `build` and
/// `check` warn at the tag, with what to write instead.
enum RawHTMLCheck {
    static func warnings(in page: Page, rendered: RenderedMarkdown) -> [Diagnostic] {
        rendered.omittedHTML.map { omitted in
            let shown = omitted.text.count > 60 ? String(omitted.text.prefix(60)) + "…" : omitted.text
            return Diagnostic(
                path: page.source, line: page.bodyStartLine + omitted.line - 1,
                column: page.characterColumn(ofByteColumn: omitted.column, line: omitted.line),
                severity: .warning,
                message: "the HTML `\(shown)` is left out of the page: Markdown pages do not take raw HTML",
                hint:
                    "write it in Markdown (a link [地図](https://…) instead of an embedded map, an empty line for a new paragraph, a backslash at the end of a line for a line break), or write it in `backticks` to show it as code; `markdown: { unsafe: true }` in site.yaml keeps raw HTML, for sites whose every author is trusted"
            )
        }
    }
}
