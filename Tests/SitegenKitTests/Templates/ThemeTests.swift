import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The repository's own theme (`templates/`), built with a small fixture site and read the way
/// assistive technology and a reader would: landmarks, one `h1`, the switcher, dates, groups.
@Suite struct ThemeTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every file of the repository's `templates/` folder, keyed `templates/<path>`.
    static let theme: [String: String] = {
        let folder = repository.appendingPathComponent("templates")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
                continue
            }
            files["templates/" + path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }()

    static let content: [String: String] = [
        "content/site.yaml": """
        baseURL: https://example.org/
        timezone: Asia/Tokyo
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: テストサイト, params: { office: 試験課, telephone: 093-000-0000 } }
          en: { name: English, locale: en_US, title: Test Site, params: { office: Testing Division, telephone: +81-93-000-0000 } }
        params: { telephoneIntl: "+81930000000" }
        theme: { builtIn: false }
        \(FixtureSite.sectionsYAML)
        menus:
          ja: [ { title: イベント, path: events/ }, { title: パートナー, path: partners/ } ]
          en: [ { title: Events, path: events/ }, { title: Partners, path: partners/ } ]
        """,
        "content/_index.ja.md": "---\ntitle: ホーム\ntagline: 知が融合する街\n---\n## 目指す姿\n\n![学研都市の地図](media/map.png)\n",
        "content/media/map.png": "not really a picture",
        "content/_index.en.md":
            "---\ntitle: Home\ntagline: A city where knowledge meets\n---\n## Vision\n\n![Map of the park](media/map.png)\n",
        "content/events/_index.ja.md": "---\ntitle: イベント\n---\n出来事の一覧です。\n",
        "content/events/_index.en.md": "---\ntitle: Events\n---\nThe list of events.\n",
        "content/events/launch.ja.md":
            "---\ntitle: 戦略の発表\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: 北九州市役所\n---\n発表しました。\n",
        "content/events/launch.en.md":
            "---\ntitle: Strategy announced\ndate: 2025-02-18\ntime: \"14:00\"\nvenue: Kitakyushu City Hall\n---\nAnnounced.\n",
        "content/events/opening.ja.md": "---\ntitle: 開設\ndate: 2001-04\nvenue: 学研都市\n---\n開設しました。\n",
        "content/events/opening.en.md": "---\ntitle: Opening\ndate: 2001-04\nvenue: The park\n---\nOpened.\n",
        "content/partners/_index.ja.md": "---\ntitle: パートナー\n---\n",
        "content/partners/_index.en.md": "---\ntitle: Partners\n---\n",
        "content/partners/imec.ja.md": "---\ntitle: imec\nkind: research-institute\ncountry: BE\n---\n研究機関です。\n",
        "content/partners/imec.en.md": "---\ntitle: imec\nkind: research-institute\ncountry: BE\n---\nAn institute.\n",
        "content/partners/kyutech.ja.md":
            "---\ntitle: 九州工業大学\nkind: university\ncountry: JP\nwebsite: https://www.kyutech.ac.jp/\n---\n大学です。\n",
        "content/partners/kyutech.en.md":
            "---\ntitle: Kyushu Institute of Technology\nkind: university\ncountry: JP\nwebsite: https://www.kyutech.ac.jp/\n---\nA university.\n",
        "content/strategy/vision.ja.md": "---\ntitle: ビジョン\n---\n## 歴史\n\n本文\n\n## 環境\n\n本文\n\n## 水素\n\n本文\n",
        "content/strategy/vision.en.md":
            "---\ntitle: Vision\n---\n## History\n\nText\n\n## Environment\n\nText\n\n## Hydrogen\n\nText\n",
    ]

    /// Builds the fixture with the repository theme once per test and returns it.
    static func built() async throws -> FixtureSite {
        let site = FixtureSite(content, theme: theme)
        try await site.build()
        return site
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func everyPageHasLandmarksASkipLinkAndOneHeading() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let pages = site.outputFiles().filter { $0.hasSuffix(".html") && $0.contains("/") }
        #expect(pages.count == 20, "16 pages, the two 404 pages and the two search pages")
        for path in pages {
            let html = try #require(site.read(path))
            #expect(Self.count("<h1", in: html) == 1, "\(path) must have exactly one h1")
            #expect(html.contains(##"<a class="skip-link" href="#main">"##), "\(path): skip link")
            #expect(html.contains(#"<main id="main""#), "\(path): skip link target")
            #expect(
                html.contains("<header class=\"site-header\">") && html.contains("<footer"),
                "\(path): banner, contentinfo")
            #expect(Self.count("<nav ", in: html) >= 2, "\(path): main menu and switcher")
            #expect(!html.contains("<nav>"), "\(path): every nav is labelled")
        }
    }

    @Test func switcherNamesEachLanguageInItself() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let ja = try #require(site.read("ja/events/launch/index.html"))
        #expect(ja.contains(#"<a href="../../../en/events/launch/" lang="en" hreflang="en">English</a>"#))
        #expect(ja.contains(#"<span aria-current="true" lang="ja">日本語</span>"#))
        let en = try #require(site.read("en/strategy/vision/index.html"))
        #expect(en.contains(#"<a href="../../../ja/strategy/vision/" lang="ja" hreflang="ja">日本語</a>"#))
    }

    /// The root pages, which hold every language, still have one `h1`: the chooser names the
    /// site in each language; the root 404 page heads its first message with it.
    @Test func rootPagesHaveOneHeadingEach() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let chooser = try #require(site.read("index.html"))
        #expect(Self.count("<h1", in: chooser) == 1)
        #expect(chooser.contains(#"<span lang="ja">テストサイト</span><br><span lang="en">Test Site</span></h1>"#))
        let notFound = try #require(site.read("404.html"))
        #expect(Self.count("<h1", in: notFound) == 1)
        #expect(Self.count("<h2>", in: notFound) == 1)
    }

    /// A partner's website is linked in full and shown as a reader reads it.
    @Test func partnerWebsiteIsShownWithoutItsScheme() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let page = try #require(site.read("en/partners/kyutech/index.html"))
        #expect(page.contains(#"<a href="https://www.kyutech.ac.jp/" rel="external">www.kyutech.ac.jp</a>"#))
    }

    @Test(arguments: [
        ("https://www.kyutech.ac.jp/", "www.kyutech.ac.jp"), ("http://example.org", "example.org"),
        ("HTTPS://Example.org/", "Example.org"), ("https://x.org/a/b/", "x.org/a/b/"),
        ("https://x.org/a", "x.org/a"), ("https://", "https://"), ("ftp://x.org/", "ftp://x.org/"),
    ])
    func addressLabels(_ address: String, _ label: String) {
        #expect(PageContext.addressLabel(address) == label)
    }

    @Test func eventPageShowsDateTimeAndVenue() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let ja = try #require(site.read("ja/events/launch/index.html"))
        #expect(ja.contains(#"<dt>日付</dt><dd><time datetime="2025-02-18">2025年2月18日</time>"#))
        #expect(ja.contains("令和7年2月18日"))
        #expect(ja.contains("<dt>時刻</dt><dd>14:00</dd>"))
        #expect(ja.contains("<dt>場所</dt><dd>北九州市役所</dd>"))
        let en = try #require(site.read("en/events/opening/index.html"))
        #expect(en.contains(#"<time datetime="2001-04">April 2001</time>"#))
        #expect(en.contains("<dd>The park</dd>"))
        #expect(!en.contains("<dt>Time</dt>"), "no time row for an event without a time")
    }

    /// `dateLabel` (a fiscal year) replaces the shown date and its era in each language; the
    /// date itself stays in `datetime` and still orders the list.
    @Test func aDateLabelIsShownInsteadOfTheMonth() async throws {
        var files = Self.content
        files["content/events/survey.ja.md"] =
            "---\ntitle: 調査\ndate: 2023-04\nendDate: 2024-03-31\ndateLabel: 令和5年度\nvenue: 北九州市\n---\n調査しました。\n"
        files["content/events/survey.en.md"] =
            "---\ntitle: Survey\ndate: 2023-04\ndateLabel: Fiscal 2023\nvenue: Kitakyushu\n---\nSurveyed.\n"
        let site = FixtureSite(files, theme: Self.theme)
        defer { site.remove() }
        try await site.build()
        let ja = try #require(site.read("ja/events/survey/index.html"))
        #expect(ja.contains(#"<dt>日付</dt><dd><time datetime="2023-04">令和5年度</time>"#))
        #expect(!ja.contains("2023年4月") && !ja.contains("令和5年4月"), "the month and its era give way to the label")
        #expect(!ja.contains("2024年3月31日"), "a labelled period says where it ends itself")
        let en = try #require(site.read("en/events/survey/index.html"))
        #expect(en.contains(#"<time datetime="2023-04">Fiscal 2023</time>"#))
        #expect(!en.contains("April 2023"))
        let list = try #require(site.read("en/events/index.html"))
        let launch = try #require(list.range(of: "Strategy announced"))
        let survey = try #require(list.range(of: ">Fiscal 2023<"))
        let opening = try #require(list.range(of: "Opening"))
        #expect(launch.lowerBound < survey.lowerBound && survey.lowerBound < opening.lowerBound, "ordered by date")
    }

    @Test func eventsLandingListsEverythingNewestFirstForTheScript() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let list = try #require(site.read("en/events/index.html"))
        let launch = try #require(list.range(of: #"data-start="2025-02-18" data-end="2025-02-18""#))
        let opening = try #require(list.range(of: #"data-start="2001-04" data-end="2001-04""#))
        #expect(launch.lowerBound < opening.lowerBound)
        // Assets carry a content hash in their names.
        let script = try #require(
            list.firstMatch(of: /<script src="..\/..\/(assets\/events\.[0-9a-f]+\.js)" defer><\/script>/))
        #expect(list.contains(#"data-time-zone="Asia/Tokyo""#))
        // Without the script, one honest heading over everything; the upcoming list starts hidden.
        #expect(list.contains(">All events, newest first</h2>"))
        #expect(list.contains("hidden data-events-upcoming"))
        #expect(site.read(String(script.1))?.contains("data-events") == true)
    }

    @Test func partnersAreGroupedByKindWithCountryNamesPerLanguage() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let ja = try #require(site.read("ja/partners/index.html"))
        let universities = try #require(ja.range(of: #"<h2 id="kind-university">大学</h2>"#))
        let institutes = try #require(ja.range(of: #"<h2 id="kind-research-institute">研究機関</h2>"#))
        #expect(universities.lowerBound < institutes.lowerBound)
        let kyutech = try #require(ja.range(of: "九州工業大学"))
        #expect(universities.upperBound < kyutech.lowerBound && kyutech.upperBound < institutes.lowerBound)
        #expect(ja.contains(#"<span class="country">ベルギー</span>"#))
        let en = try #require(site.read("en/partners/index.html"))
        #expect(en.contains(#"<span class="country">Belgium</span>"#))
        #expect(en.contains(">Research institutes</h2>"))
    }

    @Test func homeShowsTheVisionAndWaysIntoEachSection() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let home = try #require(site.read("ja/index.html"))
        #expect(home.contains(#"<p class="hero-vision">知が融合する街</p>"#))
        #expect(home.contains(#"alt="学研都市の地図""#))
        #expect(home.contains(#"<h2 id="sec-events"><a href="events/">イベント</a></h2>"#))
        #expect(home.contains(#"<h2 id="sec-partners"><a href="partners/">パートナー</a></h2>"#))
    }

    @Test func missingTranslationSaysSoAndLinksTheOriginalInItsLanguage() async throws {
        var files = Self.content
        files["content/strategy/history.ja.md"] = "---\ntitle: 歴史\n---\n本文\n"
        let site = FixtureSite(files, theme: Self.theme)
        defer { site.remove() }
        try await site.build()
        let page = try #require(site.read("en/strategy/history/index.html"))
        #expect(page.contains(#"<div class="notice" role="note">"#))
        #expect(page.contains(#"<a href="../../../ja/strategy/history/" lang="ja" hreflang="ja">歴史</a>"#))
        #expect(Self.count("<h1", in: page) == 1)
    }

    /// The contact comes from the site's data (`params` in site.yaml), per language over shared.
    @Test func footerGivesTheContactOfficeInEachLanguage() async throws {
        let site = try await Self.built()
        defer { site.remove() }
        let ja = try #require(site.read("ja/index.html"))
        #expect(ja.contains("<span>試験課</span>") && ja.contains(#"<a href="tel:+81930000000">093-000-0000</a>"#))
        let en = try #require(site.read("en/index.html"))
        #expect(en.contains("<span>Testing Division</span>") && en.contains(">+81-93-000-0000</a>"))
        #expect(!ja.contains("北九州市 産業経済局"))
    }

    @Test func interfaceStringsHaveTheSameKeysInEveryLanguage() throws {
        let ja = try ThemeStrings.parse(try #require(Self.theme["templates/i18n/ja.yaml"]), path: "ja.yaml")
        let en = try ThemeStrings.parse(try #require(Self.theme["templates/i18n/en.yaml"]), path: "en.yaml")
        #expect(Set(ja.values.keys) == Set(en.values.keys))
        #expect(ja.values.keys.count > 20)
    }

    /// What the issue asks of the stylesheet, and that it fetches nothing from another host.
    @Test(arguments: [
        "line-break: strict", "\"Hiragino Sans\"", "\"Yu Gothic\"", "\"Noto Sans JP\"", "Meiryo",
        "prefers-color-scheme: dark", "prefers-reduced-motion", "@media print", ":focus-visible",
        ":lang(ja) em",
    ])
    func stylesheetCovers(_ rule: String) throws {
        let css = try #require(Self.theme["templates/assets/style.css"])
        #expect(css.contains(rule))
    }

    @Test func themeFetchesNothingFromAnotherHost() {
        for (path, text) in Self.theme where !path.hasSuffix(".yaml") {
            #expect(!text.contains("@import") && !text.contains("@font-face"), "\(path)")
            #expect(!text.contains("url(http") && !text.contains("src=\"http") && !text.contains("src=\"//"), "\(path)")
        }
    }

    /// The committed site, page by page: one `h1`, a language, a skip link that lands.
    @Test func committedSitePagesEachHaveOneHeadingAndALanguage() throws {
        let site = Self.repository.appendingPathComponent("site")
        let enumerator = FileManager.default.enumerator(atPath: site.path)
        var checked = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix("index.html"), path.hasPrefix("ja/") || path.hasPrefix("en/") else { continue }
            let data = try #require(FileManager.default.contents(atPath: site.appendingPathComponent(path).path))
            let html = String(decoding: data, as: UTF8.self)
            #expect(Self.count("<h1", in: html) == 1, "\(path) must have exactly one h1")
            #expect(html.contains("<html lang=\"\(path.prefix(2))\">"), "\(path)")
            #expect(html.contains(##"href="#main""##) && html.contains(#"id="main""#), "\(path)")
            for image in html.components(separatedBy: "<img").dropFirst() {
                #expect(image.prefix(while: { $0 != ">" }).contains(" alt="), "\(path): an image without alt")
            }
            checked += 1
        }
        #expect(checked > 40)
    }
}
