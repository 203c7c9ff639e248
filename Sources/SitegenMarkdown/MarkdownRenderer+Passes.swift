import CCmark
import SitegenCore

extension MarkdownRenderer {
    /// Runs sitegen's passes over one parsed document: a page, or the content of one of its
    /// footnotes (`place` then tells its places as places in the page).
    ///
    /// Each pass is skipped when a byte search shows that `markdown` cannot hold its syntax: most
    /// pages have no task, no footnote reference, no span, no `~` and no address. Passes that
    /// cut text nodes hand on the syntax masks of the pieces (`TablePass.SyntaxMasks`), which
    /// have no place in the source for later passes to read.
    func applyPasses(
        to document: CmarkNode, markdown: String, source: InlineSource, notes: inout FootnoteTable,
        place: (Int, Int) -> (line: Int, column: Int) = { ($0, $1) },
        rewriteLink: (LinkReference) throws -> String?
    ) throws {
        var masks: TablePass.SyntaxMasks = [:]
        let always = !skipsPassesByBytes
        if options.taskLists, always || TaskListPass.mayHaveTasks(markdown) {
            masks = TaskListPass(source: source).apply(to: document)
        }
        if options.tables {
            masks.merge(TablePass(source: source, knownMasks: masks).apply(to: document)) { $1 }
        }
        // Before spans and emphasis, which must see a reference as the bracketed thing it is.
        if notes.hasDefinitions, always || ByteSearch.contains("[^", in: markdown) {
            masks = FootnoteReferences(source: source, knownMasks: masks).apply(to: document, table: &notes)
        }
        // Before the emphasis pass, which rebuilds text nodes without their place in the source:
        // spans need to know which brackets were escaped, and hand the emphasis pass the masks of
        // the pieces they cut.
        if always || LanguageSpanPass.mayHaveSpans(markdown[...]) {
            masks.merge(LanguageSpanPass(source: source, knownMasks: masks).apply(to: document)) { $1 }
        }
        let cjk = options.cjkFriendly && (always || CJKCharacters.mayHaveCJK(markdown))
        let strikethrough = options.strikethrough && (always || EmphasisPass.mayHaveStrikethrough(markdown))
        if cjk || strikethrough {
            EmphasisPass(source: source, knownMasks: masks, cjkFriendly: cjk, strikethrough: strikethrough)
                .apply(to: document)
        }
        if cjk { SoftBreakPass.apply(to: document) }
        // Links last: addresses in text become links first, so they are rewritten and checked too.
        var places: [OpaquePointer: (line: Int, column: Int)] = [:]
        if options.autolinks, always || AutolinkPass.mayHaveAutolinks(markdown) {
            places = AutolinkPass(source: source).apply(to: document)
        }
        try Self.rewriteLinks(in: document.pointer, places: places, place: place, rewrite: rewriteLink)
    }
}
