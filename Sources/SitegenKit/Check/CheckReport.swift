import Foundation
import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// What `sitegen check` found: findings in a stable order, ready to print as lines or JSON.
public struct CheckReport: Sendable, Equatable {
    /// Sorted by path, line, column, then message; each finding once.
    public var findings: [Diagnostic]

    public init(_ findings: [Diagnostic]) {
        var seen = Set<String>()
        self.findings = findings.map { $0.at(line: 1, column: 1) }
            .sorted { lhs, rhs in
                (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.severity.rawValue, lhs.message)
                    < (rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.severity.rawValue, rhs.message)
            }
            .filter { seen.insert($0.description).inserted }
    }

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }

    /// Whether `check` exits with status 1: on errors, and with `strict` on warnings too.
    public func fails(strict: Bool) -> Bool {
        errors > 0 || (strict && warnings > 0)
    }

    /// `sitegen: 2 errors, 1 warning` or `sitegen: no problems found`.
    public var summary: String {
        if findings.isEmpty { return "sitegen check: no problems found" }
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        return "sitegen check: \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    /// Each finding as `path:line:col: severity: message; hint`, then the summary.
    public var text: String {
        (findings.map(\.description) + [summary]).joined(separator: "\n") + "\n"
    }

    /// The findings as JSON: `{"errors": n, "warnings": n, "findings": [{path, line, column,
    /// severity, message, hint}]}`, keys sorted, so the output is byte-stable. Every control
    /// character in a value is escaped, so the output is safe to print too.
    public var json: String {
        struct Finding: Encodable {
            var path: String
            var line: Int?
            var column: Int?
            var severity: String
            var message: String
            var hint: String?

            // Unknown places and hints are written as null, so every finding has every key.
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(path, forKey: .path)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(message, forKey: .message)
                try container.encode(hint, forKey: .hint)
            }

            enum CodingKeys: String, CodingKey { case path, line, column, severity, message, hint }
        }
        struct Document: Encodable {
            var errors: Int
            var warnings: Int
            var findings: [Finding]
        }
        let document = Document(
            errors: errors, warnings: warnings,
            findings: findings.map {
                Finding(
                    path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue,
                    message: $0.message, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return ControlCharacters.escapedJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
