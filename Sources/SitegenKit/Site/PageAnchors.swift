import Foundation
import SitegenCore
import SitegenMarkdown

/// The `#fragment`s one rendered page offers, kept from its render so that no check renders
/// the page again: the ids of its Markdown's headings, and every `id="…"` of the whole page
/// (the theme's own, such as `main`, and a list's group headings).
///
/// The page's ids are kept as the bytes the page wrote, one after another, and decoded only
/// when a link asks for an id the headings do not have: a site of 20,000 pages keeps about
/// 13 ids a page, and almost none is ever asked for.
struct PageAnchors: Sendable, Equatable {
    /// The ids of the Markdown's headings, as `RenderedMarkdown` lists them.
    private let headingIDs: [String]
    /// The Markdown's anchors as `AnchorTargets` reads its HTML, when it named no heading but
    /// has some (raw HTML ones, say): their tolerant slugs.
    private let readFromHTML: AnchorTargets?
    /// The raw values of every ` id="` attribute of the page, each followed by a 0 byte.
    private let pageIDs: [UInt8]

    /// The anchors of a page rendered as `page` from `rendered`.
    init(page: [UInt8], rendered: RenderedMarkdown) {
        headingIDs = rendered.headings.map(\.id)
        readFromHTML =
            rendered.headings.isEmpty && rendered.html.utf8.firstRange(of: "<h".utf8) != nil
            ? AnchorTargets(rendered) : nil
        pageIDs = Self.idValues(in: page)
    }

    /// The anchors of Markdown rendered without a theme (`check` when the theme does not parse):
    /// those of its HTML alone.
    init(markdown rendered: RenderedMarkdown) {
        headingIDs = []
        readFromHTML = AnchorTargets(rendered)
        pageIDs = []
    }

    /// The Markdown's anchors: its headings' ids, or when it named none, the slugs its headings
    /// would have (`AnchorTargets`). These are the ones a hint suggests.
    var headings: AnchorTargets { readFromHTML ?? AnchorTargets(ids: Set(headingIDs)) }

    /// Whether a link to `#fragment` finds something on the page.
    func contains(_ fragment: String) -> Bool {
        if headingIDs.contains(fragment) || headings.contains(fragment) { return true }
        guard !pageIDs.isEmpty else { return false }
        return AnchorTargets(ids: Set(decodedPageIDs)).contains(fragment)
    }

    /// Up to five anchors for a hint: the headings', or the page's ids when it has no heading.
    func examples() -> [String] {
        let fromHeadings = headings.examples()
        guard fromHeadings.isEmpty else { return fromHeadings }
        return AnchorTargets(ids: Set(decodedPageIDs)).examples()
    }

    private var decodedPageIDs: [String] {
        pageIDs.split(separator: 0).map { VisibleText.decode(String(decoding: $0, as: UTF8.self)) }
    }

    /// Every ` id="…"` value of `page`, raw, each followed by a 0 byte. `memchr` jumps from
    /// one `=` to the next (markup has a few per line, text almost none), so the page is read
    /// once at the speed of the C library.
    private static func idValues(in page: [UInt8]) -> [UInt8] {
        var values: [UInt8] = []
        page.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 3
            while offset < bytes.count - 1,
                let found = memchr(base + offset, Int32(UInt8(ascii: "=")), bytes.count - offset - 1)
            {
                let equals = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offset = equals + 1
                guard bytes[equals + 1] == UInt8(ascii: "\""), bytes[equals - 1] == UInt8(ascii: "d"),
                    bytes[equals - 2] == UInt8(ascii: "i"), bytes[equals - 3] == UInt8(ascii: " ")
                else { continue }
                let start = equals + 2
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                values.append(contentsOf: bytes[start..<end])
                values.append(0)
                offset = end + 1
            }
        }
        return values
    }
}
