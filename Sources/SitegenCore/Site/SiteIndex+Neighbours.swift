/// Where a page stands among the pages of its section: what `page.previous`, `page.next`,
/// `page.position` and `page.count` show (`PageContext+Neighbours`).
package struct SectionPlace: Sendable, Equatable {
    /// The page before and after it, as indices in `SiteIndex.pages`.
    package var previous: Int?
    package var next: Int?
    /// 1 for the first page of the section.
    package var position: Int
    /// How many pages the section has in this language.
    package var count: Int
}

extension SiteIndex {
    /// A page's neighbours in its section, in the order the section declares (`order:` in
    /// site.yaml, as its list shows them), among the pages of the same language; drafts (under
    /// `--drafts`) are neither given a place nor counted. Nil for homes, landings, pages at the
    /// top of content/ (which belong to no section) and drafts.
    package func place(of page: Page) -> (previous: Page?, next: Page?, position: Int, count: Int)? {
        guard let place = places[page.source] else { return nil }
        return (place.previous.map { pages[$0] }, place.next.map { pages[$0] }, place.position, place.count)
    }

    /// The places of every page of a section, from `children` (section → language → indices in
    /// `pages`, in list order): made once, so that a page finds its neighbours without walking
    /// its section's list.
    package static func places(_ pages: [Page], children: [String: [String: [Int]]]) -> [String: SectionPlace] {
        var places: [String: SectionPlace] = [:]
        for (section, languages) in children where !section.isEmpty {
            for positions in languages.values {
                let shown = positions.filter { !pages[$0].frontMatter.draft }
                for (offset, position) in shown.enumerated() {
                    places[pages[position].source] = SectionPlace(
                        previous: offset > 0 ? shown[offset - 1] : nil,
                        next: offset + 1 < shown.count ? shown[offset + 1] : nil,
                        position: offset + 1, count: shown.count)
                }
            }
        }
        return places
    }
}
