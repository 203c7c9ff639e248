import SitegenCore
import SitegenMarkdown
import SitegenTemplates

/// The text of plain HTML as UTF-8, the form the search index's fast paths read:
/// `HTMLText`'s text and headings without building strings or scalar arrays to decode again.
package struct PlainText: Sendable, Equatable {
    /// All text, headings included, collapsed, blocks separated by line feeds.
    package var text: [UInt8]
    /// The text of each heading, collapsed.
    package var headings: [[UInt8]]

    /// The text of `html`, or nil when it is not plain (see `HTMLText.plain(html:)`).
    package init?(html: String) {
        guard let (text, headings) = HTMLText.plainBytes(html: html) else { return nil }
        self.text = text
        self.headings = headings
    }
}
