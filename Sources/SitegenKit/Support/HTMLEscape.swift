/// Escaping for HTML text and attribute values written by sitegen itself (templates escape
/// their own `{{values}}`).
public enum HTMLEscape {
    /// `value` with `&`, `<`, `>`, `"` and `'` escaped, byte by byte: a `<` is escaped even when
    /// a combining mark follows it (a `Character` walk would see `<` + U+0338 as one character
    /// that is not `<`, and let a raw `<` through).
    public static func text(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return value
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        append(value, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `value`'s UTF-8, escaped as `text(_:)` escapes it, to `output`.
    static func append(_ value: String, to output: inout [UInt8]) {
        // Runs with nothing to escape are copied whole: a byte-at-a-time append showed in profiles.
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if copied != nil { return }
        for byte in value.utf8 {
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }

    public static func attribute(_ value: String) -> String { text(value) }
}
