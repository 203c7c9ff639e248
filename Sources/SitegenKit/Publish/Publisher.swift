/// Everything a site carries besides its pages to be found, shared, subscribed to and hosted:
/// sitemap and robots.txt, Atom feeds, iCalendar files, 404 pages and host configuration.
///
/// A pure function of the index and the theme, called once by `SiteBuilder` after the pages.
struct Publisher: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet

    /// The publishing files; `pages` are the files already built, named in `_headers`.
    /// The sitemap, feeds, calendars and 404 pages are made at the same time, on every core:
    /// on a big site they are the last work of a build.
    func files(besides pages: [OutputFile]) async -> [OutputFile] {
        async let sitemap = SitemapWriter(index: index).files()
        async let feeds = AtomFeed(index: index).files()
        async let calendars = ICalendar(index: index).files()
        async let notFound = NotFoundPages(context: context, templates: templates).files()
        let files = await sitemap + feeds + calendars + notFound
        return files + HostConfig(config: index.config).files(for: pages + files)
    }
}
