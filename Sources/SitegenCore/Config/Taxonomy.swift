import Yams

/// A way of classifying pages across sections (`taxonomies:` in site.yaml): `topics`, `tags`.
///
/// A page lists its terms under the taxonomy's name (`topics: [半導体, GX]`). Each language
/// gets a page listing the terms with their counts (`<lang>/<name>/`) and a page per term
/// (`<lang>/<name>/<term>/`, paged, with an Atom feed). A term's label per language comes from
/// the taxonomy's terms file, `content/data/<name>.yaml` (`TermsFile`), so 半導体 and
/// "Semiconductors" are one term.
public struct Taxonomy: Sendable, Equatable {
    /// The front matter key and the folder of its pages (`topics`).
    public var name: String
    /// Its name as readers see it, per language (`label: { ja: トピック, en: Topics }`).
    public var labels: [String: String] = [:]
    /// Entries per page of a term's list; nil lists them all on one page.
    public var paginate: Int?
    /// Where the declaration stands in site.yaml.
    public var line: Int
    public var column: Int

    public init(name: String, line: Int = 1, column: Int = 1) {
        self.name = name
        self.line = line
        self.column = column
    }

    /// Its name in `language`, else the name as declared.
    public func label(_ language: String) -> String { labels[language] ?? name }

    /// The site-data file that labels its terms (`content/data/topics.yaml`), below content/.
    public var termsFile: String { "data/\(name).yaml" }
}

extension Taxonomy {
    /// Reads `taxonomies:`: a list of names (`[tags, topics]`) or a mapping of names to
    /// `label` (per language) and `paginate`. A name must be a slug, and may not be a key
    /// every page has.
    package static func parseAll(_ node: Node, languages: [Language], reader: YAMLReader) throws(Diagnostic)
        -> [Taxonomy]
    {
        let entries: [(Node, Node?)]
        if let list = node.sequence {
            entries = list.map { ($0, nil) }
        } else if let map = node.mapping {
            entries = map.map { ($0.key, $0.value) }
        } else {
            throw reader.diagnostic(
                at: node, "`taxonomies` must be a list of names or a mapping of names to settings",
                hint: "write it as taxonomies: [tags, topics], or topics: { label: { ja: トピック, en: Topics } }")
        }
        var taxonomies: [Taxonomy] = []
        for (nameNode, settings) in entries {
            guard let name = nameNode.scalarText, ContentPath.isValidSlug(name) else {
                throw reader.diagnostic(
                    at: nameNode, "a taxonomy's name is the front matter key and the folder of its pages",
                    hint: "use lower-case letters, digits and hyphens, such as `topics`")
            }
            if FrontMatter.knownKeys.contains(name) || taxonomies.contains(where: { $0.name == name }) {
                throw reader.diagnostic(
                    at: nameNode, "`\(name)` cannot be a taxonomy: it is already a front matter key",
                    hint: "name the taxonomy otherwise, such as `topics` or `tags`")
            }
            let (line, column) = reader.position(of: nameNode)
            var taxonomy = Taxonomy(name: name, line: line ?? 1, column: column ?? 1)
            if let settings { try taxonomy.read(settings, languages: languages, reader: reader) }
            taxonomies.append(taxonomy)
        }
        return taxonomies
    }

    /// Reads one taxonomy's `label` and `paginate`.
    private mutating func read(_ node: Node, languages: [Language], reader: YAMLReader) throws(Diagnostic) {
        guard let map = node.mapping else {
            throw reader.diagnostic(
                at: node, "the settings of taxonomy `\(name)` must be a mapping",
                hint: "write it as \(name): { label: { ja: トピック, en: Topics }, paginate: 10 }")
        }
        for (keyNode, value) in map {
            switch keyNode.scalarText {
            case "label":
                guard let labelMap = value.mapping else {
                    throw reader.diagnostic(
                        at: value, "`label` of taxonomy `\(name)` must name it in each language",
                        hint: "write it as label: { ja: トピック, en: Topics }")
                }
                for (codeNode, textNode) in labelMap {
                    guard let code = codeNode.scalarText, languages.contains(where: { $0.code == code }),
                        let text = textNode.scalarText
                    else {
                        throw reader.diagnostic(
                            at: codeNode, "`label` of taxonomy `\(name)` names it in a language the site does not have",
                            hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
                    }
                    labels[code] = text
                }
            case "paginate":
                guard let size = value.scalarText.flatMap({ Int($0) }), size > 0 else {
                    throw reader.diagnostic(
                        at: value, "`paginate` of taxonomy `\(name)` must be a number of entries per page",
                        hint: "write a whole number above 0, e.g. 10")
                }
                paginate = size
            default:
                throw reader.diagnostic(
                    at: keyNode, "a taxonomy has `label` and `paginate`, not `\(keyNode.scalarText ?? "?")`",
                    hint: "remove it")
            }
        }
    }
}
