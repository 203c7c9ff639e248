import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `page.previous`, `page.next`, `page.position` and `page.count`: a page's neighbours in its
/// section's declared order, in its own language, drafts left out.
@Suite struct NeighbourTests {
    static let pageTemplate = """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>\
        {{#page.position}}<p class="place">{{page.position}}/{{page.count}}</p>{{/page.position}}\
        <nav aria-label="pages">\
        {{#page.previous}}<a rel="prev" href="{{url}}">{{title}} ({{position}})</a>{{/page.previous}}\
        {{#page.next}}<a rel="next" href="{{url}}">{{title}} ({{position}})</a>{{/page.next}}\
        </nav>{{/main}}{{/base}}
        """

    /// A section ordered oldest first: the weights say the opposite, so only the declared
    /// order gives the expected sequence.
    static let siteYAML = """
        baseURL: https://example.org/
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: テストサイト }
          en: { name: English, locale: en_US, title: Test Site }
        theme: { builtIn: false }
        sections:
          steps: { order: date-ascending }
        """

    static func page(_ title: String, date: String, weight: Int, draft: Bool = false) -> String {
        "---\ntitle: \(title)\ndate: \(date)\nweight: \(weight)\(draft ? "\ndraft: true" : "")\n---\n本文\n"
    }

    static let files: [String: String] = [
        "content/site.yaml": siteYAML,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n", "content/_index.en.md": "---\ntitle: Home\n---\n",
        "content/about.ja.md": "---\ntitle: 概要\n---\n", "content/about.en.md": "---\ntitle: About\n---\n",
        "content/steps/_index.ja.md": "---\ntitle: 手順\n---\n", "content/steps/_index.en.md": "---\ntitle: Steps\n---\n",
        "content/steps/one.ja.md": page("一", date: "2025-01-01", weight: 30),
        "content/steps/one.en.md": page("One", date: "2025-01-01", weight: 30),
        "content/steps/two.ja.md": page("二", date: "2025-02-01", weight: 20),
        "content/steps/draft.ja.md": page("下書き", date: "2025-02-15", weight: 15, draft: true),
        "content/steps/three.ja.md": page("三", date: "2025-03-01", weight: 10),
        "content/steps/three.en.md": page("Three", date: "2025-03-01", weight: 10),
        "templates/page.mustache": pageTemplate,
    ]

    @Test(arguments: [false, true])
    func pagesLinkToTheirNeighboursInTheSectionsOrder(drafts: Bool) async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        try await site.build(BuildOptions(drafts: drafts))
        let one = try #require(site.read("ja/steps/one/index.html"))
        #expect(one.contains(#"<p class="place">1/3</p>"#))
        #expect(!one.contains(#"rel="prev""#))
        #expect(one.contains(#"<a rel="next" href="../two/">二 (2)</a>"#))
        let two = try #require(site.read("ja/steps/two/index.html"))
        #expect(two.contains(#"<p class="place">2/3</p>"#))
        #expect(two.contains(#"<a rel="prev" href="../one/">一 (1)</a>"#))
        // The draft between two and three is skipped, with `--drafts` too.
        #expect(two.contains(#"<a rel="next" href="../three/">三 (3)</a>"#))
        let three = try #require(site.read("ja/steps/three/index.html"))
        #expect(three.contains(#"<p class="place">3/3</p>"#))
        #expect(three.contains(#"<a rel="prev" href="../two/">二 (2)</a>"#))
        #expect(!three.contains(#"rel="next""#))
        // A draft shown with `--drafts` has no place of its own.
        if drafts {
            let draft = try #require(site.read("ja/steps/draft/index.html"))
            #expect(
                !draft.contains("class=\"place\"") && !draft.contains(#"rel="prev""#) && !draft.contains(#"rel="next""#)
            )
        }
    }

    @Test func neighboursAreInThePagesOwnLanguage() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        try await site.build()
        // English has no "two": One and Three are neighbours, of two pages.
        let one = try #require(site.read("en/steps/one/index.html"))
        #expect(one.contains(#"<p class="place">1/2</p>"#))
        #expect(one.contains(#"<a rel="next" href="../three/">Three (2)</a>"#))
        // The stand-in for the missing translation is no neighbour and has none.
        let standIn = try #require(site.read("en/steps/two/index.html"))
        #expect(!standIn.contains(#"rel="prev""#) && !standIn.contains(#"rel="next""#))
    }

    @Test func pagesOutsideASectionHaveNoNeighbours() async throws {
        let site = FixtureSite(Self.files)
        defer { site.remove() }
        try await site.build()
        let about = try #require(site.read("ja/about/index.html"))
        #expect(about.contains("<h1>概要</h1>"))
        #expect(
            !about.contains("class=\"place\"") && !about.contains(#"rel="prev""#) && !about.contains(#"rel="next""#))
    }

    /// Neighbours are made only when a template can reach them: named with `page.`, inside a
    /// `page` section, or as a transform's argument; the pager's own `previous` is not theirs.
    @Test(arguments: [
        ("{{#page.previous}}{{title}}{{/page.previous}}", true),
        ("{{page.next.title}}", true),
        ("{{#page}}{{#next}}{{title}}{{/next}}{{/page}}", true),
        ("{{#first(page.previous)}}x{{/first(page.previous)}}", true),
        ("{{#pager}}{{#previous}}{{.}}{{/previous}}{{/pager}} {{page.title}} {{^last()}},{{/last()}}", false),
        ("{{#page.alternates}}{{previous}}{{/page.alternates}}", false),
        ("{{=<% %>=}}<%#page.next%><%title%><%/page.next%>", true),
    ])
    func neighboursAreMadeOnlyWhenATemplateReachesThem(_ text: String, _ reaches: Bool) throws {
        let set = try TemplateSet([TemplateSource(name: "page", displayPath: "templates/page.mustache", text: text)])
        #expect((set.reaches(pageKey: "previous") || set.reaches(pageKey: "next")) == reaches)
    }
}
