import Foundation
import SitegenCore
import SitegenPublish

/// Why a page is not published by a build that is not told to include it.
public enum HoldReason: Sendable, Equatable {
    /// `draft: true`.
    case draft
    /// `publishDate` has not come: the moment it goes up.
    case scheduled(Date)
    /// `expiryDate` has passed: the moment it came down.
    case expired(Date)
}

/// A page with a reason to be left out, and that reason.
public struct HeldPage: Sendable {
    public let page: Page
    public let reason: HoldReason
}

/// Decides which pages a build publishes: drafts, pages whose `publishDate` is still to come
/// and pages past their `expiryDate` are left out, unless the build was told to include them
/// (`--drafts`, `--future`, `--expired`; `serve` includes the scheduled and expired ones and
/// marks them).
///
/// Times are read on the site's clock (`timezone` in site.yaml) at one moment, `now`, taken
/// once per plan, so every output of a build agrees on which pages are in it.
struct PageSchedule: Sendable {
    let now: Date
    let zone: TimeZone
    let options: BuildOptions

    init(config: SiteConfig, options: BuildOptions) {
        zone = SiteTime(config: config).zone
        now = options.now?.instant(in: zone) ?? Date()
        self.options = options
    }

    /// Every reason `page` has to be left out, in the order they are told: draft, then not yet
    /// due, then expired.
    func reasons(_ page: Page) -> [HoldReason] {
        var reasons: [HoldReason] = []
        let matter = page.frontMatter
        if matter.draft { reasons.append(.draft) }
        if let publish = matter.publishDate?.instant(in: zone), publish > now { reasons.append(.scheduled(publish)) }
        if let expiry = matter.expiryDate?.instant(in: zone), expiry <= now { reasons.append(.expired(expiry)) }
        return reasons
    }

    /// Whether this build includes pages held back for `reason`.
    func includes(_ reason: HoldReason) -> Bool {
        switch reason {
        case .draft: options.drafts
        case .scheduled: options.future || options.previewsHeldBack
        case .expired: options.expired || options.previewsHeldBack
        }
    }

    /// Why this build leaves `page` out, nil when it publishes it.
    func holdBack(_ page: Page) -> HoldReason? {
        reasons(page).first { !includes($0) }
    }

    /// Why `page`, which this build includes, would be left out by a plain `build`: what the
    /// preview marks it with (drafts too, under `serve --drafts`).
    func marker(_ page: Page) -> HoldReason? {
        options.previewsHeldBack ? reasons(page).first : nil
    }
}

extension HeldPage {
    /// The page and why it is held back, as a link or menu entry leading to it names it.
    var described: String {
        let matter = page.frontMatter
        switch reason {
        case .draft:
            return "\(page.source), which is a draft (`draft: true`)"
        case .scheduled:
            return
                "\(page.source), which is not published until \(matter.publishDate?.description ?? "") (`publishDate`)"
        case .expired:
            return "\(page.source), which was taken down on \(matter.expiryDate?.description ?? "") (`expiryDate`)"
        }
    }

    /// What to do about `thing` (`the link`, `the entry`), which leads to the page.
    func hint(taking thing: String) -> String {
        switch reason {
        case .draft:
            "publish that page by removing `draft: true`, or take \(thing) out until it is published"
        case .scheduled:
            "take \(thing) out until that page is published, or build with --future to publish it now"
        case .expired:
            "take \(thing) out, or move that page's `expiryDate` later"
        }
    }
}

extension HeldPage {
    /// The build summary's line about pages left out: how many of each kind, the flag that
    /// includes them, and which scheduled page is due next and when (on the site's clock,
    /// `timezone`). Nil when none was left out.
    static func summary(_ pages: [HeldPage], timezone: String) -> String? {
        guard !pages.isEmpty else { return nil }
        var drafts = 0
        var expired = 0
        var scheduled: [(at: Date, page: Page)] = []
        for held in pages {
            switch held.reason {
            case .draft: drafts += 1
            case .expired: expired += 1
            case .scheduled(let at): scheduled.append((at, held.page))
            }
        }
        func count(_ number: Int, _ what: String, _ flag: String) -> String {
            "\(number) \(what)\(number == 1 ? "" : "s") (\(flag) include\(number == 1 ? "s it" : "s them"))"
        }
        var parts: [String] = []
        if let next = scheduled.min(by: { ($0.at, $0.page.source) < ($1.at, $1.page.source) }) {
            let written = next.page.frontMatter.publishDate
            let zone = written?.offset == nil ? " \(timezone)" : ""
            parts.append(
                count(scheduled.count, "scheduled page", "--future")
                    + "; the next, \(next.page.source), is due \(written?.description ?? "")\(zone)")
        }
        if expired > 0 { parts.append(count(expired, "expired page", "--expired")) }
        if drafts > 0 { parts.append(count(drafts, "draft", "--drafts")) }
        return "sitegen: left out " + parts.joined(separator: ", ")
    }
}
