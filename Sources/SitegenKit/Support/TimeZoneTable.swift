import Foundation

/// Looks up IANA time zones; one place so every stage agrees on the zone of the site.
enum TimeZoneTable {
    static func zone(named name: String) -> TimeZone? {
        TimeZone(identifier: name)
    }
}
