import SitegenCore
import Synchronization

/// Holds the site being served; a rebuild swaps in a new snapshot in one step, so a request
/// sees either the old site or the new one, never a mix.
final class SiteStore: Sendable {
    private let site: Mutex<ServedSite>

    init(_ site: ServedSite = .empty) {
        self.site = Mutex(site)
    }

    /// The snapshot to answer a request from.
    var current: ServedSite { site.withLock { $0 } }

    func replace(with newSite: ServedSite) {
        site.withLock { $0 = newSite }
    }
}
