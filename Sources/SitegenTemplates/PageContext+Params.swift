import SitegenCore
import SitegenMarkdown
import SitegenPublish

/// `page.params`: the keys a page's section declares, as their types show them to readers,
/// beside the other keys of its front matter as text.
extension PageContext {
    /// Each declared key as its type gives it: text and times as written, dates as `date` is
    /// (`iso`, `text`, `isMonth`, `era`), a choice with `<key>Label` (the theme string
    /// `<key>_<value>`), a country with `<key>Name` (its name in the page's language), an
    /// address with `<key>Label` (without `https://`), numbers, booleans and lists.
    package func params(_ matter: FrontMatter, language: Language, dates: DateText, strings: ThemeStrings)
        -> TemplateValue
    {
        guard !matter.fields.isEmpty else {
            return .strings(matter.extra.isEmpty ? StringMap.empty : StringMap(matter.extra))
        }
        var values = TemplateObject()
        for (key, text) in matter.extra { values[key] = .string(text) }
        for (key, value) in matter.fields {
            switch value {
            case .text(let text): values[key] = .string(text)
            case .time(let time): values[key] = .string(time.description)
            case .date(let date):
                // An end the same as the start, or of a labelled period (`令和5年度`), is not shown.
                if key == "endDate", date == matter.date || matter.dateLabel != nil { continue }
                values[key] = .object(dateValues(date, dates))
            case .url(let address):
                values[key] = .string(address)
                values[key + "Label"] = .string(Self.addressLabel(address))
            case .country(let code):
                values[key] = .string(code)
                values[key + "Name"] = .string(Self.countryName(code, language: language.code))
            case .choice(let choice):
                values[key] = .string(choice)
                values[key + "Label"] = .string(Self.choiceLabel(key, choice, strings: strings))
            case .number(let number):
                values[key] = number == number.rounded() && abs(number) < 1e15 ? .int(Int(number)) : .string(value.text)
            case .boolean(let flag): values[key] = .bool(flag)
            case .list(let items): values[key] = .list(items)
            }
        }
        return .object(values)
    }

    /// A choice's label: the theme string `<key>_<value>` (hyphens read as `_`), else the value.
    package static func choiceLabel(_ key: String, _ value: String, strings: ThemeStrings) -> String {
        strings.text(.choice, key, value, else: value)
    }
}
