@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The markup the built-in theme puts around headings (`partials/heading` and its
/// `headingLink` string in each language) and the words it puts around footnotes, for tests of
/// the Markdown stage that check the HTML pages get.
enum BuiltInHeadings {
    static let templates: TemplateSet = {
        let partial = BuiltInTheme.files.first { $0.path == ThemeHeadings.partial + ".mustache" }
        let source = TemplateSource(
            name: ThemeHeadings.partial, displayPath: "(built-in theme)/partials/heading.mustache",
            text: partial?.text ?? "")
        return (try? TemplateSet([source]))!
    }()

    /// The headings of a page in `language`, as the built-in theme makes them.
    static func markup(_ language: String) -> HeadingMarkup {
        ThemeHeadings.markup(templates: templates, strings: strings(language))
    }

    /// The footnote words of a page in `language` (`footnotes`, `footnoteBackLink`).
    static func footnotes(_ language: String) -> FootnoteMarkup {
        strings(language).footnoteMarkup
    }

    /// The built-in theme's strings in `language`.
    static func strings(_ language: String) -> ThemeStrings {
        let file = BuiltInTheme.files.first { $0.path == "i18n/\(language).yaml" }
        return file.flatMap { try? ThemeStrings.parse($0.text, path: $0.path) } ?? ThemeStrings()
    }
}
