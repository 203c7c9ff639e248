/// The one place that decides where pages are written and how they link to each other.
///
/// Addresses inside the site are relative, so `site/` works from any sub-path and from disk.
/// A page's address is a folder (`ja/strategy/vision/`) holding `index.html`.
public enum URLScheme {
    /// The folder of a page below the output root, ending in `/` (`ja/strategy/vision/`, `ja/`).
    public static func directory(of path: ContentPath) -> String {
        var components = [path.language]
        if !path.section.isEmpty { components.append(path.section) }
        if !path.isIndex { components.append(path.slug) }
        return components.joined(separator: "/") + "/"
    }

    /// The home folder of a language (`ja/`).
    public static func home(_ language: String) -> String { language + "/" }

    /// The file written for a page (`ja/strategy/vision/index.html`).
    public static func outputFile(of path: ContentPath) -> String {
        directory(of: path) + "index.html"
    }

    /// A relative address from the page in folder `from` to `target` (a path below the
    /// output root: a folder ending in `/`, or a file). Both are relative to the root.
    public static func relative(from: String, to target: String) -> String {
        // Substrings, not Strings: this runs for every link of every page and menu.
        let fromParts = from.split(separator: "/")
        var targetParts = target.split(separator: "/", omittingEmptySubsequences: true)
        let targetIsFolder = target.hasSuffix("/") || target.isEmpty
        var common = 0
        // Never consume the last component of a file target: it is the file itself.
        let limit = min(fromParts.count, targetIsFolder ? targetParts.count : targetParts.count - 1)
        while common < limit, fromParts[common] == targetParts[common] { common += 1 }
        targetParts.removeFirst(common)
        let up = String(repeating: "../", count: fromParts.count - common)
        let down = targetParts.joined(separator: "/") + (targetIsFolder && !targetParts.isEmpty ? "/" : "")
        let result = up + down
        return result.isEmpty ? "./" : result
    }

    /// The prefix that leads from folder `from` back to the output root (`../../`, or `./`).
    public static func rootPrefix(from: String) -> String {
        let depth = from.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The absolute address of a folder or file below the root, for canonical links and feeds.
    public static func absolute(_ target: String, baseURL: String) -> String {
        baseURL + target
    }
}
