/// A problem found in the input, with the place it was found and what to do about it.
///
/// Every stage reports problems as diagnostics so that authors always see
/// `path:line:col: severity: message; hint`, whatever stage found the problem.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    /// Path as the author knows it, relative to the folder `sitegen` runs in (e.g. `content/events/x.ja.md`).
    public var path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column (in characters), or nil.
    public var column: Int?
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(
        path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
        message: String, hint: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `path:line:col`, leaving out the parts that are unknown.
    public var location: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// The same diagnostic placed at `line` and `column` when it has no place of its own.
    package func at(line: Int, column: Int) -> Diagnostic {
        var copy = self
        copy.line = copy.line ?? line
        copy.column = copy.column ?? column
        return copy
    }

    /// The diagnostic as one line of text, with control characters from file names and values
    /// shown escaped (`\u{1B}`), so printing it cannot act on the terminal.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "; \(hint)" }
        return ControlCharacters.escaped(text)
    }
}

/// One or more errors that stopped a build.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// The errors a stage collected; a full disk, found by every file written after it filled
    /// up, is said once (`DiskFull`).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = DiskFull.folded(diagnostics)
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
