import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// iCalendar files of built fixture sites, and the RFC 5545 text rules on their own.
@Suite struct ICalendarTests {
    @Test func timedEventsUseTheSiteZoneWithItsDefinition() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let ics = try #require(site.read("ja/events/launch/event.ics"))
        let lines = Self.unfolded(ics)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("DTSTART;TZID=Asia/Tokyo:20250218T140000"))
        #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZID:Asia/Tokyo"))
        #expect(lines.contains("TZOFFSETTO:+0900"))
        #expect(lines.contains("UID:ja/events/launch@example.org"))
        #expect(lines.contains("DTSTAMP:20250217T150000Z"), "midnight of `date` in Tokyo, not the clock")
        #expect(lines.contains(#"LOCATION:北九州市\, 会場\; A\\B"#))
        #expect(lines.contains("SUMMARY:発表 A </script><!-- & \"quotes\" 'single' <b>"))
        #expect(lines.contains("URL:https://example.org/ja/events/launch/"))
        let english = Self.unfolded(try #require(site.read("en/events/launch/event.ics")))
        #expect(english.contains("DTSTAMP:20250228T150000Z"), "from `updated`")
        #expect(english.contains("UID:en/events/launch@example.org"))
    }

    @Test func allDayEventsEndTheDayAfterTheirLastDay() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let lines = Self.unfolded(try #require(site.read("en/events/forum/event.ics")))
        #expect(lines.contains("DTSTART;VALUE=DATE:20251230"))
        #expect(lines.contains("DTEND;VALUE=DATE:20260103"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
        #expect(site.read("en/events/opening/event.ics") == nil, "month precision: no entry")
        let calendar = Self.unfolded(try #require(site.read("en/calendar.ics")))
        #expect(calendar.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(calendar.contains("BEGIN:VTIMEZONE"))
        #expect(site.read("en/events/forum/index.html")?.contains(#"href="event.ics""#) == true)
        #expect(site.read("en/events/opening/index.html")?.contains("event.ics") == false)
        #expect(site.read("en/events/index.html")?.contains(#"href="../calendar.ics""#) == true)
    }

    @Test func filesUseCRLFAndFoldJapaneseAt75Octets() async throws {
        let site = try await PublishFixture.built()
        defer { site.remove() }
        let ics = try #require(site.read("ja/calendar.ics"))
        let bytes = Array(ics.utf8)
        for (position, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(position > 0 && bytes[position - 1] == 0x0D, "bare LF at \(position)")
        }
        #expect(ics.hasSuffix("\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(physical.count > Self.unfolded(ics).count, "the long title is folded")
        #expect(Self.unfolded(ics).contains("SUMMARY:" + PublishFixture.longTitle))
    }

    @Test(arguments: [
        ("a,b;c\\d", #"a\,b\;c\\d"#), ("line\nbreak", #"line\nbreak"#), ("crlf\r\nend", #"crlf\nend"#),
        ("bell\u{07}", "bell"), ("日本語", "日本語"),
    ])
    func textIsEscaped(input: String, expected: String) {
        #expect(ICalendarText.escape(input) == expected)
    }

    @Test(arguments: [
        "SUMMARY:" + String(repeating: "あ", count: 60), "DESCRIPTION:" + String(repeating: "x", count: 200),
        "X:" + String(repeating: "é😀a", count: 40), "SHORT:ok",
    ])
    func foldingKeepsCharactersWhole(line: String) {
        let folded = ICalendarText.fold(line)
        for physical in folded.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func zonesWithSummerTimeListTheirChanges() throws {
        let config = SiteConfig(
            baseURL: "https://example.org/", timezone: "Europe/Brussels",
            languages: [Language(code: "en", name: "English", locale: "en_US", title: "T")])
        let index = try SiteIndex(config: config, pages: [])
        let lines = ICalendar(index: index).timeZone(from: 2025, to: 2025)
        #expect(lines.contains("BEGIN:DAYLIGHT"))
        #expect(lines.contains("DTSTART:20250330T020000"))
        #expect(lines.contains("TZOFFSETFROM:+0100") && lines.contains("TZOFFSETTO:+0200"))
        #expect(
            SiteTime(config: config).dateTime(CalendarDate(year: 2025, month: 7, day: 1), TimeOfDay("09:30"))
                == "2025-07-01T09:30:00+02:00")
    }

    /// Content lines with folding undone.
    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}
