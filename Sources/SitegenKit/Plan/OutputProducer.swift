import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What makes one output address of a site: a page, a stand-in, a list page, an alias, a feed.
///
/// `SiteAddresses` maps every address a build writes to one of these, so the checks that ask
/// "does the site have something there, and what?" (menus, links left as written, aliases, the
/// host files) ask one map instead of each working the addresses out again.
public enum OutputProducer: Sendable, Hashable {
    /// A page, by its source (`content/events/launch.ja.md`).
    case page(source: String)
    /// The page saying that a translation is missing, for the group whose first source is this.
    case standIn(source: String)
    /// A later page (2, 3, …) of a paged list, by its landing's source.
    case listPage(landing: String, number: Int)
    /// A former address of a page (`aliases:`, or a paged list's `page/1/`).
    case alias(source: String)
    /// The language chooser at the output root.
    case root
    /// A taxonomy's list of terms in a language (`ja/topics/`).
    case taxonomy(language: String, name: String)
    /// Page `number` of a term's list (`ja/topics/semiconductors/`).
    case term(language: String, taxonomy: String, key: String, number: Int)
    /// A term's Atom feed.
    case termFeed(language: String, taxonomy: String, key: String)
    /// A language's Atom feed, or its `section`'s (`feed: true`).
    case feed(language: String, section: String? = nil)
    case calendar(language: String)
    /// One event's iCalendar file, by the event page's source.
    case eventCalendar(source: String)
    case searchPage(language: String)
    /// A language's search index or the sentences its snippets come from.
    case searchData(language: String)
    /// `_redirects` or `_headers`, read by static hosts.
    case hostConfig
    /// A not-found page; nil is the root's `404.html`.
    case notFound(language: String?)
    case sitemap
    case robots
    /// A fingerprinted theme asset, by its name below `assets/` (`style.css`).
    case asset(name: String)
    /// A file copied from `content/` (`media/map.png`).
    case media(path: String)

    /// Whether a menu entry may lead here: pages and their stand-ins, list pages, the chooser,
    /// feeds, calendars, search pages and media; not files readers do not open from a menu.
    var isMenuTarget: Bool {
        switch self {
        case .page, .standIn, .listPage, .root, .feed, .calendar, .searchPage, .media, .taxonomy, .term, .termFeed: true
        case .alias, .eventCalendar, .searchData, .hostConfig, .notFound, .sitemap, .robots, .asset: false
        }
    }

    /// Who holds the address, as a message names it: a source path, or sitegen's own file.
    func owner(at address: String) -> String {
        switch self {
        case .page(let source), .standIn(let source), .alias(let source), .eventCalendar(let source): source
        case .listPage(let landing, _): landing
        case .taxonomy(_, let name), .term(_, let name, _, _), .termFeed(_, let name, _):
            "the `\(name)` taxonomy of content/site.yaml, at \(address)"
        case .media(let path): "content/" + path
        default: "sitegen's own \(address.isEmpty || address.hasSuffix("/") ? address + "index.html" : address)"
        }
    }
}
