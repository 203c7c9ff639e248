import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// The files `sitegen init` writes: a site that builds at once with the built-in theme and no
/// warning: `content/site.yaml` with a comment on each setting, and in each language a home,
/// an about page, a `news` section with one post and an `events` section with one event (both
/// declared in site.yaml; events get calendars).
public enum SiteStarter {
    /// What a new site says in one language.
    struct Words {
        var languageName: String
        var locale: String
        var timezone: String
        var siteTitle: String
        var organization: String
        var home: (title: String, body: String)
        var about: (title: String, body: String)
        var news: (title: String, body: String)
        var post: (title: String, summary: String, body: String)
        var events: (title: String, body: String)
        var event: (title: String, summary: String, venue: String, body: String)
    }

    static let english = Words(
        languageName: "English", locale: "en_US", timezone: "UTC", siteTitle: "Our new site",
        organization: "Our organisation",
        home: (
            "Welcome", "This site is written in several languages. Edit `content/_index.en.md` to change this page."
        ),
        about: ("About this site", "Say here who publishes this site and how to reach them."),
        news: ("News", "The latest news, newest first."),
        post: ("The site is open", "Our new site is open.", "Write each post as a file in `content/news/`."),
        events: ("Events", "What is planned, and what has taken place."),
        event: (
            "Open day", "Come and see us.", "Main hall",
            "An event is a page of `content/events/` with a `date`; readers can add it to their calendar."
        ))

    static let words: [String: Words] = [
        "ja": Words(
            languageName: "日本語", locale: "ja_JP", timezone: "Asia/Tokyo", siteTitle: "新しいサイト",
            organization: "組織名",
            home: ("ようこそ", "このサイトは複数の言語で書かれています。このページは `content/_index.ja.md` を編集して変えられます。"),
            about: ("このサイトについて", "このサイトを発行する組織と連絡先をここに書きます。"),
            news: ("お知らせ", "新しいお知らせから順に並びます。"),
            post: ("サイトを公開しました", "新しいサイトを公開しました。", "お知らせは `content/news/` に1件1ファイルで書きます。"),
            events: ("イベント", "予定しているイベントと、これまでのイベントです。"),
            event: ("オープンデー", "どなたでもお越しください。", "本館ホール", "イベントは `content/events/` に `date` を付けて書きます。読者はカレンダーに追加できます。")),
        "en": english,
        "zh-Hans": Words(
            languageName: "简体中文", locale: "zh_CN", timezone: "Asia/Shanghai", siteTitle: "我们的新网站",
            organization: "机构名称",
            home: ("欢迎", "本网站以多种语言写成。编辑 `content/_index.zh-Hans.md` 即可修改本页。"),
            about: ("关于本网站", "请在此说明本网站的发布机构及联系方式。"),
            news: ("新闻", "最新消息排在最前。"),
            post: ("网站已开通", "我们的新网站已开通。", "每条新闻写成 `content/news/` 中的一个文件。"),
            events: ("活动", "即将举行和已经举行的活动。"),
            event: ("开放日", "欢迎光临。", "主楼大厅", "活动写在 `content/events/` 中，并注明 `date`；读者可将其加入日历。")),
        "zh-Hant": Words(
            languageName: "繁體中文", locale: "zh_TW", timezone: "Asia/Taipei", siteTitle: "我們的新網站",
            organization: "機構名稱",
            home: ("歡迎", "本網站以多種語言寫成。編輯 `content/_index.zh-Hant.md` 即可修改本頁。"),
            about: ("關於本網站", "請在此說明本網站的發布機構及聯絡方式。"),
            news: ("最新消息", "最新的消息排在最前。"),
            post: ("網站已開站", "我們的新網站已開站。", "每則消息寫成 `content/news/` 中的一個檔案。"),
            events: ("活動", "即將舉行與已經舉行的活動。"),
            event: ("開放日", "歡迎蒞臨。", "主樓大廳", "活動寫在 `content/events/` 中，並註明 `date`；讀者可將其加入行事曆。")),
        "ko": Words(
            languageName: "한국어", locale: "ko_KR", timezone: "Asia/Seoul", siteTitle: "새 사이트",
            organization: "기관명",
            home: ("환영합니다", "이 사이트는 여러 언어로 쓰여 있습니다. `content/_index.ko.md`를 고쳐 이 페이지를 바꿀 수 있습니다."),
            about: ("이 사이트에 대하여", "이 사이트를 발행하는 기관과 연락처를 여기에 씁니다."),
            news: ("소식", "새 소식부터 차례로 나옵니다."),
            post: ("사이트를 열었습니다", "새 사이트를 열었습니다.", "소식은 `content/news/`에 한 건에 한 파일로 씁니다."),
            events: ("행사", "예정된 행사와 지난 행사입니다."),
            event: ("오픈 데이", "누구나 오셔도 됩니다.", "본관 홀", "행사는 `content/events/`에 `date`와 함께 씁니다. 독자는 캘린더에 추가할 수 있습니다.")),
    ]

    /// The words of `code`: its own, or English ones with the code as the language's name.
    static func words(for code: String) -> Words {
        if let known = words[code] { return known }
        var fallback = english
        fallback.languageName = code
        fallback.locale = code.replacingOccurrences(of: "-", with: "_")
        return fallback
    }

    /// The files of a new site in `languages` (the first is the default), below the site's
    /// folder (`content/site.yaml`, `content/_index.ja.md`, …); `now` dates the first post.
    public static func files(languages: [String], now: Date) throws(Diagnostic) -> [(path: String, text: String)] {
        guard !languages.isEmpty else {
            throw Diagnostic(path: "--languages", message: "no language given", hint: "write e.g. --languages ja,en")
        }
        for code in languages where !SiteConfig.isLanguageCode(code) {
            throw Diagnostic(
                path: "--languages", message: "`\(code)` is not a language code",
                hint: "use codes such as ja, en, zh-Hans, zh-Hant or ko, separated by commas")
        }
        guard Set(languages).count == languages.count else {
            throw Diagnostic(path: "--languages", message: "a language is named twice", hint: "name each once")
        }
        let first = words(for: languages[0])
        let today = PageSkeleton.today(now, timezone: first.timezone)
        // The example event is a month ahead, so the list shows it as coming.
        let eventDay =
            today.month == 12
            ? CalendarDate(year: today.year + 1, month: 1, day: min(today.day ?? 1, 28))
            : CalendarDate(year: today.year, month: today.month + 1, day: min(today.day ?? 1, 28))
        var files = [(path: "content/site.yaml", text: siteYAML(languages: languages))]
        for code in languages {
            let words = words(for: code)
            func page(_ title: String, _ body: String, extra: String = "") -> String {
                "---\ntitle: \(title)\n\(extra)---\n\(body)\n"
            }
            files += [
                ("content/_index.\(code).md", page(words.home.title, words.home.body)),
                ("content/about.\(code).md", page(words.about.title, words.about.body)),
                ("content/news/_index.\(code).md", page(words.news.title, words.news.body)),
                (
                    "content/news/site-open.\(code).md",
                    page(words.post.title, words.post.body, extra: "summary: \(words.post.summary)\ndate: \(today)\n")
                ),
                ("content/events/_index.\(code).md", page(words.events.title, words.events.body)),
                (
                    "content/events/open-day.\(code).md",
                    page(
                        words.event.title, words.event.body,
                        extra:
                            "summary: \(words.event.summary)\ndate: \(eventDay)\ntime: \"14:00\"\nvenue: \(words.event.venue)\n"
                    )
                ),
            ]
        }
        return files
    }

    /// `content/site.yaml`, every setting with a comment saying what it is for.
    static func siteYAML(languages: [String]) -> String {
        let first = words(for: languages[0])
        var lines = [
            "# The settings of this site. Every setting is described in sitegen's documentation,",
            "# Sources/sitegen/Documentation.docc/ContentFormat.md in its repository.",
            "",
            "# The address the site will be published at: canonical links, feeds and the sitemap use it.",
            "baseURL: https://example.org/",
            "# The time zone that dates and times in pages are meant in.",
            "timezone: \(first.timezone)",
            "# The language readers see first; every page is written once per language below.",
            "defaultLanguage: \(languages[0])",
            "# Each language: its name in itself (the language switcher), a locale (how dates are",
            "# written), the site's title, and site data the theme shows (its footer).",
            "languages:",
        ]
        for code in languages {
            let words = words(for: code)
            lines += [
                "  \(code):",
                "    name: \(words.languageName)",
                "    locale: \(words.locale)",
                "    title: \(words.siteTitle)",
                "    params: { organization: \(words.organization) }",
            ]
        }
        lines += [
            "# Site data shared by every language (site.params in templates): address, telephone, email.",
            "params:",
            "  email: info@example.org",
            "# Each language's menu: a title and the folder of a page, relative to the language's home.",
            "# An entry may have children, { title: …, path: …, children: [ { title: …, path: … } ] },",
            "# which open from a button beside it.",
            "menus:",
        ]
        for code in languages {
            let words = words(for: code)
            lines.append(
                "  \(code): [ { title: \(words.news.title), path: news/ }, { title: \(words.events.title), path: events/ }, { title: \(words.about.title), path: about/ } ]"
            )
        }
        lines += [
            "# The kinds of page and their front matter keys: sitegen checks them, `sitegen new`",
            "# writes them, and templates receive them as page.params.<key>.",
            "sections:",
            "  news:",
            "    keys:",
            "      date: { type: date, required: true }",
            "    order: date-descending",
            "    schema: NewsArticle",
            "  events:",
            "    keys:",
            "      date: { type: date, required: true }",
            "      endDate: { type: date }",
            "      time: { type: time }",
            "      venue: { type: text, required: true }",
            "    facts: [date, endDate, time]",
            "    order: date-descending",
            "    calendar: true    # an iCalendar file per event, and a calendar per language",
            "    schema: Event",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
