import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Everything a site carries besides its pages to be found, shared, subscribed to and hosted:
/// sitemap and robots.txt, Atom feeds (of terms too), iCalendar files, 404 pages and host
/// configuration.
///
/// A pure function of the index and the theme. `SiteBuilder` starts `files()` before the pages
/// render (it needs nothing from them) and adds `hostFiles` from the plan's addresses.
struct Publisher: Sendable {
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateSet

    /// The sitemap, feeds, calendars and 404 pages, made at the same time, on every core. On a
    /// big site they took the last half second of a build on one core; started with the pages,
    /// they fill gaps instead.
    func files() async -> [OutputFile] {
        async let sitemap = SitemapWriter(index: index, taxonomies: context.taxonomies).files()
        async let feeds = AtomFeed(index: index).files() + AtomFeed(index: index).termFiles(context.taxonomies)
        async let calendars = ICalendar(index: index).files()
        async let notFound = NotFoundPages(context: context, templates: templates).files()
        return await sitemap + feeds + calendars + notFound
    }

    /// Host configuration, which names the feeds and calendars among `paths` (every address
    /// the build writes, `SiteAddresses`) in `_headers`.
    func hostFiles(paths: [String]) -> [OutputFile] {
        let aliases = AliasPages(index: index).aliases.map { alias in
            (from: alias.address, to: "/" + URLScheme.directory(of: alias.page.path))
        }
        return HostConfig(config: index.config, aliases: aliases).files(for: paths)
    }
}
