import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

@Suite struct ContentPathTests {
    @Test(arguments: [
        ("vision.ja.md", "", "vision", "ja"),
        ("strategy/vision.en.md", "strategy", "vision", "en"),
        ("strategy/_index.ja.md", "strategy", "_index", "ja"),
        ("_index.en.md", "", "_index", "en"),
        ("a/b/c-2.ja.md", "a/b", "c-2", "ja"),
    ])
    func parsesPaths(_ path: String, _ section: String, _ slug: String, _ language: String) throws {
        let parsed = try ContentPath.parse(path, displayPath: path, languages: ["ja", "en"])
        #expect(parsed == ContentPath(section: section, slug: slug, language: language))
    }

    @Test(arguments: [
        ("Vision.ja.md", "the slug `Vision` is not allowed", "vision"),
        ("my page.ja.md", "the slug `my page` is not allowed", "my-page"),
        ("vision.md", "a page's file name must be `<slug>.<language>.md`", "vision.ja.md"),
        ("vision.de.md", "`de` is not a language of this site", "ja, en"),
        ("Strategy/vision.ja.md", "the folder name `Strategy` is not allowed", "strategy"),
        ("-a.ja.md", "the slug `-a` is not allowed", "`a.ja.md`"),
    ])
    func rejectsPathsOutsideTheContract(_ path: String, _ message: String, _ hint: String) {
        #expect {
            try ContentPath.parse(path, displayPath: "content/" + path, languages: ["ja", "en"])
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.message.contains(message) && (diagnostic.hint ?? "").contains(hint)
        }
    }
}
