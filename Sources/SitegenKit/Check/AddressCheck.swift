import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Links that sitegen leaves as written, because they do not name a content file: a page's
/// address (`../contact/`), a file (`chirashi.pdf`), a path from the host's root
/// (`/media/map.png`) or the site's own absolute address. Whether the built site has
/// something there, in `build` (after rendering, as for `#fragment` links) and in `check`.
///
/// An author writes from the Markdown file (`content/events/x.ja.md`), but the page is one
/// folder deeper (`ja/events/x/`), so `../contact/` leads to `ja/events/contact/`: the hint
/// says to link to the `.md` file, which sitegen turns into the right address.
struct AddressCheck: Sendable {
    /// Every address below the output root a link may lead to (`SiteAddresses`).
    let addresses: Set<String>
    let index: SiteIndex
    /// Pages by language and the last two components of their folder (`ja` → `strategy/vision/`,
    /// and the last one alone), for the page a wrong address probably meant.
    private let pagesByEnding: [String: [String: [Page]]]

    init(index: SiteIndex, addresses: Set<String>) {
        self.index = index
        self.addresses = addresses
        var byEnding: [String: [String: [Page]]] = [:]
        for page in index.pages {
            let parts = URLScheme.directory(of: page.path).split(separator: "/").dropFirst()
            for count in 1...2 where parts.count >= count {
                byEnding[page.language, default: [:]][parts.suffix(count).joined(separator: "/"), default: []].append(
                    page)
            }
        }
        pagesByEnding = byEnding
    }

    /// Whether the build looks at a link it left as written (`LinkResolver.Target.leftAlone`):
    /// a relative or root-relative address, or one that starts with the site's `baseURL`.
    static func isCandidate(_ url: String, baseURL: String) -> Bool {
        guard let first = url.utf8.first, first != UInt8(ascii: "#"), !url.hasPrefix("//") else { return false }
        if URLScheme.hasScheme(url) { return isOwnAddress(url, baseURL: baseURL) }
        return true
    }

    /// An absolute address inside the published site (`https://example.org/g-city/ja/…`).
    private static func isOwnAddress(_ url: String, baseURL: String) -> Bool {
        (baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) && url.hasPrefix(baseURL)
    }

    /// What is wrong with `link`, found in `page` and left as written; nil when the site has
    /// something at its address. A missing image is an error (the page shows a broken image);
    /// a link is a warning, since a host may serve files sitegen does not know of.
    func problem(_ link: LinkReference, in page: Page) -> Diagnostic? {
        let url = link.url
        let baseURL = index.config.baseURL
        guard Self.isCandidate(url, baseURL: baseURL) else { return nil }
        let what = link.isImage ? "the image `\(url)`" : "the link `\(url)`"
        func diagnostic(_ message: String, hint: String, error: Bool = false) -> Diagnostic {
            Diagnostic(
                path: page.source, line: page.bodyStartLine + link.line - 1,
                column: page.characterColumn(ofByteColumn: link.column, line: link.line),
                severity: error ? .error : .warning, message: message, hint: hint)
        }
        // Worked out only for a link that is wrong: most links are fine.
        var file: String? { suggestion(for: url, from: page) }
        if url.hasPrefix("/") {
            // `https://example.org/g-city/` has a folder; `https://example.org/` is the host's root.
            let folder = baseURL.split(separator: "/").count > 2 ? " (\(baseURL))" : ""
            return diagnostic(
                "\(what) starts at the host's root, so it leads outside the site when the site is served from a folder\(folder) or opened from disk",
                hint: file.map { "link to the file instead: \($0)" }
                    ?? "write it relative to this page's Markdown file, as a link to a .md file or to ../media/…")
        }
        let own = URLScheme.hasScheme(url)
        let relative = own ? String(url.dropFirst(baseURL.count)) : url
        let folder = own ? "" : String(URLScheme.directory(of: page.path).dropLast())
        guard let target = MenuCheck.target(of: relative, from: folder) else {
            return diagnostic(
                "\(what) climbs above the site's root", hint: "link to a .md file in content/, or to ../media/…")
        }
        if addresses.contains(target) { return nil }
        if !target.hasSuffix("/"), addresses.contains(target + "/") {
            return diagnostic(
                "\(what) leads to the folder \(target)/ without the `/` that ends a page's address; from a file on disk and on some hosts it would not open",
                hint: file.map { "link to the page's file instead: \($0)" } ?? "end it with `/`")
        }
        if link.isImage && !own {
            return diagnostic(
                "\(what) is not a file in content/media/",
                hint:
                    "put the image in content/media/ and link to it from there, e.g. ../media/\(url.split(separator: "/").last ?? "")",
                error: true)
        }
        return diagnostic(
            "\(what) leads to site/\(target), where the site has nothing",
            hint: file.map { "did you mean the page \($0)? Link to its .md file, and sitegen writes the right address" }
                ?? "link to a page's .md file (e.g. ../strategy/vision.md) or to a file in content/media/; sitegen turns them into the right addresses, from a page's folder"
        )
    }

    /// The Markdown link an author meant by a page address (`../contact/` → `../contact.md`):
    /// a page of `page`'s language whose folder ends like the address, written relative to
    /// `page`'s file. Nil when no page or several match.
    func suggestion(for url: String, from page: Page) -> String? {
        let end = url.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? url.endIndex
        let parts = url[..<end].split(separator: "/").filter { $0 != "." && $0 != ".." && $0 != "index.html" }
        guard let last = parts.last, !last.contains(".") else { return nil }
        let matches = pagesByEnding[page.language]?[parts.suffix(2).joined(separator: "/")] ?? []
        guard matches.count == 1, let found = matches.first else { return nil }
        return LinkResolver.markdownLink(to: found, from: page)
    }
}
