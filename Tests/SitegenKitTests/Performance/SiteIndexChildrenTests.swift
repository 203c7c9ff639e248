import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `SiteIndex.children` is answered from an index built once; it must list exactly the pages a
/// filter over every page would, in list order.
@Suite struct SiteIndexChildrenTests {
    static func page(
        _ section: String, _ slug: String, _ language: String, weight: Int? = nil, date: String? = nil, title: String
    )
        -> Page
    {
        var matter = FrontMatter()
        matter.title = title
        matter.weight = weight
        matter.date = date.flatMap { CalendarDate($0) }
        return Page(
            path: ContentPath(section: section, slug: slug, language: language),
            source: "content/\(section.isEmpty ? "" : section + "/")\(slug).\(language).md", frontMatter: matter,
            body: "",
            bodyStartLine: 4)
    }

    @Test func childrenMatchAFilterOverAllPages() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
        var pages: [Page] = []
        for language in ["ja", "en"] {
            pages.append(Self.page("", "_index", language, title: "Home"))
            for section in ["events", "events/2025", "news"] {
                pages.append(Self.page(section, "_index", language, title: section))
                for index in 0..<12 {
                    pages.append(
                        Self.page(
                            section, "p\(index)", language, weight: index % 4 == 0 ? index : nil,
                            date: index % 3 == 0 ? nil : "2025-0\(index % 9 + 1)-1\(index % 7)", title: "T\(index % 5)")
                    )
                }
            }
        }
        let index = try SiteIndex(config: config, pages: pages.reversed())
        for section in ["events", "events/2025", "news", "", "missing"] {
            for language in ["ja", "en", "fr"] {
                let expected = index.pages.filter {
                    $0.kind == .page && $0.path.section == section && $0.language == language
                }
                .sorted {
                    SiteIndex.listOrder($0, $1, order: config.contentModel.schema(for: $0.sectionRoot)?.order)
                }
                #expect(index.children(of: section, language: language) == expected, "\(section) \(language)")
            }
        }
        #expect(index.children(of: "events", language: "ja").count == 12)
    }
}
