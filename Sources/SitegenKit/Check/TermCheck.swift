import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What is wrong with the terms pages list (`taxonomies:`), found from front matter alone, so
/// `build` warns of it as `check` does:
/// - a term used in some languages only: the others have no page for it, and the switcher of
///   its page leads nowhere;
/// - one term written two ways (`AI` and `ai`, full-width `ＡＩ`, a trailing space), which
///   makes two pages or a label nobody meant;
/// - a term that the taxonomy's terms file (`content/data/<taxonomy>.yaml`) does not have,
///   when there is one, with the nearest it has.
enum TermCheck {
    static func warnings(_ index: SiteIndex, taxonomies: TaxonomyIndex) -> [Diagnostic] {
        guard !taxonomies.isEmpty else { return [] }
        let pages = index.pages.sorted { $0.source < $1.source }
        return taxonomies.taxonomies.flatMap { taxonomy in
            oneSided(taxonomy, pages: pages, taxonomies: taxonomies, languages: index.config.languages)
                + twoWays(taxonomy, pages: pages, table: taxonomies.tables[taxonomy.name])
                + unknown(taxonomy, pages: pages, table: taxonomies.tables[taxonomy.name])
        }
    }

    /// A warning at the first page listing a term that some language's pages do not list.
    static func oneSided(_ taxonomy: Taxonomy, pages: [Page], taxonomies: TaxonomyIndex, languages: [Language])
        -> [Diagnostic]
    {
        guard languages.count > 1 else { return [] }
        var reported: Set<String> = []
        var warnings: [Diagnostic] = []
        for page in pages {
            for key in taxonomies.keys(of: page, taxonomy: taxonomy.name) where !reported.contains(key) {
                let missing = languages.filter { taxonomies.term(taxonomy.name, key: key, language: $0.code) == nil }
                guard !missing.isEmpty else { continue }
                reported.insert(key)
                let label = taxonomies.term(taxonomy.name, key: key, language: page.language)?.label ?? key
                let names = missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                let forms = missing.map { language in
                    let written = taxonomies.tables[taxonomy.name]?.labels[key]?[language.code] ?? key
                    return "`\(written)` on its \(language.code) translation"
                }.joined(separator: ", ")
                warnings.append(
                    warning(
                        page, taxonomy,
                        "the \(taxonomy.name) term `\(label)` is listed only in some languages: no \(names) page lists it, so it has no page there",
                        hint: "list it as \(forms), or take it off this page"))
            }
        }
        return warnings
    }

    /// A warning where a term is written otherwise than on an earlier page, though the two
    /// forms read the same (case, width, spaces): one of them is a slip.
    static func twoWays(_ taxonomy: Taxonomy, pages: [Page], table: TermsFile?) -> [Diagnostic] {
        var first: [String: (written: String, page: Page)] = [:]
        var warnings: [Diagnostic] = []
        for page in pages {
            for written in page.frontMatter.terms[taxonomy.name] ?? [] {
                let folded = fold(written)
                guard let earlier = first[folded] else {
                    first[folded] = (written, page)
                    continue
                }
                // Two forms the terms file names (a key and a label) are one term on purpose.
                guard earlier.written != written, !(isNamed(earlier.written, in: table) && isNamed(written, in: table))
                else { continue }
                warnings.append(
                    warning(
                        page, taxonomy,
                        "the \(taxonomy.name) term `\(written)` looks like `\(earlier.written)` of \(earlier.page.source), written another way",
                        hint: "write it `\(earlier.written)` as there, or the other way round, so they are one term"))
            }
        }
        return warnings
    }

    /// A warning for each term the taxonomy's terms file does not have, in the page's language.
    static func unknown(_ taxonomy: Taxonomy, pages: [Page], table: TermsFile?) -> [Diagnostic] {
        guard let table else { return [] }
        var warnings: [Diagnostic] = []
        for page in pages {
            for written in page.frontMatter.terms[taxonomy.name] ?? []
            where table.key(for: written, language: page.language) == nil {
                let known = table.labels.keys.sorted() + table.labels.values.compactMap { $0[page.language] }.sorted()
                let nearest = EditDistance.likelyMeant(written, among: known)
                warnings.append(
                    warning(
                        page, taxonomy, "`\(written)` is not a \(taxonomy.name) term of \(table.path)",
                        hint: nearest.map { "did you mean `\($0)`?" }
                            ?? "add it to \(table.path) with its label in each language, or use a term it has"))
            }
        }
        return warnings
    }

    /// `written` as readers would take it: compatibility forms folded (full-width letters),
    /// lower case, spaces trimmed and collapsed.
    static func fold(_ written: String) -> String {
        written.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `written` is a key of `table` or a label it gives in some language.
    private static func isNamed(_ written: String, in table: TermsFile?) -> Bool {
        guard let table else { return false }
        return table.labels[written] != nil || table.labels.values.contains { $0.values.contains(written) }
    }

    private static func warning(_ page: Page, _ taxonomy: Taxonomy, _ message: String, hint: String) -> Diagnostic {
        let position = page.frontMatter.positions[taxonomy.name]
        return Diagnostic(
            path: page.source, line: position?.line, column: position?.column, severity: .warning, message: message,
            hint: hint)
    }
}
