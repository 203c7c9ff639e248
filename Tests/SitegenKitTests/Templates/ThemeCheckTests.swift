import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Names in templates that lead nowhere print nothing in mustache: `build` and `check` say so
/// at the tag, with the nearest name.
@Suite struct ThemeCheckTests {
    static func site(_ changes: [String: String]) -> FixtureSite {
        var files = SiteBuildTests.pairedSite
        for (path, text) in changes { files[path] = text }
        return FixtureSite(files)
    }

    @Test func aMissingAssetStopsTheBuildAtItsTag() async throws {
        let base = FixtureSite.minimalTheme["templates/base.mustache"]!
        let site = Self.site([
            "templates/base.mustache": base.replacingOccurrences(of: "assets.style_css", with: "assets.style.css")
        ])
        defer { site.remove() }
        let problem = try #require(try await site.failure().first)
        #expect(problem.path == "templates/base.mustache" && problem.line == 3 && problem.column == 45, "\(problem)")
        #expect(
            problem.message == "`assets.style.css` is not a file of templates/assets/, so it prints an empty address")
        #expect(problem.hint?.hasPrefix("did you mean `assets.style_css`?") == true, "\(problem.hint ?? "")")
        // A section may test for an asset that is not there, and print it inside.
        let optional = Self.site([
            "templates/base.mustache": base.replacingOccurrences(
                of: "<body>", with: "<body>{{#assets.logo_svg}}<img src=\"{{assets.logo_svg}}\">{{/assets.logo_svg}}")
        ])
        defer { optional.remove() }
        try await optional.build()
        #expect(optional.read("ja/index.html")?.contains("<img") == false)
    }

    @Test func namesThatPrintNothingWarn() async throws {
        let page =
            "{{<base}}{{$main}}<h1>{{page.titel}}</h1><p>{{t.notTranslatd}}</p>{{page.content}}{{#page.summary}}{{/page.summary}}{{page.params.color}}{{#pages}}{{title}}{{/pages}}{{/main}}{{/base}}"
        let site = Self.site(["templates/page.mustache": page])
        defer { site.remove() }
        let warnings = try await site.build().result.warnings.filter { $0.path == "templates/page.mustache" }
        #expect(
            warnings.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message) \($0.hint ?? "")" } == [
                "1:23 `page.titel` is not a value pages have, so it prints nothing did you mean `page.title`?",
                "1:45 `t.notTranslatd` is in no file of templates/i18n/, so it prints nothing did you mean `t.notTranslated`?",
                "1:67 `{{page.content}}` escapes the HTML it holds, so readers see its tags as text write {{{page.content}}} with three braces",
            ])
        let report = CheckFixture.check(site.files.mapValues { Optional($0) })
        #expect(report.findings.filter { $0.path == "templates/page.mustache" }.count == 3, "\(report.text)")
    }

    @Test func aStringMissingInOneLanguageWarnsAtItsFile() async throws {
        let site = Self.site(["templates/i18n/ja.yaml": "notTranslated: 未翻訳です\nannounce: お知らせ\n"])
        defer { site.remove() }
        let warning = try #require(try await site.build().result.warnings.first { $0.path.hasSuffix("en.yaml") })
        #expect(warning.path == "templates/i18n/en.yaml")
        #expect(warning.message == "`announce` is in ja.yaml but not here, so en pages show nothing there")
        // A string a template tests for is optional, and a file needs no badge for its own language.
        let optional = Self.site([
            "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\nannounce: お知らせ\nonlyIn_en: 英語のみ\n",
            "templates/home.mustache":
                "{{<base}}{{$main}}{{#t.announce}}<p>{{t.announce}}</p>{{/t.announce}}{{/main}}{{/base}}",
        ])
        defer { optional.remove() }
        let warnings = try await optional.build().result.warnings.filter { $0.path.hasPrefix("templates/") }
        #expect(warnings.isEmpty, "\(warnings)")
    }

    /// A layout name that is not one offers the page layouts only, and the one meant.
    @Test func aWrongLayoutNamesThePageLayouts() async throws {
        for (written, meant) in [
            ("Page", "did you mean `page`? "), ("page.mustache", "did you mean `page`? "), ("fancy", ""),
        ] {
            let site = Self.site([
                "content/strategy/vision.en.md": "---\ntitle: Vision\nlayout: \(written)\n---\nBody\n"
            ])
            defer { site.remove() }
            let problem = try #require(try await site.failure().first)
            #expect(problem.message == "the layout `\(written)` does not exist" && problem.line == 3)
            #expect(
                problem.hint?.hasPrefix(meant + "use one of home, list, page, or create") == true,
                "\(problem.hint ?? "")")
        }
    }

    /// Every key the page contexts really have is one the check knows.
    @Test func pageKeysAreThoseOfThePageContexts() throws {
        var matter = FrontMatter()
        matter.title = "T"
        matter.summary = "S"
        matter.tagline = "G"
        matter.date = CalendarDate("2025-02-18")
        matter.updated = CalendarDate("2025-03-01")
        matter.fields = [
            "endDate": .date(CalendarDate("2025-02-19")!), "time": .time(TimeOfDay("14:00")!), "venue": .text("V"),
            "kind": .choice("university"), "country": .country("JP"), "website": .url("https://example.org/"),
        ]
        matter.extra = ["color": "green"]
        let config = try SiteConfig.parse(FixtureSite.siteYAMLWithoutMenus, path: "site.yaml")
        let path = try ContentPath.parse(
            "events/x.en.md", displayPath: "content/events/x.en.md", languages: ["ja", "en"])
        let page = Page(path: path, source: "content/events/x.en.md", frontMatter: matter, body: "", bodyStartLine: 10)
        let index = try SiteIndex(config: config, pages: [page])
        let context = PageContext(index: index, strings: [:], assetURLs: [:])
        let headings = (1...3).map { Heading(level: 2, text: "h\($0)", id: "h\($0)") }
        let values = context.pageValues(
            page, language: config.languages[1], from: "en/events/x/",
            content: RenderedMarkdown(html: "<p>x</p>", headings: headings))
        #expect(Set(values.keys).subtracting(ThemeCheck.pageKeys).isEmpty, "\(values.keys)")
    }
}
