import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Findings about translations: missing ones, stale ones, and facts that differ between them.
enum PairCheck {
    /// A warning for each page that lacks a version in some language of the site (also `build`'s).
    static func missingTranslations(_ index: SiteIndex) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for page in index.pages {
            let versions = index.translations(of: page)
            // Report once per group, on the first version found.
            guard versions.values.map(\.source).min() == page.source else { continue }
            for language in index.config.languages where versions[language.code] == nil {
                warnings.append(
                    Diagnostic(
                        path: page.source, severity: .warning,
                        message: "no \(language.name) (\(language.code)) translation",
                        hint:
                            "write \(page.path.slug).\(language.code).md beside it; until then \(language.code) readers see a page saying it is not translated yet"
                    ))
            }
        }
        return warnings
    }

    /// Facts that must be the same in every language on every page; a section adds its own
    /// (`facts:` in site.yaml).
    static let commonFacts = ["draft", "weight", "paginate"]

    /// The facts translations of `page` must agree on: its section's, then the common ones.
    static func facts(of page: Page, model: ContentModel) -> [String] {
        let declared = page.kind == .page ? model.schema(for: page.sectionRoot)?.facts ?? [] : []
        return declared + commonFacts.filter { !declared.contains($0) }
    }

    /// An error on each translation whose facts differ from its source's, at the key's line.
    static func disagreements(_ pages: [Page], languages: [Language], model: ContentModel) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for versions in groups(pages) {
            for page in versions.values.sorted(by: { $0.source < $1.source }) {
                guard let source = TranslationLedger.source(of: page, versions: versions, languages: languages),
                    !isOriginal(page, against: source, versions: versions, languages: languages)
                else { continue }
                for fact in facts(of: page, model: model) {
                    let mine = value(fact, of: page.frontMatter)
                    let theirs = value(fact, of: source.frontMatter)
                    guard mine != theirs else { continue }
                    let position = page.frontMatter.positions[fact]
                    problems.append(
                        Diagnostic(
                            path: page.source, line: position?.line ?? 2, column: position?.column ?? 1,
                            message:
                                "`\(fact)` is \(mine.map { "`\($0)`" } ?? "missing") here but \(theirs.map { "`\($0)`" } ?? "missing") in \(source.source)",
                            hint:
                                "a translation states the same facts as its original: make `\(fact)` the same in both files"
                        ))
                }
            }
        }
        return problems
    }

    /// A warning on each translation made from an older version of its source.
    ///
    /// `texts`: raw text of content files by display path; `snapshots`: the ledger's source
    /// texts by the translation's path below content/.
    static func stale(
        _ pages: [Page], languages: [Language], texts: [String: String], snapshots: [String: String]
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for versions in groups(pages) {
            for page in versions.values.sorted(by: { $0.source < $1.source }) {
                switch TranslationLedger.staleness(of: page, versions: versions, languages: languages, texts: texts) {
                case .changedSince(let source, let recorded, _)?:
                    let position = page.frontMatter.positions["translatedFrom"]
                    let relative = String(page.source.dropFirst("content/".count))
                    var message =
                        "this translation is stale: \(source.source) changed since it was translated (translatedFrom: \(recorded))"
                    if let old = snapshots[relative], let new = texts[source.source] {
                        let lines = LineDiff.changedLines(
                            from: FrontMatterParser.normalize(old), to: FrontMatterParser.normalize(new))
                        message +=
                            "; changed: line\(lines.count == 1 ? "" : "s") \(LineDiff.describe(lines)) of \(source.source)"
                    }
                    problems.append(
                        Diagnostic(
                            path: page.source, line: position?.line, column: position?.column, severity: .warning,
                            message: message,
                            hint: "bring this translation up to date, then run `sitegen translated \(page.source)`"))
                case .olderThanSource(let source, let own, let sourceUpdated)?:
                    let position = page.frontMatter.positions["updated"]
                    problems.append(
                        Diagnostic(
                            path: page.source, line: position?.line, column: position?.column, severity: .warning,
                            message:
                                "this translation may be stale: \(source.source) was updated on \(sourceUpdated), after this page (\(own))",
                            hint:
                                "bring this translation up to date and change its `updated`, or run `sitegen translated \(page.source)`"
                        ))
                case nil:
                    continue
                }
            }
        }
        return problems
    }

    /// Whether `page` is the original of `other` rather than its translation (each is the other's
    /// source by the ledger's rule, and `page` comes first in site.yaml).
    static func isOriginal(_ page: Page, against other: Page, versions: [String: Page], languages: [Language]) -> Bool {
        let codes = languages.map(\.code)
        guard TranslationLedger.source(of: other, versions: versions, languages: languages)?.source == page.source,
            let mine = codes.firstIndex(of: page.language), let theirs = codes.firstIndex(of: other.language)
        else { return false }
        return mine < theirs
    }

    /// Pages grouped into translations (same folder and translationKey or slug), by language.
    static func groups(_ pages: [Page]) -> [[String: Page]] {
        var groups: [String: [String: Page]] = [:]
        for page in pages { groups[page.translationID, default: [:]][page.language] = page }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// A fact's value as text, nil when not set (`draft` is always set).
    static func value(_ key: String, of matter: FrontMatter) -> String? {
        switch key {
        case "date": return matter.date?.description
        case "updated": return matter.updated?.description
        case "draft": return matter.draft ? "true" : "false"
        case "weight": return matter.weight.map(String.init)
        case "paginate": return matter.paginate.map(String.init)
        case "layout": return matter.layout
        default: return matter.fields[key]?.text
        }
    }
}
