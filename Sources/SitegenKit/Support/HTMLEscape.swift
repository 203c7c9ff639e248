/// Escaping for HTML text and attribute values written by sitegen itself (templates escape
/// their own `{{values}}`).
public enum HTMLEscape {
    public static func text(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    public static func attribute(_ value: String) -> String { text(value) }
}
