import Foundation

/// What a template's text says about whether `RenderPlan`s may stand in for rendering it.
///
/// A plan is exact only when a template can do nothing with a string or number but print it.
/// These features can do more, so a template using them, or reaching a partial or parent that
/// does, is always rendered by swift-mustache directly:
/// - transforms (`{{uppercased(name)}}`, `{{^last()}}`) read the value or the list position;
/// - changed delimiters (`{{=<% %>=}}`) hide tags from this scan;
/// - dynamic partials (`{{>*name}}`) use a value as a template name;
/// - a partial, parent or block tag indented on its line makes swift-mustache indent the
///   lines it renders, which depends on what the values end with;
/// - the private-use characters plans use as markers, in the template's own text.
struct TemplateScan: Sendable {
    /// Partials and parents the template names (`{{> name}}`, `{{< name}}`).
    var references: Set<String> = []
    /// Each reference with its tag, in the order written.
    var referenceTags: [(name: String, tag: Tag)] = []
    /// False when the template itself uses one of the features above.
    var plannable = true

    init(_ text: String) {
        if text.unicodeScalars.contains(where: { RenderPlan.reserved.contains($0) }) { plannable = false }
        for tag in Self.tags(in: text) {
            let body = tag.body
            if body.contains("(") || body.first == "=" { plannable = false }
            guard let marker = body.first, marker == ">" || marker == "<" || marker == "$" else { continue }
            if tag.indented { plannable = false }
            guard marker != "$" else { continue }
            let name = body.dropFirst().trimmingCharacters(in: .whitespaces)
            if name.first == "*" { plannable = false }
            guard !name.isEmpty else { continue }
            references.insert(name)
            referenceTags.append((name, tag))
        }
    }

    /// A template that includes itself, directly or through others: one problem per cycle, at
    /// the reference that closes it. Even inside a section such a cycle rarely ends (a name not
    /// found in the inner context is looked up in the outer ones, so `{{#menu}}` finds the same
    /// menu at every level), and swift-mustache would then recurse until the stack overflows.
    static func cycles(_ scans: [String: TemplateScan], displayPaths: [String: String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for start in scans.keys.sorted() {
            // Depth-first along references, looking for the way back to `start`.
            var stack: [(name: String, path: [String])] = [(start, [start])]
            var seen: Set<String> = []
            while let (name, path) = stack.popLast() {
                for (next, tag) in scans[name]?.referenceTags ?? [] {
                    if next == start {
                        guard reported.isDisjoint(with: path) else { break }
                        reported.formUnion(path)
                        let chain = (path + [start]).map { "`\($0)`" }.joined(separator: " → ")
                        problems.append(
                            Diagnostic(
                                path: displayPaths[name] ?? name, line: tag.line, column: tag.column,
                                message: "the template `\(start)` includes itself (\(chain))",
                                hint: "remove this {{\(tag.body)}}: a template that includes itself never finishes"))
                    } else if seen.insert(next).inserted {
                        stack.append((next, path + [next]))
                    }
                }
            }
        }
        return problems
    }

    /// A `{{…}}` tag: what is between the braces (trimmed), where it starts, and whether only
    /// spaces or tabs, at least one, come before it on its line.
    struct Tag: Sendable {
        var body: String
        var line: Int
        var column: Int
        var indented: Bool
    }

    /// Every tag of `text`, line by line.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        for text in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = text[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let before = text[..<open.lowerBound]
                tags.append(
                    Tag(
                        body: afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces), line: line,
                        column: text.distance(from: text.startIndex, to: open.lowerBound) + 1,
                        indented: !before.isEmpty && before.allSatisfy { $0 == " " || $0 == "\t" }))
                rest = afterOpen[close.upperBound...]
            }
            line += 1
        }
        return tags
    }

    /// The names among `scans` whose template, and every template it reaches, is plannable.
    static func plannable(_ scans: [String: TemplateScan]) -> Set<String> {
        var result: Set<String> = []
        for name in scans.keys {
            var seen: Set<String> = [name]
            var queue = [name]
            var ok = true
            while ok, let next = queue.popLast() {
                guard let scan = scans[next], scan.plannable else {
                    ok = false
                    break
                }
                for reference in scan.references where seen.insert(reference).inserted { queue.append(reference) }
            }
            if ok { result.insert(name) }
        }
        return result
    }
}
