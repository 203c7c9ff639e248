@testable import SitegenCore
@testable import SitegenKit
@testable import SitegenMarkdown
@testable import SitegenPublish
@testable import SitegenSearch
@testable import SitegenTemplates

/// The markup the built-in theme puts around headings (`partials/heading` and its
/// `headingLink` string in each language), for tests of the Markdown stage that check the HTML
/// pages get.
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
        let file = BuiltInTheme.files.first { $0.path == "i18n/\(language).yaml" }
        let strings = file.flatMap { try? ThemeStrings.parse($0.text, path: $0.path) } ?? ThemeStrings()
        return ThemeHeadings.markup(templates: templates, strings: strings)
    }
}
