import SitegenCore

/// The words around a page's footnotes, in the page's language: the Markdown stage has none of
/// its own, so it is given them.
///
/// A site's pages get their theme's strings (`footnotes` and `footnoteBackLink`, see
/// `ThemeStrings.footnoteMarkup`); Markdown rendered for anything else (checks, tests) gets
/// `plain`, which adds no words: no heading over the notes, no name on the back-links.
public struct FootnoteMarkup: Sendable, Equatable {
    /// The heading of the notes at the end of the page, read by screen readers and hidden
    /// from view (`<h2 id="footnote-label" class="visually-hidden">`); empty for none.
    public var title: String
    /// The name of each back-link for screen readers (`aria-label`), with `{number}` standing
    /// for the note's number (`1`, and `1-2` for the second reference to note 1); empty for none.
    public var backLink: String

    public init(title: String = "", backLink: String = "") {
        self.title = title
        self.backLink = backLink
    }

    /// No words: the notes and their links alone.
    public static let plain = FootnoteMarkup()

    /// The id of the notes' heading; headings of the text never take it.
    package static let titleID = "footnote-label"

    /// The back-link's name for the note numbered `number`, escaped for an attribute.
    package func backLinkLabel(_ number: String) -> String {
        HTMLEscape.attribute(backLink.replacingOccurrences(of: "{number}", with: number))
    }
}
