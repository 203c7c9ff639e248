/// The text of plain HTML as scalar values, the form the search index's fast paths read:
/// `HTMLText`'s text and headings without building strings to decode again.
struct PlainText: Sendable, Equatable {
    var text: [UInt32]
    var headings: [[UInt32]]

    /// The text of `html`, or nil when it is not plain (see `HTMLText.plain(html:)`).
    init?(html: String) {
        guard let (text, headings) = HTMLText.plainBytes(html: html) else { return nil }
        self.text = ScalarText.scalars(utf8: text)
        self.headings = headings.map(ScalarText.scalars(utf8:))
    }

    init(text: [UInt32], headings: [[UInt32]]) {
        self.text = text
        self.headings = headings
    }
}
