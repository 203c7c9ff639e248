import CCmark
import SitegenCore

extension MarkdownRenderer {
    /// The footnotes at the end of a page, once its text has been through the passes.
    struct NoteSection {
        /// `<section class="footnotes" data-footnotes>`, its heading, and the notes in order.
        var html: String
        /// Every id the section and the references use, which headings must not take.
        var ids: Set<String>
        /// Raw HTML the notes hold that was left out, at its place in the page.
        var omittedHTML: [OmittedHTML]
    }

    /// Renders the notes the page refers to, in the order of their first reference, and writes
    /// the references' links; nil when the page refers to none.
    ///
    /// Each note's content is parsed as a document of its own, with the page's link reference
    /// definitions after it (so `[name][ref]` works in a note), and goes through the same
    /// passes as the page. A note may refer to notes of its own; they are numbered after it.
    /// The back-links go at the end of the note's last paragraph, or on a line of their own
    /// after a note that ends in another block, as cmark-gfm puts them.
    func renderNotes(
        _ notes: inout FootnoteTable, of source: InlineSource, language: String, markup: FootnoteMarkup,
        rewriteLink: (LinkReference) throws -> String?
    ) throws -> NoteSection? {
        guard !notes.order.isEmpty else { return nil }
        let cmarkOptions = cmarkOptions(language: language)
        let definitions = Self.linkReferenceDefinitions(in: source)
        var documents: [(key: String, document: CmarkNode)] = []
        defer { for (_, document) in documents { cmark_node_free(document.pointer) } }
        var omitted: [OmittedHTML] = []
        var index = 0
        while index < notes.order.count {
            let key = notes.order[index]
            index += 1
            guard let definition = notes.definitions[key] else { continue }
            let text = definition.markdown + definitions
            guard let document = Self.parse(text, options: cmarkOptions) else { continue }
            documents.append((key, document))
            let place = { definition.place(line: $0, column: $1) }
            try applyPasses(
                to: document, markdown: text, source: InlineSource(text), notes: &notes, place: place,
                rewriteLink: rewriteLink)
            if !options.unsafe, Self.contains(UInt8(ascii: "<"), in: definition.markdown) {
                omitted += Self.omittedHTML(in: document, place: place)
            }
        }
        var ids = notes.assignIDs()
        notes.writeReferences(ids: ids, markup: markup)
        var html = "<section class=\"footnotes\" data-footnotes>\n"
        if !markup.title.isEmpty {
            html +=
                "<h2 id=\"\(FootnoteMarkup.titleID)\" class=\"visually-hidden\">\(HTMLEscape.text(markup.title))</h2>\n"
            ids.all.insert(FootnoteMarkup.titleID)
        }
        html += "<ol>\n"
        for (key, document) in documents {
            let backLinks = notes.backLinks(key, ids: ids, markup: markup)
            let last = document.lastChild
            if let last, last.type == CMARK_NODE_PARAGRAPH {
                last.append(.custom(block: false, enter: " " + backLinks))
            }
            html += "<li id=\"\(HTMLEscape.attribute(ids.notes[key] ?? ""))\">\n"
            html += HTMLEscape.removingControls(document.renderHTML(options: cmarkOptions))
            if last?.type != CMARK_NODE_PARAGRAPH { html += backLinks + "\n" }
            html += "</li>\n"
        }
        html += "</ol>\n</section>\n"
        return NoteSection(html: html, ids: ids.all, omittedHTML: omitted)
    }

    /// The page's link reference definitions (`[name]: https://…`) after a blank line, to
    /// follow each note's content: libcmark reads a note as a document of its own. Only lines
    /// that libcmark reads as a definition on their own are kept (a paragraph starting
    /// `[注意]:` is not one); footnote definitions are left out.
    static func linkReferenceDefinitions(in source: InlineSource) -> String {
        var found: [String] = []
        for line in source.lines {
            let text = source.bytes[line]
            let start = text.prefix(4).firstIndex { $0 != UInt8(ascii: " ") } ?? line.upperBound
            guard start < line.upperBound, source.bytes[start] == UInt8(ascii: "["),
                start + 1 < line.upperBound, source.bytes[start + 1] != UInt8(ascii: "^"),
                text.firstRange(of: [UInt8(ascii: "]"), UInt8(ascii: ":")]) != nil
            else { continue }
            let candidate = String(decoding: text, as: UTF8.self)
            guard let document = parse(candidate, options: CMARK_OPT_DEFAULT) else { continue }
            defer { cmark_node_free(document.pointer) }
            if document.firstChild == nil { found.append(candidate) }
        }
        return found.isEmpty ? "" : "\n\n" + found.joined(separator: "\n") + "\n"
    }
}
