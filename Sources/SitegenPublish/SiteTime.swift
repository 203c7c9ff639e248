import Foundation
import SitegenCore

/// Content dates and times read in the site's time zone (`timezone` in site.yaml), written
/// the ways feeds, calendars and JSON-LD want them.
///
/// Offsets come from the time zone data for that very day (Foundation `TimeZone`), so a zone
/// with summer time gets the right offset on either side of a change. Nothing here reads the
/// clock or the machine's time zone.
package struct SiteTime: Sendable {
    package let zone: TimeZone

    package init(config: SiteConfig) {
        zone = TimeZoneTable.zone(named: config.timezone) ?? TimeZone(identifier: "UTC")!
    }

    /// The instant a wall-clock time on `date` in the site's zone names (midnight without a time;
    /// the 1st for month precision).
    package func instant(_ date: CalendarDate, _ time: TimeOfDay? = nil) -> Date {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day ?? 1
        components.hour = time?.hour ?? 0
        components.minute = time?.minute ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: components)!
    }

    /// `+09:00`: the zone's offset from UTC at that wall-clock time.
    package func offset(_ date: CalendarDate, _ time: TimeOfDay? = nil) -> String {
        Self.offsetText(zone.secondsFromGMT(for: instant(date, time)))
    }

    /// `2025-02-18T14:00:00+09:00` (RFC 3339, for Atom and JSON-LD).
    package func dateTime(_ date: CalendarDate, _ time: TimeOfDay? = nil) -> String {
        let clock = time.map { "\(CalendarDate.pad($0.hour, 2)):\(CalendarDate.pad($0.minute, 2)):00" } ?? "00:00:00"
        return date.isoDay + "T" + clock + offset(date, time)
    }

    /// `20250218T050000Z`: the instant in UTC, as iCalendar's DTSTAMP wants it.
    package func utcStamp(_ date: CalendarDate, _ time: TimeOfDay? = nil) -> String {
        Self.basicUTC(instant(date, time))
    }

    /// `20250218T050000Z` for any instant.
    package static func basicUTC(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return CalendarDate.pad(parts.year!, 4) + CalendarDate.pad(parts.month!, 2) + CalendarDate.pad(parts.day!, 2)
            + "T" + CalendarDate.pad(parts.hour!, 2) + CalendarDate.pad(parts.minute!, 2)
            + CalendarDate.pad(parts.second!, 2) + "Z"
    }

    /// `+09:00`, `-03:30`, `+00:00`.
    package static func offsetText(_ seconds: Int, separator: String = ":") -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + CalendarDate.pad(minutes / 60, 2) + separator + CalendarDate.pad(minutes % 60, 2)
    }
}

extension CalendarDate {
    /// The day after (for exclusive ends of all-day calendar entries).
    package var nextDay: CalendarDate {
        let day = self.day ?? 1
        if day < CalendarDate.daysIn(month: month, year: year) {
            return CalendarDate(year: year, month: month, day: day + 1)
        }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1) }
        return CalendarDate(year: year + 1, month: 1, day: 1)
    }

    /// `20250218`.
    package var basic: String { CalendarDate.pad(year, 4) + CalendarDate.pad(month, 2) + CalendarDate.pad(day ?? 1, 2) }
}
