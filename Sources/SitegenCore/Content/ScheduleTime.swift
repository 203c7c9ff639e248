import Foundation

/// When a page goes up or comes down (`publishDate`, `expiryDate`): a day, or a day and a time,
/// on the site's clock unless an offset from UTC is written.
///
/// `2027-04-01` is the start of that day; `2027-04-01T09:00` (or with a space, or with
/// seconds) a time on it; `2027-04-01T09:00+09:00` or `…Z` a time with its offset written out,
/// for a page timed from elsewhere. It stays as written until the plan reads it on the
/// site's clock (`SiteTime`), so the machine's time zone never moves it.
public struct ScheduleTime: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var date: CalendarDate
    public var hour = 0
    public var minute = 0
    public var second = 0
    /// Whether a time of day was written (a day alone is shown without one).
    public var hasTime = false
    /// Seconds east of UTC when an offset was written; nil reads the time on the site's clock.
    public var offset: Int?

    /// Parses the forms above; nil for anything else, a month alone or a fiscal year included
    /// (a page goes up on a day).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let date = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)),
            !date.isMonthPrecision, !date.isFiscalYear
        else { return nil }
        self.date = date
        guard bytes.count > 10 else { return }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        var rest = bytes[11...]
        guard let hour = Self.number(&rest, digits: 2, max: 23), rest.popFirst() == UInt8(ascii: ":"),
            let minute = Self.number(&rest, digits: 2, max: 59)
        else { return nil }
        (self.hour, self.minute, hasTime) = (hour, minute, true)
        if rest.first == UInt8(ascii: ":") {
            rest.removeFirst()
            guard let second = Self.number(&rest, digits: 2, max: 59) else { return nil }
            self.second = second
        }
        guard let zone = rest.first else { return }
        if zone == UInt8(ascii: "Z"), rest.count == 1 {
            offset = 0
            return
        }
        guard zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") else { return nil }
        rest.removeFirst()
        guard let hours = Self.number(&rest, digits: 2, max: 14), rest.popFirst() == UInt8(ascii: ":"),
            let minutes = Self.number(&rest, digits: 2, max: 59), rest.isEmpty
        else { return nil }
        offset = (zone == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// Reads `digits` ASCII digits from the front of `bytes` as a number up to `max`.
    private static func number(_ bytes: inout ArraySlice<UInt8>, digits: Int, max: Int) -> Int? {
        guard bytes.count >= digits else { return nil }
        var value = 0
        for _ in 0..<digits {
            let byte = bytes.removeFirst()
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value <= max ? value : nil
    }

    /// The moment this names: on `zone`'s clock, or at the offset written.
    public func instant(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }

    /// `2027-04-01`, `2027-04-01 09:00` or `2027-04-01 09:00:30 +09:00`, for messages.
    public var description: String {
        guard hasTime else { return date.isoDay }
        var text = date.isoDay + " " + CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2)
        if second != 0 { text += ":" + CalendarDate.pad(second, 2) }
        if let offset {
            let minutes = abs(offset) / 60
            text +=
                (offset < 0 ? " -" : " +") + CalendarDate.pad(minutes / 60, 2) + ":" + CalendarDate.pad(minutes % 60, 2)
        }
        return text
    }
}
