import CCmark
import SitegenCore

/// The footnotes of one page while it renders: its definitions, and the references found in
/// the text and in the notes, which number the notes in the order they are first referred to.
///
/// References are custom inlines whose HTML is written once every reference is known
/// (`assignIDs`, then `writeReferences`): a note's ids and back-links depend on all of them.
package struct FootnoteTable {
    /// The definitions by `FootnoteDefinition.key`: the first of a label wins, as in cmark-gfm.
    package private(set) var definitions: [String: FootnoteDefinition] = [:]
    /// The keys of the notes referred to, in the order of their first reference: note `i` is
    /// numbered `i + 1`. A definition never referred to is left out of the page.
    package private(set) var order: [String] = []
    /// Each note's reference nodes, in the order they were found.
    package private(set) var references: [String: [CmarkNode]] = [:]

    package init(_ definitions: [FootnoteDefinition] = []) {
        for definition in definitions where self.definitions[definition.key] == nil {
            self.definitions[definition.key] = definition
        }
    }

    package var hasDefinitions: Bool { !definitions.isEmpty }

    /// What a reference is written as until `writeReferences` writes its link (and how
    /// `FootnoteReferences.isReference` knows one).
    package static let placeholder = #"<sup class="footnote-ref">"#

    /// A new reference to the note labelled `label`, to put in the tree; nil when the page has
    /// no such note (the text is then left as written).
    package mutating func reference(to label: String) -> CmarkNode? {
        let key = FootnoteDefinition.key(label)
        guard definitions[key] != nil else { return nil }
        if references[key] == nil { order.append(key) }
        let node = CmarkNode.custom(block: false, enter: Self.placeholder)
        references[key, default: []].append(node)
        return node
    }

    /// The ids of the notes (`fn-<label>`) and of the references to them (`fnref-<label>`, then
    /// `fnref-<label>-2`, …), each used once.
    ///
    /// The label is kept as written (Japanese too), as headings keep theirs, so a page and its
    /// translation that use the same labels have the same ids. A note's first ids depend on its
    /// label alone: `fn-…` and `fnref-…` cannot meet, and two notes have two labels. Only a
    /// repeated reference can meet another note's first one (`fnref-a-2` of the second
    /// reference to `a`, and of the first to `a-2`); it then takes the next free number.
    package struct IDs {
        package var notes: [String: String] = [:]
        package var references: [String: [String]] = [:]
        package var all: Set<String> = []
    }

    package func assignIDs() -> IDs {
        var ids = IDs()
        for key in order {
            let label = definitions[key]?.label ?? key
            ids.notes[key] = "fn-" + label
            ids.references[key] = ["fnref-" + label]
            ids.all.formUnion(["fn-" + label, "fnref-" + label])
        }
        for key in order {
            let label = definitions[key]?.label ?? key
            var suffix = 2
            for _ in (references[key] ?? []).dropFirst() {
                while ids.all.contains("fnref-\(label)-\(suffix)") { suffix += 1 }
                ids.references[key, default: []].append("fnref-\(label)-\(suffix)")
                ids.all.insert("fnref-\(label)-\(suffix)")
                suffix += 1
            }
        }
        return ids
    }

    /// Writes each reference's link: `<sup class="footnote-ref"><a href="#fn-1" id="fnref-1"
    /// data-footnote-ref>1</a></sup>`, described by the notes' heading when there is one.
    package func writeReferences(ids: IDs, markup: FootnoteMarkup) {
        let described = markup.title.isEmpty ? "" : #" aria-describedby="\#(FootnoteMarkup.titleID)""#
        for (index, key) in order.enumerated() {
            let note = HTMLEscape.attribute(ids.notes[key] ?? "")
            for (node, id) in zip(references[key] ?? [], ids.references[key] ?? []) {
                cmark_node_set_on_enter(
                    node.pointer,
                    ##"<sup class="footnote-ref"><a href="#\##(note)" id="\##(HTMLEscape.attribute(id))" data-footnote-ref\##(described)>\##(index + 1)</a></sup>"##
                )
            }
        }
    }

    /// The links from note `key` back to each reference to it, separated by spaces, as
    /// cmark-gfm writes them: the second and later carry their number (`↩²`).
    package func backLinks(_ key: String, ids: IDs, markup: FootnoteMarkup) -> String {
        guard let number = order.firstIndex(of: key).map({ $0 + 1 }) else { return "" }
        return (ids.references[key] ?? []).enumerated().map { index, id in
            let label = index == 0 ? "\(number)" : "\(number)-\(index + 1)"
            let name = markup.backLink.isEmpty ? "" : #" aria-label="\#(markup.backLinkLabel(label))""#
            let mark = index == 0 ? "↩" : #"↩<sup class="footnote-ref">\#(index + 1)</sup>"#
            return
                ##"<a href="#\##(HTMLEscape.attribute(id))" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="\##(label)"\##(name)>\##(mark)</a>"##
        }.joined(separator: " ")
    }
}
