import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The pages of the site's taxonomies in every language that uses them: the list of a
/// taxonomy's terms (`<lang>/topics/`, the theme's `taxonomy` template, else `list`) and each
/// term's pages (`<lang>/topics/semiconductors/`, then `page/2/` … when the taxonomy declares
/// `paginate`; the theme's `term` template, else `list`).
///
/// They show front matter only, so a build that renders only edited bodies (`serve`) keeps
/// them, as it keeps later list pages.
struct TaxonomyPages: Sendable {
    let context: PageContext
    let templates: TemplateSet

    func files() async -> [OutputFile] {
        let taxonomies = context.taxonomies
        let listTemplate = templates.has("taxonomy") ? "taxonomy" : "list"
        let termTemplate = templates.has("term") ? "term" : "list"
        var jobs: [@Sendable () -> OutputFile] = []
        for taxonomy in taxonomies.taxonomies {
            for language in context.index.config.languages {
                let terms = taxonomies.terms(of: taxonomy.name, language: language.code)
                guard !terms.isEmpty else { continue }
                jobs.append {
                    OutputFile(
                        path: TaxonomyIndex.folder(taxonomy.name, language: language.code) + "index.html",
                        contents: .bytes(
                            templates.renderBytes(
                                context.taxonomyPage(taxonomy, language: language), template: listTemplate)))
                }
                for term in terms {
                    let folder = TaxonomyIndex.termFolder(taxonomy.name, key: term.key, language: language.code)
                    for number in 1...(taxonomies.listPages(of: term, taxonomy: taxonomy)?.count ?? 1) {
                        jobs.append {
                            let values = context.termPage(taxonomy, term: term, language: language, number: number)
                            return OutputFile(
                                path: ListPages.folder(folder, number: number) + "index.html",
                                contents: .bytes(templates.renderBytes(values, template: termTemplate)))
                        }
                    }
                }
            }
        }
        // A taxonomy of a big site has thousands of term pages: rendered on every core.
        return await ParallelFiles.make(jobs)
    }
}
