import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

extension SitePlan {
    /// Makes the plan a build of `source` with `options` follows; `memo` is the last build's
    /// (`sitegen serve`), whose parsed pages and templates are reused where their input is the
    /// same, and its front matter findings too when only Markdown bodies changed (`bodiesOnly`).
    ///
    /// Throws what stops a build: unreadable settings, pages or templates, two pages in one
    /// place, a menu entry leading nowhere, an alias where something else is.
    static func make(
        source: SiteSource, options: BuildOptions, memo: BuildMemo? = nil, bodiesOnly: Bool = false
    ) async throws(BuildFailure) -> SitePlan {
        var config: SiteConfig
        do {
            config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        } catch {
            throw BuildFailure(source.problems + [error])
        }
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var warnings = SiteConfigKeys.warnings(source.config.text, path: source.config.displayPath)
        let codes = config.languages.map(\.code)
        let model = config.contentModel
        // Reused pages keep their automatic summaries: only while the Markdown settings are the same.
        let reusable =
            memo?.languages == codes && memo?.model == model && memo?.markdown == config.markdown
            ? memo?.pages ?? [:] : [:]
        let parsed = await AutomaticSummaries.fill(
            PageParser.parseAll(source.pages, languages: codes, model: model, reusing: reusable),
            markdown: config.markdown)
        var problems = source.problems
        var pages: [Page] = []
        var heldBack: [HeldPage] = []
        var marked: [HeldPage] = []
        let schedule = PageSchedule(config: config, options: options)
        for result in parsed {
            switch result {
            case .success(let page):
                if let reason = schedule.holdBack(page) {
                    heldBack.append(HeldPage(page: page, reason: reason))
                    continue
                }
                if let reason = schedule.marker(page) { marked.append(HeldPage(page: page, reason: reason)) }
                pages.append(page)
            case .failure(let error): problems.append(error)
            }
        }
        let theme = Theme(source: source, config: config, plans: options.rendersWithPlans, reusing: memo?.templates)
        problems += theme.problems
        warnings += theme.warnings
        let data = SiteData(source.data, languages: config.languages)
        problems += data.problems
        warnings += data.warnings
        guard problems.isEmpty, let templates = theme.templates else { throw BuildFailure(problems) }
        let index = try SiteIndex(config: config, pages: pages)
        let frontMatter =
            bodiesOnly
            ? memo?.frontMatterWarnings ?? frontMatterWarnings(index) : frontMatterWarnings(index)
        // A page that comes down before it goes up is held back by every build: say why here.
        warnings += heldBack.flatMap { FrontMatterCheck.expiryBeforePublish($0.page) }
        let (plan, stops) = assemble(
            source: source, options: options, index: index, heldBack: heldBack, marked: marked, theme: theme,
            templates: templates, data: data.values, parsed: parsed, warnings: warnings, frontMatter: frontMatter)
        if !stops.isEmpty { throw BuildFailure(stops) }
        return plan
    }

    /// The plan of `index` rendered with `theme`: assets, the shared template values, the
    /// addresses, and what stops a build there (`stops`: addresses written twice, menu
    /// entries leading nowhere). `build` and `check` both make their plan here.
    static func assemble(
        source: SiteSource, options: BuildOptions, index: SiteIndex, heldBack: [HeldPage], marked: [HeldPage] = [],
        theme: Theme,
        templates: TemplateSet, data: [String: TemplateObject] = [:], parsed: [Result<Page, Diagnostic>],
        warnings: [Diagnostic], frontMatter: [Diagnostic]
    ) -> (plan: SitePlan, stops: [Diagnostic]) {
        let assets = AssetFingerprint(theme.assets)
        let collisions = PageContext.keyCollisions(assets.urls.keys)
        var context = PageContext(index: index, strings: theme.strings, assetURLs: assets.urls)
        context.data = data
        context.neighbours = templates.reaches(pageKey: "previous") || templates.reaches(pageKey: "next")
        let model = index.config.contentModel
        if !model.taxonomies.isEmpty {
            let tables = TermsFile.tables(for: model, data: source.data, languages: index.config.languages.map(\.code))
            context.taxonomies = TaxonomyIndex(index: index, tables: tables)
            context.related = templates.reaches(pageKey: "related") || templates.reaches(pageKey: "hasRelated")
        }
        let media = Set(source.media.map(\.outputPath))
        let addresses = SiteAddresses(
            index: index, hasSearch: templates.has("search"), feeds: context.feedLanguages,
            calendars: context.calendarLanguages, sectionFeeds: context.sectionFeeds, taxonomies: context.taxonomies,
            configPath: source.config.displayPath, assets: assets.urls, media: media)
        let stops =
            addresses.problems
            + MenuCheck.problems(
                index, addresses: addresses, configPath: source.config.displayPath, heldBack: heldBack)
        if index.config.theme.staleNote { context.stale = staleTranslations(index, texts: source.pageTexts) }
        let terms = TermCheck.warnings(index, taxonomies: context.taxonomies)
        let plan = SitePlan(
            source: source, options: options, config: index.config, parsed: parsed, index: index, heldBack: heldBack,
            marked: marked,
            theme: theme, templates: templates, assets: assets, context: context, media: media,
            addresses: addresses, warnings: warnings + collisions + frontMatter + terms,
            frontMatterWarnings: frontMatter)
        return (plan, stops)
    }

    /// What `check` finds in front matter alone is cheap, so `build` says it too: as warnings,
    /// since a translation in progress may not agree yet.
    static func frontMatterWarnings(_ index: SiteIndex) -> [Diagnostic] {
        let model = index.config.contentModel
        return PairCheck.missingTranslations(index) + LandingCheck.missing(index)
            + index.pages.flatMap { FrontMatterCheck.warnings($0, model: model) }
            + PairCheck.disagreements(index.pages, languages: index.config.languages, model: model).map {
                var warning = $0
                warning.severity = .warning
                return warning
            }
    }

    /// Pages whose source changed since they were translated (see `TranslationLedger`).
    static func staleTranslations(_ index: SiteIndex, texts: [String: String]) -> Set<String> {
        Set(
            index.pages.filter { page in
                TranslationLedger.staleness(
                    of: page, versions: index.translations(of: page), languages: index.config.languages, texts: texts)
                    != nil
            }.map(\.source))
    }
}
