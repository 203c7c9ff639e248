import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Links and images of rendered pages: missing pages and media, links to drafts, `#anchors`
/// that no heading of the target page has, images without alt text.
struct LinkCheck: Sendable {
    let resolver: LinkResolver
    /// The anchors of every page that can be linked to, by source path, as rendering left them.
    let anchors: [String: PageAnchors]
    /// What the site has at the addresses of links left as written (see `AddressCheck`); nil
    /// looks only at fragments.
    var addresses: AddressCheck?

    /// Every finding about the links of `page`, given the links found in its Markdown.
    func problems(in page: Page, links: [LinkReference]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in links {
            let line = page.bodyStartLine + link.line - 1
            let column = page.characterColumn(ofByteColumn: link.column, line: link.line)
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(
                    Diagnostic(
                        path: page.source, line: line, column: column, severity: .warning,
                        message: "the image `\(link.url)` has no alt text",
                        hint:
                            "describe what it shows between the brackets, e.g. ![研究都市の地図](\(link.url)), for readers who cannot see it"
                    ))
            }
            let target: LinkResolver.Target
            do {
                target = try resolver.target(of: link, in: page)
            } catch {
                problems.append(error)
                continue
            }
            if let (fragment, found) = Self.anchor(of: link, target: target, in: page) {
                if let problem = missingAnchor(fragment, of: found, link: link, in: page, line: line, column: column) {
                    problems.append(problem)
                }
                continue
            }
            if case .leftAlone = target, let problem = addresses?.problem(link, in: page) { problems.append(problem) }
        }
        return problems
    }

    /// The `#fragment` a link asks for and the page that must have it (the link's own page for
    /// `#x`); nil for a link without one.
    static func anchor(of link: LinkReference, target: LinkResolver.Target, in page: Page) -> (String, Page)? {
        switch target {
        case .page(let found, let fragment?, _) where !fragment.isEmpty: return (fragment, found)
        case .leftAlone where link.url.hasPrefix("#") && link.url.count > 1: return (String(link.url.dropFirst()), page)
        default: return nil
        }
    }

    /// What `build` says of the `#fragment` links its pages hold (`PageRenderer.render` sets
    /// them aside): `check`'s findings for those links, against the anchors rendering kept.
    static func fragmentProblems(
        _ links: [(page: Page, links: [LinkReference])], resolver: LinkResolver, anchors: [String: PageAnchors]
    ) -> [Diagnostic] {
        let check = LinkCheck(resolver: resolver, anchors: anchors)
        return links.flatMap { page, pageLinks in
            pageLinks.compactMap { link in
                // The render resolved every link already, so none throws here.
                guard let target = try? resolver.target(of: link, in: page),
                    let (fragment, found) = anchor(of: link, target: target, in: page)
                else { return nil }
                let line = page.bodyStartLine + link.line - 1
                let column = page.characterColumn(ofByteColumn: link.column, line: link.line)
                return check.missingAnchor(fragment, of: found, link: link, in: page, line: line, column: column)
            }
        }
    }

    func missingAnchor(
        _ fragment: String, of target: Page, link: LinkReference, in page: Page, line: Int, column: Int
    ) -> Diagnostic? {
        guard let targets = anchors[target.source], !targets.contains(fragment) else { return nil }
        let known = targets.headings.examples()
        let place = target.source == page.source ? "this page" : target.source
        return Diagnostic(
            path: page.source, line: line, column: column,
            message: "the link `\(link.url)` points to `#\(fragment)`, which is not a heading of \(place)",
            hint: known.isEmpty
                ? "\(place) has no headings to link to; link to the page without `#\(fragment)`"
                : "use one of its anchors: \(known.map { "#\($0)" }.joined(separator: ", "))")
    }
}
