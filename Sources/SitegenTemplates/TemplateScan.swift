import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// What a template's text says about whether `RenderPlan`s may stand in for rendering it.
///
/// A plan is exact only when a template can do nothing with a string or number but print it.
/// These features can do more, so a template using them, or reaching a partial or parent that
/// does, is always rendered by swift-mustache directly:
/// - transforms (`{{uppercased(name)}}`, `{{^last()}}`) read the value or the list position;
/// - changed delimiters (`{{=<% %>=}}`) hide tags from this scan;
/// - dynamic partials (`{{>*name}}`) use a value as a template name;
/// - a partial, parent or block tag on a line that starts with a space or tab may make
///   swift-mustache indent the lines it renders, which depends on what the values end with;
/// - a tag that runs over several lines (this scan would not vouch for it);
/// - the private-use characters plans use as markers, in the template's own text.
package struct TemplateScan: Sendable {
    /// Partials and parents the template names (`{{> name}}`, `{{< name}}`).
    package var references: Set<String> = []
    /// The template a `{{> name}}` or `{{< name}}` tag names.
    package static func name(in body: String) -> String {
        body.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Each reference with its tag, in the order written.
    package var referenceTags: [(name: String, tag: Tag)] = []
    /// False when the template itself uses one of the features above.
    package var plannable = true
    /// Whether it changes delimiters (`{{=<% %>=}}`): its later tags are hidden from `names`.
    package var changesDelimiters = false
    /// The names its tags hold, without their markers (`page.previous` for
    /// `{{#page.previous}}`), for `TemplateSet.reaches(pageKey:)`.
    package var names: Set<String> = []

    package init(_ text: String) {
        if text.unicodeScalars.contains(where: { RenderPlan.reserved.contains($0) }) { plannable = false }
        for tag in Self.tags(in: text) {
            let body = tag.body
            names.insert(body.drop { "#^/&{!>< ".contains($0) }.trimmingCharacters(in: .whitespaces))
            if body.first == "=" { changesDelimiters = true }
            if body.contains("(") || body.first == "=" || tag.multiline { plannable = false }
            guard let marker = body.first, marker == ">" || marker == "<" || marker == "$" else { continue }
            if tag.indented { plannable = false }
            guard marker != "$" else { continue }
            let name = Self.name(in: body)
            if name.first == "*" { plannable = false }
            guard !name.isEmpty, name.first != "*" else { continue }
            references.insert(name)
            referenceTags.append((name, tag))
        }
    }

    /// A template that includes itself, directly or through others: one problem per cycle, at
    /// the reference that closes it. Even inside a section such a cycle rarely ends (a name not
    /// found in the inner context is looked up in the outer ones, so `{{#menu}}` finds the same
    /// menu at every level), and swift-mustache would then recurse until the stack overflows.
    package static func cycles(_ scans: [String: TemplateScan], displayPaths: [String: String]) -> [Diagnostic] {
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

    /// The first section tag that does not pair up in `text`, said with both tags and where
    /// they are: a `{{/name}}` that closes another section than the innermost open one, one
    /// that closes nothing, or a section never closed. Nil when sections pair up.
    package static func sectionProblem(in text: String, path: String) -> Diagnostic? {
        var open: [(name: String, tag: Tag)] = []
        for tag in tags(in: text) where !tag.multiline {
            guard let marker = tag.body.first, "#^$</".contains(marker) else { continue }
            let name = String(tag.body.dropFirst()).trimmingCharacters(in: .whitespaces)
            guard marker == "/" else {
                open.append((name, tag))
                continue
            }
            guard let innermost = open.popLast() else {
                return Diagnostic(
                    path: path, line: tag.line, column: tag.column,
                    message: "template error: `{{/\(name)}}` closes a section that was never opened",
                    hint: "remove it, or open the section with {{#\(name)}} before it")
            }
            if innermost.name != name {
                return Diagnostic(
                    path: path, line: tag.line, column: tag.column,
                    message:
                        "template error: `{{/\(name)}}` comes while `{{\(innermost.tag.body)}}` (line \(innermost.tag.line), column \(innermost.tag.column)) is still open",
                    hint: "close it first with {{/\(innermost.name)}}, or fix the name")
            }
        }
        if let unclosed = open.last {
            return Diagnostic(
                path: path, line: unclosed.tag.line, column: unclosed.tag.column,
                message: "template error: `{{\(unclosed.tag.body)}}` is never closed",
                hint: "add {{/\(unclosed.name)}} where the section ends")
        }
        return nil
    }

    /// A `{{…}}` tag: what is between the braces (trimmed), where it starts, whether its line
    /// starts with a space or tab, and whether the tag runs over more than one line or had a
    /// `{{` before it inside (`multiline`: either way the scan would not vouch for it).
    package struct Tag: Sendable {
        package var body: String
        package var line: Int
        package var column: Int
        package var indented: Bool
        package var multiline: Bool
    }

    /// Every tag of `text`. Lines end at LF alone, so a CRLF file has the same lines (a `Character`
    /// split would see `\r\n` as one character that is not `\n`); a tag may span lines, as
    /// swift-mustache allows.
    package static func tags(in text: String) -> [Tag] {
        let bytes = Array(text.utf8)
        var tags: [Tag] = []
        var line = 1
        var lineStart = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            guard bytes[i] == 0x7B, bytes[i + 1] == 0x7B else {
                i += 1
                continue
            }
            // A `{{` inside a tag starts the tag again: swift-mustache may read `{{ {{> t}}` as
            // the partial `t`, and a scan that missed it could miss a template including itself.
            var open = i
            var close = i + 2
            var nested = false
            while close + 1 < bytes.count, !(bytes[close] == 0x7D && bytes[close + 1] == 0x7D) {
                if bytes[close] == 0x7B, bytes[close + 1] == 0x7B {
                    open = close
                    nested = true
                    close += 2
                } else {
                    close += 1
                }
            }
            guard close + 1 < bytes.count else { break }
            for k in i..<open where bytes[k] == 0x0A {
                line += 1
                lineStart = k + 1
            }
            let body = bytes[(open + 2)..<close]
            tags.append(
                Tag(
                    body: String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
                    line: line, column: String(decoding: bytes[lineStart..<open], as: UTF8.self).count + 1,
                    indented: bytes[lineStart] == 0x20 || bytes[lineStart] == 0x09,
                    multiline: nested || body.contains(0x0A)))
            for k in open..<close where bytes[k] == 0x0A {
                line += 1
                lineStart = k + 1
            }
            i = close + 2
        }
        return tags
    }

    /// The names among `scans` whose template, and every template it reaches, is plannable.
    package static func plannable(_ scans: [String: TemplateScan]) -> Set<String> {
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
