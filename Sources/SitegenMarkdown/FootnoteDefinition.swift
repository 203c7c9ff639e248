import SitegenCore

/// A footnote definition, `[^label]: text`, read from the page's source: its label and its
/// content as Markdown of its own, which is parsed and rendered like a small page.
package struct FootnoteDefinition: Equatable {
    /// The label as written: `注1` for `[^注1]:`.
    package var label: String
    /// The definition's content: the text after `[^label]:`, then the lines that belong to it,
    /// without the indentation that made them belong.
    package var markdown: String
    /// For each line of `markdown`: the line of the page it comes from, and how many bytes of
    /// that line come before it, so a place in `markdown` can be told as a place in the page.
    package var places: [Place]

    package struct Place: Equatable {
        package var line: Int
        package var offset: Int
    }

    /// The label as references and definitions are matched: without case, as CommonMark
    /// matches link labels (`[^Note]` finds `[^note]:`).
    package var key: String { Self.key(label) }

    package static func key(_ label: String) -> String { label.lowercased() }

    /// The place in the page of `line` and `column` (1-based, bytes) in `markdown`; (0, 0)
    /// stays unknown.
    package func place(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= places.count else { return (line, column) }
        return (places[line - 1].line, column + places[line - 1].offset)
    }
}
