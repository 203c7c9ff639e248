/// Everything a site carries besides its pages to be found, shared, subscribed to and hosted:
/// sitemap and robots.txt, Atom feeds, iCalendar files, 404 pages and host configuration.
///
/// A pure function of the index and the theme, called once by `SiteBuilder` after the pages.
struct Publisher: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet

    /// The publishing files; `pages` are the files already built, named in `_headers`.
    func files(besides pages: [OutputFile]) -> [OutputFile] {
        var files = SitemapWriter(index: index).files()
        files += AtomFeed(index: index).files()
        files += ICalendar(index: index).files()
        files += NotFoundPages(context: context, templates: templates).files()
        files += HostConfig(config: index.config).files(for: pages + files)
        return files
    }
}
