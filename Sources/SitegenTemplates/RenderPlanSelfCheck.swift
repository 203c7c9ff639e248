import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// Plans against swift-mustache on arbitrary templates and contexts, for the fuzzer (`package`,
/// so the fuzz target of this package can drive it; no other package sees it).
package enum RenderPlanSelfCheck {
    /// Reads `template` as the theme check does (`TemplateScan.sectionProblem`, `ThemeCheck`),
    /// for the fuzzer: any text must give findings, never a trap.
    package static func readAsTheme(_ template: String) {
        _ = TemplateScan.sectionProblem(in: template, path: "t.mustache")
        _ = ThemeCheck.findings(
            templates: [TemplateSource(name: "t", displayPath: "t.mustache", text: template)],
            strings: ["ja": ThemeStrings(["a": "あ"]), "en": ThemeStrings([:])], stringFiles: [:],
            assetKeys: ["style_css"])
    }

    /// Parses `template` (with one fixed partial, `p`, that it may include), renders `context`
    /// with it through plans (twice: the second time the plan exists) and with swift-mustache
    /// alone, and describes the first difference; nil when they agree or the template does not
    /// parse or includes itself (swift-mustache would recurse until the stack overflows).
    package static func disagreement(template: String, context: [String: Any]) -> String? {
        guard !TemplateScan(template).references.contains("t") else { return nil }
        let sources = [
            TemplateSource(name: "t", displayPath: "templates/t.mustache", text: template),
            TemplateSource(
                name: "p", displayPath: "templates/p.mustache",
                text: "<{{a}}|{{{b}}}>{{#c}}[{{.}}]{{/c}}{{^d}}-{{/d}}\n"),
        ]
        guard let set = try? TemplateSet(sources) else { return nil }
        let direct = set.renderDirectly(context, template: "t")
        for attempt in 1...2 {
            let planned = set.render(context, template: "t")
            if planned != direct {
                return
                    "attempt \(attempt): plan gave \(planned.debugDescription), swift-mustache \(direct.debugDescription)"
            }
        }
        return nil
    }

    /// A context made from `bytes`: keys `a` to `d` and `items`, holding strings (some needing
    /// escaping, some looking like plan markers), numbers, booleans, dictionaries and arrays.
    package static func context(from bytes: [UInt8]) -> [String: Any] {
        var reader = ByteReader(bytes: bytes)
        return reader.dictionary(depth: 0)
    }

    private struct ByteReader {
        package let bytes: [UInt8]
        package var position = 0

        package static let keys = ["a", "b", "c", "d", "items"]
        package static let words = [
            "", "x", "日本語", "<b>", "a&b", "\"", "'", "\"\u{301}", "\u{E000}0&\u{E001}", "\u{E000}1&amp;\u{E001}", "\n",
            " end\n",
        ]

        package mutating func next() -> Int {
            defer { position += 1 }
            return position < bytes.count ? Int(bytes[position]) : 0
        }

        package mutating func dictionary(depth: Int) -> [String: Any] {
            var result: [String: Any] = [:]
            for _ in 0..<(next() % 5) { result[Self.keys[next() % Self.keys.count]] = value(depth: depth + 1) }
            return result
        }

        package mutating func value(depth: Int) -> Any {
            switch next() % (depth > 3 ? 3 : 6) {
            case 0: return Self.words[next() % Self.words.count]
            case 1: return next() % 2 == 0
            case 2: return next() % 100
            case 3: return dictionary(depth: depth)
            case 4: return (0..<(next() % 4)).map { _ in dictionary(depth: depth) }
            default: return (0..<(next() % 4)).map { _ in Self.words[next() % Self.words.count] }
            }
        }
    }
}
