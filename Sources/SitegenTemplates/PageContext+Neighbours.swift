import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Context keys of a page in a section: the pages before and after it in the section's order,
/// and where it stands ("3 / 11"), so that themes need no hand-written links between pages.
extension PageContext {
    /// Adds to `context["page"]`:
    /// - `position` and `count`: the page's place among its section's pages in its language
    ///   (1-based), drafts left out;
    /// - `previous` and `next`: the pages before and after it in the section's declared order,
    ///   as list entries (`title`, `url` relative to `folder`, `params` …) with their own
    ///   `position`; absent at the ends, and on every page when no template can reach them
    ///   (`neighbours`).
    ///
    /// Nothing for pages outside a section (at the top of content/) and for drafts.
    package func addNeighbours(to context: inout TemplateContext, page: Page, language: Language, folder: String) {
        guard let place = index.place(of: page), case .object(var values)? = context[.page] else { return }
        values["position"] = .int(place.position)
        values["count"] = .int(place.count)
        if neighbours, let previous = place.previous {
            values["previous"] = .object(neighbour(previous, position: place.position - 1, language, folder))
        }
        if neighbours, let next = place.next {
            values["next"] = .object(neighbour(next, position: place.position + 1, language, folder))
        }
        context[.page] = .object(values)
    }

    /// A neighbour as a list entry seen from `folder`, with its `position`.
    private func neighbour(_ page: Page, position: Int, _ language: Language, _ folder: String) -> TemplateObject {
        var values = listItem(page, language: language, from: folder)
        values["position"] = .int(position)
        return values
    }
}
