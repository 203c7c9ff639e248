import Foundation

/// Writes calendar dates the way each language reads them: 2025年2月18日, February 18, 2025,
/// and for month precision 2001年4月, April 2001.
///
/// Dates are formatted at noon UTC with a UTC formatter, so the machine's time zone never
/// moves them to another day.
public struct DateText: Sendable {
    public var locale: String

    public init(locale: String) {
        self.locale = locale
    }

    public func format(_ date: CalendarDate) -> String {
        let formatter = Self.formatter(locale: locale, template: date.isMonthPrecision ? "yMMMM" : "yMMMMd")
        return formatter.string(from: date.instant)
    }

    /// The Japanese era form (令和7年2月18日), or nil for other languages.
    public func japaneseEra(_ date: CalendarDate) -> String? {
        guard locale.hasPrefix("ja") else { return nil }
        let pattern = date.isMonthPrecision ? "Gy年M月" : "Gy年M月d日"
        let formatter = Self.cached("era " + pattern) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "ja_JP@calendar=japanese")
            formatter.calendar = Calendar(identifier: .japanese)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            return formatter
        }
        return formatter.string(from: date.instant)
    }

    private static func formatter(locale: String, template: String) -> DateFormatter {
        cached(locale + " " + template) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }
    }

    /// The formatter for `key`, made once per thread. Making one costs ICU its symbol tables
    /// and pattern generator: before this cache, a third of the time of a build with many
    /// dated pages. Formatters are not `Sendable`, so each thread keeps its own.
    private static func cached(_ key: String, make: () -> DateFormatter) -> DateFormatter {
        let cache = Thread.current.threadDictionary
        let name = "sitegen.DateText " + key
        if let formatter = cache[name] as? DateFormatter { return formatter }
        let formatter = make()
        cache[name] = formatter
        return formatter
    }
}

extension CalendarDate {
    /// Noon UTC of the day (the 1st for month precision): an instant that names this day in UTC.
    var instant: Date {
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day ?? 1
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }
}
