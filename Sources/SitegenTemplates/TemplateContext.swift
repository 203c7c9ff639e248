import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The context a template renders: the values under the keys its kind of page declares.
///
/// Every kind of page, from a page of the content to the 404 page, builds one of these, so
/// there is one typed way to make a context. Setting a key the kind does not declare
/// (`ContextKind.rows`, the tables of Themes.md) stops a debug build; `ThemeKeysTests` builds
/// every kind on a fixture site and compares the keys with the tables.
package struct TemplateContext: Sendable {
    package let kind: ContextKind
    package private(set) var values: TemplateObject

    /// A context of `kind` holding `common` (the values of every page, `PageContext.commonObject`).
    package init(_ kind: ContextKind, common: TemplateObject = TemplateObject()) {
        self.kind = kind
        values = common
    }

    package subscript(key: ContextKey) -> TemplateValue? {
        get { values[key.rawValue] }
        set {
            assert(kind.declares(key), "`\(key.rawValue)` is not a key of \(kind.title) (ContextKind.rows)")
            values[key.rawValue] = newValue
        }
    }

    /// The keys set, sorted.
    package var keys: [String] { values.keys }
}
