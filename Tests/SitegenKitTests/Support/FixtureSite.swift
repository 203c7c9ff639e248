import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// A site written inline in a test, Hugo-style: a map from path to file text.
///
/// `build()` writes it to a fresh temporary folder, runs the real loader, builder and writer,
/// and returns the built files, so assertions read what a reader would be served.
struct FixtureSite {
    var files: [String: String]
    let root: URL

    init(_ files: [String: String], theme: [String: String] = FixtureSite.minimalTheme) {
        var all = theme
        for (path, text) in files { all[path] = text }
        self.files = all
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fixture-\(UUID().uuidString)")
    }

    /// Another set of files in the folder of an earlier fixture (to rebuild over its output).
    init(root: URL, files: [String: String]) {
        self.files = files
        self.root = root
    }

    /// The folder the site is built into.
    var output: URL { root.appendingPathComponent("site") }

    /// Writes the fixture's files to disk (again), keeping any earlier build output.
    func writeSources() throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Builds and writes the site; throws the build's failure.
    @discardableResult
    func build(_ options: BuildOptions = BuildOptions()) async throws -> SiteBuild.Report {
        try writeSources()
        return try await SiteBuild.run(root: root, output: output, options: options)
    }

    /// The diagnostics of a build that must fail.
    func failure(_ options: BuildOptions = BuildOptions()) async throws -> [Diagnostic] {
        do {
            try await build(options)
        } catch let failure as BuildFailure {
            return failure.diagnostics
        }
        Issue.record("the build was expected to fail")
        return []
    }

    /// A built file's text, or nil when it was not written.
    func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file below the output folder, relative and sorted.
    func outputFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The sections the fixtures use, declared as G-CITY declares them.
    static let sectionsYAML = """
        sections:
          events:
            keys:
              date: { type: date-or-month, required: true }
              endDate: { type: date }
              time: { type: time }
              venue: { type: text, required: true }
            facts: [date, endDate, time]
            order: date-descending
            calendar: true
            feed: true
            schema: Event
          partners:
            keys:
              kind: { type: choice, of: [university, research-institute, science-park, foundation, company, government], required: true }
              country: { type: country, required: true }
              website: { type: url }
            facts: [kind, country, website]
            groupBy: kind
            schema: Organization
        """

    /// The fixtures' site.yaml, with menus leading to `events/`: for sites that have that section
    /// (a menu entry leading nowhere fails the build).
    static let siteYAML = """
        baseURL: https://example.org/
        timezone: Asia/Tokyo
        defaultLanguage: ja
        languages:
          ja: { name: 日本語, locale: ja_JP, title: テストサイト }
          en: { name: English, locale: en_US, title: Test Site }
        theme: { builtIn: false }
        \(sectionsYAML)
        menus:
          ja: [ { title: イベント, path: events/ } ]
          en: [ { title: Events, path: events/ } ]
        """

    /// `siteYAML` without menus, for sites without an `events/` section (the sections are
    /// declared all the same).
    static let siteYAMLWithoutMenus = String(siteYAML[..<siteYAML.range(of: "\nmenus:")!.lowerBound]) + "\n"

    /// A theme small enough to read in a test, exposing the context keys tests check.
    static let minimalTheme: [String: String] = [
        "templates/base.mustache": """
        <!doctype html><html lang="{{lang}}"><head><title>{{page.title}}</title>
        {{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
        {{/alternates}}<link rel="stylesheet" href="{{assets.style_css}}"></head><body>
        <nav>{{#menu}}<a class="menu" href="{{url}}">{{title}}</a>{{/menu}}</nav>
        <nav class="switch">{{#languages}}<a href="{{url}}" hreflang="{{code}}"{{#missing}} data-missing{{/missing}}>{{name}}</a>{{/languages}}</nav>
        {{$main}}{{/main}}</body></html>
        """,
        "templates/page.mustache":
            "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{#page.date}}<time datetime=\"{{iso}}\">{{text}}</time>{{/page.date}}{{{page.content}}}{{/main}}{{/base}}",
        "templates/list.mustache":
            "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}<ul>{{#pages}}<li><a href=\"{{url}}\">{{title}}</a></li>{{/pages}}</ul>{{/main}}{{/base}}",
        "templates/home.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}",
        "templates/i18n/ja.yaml": "notTranslated: 未翻訳です\n",
        "templates/i18n/en.yaml": "notTranslated: Not translated yet\n",
        "templates/assets/style.css": "body { color: black; }\n",
    ]
}
