import Yams

/// The site settings from `content/site.yaml`.
public struct SiteConfig: Sendable, Equatable {
    /// Absolute address of the published site, always ending in `/`.
    public var baseURL: String
    /// IANA time zone in which content dates and times are meant (`Asia/Tokyo`).
    public var timezone: String
    /// The languages, the default one first, then in the order `site.yaml` lists them.
    public var languages: [Language]
    /// Menu entries per language code.
    public var menus: [String: [MenuItem]]
    public var markdown: MarkdownOptions
    /// Options of the theme, under `theme:` in `site.yaml`.
    public var theme = ThemeOptions()
    /// Paths below the output that each build carries over from the previous one unchanged
    /// (`CNAME`, `.well-known`), under `keep:`; `.git` always is.
    public var keep: [String] = []
    /// The sections and their keys, under `sections:`.
    public var contentModel = ContentModel()
    /// Site data for templates (the organisation's name, address, telephone), under `params:`;
    /// a language's own `params:` override these for its pages (`site.params` in templates).
    public var params: [String: String] = [:]

    /// The site data of `language`: the shared `params` with the language's own over them.
    public func params(for language: Language) -> [String: String] {
        params.merging(language.params) { _, own in own }
    }

    public init(
        baseURL: String, timezone: String, languages: [Language], menus: [String: [MenuItem]] = [:],
        markdown: MarkdownOptions = MarkdownOptions()
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.timezone = timezone
        self.languages = languages
        self.menus = menus
        self.markdown = markdown
    }

    public var defaultLanguage: Language { languages[0] }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }
}

/// Options of the theme, under `theme:` in `site.yaml`.
public struct ThemeOptions: Sendable, Equatable {
    /// Mark translations that may be out of date (`page.stale` in templates).
    public var staleNote: Bool = false
    /// Use the built-in theme under `templates/` (false: `templates/` is a whole theme).
    public var builtIn: Bool = true

    public init(staleNote: Bool = false, builtIn: Bool = true) {
        self.staleNote = staleNote
        self.builtIn = builtIn
    }
}

/// Options of the Markdown stage, under `markdown:` in `site.yaml`.
public struct MarkdownOptions: Sendable, Equatable {
    /// Render raw HTML found in Markdown (off by default: it is replaced by a comment).
    public var unsafe: Bool = false
    /// Emphasis next to Japanese punctuation, soft breaks between CJK characters dropped.
    public var cjkFriendly: Bool = true
    /// Curly quotes and dashes in languages that use them (never in Japanese).
    public var smartPunctuation: Bool = true
    /// GitHub-style pipe tables (a paragraph whose second line is `| --- | --- |`).
    public var tables: Bool = true

    public init(unsafe: Bool = false, cjkFriendly: Bool = true, smartPunctuation: Bool = true, tables: Bool = true) {
        self.unsafe = unsafe
        self.cjkFriendly = cjkFriendly
        self.smartPunctuation = smartPunctuation
        self.tables = tables
    }
}

extension SiteConfig {
    /// Reads `site.yaml`; `path` is used in diagnostics.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> SiteConfig {
        let reader = YAMLReader(path: path)
        guard let root = try reader.compose(text), let map = root.mapping else {
            throw Diagnostic(
                path: path, line: 1, column: 1, message: "site.yaml must be a mapping of settings",
                hint: "start with `baseURL: https://example.org/`")
        }
        // A required key that is missing is most often there, misspelt (`languges:`).
        func missing(_ key: String, hint: String) -> Diagnostic {
            guard let slip = SiteConfigKeys.slip(for: key, in: map, known: SiteConfigKeys.topLevel) else {
                return Diagnostic(path: path, line: 1, column: 1, message: "missing `\(key)`", hint: hint)
            }
            return reader.diagnostic(
                at: slip.node, "missing `\(key)`",
                hint: "`\(slip.key):` is not a key sitegen knows: rename it to `\(key):`")
        }
        func string(_ key: String, required: Bool = true) throws(Diagnostic) -> String? {
            guard let node = map[key] else {
                if required {
                    throw missing(
                        key,
                        hint: "add `\(key): …` (see Sources/sitegen/Documentation.docc/ContentFormat.md, \"site.yaml\")"
                    )
                }
                return nil
            }
            guard let text = node.scalarText, !text.isEmpty else {
                throw reader.diagnostic(at: node, "`\(key)` must be a text value")
            }
            return text
        }
        let baseURL = try string("baseURL")!
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            throw reader.diagnostic(
                at: map["baseURL"], "baseURL must be an absolute address", hint: "write it like https://example.org/")
        }
        let timezone = try string("timezone", required: false) ?? "UTC"
        if TimeZoneTable.zone(named: timezone) == nil {
            throw reader.diagnostic(
                at: map["timezone"], "unknown time zone `\(timezone)`", hint: "use an IANA name such as Asia/Tokyo")
        }
        guard let languagesNode = map["languages"], let languagesMap = languagesNode.mapping, !languagesMap.isEmpty
        else {
            throw missing("languages", hint: "list each language, e.g. `ja: { name: 日本語, locale: ja_JP, title: … }`")
        }
        var languages: [Language] = []
        for (keyNode, valueNode) in languagesMap {
            guard let code = keyNode.scalarText, Self.isLanguageCode(code) else {
                throw reader.diagnostic(
                    at: keyNode, "`\(keyNode.scalarText ?? "?")` is not a language code",
                    hint: "use a language code such as ja, en or zh-Hant")
            }
            guard let fields = valueNode.mapping else {
                throw reader.diagnostic(
                    at: valueNode, "language `\(code)` must be a mapping with name, locale and title")
            }
            func field(_ name: String) throws(Diagnostic) -> String {
                guard let value = fields[name]?.scalarText, !value.isEmpty else {
                    if fields[name] == nil,
                        let slip = SiteConfigKeys.slip(for: name, in: fields, known: SiteConfigKeys.language)
                    {
                        throw reader.diagnostic(
                            at: slip.node, "language `\(code)` has no `\(name)`",
                            hint: "`\(slip.key):` is not a key sitegen knows: rename it to `\(name):`")
                    }
                    throw reader.diagnostic(
                        at: valueNode, "language `\(code)` has no `\(name)`",
                        hint: "add `\(name): …` to its entry under languages")
                }
                return value
            }
            let params = try fields["params"].map { node throws(Diagnostic) in
                try Self.paramMap(node, name: "languages.\(code).params", reader: reader)
            }
            languages.append(
                Language(
                    code: code, name: try field("name"), locale: try field("locale"), title: try field("title"),
                    params: params ?? [:]))
        }
        let defaultCode = try string("defaultLanguage", required: false) ?? languages[0].code
        guard let defaultIndex = languages.firstIndex(where: { $0.code == defaultCode }) else {
            throw reader.diagnostic(
                at: map["defaultLanguage"], "defaultLanguage `\(defaultCode)` is not among the languages",
                hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
        }
        languages.insert(languages.remove(at: defaultIndex), at: 0)

        var menus: [String: [MenuItem]] = [:]
        if let menusMap = map["menus"]?.mapping {
            for (keyNode, listNode) in menusMap {
                guard let code = keyNode.scalarText, languages.contains(where: { $0.code == code }) else {
                    throw reader.diagnostic(
                        at: keyNode, "menu for unknown language `\(keyNode.scalarText ?? "?")`",
                        hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
                }
                guard let list = listNode.sequence else {
                    throw reader.diagnostic(at: listNode, "the menu of `\(code)` must be a list")
                }
                var items: [MenuItem] = []
                for entry in list {
                    guard let title = entry.mapping?["title"]?.scalarText,
                        let itemPath = entry.mapping?["path"]?.scalarText
                    else {
                        throw reader.diagnostic(
                            at: entry, "a menu entry needs `title` and `path`",
                            hint: "write it as { title: 戦略, path: strategy/ }")
                    }
                    let (line, column) = reader.position(of: entry.mapping?["path"])
                    items.append(MenuItem(title: title, path: itemPath, line: line, column: column))
                }
                menus[code] = items
            }
        }
        var markdown = MarkdownOptions()
        if let options = map["markdown"]?.mapping {
            func flag(_ name: String) throws(Diagnostic) -> Bool? {
                guard let node = options[name] else { return nil }
                switch node.scalarText {
                case "true": return true
                case "false": return false
                default: throw reader.diagnostic(at: node, "`markdown.\(name)` must be true or false")
                }
            }
            markdown.unsafe = try flag("unsafe") ?? markdown.unsafe
            markdown.cjkFriendly = try flag("cjkFriendly") ?? markdown.cjkFriendly
            markdown.smartPunctuation = try flag("smartPunctuation") ?? markdown.smartPunctuation
            markdown.tables = try flag("tables") ?? markdown.tables
        }
        var config = SiteConfig(
            baseURL: baseURL, timezone: timezone, languages: languages, menus: menus, markdown: markdown)
        for name in ["staleNote", "builtIn"] {
            guard let node = map["theme"]?.mapping?[name] else { continue }
            guard let value = node.scalarText, value == "true" || value == "false" else {
                throw reader.diagnostic(at: node, "`theme.\(name)` must be true or false")
            }
            if name == "staleNote" {
                config.theme.staleNote = value == "true"
            } else {
                config.theme.builtIn = value == "true"
            }
        }
        if let node = map["params"] {
            config.params = try paramMap(node, name: "params", reader: reader)
        }
        if let node = map["sections"] {
            config.contentModel = try ContentModel.parse(node, reader: reader)
        }
        if let node = map["keep"] {
            config.keep = try keepList(node, reader: reader)
        }
        return config
    }

    /// A `params:` mapping: names to text.
    static func paramMap(_ node: Node, name: String, reader: YAMLReader) throws(Diagnostic) -> [String: String] {
        guard let map = node.mapping else {
            throw reader.diagnostic(
                at: node, "`\(name)` must be a mapping of names to text",
                hint: "write it as \(name): { organization: …, telephone: … }")
        }
        var values: [String: String] = [:]
        for (keyNode, valueNode) in map {
            guard let key = keyNode.scalarText, let value = valueNode.scalarText else {
                throw reader.diagnostic(
                    at: valueNode, "each of `\(name)` must be a name and a text value",
                    hint: "write lists and mappings as text, or as several names")
            }
            values[key] = value
        }
        return values
    }

    /// The `keep:` list: relative paths below the output, without `..`, each once.
    static func keepList(_ node: Node, reader: YAMLReader) throws(Diagnostic) -> [String] {
        let items = node.sequence ?? (node.scalarText != nil ? [node] : nil)
        guard let items else {
            throw reader.diagnostic(
                at: node, "`keep` must be a list of names in the output folder",
                hint: "write it as keep: [CNAME, .well-known]")
        }
        var names: [String] = []
        for item in items {
            guard var name = item.scalarText, !name.isEmpty else {
                throw reader.diagnostic(
                    at: item, "each entry of `keep` must be a name", hint: "write it as keep: [CNAME]")
            }
            while name.hasSuffix("/") { name.removeLast() }
            if name.hasPrefix("./") { name.removeFirst(2) }
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.isEmpty, !name.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
            else {
                throw reader.diagnostic(
                    at: item, "`\(item.scalarText ?? "")` is not a path inside the output folder",
                    hint: "name a file or folder below the output, such as CNAME or .well-known")
            }
            if name == ".git" || names.contains(name) { continue }
            names.append(name)
        }
        // What is inside a kept folder comes with it.
        return names.filter { name in !names.contains { name.hasPrefix($0 + "/") } && !name.hasPrefix(".git/") }
    }

    /// Language codes: a BCP 47 tag of lower-case language letters and optional subtags of
    /// letters and digits (`ja`, `pt-BR`, `zh-Hant`).
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard code.count <= 16, let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
                }
        }
    }
}
