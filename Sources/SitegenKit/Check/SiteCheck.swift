/// `sitegen check`: everything `build` would refuse, and what it lets pass but readers would
/// notice, found in one pass over what the loader read. Writes nothing.
///
/// Unlike `build`, it does not stop at the first problem of a file: it reads every key of every
/// front matter, every link of every page (drafts too, against a site that includes drafts).
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
        var findings = source.problems
        let config: SiteConfig
        do {
            config = try SiteConfig.parse(source.config.text, path: source.config.displayPath)
        } catch {
            return CheckReport(findings + [error])
        }
        findings += SiteConfigKeys.warnings(source.config.text, path: source.config.displayPath)
        let codes = config.languages.map(\.code)
        findings += OutputPathCheck.caseCollisions(source.pages)
        var pages: [Page] = []
        for file in source.pages {
            let (page, problems) = PageParser.parseCollecting(file, languages: codes, model: config.contentModel)
            findings += problems
            if let page {
                pages.append(page)
                findings += FrontMatterCheck.warnings(page, model: config.contentModel, strict: true)
            }
        }
        let theme = Theme(source: source, config: config)
        findings += theme.problems + theme.warnings
        let data = SiteData(source.data, languages: config.languages)
        findings += data.problems + data.warnings
        findings += PageContext.keyCollisions(theme.assets.map { String($0.outputPath.dropFirst("assets/".count)) })
        if let templates = theme.templates {
            for page in pages {
                do { _ = try PageRenderer.layout(for: page, templates: templates) } catch { findings.append(error) }
            }
        }
        let collisions = OutputPathCheck.collisions(pages)
        findings += collisions.problems
        pages.removeAll { collisions.losers.contains($0.source) }

        let published = pages.filter { !$0.frontMatter.draft }
        let drafts = pages.filter(\.frontMatter.draft)
        let (index, indexProblems) = Self.index(config: config, pages: published)
        findings += indexProblems
        guard let index else { return CheckReport(findings) }
        let media = Set(source.media.map(\.outputPath))
        // The context `build` makes: which languages get a feed and a calendar, and below, the
        // theme's pages for their ids.
        let assetURLs = AssetFingerprint(theme.assets).urls
        let context = PageContext(index: index, strings: theme.strings, assetURLs: assetURLs)
        let hasSearch = theme.templates?.has("search") ?? false
        func addressCheck(_ index: SiteIndex) -> AddressCheck {
            AddressCheck(index: index, hasSearch: hasSearch, media: media, context: context, assetURLs: assetURLs)
        }
        findings += AliasPages(index: index).problems(media: media)
        findings += MenuCheck.problems(
            index, configPath: source.config.displayPath, hasSearch: hasSearch,
            media: media, feeds: context.feedLanguages, calendars: context.calendarLanguages, drafts: drafts)
        findings += PairCheck.missingTranslations(index).map { $0.at(line: 1, column: 1) }
        // A landing left out for a collision is reported there, not again as missing.
        if collisions.problems.isEmpty { findings += LandingCheck.missing(index) }
        // A key whose value could not be read is reported once, not again as a disagreement.
        let unreadable = Set(findings.filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0)" })
        // A version whose front matter could not be read is left out of the comparison.
        let readable = pages.filter { !$0.frontMatter.isUnreadable }
        findings += PairCheck.disagreements(readable, languages: config.languages, model: config.contentModel).filter {
            !unreadable.contains("\($0.path):\($0.line ?? 0)")
        }
        let texts = source.pageTexts
        findings += PairCheck.stale(pages, languages: config.languages, texts: texts, snapshots: snapshots)

        let renderer = MarkdownRenderer(options: config.markdown)
        var links: [String: [LinkReference]] = [:]
        var anchors: [String: AnchorTargets] = [:]
        for page in pages {
            var found: [LinkReference] = []
            let rendered =
                (try? renderer.render(String(page.body), language: page.language) { link in
                    found.append(link)
                    return nil
                }) ?? RenderedMarkdown(html: "")
            links[page.source] = found
            anchors[page.source] = AnchorTargets(rendered)
            findings += EmphasisCheck.leftovers(in: page, html: rendered.html)
            findings += SpanCheck.leftovers(in: page, html: rendered.html)
            findings += RawHTMLCheck.warnings(in: page, rendered: rendered)
        }
        let resolver = LinkResolver(index: index, mediaPaths: media, drafts: drafts)
        // The theme's own ids count too, as in `build` (a link to `#main`, or to a list's heading).
        var pageAnchors: (@Sendable (Page) -> AnchorTargets)?
        if let templates = theme.templates {
            let renderer = PageRenderer(index: index, context: context, templates: templates, resolver: resolver)
            pageAnchors = { renderer.anchors(of: $0) }
        }
        if let pageAnchors {
            findings += MenuCheck.fragmentProblems(
                index, configPath: source.config.displayPath, pageAnchors: pageAnchors)
        }
        let publishedLinks = LinkCheck(
            resolver: resolver, anchors: anchors, pageAnchors: pageAnchors, addresses: addressCheck(index))
        for page in published { findings += publishedLinks.problems(in: page, links: links[page.source] ?? []) }
        // Drafts may link to each other: check them against the site as `build --drafts` makes it.
        let (withDrafts, draftIndexProblems) = drafts.isEmpty ? (nil, []) : Self.index(config: config, pages: pages)
        if let withDrafts {
            // `build --drafts` also finds an alias taken by a draft (or a draft's alias taken),
            // and a draft where a list page goes (or a list that drafts make longer).
            let published = Set(findings.map(\.description))
            findings += (draftIndexProblems + AliasPages(index: withDrafts).problems(media: media)).filter {
                !published.contains($0.description)
            }
            let draftLinks = LinkCheck(
                resolver: LinkResolver(index: withDrafts, mediaPaths: media), anchors: anchors,
                addresses: addressCheck(withDrafts))
            for page in drafts { findings += draftLinks.problems(in: page, links: links[page.source] ?? []) }
        }
        return CheckReport(findings)
    }

    /// Pairs `pages`; pages that claim a translation slot already taken are reported and left out.
    static func index(config: SiteConfig, pages: [Page]) -> (index: SiteIndex?, problems: [Diagnostic]) {
        do {
            return (try SiteIndex(config: config, pages: pages), [])
        } catch {
            let named = Set(error.diagnostics.map(\.path))
            let rest = pages.filter { !named.contains($0.source) }
            return ((try? SiteIndex(config: config, pages: rest)), error.diagnostics)
        }
    }
}
