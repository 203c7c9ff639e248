import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The keys of each kind of context, with what they hold: the source of the tables in
/// Themes.md ("Template context"). Addresses are relative to the page unless a row says
/// absolute.
extension ContextKind {
    package var rows: [(key: ContextKey, what: String)] {
        switch self {
        case .everyPage: Self.everyPageRows
        case .home: Self.homeRows
        case .section: Self.sectionRows
        case .page: Self.pageRows
        case .listPage: Self.listPageRows
        case .taxonomy: Self.taxonomyRows
        case .term: Self.termRows
        case .standIn: Self.standInRows
        case .search: Self.searchRows
        case .notFound: Self.notFoundRows
        case .root: Self.rootRows
        case .heading: Self.headingRows
        }
    }

    private static let everyPageRows: [(key: ContextKey, what: String)] = [
        (.lang, "the page's language code (`ja`)"),
        (.langName, "the language's name in itself (`日本語`)"),
        (.locale, "the language's locale (`ja_JP`)"),
        (.siteTitle, "the site title in this language"),
        (.baseURL, "the site's absolute address (`baseURL` of `site.yaml`, or `--base-url`)"),
        (.timeZone, "the site's IANA time zone (`Asia/Tokyo`), for scripts that need the site's today"),
        (.root, "the output root (`../../`)"),
        (.home, "this language's home"),
        (.assets, "each asset's address: `assets.style_css`"),
        (.t, "interface strings: `t.home`"),
        (
            .menu,
            "this language's menu: `title`, `url` (none for an entry that only opens its children), `current` (this page), `active` (inside that entry or one of its children); an entry with `children` (the same keys) has `hasChildren` and `id` (`menu-2`, for `aria-controls`)"
        ),
        (.submenus, "true when an entry of this language's menu has `children`: load the disclosure's script then"),
        (.feed, "when the language has an Atom feed: its `url` and `title`"),
        (.site, "when `site.yaml` has `params`: `site.params.<key>`, the site's data in this language"),
        (.data, "the files of `content/data/`: `data.<file>.<key>`, values given per language in this language"),
    ]

    private static let homeRows: [(key: ContextKey, what: String)] = [
        (.page, "the home's values (see The page value, below)"),
        (.sections, "each section's landing as a list entry, with `section` (its folder) and its first three `pages`"),
        (.languages, "the switcher: `code`, `name`, `url` of the counterpart, `current`, `missing`"),
        (.alternates, "`hreflang`, absolute `href` of each translation, then `x-default` (the root)"),
        (.canonical, "the page's absolute address"),
        (.breadcrumbs, "empty on the home"),
        (.hasBreadcrumbs, "false"),
        (.isHome, "true"),
        (.isSection, "false"),
        (.isPage, "false"),
        (
            .og,
            "OpenGraph and Twitter card values: `title`, `description`, `url` (absolute), `type` (`website`), `locale`, `localeAlternates`, `siteName`"
        ),
        (.jsonLD, "schema.org `WebSite`, safe inside `<script>`: `{{{jsonLD}}}`"),
        (.storeLanguage, "true: remember the page's language for the root chooser"),
    ]

    private static let sectionRows: [(key: ContextKey, what: String)] = [
        (.page, "the landing's values"),
        (.pages, "the section's pages as list entries (with `paginate`, those of this page of the list)"),
        (.hasPages, "whether there are any"),
        (
            .groups,
            "when the section declares `groupBy`, its pages grouped by that key in the order of its choices: `key`, `value`, `title` (`t.<key>s_<value>`, else `t.<key>_<value>`, else the value), `pages`"
        ),
        (.pager, "with `paginate` only: see the pager value, below"),
        (.calendar, "on the landing of a section with `calendar: true`: the language's calendar (`.ics`)"),
        (.sectionFeed, "on the landing and pages of a section with `feed: true`: its Atom feed's `url` and `title`"),
        (.languages, "the switcher, as on the home"),
        (.alternates, "as on the home, `x-default` being the default language's version"),
        (.canonical, "the page's absolute address"),
        (.breadcrumbs, "`title`, `url`, `current`, from the home to this page"),
        (.hasBreadcrumbs, "true"),
        (.isHome, "false"),
        (.isSection, "true"),
        (.isPage, "false"),
        (.og, "as on the home, `type` `website`"),
        (.storeLanguage, "true"),
    ]

    private static let pageRows: [(key: ContextKey, what: String)] = [
        (.page, "the page's values"),
        (.ics, "on pages of a section with `calendar: true` dated to the day: the page's `.ics` file"),
        (.sectionFeed, "on the landing and pages of a section with `feed: true`: its Atom feed's `url` and `title`"),
        (.languages, "the switcher, as on the home"),
        (.alternates, "as on a landing"),
        (.canonical, "the page's absolute address"),
        (.breadcrumbs, "from the home to this page"),
        (.hasBreadcrumbs, "true"),
        (.isHome, "false"),
        (.isSection, "false"),
        (.isPage, "true"),
        (.og, "as on the home, `type` `article`"),
        (.jsonLD, "the `schema` its section declares (`Event`, `Organization`, …); absent without one"),
        (.storeLanguage, "true"),
    ]

    private static let listPageRows: [(key: ContextKey, what: String)] = [
        (.page, "the landing's values without `content`"),
        (.pages, "the entries of this page of the list"),
        (.hasPages, "whether there are any"),
        (.groups, "as on the landing"),
        (.pager, "where this page stands: see the pager value, below"),
        (.calendar, "as on the landing"),
        (.sectionFeed, "as on the landing"),
        (.languages, "the same page of each translation's list, else its landing"),
        (.alternates, "the same page of each translation's list that has it, then `x-default`"),
        (.canonical, "this page's absolute address"),
        (.breadcrumbs, "the landing's, then this page's label"),
        (.hasBreadcrumbs, "true"),
        (.isHome, "false"),
        (.isSection, "true"),
        (.isPage, "false"),
        (.og, "as on the landing, the title followed by the page's label"),
        (.storeLanguage, "true"),
    ]

    private static let taxonomyRows: [(key: ContextKey, what: String)] = [
        (
            .page,
            "`title` (the taxonomy's `label` in this language), `url`, `section` and `slug` (its name), `kind` (`taxonomy`)"
        ),
        (.terms, "its terms used in this language, most pages first: `label`, `key`, `url`, `count`"),
        (.pages, "the same as list entries (`title` is the label), for a theme's `list` template"),
        (.hasPages, "whether there are any"),
        (.languages, "this taxonomy's page in each language that uses it, else that language's home (`missing`)"),
        (.alternates, "this taxonomy's page in each language that uses it, then `x-default`"),
        (.canonical, "this page's absolute address"),
        (.breadcrumbs, "the home, then this page"),
        (.hasBreadcrumbs, "true"),
        (.isHome, "false"),
        (.isSection, "true"),
        (.isPage, "false"),
        (.og, "`title`, `url`, `type` (`website`), `locale`, `localeAlternates`, `siteName`"),
        (.storeLanguage, "true"),
    ]

    private static let termRows: [(key: ContextKey, what: String)] = [
        (
            .page,
            "`title` (the term's label), `url`, `section` (the taxonomy), `slug` (the term's key), `kind` (`term`)"
        ),
        (.term, "`label`, `key`, `count` (its pages), `taxonomy`, `taxonomyLabel`, `taxonomyURL`"),
        (.pages, "the pages of this language that list the term, newest first, as list entries"),
        (.hasPages, "whether there are any"),
        (.pager, "when the taxonomy declares `paginate`: as on a paged list"),
        (.sectionFeed, "when some of its pages are dated: the term's Atom feed, `url` and `title`"),
        (.languages, "the term's page in each language that uses it, else that language's home (`missing`)"),
        (.alternates, "the term's page in each language that uses it, then `x-default`"),
        (.canonical, "this page's absolute address"),
        (.breadcrumbs, "the home, the taxonomy's page, then this page"),
        (.hasBreadcrumbs, "true"),
        (.isHome, "false"),
        (.isSection, "true"),
        (.isPage, "false"),
        (.og, "as on a taxonomy's page"),
        (.storeLanguage, "true"),
    ]

    private static let standInRows: [(key: ContextKey, what: String)] = [
        (
            .page,
            "`title` (`t.notTranslatedTitle`, else the original's title), `content` (`partials/stand-in` rendered with this context), `url`, `kind` (`untranslated`), `section`"
        ),
        (.message, "the sentence saying the page is not translated (`t.notTranslated`, else an English one)"),
        (.originals, "the versions that exist: `code`, `name`, `title`, `url`"),
        (.untranslated, "true"),
        (.noindex, "true"),
        (.languages, "the switcher, this page's language being the current one"),
        (.alternates, "empty"),
        (.breadcrumbs, "empty"),
        (.isPage, "true"),
    ]

    private static let searchRows: [(key: ContextKey, what: String)] = [
        (.page, "`title` (`t.searchTitle`), `url`, `kind` (`search`), `section` (`search`)"),
        (.isSearch, "true"),
        (.noindex, "true"),
        (.languages, "the search page of each language"),
        (.alternates, "empty"),
        (.breadcrumbs, "the home, then the search page"),
        (.hasBreadcrumbs, "true"),
        (.isPage, "true"),
    ]

    private static let notFoundRows: [(key: ContextKey, what: String)] = [
        (
            .notFound,
            "one message per language shown: `lang`, `title`, `text`, `home`, `homeLabel` (the root `404.html` shows every language)"
        ),
        (.page, "`title`, `url`, `kind` (`notFound`)"),
        (.isNotFound, "true"),
        (.noindex, "true"),
        (.languages, "each language's home"),
        (.alternates, "empty"),
        (.breadcrumbs, "empty"),
    ]

    private static let rootRows: [(key: ContextKey, what: String)] = [
        (.languages, "each language's `code`, `name`, `title`, `url`, `choose` (`t.chooseLanguage` of that language)"),
        (.defaultLanguage, "the default language's code"),
        (.canonical, "the site's absolute address"),
        (.alternates, "each home, then `x-default` (the root)"),
        (.og, "as on a home, for the default language"),
    ]

    private static let headingRows: [(key: ContextKey, what: String)] = [
        (.level, "the heading's level, 2 to 4 (or any, with `{#id}`)"),
        (.id, "its id"),
        (.text, "its text, without markup"),
        (.label, "the self-link's name: `t.headingLink` with `{heading}` filled in"),
        (.content, "the heading's own HTML, where it goes: `{{{content}}}`, once"),
    ]

    /// `page` on the home, landings, pages and later pages of a list (`PageContext.pageValues`);
    /// sitegen's own pages give a few of these (see their tables).
    package static let pageValueRows: [(key: String, what: String)] = [
        ("page.title", "the title"),
        (
            "page.summary",
            "the summary: `summary` from front matter, else the automatic one (the text before `<!--more-->` or the first paragraph, cut at a sentence end); absent when neither exists"
        ),
        ("page.tagline", "the tagline, when there is one"),
        ("page.content", "the page's HTML: `{{{page.content}}}`"),
        (
            "page.hasContent",
            "true when the page has any text (swift-mustache takes an empty `content` as true, so test this)"
        ),
        ("page.stale", "a translation that may be out of date (with `theme: { staleNote: true }`)"),
        ("page.url", "the page's address"),
        ("page.section", "its folder below `content/` (`events`; empty at the top)"),
        ("page.slug", "its slug"),
        ("page.kind", "`home`, `section` or `page` (sitegen's own pages say `untranslated`, `search`, `notFound`)"),
        (
            "page.params",
            "the keys the page's section declares in `site.yaml`, typed (below), and other front matter keys of your own as text: `page.params.vision`"
        ),
        ("page.toc", "with `t.tocMinimum` (3) or more headings: each heading's `level`, `text`, `id`"),
        ("page.hasToc", "whether there is a table of contents"),
        (
            "page.date",
            "`iso`, `text`, `era` (the Japanese era, in Japanese), `isMonth`, `isFiscalYear`; with `dateLabel`, `text` is the label, `isLabel` is true and there is no `era`"
        ),
        ("page.updated", "as `date`"),
        ("page.position", "a page of a section: its place among the section's pages in this language, from 1"),
        ("page.count", "a page of a section: how many pages the section has in this language"),
        (
            "page.previous",
            "a page of a section: the page before it in the section's order, as a list entry with its `position`; absent for the first"
        ),
        ("page.next", "as `previous`, the page after it; absent for the last"),
        (
            "page.terms",
            "a page that lists terms (`taxonomies:`): per taxonomy, its `name`, `label`, `url` (its list of terms) and `terms` (`label`, `key`, `url`, `count`)"
        ),
        ("page.hasTerms", "whether the page lists any term"),
        (
            "page.related",
            "up to five other pages of its language sharing most terms with it, most shared first: each page's `title` and `url`; absent when none does"
        ),
        ("page.hasRelated", "whether there are any"),
    ]
}
