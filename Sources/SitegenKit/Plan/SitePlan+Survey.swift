import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

extension SitePlan {
    /// What `check` plans: the plan of the published site, every finding rather than the first
    /// of each kind, and the plan of a build that includes the pages held back.
    struct Survey: Sendable {
        /// Nil when the settings, the theme or the pages' pairing leave nothing to plan.
        var plan: SitePlan?
        /// The plan with drafts, scheduled and expired pages published, when there are any.
        var withHeldBack: SitePlan?
        var findings: [Diagnostic] = []
        /// Every page that could be read, held back or not, less the second of two at one address.
        var pages: [Page] = []
        /// Whether two pages would be written to one address (`OutputPathCheck`).
        var hasCollisions = false
    }

    /// Plans `source` as `check` reads it: every key of every front matter, strict front
    /// matter warnings, pages that collide left out of the plan, pages held back planned on their own.
    static func survey(_ source: SiteSource) -> Survey {
        var survey = Survey(findings: source.problems)
        let config: SiteConfig
        do {
            config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        } catch {
            survey.findings.append(error)
            return survey
        }
        survey.findings += SiteConfigKeys.warnings(source.config.text, path: source.config.displayPath)
        survey.findings += OutputPathCheck.caseCollisions(source.pages)
        let codes = config.languages.map(\.code)
        var pages: [Page] = []
        for file in source.pages {
            let (page, problems) = PageParser.parseCollecting(file, languages: codes, model: config.contentModel)
            survey.findings += problems
            guard let page else { continue }
            pages.append(page)
            survey.findings += FrontMatterCheck.warnings(page, model: config.contentModel, strict: true)
        }
        pages = AutomaticSummaries.fill(pages, markdown: config.markdown)
        let theme = Theme(source: source, config: config)
        survey.findings += theme.problems + theme.warnings
        let data = SiteData(source.data, languages: config.languages)
        survey.findings += data.problems + data.warnings
        if let templates = theme.templates {
            for page in pages {
                do { _ = try PageRenderer.layout(for: page, templates: templates) } catch {
                    survey.findings.append(error)
                }
            }
        }
        let collisions = OutputPathCheck.collisions(pages)
        survey.findings += collisions.problems
        survey.hasCollisions = !collisions.problems.isEmpty
        pages.removeAll { collisions.losers.contains($0.source) }
        survey.pages = pages
        let schedule = PageSchedule(config: config, options: BuildOptions())
        let heldBack = pages.compactMap { page in schedule.holdBack(page).map { HeldPage(page: page, reason: $0) } }
        let held = Set(heldBack.map(\.page.source))
        let (index, indexProblems) = pairs(config: config, pages: pages.filter { !held.contains($0.source) })
        survey.findings += indexProblems
        guard let index, let templates = theme.templates ?? (try? TemplateSet([])) else { return survey }
        let (plan, stops) = assemble(
            source: source, options: BuildOptions(), index: index, heldBack: heldBack, theme: theme,
            templates: templates,
            data: data.values, parsed: [], warnings: [], frontMatter: [])
        survey.plan = plan
        survey.findings += stops + plan.warnings
        guard !heldBack.isEmpty else { return survey }
        // A build that includes them also finds an alias taken by a held page (or its alias
        // taken), and a held page where a list page goes (or a list that they make longer).
        let (whole, wholeProblems) = pairs(config: config, pages: pages)
        guard let whole else { return survey }
        let included = assemble(
            source: source, options: BuildOptions(drafts: true, future: true, expired: true), index: whole,
            heldBack: [], theme: theme, templates: templates, data: data.values, parsed: [], warnings: [],
            frontMatter: [])
        survey.withHeldBack = included.plan
        let published = Set(survey.findings.map(\.description))
        survey.findings += (wholeProblems + included.plan.addresses.problems).filter {
            !published.contains($0.description)
        }
        return survey
    }

    /// Pairs `pages`; pages that claim a translation slot already taken are reported and left out.
    static func pairs(config: SiteConfig, pages: [Page]) -> (index: SiteIndex?, problems: [Diagnostic]) {
        do {
            return (try SiteIndex(config: config, pages: pages), [])
        } catch {
            let named = Set(error.diagnostics.map(\.path))
            let rest = pages.filter { !named.contains($0.source) }
            return ((try? SiteIndex(config: config, pages: rest)), error.diagnostics)
        }
    }
}
