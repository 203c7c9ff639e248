/// Escaping for HTML text and attribute values written by sitegen itself (templates escape
/// their own `{{values}}` with it too, see `TemplateEscaping`).
///
/// Control characters that HTML does not allow in a document (C0 controls other than tab, line
/// feed, form feed and carriage return; DEL; C1 controls) are left out: a front matter value
/// such as `"\e]0;title\a"` must not reach the page.
public enum HTMLEscape {
    /// `value` with `&`, `<`, `>`, `"` and `'` escaped and controls left out, byte by byte: a
    /// `<` is escaped even when a combining mark follows it (a `Character` walk would see `<` +
    /// U+0338 as one character that is not `<`, and let a raw `<` through).
    public static func text(_ value: String) -> String {
        let utf8 = value.utf8
        guard
            utf8.contains(where: {
                $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || isDisallowedC0($0)
            })
                || ControlCharacters.occur(in: value, countingC0: false)
        else {
            return value
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        append(value, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `value`'s UTF-8, escaped as `text(_:)` escapes it, to `output`.
    package static func append(_ value: String, to output: inout [UInt8]) {
        // Runs with nothing to escape are copied whole: a byte-at-a-time append showed in profiles.
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let replacement: StaticString
                var length = 1
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                case 0x09, 0x0A, 0x0C, 0x0D:
                    index += 1
                    continue
                case 0..<0x20, 0x7F: replacement = ""
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    replacement = ""
                    length = 2
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += length
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if copied != nil { return }
        var previous: UInt8 = 0
        for byte in value.utf8 {
            defer { previous = byte }
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0C, 0x0D: output.append(byte)
            case 0..<0x20, 0x7F: break
            case 0xC2: break
            case 0x80...0x9F where previous == 0xC2: break
            default:
                if previous == 0xC2 { output.append(0xC2) }
                output.append(byte)
            }
        }
    }

    /// `html` (markup sitegen did not escape itself, such as libcmark's output) with the
    /// control characters HTML does not allow left out; the same text when it has none.
    package static func removingControls(_ html: String) -> String {
        guard hasDisallowedControl(html) else { return html }
        var result = String.UnicodeScalarView()
        for scalar in html.unicodeScalars {
            if ControlCharacters.isControl(scalar), scalar.value >= 0x20 || isDisallowedC0(UInt8(scalar.value)) {
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether `text` holds a control character HTML does not allow: one pass over its bytes.
    package static func hasDisallowedControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if isDisallowedC0(byte) || byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                index += 1
            }
            return false
        }
    }

    /// A C0 control other than the whitespace HTML allows (tab, line feed, form feed, carriage return).
    private static func isDisallowedC0(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D
    }

    public static func attribute(_ value: String) -> String { text(value) }
}
