import Yams

/// The keys `site.yaml` may hold, and a warning for each key sitegen does not know: a slip
/// such as `markdwon:` would otherwise be ignored without a word, and the setting lost.
///
/// Like unknown front matter keys (`FrontMatterCheck`), they are warnings, said by `build` and
/// `check` alike, at the key's place, naming the nearest known key.
package enum SiteConfigKeys {
    /// The top-level keys: those `SiteConfig.parse` reads, `keep` (names the build leaves in the
    /// output folder), and the content model's `sections`, `params` and `taxonomies`.
    package static let topLevel = [
        "baseURL", "timezone", "defaultLanguage", "languages", "menus", "markdown", "theme", "keep", "sections",
        "params", "taxonomies",
    ]
    package static let markdown = [
        "unsafe", "cjkFriendly", "smartPunctuation", "tables", "footnotes", "strikethrough", "taskLists", "autolinks",
    ]
    package static let theme = ["staleNote", "builtIn"]
    /// The keys of each entry under `languages:`.
    package static let language = ["name", "locale", "title", "params"]

    /// A warning for each key of `text` (site.yaml) that sitegen does not know; none when the
    /// file cannot be read as a mapping (`SiteConfig.parse` says what is wrong then).
    package static func warnings(_ text: String, path: String) -> [Diagnostic] {
        let reader = YAMLReader(path: path)
        guard let root = (try? reader.compose(text)) ?? nil, let map = root.mapping else { return [] }
        var warnings = unknown(in: map, known: topLevel, prefix: "", reader: reader)
        if let options = map["markdown"]?.mapping {
            warnings += unknown(in: options, known: markdown, prefix: "markdown.", reader: reader)
        }
        if let options = map["theme"]?.mapping {
            warnings += unknown(in: options, known: theme, prefix: "theme.", reader: reader)
        }
        for (code, entry) in map["languages"]?.mapping ?? [:] {
            guard let code = code.scalarText, let fields = entry.mapping else { continue }
            warnings += unknown(in: fields, known: language, prefix: "languages.\(code).", reader: reader)
        }
        return warnings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// The key under `known` that `key` is most likely a slip for, when one is that close.
    package static func meant(_ key: String, among known: [String]) -> String? {
        guard let nearest = EditDistance.nearest(to: key, in: known),
            nearest.distance <= max(2, key.count / 3)
        else { return nil }
        return nearest.word
    }

    /// The unknown key of `map` (not among `known`) that is most likely a slip for `key`: what
    /// to point at when `key` is missing.
    package static func slip(for key: String, in map: Node.Mapping, known: [String]) -> (key: String, node: Node)? {
        for node in map.keys {
            guard let written = node.scalarText, !known.contains(written), meant(written, among: [key]) != nil
            else { continue }
            return (written, node)
        }
        return nil
    }

    private static func unknown(in map: Node.Mapping, known: [String], prefix: String, reader: YAMLReader)
        -> [Diagnostic]
    {
        map.keys.compactMap { node in
            guard let key = node.scalarText, !known.contains(key) else { return nil }
            let (line, column) = reader.position(of: node)
            let hint =
                meant(key, among: known).map { "did you mean `\($0)`? Rename the key to `\($0)`" }
                ?? "sitegen reads only \(known.map { "`\($0)`" }.joined(separator: ", ")) here, and ignores `\(key)`"
            return Diagnostic(
                path: reader.path, line: line, column: column, severity: .warning,
                message: "`\(prefix)\(key)` is not a site.yaml setting sitegen knows", hint: hint)
        }
    }
}
