import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish

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
        if date.isFiscalYear { return locale.hasPrefix("ja") ? "\(date.year)年度" : "FY\(date.year)" }
        let template = date.isMonthPrecision ? "yMMMM" : "yMMMMd"
        return Self.cached(locale + " " + template) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }.string(for: date)
    }

    /// The Japanese era form (令和7年2月18日), or nil for other languages.
    public func japaneseEra(_ date: CalendarDate) -> String? {
        guard locale.hasPrefix("ja") else { return nil }
        // A fiscal year is named by the era year of its first day: 2025年度 is 令和7年度.
        let pattern = date.isFiscalYear ? "Gy年度" : date.isMonthPrecision ? "Gy年M月" : "Gy年M月d日"
        return Self.cached("era " + pattern) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "ja_JP@calendar=japanese")
            formatter.calendar = Calendar(identifier: .japanese)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            return formatter
        }.string(for: date)
    }

    /// A formatter and the dates it has written, kept per thread: a big site names the same
    /// days again and again (every list entry has its date), and ICU's formatting, with the
    /// calendar arithmetic before it, showed in profiles.
    private final class Memo {
        package let formatter: DateFormatter
        package var written: [CalendarDate: String] = [:]

        package init(_ formatter: DateFormatter) {
            self.formatter = formatter
        }

        package func string(for date: CalendarDate) -> String {
            if let text = written[date] { return text }
            let text = formatter.string(from: date.instant)
            written[date] = text
            return text
        }
    }

    /// The memo of the formatter for `key`, made once per thread. Making a formatter costs ICU
    /// its symbol tables and pattern generator: before this cache, a third of the time of a
    /// build with many dated pages. Formatters are not `Sendable`, so each thread keeps its own.
    private static func cached(_ key: String, make: () -> DateFormatter) -> Memo {
        let memos = ThreadMemos.current
        if let memo = memos.byKey[key] { return memo }
        let memo = Memo(make())
        memos.byKey[key] = memo
        return memo
    }

    /// One thread's memos, in POSIX thread-specific storage: Foundation's `threadDictionary`
    /// bridged every key to an `NSString` and showed in profiles (every list entry has a date).
    private final class ThreadMemos {
        package var byKey: [String: Memo] = [:]

        /// Released with its thread.
        private static let slot: pthread_key_t = {
            var slot = pthread_key_t()
            pthread_key_create(&slot) { pointer in
                if let pointer { Unmanaged<ThreadMemos>.fromOpaque(pointer).release() }
            }
            return slot
        }()

        package static var current: ThreadMemos {
            if let pointer = pthread_getspecific(slot) {
                return Unmanaged<ThreadMemos>.fromOpaque(pointer).takeUnretainedValue()
            }
            let memos = ThreadMemos()
            pthread_setspecific(slot, Unmanaged.passRetained(memos).toOpaque())
            return memos
        }
    }
}

extension CalendarDate {
    /// Noon UTC of the day (the 1st for month precision): an instant that names this day in UTC.
    package var instant: Date {
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
