/// The value of a key a section declares, read as its declared type.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case date(CalendarDate)
    case time(TimeOfDay)
    case url(String)
    case country(String)
    case choice(String)
    case number(Double)
    case boolean(Bool)
    case list([String])

    /// The value as written (lists joined by `, `): what translations compare and messages show.
    public var text: String {
        switch self {
        case .text(let value), .url(let value), .country(let value), .choice(let value): value
        case .date(let date): date.description
        case .time(let time): time.description
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let items): items.joined(separator: ", ")
        }
    }

    /// The date, for `date` and `date-or-month` keys.
    public var date: CalendarDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// The time of day, for `time` keys.
    public var time: TimeOfDay? {
        if case .time(let time) = self { return time }
        return nil
    }
}
