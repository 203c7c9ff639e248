import SitegenCore

/// The text rules of iCalendar (RFC 5545): escaping of TEXT values and folding of long lines.
package enum ICalendarText {
    /// Escapes `\`, `;`, `,` and line ends (as `\n`); drops other control characters.
    package static func escape(_ value: String) -> String {
        // Most values have nothing to escape or drop: found in one byte scan.
        guard
            value.utf8.contains(where: {
                $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";")
                    || $0 == UInt8(ascii: ",")
            })
        else {
            return value
        }
        var result = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            default:
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a content line into lines of at most 75 octets (the leading space of each
    /// continuation counts), never inside a UTF-8 sequence; joined with CRLF.
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result
    }
}
