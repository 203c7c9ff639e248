/// A page file's text and the page parsed from it, kept so that the next parse of the same
/// text can be skipped (`PageParser.parseAll(reusing:)`, for `sitegen serve`).
package struct ParsedFile: Sendable {
    package var text: String
    package var page: Page

    package init(text: String, page: Page) {
        self.text = text
        self.page = page
    }
}
