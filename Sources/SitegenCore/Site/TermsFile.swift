import Yams

/// A taxonomy's terms file (`content/data/topics.yaml`): each term's key, which names its
/// pages' folder, and its label in each language.
///
/// ```yaml
/// semiconductors: { ja: 半導体, en: Semiconductors }
/// gx: { ja: GX（グリーントランスフォーメーション）, en: GX (green transformation) }
/// ```
///
/// A page may list a term by its key or by its label in the page's language, so a Japanese
/// page writes `topics: [半導体]` and its translation `topics: [Semiconductors]`, and both lead
/// to `…/topics/semiconductors/`. The same file is site data (`data.topics`) for templates.
public struct TermsFile: Sendable, Equatable {
    /// Key → language code → label.
    public var labels: [String: [String: String]] = [:]
    /// Key → where it stands in the file (1-based line).
    public var lines: [String: Int] = [:]
    /// The file as diagnostics name it.
    public var path = ""
    /// Language code → label → key, for reading pages that name terms by label.
    private var keysByLabel: [String: [String: String]] = [:]

    public init() {}

    /// Reads a terms file. Values other than language codes (a `note:`) are left alone; a file
    /// that is not a mapping of keys to mappings is nil (site data reports what it cannot read).
    public static func parse(_ text: String, path: String, languages: [String]) -> TermsFile? {
        let reader = YAMLReader(path: path)
        guard let root = try? reader.compose(text), let map = root.mapping else { return nil }
        var table = TermsFile()
        table.path = path
        for (keyNode, value) in map {
            guard let key = keyNode.scalarText, let labels = value.mapping else { return nil }
            var byLanguage: [String: String] = [:]
            for (codeNode, labelNode) in labels {
                guard let code = codeNode.scalarText, languages.contains(code), let label = labelNode.scalarText else {
                    continue
                }
                byLanguage[code] = label
            }
            table.labels[key] = byLanguage
            table.lines[key] = reader.position(of: keyNode).line
            for (code, label) in byLanguage where table.keysByLabel[code]?[label] == nil {
                table.keysByLabel[code, default: [:]][label] = key
            }
        }
        return table
    }

    /// The key `written` stands for on a page in `language`: itself when it is a key, else the
    /// key whose label in that language it is; nil when the file has neither.
    public func key(for written: String, language: String) -> String? {
        if labels[written] != nil { return written }
        return keysByLabel[language]?[written]
    }
}

extension TermsFile {
    /// The terms file of each taxonomy `model` declares that `data` (`content/data/*.yaml`) has.
    public static func tables(for model: ContentModel, data: [SourceFile], languages: [String]) -> [String: TermsFile] {
        var tables: [String: TermsFile] = [:]
        for taxonomy in model.taxonomies {
            guard let file = data.first(where: { $0.relativePath == taxonomy.termsFile }),
                let table = parse(file.text, path: file.displayPath, languages: languages)
            else { continue }
            tables[taxonomy.name] = table
        }
        return tables
    }
}
