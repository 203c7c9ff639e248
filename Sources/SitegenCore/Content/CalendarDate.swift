/// A calendar date as authors write it: `YYYY-MM-DD`, `YYYY-MM` when only the month is known,
/// or `FY2025` for a Japanese fiscal year (年度, April to the next March).
///
/// It is never converted to an instant, so no machine time zone can shift it.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// nil for month precision (and fiscal years).
    public var day: Int?
    /// A fiscal year (`FY2025`): `year` is the one it starts in, `month` is April. It is
    /// ordered at its start and shown as 2025年度 / FY2025; no output gives it a day.
    public var isFiscalYear = false

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The fiscal year that starts in April of `year`.
    public init(fiscalYear year: Int) {
        self.init(year: year, month: 4)
        isFiscalYear = true
    }

    /// Parses `2025-02-18`, `2001-04` or `FY2025`; nil when the text is none of them or names
    /// no real day.
    public init?(_ text: String) {
        if text.hasPrefix("FY") {
            let digits = text.dropFirst(2)
            guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits) else {
                return nil
            }
            self.init(fiscalYear: year)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let number = Int(parts[2]),
                (1...CalendarDate.daysIn(month: month, year: year)).contains(number)
            else { return nil }
            day = number
        }
        self.init(year: year, month: month, day: day)
    }

    public var isMonthPrecision: Bool { day == nil }

    /// `2025-02-18`, `2001-04` or `FY2025`.
    public var description: String {
        if isFiscalYear { return "FY" + Self.pad(year, 4) }
        let head = "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        guard let day else { return head }
        return head + "-" + Self.pad(day, 2)
    }

    /// The first day (for month precision, the 1st) as `YYYY-MM-DD`.
    public var isoDay: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day ?? 1, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        // A fiscal year sorts just before the month it starts in, so `<` agrees with `==`.
        (lhs.year, lhs.month, lhs.day ?? 0, lhs.isFiscalYear ? 0 : 1)
            < (rhs.year, rhs.month, rhs.day ?? 0, rhs.isFiscalYear ? 0 : 1)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func pad(_ value: Int, _ width: Int) -> String {
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
