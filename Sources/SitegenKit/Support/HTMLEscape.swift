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
