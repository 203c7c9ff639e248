import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// A plan of the site: what a build will make, worked out once from what the loader read.
///
/// Settings, the pages paired into translations, the pages held back (drafts, scheduled, expired), the theme, the values
/// every template shares, and one map of every output address to what writes it. `build`
/// renders and publishes from it, `check` runs its checks on it, `serve` keeps the last one.
/// Making it reads no file: the loader read them all into `SiteSource`.
public struct SitePlan: Sendable {
    public let source: SiteSource
    public let options: BuildOptions
    public let config: SiteConfig
    /// Every page file's parse, in the order of `source.pages` (the memo keeps them).
    let parsed: [Result<Page, Diagnostic>]
    /// The pages this build publishes, paired.
    let index: SiteIndex
    /// Pages this build leaves out, and why (links and menus to them say so).
    let heldBack: [HeldPage]
    /// Pages this build includes that a plain `build` would leave out: `serve` marks them.
    let marked: [HeldPage]
    let theme: Theme
    let templates: TemplateSet
    let assets: AssetFingerprint
    /// What every page's template receives besides its own values.
    let context: PageContext
    /// Output paths of the files copied from `content/`.
    let media: Set<String>
    /// Every address the build writes and what writes it.
    public let addresses: SiteAddresses
    /// What the plan found that does not stop a build: settings, theme, front matter, pairs.
    public let warnings: [Diagnostic]
    /// The part of `warnings` found in front matter alone (a build of edited bodies reuses it).
    let frontMatterWarnings: [Diagnostic]

    var model: ContentModel { config.contentModel }

    /// The renderer of this plan's pages.
    var renderer: PageRenderer {
        PageRenderer(
            index: index, context: context, templates: templates,
            resolver: LinkResolver(index: index, mediaPaths: media, heldBack: heldBack))
    }

    /// What links left as written lead to (`AddressCheck`).
    var addressCheck: AddressCheck { AddressCheck(index: index, addresses: Set(addresses.producers.keys)) }
}
