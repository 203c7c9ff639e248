import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A corpus of broken content: each case names the file and place, says what to do, exits
/// non-zero and leaves the previous site exactly as it was.
@Suite struct BrokenInputTests {
    /// A good site to which each case adds or replaces one file.
    static let base: [String: String] = [
        "content/site.yaml": FixtureSite.siteYAMLWithoutMenus,
        "content/_index.ja.md": "---\ntitle: ホーム\n---\n",
        "content/_index.en.md": "---\ntitle: Home\n---\n",
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        /// The start of the expected diagnostic (`path:line:col: error: message`).
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "empty file", files: ["content/a.ja.md": ""],
            expected: "content/a.ja.md:1:1: error: the file is empty"),
        Case(
            name: "front matter never closed", files: ["content/a.ja.md": "---\ntitle: A\n\nbody\n"],
            expected: "content/a.ja.md:1:1: error: the front matter opened on line 1 is never closed"),
        Case(
            name: "no front matter", files: ["content/a.ja.md": "# Title\n"],
            expected: "content/a.ja.md:1:1: error: the file does not start with front matter"),
        Case(
            name: "front matter not a mapping", files: ["content/a.ja.md": "---\n- title\n- two\n---\n"],
            expected: "content/a.ja.md:2:1: error: the front matter must be `key: value` lines"),
        Case(
            name: "invalid YAML", files: ["content/a.ja.md": "---\ntitle: A\ndate: [2025\n---\n"],
            expected: "content/a.ja.md:4:1: error: invalid YAML"),
        Case(
            name: "link to a misspelled page",
            files: [
                "content/strategy/vision.ja.md": "---\ntitle: ビジョン\n---\n",
                "content/events/a.ja.md":
                    "---\ntitle: A\ndate: 2025-02-18\nvenue: 北九州市\n---\n[ビジョン](../strategy/vison.md)\n",
            ],
            expected:
                "content/events/a.ja.md:6:1: error: the link `../strategy/vison.md` points to content/strategy/vison.md, which does not exist; did you mean `../strategy/vision.md`?"
        ),
        Case(
            name: "date with one-digit month and day",
            files: ["content/a.ja.md": "---\ntitle: A\ndate: 2026-2-5\n---\n"],
            expected:
                "content/a.ja.md:3:7: error: `date` is `2026-2-5`, which is not a calendar date; write it as 2026-02-05"
        ),
        Case(
            name: "date with slashes",
            files: ["content/a.ja.md": "---\ntitle: A\ndate: 2025/3/5\n---\n"],
            expected:
                "content/a.ja.md:3:7: error: `date` is `2025/3/5`, which is not a calendar date; write it as 2025-03-05"
        ),
        Case(
            name: "time range",
            files: ["content/events/a.ja.md": "---\ntitle: A\ndate: 2025-02-18\nvenue: V\ntime: 14:00～16:00\n---\n"],
            expected:
                "content/events/a.ja.md:5:7: error: `time` is `14:00～16:00`, which is not a time of day; `time` is when it starts"
        ),
        Case(
            name: "misspelled title",
            files: ["content/a.en.md": "---\ntitel: Open day\n---\n"],
            expected:
                "content/a.en.md:2:1: error: the page has no `title`; `titel:` is not a key sitegen knows: rename it to `title:`"
        ),
        Case(
            name: "missing venue, declared required by the site",
            files: ["content/events/a.en.md": "---\ntitle: Open day\ndate: 2026-02-05\n---\n"],
            expected: "content/events/a.en.md:2:1: error: events pages need `venue`; add `venue: …` to the front matter"
        ),
        // Slips named in the author's words, at their line, not where the parser gave up.
        Case(
            name: "full-width colon",
            files: ["content/a.ja.md": "---\ntitle：\"発表\"\nsummary: 概要\n---\n"],
            expected:
                "content/a.ja.md:2:6: error: `title：` has a full-width colon `：`; after a key YAML needs the ASCII colon `:`; write `title: `"
        ),
        Case(
            name: "unclosed quote",
            files: ["content/a.ja.md": "---\ntitle: \"発表\nsummary: 概要\ndate: 2025-02-18\n---\n"],
            expected: "content/a.ja.md:2:8: error: the quote \" opened here is not closed on this line"),
        // Valid YAML above the real slip is not blamed for it.
        Case(
            name: "full-width colon inside a folded text, then a real error",
            files: ["content/a.ja.md": "---\ntitle: A\nsummary: >\n  日時：2月5日\nweight: [3\n---\n"],
            expected: "content/a.ja.md:6:1: error: invalid YAML: while parsing a flow sequence"),
        Case(
            name: "quoted text over two lines, then a real error",
            files: ["content/a.ja.md": "---\ntitle: \"会議の案内\n  二行目\"\nweight: [3\n---\n"],
            expected: "content/a.ja.md:5:1: error: invalid YAML: while parsing a flow sequence"),
        Case(
            name: "tab indentation",
            files: ["content/a.ja.md": "---\ntitle: 発表\n\tsummary: 概要\n---\n"],
            expected: "content/a.ja.md:3:1: error: this line starts with a tab, and YAML indents with spaces only"),
        Case(
            name: "a key twice", files: ["content/a.ja.md": "---\ntitle: A\nweight: 1\ntitle: B\n---\n"],
            expected: "content/a.ja.md:2:1: error: the key title appears twice"),
        Case(
            name: "a key once as a number, once quoted",
            files: ["content/a.ja.md": "---\ntitle: A\n1: x\n\"1\": y\n---\n"],
            expected: "content/a.ja.md:3:1: error: the key 1 appears twice"),
        Case(
            name: "missing title", files: ["content/a.ja.md": "---\nsummary: s\n---\n"],
            expected: "content/a.ja.md:2:1: error: the page has no `title`"),
        Case(
            name: "empty title", files: ["content/a.ja.md": "---\nsummary: s\ntitle:\n---\n"],
            expected: "content/a.ja.md:3:1: error: `title` is empty; write the page's title after `title:`"),
        Case(
            name: "title of spaces", files: ["content/a.ja.md": "---\ntitle: \"  \"\n---\n"],
            expected: "content/a.ja.md:2:1: error: `title` is empty"),
        Case(
            name: "bad date", files: ["content/a.ja.md": "---\ntitle: A\ndate: 2025-02-30\n---\n"],
            expected: "content/a.ja.md:3:7: error: `date` is `2025-02-30`, which is not a calendar date"),
        Case(
            name: "event without venue",
            files: ["content/events/x.ja.md": "---\ntitle: X\ndate: 2025-02-18\n---\n"],
            expected: "content/events/x.ja.md:2:1: error: events pages need `venue`"),
        Case(
            name: "partner kind outside the set",
            files: ["content/partners/x.ja.md": "---\ntitle: X\nkind: school\ncountry: JP\n---\n"],
            expected:
                "content/partners/x.ja.md:3:7: error: `kind` is `school`, which is not one of its choices; use one of university"
        ),
        Case(
            name: "file name with a space", files: ["content/my page.ja.md": "---\ntitle: A\n---\n"],
            expected: "content/my page.ja.md: error: the slug `my page` is not allowed in addresses"),
        Case(
            name: "file name in Japanese", files: ["content/概要.ja.md": "---\ntitle: A\n---\n"],
            expected: "content/概要.ja.md: error: the slug `概要` is not allowed in addresses"),
        Case(
            name: "file name with dots", files: ["content/..a.ja.md": "---\ntitle: A\n---\n"],
            expected: ""),  // hidden files (leading dot) are skipped, so this one builds
        Case(
            name: "file name with .. inside", files: ["content/a..b.ja.md": "---\ntitle: A\n---\n"],
            expected: "content/a..b.ja.md: error: a page's file name must be `<slug>.<language>.md`"),
        Case(
            name: "file name with a dot in the slug", files: ["content/my.page.en.md": "---\ntitle: A\n---\n"],
            expected:
                "content/my.page.en.md: error: a page's file name must be `<slug>.<language>.md`; rename it to `my-page.en.md`"
        ),
        Case(
            name: "file name without a language", files: ["content/my_page.md": "---\ntitle: A\n---\n"],
            expected:
                "content/my_page.md: error: a page's file name must be `<slug>.<language>.md`; rename it to `my-page.ja.md`"
        ),
        Case(
            name: "unknown language", files: ["content/a.fr.md": "---\ntitle: A\n---\n"],
            expected: "content/a.fr.md: error: `fr` is not a language of this site"),
        Case(
            name: "translationKey escaping site/",
            files: ["content/a.ja.md": "---\ntitle: A\ntranslationKey: ../../etc\n---\n"],
            expected: "content/a.ja.md:3:17: error: `translationKey` `../../etc` may hold only"),
        Case(
            name: "two pages for one address",
            files: [
                "content/a.ja.md": "---\ntitle: A\ntranslationKey: b\n---\n", "content/b.ja.md": "---\ntitle: B\n---\n",
            ],
            expected: "content/b.ja.md: error: this page and content/a.ja.md are both the ja version of `/b`"),
        Case(
            name: "link to a missing page", files: ["content/a.ja.md": "---\ntitle: A\n---\n\nsee [x](nope.md)\n"],
            expected: "content/a.ja.md:5:5: error: the link `nope.md` points to content/nope.md"),
        Case(
            name: "unclosed template section",
            files: ["templates/page.mustache": "{{<base}}{{$main}}\n{{#page.date}}\n{{/main}}{{/base}}"],
            expected: "templates/page.mustache:"),
        Case(
            name: "template including itself through another",
            files: [
                "templates/home.mustache": "<main>{{> partials/a}}</main>",
                "templates/partials/a.mustache": "{{#menu}}\n{{> partials/b}}\n{{/menu}}",
                "templates/partials/b.mustache": "<p>\n  {{> partials/a}}</p>",
            ],
            expected:
                "templates/partials/b.mustache:2:3: error: the template `partials/a` includes itself (`partials/a` → `partials/b` → `partials/a`)"
        ),
        Case(
            name: "template section closed with the wrong name",
            files: ["templates/home.mustache": "<main>\n{{#page.date}}{{/page.title}}\n</main>"],
            expected:
                "templates/home.mustache:2:15: error: template error: `{{/page.title}}` comes while `{{#page.date}}` (line 2, column 1) is still open; close it first with {{/page.date}}"
        ),
        Case(
            name: "template section never closed",
            files: [
                "templates/home.mustache":
                    "<main>\n{{#page.date}}\n<ul>{{#pages}}<li>{{title}}</li>\n</ul>{{/page.date}}\n</main>"
            ],
            expected:
                "templates/home.mustache:4:6: error: template error: `{{/page.date}}` comes while `{{#pages}}` (line 3, column 5) is still open"
        ),
        Case(
            name: "template section closed at the end of a partial",
            files: ["templates/partials/item.mustache": "<li>\n{{#summary}}{{summary}}\n</li>\n"],
            expected:
                "templates/partials/item.mustache:2:1: error: template error: `{{#summary}}` is never closed; add {{/summary}} where the section ends"
        ),
        Case(
            name: "ampersand tag",
            files: ["templates/home.mustache": "<main>\n{{&page.content}}\n</main>"],
            expected:
                "templates/home.mustache:2:1: error: swift-mustache has no `{{&…}}`: `{{&page.content}}` prints nothing; write {{{page.content}}}"
        ),
        Case(
            name: "missing partial", files: ["templates/home.mustache": "<main>\n  {{> partials/nope}}\n</main>"],
            expected: "templates/home.mustache:2:3: error: the partial `partials/nope` does not exist"),
        Case(
            name: "misspelled partial",
            files: [
                "templates/partials/header.mustache": "<header></header>",
                "templates/home.mustache": "<main>\n{{> partials/heder}}\n</main>",
            ],
            expected:
                "templates/home.mustache:2:1: error: the partial `partials/heder` does not exist; did you mean `partials/header`?"
        ),
        Case(
            name: "unknown layout", files: ["content/a.ja.md": "---\ntitle: A\nlayout: fancy\n---\n"],
            expected: "content/a.ja.md:3:1: error: the layout `fancy` does not exist"),
        Case(
            name: "language without a name",
            files: [
                "content/site.yaml":
                    "baseURL: https://example.org/\nlanguages:\n  ja: { locale: ja_JP, title: T }\n"
            ],
            expected: "content/site.yaml:3:7: error: language `ja` has no `name`"),
        Case(
            name: "misspelt languages",
            files: [
                "content/site.yaml":
                    "baseURL: https://example.org/\nlanguges:\n  ja: { name: 日本語, locale: ja_JP, title: T }\n"
            ],
            expected:
                "content/site.yaml:2:1: error: missing `languages`; `languges:` is not a key sitegen knows: rename it to `languages:`"
        ),
        Case(
            name: "language with a misspelt name",
            files: [
                "content/site.yaml":
                    "baseURL: https://example.org/\nlanguages:\n  ja: { nmae: 日本語, locale: ja_JP, title: T }\n"
            ],
            expected:
                "content/site.yaml:3:9: error: language `ja` has no `name`; `nmae:` is not a key sitegen knows: rename it to `name:`"
        ),
        Case(
            name: "billion laughs",
            files: [
                "content/a.ja.md": """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                title: A
                ---
                """
            ],
            expected: "content/a.ja.md:2:1: error: YAML expands to more than"),
    ]

    @Test(arguments: cases)
    func brokenInputIsReportedAndTheSiteKept(_ item: Case) async throws {
        let site = FixtureSite(Self.base)
        defer { site.remove() }
        try await site.build()
        let before = snapshot(site)
        var broken = FixtureSite(Self.base.merging(item.files) { $1 })
        broken = FixtureSite(root: site.root, files: broken.files)
        if item.expected.isEmpty {
            try await broken.build()
            return
        }
        let diagnostics = try await broken.failure()
        let lines = diagnostics.map(\.description)
        let match = diagnostics.first { $0.description.hasPrefix(item.expected) }
        #expect(match != nil, "got: \(lines)")
        #expect(match?.hint != nil, "the message must say what to do")
        #expect(snapshot(site) == before, "the previous site changed")
    }

    func snapshot(_ site: FixtureSite) -> [String: String] {
        Dictionary(uniqueKeysWithValues: site.outputFiles().map { ($0, site.read($0) ?? "") })
    }
}
