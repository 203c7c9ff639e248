import SitegenCore
import SitegenMarkdown

extension ThemeStrings {
    /// The words around a page's footnotes in the language of these strings: the notes' hidden
    /// heading (`footnotes`) and the back-links' name (`footnoteBackLink`).
    package var footnoteMarkup: FootnoteMarkup {
        FootnoteMarkup(title: text(.footnotes), backLink: text(.footnoteBackLink))
    }
}
