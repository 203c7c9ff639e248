import Yams

/// Parses YAML into Yams nodes and turns Yams errors into diagnostics with a position.
///
/// `lineOffset` shifts reported lines for YAML that starts below line 1 of its file
/// (front matter starts on line 2).
package struct YAMLReader {
    package var path: String
    package var lineOffset: Int = 0

    package init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// The most nodes a document may hold, counting alias expansions: protects against
    /// "billion laughs" documents whose aliases expand to millions of nodes.
    package static let nodeBudget = 20_000

    package func compose(_ text: String) throws(Diagnostic) -> Node? {
        let node: Node?
        do {
            // An explicit encoding: Yams' default reads the environment on every call. The basic
            // resolver: sitegen reads every value as text (`scalarText`), so Yams need not match
            // each scalar against its regular expressions for numbers, booleans and dates, which
            // it did for every key to check for duplicates. Keys are compared as text too, so
            // `1:` and `"1":` (the same key to sitegen) are reported as a repeated key.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            var found = diagnostic(for: error)
            // Yams names what confused its parser, often lines below the slip an author made.
            if let slip = YAMLSlip.find(in: text, before: (found.line ?? Int.max) - lineOffset) {
                found = Diagnostic(
                    path: path, line: slip.line + lineOffset, column: slip.column, message: slip.message,
                    hint: slip.hint)
            }
            throw found
        } catch {
            throw Diagnostic(path: path, line: lineOffset + 1, column: 1, message: "cannot read YAML: \(error)")
        }
        if let node {
            var count = 0
            if !Self.withinBudget(node, count: &count) {
                throw Diagnostic(
                    path: path, line: lineOffset + (node.mark?.line ?? 1), column: 1,
                    message: "YAML expands to more than \(Self.nodeBudget) values (anchors and aliases)",
                    hint: "write the values out instead of repeating them with aliases")
            }
        }
        return node
    }

    /// Walks the tree and stops as soon as it has counted more than the budget.
    private static func withinBudget(_ node: Node, count: inout Int) -> Bool {
        count += 1
        if count > nodeBudget { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for child in sequence where !withinBudget(child, count: &count) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                if !withinBudget(key, count: &count) || !withinBudget(value, count: &count) { return false }
            }
            return true
        }
    }

    /// A diagnostic at a node's position.
    package func diagnostic(at node: Node?, _ message: String, hint: String? = nil) -> Diagnostic {
        let (line, column) = position(of: node)
        return Diagnostic(path: path, line: line, column: column, message: message, hint: hint)
    }

    /// A node's 1-based line in the file and column, for checks made after reading.
    package func position(of node: Node?) -> (line: Int?, column: Int?) {
        (node?.mark.map { $0.line + lineOffset }, node?.mark?.column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ':' or start with a special character"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return Diagnostic(
                path: path, line: mark.line + lineOffset, column: mark.column,
                message: "invalid YAML: \(detail)\(problem)", hint: hint)
        case .reader(let problem, let offset, _, let yaml):
            // `offset` counts characters.
            let before = offset.map { yaml.prefix($0) } ?? ""
            let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
            let column = before.reversed().prefix { !$0.isNewline }.count + 1
            return Diagnostic(
                path: path, line: line + lineOffset, column: column, message: "invalid YAML: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                path: path, line: context.mark.line + lineOffset, column: context.mark.column,
                message: "the key \(duplicates.joined(separator: ", ")) appears twice",
                hint: "keep one of them")
        default:
            return Diagnostic(
                path: path, line: lineOffset + 1, column: 1, message: "invalid YAML: \(error)", hint: hint)
        }
    }
}

extension Node {
    /// The scalar text of a node, whatever tag YAML resolved for it (dates stay text).
    package var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }
}
