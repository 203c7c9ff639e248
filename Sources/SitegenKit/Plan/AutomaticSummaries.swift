import SitegenCore
import SitegenMarkdown

/// Summaries for pages whose front matter has no `summary`: the text before `<!--more-->`,
/// else the first paragraph, cut at a sentence end (`SummaryText`). Made once per page when
/// the plan is made, because lists, feeds and the home show other pages' summaries while the
/// pages render; a page read again from `serve`'s memo keeps the one it had.
enum AutomaticSummaries {
    /// `results` with every page that lacks a summary given its automatic one, on every core.
    static func fill(_ results: [Result<Page, Diagnostic>], markdown options: MarkdownOptions) async -> [Result<
        Page, Diagnostic
    >] {
        let wanted = results.indices.filter { position in
            guard case .success(let page) = results[position] else { return false }
            return page.summary == nil
        }
        guard !wanted.isEmpty else { return results }
        let made = await withTaskGroup(of: [(Int, String?)].self) { group in
            // A few hundred pages a task: a summary takes microseconds.
            for chunk in stride(from: 0, to: wanted.count, by: 256) {
                let positions = wanted[chunk..<min(chunk + 256, wanted.count)]
                group.addTask {
                    let renderer = MarkdownRenderer(options: options)
                    return positions.map { position in
                        guard case .success(let page) = results[position] else { return (position, nil) }
                        return (position, SummaryText.of(page.body, language: page.language, renderer: renderer))
                    }
                }
            }
            var all: [(Int, String?)] = []
            for await part in group { all += part }
            return all
        }
        var filled = results
        for (position, summary) in made {
            guard let summary, case .success(var page) = filled[position] else { continue }
            page.automaticSummary = summary
            filled[position] = .success(page)
        }
        return filled
    }

    /// `pages` with their automatic summaries, one after another (`check`).
    static func fill(_ pages: [Page], markdown options: MarkdownOptions) -> [Page] {
        let renderer = MarkdownRenderer(options: options)
        return pages.map { page in
            guard page.summary == nil else { return page }
            var page = page
            page.automaticSummary = SummaryText.of(page.body, language: page.language, renderer: renderer)
            return page
        }
    }
}
