import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// What a theme can rely on, as the code has it: the keys of each kind of template context and
/// the interface strings sitegen reads. `sitegen theme keys` and `sitegen theme strings` print
/// these tables; Themes.md holds the same ones (`ThemeDocumentationTests` compares them).
public enum ThemeReference {
    /// Every table of "Template context" in Themes.md, each under its `###` heading.
    public static var contextKeys: String { ContextKind.markdown }

    /// The table of "Strings sitegen reads" in Themes.md.
    public static var engineStrings: String { EngineString.markdownTable }
}
