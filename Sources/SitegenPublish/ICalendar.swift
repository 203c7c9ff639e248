import Foundation
import SitegenCore

/// iCalendar (RFC 5545) files: one per event page (`event.ics` beside its `index.html`) and
/// one per language with all its events (`<lang>/calendar.ics`).
///
/// An entry's `time` and `endDate` keys, where its section declares them, give its start time
/// and last day, and `venue` its location. An event with a `time` starts at that time in the site's zone (`DTSTART;TZID=…`, with the
/// zone's `VTIMEZONE`); without one it is an all-day entry (`VALUE=DATE`, `DTEND` the day
/// after its last day, as the RFC wants it exclusive). Month-precision dates get no entry.
/// `UID`s are the page's path at the host of `baseURL`; `DTSTAMP` comes from `updated`, else
/// `date`, never from the clock. Lines end in CRLF and are folded at 75 octets (see
/// `ICalendarText`).
package struct ICalendar: Sendable {
    package let index: SiteIndex

    package init(index: SiteIndex) {
        self.index = index
    }

    package var config: SiteConfig { index.config }
    package var time: SiteTime { SiteTime(config: config) }

    /// Whether `page` gets a calendar entry: a page of a section with `calendar: true`, dated
    /// to the day.
    package static func hasEntry(_ page: Page, in index: SiteIndex) -> Bool {
        // A month or fiscal-year end would need a day invented for DTEND.
        index.schema(of: page)?.calendar == true && page.frontMatter.date.map { !$0.isMonthPrecision } == true
            && page.frontMatter.dateField("endDate").map { !$0.isMonthPrecision } != false
    }

    /// Where the calendar file of one event is written.
    package static func eventPath(_ page: Page) -> String { URLScheme.directory(of: page.path) + "event.ics" }

    /// Where the calendar of all events of `language` is written.
    package static func calendarPath(_ language: String) -> String { URLScheme.home(language) + "calendar.ics" }

    /// The events of `language` that have an entry, soonest first.
    package func events(_ language: String) -> [Page] {
        index.pages.filter { $0.language == language && Self.hasEntry($0, in: index) }
            .sorted { ($0.frontMatter.date!, $0.source) < ($1.frontMatter.date!, $1.source) }
    }

    package func files() -> [OutputFile] {
        var files: [OutputFile] = []
        for language in config.languages {
            let pages = events(language.code)
            guard !pages.isEmpty else { continue }
            files.append(OutputFile(path: Self.calendarPath(language.code), text: calendar(pages, language: language)))
            for page in pages {
                files.append(OutputFile(path: Self.eventPath(page), text: calendar([page], language: language)))
            }
        }
        return files
    }

    /// A VCALENDAR holding `pages`, as text with CRLF line ends.
    package func calendar(_ pages: [Page], language: Language) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sitegen//sitegen//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(language.title),
            "X-WR-TIMEZONE:" + config.timezone,
        ]
        let timed = pages.filter { $0.frontMatter.fields["time"]?.time != nil }
        if !timed.isEmpty {
            let years = timed.flatMap {
                [$0.frontMatter.date!.year, ($0.frontMatter.dateField("endDate") ?? $0.frontMatter.date!).year]
            }
            lines += timeZone(from: years.min()!, to: years.max()! + 1)
        }
        for page in pages { lines += event(page) }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    package func event(_ page: Page) -> [String] {
        let matter = page.frontMatter
        let start = matter.date!
        let last = matter.dateField("endDate") ?? start
        var lines = ["BEGIN:VEVENT", "UID:" + uid(page), "DTSTAMP:" + time.utcStamp(page.contentUpdated ?? start)]
        if let clock = matter.fields["time"]?.time {
            let tzid = "TZID=" + config.timezone
            lines.append(
                "DTSTART;\(tzid):\(start.basic)T\(CalendarDate.pad(clock.hour, 2))\(CalendarDate.pad(clock.minute, 2))00"
            )
            if last != start { lines.append("DTEND;\(tzid):\(last.nextDay.basic)T000000") }
        } else {
            lines.append("DTSTART;VALUE=DATE:" + start.basic)
            lines.append("DTEND;VALUE=DATE:" + last.nextDay.basic)
        }
        lines.append("SUMMARY:" + ICalendarText.escape(matter.title))
        if let summary = page.summary { lines.append("DESCRIPTION:" + ICalendarText.escape(summary)) }
        if let venue = matter.textField("venue") { lines.append("LOCATION:" + ICalendarText.escape(venue)) }
        lines.append("URL:" + index.absoluteURL(of: page))
        lines.append("END:VEVENT")
        return lines
    }

    /// `g-city/ja/events/launch@example.org`: stable as long as the page and the host stay.
    package func uid(_ page: Page) -> String {
        let absolute = index.absoluteURL(of: page)
        var path = Substring(absolute)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        path = path.drop { $0 != "/" }
        let trimmed = path.split(separator: "/").joined(separator: "/")
        return trimmed + "@" + index.host
    }

    /// The site zone's VTIMEZONE for the years `from`…`to`, from Foundation's zone data: one
    /// STANDARD/DAYLIGHT block per offset change, or one STANDARD block for a zone without any.
    package func timeZone(from: Int, to: Int) -> [String] {
        let zone = time.zone
        let start = time.instant(CalendarDate(year: from, month: 1, day: 1))
        let end = time.instant(CalendarDate(year: to + 1, month: 1, day: 1))
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + config.timezone]
        func block(_ kind: String, at instant: Date, from before: Int, to after: Int) {
            lines += [
                "BEGIN:" + kind,
                "DTSTART:" + String(SiteTime.basicUTC(instant.addingTimeInterval(Double(before))).dropLast()),
                "TZOFFSETFROM:" + SiteTime.offsetText(before, separator: ""),
                "TZOFFSETTO:" + SiteTime.offsetText(after, separator: ""),
                "END:" + kind,
            ]
        }
        let initial = zone.secondsFromGMT(for: start)
        block(zone.isDaylightSavingTime(for: start) ? "DAYLIGHT" : "STANDARD", at: start, from: initial, to: initial)
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            block(
                zone.isDaylightSavingTime(for: next) ? "DAYLIGHT" : "STANDARD", at: next, from: before,
                to: zone.secondsFromGMT(for: next))
            cursor = next
        }
        lines.append("END:VTIMEZONE")
        return lines
    }
}
