import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The lines of a page body that hold prose, for checks that read the Markdown source again:
/// fenced code blocks (```` ``` ```` or `~~~`) are left out, their fences too.
enum MarkdownLines {
    /// Each prose line with its 0-based offset in `body`.
    static func prose(of body: Substring) -> [(offset: Int, line: Substring)] {
        var result: [(Int, Substring)] = []
        var fence: String?
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            result.append((offset, line))
        }
        return result
    }
}
