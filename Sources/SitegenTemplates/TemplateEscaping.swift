import Mustache
import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// How `{{value}}` is escaped in every template: sitegen's byte-level `HTMLEscape` instead of
/// swift-mustache's own HTML escaping.
///
/// swift-mustache escapes one `Character` at a time, so `"` followed by a combining mark (one
/// grapheme, not `"`) passes through unescaped and ends an attribute value early:
/// `href="{{page.website}}"` could gain an `onclick`. Escaping bytes closes that hole and is
/// several times faster. Output differs only where a special character carries a combining mark.
///
/// swift-mustache has no setting for the default content type, so `TemplateSet` puts the
/// pragma `{{% CONTENT_TYPE: SITEGEN_HTML}}` on a line of its own before every template (a
/// standalone pragma line renders nothing) and shifts the line numbers of parse errors back.
/// A template can still switch to `{{% CONTENT_TYPE: TEXT}}` for a stretch that must not be
/// escaped.
package struct TemplateEscaping: MustacheContentType {
    package static let name = "SITEGEN_HTML"
    /// The line put before every template.
    package static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    package func escapeText(_ text: String) -> String { HTMLEscape.text(text) }

    /// Makes the content type known to swift-mustache's parser (once per process), also as
    /// `HTML`, so that a template switching back with `{{% CONTENT_TYPE: HTML}}` gets the same
    /// escaping.
    package static let registered: Void = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        MustacheContentTypes.register(TemplateEscaping(), named: "HTML")
    }()
}
