import Foundation

/// Looks up IANA time zones; one place so every stage agrees on the zone of the site.
package enum TimeZoneTable {
    package static func zone(named name: String) -> TimeZone? {
        TimeZone(identifier: name)
    }
}
