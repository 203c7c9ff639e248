import SitegenCore
import SitegenMarkdown
import SitegenPublish
import SitegenSearch
import SitegenTemplates

/// Changes one key of a file's front matter and leaves every other byte of the file as it was:
/// other keys, comments, the body, line ends (LF or CRLF) and a BOM.
public enum FrontMatterEditor {
    /// `text` with `key: value` set: the first line of that key replaced, or a new line added
    /// before the closing `---`. Nil when the file has no front matter to edit.
    public static func setting(_ key: String, to value: String, in text: String) -> String? {
        var lines = splitKeepingEnds(text)
        guard let first = lines.first, stripBOM(content(first)) == "---" else { return nil }
        guard let closing = lines.indices.dropFirst().first(where: { content(lines[$0]) == "---" }) else { return nil }
        let ending = lineEnding(of: lines[0])
        let newLine = "\(key): \(value)"
        if let existing = (1..<closing).first(where: { content(lines[$0]).hasPrefix(key + ":") }) {
            lines[existing] = newLine + lineEnding(of: lines[existing])
        } else {
            lines.insert(newLine + ending, at: closing)
        }
        return lines.joined()
    }

    /// Lines with their line end (`\n`, `\r\n` or `\r`) still attached.
    static func splitKeepingEnds(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A line without its line end and trailing spaces.
    static func content(_ line: String) -> String {
        var text = Substring(line)
        while let last = text.last, last == "\n" || last == "\r\n" || last == "\r" { text.removeLast() }
        return String(text.trimmingTrailingSpaces())
    }

    static func lineEnding(of line: String) -> String {
        switch line.last {
        case "\r\n": return "\r\n"
        case "\r": return "\r"
        default: return "\n"
        }
    }

    static func stripBOM(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
