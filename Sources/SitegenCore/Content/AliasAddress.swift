import Foundation

/// A page's former address as `aliases:` in front matter writes it: checked when the front
/// matter is read, and turned into a page at that address by `AliasPages`.
package enum AliasAddress {
    /// The former address `written` stands for, decoded (`%E6%97%A7/` is `旧/`, as a host reads
    /// the request), or nil when it cannot be one: relative to the home, a folder ending in `/`
    /// or a file ending in `.html`, with no empty, `.` or `..` component, and no `#`, `?`, `\`,
    /// space, or `:` and `*` (which `_redirects` reads as placeholders).
    package static func decode(_ written: String) -> String? {
        guard let path = written.removingPercentEncoding, isValid(path) else { return nil }
        return path
    }

    /// Whether a decoded path can be a former address (see `decode`).
    package static func isValid(_ path: String) -> Bool {
        guard path.hasSuffix("/") || path.hasSuffix(".html"), !path.hasPrefix("/"),
            !path.contains(where: {
                $0 == "#" || $0 == "?" || $0 == "\\" || $0 == ":" || $0 == "*" || $0.isWhitespace || $0.isNewline
            })
        else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast(path.hasSuffix("/") ? 1 : 0)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
