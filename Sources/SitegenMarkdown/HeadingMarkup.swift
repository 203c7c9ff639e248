import SitegenCore

/// What goes around the inlines of a heading that gets an id (`h2`–`h4`, and any heading ending
/// in `{#custom-id}`): its tags with the id, and whatever else the site's theme puts there.
///
/// The Markdown stage knows nothing of themes, so it is given this value. A site's pages get
/// the theme's `partials/heading` (see `ThemeHeadings`), which adds the self-link after the
/// heading; Markdown rendered for anything else (checks, tests) gets `plain`, the heading and its
/// id alone.
public struct HeadingMarkup: Sendable {
    /// The markup before and after the heading's inlines, for a heading of `level` with `id`
    /// and plain `text`. `open` and `close` are HTML, written as they are.
    public let wrap: @Sendable (_ level: Int, _ id: String, _ text: String) -> (open: String, close: String)

    public init(wrap: @escaping @Sendable (_ level: Int, _ id: String, _ text: String) -> (open: String, close: String))
    {
        self.wrap = wrap
    }

    /// `<h2 id="…">` and `</h2>`: the heading with its id and nothing more.
    public static let plain = HeadingMarkup { level, id, _ in
        ("<h\(level) id=\"\(HTMLEscape.attribute(id))\">", "</h\(level)>")
    }
}
