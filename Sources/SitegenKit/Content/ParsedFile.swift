/// A page file's text and the page parsed from it, kept so that the next parse of the same
/// text can be skipped (`PageParser.parseAll(reusing:)`, for `sitegen serve`).
struct ParsedFile: Sendable {
    var text: String
    var page: Page
}
