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
    /// GitHub-style footnotes: `[^label]` references and `[^label]: text` definitions.
    public var footnotes: Bool = true
    /// GitHub-style strikethrough: `~~text~~` and `~text~`.
    public var strikethrough: Bool = true
    /// GitHub-style task list items: `- [ ] to do`, `- [x] done`.
    public var taskLists: Bool = true
    /// GitHub-style links made from addresses in text: `www.…`, `https://…`, e-mail addresses.
    public var autolinks: Bool = true

    public init(
        unsafe: Bool = false, cjkFriendly: Bool = true, smartPunctuation: Bool = true, tables: Bool = true,
        footnotes: Bool = true, strikethrough: Bool = true, taskLists: Bool = true, autolinks: Bool = true
    ) {
        self.unsafe = unsafe
        self.cjkFriendly = cjkFriendly
        self.smartPunctuation = smartPunctuation
        self.tables = tables
        self.footnotes = footnotes
        self.strikethrough = strikethrough
        self.taskLists = taskLists
        self.autolinks = autolinks
    }
}

extension SiteConfig {
    /// A `params:` mapping: names to text.
    package static func paramMap(_ node: Node, name: String, reader: YAMLReader) throws(Diagnostic) -> [String: String]
    {
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
    package static func keepList(_ node: Node, reader: YAMLReader) throws(Diagnostic) -> [String] {
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
    package static func isLanguageCode(_ code: String) -> Bool {
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
