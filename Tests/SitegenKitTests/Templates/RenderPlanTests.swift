import Foundation
import Testing

@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// Pages rendered from `RenderPlan`s must be byte for byte what swift-mustache renders.
@Suite struct RenderPlanTests {
    /// Every file of `folder`, by relative path.
    static func files(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                files[path] = data
            }
        }
        return files
    }

    static func build(root: URL, plans: Bool) async throws -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-plans-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions()
        options.rendersWithPlans = plans
        try await SiteBuild.run(root: root, output: output, options: options)
        return files(output)
    }

    @Test func theGCitySiteIsTheSameWithAndWithoutPlans() async throws {
        let repository = ThemeTests.repository
        let planned = try await Self.build(root: repository, plans: true)
        let direct = try await Self.build(root: repository, plans: false)
        #expect(planned.count > 50)
        #expect(planned.keys.sorted() == direct.keys.sorted())
        for (path, data) in direct where planned[path] != data {
            Issue.record("\(path) differs when rendered from a plan")
        }
    }

    @Test func theThemeFixtureIsTheSameWithAndWithoutPlans() async throws {
        let site = FixtureSite(ThemeTests.content, theme: ThemeTests.theme)
        defer { site.remove() }
        try site.writeSources()
        let planned = try await Self.build(root: site.root, plans: true)
        let direct = try await Self.build(root: site.root, plans: false)
        #expect(planned.keys.sorted() == direct.keys.sorted())
        for (path, data) in direct where planned[path] != data {
            Issue.record("\(path) differs when rendered from a plan")
        }
    }

    /// Templates that exercise what a plan must get right: escaping and not, the TEXT content
    /// type, sections and inverted sections on strings, booleans, arrays and missing keys, lookups
    /// up the context stack, partials and inheritance.
    static let templates: [TemplateSource] = [
        ("base", "<title>{{title}}</title>{{$main}}default{{/main}}\n{{> foot}}"),
        ("page", "{{<base}}{{$main}}<a href=\"{{url}}\" title=\"{{title}}\">{{{html}}}</a>{{/main}}{{/base}}"),
        (
            "foot",
            "{{#items}}<li class=\"{{#on}}on{{/on}}{{^on}}off{{/on}}\">{{name}}-{{title}}-{{n}}</li>\n{{/items}}{{^items}}none{{/items}}"
        ),
        (
            "strings",
            "{{#tags}}[{{.}}]{{/tags}}{{#summary}}<p>{{summary}}|{{.}}</p>{{/summary}}{{^summary}}no summary{{/summary}}"
        ),
        (
            "text",
            "{{title}} {{% CONTENT_TYPE: TEXT}}{{title}} {{nested.deep.value}}{{#nested}}{{deep.value}}{{/nested}}"
        ),
        ("containers", "{{nested}}|{{{items}}}|{{#items}}{{.}}{{/items}}|{{tags}}|{{^tags}}{{.}}{{/tags}}"),
        ("transform", "{{#items}}{{name}}{{^last()}}, {{/last()}}{{/items}}"),
        ("indented", "<ul>\n  {{> foot}}\n</ul>"),
        ("marker", "\u{E000}0&\u{E001}{{title}}"),
    ].map { TemplateSource(name: $0.0, displayPath: "templates/\($0.0).mustache", text: $0.1) }

    @Test func onlyTemplatesAPlanCanRenderExactlyArePlanned() throws {
        let set = try TemplateSet(Self.templates)
        #expect(set.plans.templates == ["base", "page", "foot", "strings", "text", "containers"])
    }

    /// Random contexts, with values that need escaping and values that look like markers,
    /// rendered both ways with every template.
    @Test(arguments: 0..<4)
    func randomContextsRenderAsSwiftMustacheRendersThem(_ seed: UInt64) throws {
        let set = try TemplateSet(Self.templates)
        var random = PlainTextPathTests.Generator(state: seed)
        let words = [
            "", "a", "日本語", "<b>&amp;</b>", "\"quoted\"", "it's", "\u{E000}0&\u{E001}", "\u{E000}1&amp;\u{E001}",
            "x\"\u{301}",
            "line\nbreak",
        ]
        func word() -> String { words[random.next(words.count)] }
        func maybe(_ value: @autoclosure () -> Any) -> Any? { random.next(3) == 0 ? nil : value() }
        for _ in 0..<200 {
            var context: [String: Any] = [:]
            context["title"] = maybe(word())
            context["url"] = maybe(word())
            context["html"] = maybe(word())
            context["summary"] = maybe(word())
            context["tags"] = maybe((0..<random.next(4)).map { _ in word() })
            context["n"] = maybe(random.next(100))
            context["items"] = maybe(
                (0..<random.next(4)).map { _ -> [String: Any] in
                    var item: [String: Any] = ["name": word()]
                    item["on"] = maybe(random.next(2) == 0)
                    item["n"] = maybe(random.next(10))
                    item["title"] = maybe(word())
                    return item
                })
            context["nested"] = maybe(["deep": ["value": word()] as [String: String]] as [String: Any])
            #expect(ContextShape(context) != nil, "the plan path must be the one tested")
            for template in Self.templates.map(\.name) {
                let direct = set.renderDirectly(context, template: template)
                #expect(set.render(context, template: template) == direct, "\(template) with \(context)")
                // The second time the plan exists; it must agree too.
                #expect(set.render(context, template: template) == direct, "\(template) with \(context)")
            }
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var templates: [String: String]
        var context: [String: String]
        var lists: [String: [String]] = [:]
        var testDescription: String { name }
    }

    /// Templates and contexts where a plan once disagreed with swift-mustache (from a review
    /// and the fuzzer); the template `r` is rendered both ways.
    static let disagreements: [Case] = [
        Case(
            name: "CRLF template with an indented partial",
            templates: [
                "r": "<main>\r\n  {{> body}}\r\n</main>\r\n", "body": "<article>\r\n{{{content}}}\r\n</article>\r\n",
            ],
            context: ["content": "<p>x</p>\n"]),
        Case(
            name: "transform in a tag over two lines", templates: ["r": "{{uppercased(name)\n}}"],
            context: ["name": "abc"]),
        Case(
            name: "partial named on the next line", templates: ["r": "{{>\np}}", "p": "{{uppercased(name)}}"],
            context: ["name": "abc"]),
        Case(
            name: "block after a comment on an indented line", templates: ["r": "  {{! c }}{{$b}}{{{x}}}{{y}}{{/b}}"],
            context: ["x": "1\n", "y": "2"]),
        Case(
            name: "HTML content type switched on again",
            templates: ["r": "{{% CONTENT_TYPE: HTML}}<a title=\"{{x}}\">"],
            context: ["x": "\"\u{301} onclick=x"]),
        Case(
            name: "a list printed whole", templates: ["r": "{{list}}|{{{list}}}"], context: [:],
            lists: ["list": ["a\"b", "c"]]),
        Case(
            name: "the whole context printed", templates: ["r": "{{^nothing}}{{.}}{{/nothing}}"],
            context: ["a": "1", "b": "2"]),
    ]

    @Test(arguments: disagreements)
    func casesThatOnceDisagreedAgree(_ item: Case) throws {
        let set = try TemplateSet(
            item.templates.map {
                TemplateSource(name: $0.key, displayPath: "templates/\($0.key).mustache", text: $0.value)
            })
        var context: [String: Any] = item.context
        for (key, list) in item.lists { context[key] = list }
        let direct = set.renderDirectly(context, template: "r")
        #expect(set.render(context, template: "r") == direct)
        #expect(set.render(context, template: "r") == direct)
    }

    @Test func aCRLFTemplateHasTheLinesOfItsLFVersion() throws {
        let tags = TemplateScan.tags(in: "a\r\nb\r\n  {{> nope}}")
        #expect(tags.map(\.line) == [3])
        #expect(tags.map(\.column) == [3])
        #expect(tags.map(\.indented) == [true])
    }

    /// Found by the fuzzer: `{{` inside a tag hid a partial that includes its own template.
    @Test func aPartialAfterAStrayOpeningIsSeen() throws {
        #expect(TemplateScan("{{\u{0B}{{> t}}").references == ["t"])
        #expect(!TemplateScan("{{ {{x}}").plannable)
        #expect(throws: BuildFailure.self) {
            try TemplateSet([TemplateSource(name: "t", displayPath: "templates/t.mustache", text: "{{\u{0B}{{> t}}\n")])
        }
    }

    @Test func aDynamicPartialIsNotAMissingPartial() throws {
        let set = try TemplateSet([
            TemplateSource(name: "r", displayPath: "templates/r.mustache", text: "{{>*which}}"),
            TemplateSource(name: "p", displayPath: "templates/p.mustache", text: "<p>{{x}}</p>"),
        ])
        #expect(set.render(["which": "p", "x": "<"], template: "r") == "<p>&lt;</p>")
    }

    @Test func contextsWithValuesAPlanDoesNotKnowAreRenderedDirectly() throws {
        let set = try TemplateSet(Self.templates)
        let context: [String: Any] = ["title": Optional("maybe") as Any, "items": [["name": 1.5]]]
        #expect(ContextShape(context) == nil)
        #expect(set.render(context, template: "page") == set.renderDirectly(context, template: "page"))
    }

    @Test func aPlanSeesEveryLeafButNoLeafText() throws {
        let one = try #require(
            ContextShape(["a": "x", "b": ["c": true, "d": [["n": 1], ["n": 2]] as [[String: Any]]] as [String: Any]]))
        let two = try #require(
            ContextShape([
                "b": ["d": [["n": 7], ["n": 8]] as [[String: Any]], "c": true] as [String: Any], "a": "<y>",
            ]))
        let three = try #require(
            ContextShape(["a": "x", "b": ["c": false, "d": [["n": 1], ["n": 2]] as [[String: Any]]] as [String: Any]]))
        #expect(one.signature == two.signature)
        #expect(one.signature != three.signature)
        #expect(one.leaves == ["x", "1", "2"])
        #expect(two.leaves == ["<y>", "7", "8"])
    }

    /// A typed context (what pages get) walks to the same signature and leaves as the
    /// dictionary it stands for, and renders through its plan as swift-mustache renders that
    /// dictionary: seeded random contexts of every value kind, nested.
    @Test func typedContextsAreTheirDictionaries() throws {
        var random = SeededGenerator(state: 0x7E57)
        func next(_ bound: Int) -> Int { random.next(bound) }
        let keys = ["title", "url", "items", "flag", "n", "t", "a", "Z", "ä", "x.y"]
        func text() -> String { ["", "x", "<&>", "日本", "\"q\"", "\u{E000}"][next(6)] }
        func randomObject(depth: Int) -> TemplateObject {
            var object = TemplateObject()
            for _ in 0..<next(6) {
                let key = keys[next(keys.count)]
                // Leaf keys hold leaves: a printed container is a spoiled plan, and its text
                // (the description of a dictionary) depends on the dictionary's own order.
                let leaf = ["title", "url", "n", "x.y"].contains(key)
                let value: TemplateValue
                switch next(depth > 2 || leaf ? 3 : 7) {
                case 0: value = .string(text())
                case 1: value = .int(next(1000) - 500)
                case 2: value = .bool(next(2) == 0)
                case 3: value = .list((0..<next(4)).map { _ in text() })
                case 4: value = .object(randomObject(depth: depth + 1))
                case 5: value = .objects((0..<next(4)).map { _ in randomObject(depth: depth + 1) })
                default:
                    let pairs = (0..<next(4)).map { _ in (keys[next(keys.count)], text()) }
                    value = .strings(StringMap(Dictionary(pairs) { first, _ in first }))
                }
                object[key] = value
            }
            return object
        }
        let set = try TemplateSet([
            TemplateSource(
                name: "t", displayPath: "templates/t.mustache",
                text: "{{title}}|{{#items}}[{{url}}{{n}}]{{/items}}|{{#a}}{{title}}{{#items}}<{{url}}>{{/items}}{{/a}}"
                    + "|{{^flag}}no{{/flag}}{{n}}|{{t.x}}{{{url}}}\n"
            )
        ])
        for _ in 0..<2_000 {
            let typed = randomObject(depth: 0)
            let dictionary = typed.anyDictionary
            let shape = ContextShape(typed)
            let reference = try #require(ContextShape(dictionary))
            #expect(shape.signature == reference.signature)
            #expect(shape.leaves == reference.leaves)
            let planned = String(decoding: set.renderBytes(typed, template: "t"), as: UTF8.self)
            #expect(planned == set.renderDirectly(dictionary, template: "t"))
            if shape.leaves != reference.leaves || planned != set.renderDirectly(dictionary, template: "t") { return }
        }
    }
}
