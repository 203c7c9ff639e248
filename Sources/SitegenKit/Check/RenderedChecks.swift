import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The checks that look at rendered pages: `#fragment` links and menu entries against the ids
/// a page really has, and links left as written against the plan's addresses.
///
/// `build` runs them on the links rendering set aside (`PageRenderer.render`) and stops at an
/// error; `check` runs the same functions on every link of every page. Both read the ids each
/// page's render kept (`PageAnchors`): no page is rendered again to find them.
struct RenderedChecks: Sendable {
    let plan: SitePlan
    let renderer: PageRenderer
    /// The ids of every rendered page, by source.
    let anchors: [String: PageAnchors]

    /// What `build` finds once every page is rendered: broken `#fragment` links and menu
    /// fragments stop it, as do missing images; other links leading nowhere are warnings,
    /// returned.
    func afterBuild(_ checkedLinks: [(page: Page, links: [LinkReference])]) throws(BuildFailure) -> [Diagnostic] {
        var errors = LinkCheck.fragmentProblems(checkedLinks, resolver: renderer.resolver, anchors: anchors)
        errors += menuFragments()
        var warnings: [Diagnostic] = []
        let leftAlone = checkedLinks.flatMap { page, links in
            links.filter { link in
                guard case .leftAlone? = try? renderer.resolver.target(of: link, in: page) else { return false }
                return AddressCheck.isCandidate(link.url, baseURL: plan.config.baseURL)
            }.map { (page, $0) }
        }
        if !leftAlone.isEmpty {
            let addressCheck = plan.addressCheck
            for (page, link) in leftAlone {
                guard let problem = addressCheck.problem(link, in: page) else { continue }
                if problem.severity == .error { errors.append(problem) } else { warnings.append(problem) }
            }
        }
        // Pages already written went to the staging folder, which a failed build abandons.
        if !errors.isEmpty { throw BuildFailure(errors) }
        return warnings
    }

    /// Menu entries with a `#fragment` (rare): the page they lead to must have it.
    func menuFragments() -> [Diagnostic] {
        MenuCheck.fragmentProblems(
            plan.index, configPath: plan.source.config.displayPath, anchors: anchors)
    }
}
