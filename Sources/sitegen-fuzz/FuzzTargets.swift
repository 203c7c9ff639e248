import Foundation
import SitegenCore
import SitegenKit
import SitegenMarkdown
import SitegenSearch
import SitegenTemplates

/// The stages a fuzzer drives, each fed arbitrary bytes. A crash, a hang or a sanitizer
/// report is a finding; thrown diagnostics are the expected answer to bad input.
enum FuzzTargets {
    /// Chooses the target from `SITEGEN_FUZZ_TARGET`: frontmatter, markdown, paths, search or
    /// templates.
    static var selected: String { ProcessInfo.processInfo.environment["SITEGEN_FUZZ_TARGET"] ?? "frontmatter" }

    static func run(_ bytes: [UInt8]) {
        switch selected {
        case "markdown": markdown(bytes)
        case "paths": paths(bytes)
        case "search": search(bytes)
        case "templates": templates(bytes)
        default: frontMatter(bytes)
        }
    }

    /// Front matter splitting and YAML parsing, with a valid-looking start half the time.
    static func frontMatter(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        for candidate in [text, "---\n" + text] {
            let file = SourceFile(displayPath: "content/fuzz.ja.md", relativePath: "fuzz.ja.md", text: candidate)
            _ = try? FrontMatterParser.parse(file)
            _ = try? SiteConfig.parse(candidate, path: "content/site.yaml")
        }
    }

    /// The Markdown stage with all its passes (GitHub's extensions too), in a CJK and a Latin
    /// language, safe and unsafe.
    static func markdown(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for unsafe in [false, true] {
            let renderer = MarkdownRenderer(options: MarkdownOptions(unsafe: unsafe))
            for language in ["ja", "en"] {
                let html = (try? renderer.render(text, language: language) { _ in nil })?.html ?? ""
                if html.lowercased().contains("href=\"javascript:") { fatalError("script link survived") }
                // Without raw HTML, every span comes from `LanguageSpanPass`, which opens and
                // closes each one in the same container.
                // Counted in bytes: a combining mark after `>` joins it in one `Character`, so a
                // `Character` search would miss a tag that is there.
                if !unsafe, occurrences(of: "<span lang=", in: html) != occurrences(of: "</span>", in: html) {
                    fatalError("language spans unbalanced in \(html.debugDescription)")
                }
                // Strikethrough pairs its own runs in one container; headings and footnotes never
                // share an id.
                if !unsafe, occurrences(of: "<del>", in: html) != occurrences(of: "</del>", in: html) {
                    fatalError("strikethrough unbalanced in \(html.debugDescription)")
                }
                if !unsafe, let repeated = repeatedID(in: html) {
                    fatalError("the id \(repeated.debugDescription) is used twice in \(html.debugDescription)")
                }
            }
        }
    }

    /// An `id="…"` value that `html` holds twice, if any.
    static func repeatedID(in html: String) -> String? {
        var seen = Set<Substring>()
        for match in html.matches(of: #/ id="([^"]*)"/#) where !seen.insert(match.output.1).inserted {
            return String(match.output.1)
        }
        return nil
    }

    /// How many times `needle` stands in `text`, compared byte by byte.
    static func occurrences(of needle: String, in text: String) -> Int {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return 0 }
        var count = 0
        for start in 0...(bytes.count - pattern.count) where bytes[start..<start + pattern.count].elementsEqual(pattern)
        {
            count += 1
        }
        return count
    }

    /// The search index's byte and scalar fast paths against its `Character` walks, on the
    /// input as HTML and on the input rendered by the Markdown stage.
    static func search(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let rendered = (try? MarkdownRenderer().render(text, language: "ja") { _ in nil })?.html ?? ""
        for html in [text, rendered] {
            if let difference = SearchSelfCheck.disagreement(html: html) {
                fatalError("search fast path disagrees on \(html.debugDescription): \(difference)")
            }
        }
    }

    /// Render plans against swift-mustache: the input up to its first zero byte is a template,
    /// the rest makes three contexts. The template also goes through `TemplateScan` and
    /// `ThemeCheck`, which must take any text.
    static func templates(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        let template = String(decoding: bytes[..<split], as: UTF8.self)
        let rest = Array(bytes[min(split + 1, bytes.count)...])
        RenderPlanSelfCheck.readAsTheme(template)
        for round in 0..<3 {
            let context = RenderPlanSelfCheck.context(from: rest.map { $0 &+ UInt8(round * 7) })
            if let difference = RenderPlanSelfCheck.disagreement(template: template, context: context) {
                fatalError("render plan disagrees on \(template.debugDescription): \(difference)")
            }
        }
    }

    /// Content paths, slugs and relative addresses; the fast paths for anchors and addresses
    /// against the general walks (`PathSelfCheck`).
    static func paths(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let path = try? ContentPath.parse(text, displayPath: text, languages: ["ja", "en"]) {
            let folder = URLScheme.directory(of: path)
            if folder.contains("..") || folder.hasPrefix("/") { fatalError("escaping output folder \(folder)") }
        }
        let suggestion = ContentPath.suggestSlug(text)
        if !ContentPath.isValidSlug(suggestion) { fatalError("invalid suggestion \(suggestion)") }
        let halves = text.split(separator: "|", maxSplits: 1).map(String.init)
        if halves.count == 2 { _ = URLScheme.relative(from: halves[0], to: halves[1]) }
        if let difference = PathSelfCheck.disagreement(text) { fatalError(difference) }
    }
}
