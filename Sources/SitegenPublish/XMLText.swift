import SitegenCore

/// Escaping for XML text and attribute values (sitemap, Atom), and removal of the characters
/// XML 1.0 does not allow at all (control characters other than tab and line ends) or
/// discourages (DEL and C1 controls, which pages leave out too: see `HTMLEscape`).
package enum XMLText {
    package static func escape(_ value: String) -> String {
        // Nearly every value (addresses, most titles) has nothing to change: found in one byte scan.
        guard needsEscaping(value) else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if ControlCharacters.isControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when `escape` would change `value`: it holds a character to escape or to drop.
    package static func needsEscaping(_ value: String) -> Bool {
        let utf8 = value.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            case 0x09, 0x0A, 0x0D: break
            case 0..<0x20, 0x7F: return true
            // C1 controls are C2 80 to C2 9F.
            case 0xC2:
                let next = utf8.index(after: index)
                if next < utf8.endIndex, (0x80...0x9F).contains(utf8[next]) { return true }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            case 0xEF:
                let rest = utf8[utf8.index(after: index)...].prefix(2)
                if rest.count == 2, rest.first == 0xBF, rest.last! >= 0xBE { return true }
            default: break
            }
            index = utf8.index(after: index)
        }
        return false
    }
}
