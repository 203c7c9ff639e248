import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2025-02-18", "2025-02-18"), ("2001-04", "2001-04"), ("2024-02-29", "2024-02-29"),
        ("2000-02-29", "2000-02-29"),
    ])
    func parsesValidDates(_ text: String, _ expected: String) {
        #expect(CalendarDate(text)?.description == expected)
    }

    @Test(arguments: [
        "2025-2-18", "2025-02-30", "2023-02-29", "1900-02-29", "2025-13", "2025", "18-02-2025", "2025-02-18T09:00", "",
    ])
    func rejectsOthers(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func monthPrecisionSortsBeforeDaysOfThatMonth() {
        #expect(CalendarDate("2001-04")! < CalendarDate("2001-04-01")!)
        #expect(CalendarDate("2001-03-31")! < CalendarDate("2001-04")!)
    }

    @Test(arguments: [
        ("ja_JP", "2025-02-18", "2025年2月18日"), ("en_US", "2025-02-18", "February 18, 2025"),
        ("ja_JP", "2001-04", "2001年4月"), ("en_US", "2001-04", "April 2001"),
    ])
    func formatsPerLanguage(_ locale: String, _ text: String, _ expected: String) {
        #expect(DateText(locale: locale).format(CalendarDate(text)!) == expected)
    }

    @Test func japaneseEra() {
        #expect(DateText(locale: "ja_JP").japaneseEra(CalendarDate("2025-02-18")!) == "令和7年2月18日")
        #expect(DateText(locale: "en_US").japaneseEra(CalendarDate("2025-02-18")!) == nil)
    }
}
