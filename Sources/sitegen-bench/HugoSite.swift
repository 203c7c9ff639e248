/// The Hugo version of the corpus: configuration and layouts that make the same set of pages
/// as sitegen with the G-CITY theme (homes, section lists, pages, events, partners, language
/// switcher, hreflang), plus what Hugo makes by default (RSS feeds, sitemaps).
///
/// Links between pages are written to Markdown files (`other.md`, `../events/x.md`) as
/// sitegen expects; a link render hook resolves them with `GetPage`, which is the same work.
enum HugoSite {
    static func config(sections: [String]) -> String {
        func menu(_ language: String) -> String {
            sections.enumerated().map { index, section in
                let names = CorpusPlan.sectionTitles[section] ?? (section, section)
                return """
                    [[languages.\(language).menus.main]]
                    name = "\(language == "ja" ? names.0 : names.1)"
                    pageRef = "/\(section)"
                    weight = \(index + 1)

                    """
            }.joined()
        }
        return """
            baseURL = "https://example.org/g-city/"
            defaultContentLanguage = "ja"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term"]
            buildFuture = true
            timeZone = "Asia/Tokyo"

            [markup.goldmark.renderer]
            unsafe = false

            [markup.tableOfContents]
            startLevel = 2
            endLevel = 4

            [languages.ja]
            languageName = "日本語"
            languageCode = "ja-JP"
            title = "北九州学術研究都市 G-CITY"
            weight = 1

            [languages.en]
            languageName = "English"
            languageCode = "en-US"
            title = "Kitakyushu Science and Research Park G-CITY"
            weight = 2

            \(menu("ja"))
            \(menu("en"))
            """
    }

    static let i18n: [String: String] = [
        "ja": """
        skip = "本文へ移動"
        home = "ホーム"
        toc = "目次"
        date = "日付"
        venue = "会場"
        partnerKind = "種別"
        country = "国・地域"
        kinds_university = "大学"
        kinds_research_institute = "研究機関"
        kinds_science_park = "サイエンスパーク"
        kinds_foundation = "財団"
        kinds_company = "企業"
        kinds_government = "行政機関"
        contactOffice = "北九州市 産業経済局 未来産業推進課"

        """,
        "en": """
        skip = "Skip to content"
        home = "Home"
        toc = "Contents"
        date = "Date"
        venue = "Venue"
        partnerKind = "Type"
        country = "Country or region"
        kinds_university = "Universities"
        kinds_research_institute = "Research institutes"
        kinds_science_park = "Science parks"
        kinds_foundation = "Foundations"
        kinds_company = "Companies"
        kinds_government = "Government bodies"
        contactOffice = "Future Industry Promotion Division, Industrial Economy Bureau, City of Kitakyushu"

        """,
    ]

    /// Layout files by path below `layouts/`.
    static let layouts: [String: String] = [
        "_default/baseof.html": """
        <!doctype html>
        <html lang="{{ .Language.Lang }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
        {{ partial "seo.html" . }}
        <link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
        </head>
        <body>
        <a class="skip-link" href="#main">{{ i18n "skip" }}</a>
        {{ partial "header.html" . }}
        <main id="main" tabindex="-1">
        {{ partial "breadcrumbs.html" . }}
        {{ block "main" . }}{{ end }}
        </main>
        {{ partial "footer.html" . }}
        </body>
        </html>
        """,
        "partials/seo.html": """
        {{ with .Params.summary }}<meta name="description" content="{{ . }}">
        {{ end }}<link rel="canonical" href="{{ .Permalink }}">
        {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
        {{ end }}{{ range .AllTranslations }}{{ if eq .Language.Lang "ja" }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
        {{ end }}{{ end }}{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">
        {{ end }}
        """,
        "partials/header.html": """
        <header class="site-header">
        <div class="wrap header-inner">
        <a class="site-title" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
        <nav class="site-nav"><ul>
        {{ $page := . }}{{ range site.Menus.main }}<li><a href="{{ .URL }}"{{ if $page.IsMenuCurrent "main" . }} aria-current="page"{{ else if $page.HasMenuCurrent "main" . }} aria-current="true"{{ end }}>{{ .Name }}</a></li>
        {{ end }}</ul></nav>
        <nav class="lang-switch"><ul>
        {{ range .AllTranslations }}{{ if eq .Language.Lang $page.Language.Lang }}<li><span aria-current="true" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</span></li>{{ else }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}
        {{ end }}</ul></nav>
        </div>
        </header>
        """,
        "partials/breadcrumbs.html": """
        {{ if not .IsHome }}<nav class="breadcrumbs wrap"><ol>
        {{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ if .IsHome }}{{ i18n "home" }}{{ else }}{{ .Title }}{{ end }}</a></li>
        {{ end }}<li><span aria-current="page">{{ .Title }}</span></li>
        </ol></nav>{{ end }}
        """,
        "partials/footer.html": """
        <footer class="site-footer"><div class="wrap"><p class="footer-title">{{ site.Title }}</p><p>{{ i18n "contactOffice" }}</p></div></footer>
        """,
        "partials/item.html": """
        <li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
        {{ if not .Date.IsZero }}<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>{{ end }}
        {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
        </li>
        """,
        "_default/single.html": """
        {{ define "main" }}<article class="wrap prose">
        <h1>{{ .Title }}</h1>
        <nav class="toc"><h2>{{ i18n "toc" }}</h2>{{ .TableOfContents }}</nav>
        {{ .Content }}
        </article>{{ end }}
        """,
        "_default/list.html": """
        {{ define "main" }}<div class="wrap">
        <h1>{{ .Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        <ul class="cards">
        {{ range .Pages }}{{ partial "item.html" . }}{{ end }}
        </ul>
        </div>{{ end }}
        """,
        "index.html": """
        {{ define "main" }}<div class="wrap">
        <h1>{{ .Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        {{ range .Sections }}<section class="home-section">
        <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
        {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
        <ul class="cards">{{ range first 3 .Pages }}{{ partial "item.html" . }}{{ end }}</ul>
        </section>
        {{ end }}</div>{{ end }}
        """,
        "events/single.html": """
        {{ define "main" }}<article class="wrap prose">
        <h1>{{ .Title }}</h1>
        <dl class="facts">
        <dt>{{ i18n "date" }}</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>{{ with .Params.enddate }} – <time datetime="{{ . }}">{{ . | time.Format ":date_long" }}</time>{{ end }}{{ with .Params.time }} {{ . }}{{ end }}</dd>
        <dt>{{ i18n "venue" }}</dt><dd>{{ .Params.venue }}</dd>
        </dl>
        {{ .Content }}
        </article>{{ end }}
        """,
        "events/list.html": """
        {{ define "main" }}<div class="wrap">
        <h1>{{ .Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        <ul class="cards">
        {{ range .Pages }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time> · {{ .Params.venue }}</p>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
        {{ end }}</ul>
        </div>{{ end }}
        """,
        "partners/single.html": """
        {{ define "main" }}<article class="wrap prose">
        <h1>{{ .Title }}</h1>
        <dl class="facts">
        <dt>{{ i18n "partnerKind" }}</dt><dd>{{ i18n (printf "kinds_%s" (replace .Params.kind "-" "_")) }}</dd>
        <dt>{{ i18n "country" }}</dt><dd>{{ .Params.country }}</dd>
        {{ with .Params.website }}<dt>Web</dt><dd><a href="{{ . }}" rel="external">{{ . }}</a></dd>{{ end }}
        </dl>
        {{ .Content }}
        </article>{{ end }}
        """,
        "partners/list.html": """
        {{ define "main" }}<div class="wrap">
        <h1>{{ .Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        {{ range .Pages.GroupByParam "kind" }}<section>
        <h2>{{ i18n (printf "kinds_%s" (replace .Key "-" "_")) }}</h2>
        <ul class="cards">
        {{ range .Pages }}<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p class="meta">{{ .Params.country }}</p>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
        {{ end }}</ul>
        </section>
        {{ end }}</div>{{ end }}
        """,
        "_default/_markup/render-link.html": """
        {{- $destination := .Destination -}}
        {{- $url := urls.Parse .Destination -}}
        {{- if and (not $url.Scheme) (strings.HasSuffix $url.Path ".md") -}}
        {{- with .Page.GetPage $url.Path -}}{{- $destination = .RelPermalink -}}{{- else -}}{{- errorf "%s: no page %s" $.Page.File.Path $url.Path -}}{{- end -}}
        {{- end -}}
        <a href="{{ $destination | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
        """,
    ]
}
