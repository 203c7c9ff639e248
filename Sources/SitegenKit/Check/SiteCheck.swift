import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// `sitegen check`: everything `build` would refuse, and what it lets pass but readers would
/// notice, found in one pass over what the loader read. Writes nothing.
///
/// It starts from the plan `build` follows (`SitePlan.survey`, which reads every key of every
/// front matter instead of stopping at the first problem), renders every page as `build` does,
/// and runs the checks `build` runs (`PageChecks`, `RenderedChecks`) on every link of every
/// page: pages held back too (drafts, scheduled, expired), against the plan of a build that
/// includes them.
public struct SiteCheck: Sendable {
    public var source: SiteSource
    /// The ledger's source texts at translation time, by translation path below content/
    /// (`events/launch.en.md`), for showing which lines of a source changed.
    public var snapshots: [String: String]

    public init(source: SiteSource, snapshots: [String: String] = [:]) {
        self.source = source
        self.snapshots = snapshots
    }

    public func run() -> CheckReport {
        let survey = SitePlan.survey(source)
        var findings = survey.findings
        guard let plan = survey.plan else { return CheckReport(findings) }
        findings += pairFindings(plan, survey: survey)
        // Without a theme that parses, pages render as Markdown alone: fragments are checked
        // against the Markdown's ids, and menus not at all.
        let themed = plan.theme.templates != nil
        let held = Set(plan.heldBack.map(\.page.source))
        var links: [String: [LinkReference]] = [:]
        var anchors: [String: PageAnchors] = [:]
        for page in survey.pages {
            let renderer = held.contains(page.source) ? survey.withHeldBack?.renderer : plan.renderer
            let done = render(page, with: themed ? renderer : nil, markdown: plan.config.markdown)
            links[page.source] = done.checkedLinks
            anchors[page.source] = done.anchors
            findings += done.warnings
        }
        let checks = RenderedChecks(plan: plan, renderer: plan.renderer, anchors: anchors)
        if themed { findings += checks.menuFragments() }
        let publishedLinks = LinkCheck(
            resolver: plan.renderer.resolver, anchors: anchors, addresses: plan.addressCheck)
        for page in plan.index.pages { findings += publishedLinks.problems(in: page, links: links[page.source] ?? []) }
        // Pages held back may link to each other: check them against the site that includes them.
        if let whole = survey.withHeldBack {
            let heldLinks = LinkCheck(
                resolver: LinkResolver(index: whole.index, mediaPaths: whole.media), anchors: anchors,
                addresses: whole.addressCheck)
            for held in plan.heldBack {
                findings += heldLinks.problems(in: held.page, links: links[held.page.source] ?? [])
            }
        }
        return CheckReport(findings)
    }

    /// `page` rendered as `build` renders it, every link set aside; as Markdown alone when
    /// there is no theme to render it with or its template fails (a layout that does not exist
    /// is the survey's finding).
    private func render(_ page: Page, with renderer: PageRenderer?, markdown options: MarkdownOptions) -> (
        checkedLinks: [LinkReference], anchors: PageAnchors, warnings: [Diagnostic]
    ) {
        if let renderer, let done = try? renderer.render(page, links: .check) {
            return (done.checkedLinks, done.anchors, done.warnings)
        }
        var found: [LinkReference] = []
        let rendered =
            (try? MarkdownRenderer(options: options).render(String(page.body), language: page.language) { link in
                found.append(link)
                return nil
            }) ?? RenderedMarkdown(html: "")
        return (found, PageAnchors(markdown: rendered), PageChecks.findings(page, rendered: rendered))
    }

    /// Translations: missing ones, landings, facts that differ, sources changed since.
    private func pairFindings(_ plan: SitePlan, survey: SitePlan.Survey) -> [Diagnostic] {
        var findings = PairCheck.missingTranslations(plan.index).map { $0.at(line: 1, column: 1) }
        // A landing left out for a collision is reported there, not again as missing.
        if !survey.hasCollisions {
            findings += LandingCheck.missing(plan.index)
        }
        // A key whose value could not be read is reported once, not again as a disagreement.
        let unreadable = Set(survey.findings.filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0)" })
        // A version whose front matter could not be read is left out of the comparison.
        let readable = survey.pages.filter { !$0.frontMatter.isUnreadable }
        findings += PairCheck.disagreements(readable, languages: plan.config.languages, model: plan.model).filter {
            !unreadable.contains("\($0.path):\($0.line ?? 0)")
        }
        findings += PairCheck.stale(
            survey.pages, languages: plan.config.languages, texts: source.pageTexts, snapshots: snapshots)
        return findings
    }
}
