import Foundation
import Mustache

/// A template file as the loader read it.
public struct TemplateSource: Sendable, Equatable {
    /// The name partials and layouts use (`page`, `partials/header`).
    public var name: String
    public var displayPath: String
    public var text: String

    public init(name: String, displayPath: String, text: String) {
        self.name = name
        self.displayPath = displayPath
        self.text = text
    }
}

/// The theme's Mustache templates, parsed once per build and checked for missing partials.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let names: Set<String>

    public init(_ sources: [TemplateSource]) throws(BuildFailure) {
        _ = TemplateEscaping.registered
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        let names = Set(sources.map(\.name))
        for source in sources {
            do {
                library.register(
                    try MustacheTemplate(string: TemplateEscaping.pragma + source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line comes first: the designer's line 1 is the parser's line 2.
                problems.append(
                    Diagnostic(
                        path: source.displayPath, line: max(1, error.context.lineNumber - 1),
                        column: error.context.columnNumber,
                        message: "template error: \(Self.explain(error.error))",
                        hint: "check that every {{#section}} and {{^section}} has its {{/section}}"))
            } catch {
                problems.append(Diagnostic(path: source.displayPath, message: "template error: \(error)"))
            }
            problems += Self.missingPartials(in: source, known: names)
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        self.library = library
        self.names = names
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders `context` with the template `name`, which must exist.
    public func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// `{{> name}}` and `{{< name}}` that name no template.
    static func missingPartials(in source: TemplateSource, known: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var line = 1
        for text in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = text[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let marker = tag.first, marker == ">" || marker == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !known.contains(name) {
                        let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
                        problems.append(
                            Diagnostic(
                                path: source.displayPath, line: line, column: column,
                                message: "the partial `\(name)` does not exist",
                                hint: "create templates/\(name).mustache or fix the name"))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
            line += 1
        }
        return problems
    }

    static func explain(_ error: any Error) -> String {
        switch "\(error)" {
        case "expectedSectionEnd": return "a section is never closed"
        case "sectionCloseNameIncorrect": return "a section is closed with the wrong name"
        case "unfinishedName": return "a tag is not finished"
        default: return "\(error)"
        }
    }
}
