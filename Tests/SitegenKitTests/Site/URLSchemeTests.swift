import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

@Suite struct URLSchemeTests {
    @Test(arguments: [
        (ContentPath(section: "", slug: "_index", language: "ja"), "ja/index.html"),
        (ContentPath(section: "strategy", slug: "_index", language: "en"), "en/strategy/index.html"),
        (ContentPath(section: "strategy", slug: "vision", language: "ja"), "ja/strategy/vision/index.html"),
        (ContentPath(section: "", slug: "contact", language: "en"), "en/contact/index.html"),
    ])
    func outputFiles(_ path: ContentPath, _ expected: String) {
        #expect(URLScheme.outputFile(of: path) == expected)
    }

    @Test(arguments: [
        ("ja/strategy/vision/", "ja/strategy/targets/", "../targets/"),
        ("ja/strategy/vision/", "ja/strategy/vision/", "./"),
        ("ja/strategy/vision/", "en/strategy/vision/", "../../../en/strategy/vision/"),
        ("ja/", "ja/events/", "events/"),
        ("ja/events/", "ja/", "../"),
        ("ja/events/x/", "assets/style.css", "../../../assets/style.css"),
        ("", "ja/", "ja/"),
        ("ja/", "ja/index.html", "index.html"),
        ("ja/a/", "ja/a.css", "../a.css"),
    ])
    func relativeAddresses(_ from: String, _ to: String, _ expected: String) {
        #expect(URLScheme.relative(from: from, to: to) == expected)
    }

    @Test func noAddressIsRootRelative() {
        for from in ["", "ja/", "ja/a/", "ja/a/b/"] {
            for to in ["", "ja/", "en/a/b/", "assets/x.css"] {
                #expect(!URLScheme.relative(from: from, to: to).hasPrefix("/"))
            }
        }
    }
}
