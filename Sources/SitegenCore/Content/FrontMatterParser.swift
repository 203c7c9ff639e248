import Foundation
import Yams

/// Splits a page into front matter and Markdown body, and parses the front matter.
///
/// Accepts a UTF-8 BOM and CRLF or CR line ends; the body keeps its line numbers
/// (`bodyStartLine`) so later stages can report positions in the original file.
public enum FrontMatterParser {
    /// The result of splitting and parsing one file.
    public struct Parsed: Sendable, Equatable {
        public var frontMatter: FrontMatter
        public var body: Substring
        /// The 1-based line of the file on which the body starts.
        public var bodyStartLine: Int
    }

    /// Removes a BOM and turns CRLF and CR into LF.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // A byte search (memchr): Foundation's `contains("\r")` is slow on long pages.
        let hasCR =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
            }
            ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        // "\r\n" is one Character in Swift, so replace it before lone "\r".
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Parses one file, stopping at its first problem (what `build` does).
    public static func parse(_ source: SourceFile) throws(Diagnostic) -> Parsed {
        let (parsed, problems) = parseCollecting(source)
        if let first = problems.first { throw first }
        return parsed!
    }

    /// Parses one file and reports every problem of its front matter, not just the first
    /// (what `check` does). `parsed` is nil when the file cannot be split at all; otherwise
    /// it holds every key that could be read.
    public static func parseCollecting(_ source: SourceFile) -> (parsed: Parsed?, problems: [Diagnostic]) {
        let text = normalize(source.text)
        let path = source.displayPath
        let example = "---\ntitle: …\n---"
        if text.allSatisfy(\.isWhitespace) {
            return (
                nil,
                [
                    Diagnostic(
                        path: path, line: 1, column: 1, message: "the file is empty",
                        hint:
                            "start it with front matter (\(example.replacingOccurrences(of: "\n", with: " "))) and write the page below"
                    )
                ]
            )
        }
        // Lines are found by byte: a "\n" is always a Character of its own, and splitting the
        // whole body into lines to join it again is most of the cost of a large page.
        let lines = LineScanner(text)
        guard let first = lines.next(after: nil), text[first].trimmingTrailingSpaces() == "---" else {
            return (
                nil,
                [
                    Diagnostic(
                        path: path, line: 1, column: 1, message: "the file does not start with front matter",
                        hint: "put a line `---`, then `title: …`, then `---` at the very top")
                ]
            )
        }
        var closing = first
        var closingNumber = 0
        repeat {
            guard let line = lines.next(after: closing) else {
                return (
                    nil,
                    [
                        Diagnostic(
                            path: path, line: 1, column: 1,
                            message: "the front matter opened on line 1 is never closed",
                            hint: "add a line `---` after the last front matter key")
                    ]
                )
            }
            closing = line
            closingNumber += 1
        } while text[closing].trimmingTrailingSpaces() != "---"
        let yaml = closingNumber == 1 ? "" : String(text[lines.start(after: first)..<lines.end(before: closing)])
        let body = text[lines.start(after: closing)...]
        var problems: [Diagnostic] = []
        let frontMatter = parseYAML(yaml, path: path, problems: &problems)
        return (Parsed(frontMatter: frontMatter, body: body, bodyStartLine: closingNumber + 2), problems)
    }

    /// Parses the YAML between the `---` lines (which starts on line 2 of the file).
    /// Every problem found is appended to `problems`; keys with a bad value are left unset.
    package static func parseYAML(_ yaml: String, path: String, problems: inout [Diagnostic]) -> FrontMatter {
        let reader = YAMLReader(path: path, lineOffset: 1)
        var matter = FrontMatter()
        let root: Node?
        do {
            root = try reader.compose(yaml)
        } catch {
            problems.append(error)
            matter.isUnreadable = true
            return matter
        }
        guard let root else {
            problems.append(
                Diagnostic(
                    path: path, line: 2, column: 1, message: "the front matter is empty",
                    hint: "add at least `title: …`"))
            return matter
        }
        guard let map = root.mapping else {
            problems.append(
                reader.diagnostic(
                    at: root, "the front matter must be `key: value` lines", hint: "write it like `title: …`"))
            matter.isUnreadable = true
            return matter
        }
        for (keyNode, valueNode) in map {
            do throws(Diagnostic) {
                try readKey(keyNode, valueNode, into: &matter, reader: reader)
            } catch {
                problems.append(error)
            }
        }
        if matter.title.trimmingCharacters(in: .whitespaces).isEmpty, let position = matter.positions["title"] {
            problems.append(
                Diagnostic(
                    path: path, line: position.line, column: position.column, message: "`title` is empty",
                    hint: "write the page's title after `title:`, e.g. `title: 研究都市の戦略` or `title: Our strategy`"))
        } else if matter.title.trimmingCharacters(in: .whitespaces).isEmpty {
            // `titel: …` is what most often stands for a missing title.
            let typo = FrontMatter.misspelling(of: "title", in: matter)
            problems.append(
                Diagnostic(
                    path: path, line: typo?.position.line ?? 2, column: typo?.position.column ?? 1,
                    message: "the page has no `title`",
                    hint: typo.map { "`\($0.key):` is not a key sitegen knows: rename it to `title:`" }
                        ?? "add `title: …` to the front matter"))
        }
        return matter
    }

    /// Reads one `key: value` pair into `matter`, or throws what is wrong with it.
    private static func readKey(_ keyNode: Node, _ valueNode: Node, into matter: inout FrontMatter, reader: YAMLReader)
        throws(Diagnostic)
    {
        guard let key = keyNode.scalarText else {
            throw reader.diagnostic(at: keyNode, "a front matter key must be plain text")
        }
        if let mark = keyNode.mark {
            matter.positions[key] = SourcePosition(line: mark.line + 1, column: mark.column)
        }
        if let mark = valueNode.mark {
            matter.valuePositions[key] = SourcePosition(line: mark.line + 1, column: mark.column)
        }
        // `aliases` may be a list (`[old/, older/]`): each goes through `set` on its own.
        if key == "aliases", let list = valueNode.sequence {
            for item in list {
                if let mark = item.mark {
                    matter.positions["aliases[\(matter.aliases.count)]"] = SourcePosition(
                        line: mark.line + 1, column: mark.column)
                }
                guard let value = item.scalarText else {
                    throw reader.diagnostic(at: item, "each of `aliases` must be a path, such as `old-name/`")
                }
                do throws(ValueProblem) {
                    try set(key, value, in: &matter)
                } catch {
                    throw reader.diagnostic(at: item, error.message, hint: error.hint)
                }
            }
            return
        }
        // A key sitegen does not know may be a list a section declares (`type: list`).
        if !FrontMatter.knownKeys.contains(key), let list = valueNode.sequence {
            var items: [String] = []
            for item in list {
                guard let text = item.scalarText else {
                    throw reader.diagnostic(at: item, "each entry of `\(key)` must be a single value")
                }
                items.append(text)
            }
            matter.extraLists[key] = items
            return
        }
        guard let value = valueNode.scalarText else {
            throw reader.diagnostic(
                at: valueNode, "`\(key)` must be a single value, not a list or mapping",
                hint: "write it on one line after `\(key):`")
        }
        do throws(ValueProblem) {
            try set(key, value, in: &matter)
        } catch {
            throw reader.diagnostic(at: valueNode, error.message, hint: error.hint)
        }
    }

    /// What is wrong with a front matter value; the caller knows where it is.
    package struct ValueProblem: Error {
        package var message: String
        package var hint: String?
    }

    /// Sets `key` to `value` in `matter`, or throws what is wrong with the value.
    package static func set(_ key: String, _ value: String, in matter: inout FrontMatter) throws(ValueProblem) {
        let isNull = value.isEmpty || value == "~" || value == "null"
        switch key {
        case "title": matter.title = value
        case "summary": matter.summary = isNull ? nil : value
        case "tagline": matter.tagline = isNull ? nil : value
        case "date": matter.date = isNull ? nil : try date(key, value)
        case "dateLabel": matter.dateLabel = isNull || value.isEmpty ? nil : value
        case "updated": matter.updated = isNull ? nil : try updated(value)
        case "weight": matter.weight = try weight(value)
        case "paginate": matter.paginate = isNull ? nil : try paginate(value)
        case "draft":
            guard value == "true" || value == "false" else {
                throw ValueProblem(message: "`draft` must be true or false")
            }
            matter.draft = value == "true"
        case "publishDate": matter.publishDate = isNull ? nil : try scheduleTime(key, value)
        case "expiryDate": matter.expiryDate = isNull ? nil : try scheduleTime(key, value)
        case "layout": matter.layout = isNull ? nil : value
        case "translationKey": matter.translationKey = isNull ? nil : try translationKey(value)
        case "translatedFrom": matter.translatedFrom = isNull ? nil : value
        case "aliases": if !isNull { matter.aliases.append(try alias(value)) }
        default: matter.extra[key] = value
        }
    }
}

/// What to write for a date that is not one: the same date written as the contract wants it
/// when that is what was meant (`2026-2-5`, `2026/02/05` → `2026-02-05`).
package func dateHint(_ value: String) -> String {
    let parts = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
    let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
    if (2...3).contains(parts.count), parts[0].count == 4, numbers.count == parts.count {
        let written =
            ([String(numbers[0])] + numbers.dropFirst().map { $0 < 10 ? "0\($0)" : String($0) }).joined(separator: "-")
        if CalendarDate(written) != nil {
            return "write it as \(written): year, month and day with hyphens, two digits each"
        }
    }
    if value.hasSuffix("年度") || value.uppercased().hasPrefix("FY") {
        let digits = value.filter(\.isASCII).filter(\.isNumber)
        return "write a fiscal year as FY\(digits.count == 4 ? digits : "2025"): FY and the year it starts in"
    }
    return "write YYYY-MM-DD (2025-02-18), YYYY-MM (2001-04) when only the month is known, or FY2025 for a fiscal year"
}

extension Substring {
    package func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
