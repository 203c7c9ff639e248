import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The translation ledger: which version of its source a translation was made from.
///
/// `sitegen translated x.en.md` records `translatedFrom: <digest>` in the translation, the
/// digest being the first 12 hex digits of SHA-256 over the source's normalised text (front
/// matter without `translatedFrom`, then the body; line ends, BOM and trailing spaces do not
/// count). It also keeps the source text of that moment in `content/.translations/<translation
/// path>.src`, so `check` can show which lines of the source changed since.
///
/// The source of a translation is its version in the site's default language; for a page in the
/// default language, the first other language (in site.yaml order) that has a version.
public enum TranslationLedger {
    /// Folder below content/ holding the source texts at translation time (hidden: not a page).
    public static let folder = ".translations"

    /// Where the source text of `translation` (a path below content/) is kept.
    public static func snapshotPath(of translationRelativePath: String) -> String {
        folder + "/" + translationRelativePath + ".src"
    }

    /// The short digest recorded in `translatedFrom`.
    public static func digest(ofSource text: String) -> String {
        String(SHA256.hex(normalized(text)).prefix(12))
    }

    /// The text the digest covers: front matter lines other than `translatedFrom`, then the body,
    /// each line without trailing spaces, without trailing blank lines.
    public static func normalized(_ text: String) -> String {
        var lines = FrontMatterParser.normalize(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.trimmingTrailingSpaces()) }
        let closing = lines.first == "---" ? lines.indices.dropFirst().first { lines[$0] == "---" } : nil
        if let closing {
            lines = lines.enumerated().filter { index, line in
                index >= closing || !line.hasPrefix("translatedFrom:")
            }.map(\.element)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The version `page` translates, among its `versions` (by language code).
    public static func source(of page: Page, versions: [String: Page], languages: [Language]) -> Page? {
        let defaultCode = languages.first?.code
        if page.language != defaultCode, let original = defaultCode.flatMap({ versions[$0] }) { return original }
        return languages.lazy.filter { $0.code != page.language }.compactMap { versions[$0.code] }.first
    }

    /// Why a translation may be out of date.
    public enum Staleness: Sendable, Equatable {
        /// `translatedFrom` names another version of the source than the current one.
        case changedSince(source: Page, recorded: String, current: String)
        /// No `translatedFrom`, and the source's `updated` is later than the translation's.
        case olderThanSource(source: Page, own: CalendarDate, sourceUpdated: CalendarDate)
    }

    /// Whether `page` is stale; `texts` holds the raw text of source files by display path.
    public static func staleness(
        of page: Page, versions: [String: Page], languages: [Language], texts: [String: String]
    ) -> Staleness? {
        guard let source = source(of: page, versions: versions, languages: languages) else { return nil }
        if let recorded = page.frontMatter.translatedFrom {
            guard let text = texts[source.source] else { return nil }
            let current = digest(ofSource: text)
            return current == recorded ? nil : .changedSince(source: source, recorded: recorded, current: current)
        }
        guard page.language != languages.first?.code, let own = page.frontMatter.updated,
            let theirs = source.frontMatter.updated, theirs > own
        else { return nil }
        return .olderThanSource(source: source, own: own, sourceUpdated: theirs)
    }
}

extension SiteSource {
    /// The raw text of every content page by display path, for digests.
    public var pageTexts: [String: String] {
        Dictionary(pages.map { ($0.displayPath, $0.text) }, uniquingKeysWith: { first, _ in first })
    }
}
