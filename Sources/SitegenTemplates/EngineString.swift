import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// The interface strings sitegen reads itself from a theme's `i18n/<lang>.yaml`, each with what
/// it uses when the theme has none: one table, which Themes.md shows ("Strings sitegen reads",
/// `sitegen theme strings`) and `ThemeDocumentationTests` compares with the article.
///
/// Every read of such a string goes through a case here (`ThemeStrings.text(_:)`), so a string
/// the engine reads cannot be missing from the list.
package enum EngineString: CaseIterable, Sendable {
    case home
    case pageOf
    case onlyIn
    case choice
    case choiceGroup
    case notTranslatedTitle
    case notTranslated
    case notFoundTitle
    case notFoundText
    case notFoundHome
    case searchTitle
    case chooseLanguage
    case headingLink
    case tocMinimum
    case previewDraft
    case previewScheduled
    case previewExpired
    case footnotes
    case footnoteBackLink

    /// The key as the table writes it: a name, or a pattern (`onlyIn_<code>`).
    package var pattern: String {
        switch self {
        case .home: "home"
        case .pageOf: "pageOf"
        case .onlyIn: "onlyIn_<code>"
        case .choice: "<key>_<value>"
        case .choiceGroup: "<key>s_<value>"
        case .notTranslatedTitle: "notTranslatedTitle"
        case .notTranslated: "notTranslated"
        case .notFoundTitle: "notFoundTitle"
        case .notFoundText: "notFoundText"
        case .notFoundHome: "notFoundHome"
        case .searchTitle: "searchTitle"
        case .chooseLanguage: "chooseLanguage"
        case .headingLink: "headingLink"
        case .tocMinimum: "tocMinimum"
        case .previewDraft: "previewDraft"
        case .previewScheduled: "previewScheduled"
        case .previewExpired: "previewExpired"
        case .footnotes: "footnotes"
        case .footnoteBackLink: "footnoteBackLink"
        }
    }

    /// The text used when the theme has none, for the strings whose default is a fixed text;
    /// nil where it is worked out from the site (`defaultDescription` says from what).
    package var fixedDefault: String? {
        switch self {
        case .pageOf: "{number} / {count}"
        case .notTranslated: "This page is not translated yet."
        case .notFoundTitle: "Page not found"
        case .notFoundText: "The page you asked for does not exist or has moved."
        case .searchTitle: "Search"
        case .chooseLanguage: ""
        case .headingLink: "Link to the section “{heading}”"
        case .tocMinimum: "3"
        case .previewDraft: "Draft: a build leaves this page out (draft: true)."
        case .previewScheduled: "Scheduled: this page goes up on {date}; a build leaves it out until then."
        case .previewExpired: "Expired: this page came down on {date}; a build leaves it out."
        case .footnotes: "Footnotes"
        case .footnoteBackLink: "Back to reference {number}"
        case .home, .onlyIn, .choice, .choiceGroup, .notTranslatedTitle, .notFoundHome: nil
        }
    }

    /// The default as the table says it: the fixed text in backticks, else where it comes from.
    package var defaultDescription: String {
        switch self {
        case .home, .notFoundHome: "the site's title in that language"
        case .onlyIn: "`<name> only`, the language named in itself"
        case .choice: "the value"
        case .choiceGroup: "`<key>_<value>`, else the value"
        case .notTranslatedTitle: "the original's title"
        case .chooseLanguage: "none"
        default: "`\(fixedDefault ?? "")`"
        }
    }

    /// What sitegen uses the string for.
    package var use: String {
        switch self {
        case .home:
            "the first breadcrumb, and the section shown for the home in search results"
        case .pageOf:
            "`pager.label` of paged lists, with `{number}` and `{count}` filled in"
        case .onlyIn:
            "`onlyInLabel`, the badge of a list entry that exists only in language `<code>` (`onlyIn_ja`)"
        case .choice:
            "a choice's name in the reader's language, in `page.params.<key>Label` and the search index (`kind_research_institute`: hyphens become underscores)"
        case .choiceGroup:
            "the title of a group of a section that declares `groupBy` (`kinds_university`)"
        case .notTranslatedTitle:
            "the title of the stand-in for a missing translation"
        case .notTranslated:
            "`message`, the stand-in's sentence saying that the page is not translated"
        case .notFoundTitle:
            "`notFound.title`, the heading of each message of the 404 pages, and their `page.title`"
        case .notFoundText:
            "`notFound.text`, the sentence of each message of the 404 pages"
        case .notFoundHome:
            "the link home on the 404 pages (`notFound.homeLabel`)"
        case .searchTitle:
            "the title of the search page"
        case .chooseLanguage:
            "`choose`, each language's line on the root chooser"
        case .headingLink:
            "`label` of `partials/heading`, the self-link's name, with `{heading}` filled in"
        case .tocMinimum:
            "how many `h2`–`h4` headings a page needs for `page.toc` (a number)"
        case .previewDraft:
            "the note `sitegen serve --drafts` puts at the top of a draft (never in a build)"
        case .previewScheduled:
            "the note `sitegen serve` puts at the top of a page whose `publishDate` is to come, with `{date}` filled in"
        case .previewExpired:
            "the note `sitegen serve` puts at the top of a page whose `expiryDate` has passed, with `{date}` filled in"
        case .footnotes:
            "the heading of a page's footnotes, hidden from view (`<h2 class=\"visually-hidden\">`); empty for none"
        case .footnoteBackLink:
            "the name of each link from a footnote back to its reference, with `{number}` filled in (`1`, `1-2` for the second reference to note 1)"
        }
    }

    /// The key for `parts`, filled into the pattern in order: `onlyIn_ja` for `.onlyIn` and
    /// `["ja"]`; `kind_research_institute` for `.choice` and `["kind", "research-institute"]`.
    package func key(_ parts: [String]) -> String {
        switch self {
        case .onlyIn: "onlyIn_" + parts[0]
        case .choice: parts[0] + "_" + Self.keyPart(parts[1])
        case .choiceGroup: parts[0] + "s_" + Self.keyPart(parts[1])
        default: pattern
        }
    }

    /// A value as part of a string's name: `research-institute` → `research_institute`.
    package static func keyPart(_ value: String) -> String {
        value.replacingOccurrences(of: "-", with: "_")
    }

    /// The table of Themes.md, "Strings sitegen reads": key, default, use.
    package static var markdownTable: String {
        var lines = ["| key | default | used for |", "| --- | --- | --- |"]
        for string in allCases {
            lines.append("| `\(string.pattern)` | \(string.defaultDescription) | \(string.use) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ThemeStrings {
    /// The theme's text for `string` (its pattern filled in with `parts`), else its fixed
    /// default. Strings whose default is worked out from the site read `text(_:_:else:)`.
    package func text(_ string: EngineString, _ parts: String...) -> String {
        values[string.key(parts)] ?? string.fixedDefault ?? ""
    }

    /// The theme's text for `string` (its pattern filled in with `parts`), else `fallback`.
    package func text(_ string: EngineString, _ parts: String..., else fallback: @autoclosure () -> String) -> String {
        values[string.key(parts)] ?? fallback()
    }

    /// The theme's text for `string` (its pattern filled in with `parts`), nil when it has none.
    package func themeText(_ string: EngineString, _ parts: String...) -> String? {
        values[string.key(parts)]
    }
}
