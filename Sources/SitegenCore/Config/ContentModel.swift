/// The site's content model, declared under `sections:` in `site.yaml`: the keys each kind of
/// page has, which of them translations must agree on, how lists are ordered and grouped,
/// and what the publishing outputs make of them. sitegen knows the key types only; the
/// sections and their keys are the site's.
public struct ContentModel: Sendable, Equatable {
    /// Declared sections by folder name below content/ (`events`).
    public var sections: [String: SectionSchema]
    /// Declared taxonomies (`taxonomies:`), in the order site.yaml lists them.
    public var taxonomies: [Taxonomy] = []

    public init(sections: [String: SectionSchema] = [:]) {
        self.sections = sections
    }

    /// The declaration that governs a page of `section` (its first folder), if any.
    public func schema(for section: String) -> SectionSchema? {
        sections[section]
    }

    /// The taxonomy named `name`, if the site declares it.
    public func taxonomy(_ name: String) -> Taxonomy? {
        taxonomies.first { $0.name == name }
    }
}

/// One section's declaration.
public struct SectionSchema: Sendable, Equatable {
    /// The section's keys in the order `site.yaml` lists them.
    public var keys: [KeySchema]
    /// Keys whose values must be the same in every translation.
    public var facts: [String] = []
    /// How the section's list is ordered; nil keeps the default (weight, newest date, title).
    public var order: SectionOrder?
    /// Whether each page gets an iCalendar file and is in its language's calendar.
    public var calendar = false
    /// Whether the section has an Atom feed of its own per language (`<lang>/<section>/feed.xml`).
    public var feed = false
    /// The schema.org type of its pages' JSON-LD (`Event`, `Organization`, …).
    public var schema: String?
    /// A `choice` key whose values group the section's list, in the order of its `of`.
    public var groupBy: String?

    public init(keys: [KeySchema]) {
        self.keys = keys
    }

    /// The declaration of `name`, if the section declares it.
    public func key(_ name: String) -> KeySchema? {
        keys.first { $0.name == name }
    }
}

/// A declared front matter key.
public struct KeySchema: Sendable, Equatable {
    public var name: String
    public var type: KeyType
    public var required = false
    /// Where the declaration stands in site.yaml.
    public var line: Int
    public var column: Int

    public init(name: String, type: KeyType, required: Bool = false, line: Int = 1, column: Int = 1) {
        self.name = name
        self.type = type
        self.required = required
        self.line = line
        self.column = column
    }
}

/// The types a declared key may have; each reaches templates typed.
public enum KeyType: Sendable, Equatable {
    case text
    /// `YYYY-MM-DD`.
    case date
    /// `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
    case dateOrMonth
    /// `HH:MM`.
    case time
    /// An absolute http or https address.
    case url
    /// ISO 3166-1 alpha-2, shown by its name in the reader's language.
    case country
    /// One of the listed values; a theme string `<key>_<value>` names each per language.
    case choice([String])
    case number
    case boolean
    /// A list of text.
    case list

    /// The names `site.yaml` writes.
    package static let names = [
        "text", "date", "date-or-month", "time", "url", "country", "choice", "number", "boolean", "list",
    ]
}

/// The order of a section's list.
public enum SectionOrder: String, Sendable, Equatable, CaseIterable {
    case dateDescending = "date-descending"
    case dateAscending = "date-ascending"
    case weight
    case title
}
