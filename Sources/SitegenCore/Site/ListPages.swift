/// A section's list cut into pages of `paginate` entries (an extension of the contract, set in
/// the landing's front matter): page 1 is the landing itself, page `n` is written at
/// `<section>/page/<n>/`, as Hugo and Zola write theirs.
///
/// Every language lists the same entries (its own pages and the untranslated ones of other
/// languages, see `PageContext.listed`), and translations agree on `paginate` (`PairCheck`),
/// so page `n` exists in every language that has the landing.
package struct ListPages: Sendable, Equatable {
    /// Entries per page.
    package let size: Int
    /// Pages of the list, at least 1.
    package let count: Int

    /// The pages of a list of `entries` entries at `size` per page; nil when it is not cut
    /// (no `paginate`, or everything fits on the landing).
    package init?(entries: Int, size: Int?) {
        guard let size, size > 0, entries > size else { return nil }
        self.size = size
        count = (entries + size - 1) / size
    }

    /// The folder of page `number` of the list whose landing is at `landing` (`en/events/`).
    package static func folder(_ landing: String, number: Int) -> String {
        number == 1 ? landing : landing + "page/\(number)/"
    }

    /// The entries page `number` shows, as positions in the whole list.
    package func range(of number: Int, entries: Int) -> Range<Int> {
        let start = (number - 1) * size
        return start..<min(start + size, entries)
    }

    /// The page numbers a pager links to from page `number`: the first, the last, and two on
    /// each side of the current one; a single number between them too, since an ellipsis would
    /// take its place. A list of 170 pages gets 7 links, not 170.
    package func window(around number: Int) -> [Int] {
        var shown = Set([1, count]).union(max(1, number - 2)...min(count, number + 2))
        for shownNumber in shown where shown.contains(shownNumber + 2) { shown.insert(shownNumber + 1) }
        return shown.sorted()
    }
}
