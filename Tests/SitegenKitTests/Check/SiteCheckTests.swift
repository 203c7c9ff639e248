import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `sitegen check`: one fixture per finding, each asserted at its exact place.
@Suite struct SiteCheckTests {
    /// What a test expects of one finding: place, severity and a part of the message.
    struct Expected: CustomStringConvertible, Sendable {
        var path: String
        var line: Int
        var column: Int
        var severity: Diagnostic.Severity
        var message: String

        init(_ path: String, _ line: Int, _ column: Int, _ severity: Diagnostic.Severity, _ message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.severity = severity
            self.message = message
        }

        func matches(_ finding: Diagnostic) -> Bool {
            finding.path == path && finding.line == line && finding.column == column && finding.severity == severity
                && finding.message.contains(message)
        }

        var description: String { "\(path):\(line):\(column): \(severity): …\(message)…" }
    }

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var changes: [String: String?]
        var expected: [Expected]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "page without a translation",
            changes: ["content/events/launch.en.md": nil],
            expected: [.init("content/events/launch.ja.md", 1, 1, .warning, "no English (en) translation")]),
        Case(
            name: "broken link",
            changes: [
                "content/events/launch.en.md":
                    "---\ntitle: Launch\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: K\nweight: 1\n---\nSee [the plan](../strategy/plan.md).\n"
            ],
            expected: [
                .init(
                    "content/events/launch.en.md", 8, 5, .error,
                    "points to content/strategy/plan.md, which does not exist")
            ]),
        Case(
            name: "broken link in Japanese, column in characters",
            changes: [
                "content/events/launch.ja.md":
                    "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n詳しくは[計画](../strategy/plan.md)へ\n"
            ],
            expected: [
                .init(
                    "content/events/launch.ja.md", 8, 5, .error,
                    "points to content/strategy/plan.md, which does not exist")
            ]),
        Case(
            name: "date label without a date",
            changes: [
                "content/strategy/vision.en.md": "---\ntitle: Vision\ndateLabel: Fiscal 2023\n---\n## Our targets\n"
            ],
            expected: [.init("content/strategy/vision.en.md", 3, 1, .warning, "`dateLabel` has no `date` to stand for")]
        ),
        Case(
            name: "broken anchor on another page",
            changes: ["content/_index.en.md": "---\ntitle: Home\n---\n\n[Vision](strategy/vision.md#targets)\n"],
            expected: [
                .init(
                    "content/_index.en.md", 5, 1, .error,
                    "points to `#targets`, which is not a heading of content/strategy/vision.en.md")
            ]),
        Case(
            name: "broken anchor on the same page",
            changes: [
                "content/strategy/vision.en.md":
                    "---\ntitle: Vision\n---\n## Our targets\n\nSee [below](#targets).\n\n![Map of the park](../media/map.png)\n"
            ],
            expected: [
                .init(
                    "content/strategy/vision.en.md", 6, 5, .error,
                    "points to `#targets`, which is not a heading of this page")
            ]),
        Case(
            name: "link to a draft",
            changes: [
                "content/strategy/plan.ja.md": "---\ntitle: 計画\ndraft: true\n---\n",
                "content/strategy/plan.en.md": "---\ntitle: Plan\ndraft: true\n---\n",
                "content/_index.en.md":
                    "---\ntitle: Home\n---\n[Vision](strategy/vision.md#our-targets) and [plan](strategy/plan.md)\n",
            ],
            expected: [
                .init("content/_index.en.md", 4, 46, .error, "points to content/strategy/plan.en.md, which is a draft")
            ]),
        Case(
            name: "missing title",
            changes: [
                "content/strategy/vision.en.md":
                    "---\nsummary: no title\n---\n## Our targets\n\n![Map of the park](../media/map.png)\n"
            ],
            expected: [.init("content/strategy/vision.en.md", 2, 1, .error, "the page has no `title`")]),
        Case(
            name: "event without date or venue",
            changes: ["content/events/launch.en.md": "---\ntitle: Launch\ntime: \"14:00\"\nweight: 1\n---\n"],
            expected: [
                .init("content/events/launch.en.md", 2, 1, .error, "events pages need `date`"),
                .init("content/events/launch.en.md", 2, 1, .error, "events pages need `venue`"),
                // Not again as "`date` is missing here but 2025-02-18 in launch.ja.md": one place, one finding.
            ]),
        Case(
            name: "partner without kind and with a country outside the set; every problem of the file",
            changes: [
                "content/partners/kyutech.en.md":
                    "---\ntitle: Kyutech\ncountry: Japan\nwebsite: www.kyutech.ac.jp\n---\n"
            ],
            expected: [
                .init("content/partners/kyutech.en.md", 2, 1, .error, "partners pages need `kind`"),
                .init(
                    "content/partners/kyutech.en.md", 3, 10, .error,
                    "`country` is `Japan`, which is not an ISO 3166-1 alpha-2 code"),
                .init("content/partners/kyutech.en.md", 4, 10, .error, "`website` must be an absolute address"),
            ]),
        Case(
            name: "partner kind outside the allowed set",
            changes: [
                "content/partners/kyutech.en.md":
                    "---\ntitle: Kyutech\nkind: college\ncountry: JP\nwebsite: https://www.kyutech.ac.jp/\n---\n"
            ],
            expected: [
                .init(
                    "content/partners/kyutech.en.md", 3, 7, .error,
                    "`kind` is `college`, which is not one of its choices")
            ]),
        Case(
            name: "date that does not parse",
            changes: [
                "content/events/launch.en.md":
                    "---\ntitle: Launch\ndate: 2025-02-30\ntime: \"14:00\"\nvenue: K\nweight: 1\n---\n"
            ],
            expected: [
                .init(
                    "content/events/launch.en.md", 3, 7, .error, "`date` is `2025-02-30`, which is not a calendar date")
            ]),
        Case(
            name: "unknown key names the nearest known key",
            changes: [
                "content/strategy/vision.en.md":
                    "---\ntitle: Vision\ntilte: Visoin\n---\n## Our targets\n\n![Map of the park](../media/map.png)\n"
            ],
            expected: [.init("content/strategy/vision.en.md", 3, 1, .warning, "`tilte` is not a front matter key")]),
        Case(
            name: "event facts differ between the languages",
            changes: [
                "content/events/launch.en.md":
                    "---\ntitle: Launch\ndate: 2025-02-19\nendDate: 2025-02-20\ntime: \"15:00\"\nvenue: K\n---\n"
            ],
            expected: [
                .init(
                    "content/events/launch.en.md", 3, 1, .error,
                    "`date` is `2025-02-19` here but `2025-02-18` in content/events/launch.ja.md"),
                .init(
                    "content/events/launch.en.md", 4, 1, .error,
                    "`endDate` is `2025-02-20` here but missing in content/events/launch.ja.md"),
                .init("content/events/launch.en.md", 5, 1, .error, "`time` is `15:00` here but `14:00`"),
                .init("content/events/launch.en.md", 2, 1, .error, "`weight` is missing here but `1`"),
            ]),
        Case(
            name: "partner facts differ between the languages",
            changes: [
                "content/partners/kyutech.en.md":
                    "---\ntitle: Kyutech\nkind: company\ncountry: TW\nwebsite: https://example.org/\n---\n"
            ],
            expected: [
                .init("content/partners/kyutech.en.md", 3, 1, .error, "`kind` is `company` here but `university`"),
                .init("content/partners/kyutech.en.md", 4, 1, .error, "`country` is `TW` here but `JP`"),
                .init("content/partners/kyutech.en.md", 5, 1, .error, "`website` is `https://example.org/` here"),
            ]),
        Case(
            name: "draft differs between the languages",
            changes: ["content/strategy/vision.ja.md": "---\ntitle: ビジョン\ndraft: true\n---\n## 目標\n"],
            expected: [
                .init(
                    "content/strategy/vision.en.md", 2, 1, .error,
                    "`draft` is `false` here but `true` in content/strategy/vision.ja.md"),
                .init("content/strategy/vision.en.md", 1, 1, .warning, "no 日本語 (ja) translation"),
                // The Japanese home's link now leads to the English version, which has no such heading.
                .init(
                    "content/_index.ja.md", 4, 1, .error,
                    "points to `#目標`, which is not a heading of content/strategy/vision.en.md"),
            ]),
        Case(
            name: "image without alt text, missing media, image outside media",
            changes: [
                "content/strategy/vision.en.md":
                    "---\ntitle: Vision\n---\n## Our targets\n\n![](../media/map.png) ![Plan](../media/plan.png)\n![Photo](photo.jpg)\n"
            ],
            expected: [
                .init("content/strategy/vision.en.md", 6, 1, .warning, "the image `../media/map.png` has no alt text"),
                .init("content/strategy/vision.en.md", 6, 23, .error, "the file content/media/plan.png does not exist"),
                .init(
                    "content/strategy/vision.en.md", 7, 1, .error,
                    "the image `photo.jpg` is not a file in content/media/"),
            ]),
        Case(
            name: "two pages written to the same path",
            changes: [
                "content/events.ja.md": "---\ntitle: イベント\n---\n",
                "content/events.en.md": "---\ntitle: Events\n---\n",
                "content/events/_index.ja.md": "---\ntitle: イベント一覧\n---\n",
                "content/events/_index.en.md": "---\ntitle: All events\n---\n",
            ],
            expected: [
                .init(
                    "content/events/_index.en.md", 1, 1, .error,
                    "this page and content/events.en.md would both be written to site/en/events/index.html"),
                .init(
                    "content/events/_index.ja.md", 1, 1, .error,
                    "this page and content/events.ja.md would both be written to site/ja/events/index.html"),
            ]),
        Case(
            name: "two files whose paths differ only in case",
            changes: ["content/strategy/Vision.en.md": "---\ntitle: Vision again\n---\n"],
            expected: [
                .init(
                    "content/strategy/vision.en.md", 1, 1, .error,
                    "this file and content/strategy/Vision.en.md differ only in case"),
                .init("content/strategy/Vision.en.md", 1, 1, .error, "the slug `Vision` is not allowed in addresses"),
            ]),
        Case(
            name: "emphasis that did not render next to Japanese punctuation",
            changes: [
                // CommonMark's rules, without the Markdown stage's CJK-friendly pass.
                "content/site.yaml": FixtureSite.siteYAML + "\nmarkdown: { cjkFriendly: false }\n",
                "content/events/launch.ja.md":
                    "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\nこれは**「重要」**なお知らせです。\n\n`**「コード」**`は対象外。\n",
            ],
            expected: [
                .init(
                    "content/events/launch.ja.md", 8, 4, .warning,
                    "`**` next to Japanese punctuation did not render as emphasis: the page shows `**「重要」**な`")
            ]),
        Case(
            name: "emphasis left open next to Japanese punctuation",
            changes: [
                "content/events/launch.ja.md":
                    "---\ntitle: 発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n本文。\nこれは**「重要」です。\n"
            ],
            expected: [
                .init(
                    "content/events/launch.ja.md", 9, 4, .warning,
                    "`**` next to Japanese punctuation did not render as emphasis: the page shows `**「重要」です。`")
            ]),
        Case(
            name: "front matter that cannot be read is one finding, not a cascade",
            changes: [
                "content/events/launch.ja.md":
                    "---\ntitle：発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市\nweight: 1\n---\n本文\n"
            ],
            expected: [
                .init(
                    "content/events/launch.ja.md", 2, 6, .error,
                    "`title：` has a full-width colon `：`; after a key YAML needs the ASCII colon `:`")
            ]),
        Case(
            name: "a language span that is not one",
            changes: [
                "content/strategy/vision.en.md":
                    "---\ntitle: Vision\n---\n## Our targets\n\nA [phrase]{lang=en} and [another]{lang=english}.\n\nNot [this]\\{lang=en} nor `]{lang=x}`; [a\nlong one]{lang=en}.\n\nbut]{lang=en}\n"
            ],
            expected: [
                .init(
                    "content/strategy/vision.en.md", 6, 33, .warning,
                    "`]{lang=english}` is not a language tag in braces, so readers see it as written"),
                .init(
                    "content/strategy/vision.en.md", 11, 4, .warning,
                    "`]{lang=en}` has no `[` before it in its paragraph, so readers see it as written"),
            ]),
    ]

    @Test func theCleanSiteHasNoFindings() {
        let report = CheckFixture.check([:])
        #expect(report.findings.isEmpty, "\(report.text)")
        #expect(!report.fails(strict: true))
    }

    @Test(arguments: cases)
    func eachFaultIsReportedAtItsPlace(_ fixture: Case) {
        let report = CheckFixture.check(fixture.changes)
        for expected in fixture.expected {
            #expect(report.findings.contains(where: expected.matches), "missing \(expected) in\n\(report.text)")
        }
        #expect(report.findings.count == fixture.expected.count, "\(report.text)")
    }

    @Test func everyFindingIsInTheJSONToo() throws {
        let report = CheckFixture.check(
            Self.cases.filter { $0.name.hasPrefix("image") || $0.name.hasPrefix("event facts") }
                .reduce(into: [:]) { all, fixture in all.merge(fixture.changes) { $1 } })
        #expect(report.findings.count == 7)
        let json = try #require(JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(json["errors"] as? Int == report.errors)
        #expect(json["warnings"] as? Int == report.warnings)
        #expect(findings.count == report.findings.count)
        for (object, finding) in zip(findings, report.findings) {
            #expect(object["path"] as? String == finding.path)
            #expect(object["line"] as? Int == finding.line)
            #expect(object["column"] as? Int == finding.column)
            #expect(object["severity"] as? String == finding.severity.rawValue)
            #expect(object["message"] as? String == finding.message)
            #expect(object["hint"] as? String == finding.hint)
        }
    }

    @Test func warningsFailOnlyWhenStrict() {
        let report = CheckFixture.check(["content/events/launch.en.md": nil])
        #expect(report.errors == 0 && report.warnings == 1)
        #expect(!report.fails(strict: false))
        #expect(report.fails(strict: true))
        #expect(report.text.hasSuffix("sitegen check: 0 errors, 1 warning\n"))
    }

    @Test func buildNamesTheDraftALinkPointsTo() async throws {
        var files = SiteBuildTests.pairedSite
        files["content/strategy/plan.en.md"] = "---\ntitle: Plan\ndraft: true\n---\n"
        files["content/strategy/vision.en.md"] = "---\ntitle: Vision\n---\nSee the [plan](plan.md).\n"
        let site = FixtureSite(files)
        defer { site.remove() }
        let problems = try await site.failure()
        #expect(problems.map(\.location) == ["content/strategy/vision.en.md:4:9"])
        #expect(problems.first?.message.contains("points to content/strategy/plan.en.md, which is a draft") == true)
    }

    @Test func theOriginalIsTheDefaultLanguageVersionAmongAnyNumberOfLanguages() throws {
        let yaml = FixtureSite.siteYAML.replacingOccurrences(
            of: "  en: { name: English",
            with: "  fr: { name: Français, locale: fr_FR, title: Site }\n  en: { name: English")
        let config = try SiteConfig.parse(yaml, path: "content/site.yaml")
        func page(_ language: String) -> Page {
            Page(
                path: ContentPath(section: "s", slug: "p", language: language), source: "content/s/p.\(language).md",
                frontMatter: FrontMatter(), body: "", bodyStartLine: 4)
        }
        let all = ["ja": page("ja"), "fr": page("fr"), "en": page("en")]
        #expect(TranslationLedger.source(of: all["en"]!, versions: all, languages: config.languages)?.language == "ja")
        #expect(TranslationLedger.source(of: all["ja"]!, versions: all, languages: config.languages)?.language == "fr")
        let noJapanese = ["fr": page("fr"), "en": page("en")]
        #expect(
            TranslationLedger.source(of: noJapanese["en"]!, versions: noJapanese, languages: config.languages)?.language
                == "fr")
        #expect(
            TranslationLedger.source(of: noJapanese["fr"]!, versions: noJapanese, languages: config.languages)?.language
                == "en")
    }
}
