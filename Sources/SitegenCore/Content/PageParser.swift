/// Turns a source file into a page and reads the keys its section declares.
public enum PageParser {
    /// Parses one page, stopping at its first problem (what `build` does).
    public static func parse(_ file: SourceFile, languages: [String], model: ContentModel = ContentModel())
        throws(Diagnostic) -> Page
    {
        let (page, problems) = parseCollecting(file, languages: languages, model: model)
        if let first = problems.first { throw first }
        return page!
    }

    /// Parses one page and reports every problem found in its path and front matter (what
    /// `check` does). `page` is nil when the file cannot be read as a page at all.
    public static func parseCollecting(_ file: SourceFile, languages: [String], model: ContentModel = ContentModel())
        -> (page: Page?, problems: [Diagnostic])
    {
        let path: ContentPath
        do {
            path = try ContentPath.parse(file.relativePath, displayPath: file.displayPath, languages: languages)
        } catch {
            return (nil, [error])
        }
        let (parsed, problems) = FrontMatterParser.parseCollecting(file)
        guard let parsed else { return (nil, problems) }
        var page = Page(
            path: path, source: file.displayPath, frontMatter: parsed.frontMatter, body: parsed.body,
            bodyStartLine: parsed.bodyStartLine)
        // Front matter that could not be read at all has one error, its own.
        guard !page.frontMatter.isUnreadable else { return (page, problems) }
        // A key with an unreadable value is already reported on its line: do not also call it missing.
        let lines = Set(problems.compactMap(\.line))
        let unreadable = Set(page.frontMatter.positions.filter { lines.contains($0.value.line) }.keys)
        // Terms of the site's taxonomies, on any page: a list, or one term on its own.
        for taxonomy in model.taxonomies {
            if let list = page.frontMatter.extraLists.removeValue(forKey: taxonomy.name) {
                page.frontMatter.terms[taxonomy.name] = list
            } else if let one = page.frontMatter.extra.removeValue(forKey: taxonomy.name), !one.isEmpty {
                page.frontMatter.terms[taxonomy.name] = [one]
            }
        }
        // A section's own keys belong to its pages; its landing has the common keys.
        guard page.kind == .page, let schema = model.schema(for: page.sectionRoot) else { return (page, problems) }
        let found = SectionKeys.apply(
            schema, to: &page.frontMatter, page: .init(source: page.source, section: page.sectionRoot),
            skipping: unreadable)
        return (page, problems + found)
    }
}
