import SitegenCore
import SitegenTemplates

/// The notes `sitegen serve` puts at the top of pages that a plain `build` would leave out
/// (`SitePlan.marked`): what each says, in the page's language, from the theme's strings
/// (`previewDraft`, `previewScheduled`, `previewExpired`). The writer never sees them: the
/// preview adds them to the HTML it sends.
enum PreviewMarkers {
    /// Output path of each marked page (`ja/events/launch/index.html`) → its note.
    static func notes(_ plan: SitePlan) -> [String: String] {
        var notes: [String: String] = [:]
        for held in plan.marked {
            let page = held.page
            let strings = plan.theme.strings[page.language] ?? ThemeStrings()
            let locale = plan.config.languages.first { $0.code == page.language }?.locale ?? page.language
            let note: String
            switch held.reason {
            case .draft:
                note = strings.text(.previewDraft)
            case .scheduled:
                note = filled(strings.text(.previewScheduled), page.frontMatter.publishDate, locale: locale)
            case .expired:
                note = filled(strings.text(.previewExpired), page.frontMatter.expiryDate, locale: locale)
            }
            notes[URLScheme.outputFile(of: page.path)] = note
        }
        return notes
    }

    /// `text` with `{date}` replaced by `time` as the language writes a day (2027年4月1日,
    /// April 1, 2027), then the time of day and any offset as written.
    static func filled(_ text: String, _ time: ScheduleTime?, locale: String) -> String {
        guard let time else { return text }
        var shown = DateText(locale: locale).format(time.date)
        if time.hasTime {
            let written = time.description
            shown += written.dropFirst(time.date.isoDay.count)
        }
        return text.replacingOccurrences(of: "{date}", with: shown)
    }
}
