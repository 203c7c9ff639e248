/// One language of the site, as declared under `languages:` in `site.yaml`.
public struct Language: Sendable, Equatable, Hashable {
    /// The code used in file names and URLs (`ja`, `en`).
    public var code: String
    /// The language's name in itself (`日本語`, `English`), shown in the switcher.
    public var name: String
    /// A POSIX-style locale (`ja_JP`, `en_US`) for dates and OpenGraph.
    public var locale: String
    /// The site title in this language.
    public var title: String
    /// Site data in this language (`params:` of its entry), over the shared `params:`.
    public var params: [String: String] = [:]

    public init(code: String, name: String, locale: String, title: String, params: [String: String] = [:]) {
        self.code = code
        self.name = name
        self.locale = locale
        self.title = title
        self.params = params
    }

    /// The BCP 47 tag for `lang` and `hreflang` attributes (`ja`, `en`).
    public var tag: String { code }
}

/// One entry of a language's menu.
public struct MenuItem: Sendable, Equatable {
    public var title: String
    /// A path relative to the language's home (`strategy/`; `''` is the home).
    public var path: String
    /// False for an entry without `path`, which only opens its `children`.
    public var isLinked = true
    /// Where `path` is written in site.yaml (1-based), for `MenuCheck`; nil when unknown.
    public var line: Int?
    public var column: Int?
    /// The entries one level down (`children:`), which a theme shows as a disclosure.
    public var children: [MenuItem] = []

    public init(title: String, path: String, line: Int? = nil, column: Int? = nil, children: [MenuItem] = []) {
        self.title = title
        self.path = path
        self.line = line
        self.column = column
        self.children = children
    }

    /// The entry and its children, in order: every entry a menu check looks at.
    public var entries: [MenuItem] { [self] + children }
}
