/// A calendar date as authors write it: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
///
/// It is never converted to an instant, so no machine time zone can shift it.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// nil for month precision.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2025-02-18` or `2001-04`; nil when the text is neither or names no real day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.year = year
        self.month = month
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]),
                (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
            else { return nil }
            self.day = day
        } else {
            self.day = nil
        }
    }

    public var isMonthPrecision: Bool { day == nil }

    /// `2025-02-18` or `2001-04`.
    public var description: String {
        let head = "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        guard let day else { return head }
        return head + "-" + Self.pad(day, 2)
    }

    /// The first day (for month precision, the 1st) as `YYYY-MM-DD`.
    public var isoDay: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day ?? 1, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// A time of day `HH:MM` in the site's time zone.
public struct TimeOfDay: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public var description: String { CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2) }
}
