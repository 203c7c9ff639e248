import Yams

extension SiteConfig {
    /// Reads `site.yaml`; `path` is used in diagnostics.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> SiteConfig {
        let reader = YAMLReader(path: path)
        guard let root = try reader.compose(text), let map = root.mapping else {
            throw Diagnostic(
                path: path, line: 1, column: 1, message: "site.yaml must be a mapping of settings",
                hint: "start with `baseURL: https://example.org/`")
        }
        let settings = Settings(map: map, reader: reader)
        let baseURL = try settings.string("baseURL")!
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            throw reader.diagnostic(
                at: map["baseURL"], "baseURL must be an absolute address", hint: "write it like https://example.org/")
        }
        let timezone = try settings.string("timezone", required: false) ?? "UTC"
        if TimeZoneTable.zone(named: timezone) == nil {
            throw reader.diagnostic(
                at: map["timezone"], "unknown time zone `\(timezone)`", hint: "use an IANA name such as Asia/Tokyo")
        }
        let languages = try settings.languages()
        var config = SiteConfig(
            baseURL: baseURL, timezone: timezone, languages: languages, menus: try settings.menus(languages),
            markdown: try settings.markdown())
        config.theme = try settings.theme()
        if let node = map["params"] {
            config.params = try paramMap(node, name: "params", reader: reader)
        }
        if let node = map["sections"] {
            config.contentModel = try ContentModel.parse(node, reader: reader)
        }
        if let node = map["taxonomies"] {
            config.contentModel.taxonomies = try Taxonomy.parseAll(node, languages: languages, reader: reader)
        }
        if let node = map["keep"] {
            config.keep = try keepList(node, reader: reader)
        }
        return config
    }

    /// The top-level mapping of `site.yaml` and the reader that locates its nodes: each group
    /// of settings is read by a method of its own.
    private struct Settings {
        package let map: Node.Mapping
        package let reader: YAMLReader

        /// A required key that is missing is most often there, misspelt (`languges:`).
        package func missing(_ key: String, hint: String) -> Diagnostic {
            guard let slip = SiteConfigKeys.slip(for: key, in: map, known: SiteConfigKeys.topLevel) else {
                return Diagnostic(path: reader.path, line: 1, column: 1, message: "missing `\(key)`", hint: hint)
            }
            return reader.diagnostic(
                at: slip.node, "missing `\(key)`",
                hint: "`\(slip.key):` is not a key sitegen knows: rename it to `\(key):`")
        }

        package func string(_ key: String, required: Bool = true) throws(Diagnostic) -> String? {
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

        /// `languages:`, the default language (`defaultLanguage:`, else the first) first.
        package func languages() throws(Diagnostic) -> [Language] {
            guard let languagesNode = map["languages"], let languagesMap = languagesNode.mapping,
                !languagesMap.isEmpty
            else {
                throw missing(
                    "languages", hint: "list each language, e.g. `ja: { name: 日本語, locale: ja_JP, title: … }`")
            }
            var languages: [Language] = []
            for (keyNode, valueNode) in languagesMap { languages.append(try language(keyNode, valueNode)) }
            let defaultCode = try string("defaultLanguage", required: false) ?? languages[0].code
            guard let defaultIndex = languages.firstIndex(where: { $0.code == defaultCode }) else {
                throw reader.diagnostic(
                    at: map["defaultLanguage"], "defaultLanguage `\(defaultCode)` is not among the languages",
                    hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
            }
            languages.insert(languages.remove(at: defaultIndex), at: 0)
            return languages
        }

        /// One entry of `languages:`: its code, then name, locale, title and params.
        private func language(_ keyNode: Node, _ valueNode: Node) throws(Diagnostic) -> Language {
            guard let code = keyNode.scalarText, SiteConfig.isLanguageCode(code) else {
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
                try SiteConfig.paramMap(node, name: "languages.\(code).params", reader: reader)
            }
            return Language(
                code: code, name: try field("name"), locale: try field("locale"), title: try field("title"),
                params: params ?? [:])
        }

        /// `menus:`, one list of entries per language.
        package func menus(_ languages: [Language]) throws(Diagnostic) -> [String: [MenuItem]] {
            var menus: [String: [MenuItem]] = [:]
            guard let menusMap = map["menus"]?.mapping else { return menus }
            for (keyNode, listNode) in menusMap {
                guard let code = keyNode.scalarText, languages.contains(where: { $0.code == code }) else {
                    throw reader.diagnostic(
                        at: keyNode, "menu for unknown language `\(keyNode.scalarText ?? "?")`",
                        hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
                }
                guard let list = listNode.sequence else {
                    throw reader.diagnostic(at: listNode, "the menu of `\(code)` must be a list")
                }
                menus[code] = try list.map { entry throws(Diagnostic) in try menuItem(entry, nested: false) }
            }
            return menus
        }

        /// One menu entry: `title` and `path`, and `children` one level down. An entry with
        /// children may leave out `path`: it then only opens them.
        func menuItem(_ entry: Node, nested: Bool) throws(Diagnostic) -> MenuItem {
            let fields = entry.mapping
            let childrenNode = fields?["children"]
            if nested, let childrenNode {
                throw reader.diagnostic(
                    at: childrenNode,
                    "menus nest one level: an entry inside `children` cannot have children of its own",
                    hint: "move these entries up into the `children` of the entry above")
            }
            guard let title = fields?["title"]?.scalarText,
                let path = fields?["path"]?.scalarText ?? (childrenNode == nil ? nil : "")
            else {
                throw reader.diagnostic(
                    at: entry, "a menu entry needs `title` and `path`",
                    hint: "write it as { title: 戦略, path: strategy/ }, or give it `children: [...]` to open")
            }
            var children: [MenuItem] = []
            if let childrenNode {
                guard let list = childrenNode.sequence, !list.isEmpty else {
                    throw reader.diagnostic(
                        at: childrenNode, "`children` must be a list of menu entries",
                        hint: "write it as children: [ { title: ビジョン, path: strategy/vision/ } ]")
                }
                children = try list.map { child throws(Diagnostic) in try menuItem(child, nested: true) }
            }
            let (line, column) = reader.position(of: fields?["path"] ?? fields?["title"])
            var item = MenuItem(title: title, path: path, line: line, column: column, children: children)
            item.isLinked = fields?["path"] != nil
            return item
        }

        /// `markdown:`, the Markdown stage's switches.
        package func markdown() throws(Diagnostic) -> MarkdownOptions {
            var markdown = MarkdownOptions()
            guard let options = map["markdown"]?.mapping else { return markdown }
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
            markdown.footnotes = try flag("footnotes") ?? markdown.footnotes
            markdown.strikethrough = try flag("strikethrough") ?? markdown.strikethrough
            markdown.taskLists = try flag("taskLists") ?? markdown.taskLists
            markdown.autolinks = try flag("autolinks") ?? markdown.autolinks
            return markdown
        }

        /// `theme:`, its two switches.
        package func theme() throws(Diagnostic) -> ThemeOptions {
            var theme = ThemeOptions()
            for name in ["staleNote", "builtIn"] {
                guard let node = map["theme"]?.mapping?[name] else { continue }
                guard let value = node.scalarText, value == "true" || value == "false" else {
                    throw reader.diagnostic(at: node, "`theme.\(name)` must be true or false")
                }
                if name == "staleNote" {
                    theme.staleNote = value == "true"
                } else {
                    theme.builtIn = value == "true"
                }
            }
            return theme
        }
    }
}
