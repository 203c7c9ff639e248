extension FrontMatterParser {
    /// A calendar date (`2025-02-18`, `2025-04`, `FY2025`) for `key`.
    package static func date(_ key: String, _ value: String) throws(ValueProblem) -> CalendarDate {
        guard let date = CalendarDate(value) else {
            throw ValueProblem(
                message: "`\(key)` is `\(value)`, which is not a calendar date", hint: dateHint(value))
        }
        return date
    }

    /// `updated`: a day, never a fiscal year (it is when the page last changed).
    package static func updated(_ value: String) throws(ValueProblem) -> CalendarDate {
        let day = try date("updated", value)
        if day.isFiscalYear {
            throw ValueProblem(
                message: "`updated` is a fiscal year, but it is the day the page last changed",
                hint: "write the day, e.g. 2025-02-18")
        }
        return day
    }

    /// `publishDate` or `expiryDate`: a day, or a day and a time (`ScheduleTime`).
    package static func scheduleTime(_ key: String, _ value: String) throws(ValueProblem) -> ScheduleTime {
        guard let time = ScheduleTime(value) else {
            let day = CalendarDate(value)
            let hint =
                day.map { "`\(key)` needs a day: write e.g. \($0.isoDay)" }
                ?? "write a day (2027-04-01) or a day and a time on the site's clock (2027-04-01T09:00)"
            throw ValueProblem(message: "`\(key)` is `\(value)`, which is not a day or a day and a time", hint: hint)
        }
        return time
    }

    /// `weight`: a whole number.
    package static func weight(_ value: String) throws(ValueProblem) -> Int {
        guard let weight = Int(value) else {
            throw ValueProblem(message: "`weight` is `\(value)`, which is not a whole number", hint: "write e.g. 10")
        }
        return weight
    }

    /// `paginate`: a number of entries per page, above 0.
    package static func paginate(_ value: String) throws(ValueProblem) -> Int {
        guard let size = Int(value), size > 0 else {
            throw ValueProblem(
                message: "`paginate` is `\(value)`, which is not a number of entries per page",
                hint: "write a whole number above 0, e.g. 10, or remove `paginate` to list every page at once")
        }
        return size
    }

    /// `translationKey`: a slug, as the page it translates has.
    package static func translationKey(_ value: String) throws(ValueProblem) -> String {
        guard ContentPath.isValidSlug(value) else {
            throw ValueProblem(
                message: "`translationKey` `\(value)` may hold only lower-case letters, digits and hyphens",
                hint: "use the slug of the page it translates, e.g. `\(ContentPath.suggestSlug(value))`")
        }
        return value
    }

    /// One entry of `aliases`: a former address below the language's home (`AliasAddress.decode`).
    package static func alias(_ value: String) throws(ValueProblem) -> String {
        guard let address = AliasAddress.decode(value) else {
            throw ValueProblem(
                message: "the alias `\(value)` is not a path below the language's home",
                hint:
                    "write the former address relative to the home, as a folder ending in `/` (`strategy/old-vision/`) or a file ending in `.html`, without `..`, `#`, `?`, `:` or `*`"
            )
        }
        return address
    }
}
