import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// A key at the top of a template context. Contexts are set through these (`TemplateContext`),
/// so a misspelt key does not compile, and each kind of page declares which of them it has
/// (`ContextKind.rows`).
package enum ContextKey: String, CaseIterable, Sendable {
    // Every page (`PageContext.commonObject`).
    case lang, langName, locale, siteTitle, baseURL, timeZone, root, home, assets, t, menu, submenus, feed, site
    case data
    // Pages of the content and the pages sitegen makes.
    case page, sections, languages, alternates, canonical, breadcrumbs, hasBreadcrumbs
    case isHome, isSection, isPage, og, jsonLD, storeLanguage, ics
    case pages, hasPages, groups, pager, calendar, sectionFeed
    case originals, untranslated, noindex, message
    case isSearch, notFound, isNotFound, defaultLanguage
    case terms, term
    // `partials/heading`.
    case level, id, text, label, content
}
