import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Pages a site needs for readers to find the others: a home in every language, and a landing
/// (`_index`) for every section that has pages. Without them the root page leads to a language
/// that shows nothing, and a section's address to no list; build and check both say so.
/// (Where another language has the page, `PairCheck.missingTranslations` says so instead, and
/// the build writes a stand-in there.)
enum LandingCheck {
    /// A warning for each missing home and section landing, naming the file to create.
    static func missing(_ index: SiteIndex) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let codes = index.config.languages.map(\.code)
        func nowhere(_ section: String) -> Bool {
            codes.allSatisfy { index.landing(section: section, language: $0) == nil }
        }
        for language in index.config.languages {
            if nowhere("") {
                let path = "content/_index.\(language.code).md"
                warnings.append(
                    Diagnostic(
                        path: path, line: 1, column: 1, severity: .warning,
                        message: "there is no home page in \(language.name), so \(language.code)/ shows nothing",
                        hint:
                            "create \(path) with `---`, `title: …` and `---` at its top; see Sources/sitegen/Documentation.docc/ContentFormat.md"
                    ))
            }
            var sections = Set<String>()
            for page in index.pages where page.language == language.code && page.kind == .page {
                var section = Substring(page.path.section)
                while !section.isEmpty {
                    sections.insert(String(section))
                    section = section.lastIndex(of: "/").map { section[..<$0] } ?? ""
                }
            }
            for section in sections.sorted() where nowhere(section) {
                let path = "content/\(section)/_index.\(language.code).md"
                warnings.append(
                    Diagnostic(
                        path: path, line: 1, column: 1, severity: .warning,
                        message:
                            "the section \(section)/ has no landing page in \(language.name), so nothing lists its pages",
                        hint:
                            "create \(path) with a `title`; its text comes before the list (see Sources/sitegen/Documentation.docc/ContentFormat.md)"
                    )
                )
            }
        }
        return warnings
    }
}
