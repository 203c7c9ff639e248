import Foundation

/// Writes a generated corpus: `sitegen/` (content/ and a copy of the theme) and `hugo/`
/// (the same Markdown files, a Hugo configuration and equivalent layouts).
struct CorpusWriter {
    let output: URL
    let pages: Int
    let seed: UInt64
    /// The sitegen theme to copy (the repository's templates/).
    let templates: URL
    /// Terms of a `topics` taxonomy, three on every page; 0 declares no taxonomy.
    var terms = 0

    func write() throws {
        let plan = CorpusPlan(pages: pages)
        var writer = PageWriter(plan: plan, seed: seed)
        writer.terms = terms
        let sitegen = output.appendingPathComponent("sitegen")
        let hugo = output.appendingPathComponent("hugo")
        try? FileManager.default.removeItem(at: output)
        var bytes = 0
        for pair in plan.pairs {
            for language in ["ja", "en"] {
                let data = Data(writer.page(pair, language: language).utf8)
                bytes += data.count
                try save(data, sitegen.appendingPathComponent("content/" + pair.file(language)))
                try save(data, hugo.appendingPathComponent("content/" + pair.file(language)))
            }
        }
        try save(Data(siteYAML().utf8), sitegen.appendingPathComponent("content/site.yaml"))
        if terms > 0 {
            let file = (1...terms).map { number in
                "t\(PageWriter.two(number)): { ja: \(PageWriter.termLabel(number, japanese: true)), en: \(PageWriter.termLabel(number, japanese: false)) }"
            }.joined(separator: "\n")
            try save(Data((file + "\n").utf8), sitegen.appendingPathComponent("content/data/topics.yaml"))
        }
        try FileManager.default.copyItem(at: templates, to: sitegen.appendingPathComponent("templates"))

        try save(Data(HugoSite.config(sections: CorpusPlan.sections).utf8), hugo.appendingPathComponent("config.toml"))
        for (path, text) in HugoSite.layouts {
            try save(Data(text.utf8), hugo.appendingPathComponent("layouts/" + path))
        }
        for (language, text) in HugoSite.i18n {
            try save(Data(text.utf8), hugo.appendingPathComponent("i18n/\(language).toml"))
        }
        let style = templates.appendingPathComponent("assets/style.css")
        if FileManager.default.fileExists(atPath: style.path) {
            try save(try Data(contentsOf: style), hugo.appendingPathComponent("static/assets/style.css"))
        }
        let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
        print("\(plan.pairs.count * 2) pages, \(megabytes) MB of Markdown in \(output.path)")
    }

    func siteYAML() -> String {
        func menu(_ japanese: Bool) -> String {
            CorpusPlan.sections.map { section in
                let names = CorpusPlan.sectionTitles[section] ?? (section, section)
                return "{ title: \(japanese ? names.0 : names.1), path: \(section)/ }"
            }.joined(separator: ", ")
        }
        // The G-CITY site's own settings (content/site.yaml), with a menu of the corpus's sections.
        return """
            baseURL: https://example.org/g-city/
            timezone: Asia/Tokyo
            defaultLanguage: ja
            languages:
              ja:
                name: 日本語
                locale: ja_JP
                title: 北九州学術研究都市 G-CITY
                params: { office: 北九州市 産業経済局 未来産業推進課, telephone: 093-582-2905 }
              en:
                name: English
                locale: en_US
                title: Kitakyushu Science and Research Park G-CITY
                params:
                  office: Future Industry Promotion Division, Industrial Economy Bureau, City of Kitakyushu
                  telephone: +81-93-582-2905
            params:
              telephoneIntl: "+81935822905"
            menus:
              ja: [ \(menu(true)) ]
              en: [ \(menu(false)) ]
            sections:
              events:
                keys:
                  date: { type: date-or-month, required: true }
                  endDate: { type: date }
                  time: { type: time }
                  venue: { type: text }
                facts: [date, endDate, time]
                order: date-descending
                calendar: true
                schema: Event
              partners:
                keys:
                  kind: { type: choice, of: [university, research-institute, science-park, foundation, company, government], required: true }
                  country: { type: country, required: true }
                  website: { type: url }
                facts: [kind, country, website]
                groupBy: kind
                schema: Organization
            theme: { builtIn: false }

            """ + (terms > 0 ? "taxonomies:\n  topics:\n    label: { ja: トピック, en: Topics }\n" : "")
    }

    func save(_ data: Data, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
