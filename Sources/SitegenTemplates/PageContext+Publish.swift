import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Context keys for publishing: social cards, JSON-LD, feed and calendar links, and the
/// entries lists show for pages missing in the reader's language (see
/// Sources/sitegen/Documentation.docc/Themes.md, "Template context").
extension PageContext {
    /// `og`, `jsonLD`, `storeLanguage`, and `ics`/`calendar` on events, added to a page's context.
    /// A later page of a list gets no JSON-LD: the landing's describes the landing, at its own
    /// address.
    package func addPublishing(to context: inout TemplateContext, page: Page, language: Language, folder: String) {
        let canonical = URLScheme.absolute(folder, baseURL: config.baseURL)
        var og: TemplateObject = [
            "title": .string(page.frontMatter.title),
            "url": .string(canonical),
            "type": .string(page.kind == .page ? "article" : "website"),
            "locale": .string(language.locale),
            "localeAlternates": .list(
                index.alternates(of: page).filter { $0.language != language }.map(\.language.locale)),
            "siteName": .string(language.title),
        ]
        if let summary = page.summary { og["description"] = .string(summary) }
        context[.og] = .object(og)
        if context.kind != .listPage, let script = JSONLD(index: index).script(for: page) {
            context[.jsonLD] = .string(script)
        }
        context[.storeLanguage] = .bool(true)
        if ICalendar.hasEntry(page, in: index) {
            context[.ics] = .string(URLScheme.relative(from: folder, to: ICalendar.eventPath(page)))
        }
        if page.kind != .home, sectionFeeds[language.code]?.contains(page.sectionRoot) == true {
            let landing = index.landing(section: page.sectionRoot, language: language.code)
            context[.sectionFeed] = .object([
                "url": .string(
                    URLScheme.relative(
                        from: folder, to: AtomFeed.sectionPath(language.code, section: page.sectionRoot))),
                "title": .string(language.title + " – " + (landing?.frontMatter.title ?? page.sectionRoot)),
            ])
        }
        if page.kind == .section, config.contentModel.schema(for: page.sectionRoot)?.calendar == true,
            calendarLanguages.contains(page.language)
        {
            context[.calendar] = .string(URLScheme.relative(from: folder, to: ICalendar.calendarPath(page.language)))
        }
    }

    /// `feed` (`url`, `title`) for pages of `language` when it has a feed.
    package func feedLink(language: Language, folder: String) -> TemplateObject? {
        guard feedLanguages.contains(language.code) else { return nil }
        return [
            "url": .string(URLScheme.relative(from: folder, to: AtomFeed.path(language.code))),
            "title": .string(language.title),
        ]
    }

    /// The pages a list of `section` shows to readers of `language`: its own pages, and, for
    /// pages not translated into it, one existing version (default language first).
    package func listed(_ section: String, language: Language) -> [Page] {
        let own = index.children(of: section, language: language.code)
        var seen = Set(own.map(\.translationID))
        var others: [Page] = []
        for other in config.languages where other.code != language.code {
            for page in index.children(of: section, language: other.code) where seen.insert(page.translationID).inserted
            {
                others.append(page)
            }
        }
        let order = config.contentModel.schema(for: String(section.prefix { $0 != "/" }))?.order
        return (own + others).sorted { SiteIndex.listOrder($0, $1, order: order) }
    }

    /// A list entry; for a page in another language, it links to that version and carries
    /// `onlyIn` (its language code) and `onlyInLabel` (`日本語のみ`, `Japanese only`).
    package func listEntry(_ page: Page, language: Language, from folder: String) -> TemplateObject {
        var values = pageValues(page, language: language, from: folder, content: nil)
        if page.language != language.code, let other = config.language(page.language) {
            values["onlyIn"] = .string(other.code)
            values["onlyInLabel"] = .string(
                interfaceStrings(language).text(.onlyIn, other.code, else: other.name + " only"))
        }
        return values
    }
}
