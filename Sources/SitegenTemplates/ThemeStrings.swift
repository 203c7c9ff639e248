import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The theme's interface strings for one language, from `templates/i18n/<lang>.yaml`.
public struct ThemeStrings: Sendable, Equatable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(key: String) -> String? { values[key] }

    /// Parses a flat `key: text` mapping.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> ThemeStrings {
        let reader = YAMLReader(path: path)
        guard let root = try reader.compose(text) else { return ThemeStrings() }
        guard let map = root.mapping else {
            throw reader.diagnostic(at: root, "interface strings must be `key: text` lines")
        }
        var values: [String: String] = [:]
        for (keyNode, valueNode) in map {
            guard let key = keyNode.scalarText, let value = valueNode.scalarText else {
                throw reader.diagnostic(
                    at: valueNode, "each interface string must be `key: text`", hint: "quote texts that contain `:`")
            }
            values[key] = value
        }
        return ThemeStrings(values)
    }
}
