import Foundation
/// Turns links that authors write to files (`../strategy/vision.ja.md`, `vision.md#targets`,
/// `../media/map.png`) into relative addresses of the built site.
struct LinkResolver: Sendable {
    let index: SiteIndex
    let mediaPaths: Set<String>

    /// The new destination for `link` found in `page`, nil to leave it as written.
    func resolve(_ link: LinkReference, in page: Page) throws(Diagnostic) -> String? {
        let url = link.url
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !Self.hasScheme(url) else { return nil }
        var path = url
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[cut...])
            path = String(path[..<cut])
        }
        let line = page.bodyStartLine + link.line - 1
        // Only links to Markdown files and media are resolved; other relative URLs are the author's.
        guard path.hasSuffix(".md") || path.contains("media/") else { return nil }
        // Foundation's decoding is slow; most paths have nothing to decode.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        guard let target = Self.normalize(folder: page.path.section, relative: decoded)
        else {
            throw Diagnostic(
                path: page.source, line: line, column: link.column,
                message: "the link `\(url)` leads outside content/",
                hint: "link to a page or a file inside content/")
        }
        let fromFolder = URLScheme.directory(of: page.path)
        if target.hasSuffix(".md") {
            // `target` is normalized: no empty components, so the last "/" splits folder and file.
            let slash = target.lastIndex(of: "/")
            let fileName = slash.map { String(target[target.index(after: $0)...]) } ?? target
            let section = slash.map { String(target[..<$0]) } ?? ""
            let parts = fileName.split(separator: ".").map(String.init)
            let slug = parts[0]
            let language = parts.count == 3 ? parts[1] : page.language
            let found =
                index.page(section: section, slug: slug, language: language)
                ?? (parts.count == 3 ? nil : index.anyPage(section: section, slug: slug))
            guard let found else {
                throw Diagnostic(
                    path: page.source, line: line, column: link.column,
                    message: "the link `\(url)` points to content/\(section.isEmpty ? "" : section + "/")\(fileName), which does not exist or is a draft",
                    hint: "check the file name, or link to an existing page such as `\(Self.example(page))`")
            }
            return URLScheme.relative(from: fromFolder, to: URLScheme.directory(of: found.path)) + suffix
        }
        if mediaPaths.contains(target) {
            return URLScheme.relative(from: fromFolder, to: target) + suffix
        }
        if target.hasPrefix("media/") {
            throw Diagnostic(
                path: page.source, line: line, column: link.column,
                message: "the file content/\(target) does not exist",
                hint: "put it in content/media/ or fix the path")
        }
        return nil
    }

    /// `mailto:`, `https:`, `tel:`… anything with a scheme before the first `/`.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let head = url[..<colon]
        return !head.isEmpty && !head.contains("/")
    }

    /// Joins `relative` to the content folder `folder`; nil when `..` climbs above content/.
    static func normalize(folder: String, relative: String) -> String? {
        var parts = folder.split(separator: "/")
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    static func example(_ page: Page) -> String {
        page.path.isIndex ? "page.\(page.language).md" : "\(page.path.slug).md"
    }
}
