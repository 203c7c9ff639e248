/// The byte-level fast paths for addresses, links and heading anchors against the general
/// walks they stand in for, on one input, for the fuzzer (`SITEGEN_FUZZ_TARGET=paths`): where
/// a fast path answers at all, it must answer what the general one does.
///
/// `LinkResolverPathTests`, `RelativeAddressTests` and `ScalarClassTests` check the same on
/// generated inputs; the fuzzer feeds what nobody thought of.
public enum PathSelfCheck {
    /// What differs for `text`, read as a heading, as a link from each page of a small
    /// two-language site, and as two addresses (`from|to`); nil when everything agrees.
    public static func disagreement(_ text: String) -> String? {
        if let fast = HeadingSlug.caselessSlug(text), fast != HeadingSlug.generalSlug(text) {
            return "slug of \(text.debugDescription): \(fast) against \(HeadingSlug.generalSlug(text))"
        }
        let halves = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if halves.count == 2, let fast = URLScheme.asciiRelative(from: halves[0], to: halves[1]) {
            let general = URLScheme.componentRelative(from: halves[0], to: halves[1])
            if fast != general { return "relative address \(text.debugDescription): \(fast) against \(general)" }
        }
        for page in site.pages {
            guard let fast = resolver.asciiTarget(of: text, in: page) else { continue }
            let link = LinkReference(url: text, isImage: false, line: 1, column: 1)
            let general = try? resolver.generalTarget(of: link, in: page)
            if general != fast {
                return
                    "link \(text.debugDescription) from \(page.source): \(fast) against \(String(describing: general))"
            }
        }
        return nil
    }

    /// Home, sections (one nested) and pages in both languages, and a page in one only.
    private static let site: SiteIndex = {
        let config = SiteConfig(
            baseURL: "https://example.org/", timezone: "Asia/Tokyo",
            languages: [
                Language(code: "ja", name: "日本語", locale: "ja_JP", title: "テスト"),
                Language(code: "en", name: "English", locale: "en_US", title: "Test"),
            ])
        var pages: [Page] = []
        func add(_ section: String, _ slug: String, _ language: String) {
            var matter = FrontMatter()
            matter.title = slug
            let file = "content/\(section.isEmpty ? "" : section + "/")\(slug).\(language).md"
            pages.append(
                Page(
                    path: ContentPath(section: section, slug: slug, language: language), source: file,
                    frontMatter: matter, body: "", bodyStartLine: 4))
        }
        for language in ["ja", "en"] {
            add("", "_index", language)
            for section in ["events", "events/2025", "news"] {
                add(section, "_index", language)
                add(section, "p1", language)
            }
        }
        add("news", "only", "ja")
        // The pages above are unique and paired, which is all `SiteIndex` asks.
        return try! SiteIndex(config: config, pages: pages)
    }()

    private static let resolver = LinkResolver(index: site, mediaPaths: ["media/map.png", "media/x/y.pdf"])
}
