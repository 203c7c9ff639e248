import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// `date: FY2025`: a Japanese fiscal year (年度, April to March), shown as 2025年度 / FY2025,
/// ordered at its start, and given no invented month or day in any output.
@Suite struct FiscalYearTests {
    static let files: [String: String] = {
        var files = ["content/site.yaml": FixtureSite.siteYAML]
        for (language, title) in [("ja", "ホーム"), ("en", "Home")] {
            files["content/_index.\(language).md"] = "---\ntitle: \(title)\n---\n"
            files["content/events/_index.\(language).md"] = "---\ntitle: Events\n---\n"
            files["content/events/survey.\(language).md"] = "---\ntitle: Survey\ndate: FY2023\n---\n"
            files["content/events/march.\(language).md"] =
                "---\ntitle: March\ndate: 2023-03-20\nvenue: V\n---\n"
            files["content/events/may.\(language).md"] = "---\ntitle: May\ndate: 2023-05-10\nvenue: V\n---\n"
        }
        return files
    }()

    @Test func aFiscalYearIsShownInEachLanguagesWordsAndOrderedAtItsStart() async throws {
        var files = Self.files
        // `venue` is required in the fixtures' events; the survey names none.
        files["content/site.yaml"] = FixtureSite.siteYAML.replacingOccurrences(
            of: "venue: { type: text, required: true }", with: "venue: { type: text }")
        let site = FixtureSite(files)
        defer { site.remove() }
        try await site.build()
        let ja = try #require(site.read("ja/events/survey/index.html"))
        #expect(ja.contains(#"<time datetime="2023">2023年度</time>"#), "\(ja)")
        let en = try #require(site.read("en/events/survey/index.html"))
        #expect(en.contains(#"<time datetime="2023">FY2023</time>"#))
        // Newest first: May, then the fiscal year (April 2023), then March.
        let list = try #require(site.read("en/events/index.html"))
        let may = try #require(list.range(of: ">May<"))
        let survey = try #require(list.range(of: ">Survey<"))
        let march = try #require(list.range(of: ">March<"))
        #expect(may.lowerBound < survey.lowerBound && survey.lowerBound < march.lowerBound)
        // No calendar entry and no feed entry: it names no day.
        #expect(site.read("en/events/survey/event.ics") == nil)
        #expect(site.read("en/feed.xml")?.contains("Survey") == false)
    }

    @Test func jsonLDGivesTheAprilToMarchInterval() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
        let file = SourceFile(
            displayPath: "content/events/survey.en.md", relativePath: "events/survey.en.md",
            text: "---\ntitle: Survey\ndate: FY2023\nvenue: City\n---\n")
        let page = try PageParser.parse(file, languages: ["ja", "en"], model: config.contentModel)
        let index = try SiteIndex(config: config, pages: [page])
        let script = try #require(JSONLD(index: index).script(for: page))
        #expect(script.contains(#""startDate":"2023-04""#) && script.contains(#""endDate":"2024-03""#), "\(script)")
        #expect(!script.contains("2023-04-01"))
    }

    /// A fiscal year and the month it starts in are ordered one way, whatever the input order.
    @Test func aFiscalYearAndItsFirstMonthAreOrderedTheSameWayEveryTime() {
        let fiscal = CalendarDate(fiscalYear: 2025)
        let april = CalendarDate("2025-04")!
        #expect(fiscal < april && !(april < fiscal) && fiscal != april)
        #expect(CalendarDate("FY+123") == nil && CalendarDate("FY-001") == nil)
    }

    @Test func jsonLDHasOneEndDateWithAnEndDateKeyToo() throws {
        let config = try SiteConfig.parse(FixtureSite.siteYAML, path: "content/site.yaml")
        let file = SourceFile(
            displayPath: "content/events/s.en.md", relativePath: "events/s.en.md",
            text: "---\ntitle: S\ndate: FY2023\nendDate: 2023-06-30\nvenue: City\n---\n")
        let page = try PageParser.parse(file, languages: ["ja", "en"], model: config.contentModel)
        let script = try #require(JSONLD(index: try SiteIndex(config: config, pages: [page])).script(for: page))
        #expect(script.components(separatedBy: "\"endDate\"").count == 2, "\(script)")
    }

    @Test(arguments: [
        ("FY2025", "FY2025"), ("2025-04", "2025-04"),
    ])
    func datesReadAsWritten(_ text: String, _ description: String) throws {
        #expect(try #require(CalendarDate(text)).description == description)
    }

    @Test func theEraNamesTheFiscalYearByItsFirstDay() throws {
        let dates = DateText(locale: "ja_JP")
        #expect(dates.japaneseEra(CalendarDate(fiscalYear: 2025)) == "令和7年度")
        #expect(dates.format(CalendarDate(fiscalYear: 2025)) == "2025年度")
        #expect(DateText(locale: "en_US").format(CalendarDate(fiscalYear: 2025)) == "FY2025")
    }

    @Test func aFiscalYearIsNotADayToUpdateOn() {
        var problems: [Diagnostic] = []
        _ = FrontMatterParser.parseYAML("title: A\nupdated: FY2025", path: "content/a.ja.md", problems: &problems)
        #expect(problems.first?.message == "`updated` is a fiscal year, but it is the day the page last changed")
        problems = []
        _ = FrontMatterParser.parseYAML("title: A\ndate: 2025年度", path: "content/a.ja.md", problems: &problems)
        #expect(problems.first?.hint?.hasPrefix("write a fiscal year as FY2025") == true, "\(problems)")
    }
}
