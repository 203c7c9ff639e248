/// A template file as the loader read it.
public struct TemplateSource: Sendable, Equatable {
    /// The name partials and layouts use (`page`, `partials/header`).
    public var name: String
    public var displayPath: String
    public var text: String

    public init(name: String, displayPath: String, text: String) {
        self.name = name
        self.displayPath = displayPath
        self.text = text
    }
}
