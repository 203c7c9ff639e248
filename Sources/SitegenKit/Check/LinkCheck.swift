/// Links and images of rendered pages: missing pages and media, links to drafts, `#anchors`
/// that no heading of the target page has, images without alt text.
struct LinkCheck: Sendable {
    let resolver: LinkResolver
    /// The anchors of every page that can be linked to, by source path.
    let anchors: [String: AnchorTargets]

    /// Every finding about the links of `page`, given the links found in its Markdown.
    func problems(in page: Page, links: [LinkReference]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in links {
            let line = page.bodyStartLine + link.line - 1
            let column = TextPosition.characterColumn(ofByteColumn: link.column, line: link.line, in: String(page.body))
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
            switch target {
            case .page(let found, let fragment?, _) where !fragment.isEmpty:
                if let problem = missingAnchor(fragment, of: found, link: link, in: page, line: line, column: column) {
                    problems.append(problem)
                }
            case .leftAlone where link.url.hasPrefix("#") && link.url.count > 1:
                if let problem = missingAnchor(
                    String(link.url.dropFirst()), of: page, link: link, in: page, line: line, column: column)
                {
                    problems.append(problem)
                }
            case .leftAlone where link.isImage && Self.isRelativeFile(link.url):
                problems.append(
                    Diagnostic(
                        path: page.source, line: line, column: column,
                        message: "the image `\(link.url)` is not a file in content/media/",
                        hint:
                            "put the image in content/media/ and link to it from there, e.g. ../media/\(link.url.split(separator: "/").last ?? "")"
                    ))
            default:
                continue
            }
        }
        return problems
    }

    private func missingAnchor(
        _ fragment: String, of target: Page, link: LinkReference, in page: Page, line: Int, column: Int
    ) -> Diagnostic? {
        guard let targets = anchors[target.source], !targets.contains(fragment) else { return nil }
        let known = targets.examples()
        let place = target.source == page.source ? "this page" : target.source
        return Diagnostic(
            path: page.source, line: line, column: column,
            message: "the link `\(link.url)` points to `#\(fragment)`, which is not a heading of \(place)",
            hint: known.isEmpty
                ? "\(place) has no headings to link to; link to the page without `#\(fragment)`"
                : "use one of its anchors: \(known.map { "#\($0)" }.joined(separator: ", "))")
    }

    /// A relative URL to a file (no scheme, not absolute, not an anchor).
    static func isRelativeFile(_ url: String) -> Bool {
        !url.isEmpty && !url.hasPrefix("#") && !url.hasPrefix("/") && !LinkResolver.hasScheme(url)
    }
}
