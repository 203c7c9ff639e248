import Testing

@testable import SitegenKit

/// `LinkResolver.asciiTarget`, the byte-level reading of usual links, must find what the
/// general `Character` walk finds, for every link it answers at all.
@Suite struct LinkResolverPathTests {
    @Test func asciiTargetsAreTheGeneralOnes() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
        var pages: [Page] = []
        for language in ["ja", "en"] {
            pages.append(SiteIndexChildrenTests.page("", "_index", language, title: "Home"))
            for section in ["events", "events/2025", "news"] {
                pages.append(SiteIndexChildrenTests.page(section, "_index", language, title: section))
                for slug in ["p1", "p2"] {
                    pages.append(SiteIndexChildrenTests.page(section, slug, language, title: slug))
                }
            }
        }
        pages.append(SiteIndexChildrenTests.page("news", "only", "ja", title: "only"))
        let index = try SiteIndex(config: config, pages: pages)
        let resolver = LinkResolver(index: index, mediaPaths: ["media/map.png", "media/x/y.pdf"])
        let prefixes = ["", "./", "../", "../../", "../../../", "events/", "news/", "2025/", "/", "#", "x/../"]
        let names = [
            "p1.md", "p1.en.md", "p1.ja.md", "p1.fr.md", "_index.md", "only.md", "only.en.md", "missing.md",
            "media/map.png", "media/none.png", "x.md/media/..", "p1.md/..", ".md", "a..md", "p1.md/.", "media/",
            "media/x/y.pdf", "p1", "https://x/y.md", "mailto:a@b", "x:y/z.md", "p1.a.b.md", "", "..", "media/map.png/",
        ]
        let suffixes = ["", "#t", "?q=1#t", "#", "?", "#a#b"]
        var answered = 0
        var differing: [String] = []
        for page in pages {
            for prefix in prefixes {
                for name in names {
                    for suffix in suffixes {
                        let url = prefix + name + suffix
                        guard let fast = resolver.asciiTarget(of: url, in: page) else { continue }
                        answered += 1
                        let link = LinkReference(url: url, isImage: false, line: 1, column: 1, text: "")
                        let general = try? resolver.generalTarget(of: link, in: page)
                        if general != fast { differing.append("\(page.source): \(url)") }
                    }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
        #expect(answered > 10_000, "the byte-level reading must answer the usual links")
    }
}
