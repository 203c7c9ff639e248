import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Turns links that authors write to files (`../strategy/vision.ja.md`, `vision.md#targets`,
/// `../media/map.png`) into relative addresses of the built site.
struct LinkResolver: Sendable {
    let index: SiteIndex
    let mediaPaths: Set<String>
    /// Pages left out of the build (drafts, scheduled, expired), so a link to one can say so.
    var heldBack: [HeldPage] = []

    /// What a link written in a page leads to.
    enum Target: Equatable {
        /// A page of the site; `fragment` is the part after `#` (without it), if any.
        case page(Page, fragment: String?, suffix: String)
        /// A file below content/media/.
        case media(String, suffix: String)
        /// An external, absolute or same-page link, or a relative URL that is not a content file.
        case leftAlone
    }

    /// The new destination for `link` found in `page`, nil to leave it as written.
    func resolve(_ link: LinkReference, in page: Page) throws(Diagnostic) -> String? {
        let fromFolder = URLScheme.directory(of: page.path)
        switch try target(of: link, in: page) {
        case .page(let found, _, let suffix):
            return URLScheme.relative(from: fromFolder, to: URLScheme.directory(of: found.path)) + suffix
        case .media(let target, let suffix):
            return URLScheme.relative(from: fromFolder, to: target) + suffix
        case .leftAlone:
            return nil
        }
    }

    /// Finds what `link` in `page` leads to; throws when it leads to a missing file or a page held back.
    ///
    /// A link's syntax (`#`, `?`, `/`, `.md`, `media/`) is ASCII, so it is read as UTF-8 bytes,
    /// as URLs are defined: a page's links are resolved on every build, and comparing
    /// `Character`s (grapheme clusters) for ASCII delimiters showed in profiles.
    func target(of link: LinkReference, in page: Page) throws(Diagnostic) -> Target {
        let url = link.url
        guard let first = url.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
            !URLScheme.hasScheme(url)
        else {
            return .leftAlone
        }
        var path = url
        var suffix = ""
        if let cut = url.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            suffix = String(decoding: url.utf8[cut...], as: UTF8.self)
            path = String(decoding: url.utf8[..<cut], as: UTF8.self)
        }
        let line = page.bodyStartLine + link.line - 1
        // Counting characters up to the link costs a pass over the page: only errors need it.
        var column: Int { page.characterColumn(ofByteColumn: link.column, line: link.line) }
        // Only links to Markdown files and media are resolved; other relative URLs are the author's.
        guard Self.endsInMarkdown(path) || path.utf8.firstRange(of: "media/".utf8) != nil else { return .leftAlone }
        // Foundation's decoding is slow; most paths have nothing to decode.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        guard let target = URLScheme.normalize(folder: page.path.section, relative: decoded)
        else {
            throw Diagnostic(
                path: page.source, line: line, column: column,
                message: "the link `\(url)` leads outside content/",
                hint: "link to a page or a file inside content/")
        }
        if Self.endsInMarkdown(target) {
            let found = try self.page(at: target, link: link, in: page, line: line)
            let fragment = suffix.utf8.firstIndex(of: UInt8(ascii: "#")).map {
                String(decoding: suffix.utf8[suffix.utf8.index(after: $0)...], as: UTF8.self)
            }
            return .page(found, fragment: fragment, suffix: suffix)
        }
        if mediaPaths.contains(target) {
            return .media(target, suffix: suffix)
        }
        if target.hasPrefix("media/") {
            throw Diagnostic(
                path: page.source, line: line, column: column,
                message: "the file content/\(target) does not exist",
                hint: "put it in content/media/ or fix the path")
        }
        return .leftAlone
    }

    /// The page a link to the Markdown file `target` (normalized, below content/) leads to:
    /// `x.md` in the linking page's language (else any), `x.en.md` in English; a draft or a
    /// missing file is an error at the link, with the nearest page.
    private func page(at target: String, link: LinkReference, in page: Page, line: Int) throws(Diagnostic) -> Page {
        var column: Int { page.characterColumn(ofByteColumn: link.column, line: link.line) }
        // `target` is normalized: no empty components, so the last "/" splits folder and file.
        let bytes = target.utf8
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let fileName = slash.map { String(decoding: bytes[bytes.index(after: $0)...], as: UTF8.self) } ?? target
        let section = slash.map { String(decoding: bytes[..<$0], as: UTF8.self) } ?? ""
        let parts = fileName.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
        let slug = parts[0]
        let language = parts.count == 3 ? parts[1] : page.language
        let found =
            index.page(section: section, slug: slug, language: language)
            ?? (parts.count == 3 ? nil : index.anyPage(section: section, slug: slug))
        if let found { return found }
        if let held = held(section: section, slug: slug, language: parts.count == 3 ? language : nil) {
            throw Diagnostic(
                path: page.source, line: line, column: column,
                message: "the link `\(link.url)` points to \(held.described)", hint: held.hint(taking: "the link"))
        }
        let wanted = (section.isEmpty ? "" : section + "/") + slug
        let hint =
            nearestPage(to: wanted, language: page.language).map {
                "did you mean `\(Self.markdownLink(to: $0, from: page))`?"
            } ?? "check the file name, or link to an existing page such as `\(Self.example(page))`"
        throw Diagnostic(
            path: page.source, line: line, column: column,
            message:
                "the link `\(link.url)` points to content/\(section.isEmpty ? "" : section + "/")\(fileName), which does not exist",
            hint: hint)
    }

    /// The page of `language` whose `section/slug` is closest to `wanted` (`strategy/vison`),
    /// when it is close enough to be what was meant.
    private func nearestPage(to wanted: String, language: String) -> Page? {
        var byName: [String: Page] = [:]
        for page in index.pages where page.language == language {
            byName[(page.path.section.isEmpty ? "" : page.path.section + "/") + page.path.slug] = page
        }
        return EditDistance.likelyMeant(wanted, among: byName.keys.sorted()).flatMap { byName[$0] }
    }

    /// The link to `target`'s Markdown file as written in `page`'s file: up to content/, then
    /// down (`../strategy/vision.md` from `content/events/x.ja.md`).
    static func markdownLink(to target: Page, from page: Page) -> String {
        let up = page.path.section.split(separator: "/").map { _ in ".." }
        var down = target.path.section.split(separator: "/").map(String.init)
        down.append(target.path.isIndex ? "_index.md" : target.path.slug + ".md")
        // Within the same section, the file name alone.
        if target.path.section == page.path.section { return down.last! }
        return (up + down).joined(separator: "/")
    }

    /// The page held back at `section/slug` in `language` (any language when nil).
    private func held(section: String, slug: String, language: String?) -> HeldPage? {
        heldBack.first {
            $0.page.path.section == section && $0.page.path.slug == slug
                && (language == nil || $0.page.language == language)
        }
    }

    /// Whether `path` names a Markdown file (ends in `.md`).
    static func endsInMarkdown(_ path: String) -> Bool {
        path.utf8.count >= 3 && path.utf8.suffix(3).elementsEqual(".md".utf8)
    }

    static func example(_ page: Page) -> String {
        page.path.isIndex ? "page.\(page.language).md" : "\(page.path.slug).md"
    }
}
