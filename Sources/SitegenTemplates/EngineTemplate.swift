/// The names of the templates sitegen renders its own pages with when a theme has none of
/// its own (`BuiltInTheme.engineTemplates`): the build renders them, the theme stage lists them.
package enum EngineTemplate {
    /// The text of a page saying that a translation is missing.
    package static let standIn = "partials/stand-in"
    /// The language chooser at the root, for a theme without `root`.
    package static let root = "fallback/root"
    /// The not-found page, for a theme without `404`.
    package static let notFound = "fallback/404"
}
