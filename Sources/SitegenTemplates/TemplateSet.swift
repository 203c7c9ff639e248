import Foundation
import Mustache
import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The theme's Mustache templates, parsed once per build and checked for missing partials.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let names: Set<String>
    /// Templates that `RenderPlan`s may render (see `TemplateScan`), and the plans made so far.
    package let plans: RenderPlans
    /// False when made with `plans: false`.
    package let plansEnabled: Bool
    /// The markup around headings made from `partials/heading`, by language (`ThemeHeadings`).
    package let headingMarkups = ThemeHeadings.Cache()
    /// Every name the templates' tags hold (`TemplateScan.names`).
    private let tagNames: Set<String>
    /// Whether a template changes delimiters, so that `tagNames` may miss some of its names.
    private let hidesNames: Bool

    /// `plans: false` renders everything with swift-mustache directly.
    public init(_ sources: [TemplateSource], plans: Bool = true) throws(BuildFailure) {
        _ = TemplateEscaping.registered
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        let names = Set(sources.map(\.name))
        var scans: [String: TemplateScan] = [:]
        var tagNames: Set<String> = []
        var hidesNames = false
        for source in sources {
            let scan = TemplateScan(source.text)
            scans[source.name] = scan
            tagNames.formUnion(scan.names)
            hidesNames = hidesNames || scan.changesDelimiters
            do {
                library.register(
                    try MustacheTemplate(string: TemplateEscaping.pragma + source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Self.parseProblem(error, in: source))
            } catch {
                problems.append(Diagnostic(path: source.displayPath, message: "template error: \(error)"))
            }
            problems += Self.missingPartials(scan, in: source, known: names)
        }
        problems += TemplateScan.cycles(
            scans, displayPaths: Dictionary(sources.map { ($0.name, $0.displayPath) }) { first, _ in first })
        if !problems.isEmpty { throw BuildFailure(problems) }
        self.library = library
        self.names = names
        self.plans = RenderPlans(templates: plans ? TemplateScan.plannable(scans) : [])
        self.plansEnabled = plans
        self.tagNames = tagNames
        self.hidesNames = hidesNames
    }

    /// Whether some template can print or test `page.<key>`: a tag names it (`{{#page.next}}`,
    /// `{{page.next.title}}`, or as a transform's argument, `{{#first(page.next)}}`), or opens a
    /// `page` section, inside which it is a plain name. A value no template reaches need not be
    /// made: a theme without links to the previous and next page costs no time for them.
    /// A template that changes delimiters hides its names from this scan: it may reach any.
    package func reaches(pageKey key: String) -> Bool {
        hidesNames
            || tagNames.contains { tag in
                let name = tag.firstIndex(of: "(").map { tag[tag.index(after: $0)...].prefix { $0 != ")" } } ?? tag[...]
                return name == "page" || name == "page." + key || name.hasPrefix("page." + key + ".")
            }
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders `context` with the template `name`, which must exist: through the plan for the
    /// context's shape when the template allows plans, else by swift-mustache directly.
    public func render(_ context: [String: Any], template name: String) -> String {
        String(decoding: renderBytes(context, template: name), as: UTF8.self)
    }

    /// `render(_:template:)` as UTF-8 bytes, the form pages are written in: a plan's output
    /// goes to the file without becoming a String first.
    public func renderBytes(_ context: [String: Any], template name: String) -> [UInt8] {
        if plans.templates.contains(name), let shape = ContextShape(context),
            let output = planned(shape, template: name, skeleton: { ContextShape.skeleton(of: context) })
        {
            return output
        }
        return Array(renderDirectly(context, template: name).utf8)
    }

    /// `renderBytes` of a typed context (pages): its shape is walked without sorting or casting,
    /// and only a shape swift-mustache renders itself becomes `[String: Any]`.
    package func renderBytes(_ context: TemplateObject, template name: String) -> [UInt8] {
        if plans.templates.contains(name),
            let output = planned(
                ContextShape(context), template: name, skeleton: { ContextShape.skeleton(of: context) })
        {
            return output
        }
        return Array(renderDirectly(context.anyDictionary, template: name).utf8)
    }

    /// Renders a page's context with the template `name` (see `renderBytes(_:template:)`).
    package func renderBytes(_ context: TemplateContext, template name: String) -> [UInt8] {
        renderBytes(context.values, template: name)
    }

    /// `renderBytes` of a page's context, as a String.
    package func render(_ context: TemplateContext, template name: String) -> String {
        String(decoding: renderBytes(context.values, template: name), as: UTF8.self)
    }

    /// The plan that renders contexts of `context`'s shape with the template `name`; nil when
    /// swift-mustache renders that template or shape directly. For a caller that renders one
    /// shape many times and fills in its leaves itself (`ThemeHeadings`).
    package func plan(for context: TemplateObject, template name: String) -> RenderPlan? {
        guard plans.templates.contains(name) else { return nil }
        return plans.plan(
            for: ContextShape(context), template: name, render: { library.render($0, withTemplate: name) ?? "" },
            skeleton: { ContextShape.skeleton(of: context) })
    }

    /// The output through the plan for `shape` (made from `skeleton` on first use), or nil when
    /// that shape has no plan.
    private func planned(_ shape: ContextShape, template name: String, skeleton: () -> Any) -> [UInt8]? {
        let plan = plans.plan(
            for: shape, template: name, render: { library.render($0, withTemplate: name) ?? "" }, skeleton: skeleton)
        return plan?.render(shape.leaves)
    }

    /// Renders `context` with swift-mustache, no plan involved (tests and the fuzzer compare).
    package func renderDirectly(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// `{{> name}}` and `{{< name}}` in `source` that name no template.
    package static func missingPartials(_ scan: TemplateScan, in source: TemplateSource, known: Set<String>)
        -> [Diagnostic]
    {
        scan.referenceTags.filter { !known.contains($0.name) }.map { name, tag in
            let meant = EditDistance.likelyMeant(name, among: known.sorted()).map { "did you mean `\($0)`? " }
            return Diagnostic(
                path: source.displayPath, line: tag.line, column: tag.column,
                message: "the partial `\(name)` does not exist",
                hint: (meant ?? "") + "create templates/\(name).mustache or fix the name")
        }
    }

    /// What swift-mustache could not parse, said for the designer: a section closed wrongly or
    /// never is named by its tags, where they are (`TemplateScan.sectionProblem`).
    package static func parseProblem(_ error: MustacheTemplate.ParserError, in source: TemplateSource) -> Diagnostic {
        if let section = TemplateScan.sectionProblem(in: source.text, path: source.displayPath) { return section }
        // The pragma line comes first: the designer's line 1 is the parser's line 2.
        let unfinished = "\(error.error)" == "unfinishedName"
        return Diagnostic(
            path: source.displayPath, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
            message: "template error: \(explain(error.error))",
            hint: unfinished
                ? "end each tag with `}}` (`}}}` after `{{{`); for a value's HTML as it is, write {{{name}}}, not {{&name}}"
                : "check that every {{#section}} and {{^section}} has its {{/section}}")
    }

    package static func explain(_ error: any Error) -> String {
        switch "\(error)" {
        case "expectedSectionEnd": return "a section is never closed"
        case "sectionCloseNameIncorrect": return "a section is closed with the wrong name"
        case "unfinishedName": return "a tag is not finished"
        default: return "\(error)"
        }
    }
}
