/// Control characters (C0, DEL, C1) in text that sitegen prints or writes.
///
/// File names and front matter values may hold them (YAML's `"\e[2J"` is an ESC). Printed raw
/// to a terminal they clear the screen, set its title or move the cursor, so messages show them
/// escaped; HTML and XML forbid most of them in text, so pages leave them out.
package enum ControlCharacters {
    /// Whether `scalar` is a C0 control, DEL or a C1 control.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `text` holds a control character (leaving out C0 when not `countingC0`): found
    /// in one byte scan (C1 controls are `C2 80` to `C2 9F` in UTF-8).
    package static func occur(in text: String, countingC0: Bool = true) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (countingC0 && byte < 0x20) || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// `text` with each control character written as `\u{1B}`: safe to print on a terminal,
    /// and still telling the author which character is there.
    package static func escaped(_ text: String) -> String {
        guard occur(in: text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON text with DEL and C1 controls written as `\u007f`-style escapes. JSON encoders
    /// escape C0 controls only; the others are valid in JSON strings but act on terminals.
    /// Outside strings JSON has nothing but ASCII, so every such character is in a string.
    package static func escapedJSON(_ json: String) -> String {
        guard occur(in: json, countingC0: false) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count + 8)
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                result += "\\u00" + String(scalar.value, radix: 16)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
