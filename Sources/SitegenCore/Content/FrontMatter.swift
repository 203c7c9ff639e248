/// The typed front matter of a page; the meaning of each key is in
/// Sources/sitegen/Documentation.docc/ContentFormat.md.
public struct FrontMatter: Sendable, Equatable {
    public var title: String = ""
    public var summary: String?
    /// A short statement a theme may show prominently (the home page's hero).
    public var tagline: String?
    public var date: CalendarDate?
    /// How `date` is written on the page when it stands for a period rather than a day or a
    /// month (`令和5年度`, `fiscal 2023`): an extension of the contract. The date still orders
    /// the page and goes into feeds, calendars and `datetime`; only the text shown changes,
    /// so each language writes its own.
    public var dateLabel: String?
    public var updated: CalendarDate?
    public var weight: Int?
    /// Entries per page of a section's list, on its landing (`_index`): an extension of the
    /// contract. Longer lists go on at `<section>/page/2/` and so on (`ListPages`).
    public var paginate: Int?
    public var draft: Bool = false
    /// When the page goes up: before it, builds leave the page out (`build --future` keeps it).
    public var publishDate: ScheduleTime?
    /// When the page comes down: from then on, builds leave it out (`build --expired` keeps it).
    public var expiryDate: ScheduleTime?
    public var layout: String?
    public var translationKey: String?
    /// Former addresses of the page, relative to its language's home (`strategy/old-vision/`):
    /// an extension of the contract. Each gets a page that sends the reader on (`AliasPages`).
    public var aliases: [String] = []
    /// Digest of the source this translation was made from (written by `sitegen translated`).
    public var translatedFrom: String?
    /// The keys the page's section declares in `site.yaml`, read as their declared types
    /// (`SectionKeys`).
    public var fields: [String: FieldValue] = [:]
    /// The terms the page lists under each taxonomy the site declares (`topics: [半導体, GX]`),
    /// as written.
    public var terms: [String: [String]] = [:]
    /// Other keys, kept as text for templates (`params`) until a section declares them.
    public var extra: [String: String] = [:]
    /// Other keys whose values are lists, until a section declares them.
    public var extraLists: [String: [String]] = [:]
    /// Where each key stands in the file (1-based line and column), for diagnostics.
    public var positions: [String: SourcePosition] = [:]
    /// Where each key's value starts, for diagnostics about the value.
    public var valuePositions: [String: SourcePosition] = [:]
    /// The YAML could not be read at all (its error is reported): every key is missing, so
    /// checks that compare keys leave the page alone instead of reporting each one again.
    public var isUnreadable = false

    public init() {}

    /// An unknown key of `matter` that is probably `key` misspelled (`titel` for `title`), and
    /// where it is: named when `key` is missing.
    package static func misspelling(of key: String, in matter: FrontMatter) -> (key: String, position: SourcePosition)?
    {
        // The other way round: which unknown key is one slip from `key`.
        for written in matter.extra.keys.sorted() where EditDistance.likelyMeant(written, among: [key]) == key {
            if let position = matter.positions[written] { return (written, position) }
        }
        return nil
    }

    /// The keys every page may have; a section declares the others in `site.yaml`.
    public static let knownKeys: [String] = [
        "title", "summary", "tagline", "date", "dateLabel", "updated", "weight", "draft", "layout", "translationKey",
        "translatedFrom", "aliases", "paginate", "publishDate", "expiryDate",
    ]

    /// A declared key's date (`endDate`), if the page has one.
    public func dateField(_ key: String) -> CalendarDate? { fields[key]?.date }

    /// A declared key's text (`venue`), if the page has one.
    public func textField(_ key: String) -> String? { fields[key]?.text }
}

/// A line and column in a source file.
public struct SourcePosition: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
